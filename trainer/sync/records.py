"""The records a bundle carries, one JSON object per line, and the checks each must pass.

A record is checked field by field before anything reaches the database, so a bundle that was
signed by a buggy or hostile device still cannot put malformed rows into a receiving database.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

TABLES: tuple[str, ...] = ("learners", "lesson_progress", "attempts", "responses", "certificates")
"""Tables a bundle carries, in the order they are merged (parents before children)."""

MAX_TEXT = 2000
_CODE_RE = re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$")


class RecordError(ValueError):
    """One record that does not have the shape its table needs; the message says which field."""


def is_uuid(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= MAX_TEXT and "\x00" not in value


def _name(value: Any) -> bool:
    return _text(value) and bool(value.strip())


def is_time(value: Any) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _optional(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda v: v is None or check(v)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) < 1e12


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63


def _bool(value: Any) -> bool:
    return isinstance(value, bool)


def _texts(value: Any) -> bool:
    return isinstance(value, list) and len(value) <= 10_000 and all(_text(v) for v in value)


def _plan(value: Any) -> bool:
    if not isinstance(value, dict) or set(value) - {"question_ids", "option_orders"}:
        return False
    orders = value.get("option_orders", {})
    return (
        _texts(value.get("question_ids"))
        and isinstance(orders, dict)
        and all(_text(k) and _texts(v) for k, v in orders.items())
    )


def _versions(value: Any) -> bool:
    return isinstance(value, dict) and all(_text(k) and _text(v) for k, v in value.items())


def _any_json(value: Any) -> bool:
    return True  # already parsed from JSON; any JSON value is an answer the grader may have seen


FIELDS: dict[str, dict[str, Callable[[Any], bool]]] = {
    "learners": {
        "id": is_uuid,
        "name": _name,
        "role": _name,
        "region": _name,
        "unit": _text,
        "pin_hash": _optional(_text),
        "created": is_time,
        "active": _bool,
    },
    "lesson_progress": {
        "learner_id": is_uuid,
        "module_id": _name,
        "lesson_id": _name,
        "opened": is_time,
        "read_at": _optional(is_time),
    },
    "attempts": {
        "id": is_uuid,
        "learner_id": is_uuid,
        "module_id": _name,
        "content_version": _text,
        "seed": _int,
        "plan": _plan,
        "started": is_time,
        "finished": _optional(is_time),
        "score": _optional(_number),
        "passed": _optional(_bool),
    },
    "responses": {
        "id": is_uuid,
        "attempt_id": is_uuid,
        "question_id": _name,
        "response": _any_json,
        "score": _number,
        "correct": _bool,
        "answered": is_time,
    },
    "certificates": {
        "code": lambda v: isinstance(v, str) and bool(_CODE_RE.match(v)),
        "learner_id": is_uuid,
        "kind": lambda v: v in ("module", "track"),
        "module_ids": _texts,
        "content_versions": _versions,
        "score": _number,
        "issued": is_time,
        "attempt_ids": _texts,
    },
}

MAX_CREDENTIAL = 16_000


def _credential(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= MAX_CREDENTIAL and "\x00" not in value


OPTIONAL: dict[str, dict[str, Callable[[Any], bool]]] = {
    "certificates": {"credential": _credential},
}
"""Fields a record may leave out (bundles from before they existed do)."""

KEYS: dict[str, tuple[str, ...]] = {
    "learners": ("id",),
    "lesson_progress": ("learner_id", "lesson_id"),
    "attempts": ("id",),
    "responses": ("attempt_id", "question_id"),
    "certificates": ("code",),
}
"""What identifies a record: importing a record whose key is already there merges, never duplicates."""


def check_record(table: str, record: Any) -> dict[str, Any]:
    """Return ``record`` if it has exactly the fields of ``table``, each of the right kind.

    Raises:
        RecordError: naming the first field that is missing, unexpected or malformed.
    """
    if not isinstance(record, dict):
        raise RecordError("is not a JSON object")
    fields = FIELDS[table]
    optional = OPTIONAL.get(table, {})
    missing = [f for f in fields if f not in record]
    if missing:
        raise RecordError(f"lacks the field {missing[0]!r}")
    extra = sorted(set(record) - set(fields) - set(optional))
    if extra:
        raise RecordError(f"has an unknown field {extra[0]!r}")
    for name, check in (*fields.items(), *optional.items()):
        if name in record and not check(record[name]):
            raise RecordError(f"has a malformed {name!r}")
    try:
        canonical(record).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise RecordError("holds text that is not valid Unicode") from exc
    for name in ("score",):
        if name in record and record[name] is not None:
            # SQLite stores scores as REAL: 5 and -0.0 come back as 5.0 and 0.0, so compare them so.
            record[name] = float(record[name]) + 0.0
    return record


def canonical(value: Any) -> str:
    """One text per JSON value whatever its key order: compares records and stores JSON columns."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def key_of(table: str, record: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(record[k] for k in KEYS[table])

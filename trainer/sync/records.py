"""The records a bundle carries, one JSON object per line, and the checks each must pass.

A record is checked field by field (shape, range, length, time format) and for sense within
itself (finished not before started) before anything reaches the database, so a bundle signed by
a buggy or hostile device still cannot put malformed or impossible rows into a receiving database.
Checks across records (a certificate against the attempts it cites, times against the export
time, pass marks) are in ``trainer.sync.checks``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from trainer.domain.limits import ANSWER_MAX_BYTES, CODE_MAX, NAME_MAX, UNIT_MAX
from trainer.domain.prepost import FEEDBACK_SCALES, LIKERT, MAX_COMMENT, PHASES

PROGRESS_TABLES: tuple[str, ...] = ("learners", "lesson_progress", "attempts", "responses", "certificates")
"""What bundles of formats 1 and 2 carry."""

SESSION_TABLES: tuple[str, ...] = (
    "cohort_members",
    "prepost_attempts",
    "prepost_responses",
    "attitude_answers",
    "module_feedback",
)
"""A cohort's learner-side records (issue 20), carried from format 3 on."""

TABLES: tuple[str, ...] = PROGRESS_TABLES + SESSION_TABLES
"""Tables a bundle carries, in the order they are merged (parents before children)."""


def tables_of(format_version: int) -> tuple[str, ...]:
    """The tables a bundle of ``format_version`` holds: an older bundle simply has none of the newer ones."""
    return PROGRESS_TABLES if format_version < 3 else TABLES


MAX_LIST = 10_000
MAX_CREDENTIAL = 16_000
_CODE_RE = re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$")
# The one spelling the app writes (``datetime.now(UTC).isoformat(timespec="seconds")``), with
# optional microseconds. A certificate's ``issued`` keeps the issuing machine's UTC offset, because
# the date printed on it is that machine's local date.
_UTC_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?\+00:00$")
_OFFSET_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?[+-](0\d|1[0-4]):[0-5]\d$")
# Anonymous feedback keeps only the (UTC) day it was given, so it cannot be matched to answers by time.
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Check = Callable[[Any], "str | None"]
"""A field check: None when the value is fine, else the problem in a few words."""


class RecordError(ValueError):
    """One record that does not have the shape or sense its table needs; names the field."""

    def __init__(self, problem: str, field: str | None = None) -> None:
        self.field, self.problem = field, problem
        super().__init__(f"field {field!r} {problem}" if field else problem)


_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


def is_uuid(value: Any) -> bool:
    """A UUID in its one canonical spelling (lower case, hyphens), as ``str(uuid.uuid4())`` writes it."""
    return isinstance(value, str) and _UUID_RE.match(value) is not None


def parse_time(value: Any, *, utc: bool = True) -> datetime | None:
    """The moment a strict time stamp stands for, or None if it is not spelled as the app writes it."""
    if not isinstance(value, str) or not (_UTC_RE if utc else _OFFSET_RE).match(value):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:  # 2026-02-30 and the like
        return None


def is_time(value: Any) -> bool:
    return parse_time(value) is not None


def parse_day(value: Any) -> datetime | None:
    """The start (UTC) of a day written ``YYYY-MM-DD``, or None if it is not one."""
    if not isinstance(value, str) or not _DAY_RE.match(value):
        return None
    try:
        return datetime.fromisoformat(value + "T00:00:00+00:00")
    except ValueError:
        return None


def moment(table: str, name: str, value: Any) -> datetime | None:
    """The moment a checked time field stands for (a certificate's ``issued`` keeps its offset;
    anonymous feedback keeps only its day)."""
    if value is None:
        return None
    if name == "issued":
        return parse_time(value, utc=False)
    if table == "module_feedback" and name == "given" and isinstance(value, str) and _DAY_RE.match(value):
        return parse_day(value)
    return parse_time(value)


# Field checks ---------------------------------------------------------------------------------
def _uuid(v: Any) -> str | None:
    return None if is_uuid(v) else "is not a UUID"


def _text(limit: int, *, empty: bool = True) -> Check:
    def check(v: Any) -> str | None:
        if not isinstance(v, str):
            return "is not text"
        if "\x00" in v:
            return "holds a NUL character"
        if len(v) > limit:
            return f"is longer than {limit} characters ({len(v):,})"
        if not empty and not v.strip():
            return "is empty"
        return None

    return check


_code = _text(CODE_MAX, empty=False)
_version = _text(CODE_MAX)


def _time(v: Any) -> str | None:
    return None if is_time(v) else "is not a UTC time written as YYYY-MM-DDTHH:MM:SS+00:00"


def _local_time(v: Any) -> str | None:
    return None if parse_time(v, utc=False) else "is not a time written as YYYY-MM-DDTHH:MM:SS+HH:MM"


def _optional(check: Check) -> Check:
    return lambda v: None if v is None else check(v)


def _score(low: float, high: float) -> Check:
    def check(v: Any) -> str | None:
        if not isinstance(v, int | float) or isinstance(v, bool) or v != v:
            return "is not a number"
        if not low <= v <= high:
            return f"is out of range ({v:g}; allowed {low:g} to {high:g})"
        return None

    return check


def _int(v: Any) -> str | None:
    ok = isinstance(v, int) and not isinstance(v, bool) and -(2**63) <= v < 2**63
    return None if ok else "is not a 64-bit whole number"


def _bool(v: Any) -> str | None:
    return None if isinstance(v, bool) else "is not true or false"


def _codes(v: Any) -> str | None:
    if not isinstance(v, list) or len(v) > MAX_LIST:
        return f"is not a list of at most {MAX_LIST} items"
    for item in v:
        # The common case inline (a plan holds a few hundred ids); _code words the problem.
        if not (type(item) is str and 0 < len(item) <= CODE_MAX and "\x00" not in item and not item.isspace()):
            problem = _code(item)
            if problem:
                return f"holds an item that {problem}"
    return None


def _plan(v: Any) -> str | None:
    if not isinstance(v, dict) or set(v) - {"question_ids", "option_orders"}:
        return "is not a quiz plan"
    orders = v.get("option_orders", {})
    if _codes(v.get("question_ids")) or not isinstance(orders, dict) or len(orders) > MAX_LIST:
        return "is not a quiz plan"
    if any(_code(k) or _codes(o) for k, o in orders.items()):
        return "is not a quiz plan"
    return None


def _versions(v: Any) -> str | None:
    if not isinstance(v, dict) or len(v) > MAX_LIST or any(_code(k) or _version(x) for k, x in v.items()):
        return "is not a map of module ids to versions"
    return None


def _answer(v: Any) -> str | None:
    if v is None or isinstance(v, bool | int | float) or (isinstance(v, str) and len(v) <= ANSWER_MAX_BYTES // 4):
        return None  # surely small: skip writing it out (most answers are a choice or a short text)
    size = len(canonical(v).encode("utf-8", "surrogatepass"))
    if size > ANSWER_MAX_BYTES:
        return f"is larger than {ANSWER_MAX_BYTES // 1024} KB ({size:,} bytes)"
    return None


def _certificate_code(v: Any) -> str | None:
    return None if isinstance(v, str) and _CODE_RE.match(v) else "is not a certificate code"


def _kind(v: Any) -> str | None:
    return None if v in ("module", "track") else "is not 'module' or 'track'"


def _credential(v: Any) -> str | None:
    return _text(MAX_CREDENTIAL)(v)


def _phase(v: Any) -> str | None:
    return None if v in PHASES else f"is not one of {', '.join(repr(p) for p in PHASES)}"


def _likert(v: Any) -> str | None:
    if isinstance(v, int) and not isinstance(v, bool) and v in LIKERT:
        return None
    return f"is not a whole number from {LIKERT[0]} to {LIKERT[-1]} (or null, skipped)"


def _test_plan(v: Any) -> str | None:
    """A pre/post test's plan: [[module id, question id], ...] in the order asked."""
    if not isinstance(v, list) or len(v) > MAX_LIST:
        return f"is not a list of at most {MAX_LIST} [module id, question id] pairs"
    for item in v:
        if not isinstance(item, list) or len(item) != 2 or _code(item[0]) or _code(item[1]):
            return "holds an item that is not a [module id, question id] pair"
    if len({q for _, q in v}) != len(v):
        return "asks a question twice"
    return None


def _given(v: Any) -> str | None:
    if is_time(v) or parse_day(v) is not None:
        return None
    return "is not a UTC time (YYYY-MM-DDTHH:MM:SS+00:00) or, for anonymous feedback, a day (YYYY-MM-DD)"


FIELDS: dict[str, dict[str, Check]] = {
    "learners": {
        "id": _uuid,
        "name": _text(NAME_MAX, empty=False),
        "role": _code,
        "region": _code,
        "unit": _text(UNIT_MAX),
        "created": _time,
        "active": _bool,
    },
    "lesson_progress": {
        "learner_id": _uuid,
        "module_id": _code,
        "lesson_id": _code,
        "opened": _time,
        "read_at": _optional(_time),
    },
    "attempts": {
        "id": _uuid,
        "learner_id": _uuid,
        "module_id": _code,
        "content_version": _version,
        "seed": _int,
        "plan": _plan,
        "started": _time,
        "finished": _optional(_time),
        "score": _optional(_score(0, 100)),
        "passed": _optional(_bool),
    },
    "responses": {
        "id": _uuid,
        "attempt_id": _uuid,
        "question_id": _code,
        "response": _answer,
        "score": _score(0, 1),
        "correct": _bool,
        "answered": _time,
    },
    "certificates": {
        "code": _certificate_code,
        "learner_id": _uuid,
        "kind": _kind,
        "module_ids": _codes,
        "content_versions": _versions,
        "score": _score(0, 100),
        "issued": _local_time,
        "attempt_ids": _codes,
    },
    "cohort_members": {
        "cohort_id": _uuid,
        "learner_id": _uuid,
        "added": _time,
    },
    "prepost_attempts": {
        "id": _uuid,
        "learner_id": _uuid,
        "cohort_id": _uuid,
        "phase": _phase,
        "plan": _test_plan,
        "content_versions": _versions,
        "started": _time,
        "finished": _time,  # only finished tests travel
        "score": _score(0, 100),
    },
    "prepost_responses": {
        "attempt_id": _uuid,
        "question_id": _code,
        "module_id": _code,
        "response": _answer,
        "score": _score(0, 1),
        "correct": _bool,
        "answered": _time,
    },
    "attitude_answers": {
        "learner_id": _uuid,
        "cohort_id": _uuid,
        "phase": _phase,
        "statement_id": _code,
        "value": _optional(_likert),
        "answered": _time,
    },
    "module_feedback": {
        "id": _uuid,
        "learner_id": _optional(_uuid),  # null: anonymous
        "module_id": _code,
        "cohort_id": _optional(_uuid),
        **{scale: _optional(_likert) for scale in FEEDBACK_SCALES},
        "comment": _optional(_text(MAX_COMMENT, empty=False)),
        "given": _given,
    },
}

OPTIONAL: dict[str, dict[str, Check]] = {
    # Bundles before format 1.1 carried the PIN hash; it is read (so they still import) and dropped.
    "learners": {"pin_hash": _optional(_text(MAX_CREDENTIAL))},
    "certificates": {"credential": _credential},
}
"""Fields a record may leave out (bundles from before they existed do)."""

DROPPED: dict[str, tuple[str, ...]] = {"learners": ("pin_hash",)}
"""Optional fields that are checked and then thrown away: never stored from a bundle."""

TIME_FIELDS: dict[str, tuple[str, ...]] = {
    "learners": ("created",),
    "lesson_progress": ("opened", "read_at"),
    "attempts": ("started", "finished"),
    "responses": ("answered",),
    "certificates": ("issued",),
    "cohort_members": ("added",),
    "prepost_attempts": ("started", "finished"),
    "prepost_responses": ("answered",),
    "attitude_answers": ("answered",),
    "module_feedback": ("given",),
}
"""Time stamps, none of which may lie after the bundle's export time (plus the clock tolerance)."""

KEYS: dict[str, tuple[str, ...]] = {
    "learners": ("id",),
    "lesson_progress": ("learner_id", "lesson_id"),
    "attempts": ("id",),
    "responses": ("attempt_id", "question_id"),
    "certificates": ("code",),
    "cohort_members": ("cohort_id", "learner_id"),
    "prepost_attempts": ("id",),
    "prepost_responses": ("attempt_id", "question_id"),
    "attitude_answers": ("learner_id", "cohort_id", "phase", "statement_id"),
    "module_feedback": ("id",),
}
"""What identifies a record: a record whose key is already stored is compared, never applied over it."""


def _sense(table: str, r: dict[str, Any]) -> None:
    """Checks within one record: order of times, and a score wherever a result is claimed."""
    if table == "attempts":
        if r["finished"] is None:
            for name in ("score", "passed"):
                if r[name] is not None:
                    raise RecordError("is set on an attempt that is not finished", name)
        else:
            if parse_time(r["finished"]) < parse_time(r["started"]):  # type: ignore[operator]
                raise RecordError(f"({r['finished']}) is before the start ({r['started']})", "finished")
            for name in ("score", "passed"):
                if r[name] is None:
                    raise RecordError("is missing on a finished attempt", name)
    elif table == "lesson_progress" and r["read_at"] is not None:
        if parse_time(r["read_at"]) < parse_time(r["opened"]):  # type: ignore[operator]
            raise RecordError(f"({r['read_at']}) is before the lesson was opened ({r['opened']})", "read_at")
    elif table == "certificates":
        if not r["attempt_ids"] or len(r["attempt_ids"]) != len(r["module_ids"]):
            raise RecordError("does not name one attempt for each module", "attempt_ids")
    elif table == "prepost_attempts":
        if parse_time(r["finished"]) < parse_time(r["started"]):  # type: ignore[operator]
            raise RecordError(f"({r['finished']}) is before the start ({r['started']})", "finished")
        missing = sorted({m for m, _ in r["plan"]} - set(r["content_versions"]))
        if missing:
            raise RecordError(
                f"lacks the version of module {missing[0]!r}, which the plan asks from", "content_versions"
            )
    elif table == "module_feedback":
        if r["learner_id"] is None and parse_day(r["given"]) is None:
            raise RecordError("must be a day (YYYY-MM-DD) on anonymous feedback, never a time", "given")
        if r["learner_id"] is not None and not is_time(r["given"]):
            raise RecordError("is not a UTC time written as YYYY-MM-DDTHH:MM:SS+00:00", "given")
        if r["comment"] is None and all(r[s] is None for s in FEEDBACK_SCALES):
            raise RecordError("gives no rating and no comment")


def check_record(table: str, record: Any) -> dict[str, Any]:
    """Return ``record`` if it has exactly the fields of ``table``, each of the right kind and range.

    Raises:
        RecordError: naming the first field that is missing, unexpected, malformed or out of range.
    """
    if not isinstance(record, dict):
        raise RecordError("is not a JSON object")
    fields = FIELDS[table]
    optional = OPTIONAL.get(table, {})
    if record.keys() != fields.keys():
        missing = [f for f in fields if f not in record]
        if missing:
            raise RecordError("is missing", missing[0])
        extra = sorted(set(record) - set(fields) - set(optional))
        if extra:
            raise RecordError("is not a field of this record", extra[0])
        for name, check in optional.items():
            if name in record and (problem := check(record[name])):
                raise RecordError(problem, name)
    for name, check in fields.items():
        problem = check(record[name])
        if problem:
            raise RecordError(problem, name)
    _sense(table, record)
    for name in DROPPED.get(table, ()):
        record.pop(name, None)
    if record.get("score") is not None:
        # SQLite stores scores as REAL: 5 and -0.0 come back as 5.0 and 0.0, so compare them so.
        record["score"] = float(record["score"]) + 0.0
    return record


def check_unicode(record: Any) -> None:
    """Refuse text that cannot be stored as UTF-8 (a lone surrogate written as a ``\\ud800`` escape)."""
    try:
        canonical(record).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise RecordError("holds text that is not valid Unicode") from exc


def canonical(value: Any) -> str:
    """One text per JSON value whatever its key order: compares records and stores JSON columns."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def key_of(table: str, record: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(record[k] for k in KEYS[table])


def describe(table: str, record: Any) -> str:
    """The record in words for a message: ``attempt 9a0c…``, ``answer to q3 in attempt 9a0c…``."""
    r = record if isinstance(record, dict) else {}

    def get(name: str) -> str:
        value = r.get(name)
        return value[:60] if isinstance(value, str) else "?"

    return {
        "learners": lambda: f"learner {get('id')}",
        "lesson_progress": lambda: f"lesson {get('lesson_id')} of learner {get('learner_id')}",
        "attempts": lambda: f"attempt {get('id')}",
        "responses": lambda: f"answer to {get('question_id')} in attempt {get('attempt_id')}",
        "certificates": lambda: f"certificate {get('code')}",
        "cohort_members": lambda: f"membership of learner {get('learner_id')} in cohort {get('cohort_id')}",
        "prepost_attempts": lambda: f"{get('phase')}-test attempt {get('id')}",
        "prepost_responses": lambda: f"test answer to {get('question_id')} in attempt {get('attempt_id')}",
        "attitude_answers": lambda: (
            f"attitude answer to {get('statement_id')} ({get('phase')}) of learner {get('learner_id')}"
        ),
        "module_feedback": lambda: f"feedback {get('id')} on module {get('module_id')}",
    }[table]()

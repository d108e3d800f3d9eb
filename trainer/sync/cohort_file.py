"""The signed cohort file: a trainer's cohort and its assigned modules, carried to offline laptops.

The file is one small JSON object (UTF-8)::

    {"format": "qorgau-cohort", "format_version": 1, "public_key": "<Ed25519, base64>",
     "payload": "<base64 of the raw-deflated payload JSON>", "signature": "<base64>"}

The signature covers ``FORMAT``, the public key and the payload text exactly as written, so no byte
that is read escapes it. The payload holds the cohort (id, name, trainers, dates), its assignments
(module id and due day), its members' learner ids and, from format 2 on, the pre/post tests the
trainer opened for it (phase, modules, items per module, when opened). A file is written in the
oldest format that holds its contents, so a cohort without tests still reaches older versions. Reading checks, in order: the file size, the
envelope's fields, the signature, the inflated size, and a strict schema (no unknown fields, size
caps, real dates). Whether the key is trusted is the caller's decision (see services/cohorts.py).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from trainer.domain.cohorts import FILE_SUFFIX, FIRST_DAY, LAST_DAY
from trainer.domain.prepost import PHASES
from trainer.sync.checks import CLOCK_TOLERANCE
from trainer.sync.keys import public_key_text
from trainer.sync.records import parse_time

FORMAT = "qorgau-cohort"
FORMAT_VERSION = 2
"""2: the cohort's pre/post tests (``tests``). Format 1 files (assignments only) are still read."""
SUFFIX = FILE_SUFFIX
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_PAYLOAD_BYTES = 4 * 1024 * 1024  # inflated
MAX_ASSIGNMENTS = 500
MAX_MEMBERS = 20_000
MAX_TEXT = 300
MAX_TEST_ITEMS = 100  # questions per module in one test (the trainer's form offers up to 20)
_MODULE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,79}")
_ENVELOPE_KEYS = {"format", "format_version", "public_key", "payload", "signature"}
_PAYLOAD_KEYS = {"format", "format_version", "exported", "app_version", "device_id", "cohort", "assignments", "members"}
_COHORT_KEYS = {"id", "name", "trainers", "starts", "ends"}
_ASSIGNMENT_KEYS = {"module_id", "due"}
_TEST_KEYS = {"phase", "module_ids", "items", "opened"}


@dataclass(frozen=True)
class CohortTest:
    """A pre- or post-test the trainer opened for the cohort (a ``prepost_tests`` row)."""

    phase: str
    module_ids: tuple[str, ...]
    items: int
    opened: str  # UTC, as the app writes it


class CohortFileError(Exception):
    """A cohort file refused whole; ``str()`` names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path, self.problem = Path(path), problem
        super().__init__(f"{path}: {problem}. Nothing from this file was imported.")


class CohortFileTooNew(CohortFileError):
    """Written by a newer Qorgau in a format this version cannot read."""


@dataclass(frozen=True)
class CohortFile:
    """A cohort file that passed every check except trust, which the caller decides."""

    path: Path
    public_key: str
    exported: str
    app_version: str
    device_id: str
    cohort_id: str
    name: str
    trainers: str
    starts: date | None
    ends: date | None
    assignments: tuple[tuple[str, date], ...]  # (module id, due)
    members: tuple[str, ...]
    tests: tuple[CohortTest, ...] = ()


def _signed_bytes(public_key: str, payload: str) -> bytes:
    return f"{FORMAT}\n{public_key}\n{payload}".encode("ascii")


def write_cohort_file(
    path: Path,
    *,
    key: Ed25519PrivateKey,
    device_id: str,
    app_version: str,
    cohort_id: str,
    name: str,
    trainers: str,
    starts: date | None,
    ends: date | None,
    assignments: list[tuple[str, date]],
    members: list[str],
    exported: str | None = None,
    tests: list[CohortTest] | None = None,
) -> Path:
    """Write a signed cohort file; the caller writes it atomically (see services.exports.atomic_output).

    Without ``tests`` the file is written in format 1, which every version reads.
    """
    version = FORMAT_VERSION if tests else 1
    payload: dict[str, Any] = {
        "format": FORMAT,
        "format_version": version,
        "exported": exported or datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": app_version,
        "device_id": device_id,
        "cohort": {
            "id": cohort_id,
            "name": name,
            "trainers": trainers,
            "starts": starts.isoformat() if starts else None,
            "ends": ends.isoformat() if ends else None,
        },
        "assignments": [{"module_id": m, "due": d.isoformat()} for m, d in sorted(assignments)],
        "members": sorted(members),
    }
    if tests:
        payload["tests"] = [
            {"phase": t.phase, "module_ids": list(t.module_ids), "items": t.items, "opened": t.opened}
            for t in sorted(tests, key=lambda t: PHASES.index(t.phase))
        ]
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = base64.b64encode(compressor.compress(raw) + compressor.flush()).decode("ascii")
    public = public_key_text(key)
    envelope = {
        "format": FORMAT,
        "format_version": version,
        "public_key": public,
        "payload": packed,
        "signature": base64.b64encode(key.sign(_signed_bytes(public, packed))).decode("ascii"),
    }
    Path(path).write_text(json.dumps(envelope, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return Path(path)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _json(data: bytes) -> Any:
    return json.loads(data.decode("utf-8"), parse_constant=_reject_constant)


def _b64(text: Any) -> bytes | None:
    """Canonical base64 only: another spelling of the same bytes would be a change the signature misses."""
    if not isinstance(text, str):
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if base64.b64encode(raw).decode("ascii") == text else None


def read_cohort_file(path: Path | str) -> CohortFile:
    """Read and check a cohort file completely; CohortFileError names the first problem."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CohortFileError(path, f"is larger than {MAX_FILE_BYTES // 2**20} MiB, too large for a cohort file")
        data = path.read_bytes()
    except OSError as exc:
        raise CohortFileError(path, f"cannot be read ({exc.strerror or exc})") from exc
    return parse_cohort_file(path, data)


def parse_cohort_file(path: Path, data: bytes) -> CohortFile:
    """Check the bytes of a cohort file read from ``path`` (named in errors)."""
    if len(data) > MAX_FILE_BYTES:
        raise CohortFileError(path, f"is larger than {MAX_FILE_BYTES // 2**20} MiB, too large for a cohort file")
    try:
        envelope = _json(data)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise CohortFileError(path, "is not a Qorgau cohort file (not valid JSON)") from exc
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise CohortFileError(path, "is not a Qorgau cohort file")
    _check_version(path, envelope.get("format_version"), envelope)
    unknown = sorted(set(envelope) - _ENVELOPE_KEYS)
    if unknown:
        raise CohortFileError(path, f"has a field this version does not know: {unknown[0]!r}")
    raw_key, payload_text, signature = _b64(envelope.get("public_key")), envelope.get("payload"), None
    try:
        public = Ed25519PublicKey.from_public_bytes(raw_key) if raw_key is not None else None
    except ValueError:
        public = None
    if public is None:
        raise CohortFileError(path, "has a missing or malformed public key")
    packed = _b64(payload_text)
    if packed is None:
        raise CohortFileError(path, "has a missing or malformed payload")
    signature = _b64(envelope.get("signature"))
    try:
        if signature is None:
            raise InvalidSignature
        public.verify(signature, _signed_bytes(envelope["public_key"], payload_text))
    except InvalidSignature as exc:
        raise CohortFileError(path, "has a signature that does not match its contents (changed after export)") from exc
    inflater = zlib.decompressobj(-15)
    try:
        raw = inflater.decompress(packed, MAX_PAYLOAD_BYTES + 1)
    except zlib.error as exc:
        raise CohortFileError(path, f"has a damaged payload ({exc})") from exc
    if len(raw) > MAX_PAYLOAD_BYTES or inflater.unconsumed_tail:
        raise CohortFileError(path, f"holds more than {MAX_PAYLOAD_BYTES // 2**20} MiB once unpacked")
    if not inflater.eof or inflater.unused_data:
        raise CohortFileError(path, "has a damaged or truncated payload")
    try:
        payload = _json(raw)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise CohortFileError(path, "has a payload that is not valid JSON") from exc
    checked = _payload(path, payload, envelope["public_key"])
    if payload["format_version"] != envelope["format_version"]:  # the envelope's is outside the signature
        raise CohortFileError(path, "has a format version that differs from the one its signed contents state")
    return checked


def _check_version(path: Path, version: Any, where: dict[str, Any]) -> None:
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CohortFileError(path, "has no valid format version")
    if version > FORMAT_VERSION:
        raise CohortFileTooNew(
            path,
            f"was written in cohort-file format {version} by a newer Qorgau"
            + (f" (version {where['app_version']})" if isinstance(where.get("app_version"), str) else "")
            + f"; this version reads format {FORMAT_VERSION}. Install the newer version to import it",
        )


def _fields(path: Path, obj: Any, keys: set[str], what: str) -> dict[str, Any]:
    if not isinstance(obj, dict):
        raise CohortFileError(path, f"has a malformed {what}")
    unknown = sorted(set(obj) - keys)
    if unknown:
        raise CohortFileError(path, f"has a field this version does not know in {what}: {unknown[0]!r}")
    missing = sorted(keys - set(obj))
    if missing:
        raise CohortFileError(path, f"lacks {missing[0]!r} in {what}")
    return obj


def _text(path: Path, value: Any, what: str, *, empty: bool = True, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str) or len(value) > limit or (not empty and not value.strip()):
        raise CohortFileError(path, f"has a missing, empty or too long {what}")
    if any(ord(c) < 32 and c not in "\t" for c in value):
        raise CohortFileError(path, f"has control characters in {what}")
    return value


def _uuid(path: Path, value: Any, what: str) -> str:
    try:
        if isinstance(value, str) and str(uuid.UUID(value)) == value:
            return value
    except ValueError:
        pass
    raise CohortFileError(path, f"has a malformed {what}")


def _day(path: Path, value: Any, what: str, *, optional: bool = False) -> date | None:
    if value is None and optional:
        return None
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError(value)
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise CohortFileError(path, f"has an invalid date in {what}: {value!r}") from exc
    if not FIRST_DAY <= day <= LAST_DAY:
        raise CohortFileError(path, f"has a date out of range in {what}: {value}")
    return day


def _payload(path: Path, payload: Any, public_key: str) -> CohortFile:
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise CohortFileError(path, "has a payload of another format")
    _check_version(path, payload.get("format_version"), payload)
    keys = _PAYLOAD_KEYS | ({"tests"} if payload["format_version"] >= 2 else set())
    p = _fields(path, payload, keys, "the file")
    try:
        if not isinstance(p["exported"], str) or len(p["exported"]) > 40:
            raise ValueError(p["exported"])
        exported = datetime.fromisoformat(p["exported"])
        if exported.tzinfo is None:
            raise ValueError(p["exported"])
    except ValueError as exc:
        raise CohortFileError(path, "has an invalid export time") from exc
    app_version = _text(path, p["app_version"], "app version", limit=40)
    device_id = _uuid(path, p["device_id"], "device id")
    c = _fields(path, p["cohort"], _COHORT_KEYS, "the cohort")
    starts = _day(path, c["starts"], "the cohort's start", optional=True)
    ends = _day(path, c["ends"], "the cohort's end", optional=True)
    if starts and ends and ends < starts:
        raise CohortFileError(path, "has a cohort that ends before it starts")
    rows = p["assignments"]
    if not isinstance(rows, list) or len(rows) > MAX_ASSIGNMENTS:
        raise CohortFileError(path, f"has a malformed list of assignments (at most {MAX_ASSIGNMENTS})")
    assignments: list[tuple[str, date]] = []
    for number, row in enumerate(rows, start=1):
        a = _fields(path, row, _ASSIGNMENT_KEYS, f"assignment {number}")
        mid = a["module_id"]
        if not isinstance(mid, str) or not _MODULE_ID.fullmatch(mid):
            raise CohortFileError(path, f"has a malformed module id in assignment {number}")
        due = _day(path, a["due"], f"assignment {number}")
        assert due is not None
        assignments.append((mid, due))
    if len({m for m, _ in assignments}) != len(assignments):
        raise CohortFileError(path, "assigns the same module twice")
    members = p["members"]
    if not isinstance(members, list) or len(members) > MAX_MEMBERS:
        raise CohortFileError(path, f"has a malformed list of members (at most {MAX_MEMBERS})")
    ids = tuple(_uuid(path, m, f"member {i}") for i, m in enumerate(members, start=1))
    if len(set(ids)) != len(ids):
        raise CohortFileError(path, "lists the same member twice")
    return CohortFile(
        path=path,
        public_key=public_key,
        exported=exported.isoformat(timespec="seconds"),
        app_version=app_version,
        device_id=device_id,
        cohort_id=_uuid(path, c["id"], "cohort id"),
        name=_text(path, c["name"], "cohort name", empty=False),
        trainers=_text(path, c["trainers"], "list of trainers"),
        starts=starts,
        ends=ends,
        assignments=tuple(assignments),
        members=ids,
        tests=_tests(path, p.get("tests", []), exported),
    )


def _tests(path: Path, rows: Any, exported: datetime) -> tuple[CohortTest, ...]:
    """The pre/post tests: known phases, each once, a post-test only after the pre-test and on its
    modules (as the trainer's database opens it), sane item counts, strict UTC times."""
    if not isinstance(rows, list) or len(rows) > len(PHASES):
        raise CohortFileError(path, f"has a malformed list of tests (at most {len(PHASES)})")
    tests: dict[str, CohortTest] = {}
    for number, row in enumerate(rows, start=1):
        t = _fields(path, row, _TEST_KEYS, f"test {number}")
        phase, mids, items, opened = t["phase"], t["module_ids"], t["items"], t["opened"]
        if phase not in PHASES:
            raise CohortFileError(path, f"has an unknown phase in test {number}: {phase!r} (known: pre, post)")
        if phase in tests:
            raise CohortFileError(path, f"has the {phase}-test twice")
        if not isinstance(mids, list) or not 0 < len(mids) <= MAX_ASSIGNMENTS:
            raise CohortFileError(path, f"has a malformed list of modules in the {phase}-test")
        for mid in mids:
            if not isinstance(mid, str) or not _MODULE_ID.fullmatch(mid):
                raise CohortFileError(path, f"has a malformed module id in the {phase}-test")
        if len(set(mids)) != len(mids):
            raise CohortFileError(path, f"names a module twice in the {phase}-test")
        if isinstance(items, bool) or not isinstance(items, int) or not 1 <= items <= MAX_TEST_ITEMS:
            raise CohortFileError(
                path, f"has {items!r} items per module in the {phase}-test (allowed 1 to {MAX_TEST_ITEMS})"
            )
        when = parse_time(opened)
        if when is None:
            raise CohortFileError(path, f"has an invalid time in the {phase}-test: {str(opened)[:40]!r}")
        if when > exported + CLOCK_TOLERANCE:
            raise CohortFileError(path, f"has a {phase}-test opened after the file was exported ({opened})")
        tests[phase] = CohortTest(phase, tuple(mids), items, opened)
    post, pre = tests.get("post"), tests.get("pre")
    if post is not None:
        if pre is None:
            raise CohortFileError(path, "has a post-test without a pre-test")
        if (post.module_ids, post.items) != (pre.module_ids, pre.items):
            raise CohortFileError(path, "has a post-test on other modules or item counts than its pre-test")
        if parse_time(post.opened) < parse_time(pre.opened):  # type: ignore[operator]
            raise CohortFileError(path, "has a post-test opened before its pre-test")
    return tuple(tests[p] for p in PHASES if p in tests)

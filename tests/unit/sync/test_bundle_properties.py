"""Whatever bytes or records arrive, the bundle reader and the import give a clean import or a clear error.

Never a crash, never a partial write: on refusal every table of the receiving database is unchanged.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync_helpers import fill_laptop
from trainer.services.sync import Decisions, SyncService
from trainer.storage.database import open_database
from trainer.storage.sync_store import SyncStore
from trainer.sync.bundle import BundleError, read_bundle, write_bundle
from trainer.sync.keys import public_key_text
from trainer.sync.records import FIELDS

WORK = Path(tempfile.mkdtemp(prefix="qorgau-sync-props-"))
KEY = Ed25519PrivateKey.generate()
DEVICE = "0f0e0d0c-0b0a-4908-8706-050403020100"
PROPS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def valid_bundle() -> bytes:
    """A real bundle from a laptop filled through the services."""
    laptop = WORK / "laptop"
    fill_laptop(laptop, [("Aliya", "judge", "almaty"), ("Bolat", "police", "astana")])
    service = SyncService.open(laptop)
    try:
        return service.export_progress(WORK / "valid.zip").path.read_bytes()
    finally:
        service.close()


def receiving() -> SyncService:
    """An in-memory database that already holds some progress (from another laptop)."""
    service = SyncService(SyncStore(open_database(None)), DEVICE, WORK)
    other = WORK / "other.zip"
    if not other.exists():
        fill_laptop(WORK / "other", [("Dana", "prosecutor", "shymkent")])
        s = SyncService.open(WORK / "other")
        s.export_progress(other)
        s.close()
    assert not service.import_bundles([other], decisions=Decisions(trust={read_bundle(other).public_key})).errors
    return service


def trusted() -> Decisions:
    """The trainer trusts the keys of the laptop and of the test signer (the records are what is tested)."""
    return Decisions(trust={public_key_text(KEY), read_bundle(WORK / "valid.zip").public_key})


def check_outcome(service: SyncService, path: Path) -> None:
    """Either the bundle imports cleanly (and again changes nothing), or it is refused with no change."""
    before = service.store.snapshot()
    result = service.import_bundles([path], decisions=trusted())
    if result.errors:
        assert result.imported == []
        assert len(result.errors) == 1 and str(path) in result.errors[0]
        assert service.store.snapshot() == before
    else:
        assert result.imported == [path]
        after = service.store.snapshot()
        again = service.import_bundles([path], decisions=trusted())
        assert not again.errors and service.store.snapshot() == after


@PROPS
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_are_refused_with_a_clear_error(data):
    path = WORK / "arbitrary.zip"
    path.write_bytes(data)
    try:
        read_bundle(path)
    except BundleError as exc:
        assert str(path) in str(exc)
    else:  # pragma: no cover - random bytes cannot carry a valid signature
        raise AssertionError("random bytes were accepted")


@PROPS
@given(st.data())
def test_mutated_bundles_import_cleanly_or_change_nothing(data):
    original = valid_bundle()
    mutated = bytearray(original)
    how = data.draw(st.sampled_from(["flip", "set", "truncate", "insert", "delete"]))
    at = data.draw(st.integers(0, len(original) - 1))
    if how == "flip":
        mutated[at] ^= data.draw(st.integers(1, 255))
    elif how == "set":
        n = data.draw(st.integers(1, 8))
        mutated[at : at + n] = data.draw(st.binary(min_size=n, max_size=n))
    elif how == "truncate":
        del mutated[at:]
    elif how == "insert":
        mutated[at:at] = data.draw(st.binary(min_size=1, max_size=16))
    else:
        del mutated[at : at + data.draw(st.integers(1, 16))]
    path = WORK / "mutated.zip"
    path.write_bytes(bytes(mutated))
    service = receiving()
    try:
        check_outcome(service, path)
        if bytes(mutated) != original:  # any changed byte is noticed, not only a changed record
            assert len(service.store.snapshot()["sync_imports"]) == 1
    finally:
        service.close()


# Signed bundles with arbitrary records: the signature is fine, the contents may not be. ------------
uuids = st.uuids().map(str)
times = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2026, 1, 1), timezones=st.just(UTC)).map(
    lambda d: d.isoformat(timespec="seconds")
)
texts = st.text(max_size=12)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)


@st.composite
def signed_records(draw):
    learners = [
        {
            "id": draw(uuids),
            "name": draw(texts),
            "role": draw(st.sampled_from(["judge", "police", "x"])),
            "region": draw(st.sampled_from(["almaty", "astana"])),
            "unit": draw(texts),
            "created": draw(times),
            "active": draw(st.booleans()),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    owners = [r["id"] for r in learners] or [draw(uuids)]
    attempts = [
        {
            "id": draw(uuids),
            "learner_id": draw(st.sampled_from(owners)),
            "module_id": draw(st.sampled_from(["m1", "m2"])),
            "content_version": "1.0.0",
            "seed": draw(st.integers(-(2**70), 2**70)),
            "plan": {"question_ids": draw(st.lists(texts, max_size=3)), "option_orders": {}},
            "started": draw(times),
            "finished": None,
            "score": None,
            "passed": None,
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    for attempt in attempts:  # finished after the start, with a result, or (an old bundle) unfinished
        if draw(st.booleans()):
            attempt["finished"] = max(attempt["started"], draw(times))
            attempt["score"] = draw(st.floats(0, 100) | st.floats(-1e13, 1e13))
            attempt["passed"] = draw(st.booleans())
    attempt_ids = [a["id"] for a in attempts] or [draw(uuids)]
    responses = [
        {
            "id": draw(uuids),
            "attempt_id": draw(st.sampled_from(attempt_ids)),
            "question_id": draw(st.sampled_from(["q1", "q2", "q3"])),
            "response": draw(json_values),
            "score": draw(st.floats(0, 1) | st.floats(-2, 2) | st.integers(-2, 2)),
            "correct": draw(st.booleans()),
            "answered": draw(times),
        }
        for _ in range(draw(st.integers(0, 4)))
    ]
    lessons = [
        {
            "learner_id": draw(st.sampled_from(owners)),
            "module_id": "m1",
            "lesson_id": draw(st.sampled_from(["l1", "l2"])),
            "opened": draw(times),
            "read_at": draw(st.none() | times),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    records = {"learners": learners, "attempts": attempts, "responses": responses, "lesson_progress": lessons}
    records["certificates"] = []
    if draw(st.booleans()):  # damage one field of one record
        table = draw(st.sampled_from([t for t, rs in records.items() if rs] or ["learners"]))
        if records[table]:
            victim = draw(st.sampled_from(records[table]))
            field = draw(st.sampled_from(sorted(FIELDS[table])))
            if draw(st.booleans()):
                victim[field] = draw(json_values)
            else:
                victim.pop(field)
    return records


@PROPS
@given(signed_records())
def test_signed_bundles_with_arbitrary_records_import_cleanly_or_change_nothing(records):
    path = WORK / "signed.zip"
    write_bundle(path, records, device_id=DEVICE, key=KEY, app_version="test")
    service = receiving()
    try:
        check_outcome(service, path)
    finally:
        service.close()

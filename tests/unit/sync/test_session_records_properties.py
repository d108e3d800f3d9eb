"""Whatever cohort records a signed bundle holds, the import is clean or changes nothing: never a
crash, never a database constraint left to refuse what the checks should have named."""

from __future__ import annotations

import tempfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.services.sync import Decisions, SyncService
from trainer.storage.database import open_database
from trainer.storage.sync_store import SyncStore
from trainer.sync.bundle import write_bundle
from trainer.sync.keys import public_key_text
from trainer.sync.records import FIELDS

WORK = Path(tempfile.mkdtemp(prefix="qorgau-session-props-"))
KEY = Ed25519PrivateKey.generate()
DEVICE = "0f0e0d0c-0b0a-4908-8706-050403020100"
LEARNER = "2b7c1f0e-4d7a-4a43-9a52-2f3b9d3c1e11"
COHORT = "6c1b1a52-53a4-4c1b-9d5e-4e0a1f2b3c4d"
OTHER_COHORT = "7d2c2b63-64b5-4d2c-8e6f-5f1b2a3c4d5e"

uuids = st.uuids().map(str)
times = st.sampled_from(["2026-03-01T10:00:00+00:00", "2026-03-02T11:30:00+00:00", "2026-03-03T09:15:00+00:00"])
likert = st.none() | st.integers(1, 5)
json_values = st.none() | st.booleans() | st.integers(-3, 9) | st.text(max_size=8) | st.lists(st.integers(), max_size=3)


@st.composite
def session_records(draw):
    learner = {
        "id": LEARNER,
        "name": "Aida",
        "role": "police",
        "region": "astana",
        "unit": "",
        "created": "2026-03-01T09:00:00+00:00",
        "active": True,
    }
    plan = [["m1", "q1"], ["m1", "q2"], ["m2", "q3"]]
    attempts, responses = [], []
    for phase in draw(st.lists(st.sampled_from(["pre", "post"]), unique=True, max_size=2)):
        attempt_id = draw(uuids)
        answered = draw(st.lists(st.sampled_from(plan), max_size=3, unique_by=lambda p: p[1]))
        scores = [draw(st.sampled_from([0.0, 0.5, 1.0])) for _ in answered]
        attempts.append(
            {
                "id": attempt_id,
                "learner_id": LEARNER,
                "cohort_id": draw(st.sampled_from([COHORT, OTHER_COHORT])),
                "phase": phase,
                "plan": plan,
                "content_versions": {"m1": "1.0.0", "m2": "1.0.0"},
                "started": "2026-03-01T10:00:00+00:00",
                "finished": draw(times),
                "score": round(100.0 * sum(scores) / len(plan), 2),
            }
        )
        responses += [
            {
                "attempt_id": attempt_id,
                "question_id": q,
                "module_id": m,
                "response": draw(json_values),
                "score": s,
                "correct": s == 1.0,
                "answered": draw(times),
            }
            for (m, q), s in zip(answered, scores, strict=True)
        ]
    attitudes = [
        {
            "learner_id": LEARNER,
            "cohort_id": COHORT,
            "phase": draw(st.sampled_from(["pre", "post"])),
            "statement_id": sid,
            "value": draw(likert),
            "answered": draw(times),
        }
        for sid in draw(st.lists(st.sampled_from(["s1", "s2", "s3"]), unique=True, max_size=3))
    ]
    feedback = []
    for _ in range(draw(st.integers(0, 3))):
        anonymous = draw(st.booleans())
        feedback.append(
            {
                "id": draw(uuids),
                "learner_id": None if anonymous else LEARNER,
                "module_id": "m1",
                "cohort_id": draw(st.none() | st.just(COHORT)),
                "relevance": draw(likert),
                "confidence": draw(likert),
                "clarity": draw(likert),
                "comment": draw(st.none() | st.text(min_size=1, max_size=5)),
                "given": "2026-03-02" if anonymous else draw(times),
            }
        )
    members = [
        {"cohort_id": c, "learner_id": LEARNER, "added": draw(times)}
        for c in draw(st.lists(st.sampled_from([COHORT, OTHER_COHORT]), unique=True, max_size=2))
    ]
    records = {
        "learners": [learner],
        "cohort_members": members,
        "prepost_attempts": attempts,
        "prepost_responses": responses,
        "attitude_answers": attitudes,
        "module_feedback": feedback,
    }
    if draw(st.booleans()):  # damage one field of one record
        table = draw(st.sampled_from([t for t, rs in records.items() if rs and t != "learners"] or ["learners"]))
        victim = draw(st.sampled_from(records[table]))
        field = draw(st.sampled_from(sorted(FIELDS[table])))
        victim[field] = draw(json_values | uuids)
    return records


def receiving() -> SyncService:
    """A database that has the cohort (but not the other one) and a learner of its own."""
    db = open_database(None)
    db.execute("INSERT INTO cohorts (id, name, created) VALUES (?, 'March', '2026-03-01T09:00:00+00:00')", [COHORT])
    db.conn.commit()
    return SyncService(SyncStore(db), DEVICE, WORK)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(session_records())
def test_signed_bundles_with_arbitrary_cohort_records_import_cleanly_or_change_nothing(records):
    path = WORK / "session.zip"
    write_bundle(path, records, device_id=DEVICE, key=KEY, app_version="test")
    service = receiving()
    trusted = Decisions(trust={public_key_text(KEY)})
    try:
        before = service.store.snapshot()
        result = service.import_bundles([path], decisions=trusted)
        if result.errors:
            assert result.imported == [] and len(result.errors) == 1 and str(path) in result.errors[0]
            assert "Nothing from this file was imported" in result.errors[0]
            assert service.store.snapshot() == before
        else:
            after = service.store.snapshot()
            again = service.import_bundles([path], decisions=trusted)
            assert not again.errors and not again.new_conflicts and service.store.snapshot() == after
    finally:
        service.close()

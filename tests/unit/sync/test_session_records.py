"""A cohort's learner-side records in progress bundles: memberships, pre/post tests and their answers,
attitude answers and module feedback travel from a laptop to the trainer's database under the same
rules as attempts (insert only, differing copies kept aside, values checked, own learners only)."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import uuid
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.conftest import SAMPLE_MODULES
from tests.sync_helpers import trusting
from trainer.content.attitudes import load_attitudes
from trainer.domain.grading import key_response
from trainer.services.context import AppContext
from trainer.services.sync import Decisions
from trainer.sync import bundle as bundle_module
from trainer.sync.bundle import read_bundle, write_bundle
from trainer.sync.keys import load_or_create_device_key
from trainer.sync.records import SESSION_TABLES

ROOT = Path(__file__).resolve().parents[3]
MODULES = ["sample-01-basics", "sample-02-practice"]


@pytest.fixture
def session(tmp_path):
    """A trainer's cohort with a pre-test, carried to a laptop whose learner took the pre-test, answered
    attitude statements (skipping some) and gave named and anonymous feedback; then exported."""
    statements, errors = load_attitudes(ROOT / "modules")
    assert not errors and len(statements) >= 3
    trainer = AppContext.open(tmp_path / "trainer", SAMPLE_MODULES)
    laptop = AppContext.open(tmp_path / "laptop", SAMPLE_MODULES)
    try:
        for ctx in (trainer, laptop):
            ctx.measures.statements = statements
        cohort = trainer.cohorts.create("March", "A. Nurlanova")
        trainer.cohorts.assign(cohort.id, MODULES[0], dt.date(2026, 3, 12))
        trainer.measures.open_test(cohort.id, "pre", MODULES, items=3)
        checked = laptop.cohorts.check_file(trainer.cohorts.export_file(cohort.id, tmp_path / "march.qcohort").path)
        laptop.cohorts.trust_key(checked)
        aida = laptop.learners.create("Aida", "police", "astana")
        outcome = laptop.cohorts.import_file(checked, aida.id)
        assert outcome.tests_added == ("pre",) and outcome.unknown_modules == ()
        test = laptop.measures.start(aida.id, cohort.id, "pre")
        for _, q in test.questions[:2]:
            laptop.measures.answer(test, q.id, key_response(q))
        laptop.measures.finish(test)
        values = {s.id: (2 if i < 3 else None) for i, s in enumerate(statements)}
        laptop.measures.record_attitudes(aida.id, cohort.id, "pre", values)
        laptop.measures.give_feedback(aida.id, MODULES[0], {"relevance": 5, "confidence": 4}, "Useful", False)
        laptop.measures.give_feedback(aida.id, MODULES[1], {"clarity": 2}, "Too fast for me", True)
        bundle = laptop.sync.export_progress(tmp_path / "aida.zip").path
        yield {
            "tmp": tmp_path,
            "trainer": trainer,
            "laptop": laptop,
            "cohort": cohort.id,
            "aida": aida.id,
            "bundle": bundle,
            "statements": statements,
        }
    finally:
        trainer.close()
        laptop.close()


def import_(ctx: AppContext, *paths: Path, decisions: Decisions | None = None):
    return ctx.sync.import_bundles(paths, decisions=decisions or trusting(*paths))


def session_rows(ctx: AppContext) -> dict[str, list[str]]:
    """The session records a database would export, one canonical line each, sorted."""
    records = ctx.sync.store.export_records()
    return {t: sorted(json.dumps(r, sort_keys=True) for r in records[t]) for t in SESSION_TABLES}


def forge(s, name: str, change, *, key: Ed25519PrivateKey | None = None) -> Path:
    """The laptop's records after ``change(records)``, signed by the laptop's key (or ``key``)."""
    records = copy.deepcopy(s["laptop"].sync.store.export_records())
    change(records)
    path = s["tmp"] / name
    key = key or load_or_create_device_key(s["tmp"] / "laptop")
    write_bundle(path, records, device_id=s["laptop"].sync.device_id, key=key, app_version="9.9")
    return path


# Round trip -------------------------------------------------------------------------------------
def test_every_kind_of_session_record_reaches_the_trainer_as_the_laptop_holds_it(session):
    trainer, laptop = session["trainer"], session["laptop"]
    result = import_(trainer, session["bundle"])
    assert result.errors == [] and result.imported == [session["bundle"]]
    sent = session_rows(laptop)
    assert {t: len(rows) for t, rows in sent.items()} == {
        "cohort_members": 1,
        "prepost_attempts": 1,
        "prepost_responses": 2,
        "attitude_answers": len(session["statements"]),
        "module_feedback": 2,
    }
    assert session_rows(trainer) == sent
    assert {t: result.counts.new[t] for t in SESSION_TABLES} == {t: len(rows) for t, rows in sent.items()}
    # The trainer's cohort now lists the laptop's learner, who can take the post-test there.
    assert [m.learner_id for m in trainer.cohorts.members(session["cohort"])] == [session["aida"]]
    shift = trainer.measures.attitude_shift(session["cohort"])
    assert shift.cohort.n == 0  # only the pre sitting: nothing paired yet, but the rows are there
    summary = {f.module_id: f for f in trainer.measures.feedback_summary(session["cohort"])}
    assert summary[MODULES[0]].scales["relevance"].mean == 5 and summary[MODULES[1]].scales["clarity"].n == 1


def test_importing_again_adds_nothing(session):
    trainer = session["trainer"]
    assert import_(trainer, session["bundle"]).errors == []
    before = trainer.sync.store.snapshot()
    again = import_(trainer, session["bundle"])
    assert again.errors == [] and again.new_conflicts == []
    assert {t: again.counts.new[t] for t in SESSION_TABLES} == dict.fromkeys(SESSION_TABLES, 0)
    assert again.counts.present["prepost_responses"] == 2 and again.counts.present["module_feedback"] == 2
    after = trainer.sync.store.snapshot()
    assert {t: after[t] for t in SESSION_TABLES} == {t: before[t] for t in SESSION_TABLES}


def _set(table: str, **changes):
    def change(records):
        records[table][0].update(changes)

    return change


@pytest.mark.parametrize(
    ("change", "table", "fields"),
    [
        (_set("prepost_attempts", started="2026-01-01T08:00:00+00:00"), "prepost_attempts", ("started",)),
        (_set("prepost_responses", answered="2026-01-01T08:00:00+00:00"), "prepost_responses", ("answered",)),
        (_set("attitude_answers", value=5), "attitude_answers", ("value",)),
        (_set("module_feedback", comment="Rewritten"), "module_feedback", ("comment",)),
    ],
)
def test_a_tampered_copy_is_kept_aside_and_the_stored_row_stays(session, change, table, fields):
    trainer = session["trainer"]
    assert import_(trainer, session["bundle"]).errors == []
    before = trainer.sync.store.snapshot()
    result = import_(trainer, forge(session, "tampered.zip", change))
    assert result.errors == []
    assert [(c.table, c.reason, c.fields) for c in result.new_conflicts] == [(table, "differs", fields)]
    assert "kept the record here" in result.new_conflicts[0].describe()
    after = trainer.sync.store.snapshot()
    assert {t: after[t] for t in SESSION_TABLES} == {t: before[t] for t in SESSION_TABLES}
    assert [c.table for c in trainer.sync.conflicts()] == [table]


def test_a_second_pre_test_under_a_new_id_is_a_conflict_and_its_answers_are_held_back(session):
    """A learner takes each test once: a copy under another id never adds a second sitting."""
    trainer = session["trainer"]
    assert import_(trainer, session["bundle"]).errors == []
    before = trainer.sync.store.snapshot()
    other = str(uuid.uuid4())

    def change(records):
        records["prepost_attempts"][0]["id"] = other
        for r in records["prepost_responses"]:
            r["attempt_id"] = other

    result = import_(trainer, forge(session, "second.zip", change))
    assert result.errors == []
    reasons = sorted((c.table, c.reason) for c in result.new_conflicts)
    assert reasons == [
        ("prepost_attempts", "differs"),
        ("prepost_responses", "attempt_differs"),
        ("prepost_responses", "attempt_differs"),
    ]
    assert "id" in next(c for c in result.new_conflicts if c.table == "prepost_attempts").fields
    after = trainer.sync.store.snapshot()
    assert {t: after[t] for t in SESSION_TABLES} == {t: before[t] for t in SESSION_TABLES}


def test_a_membership_copy_with_another_join_time_is_the_same_membership(session):
    """When a learner joined is each database's own (both add the member): not a conflict."""
    trainer = session["trainer"]
    assert import_(trainer, session["bundle"]).errors == []
    before = trainer.sync.store.snapshot()["cohort_members"]
    result = import_(trainer, forge(session, "joined.zip", _set("cohort_members", added="2026-01-01T08:00:00+00:00")))
    assert result.errors == [] and result.new_conflicts == [] and result.counts.present["cohort_members"] == 1
    assert trainer.sync.store.snapshot()["cohort_members"] == before


# Values checked at the boundary ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            _set("attitude_answers", value=6),
            r"attitude_answers\.jsonl, line 1 \(attitude answer to .* of learner .*\): field 'value' is not a whole "
            r"number from 1 to 5",
        ),
        (_set("attitude_answers", value=True), r"field 'value' is not a whole number from 1 to 5"),
        (_set("attitude_answers", phase="mid"), r"field 'phase' is not one of 'pre', 'post'"),
        (
            _set("module_feedback", relevance=0),
            r"module_feedback\.jsonl, line \d \(feedback .* on module .*\): field 'relevance' is not a whole number",
        ),
        (_set("module_feedback", comment="x" * 1001), r"field 'comment' is longer than 1000 characters"),
        (
            _set("module_feedback", relevance=None, confidence=None, clarity=None, comment=None),
            r"module_feedback\.jsonl, line \d \(feedback .*\): gives no rating and no comment",
        ),
        (
            _set("prepost_attempts", score=150.0),
            r"prepost_attempts\.jsonl, line 1 \(pre-test attempt .*\): field 'score' is out of range \(150; allowed 0",
        ),
        (_set("prepost_attempts", score=90.0), r"field 'score' \(90\) is not .* the score of the answers"),
        (_set("prepost_attempts", finished=None), r"field 'finished' is not a UTC time"),
        (_set("prepost_attempts", started="2026-03-01T10:00:00+05:00"), r"field 'started' is not a UTC time"),
        (
            _set("prepost_attempts", started="2999-01-01T00:00:00+00:00", finished="2999-01-01T01:00:00+00:00"),
            r"field 'started' .* lies after the bundle was exported",
        ),
        (
            _set("prepost_responses", score=2.0),
            r"prepost_responses\.jsonl, line 1 \(test answer to .*\): field 'score'",
        ),
        (_set("prepost_responses", question_id="not-asked"), r"field 'question_id' is not a question its test asks"),
        (_set("prepost_responses", response="x" * 40_000), r"field 'response' is larger than 16 KB"),
        (_set("cohort_members", added="2026-03-01"), r"cohort_members\.jsonl, line 1 .*: field 'added' is not a UTC"),
        (_set("cohort_members", learner_id=str(uuid.uuid4())), r"field 'learner_id' names a learner the bundle lacks"),
    ],
)
def test_an_out_of_range_value_refuses_the_whole_bundle_naming_file_record_and_field(session, change, message):
    trainer = session["trainer"]
    before = trainer.sync.store.snapshot()
    result = import_(trainer, forge(session, "bad.zip", change))
    assert result.imported == [] and len(result.errors) == 1
    assert "bad.zip" in result.errors[0] and "Nothing from this file was imported" in result.errors[0]
    assert re.search(message, result.errors[0]), result.errors[0]
    assert trainer.sync.store.snapshot() == before


def test_anonymous_feedback_carries_no_learner_and_only_its_day(session):
    with zipfile.ZipFile(session["bundle"]) as zf:
        lines = [json.loads(line) for line in zf.read("module_feedback.jsonl").decode().splitlines()]
    [anonymous] = [r for r in lines if r["comment"] == "Too fast for me"]
    assert anonymous["learner_id"] is None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", anonymous["given"])
    # A time on feedback without a learner is refused: it would let the reader match it to answers.
    named = next(r for r in lines if r["learner_id"] is not None)

    def timed(records):
        for r in records["module_feedback"]:
            if r["learner_id"] is None:
                r["given"] = named["given"]

    forged = forge(session, "timed.zip", timed)
    result = import_(session["trainer"], forged)
    assert re.search(r"field 'given' must be a day \(YYYY-MM-DD\) on anonymous feedback", result.errors[0])


def test_feedback_of_a_deleted_learner_travels_with_its_day_only(session):
    laptop = session["laptop"]
    laptop.store.db.execute("UPDATE module_feedback SET learner_id = NULL")  # as ON DELETE SET NULL leaves it
    laptop.store.db.conn.commit()
    path = laptop.sync.export_progress(session["tmp"] / "later.zip").path
    givens = [r["given"] for r in read_bundle(path).records["module_feedback"]]
    assert len(givens) == 2 and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", g) for g in givens)


def test_exporting_one_learner_carries_the_anonymous_feedback_too(session):
    laptop = session["laptop"]
    other = laptop.learners.create("Bolat", "judge", "almaty")
    path = laptop.sync.export_progress(session["tmp"] / "bolat.zip", [other.id]).path
    records = read_bundle(path).records
    assert [r["comment"] for r in records["module_feedback"]] == ["Too fast for me"]
    assert records["prepost_attempts"] == [] and records["attitude_answers"] == []


# Trust and formats ----------------------------------------------------------------------------------
def test_another_device_may_not_add_records_for_the_laptops_learner(session):
    trainer = session["trainer"]
    assert import_(trainer, session["bundle"]).errors == []
    before = trainer.sync.store.snapshot()

    def change(records):
        for table in list(records):
            if table not in ("learners", "attitude_answers"):
                records[table] = []
        for r in records["attitude_answers"]:
            r["phase"] = "post"

    forged = forge(session, "other-device.zip", change, key=Ed25519PrivateKey.generate())
    result = import_(trainer, forged)
    assert result.imported == [] and "adds records for Aida" in result.errors[0]
    assert trainer.sync.store.snapshot() == before
    allowed = trusting(forged)
    allowed.allow_learners.add(session["aida"])
    assert import_(trainer, forged, decisions=allowed).counts.new["attitude_answers"] == len(session["statements"])


def test_a_membership_of_a_cohort_the_database_lacks_is_skipped(session, tmp_path):
    office = AppContext.open(tmp_path / "office", SAMPLE_MODULES)
    try:
        result = import_(office, session["bundle"])
        assert result.errors == [] and result.counts.skipped["cohort_members"] == 1
        assert result.counts.new["cohort_members"] == 0 and result.counts.new["prepost_attempts"] == 1
    finally:
        office.close()


def test_a_format_2_bundle_without_session_records_still_imports(session, monkeypatch):
    monkeypatch.setattr(bundle_module, "FORMAT_VERSION", 2)
    old = forge(session, "old.zip", lambda r: None)
    monkeypatch.undo()
    with zipfile.ZipFile(old) as zf:
        assert not any(n.startswith(SESSION_TABLES) for n in zf.namelist())
    bundle = read_bundle(old)
    assert bundle.format_version == 2 and all(bundle.records[t] == [] for t in SESSION_TABLES)
    result = import_(session["trainer"], old)
    assert result.errors == [] and result.counts.new["learners"] == 1
    assert all(result.counts.new[t] == 0 for t in SESSION_TABLES)


def test_a_learner_the_trainer_took_out_of_the_cohort_is_not_put_back_by_a_bundle(session):
    trainer = session["trainer"]
    assert import_(trainer, session["bundle"]).errors == []
    assert trainer.cohorts.remove_members(session["cohort"], [session["aida"]]) == 1
    again = import_(trainer, session["bundle"])
    assert again.errors == [] and again.counts.skipped["cohort_members"] == 1
    assert trainer.cohorts.members(session["cohort"]) == []
    # Added again by the trainer, the learner stays a member whatever bundles say.
    assert trainer.cohorts.add_members(session["cohort"], [session["aida"]]) == 1
    assert import_(trainer, session["bundle"]).counts.present["cohort_members"] == 1
    assert [m.learner_id for m in trainer.cohorts.members(session["cohort"])] == [session["aida"]]


def test_a_finished_copy_of_a_test_stored_unfinished_keeps_the_row_and_adds_its_answers(session):
    """As with quiz attempts: the stored row is never rewritten; the answers, new keys, are added."""
    trainer = session["trainer"]
    records = session["laptop"].sync.store.export_records()
    [learner], [sent] = records["learners"], records["prepost_attempts"]
    db = trainer.store.db
    with db.atomic():
        db.execute(
            "INSERT INTO learners (id, name, role, region, unit, created) VALUES (?, ?, ?, ?, ?, ?)",
            [learner[k] for k in ("id", "name", "role", "region", "unit", "created")],
        )
        unfinished = [sent[k] for k in ("id", "learner_id", "cohort_id", "phase", "started")]
        db.execute(
            "INSERT INTO prepost_attempts (id, learner_id, cohort_id, phase, started, plan, content_versions) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [*unfinished, json.dumps(sent["plan"]), json.dumps(sent["content_versions"])],
        )
    decisions = trusting(session["bundle"])
    decisions.allow_learners.add(session["aida"])
    result = import_(trainer, session["bundle"], decisions=decisions)
    assert result.errors == []
    assert [(c.table, c.fields) for c in result.new_conflicts] == [("prepost_attempts", ("finished", "score"))]
    assert db.execute("SELECT finished, score FROM prepost_attempts").fetchall() == [(None, None)]
    assert result.counts.new["prepost_responses"] == 2

"""Cohorts through the service: members, assignments, standing, the report filter, and cohort files
moving from a trainer's database to a laptop under the trust and replacement rules."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from tests.conftest import SAMPLE_MODULES
from trainer.domain.analytics import ReportFilter
from trainer.domain.cohorts import CohortError
from trainer.domain.grading import key_response
from trainer.services.cohorts import CohortImportError, UntrustedKey
from trainer.services.context import AppContext

TODAY = dt.date(2026, 3, 20)


def _attempt(ctx: AppContext, learner_id: str, module_id: str, right: bool = True, finish: bool = True) -> None:
    session = ctx.quizzes.start_or_resume(learner_id, ctx.catalogue.modules[module_id])
    for q in session.questions if right else []:
        ctx.quizzes.answer(session, q.id, key_response(q))
    if finish:
        ctx.quizzes.finish(session)


@pytest.fixture
def trainer(tmp_path):
    ctx = AppContext.open(tmp_path / "trainer", SAMPLE_MODULES)
    ctx.cohorts.clock = lambda: TODAY
    yield ctx
    ctx.close()


@pytest.fixture
def laptop(tmp_path):
    ctx = AppContext.open(tmp_path / "laptop", SAMPLE_MODULES)
    ctx.cohorts.clock = lambda: TODAY
    yield ctx
    ctx.close()


@pytest.fixture
def group(trainer):
    """Saule passed the first module, Marat failed it, Dana is in another cohort."""
    first, second = list(trainer.catalogue.modules)
    saule = trainer.learners.create("Saule", "police", "astana")
    marat = trainer.learners.create("Marat", "judge", "almaty")
    dana = trainer.learners.create("Dana", "police", "astana")
    _attempt(trainer, saule.id, first)
    _attempt(trainer, marat.id, first, right=False)
    cohort = trainer.cohorts.create("March", "A. Nurlanova", dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert trainer.cohorts.add_members(cohort.id, [saule.id, marat.id, saule.id, "no-such-learner"]) == 2
    trainer.cohorts.assign(cohort.id, first, dt.date(2026, 3, 12))
    trainer.cohorts.assign(cohort.id, second, dt.date(2026, 3, 30))
    return {
        "cohort": cohort.id,
        "first": first,
        "second": second,
        "saule": saule.id,
        "marat": marat.id,
        "dana": dana.id,
    }


def test_standing_per_member(trainer, group):
    by_name = {s.member.name: s for s in trainer.cohorts.standings(group["cohort"])}
    assert by_name["Saule"].status == "on_track" and by_name["Saule"].done == 1
    assert by_name["Marat"].status == "overdue" and by_name["Marat"].overdue_modules == (group["first"],)
    # Activity happened "now" (2026-12 on this machine's clock); seen from a later day, Saule is at risk.
    later = dt.date.fromisoformat(by_name["Saule"].last_activity[:10]) + dt.timedelta(days=7)
    trainer.cohorts.assign(group["cohort"], group["second"], later + dt.timedelta(days=30))
    assert {s.member.name: s.status for s in trainer.cohorts.standings(group["cohort"], later)}["Saule"] == "at_risk"
    trainer.cohorts.set_at_risk_days(8)
    assert trainer.cohorts.at_risk_days() == 8
    assert {s.member.name: s.status for s in trainer.cohorts.standings(group["cohort"], later)}["Saule"] == "on_track"
    with pytest.raises(CohortError):
        trainer.cohorts.set_at_risk_days(0)


def test_the_report_filter_keeps_only_the_cohort(trainer, group):
    f = ReportFilter(cohort_id=group["cohort"], cohort_name="March")
    assert {r.name for r in trainer.reports.completion_matrix(f)} == {"Saule", "Marat"}
    assert trainer.reports.summary(f).learners == 2 and trainer.reports.summary().learners == 3
    assert ("Cohort", "March") in f.describe()


def test_deleting_a_cohort_keeps_learners_and_progress(trainer, group):
    before = trainer.store.db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0]
    trainer.cohorts.delete(group["cohort"])
    assert trainer.cohorts.cohorts() == []
    assert len(trainer.store.learners()) == 3
    assert trainer.store.db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == before
    assert trainer.store.db.execute("SELECT COUNT(*) FROM cohort_assignments").fetchone()[0] == 0


def test_only_installed_modules_and_sane_days_can_be_assigned(trainer, group):
    with pytest.raises(CohortError):
        trainer.cohorts.assign(group["cohort"], "no-such-module", TODAY)
    with pytest.raises(CohortError):
        trainer.cohorts.assign(group["cohort"], group["first"], dt.date(1999, 1, 1))


def test_home_lists_a_members_assignments_with_what_is_passed(trainer, group):
    items = trainer.cohorts.learner_assignments(group["saule"])
    assert [(a.module_id, a.passed, a.overdue(TODAY)) for a in items] == [
        (group["first"], True, False),
        (group["second"], False, False),
    ]
    assert trainer.cohorts.learner_assignments(group["dana"]) == []


def _export(trainer, group, tmp_path, name="c.qcohort"):
    return trainer.cohorts.export_file(group["cohort"], tmp_path / name).path


def _snapshot(ctx):
    db = ctx.store.db
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in ("attempts", "responses", "learners")}


def test_a_laptop_imports_from_a_trusted_trainer_only(trainer, laptop, group, tmp_path):
    path = _export(trainer, group, tmp_path)
    learner = laptop.learners.create("Aida", "police", "astana")
    _attempt(laptop, learner.id, group["first"], right=False)
    progress = _snapshot(laptop)
    checked = laptop.cohorts.check_file(path)
    with pytest.raises(UntrustedKey) as untrusted:
        laptop.cohorts.import_file(checked, learner.id)
    assert untrusted.value.fingerprint in str(untrusted.value)
    laptop.cohorts.trust_key(checked)
    assert laptop.cohorts.trust.keys("trainer")[0].public_key == checked.public_key
    outcome = laptop.cohorts.import_file(checked, learner.id)
    assert (outcome.change, outcome.assignments, outcome.member_added) == ("new", 2, True)
    assert [a.module_id for a in laptop.cohorts.learner_assignments(learner.id)] == [group["first"], group["second"]]
    assert _snapshot(laptop) == progress
    imported = laptop.cohorts.cohort(group["cohort"])
    assert imported.imported and imported.name == "March"
    with pytest.raises(CohortError):
        laptop.cohorts.assign(group["cohort"], group["first"], TODAY)


def test_a_newer_file_replaces_the_assignments_and_an_older_one_is_refused(trainer, laptop, group, tmp_path):
    old = _export(trainer, group, tmp_path, "old.qcohort")
    checked_old = laptop.cohorts.check_file(old)
    laptop.cohorts.trust_key(checked_old)
    laptop.cohorts.import_file(checked_old)
    trainer.cohorts.unassign(group["cohort"], group["second"])
    trainer.cohorts.assign(group["cohort"], group["first"], dt.date(2026, 4, 2))
    newer = trainer.cohorts.export_file(group["cohort"], tmp_path / "new.qcohort").path
    checked_new = laptop.cohorts.check_file(newer)
    # Export times have one-second resolution: make the second file visibly newer.
    checked_new = type(checked_new)(**{**checked_new.__dict__, "exported": "2099-01-01T00:00:00+00:00"})
    assert laptop.cohorts.import_file(checked_new).change == "replaced"
    assert [(a.module_id, a.due) for a in laptop.cohorts.assignments(group["cohort"])] == [
        (group["first"], dt.date(2026, 4, 2))
    ]
    with pytest.raises(CohortImportError, match="before the one already imported"):
        laptop.cohorts.import_file(checked_old)
    assert len(laptop.cohorts.assignments(group["cohort"])) == 1


def test_another_trainers_file_cannot_replace_a_cohort(trainer, laptop, group, tmp_path, monkeypatch):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from trainer.sync.cohort_file import write_cohort_file

    path = _export(trainer, group, tmp_path)
    checked = laptop.cohorts.check_file(path)
    laptop.cohorts.trust_key(checked)
    laptop.cohorts.import_file(checked)
    other = tmp_path / "other.qcohort"
    write_cohort_file(
        other,
        key=Ed25519PrivateKey.generate(),
        device_id=str(uuid.uuid4()),
        app_version="x",
        cohort_id=group["cohort"],
        name="Hijacked",
        trainers="",
        starts=None,
        ends=None,
        assignments=[],
        members=[],
        exported="2099-01-01T00:00:00+00:00",
    )
    checked_other = laptop.cohorts.check_file(other)
    laptop.cohorts.trust_key(checked_other)
    with pytest.raises(CohortImportError, match="another trainer's key"):
        laptop.cohorts.import_file(checked_other)
    assert laptop.cohorts.cohort(group["cohort"]).name == "March"
    # Nor can a file replace a cohort made in the database that reads it.
    with pytest.raises(CohortImportError, match="made in this database"):
        trainer.cohorts.trust_key(checked)
        trainer.cohorts.import_file(checked)


def test_a_revoked_trainer_key_is_refused(trainer, laptop, group, tmp_path):
    checked = laptop.cohorts.check_file(_export(trainer, group, tmp_path))
    laptop.cohorts.trust_key(checked)
    laptop.cohorts.trust.revoke(checked.public_key)
    with pytest.raises(UntrustedKey, match="revoked"):
        laptop.cohorts.import_file(checked)
    with pytest.raises(UntrustedKey):
        laptop.cohorts.trust_key(checked)


def test_the_cohort_sheet(trainer, group, tmp_path):
    rows = trainer.cohorts.sheet_rows(group["cohort"])
    assert len(rows) == 4
    marat_first = next(r for r in rows if r[2] == "Marat" and r[7] == group["first"])
    assert (marat_first[6], marat_first[10], marat_first[12]) == ("overdue", "completed", "yes")
    path = trainer.cohorts.export_sheet(group["cohort"], tmp_path / "c.xlsx")
    assert path.read_bytes()[:2] == b"PK"

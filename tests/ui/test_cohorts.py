"""Cohorts end to end in the windows: a trainer makes a cohort, adds members, assigns modules with
due days and exports the signed cohort file; a learner's laptop (a second data folder) imports it
and Home lists the assignments. A tampered file is refused with a message that says why."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import SAMPLE_MODULES
from trainer.domain.grading import key_response
from trainer.services.context import AppContext
from trainer.ui.cohort_import import CohortImportAsk
from trainer.ui.dialogs import Ask
from trainer.ui.main_window import MainWindow
from trainer.ui.trainer.cohort_dialogs import CohortAsk
from trainer.ui.trainer.workspace import TrainerWorkspace


def _pass(ctx: AppContext, learner_id: str, module_id: str) -> None:
    session = ctx.quizzes.start_or_resume(learner_id, ctx.catalogue.modules[module_id])
    for q in session.questions:
        ctx.quizzes.answer(session, q.id, key_response(q))
    ctx.quizzes.finish(session)


@pytest.fixture
def messages(monkeypatch):
    """Every information and warning box, as (kind, text), instead of modal windows."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(Ask, "inform", staticmethod(lambda parent, title, text: seen.append(("inform", text))))
    monkeypatch.setattr(Ask, "warn", staticmethod(lambda parent, title, text: seen.append(("warn", text))))
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a, **k: True))
    return seen


@pytest.fixture
def trainer(tmp_path):
    ctx = AppContext.open(tmp_path / "trainer", SAMPLE_MODULES)
    yield ctx
    ctx.close()


@pytest.fixture
def workspace(qtbot, trainer):
    w = TrainerWorkspace(trainer)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=10000)
    yield w
    w.runner.shutdown()
    w.close()


def _make_cohort(workspace: TrainerWorkspace, trainer: AppContext, monkeypatch, tmp_path: Path) -> tuple[Path, dict]:
    """Through the Cohorts tab: create, add two members, assign both sample modules, export the file."""
    saule = trainer.learners.create("Saule Bekova", "police", "astana", "District 4")
    trainer.learners.create("Marat Zhaksylykov", "judge", "almaty")
    trainer.learners.create("Not In Cohort", "police", "astana")
    first, second = list(trainer.catalogue.modules)
    _pass(trainer, saule.id, first)
    tab = workspace.cohorts
    workspace.tabs.setCurrentWidget(tab)
    today = trainer.cohorts.clock()
    monkeypatch.setattr(
        CohortAsk,
        "cohort",
        staticmethod(
            lambda parent, cohort=None: ("Inspectors, March", "A. Nurlanova", today, today + dt.timedelta(13))
        ),
    )
    cohort = tab.new_cohort()
    assert cohort is not None and tab.current_id() == cohort.id
    offered: list[list[str]] = []

    def choose(parent, choices):
        offered.append([c[1] for c in choices])
        return [c[0] for c in choices if c[1] != "Not In Cohort"]

    monkeypatch.setattr(CohortAsk, "members", staticmethod(choose))
    assert tab.add_members() == 2
    assert "Not In Cohort" in offered[0]
    dues = {first: today - dt.timedelta(days=2), second: today + dt.timedelta(days=5)}
    for module_id, due in dues.items():
        monkeypatch.setattr(CohortAsk, "assign", staticmethod(lambda *a, m=module_id, d=due: (m, d)))
        tab.assign_module()
    assert tab.assignments.rowCount() == 2
    standing = {tab.members.item(r, 0).text(): tab.members.item(r, 3).text() for r in range(tab.members.rowCount())}
    # Saule passed the overdue module; Marat did not, so he is overdue (in words, not colour only).
    assert standing == {"Marat Zhaksylykov": "Overdue", "Saule Bekova": "On track"}
    target = tmp_path / "inspectors"
    monkeypatch.setattr(Ask, "save_path", staticmethod(lambda *a: str(target)))
    path = tab.export_for_laptops()
    assert path is not None and path.exists() and path.suffix == ".qcohort"
    return path, {"first": first, "second": second, "cohort": cohort.id, "dues": dues}


def test_a_cohort_reaches_the_laptop_and_its_home_lists_the_assignments(
    qtbot, workspace, trainer, monkeypatch, tmp_path, messages
):
    path, ids = _make_cohort(workspace, trainer, monkeypatch, tmp_path)
    fingerprint = trainer.cohorts.export_file(ids["cohort"], tmp_path / "again.qcohort").fingerprint
    assert fingerprint in messages[-1][1]

    laptop = AppContext.open(tmp_path / "laptop", SAMPLE_MODULES)
    try:
        learner = laptop.learners.create("Aida Learner", "police", "astana")
        window = MainWindow(laptop, "en")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.set_learner(learner)
        assert not window.assigned.isVisibleTo(window)
        asked: list[str] = []
        monkeypatch.setattr(CohortImportAsk, "open_path", staticmethod(lambda parent: str(path)))
        monkeypatch.setattr(
            CohortImportAsk, "trust", staticmethod(lambda parent, *info: asked.append(info[-1]) or True)
        )
        outcome = window.import_assignments()
        assert outcome is None  # the window method returns nothing; the block shows the result
        assert asked == [fingerprint]  # the fingerprint was shown before trusting the key
        assert laptop.cohorts.trust.is_trusted(laptop.cohorts.check_file(path).public_key, ("trainer",))
        block = window.assigned
        assert block.isVisibleTo(window)
        rows = {
            block.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): [
                block.tree.topLevelItem(i).text(c) for c in range(3)
            ]
            for i in range(block.tree.topLevelItemCount())
        }
        overdue_day = ids["dues"][ids["first"]]
        assert block.heading.text() == "Assigned by your trainer"
        assert rows[ids["first"]][1].startswith("due ")
        assert str(overdue_day.day) in rows[ids["first"]][1]
        assert rows[ids["first"]][2] == "Overdue by 2 day(s)"
        assert rows[ids["second"]][2] == "Due in 5 day(s)"
        # Importing changed no progress on the laptop.
        assert laptop.store.attempts(learner.id) == []
        # A second import of the same file changes nothing and asks nothing.
        window.import_assignments()
        assert asked == [fingerprint]
        assert "already imported" in messages[-1][1]
        window.close()
    finally:
        laptop.close()


def test_a_tampered_cohort_file_is_refused_with_a_clear_message(
    qtbot, workspace, trainer, monkeypatch, tmp_path, messages
):
    path, _ids = _make_cohort(workspace, trainer, monkeypatch, tmp_path)
    envelope = json.loads(path.read_text(encoding="utf-8"))
    other = path.with_name("tampered.qcohort")
    fresh = trainer.cohorts.check_file(path)
    # The same cohort with a later due day, packed by someone without the trainer's key.
    from trainer.sync import cohort_file

    forged = tmp_path / "forged.qcohort"
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    cohort_file.write_cohort_file(
        forged,
        key=Ed25519PrivateKey.generate(),
        device_id=fresh.device_id,
        app_version="x",
        cohort_id=fresh.cohort_id,
        name=fresh.name,
        trainers=fresh.trainers,
        starts=fresh.starts,
        ends=fresh.ends,
        assignments=[(m, d + dt.timedelta(days=30)) for m, d in fresh.assignments],
        members=list(fresh.members),
    )
    envelope["payload"] = json.loads(forged.read_text(encoding="utf-8"))["payload"]
    other.write_text(json.dumps(envelope), encoding="utf-8")

    laptop = AppContext.open(tmp_path / "laptop", SAMPLE_MODULES)
    try:
        window = MainWindow(laptop, "en")
        qtbot.addWidget(window)
        monkeypatch.setattr(CohortImportAsk, "open_path", staticmethod(lambda parent: str(other)))
        monkeypatch.setattr(CohortImportAsk, "trust", staticmethod(lambda *a: pytest.fail("asked to trust")))
        window.import_assignments()
        kind, text = messages[-1]
        assert kind == "warn"
        assert "tampered.qcohort" in text and "signature that does not match" in text and "Nothing" in text
        assert laptop.cohorts.cohorts() == []
        window.close()
    finally:
        laptop.close()


def test_every_dashboard_filter_can_choose_a_cohort(qtbot, workspace, trainer, monkeypatch, tmp_path, messages):
    _path, ids = _make_cohort(workspace, trainer, monkeypatch, tmp_path)
    bar = workspace.filter_bar
    assert bar.cohort.findData(ids["cohort"]) > 0
    workspace.tabs.setCurrentWidget(workspace.dashboard)
    bar.select(bar.cohort, ids["cohort"])
    bar.flush()
    qtbot.waitUntil(lambda: not workspace.runner.busy, timeout=10000)
    f = workspace.current_filter()
    assert f.cohort_id == ids["cohort"]
    assert trainer.reports.summary(f).learners == 2
    assert trainer.reports.summary().learners == 3
    assert ("cohort", "Inspectors, March") in workspace.describe_filter()
    # Deleting the cohort keeps its learners and their progress, and the filter falls back to all.
    workspace.tabs.setCurrentWidget(workspace.cohorts)
    assert workspace.cohorts.delete_cohort()
    assert bar.cohort.findData(ids["cohort"]) == -1 and bar.cohort.currentData() is None
    assert len(trainer.store.learners()) == 3
    assert trainer.reports.summary().passed == 1


def test_the_session_report_is_one_click(qtbot, workspace, trainer, monkeypatch, tmp_path, messages):
    _path, _ids = _make_cohort(workspace, trainer, monkeypatch, tmp_path)
    target = tmp_path / "session.pdf"
    monkeypatch.setattr(Ask, "save_path", staticmethod(lambda *a: str(target)))
    assert workspace.cohorts.session_report() == target
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    for words in ("Inspectors, March", "Saule Bekova", "Marat Zhaksylykov", "Completion per assigned module"):
        assert words in text
    assert "On track: 1. At risk: 0. Overdue: 1." in text
    sheet = tmp_path / "sheet.csv"
    monkeypatch.setattr(Ask, "save_path", staticmethod(lambda *a: str(sheet)))
    assert workspace.cohorts.export_sheet() == sheet
    assert sheet.read_text(encoding="utf-8-sig").count("\n") == 1 + 2 * 2


def test_the_member_list_is_searchable(qtbot):
    from trainer.ui.trainer.cohort_dialogs import MembersDialog

    choices = [
        ("a", "Saule Bekova", "police", "astana", "District 4", True),
        ("b", "Marat Zhaksylykov", "judge", "almaty", "Court", True),
        ("c", "Dana Omarova", "police", "astana", "", False),
    ]
    dialog = MembersDialog(choices)
    qtbot.addWidget(dialog)
    dialog.search.setText("police ast")
    shown = [dialog.list.item(i).text() for i in range(3) if not dialog.list.item(i).isHidden()]
    assert [s.split(" — ")[0] for s in shown] == ["Saule Bekova", "Dana Omarova"]
    assert "(inactive)" in shown[1]
    dialog.list.item(2).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == ["c"]


def test_a_cohort_that_ends_before_it_starts_is_not_accepted(qtbot):
    from PySide6.QtCore import QDate

    from trainer.ui.trainer.cohort_dialogs import CohortDialog

    dialog = CohortDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("March")
    dialog.starts.setDate(QDate(2026, 3, 10))
    dialog.ends.setDate(QDate(2026, 3, 1))
    dialog._accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problem.text() == "The last day comes before the first day."
    dialog.ends.setDate(QDate(2026, 3, 20))
    dialog._accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values() == ("March", "", dt.date(2026, 3, 10), dt.date(2026, 3, 20))


def test_the_laptop_says_which_assigned_modules_it_lacks_and_which_tests_arrived(
    qtbot, workspace, trainer, monkeypatch, tmp_path, messages
):
    """A laptop whose content is older than the trainer's is told what it cannot take yet."""
    import shutil

    path, ids = _make_cohort(workspace, trainer, monkeypatch, tmp_path)
    trainer.measures.open_test(ids["cohort"], "pre", [ids["first"], ids["second"]], items=2)
    path = trainer.cohorts.export_file(ids["cohort"], tmp_path / "with-tests.qcohort").path
    older = tmp_path / "older-content"
    shutil.copytree(SAMPLE_MODULES, older)
    missing = ids["second"]
    for item in older.iterdir():
        if item.name.startswith(missing):
            shutil.rmtree(item) if item.is_dir() else item.unlink()
    laptop = AppContext.open(tmp_path / "laptop", older)
    try:
        assert missing not in laptop.catalogue.modules
        learner = laptop.learners.create("Aida Learner", "police", "astana")
        window = MainWindow(laptop, "en")
        qtbot.addWidget(window)
        window.show()
        window.set_learner(learner)
        monkeypatch.setattr(CohortImportAsk, "open_path", staticmethod(lambda parent: str(path)))
        monkeypatch.setattr(CohortImportAsk, "trust", staticmethod(lambda parent, *info: True))
        window.import_assignments()
        kind, text = messages[-1]
        assert kind == "inform"
        assert "Tests added: pre-test." in text
        assert "not installed on this computer" in text and missing in text
        window.close()
    finally:
        laptop.close()

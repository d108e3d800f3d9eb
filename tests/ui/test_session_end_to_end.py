"""A training session end to end, in the windows: a trainer's computer and a learner laptop (two data
folders) exchange a signed cohort file and progress bundles, learners take a pre-test, a module and a
post-test, and the session report's figures are recomputed here from the raw rows with plain sqlite3.

Only file pickers are answered by the test; every other step is done with the real widgets (the
trainer's dialogs are built and filled, then accepted, instead of being run modally).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt

from tests.conftest import SAMPLE_MODULES
from trainer.domain.grading import key_response
from trainer.domain.model import Matching, MultipleResponse, Numeric, Ordering, SingleChoice, TrueFalse
from trainer.services.context import AppContext
from trainer.services.session_report import Table, build_session_report
from trainer.storage.database import DB_FILENAME
from trainer.ui.cohort_import import CohortImportAsk
from trainer.ui.dialogs import Ask
from trainer.ui.main_window import MainWindow
from trainer.ui.sync_actions import PreviewDialog, SyncAsk
from trainer.ui.trainer.cohort_dialogs import AssignDialog, CohortAsk, CohortDialog, MembersDialog
from trainer.ui.trainer.workspace import TrainerWorkspace

FIRST, SECOND = "sample-01-basics", "sample-02-practice"
STATEMENTS = ("att-a", "att-b", "att-c", "att-d")
ATTITUDES_YAML = """\
statements:
""" + "".join(
    f"""  - id: {sid}
    sections: ["§4.1"]
    en: Statement {sid[-1].upper()} about a misconception.
    ru: Утверждение {sid[-1].upper()} о заблуждении.
    kk: Қате түсінік туралы {sid[-1].upper()} тұжырымы.
"""
    for sid in STATEMENTS
)

# Who the learners are and what they do: items answered right in the pre- and post-test (the first
# k of the test), agreement with each statement before and after (None: skipped), the modules they
# pass, and their feedback on the first module (relevance, confidence, clarity, comment, anonymous).
LEARNERS: list[dict[str, Any]] = [
    {
        "name": "Aigerim Serikbayeva",
        "region": "pavlodar",
        "pre": 0,
        "post": 3,
        "attitudes": ([5, 4, 4, 2], [2, 2, 1, 2]),
        "passes": [FIRST, SECOND],
        "feedback": (5, 4, 5, "Very useful cases", False),
    },
    {
        "name": "Bolat Nurlanov",
        "region": "astana",
        "pre": 1,
        "post": 2,
        "attitudes": ([4, None, 3, 3], [3, 2, 3, None]),
        "passes": [FIRST],
        "feedback": (4, 3, None, "", True),
    },
    {
        "name": "Dana Omarova",
        "region": "almaty",
        "pre": 2,
        "post": 2,
        "attitudes": ([3, 3, 2, 1], [3, 4, 2, 1]),
        "passes": [],
        "feedback": None,
    },
]


# Helpers ------------------------------------------------------------------------------------------------
def wrong_response(q: Any) -> Any:
    """A response that does not earn full marks, for any kind of knowledge question."""
    if isinstance(q, TrueFalse):
        return not q.answer
    if isinstance(q, SingleChoice):
        return next(o.id for o in q.options if o.id != q.answer)
    if isinstance(q, Numeric):
        return q.answer + 1000
    if isinstance(q, MultipleResponse):
        others = [o.id for o in q.options if o.id not in q.answer]
        return others or list(q.answer)[:1]
    if isinstance(q, Ordering):
        return list(reversed(q.answer))
    if isinstance(q, Matching):
        keys = list(q.answer)
        values = [q.answer[k] for k in keys]
        return dict(zip(keys, values[1:] + values[:1], strict=True))
    raise TypeError(type(q).__name__)


def fmt(value: float | None, digits: int = 1, signed: bool = False) -> str | None:
    """Numbers as the English session report prints them (its minus sign aside)."""
    if value is None:
        return None
    return f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"


def tables(report: Any, key: str) -> list[Table]:
    section = report.section(key)
    assert section is not None and not section.placeholder, f"the session report has no {key!r} section"
    return [b for b in section.body if isinstance(b, Table)]


def row_starting(report: Any, key: str, first: str) -> list[Any]:
    rows = [r for t in tables(report, key) for r in t.rows if r and r[0] == first]
    assert rows, f"no row {first!r} in section {key!r}"
    return rows[0]


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """The sample modules with a few attitude statements, shared by both computers."""
    root = tmp_path / "content"
    shutil.copytree(SAMPLE_MODULES, root)
    (root / "attitudes.yaml").write_text(ATTITUDES_YAML, encoding="utf-8")
    return root


@pytest.fixture
def dialogs(monkeypatch) -> list[tuple[str, str]]:
    """Every message box as (kind, text); confirmations are answered yes."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(Ask, "inform", staticmethod(lambda parent, title, text: seen.append(("inform", text))))
    monkeypatch.setattr(Ask, "warn", staticmethod(lambda parent, title, text: seen.append(("warn", text))))
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a, **k: True))
    monkeypatch.setattr(SyncAsk, "inform", staticmethod(lambda parent, text: seen.append(("inform", text))))
    monkeypatch.setattr(SyncAsk, "warn", staticmethod(lambda parent, text: seen.append(("warn", text))))
    return seen


class Session:
    """The two computers and the files carried between them."""

    def __init__(self, qtbot, tmp_path: Path, content: Path, monkeypatch, dialogs: list) -> None:
        self.qtbot, self.tmp, self.monkeypatch, self.dialogs = qtbot, tmp_path, monkeypatch, dialogs
        self.trainer = AppContext.open(tmp_path / "trainer", content)
        self.laptop = AppContext.open(tmp_path / "laptop", content)
        self.desk = self._window(self.trainer)  # the trainer's main window: Trainer → Import progress…
        self.desk.require_trainer = lambda: True  # the trainer's PIN was given
        self.workspace = TrainerWorkspace(self.trainer, "en")
        qtbot.addWidget(self.workspace)
        self.workspace.resize(1366, 768)
        self.workspace.show()
        qtbot.waitUntil(lambda: not self.workspace.runner.busy, timeout=10000)
        self.window = self._window(self.laptop)
        self.files = 0

    def _window(self, ctx: AppContext) -> MainWindow:
        window = MainWindow(ctx, "en")
        self.qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        return window

    def close(self) -> None:
        self.workspace.runner.shutdown()
        for w in (self.workspace, self.desk, self.window):
            w.close()
        self.trainer.close()
        self.laptop.close()

    def save_as(self, name: str) -> Path:
        """Answer the next save-file picker with a new file in tmp_path."""
        self.files += 1
        path = self.tmp / f"{self.files:02d}-{name}"
        self.monkeypatch.setattr(Ask, "save_path", staticmethod(lambda *a, **k: str(path)))
        return path

    # Laptop ---------------------------------------------------------------------------------------------
    def register(self, name: str, region: str) -> str:
        """A learner fills in the profile form on the laptop."""
        w = self.window
        if w.stack.currentWidget() is w.welcome:
            w.welcome.start_button.click()
        else:
            w.new_profile()
        form = w.profile_form
        assert w.stack.currentWidget() is form
        form.name.setText(name)
        form.role.setCurrentIndex(form.role.findData("police"))
        form.region.setCurrentIndex(form.region.findData(region))
        form.unit.setText("District police department")
        form.save_button.click()
        assert w.stack.currentWidget() is w.home and w.learner is not None and w.learner.name == name
        return w.learner.id

    def sign_in(self, learner_id: str) -> None:
        """The next learner starts Qorgau on the laptop and picks their profile."""
        self.window.close()
        self.window = self._window(self.laptop)
        self.window.set_learner(self.laptop.store.learner(learner_id))
        assert self.window.stack.currentWidget() is self.window.home

    def export_mine(self) -> Path:
        """Profile → Export my progress… for the learner signed in on the laptop."""
        path = self.save_as("progress.zip")
        done: list[Any] = []
        actions = self.window.sync_actions
        actions.exported.connect(done.append)
        before = len(self.dialogs)
        try:
            actions.export_mine_action.trigger()
            self.qtbot.waitUntil(
                lambda: bool(done) or any(k == "warn" for k, _ in self.dialogs[before:]), timeout=20000
            )
        finally:
            actions.exported.disconnect(done.append)
        assert done, f"the progress was not exported: {self.dialogs[before:]}"
        assert done[0].path == path
        return path

    def import_assignments(self, cohort_file: Path) -> None:
        """Profile → Import assignments…; the trainer key is trusted once, after showing its fingerprint."""
        shown: list[str] = []
        self.monkeypatch.setattr(CohortImportAsk, "open_path", staticmethod(lambda parent: str(cohort_file)))
        self.monkeypatch.setattr(
            CohortImportAsk, "trust", staticmethod(lambda parent, *info: shown.append(info[-1]) or True)
        )
        before = len(self.dialogs)
        self.window.import_assignments()
        news = self.dialogs[before:]
        assert news and news[-1][0] == "inform", news
        assert "cohort" in news[-1][1]

    # Trainer --------------------------------------------------------------------------------------------
    def import_bundles(self, bundles: list[Path]) -> None:
        """Trainer → Import progress…: read the preview, trust the laptop's key (compared), import."""

        def answer(parent, preview):
            assert preview.importable, preview.errors
            dialog = PreviewDialog(preview, parent)
            self.qtbot.addWidget(dialog)
            for i in range(dialog.trust.count()):
                dialog.trust.item(i).setCheckState(Qt.CheckState.Checked)
            return dialog.chosen()

        self.monkeypatch.setattr(SyncAsk, "open_paths", staticmethod(lambda parent, title: [str(p) for p in bundles]))
        self.monkeypatch.setattr(SyncAsk, "preview", staticmethod(answer))
        done: list[Any] = []
        actions = self.desk.sync_actions
        actions.imported.connect(done.append)
        before = len(self.dialogs)
        try:
            actions.import_action.trigger()
            self.qtbot.waitUntil(
                lambda: bool(done) or any(k == "warn" for k, _ in self.dialogs[before:]), timeout=30000
            )
        finally:
            actions.imported.disconnect(done.append)
        assert done, f"the bundles were not imported: {self.dialogs[before:]}"
        result = done[0]
        assert result.errors == [] and len(result.imported) == len(bundles), result.errors
        assert result.new_conflicts == []
        self.workspace.reload()
        self.qtbot.waitUntil(lambda: not self.workspace.runner.busy, timeout=10000)


def fill_in(dialog_class: type, fill: Callable[[Any], None]) -> Callable[..., Any]:
    """A CohortAsk answer that builds the real dialog, fills it in like a person, and presses OK."""

    def ask(parent, *args):
        dialog = dialog_class(*args, parent=parent) if dialog_class is not MembersDialog else dialog_class(*args)
        fill(dialog)
        if isinstance(dialog, CohortDialog):
            dialog._accept()
            assert dialog.result() == dialog.DialogCode.Accepted, dialog.problem.text()
            return dialog.values()
        dialog.accept()
        return dialog.chosen() if isinstance(dialog, MembersDialog) else dialog.values()

    return ask


def take_prepost(s: Session, right: int, attitudes: list[int | None], phase: str) -> list[str]:
    """On Home, the learner starts the test, answers the statements, and answers the first ``right``
    questions right and the others wrong; no score or key is shown at any point."""
    w = s.window
    flow = w.measures_flow
    w.show_home()
    assert flow.banner.isVisible(), f"the cohort file did not open the {phase}-test on the laptop"
    assert f"{phase}-test" in flow.banner.text.text()
    flow.banner.button.click()
    screen = flow.screen
    assert w.stack.currentWidget() is screen
    screen.begin_button.click()
    form = screen.attitudes
    assert screen.pages.currentWidget() is form
    for value in attitudes:
        if value is None:
            form.skip_button.click()
        else:
            form.buttons[value - 1].click()
            form.next_button.click()
    runner = screen.runner
    assert screen.pages.currentWidget() is runner
    asked = []
    while screen.pages.currentWidget() is runner:
        q = runner.current_question()
        runner.set_answer(key_response(q) if len(asked) < right else wrong_response(q))
        asked.append(q.id)
        runner.submit_button.click()
        assert not runner.feedback.isVisible()  # never right or wrong
    assert screen.pages.currentWidget() is screen.done and "%" not in screen.done_text.text()
    screen.done_button.click()
    assert w.stack.currentWidget() is w.home and not flow.banner.isVisible()
    return asked


def take_module(s: Session, module_id: str) -> None:
    from tests.ui.test_learner_flow import finish_quiz

    s.window.take_quiz(module_id, warn=False)
    finish_quiz(s.window)
    assert s.window.stack.currentWidget() is s.window.results


def give_feedback(s: Session, relevance: int, confidence: int, clarity: int | None, comment: str, anon: bool) -> None:
    w = s.window
    w.results.feedback_button.click()
    form = w.measures_flow.feedback
    assert w.stack.currentWidget() is form
    for name, value in (("relevance", relevance), ("confidence", confidence), ("clarity", clarity)):
        if value is not None:
            form.groups[name].button(value).click()
    form.comment.setPlainText(comment)
    form.anonymous.setChecked(anon)
    form.send_button.click()
    assert w.stack.currentWidget() is w.results


# The independent figures -----------------------------------------------------------------------------
def independent_figures(db_path: Path, cohort_id: str) -> dict[str, Any]:
    """The session report's figures from the raw rows, with plain SQL and arithmetic only."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        members = [r[0] for r in con.execute("SELECT learner_id FROM cohort_members WHERE cohort_id = ?", [cohort_id])]
        due = dict(con.execute("SELECT module_id, due FROM cohort_assignments WHERE cohort_id = ?", [cohort_id]))
        completion = {}
        for module_id in due:
            rows = con.execute(
                f"SELECT learner_id, MAX(finished IS NOT NULL), MAX(COALESCE(passed, 0)) FROM attempts "
                f"WHERE module_id = ? AND learner_id IN ({','.join('?' * len(members))}) GROUP BY learner_id",
                [module_id, *members],
            ).fetchall()
            completion[module_id] = {
                "started": len(rows),
                "completed": sum(1 for r in rows if r[1]),
                "passed": sum(1 for r in rows if r[2]),
            }
        # Knowledge gain: each learner's percentage of the items of each finished test (unanswered: 0).
        percent: dict[tuple[str, str], float] = {}
        for attempt_id, learner_id, phase, plan in con.execute(
            "SELECT id, learner_id, phase, plan FROM prepost_attempts WHERE cohort_id = ? AND finished IS NOT NULL",
            [cohort_id],
        ).fetchall():
            scores = dict(
                con.execute("SELECT question_id, score FROM prepost_responses WHERE attempt_id = ?", [attempt_id])
            )
            items = [qid for _mid, qid in json.loads(plan)]
            percent[(learner_id, phase)] = 100.0 * sum(scores.get(q, 0.0) for q in items) / len(items)
        paired = sorted({lid for lid, _ in percent if (lid, "pre") in percent and (lid, "post") in percent})
        pre = [percent[(lid, "pre")] for lid in paired]
        post = [percent[(lid, "post")] for lid in paired]
        raw = [b - a for a, b in zip(pre, post, strict=True)]
        mean_pre, mean_post, mean_raw = sum(pre) / len(pre), sum(post) / len(post), sum(raw) / len(raw)
        t975 = {1: 12.706, 2: 4.303, 3: 3.182}[len(raw) - 1]  # Student's t(0.975, df = n - 1), from the table
        half = t975 * statistics.stdev(raw) / len(raw) ** 0.5
        # Attitudes: per learner the mean of the statements answered both times; then over learners.
        values: dict[tuple[str, str, str], int] = {}
        for lid, phase, sid, value in con.execute(
            "SELECT learner_id, phase, statement_id, value FROM attitude_answers WHERE cohort_id = ? AND value IS NOT NULL",
            [cohort_id],
        ):
            values[(lid, sid, phase)] = value
        befores, afters = [], []
        for lid in sorted({k[0] for k in values}):
            both = [(values[(lid, s, "pre")], values[(lid, s, "post")]) for s in STATEMENTS
                    if (lid, s, "pre") in values and (lid, s, "post") in values]  # fmt: skip
            if both:
                befores.append(sum(b for b, _ in both) / len(both))
                afters.append(sum(a for _, a in both) / len(both))
        per_statement = {}
        for sid in STATEMENTS:
            pairs = [(values[(lid, sid, "pre")], values[(lid, sid, "post")]) for lid in paired
                     if (lid, sid, "pre") in values and (lid, sid, "post") in values]  # fmt: skip
            per_statement[sid] = (
                len(pairs),
                sum(b for b, _ in pairs) / len(pairs),
                sum(a for _, a in pairs) / len(pairs),
            )
        feedback = {}
        for module_id, n, relevance, confidence, clarity, comments in con.execute(
            "SELECT module_id, COUNT(*), AVG(relevance), AVG(confidence), AVG(clarity), COUNT(comment) "
            "FROM module_feedback WHERE cohort_id = ? GROUP BY module_id",
            [cohort_id],
        ):
            feedback[module_id] = {
                "responses": n,
                "relevance": relevance,
                "confidence": confidence,
                "clarity": clarity,
                "comments": comments,
            }
        return {
            "participants": len(members),
            "completion": completion,
            "paired": len(paired),
            "pre": mean_pre,
            "post": mean_post,
            "raw": mean_raw,
            "ci": (mean_raw - half, mean_raw + half),
            "normalised": (mean_post - mean_pre) / (100.0 - mean_pre),
            "learner_raw": {lid: r for lid, r in zip(paired, raw, strict=True)},
            "attitude_n": len(befores),
            "attitude_before": sum(befores) / len(befores),
            "attitude_after": sum(afters) / len(afters),
            "statements": per_statement,
            "feedback": feedback,
        }
    finally:
        con.close()


# The test ------------------------------------------------------------------------------------------------
def test_a_training_session_from_cohort_to_session_report(qtbot, tmp_path, content, monkeypatch, dialogs):
    s = Session(qtbot, tmp_path, content, monkeypatch, dialogs)
    try:
        run_session(s)
    finally:
        s.close()


def run_session(s: Session) -> None:
    today = s.trainer.cohorts.clock()

    # 1. Three learners register on the laptop and hand in their first (empty) progress.
    ids = [s.register(p["name"], p["region"]) for p in LEARNERS]
    first_bundles = []
    for lid in ids:
        s.sign_in(lid)
        first_bundles.append(s.export_mine())
    s.import_bundles(first_bundles)
    assert {learner.id for learner in s.trainer.store.learners()} == set(ids)
    absent = s.trainer.learners.create("Yerlan Kasymov", "police", "astana", "District police department")

    # 2. Cohorts tab: create the cohort, add the members, assign both modules with due days.
    ws = s.workspace
    tab = ws.cohorts
    ws.tabs.setCurrentWidget(tab)

    def cohort_form(d: CohortDialog) -> None:
        d.name.setText("District inspectors, March")
        d.trainers.setText("A. Nurlanova")
        d.starts.setDate(QDate(today.year, today.month, today.day).addDays(-3))
        d.ends.setDate(QDate(today.year, today.month, today.day).addDays(10))

    s.monkeypatch.setattr(CohortAsk, "cohort", staticmethod(fill_in(CohortDialog, cohort_form)))
    cohort = tab.new_cohort()
    assert cohort is not None and tab.current_id() == cohort.id

    def tick_all(d: MembersDialog) -> None:
        for i in range(d.list.count()):
            d.list.item(i).setCheckState(Qt.CheckState.Checked)

    s.monkeypatch.setattr(CohortAsk, "members", staticmethod(fill_in(MembersDialog, tick_all)))
    assert tab.add_members() == 4
    dues = {FIRST: today - dt.timedelta(days=1), SECOND: today + dt.timedelta(days=7)}
    for module_id, due in dues.items():

        def assign_form(d: AssignDialog, module_id: str = module_id, due: dt.date = due) -> None:
            d.module.setCurrentIndex(d.module.findData(module_id))
            d.due.setDate(QDate(due.year, due.month, due.day))

        s.monkeypatch.setattr(CohortAsk, "assign", staticmethod(fill_in(AssignDialog, assign_form)))
        tab.assign_module()
    assert tab.assignments.rowCount() == 2 and tab.members.rowCount() == 4

    # 3. Pre/post tab: the assigned modules are ticked; open the pre-test (2 + 1 items per learner).
    measures = ws.measures
    ws.tabs.setCurrentWidget(measures)
    measures.cohort.setCurrentIndex(measures.cohort.findData(cohort.id))
    ticked = {
        measures.modules.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(measures.modules.count())
        if measures.modules.item(i).checkState() == Qt.CheckState.Checked
    }
    assert ticked == {FIRST, SECOND}
    measures.pre_button.click()
    assert not measures.pre_button.isEnabled() and measures.post_button.isEnabled()

    # 4. Export the cohort file for the laptop.
    ws.tabs.setCurrentWidget(tab)
    s.save_as("cohort.qcohort")
    cohort_file = tab.export_for_laptops()
    assert cohort_file is not None and cohort_file.exists()

    # 5. On the laptop each learner imports the assignments, sees them on Home, takes the pre-test,
    #    the assigned modules they pass, gives feedback, and exports the progress.
    pre_asked: dict[str, list[str]] = {}
    bundles = []
    for lid, p in zip(ids, LEARNERS, strict=True):
        s.sign_in(lid)
        s.import_assignments(cohort_file)
        block = s.window.assigned
        assert block.isVisibleTo(s.window) and block.tree.topLevelItemCount() == 2
        states = {
            block.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): block.tree.topLevelItem(i).text(2)
            for i in range(2)
        }
        assert states == {FIRST: "Overdue by 1 day(s)", SECOND: "Due in 7 day(s)"}
        pre_asked[lid] = take_prepost(s, p["pre"], p["attitudes"][0], "pre")
        for module_id in p["passes"]:
            take_module(s, module_id)
            if module_id == FIRST and p["feedback"]:
                give_feedback(s, *p["feedback"])
        bundles.append(s.export_mine())

    # 6. The trainer imports the bundles, opens the post-test and exports the cohort file again.
    s.import_bundles(bundles)
    trainer_db = s.trainer.data_dir / DB_FILENAME
    with sqlite3.connect(f"file:{trainer_db}?mode=ro", uri=True) as con:
        arrived = con.execute(
            "SELECT COUNT(*) FROM prepost_attempts WHERE cohort_id = ? AND phase = 'pre'", [cohort.id]
        ).fetchone()[0]
    assert arrived == len(ids), "the bundles did not carry the pre-test attempts"
    ws.tabs.setCurrentWidget(measures)
    measures.reload()
    measures.cohort.setCurrentIndex(measures.cohort.findData(cohort.id))
    measures.post_button.click()
    assert not measures.post_button.isEnabled()
    ws.tabs.setCurrentWidget(tab)
    s.save_as("cohort-post.qcohort")
    cohort_file = tab.export_for_laptops()
    assert cohort_file is not None

    # 7. On the laptop: the post-test (other items than the pre-test), then the progress goes back.
    bundles = []
    for lid, p in zip(ids, LEARNERS, strict=True):
        s.sign_in(lid)
        s.import_assignments(cohort_file)
        post_asked = take_prepost(s, p["post"], p["attitudes"][1], "post")
        assert not set(post_asked) & set(pre_asked[lid])  # parallel forms: no item asked twice
        bundles.append(s.export_mine())
    s.import_bundles(bundles)

    # 8. The session report, one click in the Cohorts tab.
    ws.tabs.setCurrentWidget(tab)
    tab.select(cohort.id)
    target = s.save_as("session.pdf")
    assert tab.session_report() == target and target.stat().st_size > 0

    # The report's figures equal the ones recomputed from the raw rows.
    expected = independent_figures(trainer_db, cohort.id)
    report = build_session_report(s.trainer.cohorts, cohort.id, "en")
    assert expected["participants"] == len(report.participants) == 4
    assert absent.id in {m.member.learner_id for m in report.participants}
    for m in report.modules:
        c = expected["completion"][m.module_id]
        assert (m.started, m.completed, m.passed, m.members) == (c["started"], c["completed"], c["passed"], 4)
    assert {m.module_id: m.passed for m in report.modules} == {FIRST: 2, SECOND: 1}

    assert expected["paired"] == 3
    row = row_starting(report, "pre_post", "Whole cohort")
    assert row[1] == expected["paired"]
    assert row[2] == pytest.approx(expected["pre"]) and row[3] == pytest.approx(expected["post"])
    assert row[4] == pytest.approx(expected["raw"])
    assert row[5] == pytest.approx(expected["ci"])
    assert row[6] == pytest.approx(expected["normalised"])
    assert row[7] == "too few to conclude"  # 3 paired learners, fewer than 5
    # Different learners gained differently: the means are not a single learner's figures.
    assert len({round(r, 6) for r in expected["learner_raw"].values()}) == 3

    row = row_starting(report, "attitudes", "All statements (mean per learner)")
    assert row[1] == expected["attitude_n"] == 3
    assert row[2] == pytest.approx(expected["attitude_before"]) and row[3] == pytest.approx(expected["attitude_after"])
    assert row[4] == pytest.approx(expected["attitude_after"] - expected["attitude_before"])
    statements = {st.id: st.text_in("en") for st in s.trainer.measures.statements}
    assert set(statements) == set(STATEMENTS)  # the content's attitudes.yaml was read without problems
    for sid, (n, before, after) in expected["statements"].items():
        row = row_starting(report, "attitudes", statements[sid])
        assert row[1:5] == [n, pytest.approx(before), pytest.approx(after), pytest.approx(after - before)], sid
    # A skip is never counted: statement D was skipped by one learner after, B by one before.
    assert [expected["statements"][sid][0] for sid in STATEMENTS] == [3, 2, 3, 2]

    scale_words = {"relevance": "Relevance to my work", "confidence": "Confidence to apply it", "clarity": "Clarity"}
    fb_rows = [r for t in tables(report, "feedback") for r in t.rows]
    first_title = s.trainer.catalogue.modules[FIRST].title_in("en")
    assert set(expected["feedback"]) == {FIRST} and expected["feedback"][FIRST]["responses"] == 2
    for scale, word in scale_words.items():
        [r] = [r for r in fb_rows if r[0] == first_title and r[1] == word]
        assert r[3] == pytest.approx(expected["feedback"][FIRST][scale])
    assert r[2] == 1  # clarity: one answer, the other learner skipped it
    comments = [b for b in report.section("feedback").body if getattr(b, "template", "").startswith("Written comments")]
    assert [c.args for c in comments] == [(expected["feedback"][FIRST]["comments"],)] == [(1,)]

    # The PDF a trainer hands over prints the same figures.
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    for words in (
        "District inspectors, March",
        "Yerlan Kasymov",
        *(p["name"] for p in LEARNERS),
        fmt(expected["raw"], signed=True),
        fmt(expected["normalised"], 2),
        fmt(expected["attitude_after"] - expected["attitude_before"], 2, signed=True),
        fmt(expected["feedback"][FIRST]["relevance"], 2),
    ):
        assert words.replace("-", "−") in text or words in text, words

"""The trainer workspace on a small cohort made through the services: the dashboard's counts,
filters, learner management, item analysis, exports with cancel, and certificate verification."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import SAMPLE_MODULES
from trainer.domain.grading import key_response
from trainer.services.context import AppContext
from trainer.ui.dialogs import Ask
from trainer.ui.trainer.models import STATE_ROLE, CompletionMatrixModel, RowTableModel
from trainer.ui.trainer.reports_tab import ExportAsk
from trainer.ui.trainer.workspace import TrainerWorkspace


def _take(ctx: AppContext, learner_id: str, module_id: str, right: bool) -> None:
    """One finished attempt: every answer right, or none given (score 0)."""
    session = ctx.quizzes.start_or_resume(learner_id, ctx.catalogue.modules[module_id])
    if right:
        for q in session.questions:
            ctx.quizzes.answer(session, q.id, key_response(q))
    ctx.quizzes.finish(session)


@pytest.fixture
def cohort(tmp_path):
    """Aigerim (police) passed the first module twice over, Marat (judge) failed it, Dana is inactive."""
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    first = next(iter(ctx.catalogue.modules))
    aigerim = ctx.learners.create("Aigerim Serikbayeva", "police", "pavlodar", "District 2")
    marat = ctx.learners.create("Marat Zhaksylykov", "judge", "astana", "Court")
    dana = ctx.learners.create("Dana Omarova", "social_worker", "astana", "Centre")
    _take(ctx, aigerim.id, first, right=False)
    _take(ctx, aigerim.id, first, right=True)
    _take(ctx, marat.id, first, right=False)
    ctx.learner_admin.set_active(dana.id, False)
    ctx.ids = {"aigerim": aigerim.id, "marat": marat.id, "dana": dana.id, "module": first}
    yield ctx
    ctx.close()


def _idle(qtbot, workspace: TrainerWorkspace) -> None:
    qtbot.waitUntil(lambda: not workspace.runner.busy, timeout=10000)


@pytest.fixture
def workspace(qtbot, cohort):
    w = TrainerWorkspace(cohort)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    _idle(qtbot, w)
    yield w
    w.close()


def _matrix_states(model: CompletionMatrixModel, module_id: str) -> dict[str, str | None]:
    col = CompletionMatrixModel.FIXED + [m for m, _ in model.modules].index(module_id)
    return {learner.name: model.data(model.index(row, col), STATE_ROLE) for row, learner in enumerate(model.learners)}


def test_dashboard_shows_the_cohort_counts(workspace, cohort, qtmodeltester):
    """Active learners only by default: two rows, Aigerim passed, Marat completed without passing."""
    dash = workspace.dashboard
    assert dash.data is not None
    model = dash.matrix_model
    qtmodeltester.check(model)
    qtmodeltester.check(dash.matrix_proxy)
    qtmodeltester.check(dash.module_model)
    assert model.rowCount() == 2
    states = _matrix_states(model, cohort.ids["module"])
    assert states == {"Aigerim Serikbayeva": "passed", "Marat Zhaksylykov": "completed"}
    stats = {s.module_id: s for s in dash.module_model.rows}[cohort.ids["module"]]
    assert (stats.started, stats.completed, stats.passed, stats.attempts) == (2, 2, 1, 3)
    assert dash.data.summary.learners == 2
    assert "2 learners" in dash.summary.text()
    assert "(1)" in dash.legend.labels["passed"].text()  # the legend counts cells, in words too
    # Text says the state, so it does not rest on colour alone.
    col = CompletionMatrixModel.FIXED + [m for m, _ in model.modules].index(cohort.ids["module"])
    texts = {model.data(model.index(r, col)) for r in range(model.rowCount())}
    assert texts == {"✔ 100", "✘ 0"}


def test_filters_refilter_the_dashboard(qtbot, workspace):
    bar = workspace.filter_bar
    dash = workspace.dashboard
    with qtbot.waitSignal(dash.loaded, timeout=10000):
        bar.select(bar.role, "police")
        bar.flush()
    assert [learner.name for learner in dash.matrix_model.learners] == ["Aigerim Serikbayeva"]
    with qtbot.waitSignal(dash.loaded, timeout=10000):
        bar.reset()
        bar.select(bar.status, None)  # active and inactive
        bar.flush()
    assert dash.matrix_model.rowCount() == 3
    with qtbot.waitSignal(dash.loaded, timeout=10000):
        bar.select(bar.status, False)
        bar.flush()
    assert [learner.name for learner in dash.matrix_model.learners] == ["Dana Omarova"]


def test_matrix_sorts_by_state_and_searches_by_name(qtbot, workspace, cohort):
    dash = workspace.dashboard
    model = dash.matrix_model
    col = CompletionMatrixModel.FIXED + [m for m, _ in model.modules].index(cohort.ids["module"])
    dash.matrix_view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    assert dash.matrix_proxy.index(0, 0).data().startswith("Aigerim")
    dash.matrix_view.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    assert dash.matrix_proxy.index(0, 0).data().startswith("Marat")
    with qtbot.waitSignal(dash.matrix_loaded, timeout=10000):
        dash.search.setText("MARA")  # searched in the database, in any case
    assert dash.matrix_proxy.rowCount() == 1
    assert dash.matrix_proxy.index(0, 0).data().startswith("Marat")


def test_matrix_heads_columns_with_module_titles(workspace, cohort):
    """Module titles head the columns (wrapped onto short lines); the id is in the tooltip."""
    model = workspace.dashboard.matrix_model
    col = CompletionMatrixModel.FIXED + [m for m, _ in model.modules].index(cohort.ids["module"])
    title = cohort.catalogue.modules[cohort.ids["module"]].title_in("en")
    header = model.headerData(col, Qt.Orientation.Horizontal)
    assert " ".join(header.split()) == title or header.replace("\n", " ").rstrip("…") in title
    assert cohort.ids["module"] in model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_matrix_model_fetches_pages_as_asked(qtbot, cohort, qtmodeltester):
    """A matrix of many learners holds only the pages fetched so far, and fetches the next on demand."""
    reports = cohort.reports
    for i in range(5):
        cohort.learners.create(f"Zhanna {i}", "police", "astana")
    every = reports.completion_matrix()
    model = CompletionMatrixModel()
    model.PAGE = 2
    asked: list[tuple[int, int]] = []

    def fetch(offset, limit, deliver):
        asked.append((offset, limit))
        deliver(reports.matrix_page(None, offset, limit))

    model.set_matrix(reports.matrix_page(None, 0, 2), total=reports.matrix_learner_count(), fetch=fetch)
    assert model.rowCount() == 2 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4 and asked == [(2, 2)]
    qtmodeltester.check(model)  # fetches the rest as it walks the model
    assert not model.canFetchMore()
    assert [c for _, c in sorted(model.cells.items())] == every


def test_item_analysis_tab_lists_questions(qtbot, workspace, qtmodeltester):
    with qtbot.waitSignal(workspace.items.loaded, timeout=10000):
        workspace.tabs.setCurrentWidget(workspace.items)
    model = workspace.items.model
    qtmodeltester.check(model)
    assert model.rowCount() > 0
    assert all(item.responses >= 1 for item in model.rows)
    workspace.items.only_flagged.setChecked(True)
    assert model.rowCount() == sum(1 for i in workspace.items.items if i.flags)


def test_learners_tab_delete_says_how_many_attempts_and_cascades(qtbot, workspace, cohort, monkeypatch, qtmodeltester):
    tab = workspace.learners
    workspace.tabs.setCurrentWidget(tab)
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 3  # inactive learners are listed too
    assert tab.select(cohort.ids["aigerim"])
    assert "Attempts (2)" in tab.transcript.toPlainText()
    asked: list[str] = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda parent, title, text: asked.append(text) or False))
    tab.delete_button.click()
    assert "2 attempt(s)" in asked[0]
    assert tab.model.rowCount() == 3  # refused: nothing deleted
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda parent, title, text: asked.append(text) or True))
    tab.delete_button.click()
    assert [r.name for r in tab.model.rows] == ["Dana Omarova", "Marat Zhaksylykov"]
    left = cohort.store.db.execute("SELECT COUNT(*) FROM attempts WHERE learner_id = ?", [cohort.ids["aigerim"]])
    assert left.fetchone()[0] == 0
    # The dashboard picks the change up when it is shown again.
    with qtbot.waitSignal(workspace.dashboard.loaded, timeout=10000):
        workspace.tabs.setCurrentWidget(workspace.dashboard)
    assert [learner.name for learner in workspace.dashboard.matrix_model.learners] == ["Marat Zhaksylykov"]


def test_learners_tab_deactivates_and_resets_pin(qtbot, workspace, cohort, monkeypatch):
    from trainer.ui.trainer.learners_tab import LearnerAsk

    tab = workspace.learners
    workspace.tabs.setCurrentWidget(tab)
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: True))
    tab.select(cohort.ids["marat"])
    tab.active_button.click()
    assert not cohort.store.learner(cohort.ids["marat"]).active
    assert tab.active_button.text() == "Re&activate"
    tab.active_button.click()
    assert cohort.store.learner(cohort.ids["marat"]).active
    monkeypatch.setattr(LearnerAsk, "reset_pin", staticmethod(lambda name, parent: "4321"))
    tab.pin_button.click()
    assert cohort.learners.unlock(cohort.store.learner(cohort.ids["marat"]), "4321")
    monkeypatch.setattr(
        LearnerAsk,
        "edit",
        staticmethod(
            lambda learner, parent: {"name": "Marat Z.", "role": "prosecutor", "region": "almaty", "unit": ""}
        ),
    )
    tab.edit_button.click()
    assert cohort.store.learner(cohort.ids["marat"]).role == "prosecutor"
    assert tab.selected_row().name == "Marat Z."


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_from_the_gui_writes_the_file(qtbot, workspace, tmp_path, monkeypatch, kind):
    tab = workspace.reports
    workspace.tabs.setCurrentWidget(tab)
    suggested: list[str] = []
    target = tmp_path / "out" / f"cohort.{kind}"
    target.parent.mkdir()
    monkeypatch.setattr(
        ExportAsk, "save_path", staticmethod(lambda parent, title, s, filt: suggested.append(s) or str(target))
    )
    tab.kinds[kind].setChecked(True)
    tab.anonymise.setChecked(True)
    with qtbot.waitSignal(tab.finished, timeout=20000) as blocker:
        tab.export_button.click()
    assert blocker.args == [target]
    assert target.is_file() and target.stat().st_size > 0
    assert Path(suggested[0]).name.startswith("Qorgau-report-20") and suggested[0].endswith(f".{kind}")
    if kind == "csv":
        text = target.read_text(encoding="utf-8-sig")
        assert "Aigerim" not in text and "Learner " in text  # anonymised
    assert "saved" in tab.status.text()


def test_cancelled_export_leaves_no_file(qtbot, workspace, tmp_path, monkeypatch):
    """Cancel before the export gets to run (a blocker holds the only worker thread): no file at all."""
    tab = workspace.reports
    workspace.tabs.setCurrentWidget(tab)
    target = tmp_path / "cancelled.csv"
    monkeypatch.setattr(ExportAsk, "save_path", staticmethod(lambda *a: str(target)))
    tab.kinds["csv"].setChecked(True)
    workspace.runner.pool.setMaxThreadCount(1)
    release = threading.Event()
    blocker = workspace.runner.submit(lambda progress: release.wait(10))
    tab.export_button.click()
    assert tab.cancel_button.isEnabled() and tab.progress.isVisible()
    with qtbot.waitSignal(tab.finished, timeout=20000) as finished:
        tab.cancel_button.click()
        release.set()
    assert finished.args == [None]
    assert blocker is not None
    assert not target.exists()
    assert list(tmp_path.glob("*.part")) == [] and list(tmp_path.glob(".cancelled*")) == []
    assert "cancelled" in tab.status.text()
    assert tab.export_button.isEnabled() and not tab.cancel_button.isEnabled()


def test_certificate_verification_screen(workspace, cohort):
    cert = cohort.certificates.issue_for_module(cohort.ids["aigerim"], cohort.ids["module"])
    tab = workspace.certificates
    workspace.tabs.setCurrentWidget(tab)
    tab.code.setText(cert.code.lower().replace("-", " "))
    tab.verify_button.click()
    text = tab.result.toPlainText()
    assert f"Certificate {cert.code} is valid" in text
    assert "Aigerim Serikbayeva" in text and "Police officer" in text
    tab.code.setText("AAAA-BBBB-CCCC")
    assert not tab.verify()
    assert "No valid certificate" in tab.result.toPlainText()
    tab.code.setText("hello")
    assert not tab.verify()
    assert "not a Qorgau certificate code" in tab.result.toPlainText()


def test_row_table_model_passes_the_model_tester(qtmodeltester):
    from trainer.ui.trainer.items_tab import highlight, item_columns

    class Item:
        module_id, question_id, question_type, prompt = "core-01-x", "q1", "single_choice", "Which article?"
        responses, correct, facility, mean_score, discrimination, point_biserial = 10, 9, 0.95, 0.9, -0.2, -0.1
        wrong_options, dimension_means, common_paths = [], {}, []
        flags = frozenset({"too_easy", "negative_discrimination"})

    model = RowTableModel(item_columns(), highlight)
    model.set_rows([Item()])
    qtmodeltester.check(model)
    assert "negative discrimination" in model.index(0, 7).data()
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None

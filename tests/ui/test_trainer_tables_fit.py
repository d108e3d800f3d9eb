"""At 1366×768 the trainer sees the learners' PIN column and the item analysis up to its wrong options,
with modules named by title (the id in the tooltip)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_trainer_workspace import _idle, cohort  # noqa: F401 - cohort is a fixture
from trainer.ui.trainer.workspace import TrainerWorkspace


@pytest.fixture
def small_workspace(qtbot, cohort):  # noqa: F811
    w = TrainerWorkspace(cohort)
    qtbot.addWidget(w)
    w.resize(1366, 740)  # a 1366×768 screen less the panel
    w.show()
    _idle(qtbot, w)
    yield w
    w.close()


def _right_edge(view, column: int) -> int:
    header = view.horizontalHeader()
    return header.sectionViewportPosition(column) + header.sectionSize(column)


def test_learners_pin_column_is_on_screen(qtbot, small_workspace):
    tab = small_workspace.learners
    small_workspace.tabs.setCurrentWidget(tab)
    tab.refresh()
    qtbot.wait(10)
    titles = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    pin = titles.index("PIN")
    assert 0 < _right_edge(tab.view, pin) <= tab.view.viewport().width()
    assert _right_edge(tab.view, titles.index("Status")) <= tab.view.viewport().width()


def test_item_analysis_fits_up_to_wrong_options_and_names_modules(qtbot, small_workspace, cohort):  # noqa: F811
    tab = small_workspace.items
    small_workspace.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10000)
    qtbot.wait(10)
    wrong = 8
    assert tab.model.headerData(wrong, Qt.Orientation.Horizontal) == "Wrong options chosen most"
    assert _right_edge(tab.view, wrong) <= tab.view.viewport().width()
    module = cohort.catalogue.modules[cohort.ids["module"]]
    index = tab.model.index(0, 0)
    assert index.data() == module.title_in("en")
    assert module.id in index.data(Qt.ItemDataRole.ToolTipRole)


def test_matrix_columns_follow_the_text_size(qtbot, cohort):  # noqa: F811
    """At 200% text the learner names and module titles get room in proportion, not 100% pixels."""
    from PySide6.QtWidgets import QApplication

    from trainer.ui.theme import apply_theme

    def widths(scale: float) -> tuple[int, int, int]:
        apply_theme(QApplication.instance(), "light", scale)
        w = TrainerWorkspace(cohort)
        qtbot.addWidget(w)
        w.resize(1366, 740)
        w.show()
        _idle(qtbot, w)
        view, model = w.dashboard.matrix_view, w.dashboard.matrix_model
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
        header = view.horizontalHeader()
        longest = max(view.fontMetrics().horizontalAdvance(r.name) for r in model.learners)
        result = header.sectionSize(0), header.sectionSize(model.FIXED), longest
        w.close()
        return result

    try:
        name_100, module_100, _ = widths(1.0)
        name_200, module_200, longest_200 = widths(2.0)
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)
    assert module_200 >= 1.6 * module_100
    assert name_200 >= min(longest_200, 1.6 * name_100)

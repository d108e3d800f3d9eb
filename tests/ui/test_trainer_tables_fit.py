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

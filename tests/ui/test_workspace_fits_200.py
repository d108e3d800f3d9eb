"""At 200% text, in every language and theme, the trainer workspace fits a 1366×768 laptop screen
across: filters and button rows wrap, nothing is pushed off the right edge or clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QToolButton

from tests.ui.test_trainer_workspace import _idle, cohort  # noqa: F401 - cohort is a fixture
from trainer.i18n import Translators
from trainer.ui.theme import apply_theme
from trainer.ui.trainer.workspace import TrainerWorkspace

SCREEN = 1366
MARGIN = 40  # the window frame and a little room


@pytest.fixture
def large_text(qapp, request):
    """200% text in one theme and language; the application's look and English back afterwards."""
    language, theme = request.param
    style, sheet, font, palette = qapp.style().name(), qapp.styleSheet(), qapp.font(), qapp.palette()
    translators = Translators()
    translators.install(language)
    apply_theme(qapp, theme, 2.0)
    yield language
    apply_theme(qapp, "light", 1.0)
    translators.install("en")
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyle(style)
    qapp.setProperty("qorgau_theme", None)


def _controls(window):
    """The buttons, lists and check boxes a trainer uses (not the tab bar's scroll arrows)."""
    for w in window.findChildren(QAbstractButton) + window.findChildren(QComboBox):
        if w.isVisible() and not isinstance(w, QToolButton):
            yield w


@pytest.mark.parametrize(
    "large_text",
    [(lang, theme) for lang in ("en", "ru", "kk") for theme in ("light", "high_contrast")],
    indirect=True,
)
def test_workspace_fits_a_laptop_screen_at_200_percent_text(qtbot, cohort, large_text):  # noqa: F811
    w = TrainerWorkspace(cohort, large_text)
    qtbot.addWidget(w)
    w.show()
    _idle(qtbot, w)
    assert w.minimumSizeHint().width() <= SCREEN - MARGIN
    w.resize(SCREEN - MARGIN, 740)
    for index in range(w.tabs.count()):
        w.tabs.setCurrentIndex(index)
        _idle(qtbot, w)
        qtbot.wait(20)  # the wrapping rows settle after the resize
        where = w.tabs.tabText(index)
        for control in _controls(w):
            right = control.mapTo(w, QPoint(control.width(), 0)).x()
            text = getattr(control, "text", lambda: "")()
            assert right <= w.width(), f"{where}: {text or control.accessibleName()!r} is off-screen"
            assert control.width() >= control.minimumSizeHint().width(), f"{where}: {text!r} is clipped"
    w.close()


def test_report_formats_keep_their_explanations(qtbot, cohort):  # noqa: F811
    """The short format names are explained beneath; clicking the explanation chooses the format,
    and a screen reader hears it as the button's description."""
    w = TrainerWorkspace(cohort)
    qtbot.addWidget(w)
    w.show()
    _idle(qtbot, w)
    tab = w.reports
    w.tabs.setCurrentWidget(tab)
    csv = tab.kinds["csv"]
    assert "one row per learner and module" in csv.accessibleDescription().lower()
    note = next(
        label for label in tab.findChildren(QLabel) if label.text() == csv.accessibleDescription() and label.isVisible()
    )
    assert note.wordWrap()
    assert tab.kind() == "xlsx"
    qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
    assert tab.kind() == "csv"
    assert "pseudonyms" in tab.anonymise.accessibleDescription()
    w.close()

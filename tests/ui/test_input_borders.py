"""Every box a user types or picks in shows its frame: white on black in high contrast, with a thick
yellow frame around the one that has the focus, and the usual grey frame in the light theme.

Checked on the screens that have such boxes: the feedback form's comment, the cohort dialogs' date
edits and module list, and the pre/post test's number of items (a spin box)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QSpinBox, QTextBrowser, QVBoxLayout, QWidget

from trainer.ui.feedback_form import FeedbackForm
from trainer.ui.theme import apply_theme
from trainer.ui.trainer.cohort_dialogs import AssignDialog, CohortDialog


@pytest.fixture
def themed(qapp):
    """Apply a theme for the test, and put the application's look back afterwards."""
    style, sheet, font, palette = qapp.style().name(), qapp.styleSheet(), qapp.font(), qapp.palette()
    yield lambda theme: apply_theme(qapp, theme, 1.0)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyle(style)
    qapp.setProperty("qorgau_theme", None)


_windows: list[QWidget] = []


def _edge(widget, top: bool = False) -> list[QColor]:
    """The colours of the widget's three leftmost pixels half-way down, or with ``top`` its three
    topmost a quarter across (clear of a text cursor)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    if top:
        return [QColor(image.pixel(image.width() // 4, y)) for y in range(3)]
    return [QColor(image.pixel(x, image.height() // 2)) for x in range(3)]


def _inputs(qtbot) -> dict[str, QWidget]:
    """The boxes, by name; their windows stay alive with the test (``_windows``)."""
    form = FeedbackForm()
    form.ask("m1", "Legal map")
    cohort = CohortDialog()
    assign = AssignDialog([("m1", "Legal map"), ("m2", "Forms and dynamics")], dt.date(2026, 3, 12))
    spin_panel = QWidget()
    spin = QSpinBox(spin_panel)  # as the pre/post test's "Items per module"
    spin.setRange(1, 20)
    QVBoxLayout(spin_panel).addWidget(spin)
    _windows[:] = [form, cohort, assign, spin_panel]
    for w in _windows:
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
    return {"comment": form.comment, "first day": cohort.starts, "module": assign.module, "due": assign.due,
            "items": spin}  # fmt: skip


def test_high_contrast_inputs_have_a_white_border(qtbot, themed) -> None:
    themed("high_contrast")
    for name, widget in _inputs(qtbot).items():
        assert max(c.lightness() for c in _edge(widget)) > 200, f"{name}: no visible border on black"


def test_high_contrast_focus_is_a_thick_yellow_border(qtbot, themed) -> None:
    themed("high_contrast")
    for name, widget in _inputs(qtbot).items():
        widget.window().activateWindow()
        qtbot.waitUntil(lambda w=widget: w.window().isActiveWindow())
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        edge = _edge(widget, top=True)
        yellow = [c for c in edge if c.red() > 200 and c.green() > 200 and c.blue() < 100]
        assert len(yellow) == 3, f"{name}: the focus frame is not 3 px of yellow: {[c.name() for c in edge]}"
        widget.clearFocus()
        assert len([c for c in _edge(widget, top=True) if c.blue() < 100]) < 3, f"{name}: yellow without the focus"


def test_read_only_text_keeps_its_look_in_high_contrast(qtbot, themed) -> None:
    """Lessons, help and figures (read-only text) are not framed as if one could type in them."""
    themed("high_contrast")
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.show()
    qtbot.waitExposed(browser)
    assert max(c.lightness() for c in _edge(browser)) < 200


def test_light_theme_inputs_keep_a_visible_border(qtbot, themed) -> None:
    themed("light")
    for name, widget in _inputs(qtbot).items():
        assert min(c.lightness() for c in _edge(widget)) < 225, f"{name}: no visible border on white"

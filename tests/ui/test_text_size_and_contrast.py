"""View → Text size and the high-contrast theme take effect at once, on every part of the window."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QToolBar

from tests.conftest import SAMPLE_MODULES
from trainer.services.context import AppContext
from trainer.ui.dialogs import Ask
from trainer.ui.main_window import MainWindow
from trainer.ui.theme import apply_theme


@pytest.fixture
def themed_app(qapp):
    """Apply a theme for the test, and put the application's look back afterwards."""
    style, sheet, font, palette = qapp.style().name(), qapp.styleSheet(), qapp.font(), qapp.palette()
    apply_theme(qapp, "light", 1.0)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyle(style)
    qapp.setProperty("qorgau_theme", None)


@pytest.fixture
def window(qtbot, tmp_path, themed_app, monkeypatch):
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a, **k: True))
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    ctx.learners.create("Saule", "police", "astana")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    w.show_start()
    yield w
    w.close()
    ctx.close()


def _points(widget) -> float:
    return widget.font().pointSizeF()


def test_text_size_200_percent_enlarges_everything_at_once(window):
    """Tables, buttons, tree headers, the toolbar and the lesson text double with the setting, no restart."""
    window.open_module("sample-01-basics")
    window.reader.set_zoom(2)
    toolbar = window.findChild(QToolBar)
    parts = {
        "tree": window.home.tree,
        "tree header": window.home.tree.header(),
        "table": window.results.competencies,
        "table header": window.results.competencies.horizontalHeader(),
        "button": window.home.lessons_button,
        "reader button": window.reader.next_button,
        "toolbar": toolbar.widgetForAction(window.leave_action),
        "menu bar": window.menuBar(),
    }
    before = {name: _points(w) for name, w in parts.items()}
    lesson_before = window.reader.browser.document().defaultFont().pointSizeF()
    window.set_font_scale(2.0)
    for name, w in parts.items():
        assert _points(w) == pytest.approx(2 * before[name]), name
    # The lesson text keeps the learner's zoom on top of the new size.
    assert window.reader.browser.document().defaultFont().pointSizeF() == pytest.approx(2 * lesson_before)
    window.set_font_scale(1.0)
    assert _points(window.home.lessons_button) == pytest.approx(before["button"])


def _brightest(widget) -> int:
    """The lightness of the brightest pixel a widget draws (255 for white text or frames)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return max(
        QColor(image.pixel(x, y)).lightness() for x in range(0, image.width(), 1) for y in range(0, image.height(), 1)
    )


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_high_contrast_shows_disabled_buttons_as_disabled(window, qtbot):
    """Review (0 due), Save track certificate, Previous on lesson 1, Submit mid-scenario: grey, not white."""
    window.set_theme("high_contrast")
    home = window.home
    assert not home.review_button.isEnabled() and not home.track_certificate_button.isEnabled()
    assert home.continue_button.isEnabled() or home.lessons_button.isEnabled()
    enabled = home.lessons_button if home.lessons_button.isEnabled() else home.continue_button
    assert _brightest(enabled) > 230
    for button in (home.review_button, home.track_certificate_button):
        assert _brightest(button) < 180, button.text()
    window.open_module("sample-01-basics")
    assert not window.reader.prev_button.isEnabled()
    assert _brightest(window.reader.prev_button) < 180

    from tests.ui.test_learner_flow import answer_current
    from trainer.domain.model import Scenario
    from trainer.ui.answer_widgets import ScenarioWidget

    window.take_quiz("sample-02-practice")
    runner = window.runner
    while not isinstance(runner.current_question(), Scenario):
        answer_current(window)
        if runner.next_button.isVisible():
            runner.next_button.click()
    assert isinstance(runner.answer_widget, ScenarioWidget)
    runner.answer_widget.choose(0)
    runner.answer_widget.continue_()
    assert not runner.submit_button.isEnabled()
    assert _brightest(runner.submit_button) < 180


def test_high_contrast_passed_is_readable_and_the_search_box_has_a_border(window):
    """"Passed" is bright on black (at least 7:1), and the search box shows its frame."""
    from trainer.domain.grading import key_response

    session = window.ctx.quizzes.start_or_resume(window.learner.id, window.ctx.catalogue.modules["sample-01-basics"])
    for q in session.questions:
        window.ctx.quizzes.answer(session, q.id, key_response(q))
    window.ctx.quizzes.finish(session)
    window.show_home()
    window.set_theme("high_contrast")
    tree = window.home.tree
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(1) == "Passed"
    )
    colour = item.foreground(1).color()
    assert _contrast(colour, QColor("#000000")) >= 7, colour.name()

    edit = window.home.search_edit
    window.home.tree.setFocus()
    image = edit.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    middle = image.height() // 2
    left_edge = max(QColor(image.pixel(x, middle)).lightness() for x in range(0, 3))
    assert left_edge > 200, "the search box has no visible border on black"


def test_light_theme_keeps_its_dark_green(window):
    """The light theme's state colours stay as they were."""
    assert QApplication.instance().property("qorgau_theme") == "light"
    from trainer.ui.theme import state_colour

    assert state_colour("passed") == "#2e7d32"

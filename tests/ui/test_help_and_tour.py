"""Help in the app: the learner and trainer guides (F1, Help menu) in each language, the tour of the
home screen once per learner, and no developer items in the learner's Help menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.conftest import SAMPLE_MODULES
from trainer.i18n import Translators
from trainer.services.context import AppContext
from trainer.ui.help_window import guide_path
from trainer.ui.main_window import TOUR_SEEN_PREF, MainWindow
from trainer.ui.theme import apply_theme


@pytest.fixture
def ctx(tmp_path):
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    yield ctx
    ctx.close()


def _window(qtbot, ctx, language="en", translators=None, tour=False):
    window = MainWindow(ctx, language, translators)
    window.offer_tour = tour
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):  # shortcuts (F1, Alt+letter) go to the active window
        window.activateWindow()
    return window


def _menu_texts(menu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_f1_opens_the_learner_guide_with_its_pictures(qtbot, ctx):
    ctx.learners.create("Saule", "police", "kostanay")
    window = _window(qtbot, ctx)
    QTest.keyClick(window.home.tree, Qt.Key.Key_F1)
    help_window = window.help_window
    assert help_window.isVisible() and help_window.guide == "learner"
    assert "Learner guide" in help_window.text() and "Leave now" in help_window.text()
    # Every picture the guide shows is found and loads.
    doc = help_window.browser.document()
    images = [f.toImageFormat().name() for f in _formats(doc) if f.isImageFormat()]
    assert images
    for name in images:
        image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        if image is None:
            image = help_window.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        assert image is not None and not image.isNull(), name
    help_window.trainer_button.click()
    assert help_window.guide == "trainer" and "trainer password" in help_window.text()
    assert help_window.focusWidget() is help_window.browser


def _formats(doc):
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment().charFormat()
            it += 1
        block = block.next()


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_guides_exist_in_russian_and_kazakh_with_the_same_pictures(language):
    for guide in ("learner", "trainer"):
        english = guide_path(guide, "en").read_text(encoding="utf-8")
        path = guide_path(guide, language)
        assert path.name == f"{guide}.{language}.md"
        text = path.read_text(encoding="utf-8")
        pictures = [line.split("](")[1].rstrip(")") for line in text.splitlines() if line.startswith("![")]
        english_pictures = [line.split("](")[1].rstrip(")") for line in english.splitlines() if line.startswith("![")]
        assert pictures == [p.replace("/en/", f"/{language}/") for p in english_pictures]
        assert all((path.parent / p).is_file() for p in pictures)


def test_help_menu_holds_guides_not_developer_items(qtbot, ctx):
    window = _window(qtbot, ctx)
    help_items = _menu_texts(window.help_menu)
    assert help_items[:3] == ["Learner guide", "Trainer guide", "Tour of the home screen"]
    assert "Content problems" not in help_items
    assert "Content problems" in _menu_texts(window.trainer_menu)
    window.help_menu.actions()[1].trigger()
    assert window.help_window.guide == "trainer"


def test_guide_follows_the_interface_language_and_text_size(qtbot, ctx):
    translators = Translators()
    translators.install("ru")
    apply_theme(QApplication.instance(), "light", 1.0)  # as the app does at start
    try:
        window = _window(qtbot, ctx, "ru", translators)
        window.show_help("learner")
        assert "Руководство слушателя" in window.help_window.text()
        before = window.help_window.browser.font().pointSizeF()
        window.set_font_scale(2.0)
        QApplication.processEvents()
        assert window.help_window.browser.font().pointSizeF() == pytest.approx(before * 2, rel=0.05)
    finally:
        translators.install("en")
        apply_theme(QApplication.instance(), "light", 1.0)


def test_tour_comes_once_per_learner_and_is_keyboard_operable(qtbot, ctx):
    learner = ctx.learners.create("Saule", "police", "kostanay")
    window = _window(qtbot, ctx, tour=True)
    window.show_home()
    qtbot.waitUntil(lambda: window.tour is not None and window.tour.isVisible())
    tour = window.tour
    assert tour.next_button.hasFocus()
    assert tour.counter.text() == f"Step 1 of {len(tour.steps)}"
    assert tour.spotlight.isVisible() and tour.target_rect() is not None
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter: Next
    assert tour.index == 1
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is tour.back_button  # Shift+Tab from Next reaches Back
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert tour.index == 0
    for _ in range(len(tour.steps)):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Next ... Done
    assert window.tour is None and not tour.isVisible()
    assert ctx.store.learner(learner.id).prefs.get(TOUR_SEEN_PREF) is True
    window.show_home()
    QApplication.processEvents()
    assert window.tour is None  # seen: not again by itself
    window.tour_action.trigger()  # Help → Tour of the home screen
    assert window.tour is not None and window.tour.index == 0
    window.tour.skip_button.click()
    assert window.tour is None


def test_leave_now_hides_the_tour(qtbot, ctx):
    ctx.learners.create("Saule", "police", "kostanay")
    window = _window(qtbot, ctx)
    window.show_tour()
    card = window.tour
    assert card.isVisible()
    window.leave_now()
    assert window.tour is None and not card.isVisible()

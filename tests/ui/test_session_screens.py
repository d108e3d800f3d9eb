"""The session screens stay readable and usable in a narrow window and at large text (Home's
"Assigned by your trainer" list, the feedback form, the cohort dialogs), and a shared laptop lets
the next learner sign in after a quiz."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from trainer.domain.cohorts import LearnerAssignment
from trainer.ui.assigned_block import AssignedBlock

TODAY = dt.date(2026, 3, 10)
LONG = "Forms and dynamics of domestic violence, and what the study found about them in practice"


@pytest.fixture
def text_size():
    """Sets the app's text size the way Settings does (theme and style sheet included), and puts
    100% back afterwards."""
    from trainer.ui.theme import apply_theme

    app = QApplication.instance()
    yield lambda scale: apply_theme(app, "light", scale)
    apply_theme(app, "light", 1.0)


def _block(qtbot, width: int) -> AssignedBlock:
    block = AssignedBlock("en")
    qtbot.addWidget(block)
    items = [
        LearnerAssignment("c1", "Inspectors", "m1", TODAY - dt.timedelta(days=3), False),
        LearnerAssignment("c1", "Inspectors", "m2", TODAY + dt.timedelta(days=2), False),
        LearnerAssignment("c1", "Inspectors", "m3", TODAY + dt.timedelta(days=9), True),
    ]
    block.show_assignments(items, {"m1": LONG, "m2": LONG, "m3": LONG}, TODAY)
    block.resize(width, 400)
    block.show()
    qtbot.waitExposed(block)
    return block


def test_the_state_is_never_cut_off_in_a_narrow_window(qtbot) -> None:
    """Title and due day give way; "Overdue by 3 day(s)" keeps the width it needs."""
    block = _block(qtbot, 520)
    tree = block.tree
    state = tree.topLevelItem(0).text(2)
    assert state == "Overdue by 3 day(s)"
    bold = QFont(tree.font())
    bold.setBold(True)
    assert tree.header().sectionSize(2) >= QFontMetrics(bold).horizontalAdvance(state)
    assert tree.topLevelItem(0).toolTip(1) == tree.topLevelItem(0).text(1)  # the whole due text on hover


def test_the_list_grows_with_the_text_size(qtbot, text_size) -> None:
    """At 200% the rows grow with the text; the list takes at most a fifth of the screen, shows
    whole rows and scrolls for the rest."""
    text_size(1.0)
    block = _block(qtbot, 900)
    before = block.tree.height()
    row_before = block.tree.visualItemRect(block.tree.topLevelItem(0)).height()
    text_size(2.0)
    tree = block.tree
    qtbot.waitUntil(lambda: tree.visualItemRect(tree.topLevelItem(0)).height() > 1.5 * row_before, timeout=2000)
    qtbot.waitUntil(lambda: tree.height() > before, timeout=2000)
    room = QApplication.primaryScreen().availableGeometry().height() // 5
    assert tree.height() <= max(room, before)
    first = tree.visualItemRect(tree.topLevelItem(0))
    assert first.bottom() <= tree.viewport().height()  # the first row is whole
    shown = [tree.visualItemRect(tree.topLevelItem(i)).bottom() <= tree.viewport().height() for i in range(3)]
    assert all(shown) or tree.verticalScrollBar().maximum() > 0  # the rest scrolls


def test_the_feedback_form_scrolls_and_keeps_its_buttons_at_large_text(qtbot, text_size) -> None:
    from trainer.ui.feedback_form import FeedbackForm

    text_size(2.0)
    form = FeedbackForm()
    qtbot.addWidget(form)
    form.ask("m1", "The legal map")
    form.resize(1366, 600)
    form.show()
    qtbot.waitExposed(form)
    assert form.minimumSizeHint().height() < 300  # never makes the window taller than a laptop screen
    assert form.scroll.verticalScrollBar().maximum() > 0  # the questions scroll ...
    assert form.send_button.isVisible() and not form.scroll.widget().isAncestorOf(form.send_button)  # ... not Send


def test_a_wrong_date_range_is_shown_and_the_last_day_takes_the_focus(qtbot) -> None:
    from PySide6.QtCore import QDate

    from trainer.ui.trainer.cohort_dialogs import CohortDialog

    dialog = CohortDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setText("March")
    dialog.name.setFocus()
    dialog.starts.setDate(QDate(2026, 3, 10))
    dialog.ends.setDate(QDate(2026, 3, 1))
    dialog._accept()
    assert dialog.problem.text() == "The last day comes before the first day."
    qtbot.waitUntil(lambda: dialog.ends.hasFocus(), timeout=2000)


def test_the_cohort_dialogs_grow_with_the_text_size(qtbot) -> None:
    from trainer.ui.trainer.cohort_dialogs import AssignDialog, MembersDialog

    def width(make, size: float) -> int:
        """The dialog's width with the app's text at ``size`` points (as the View → Text size setting does)."""
        app = QApplication.instance()
        before = app.font()
        font = QFont(before)
        font.setPointSizeF(size)
        app.setFont(font)
        try:
            dialog = make(None)
            qtbot.addWidget(dialog)
            return dialog.width()
        finally:
            app.setFont(before)

    choices = [("a", "Saule Bekova", "police", "astana", "District police department no. 2", True)]
    for make in (
        lambda p: MembersDialog(choices, p),
        lambda p: AssignDialog([("m1", LONG)], TODAY, None, p),
    ):
        room = QApplication.primaryScreen().availableGeometry().width() - 40  # never wider than the screen
        small, large = width(make, 10.5), width(make, 21)
        assert large <= room and large >= min(1.6 * small, room)


def test_another_learner_can_sign_in_after_a_quiz_on_the_same_window(qtbot, tmp_path) -> None:
    """A shared laptop: one learner answers a question, the next one picks their profile."""
    from tests.conftest import SAMPLE_MODULES
    from trainer.domain.grading import key_response
    from trainer.services.context import AppContext
    from trainer.ui.main_window import MainWindow

    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    try:
        first = ctx.learners.create("Saule Bekova", "police", "astana")
        second = ctx.learners.create("Marat Zhaksylykov", "police", "almaty")
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        window.set_learner(first)
        window.take_quiz("sample-01-basics", warn=False)
        runner = window.runner
        runner.set_answer(key_response(runner.current_question()))
        runner.submit_button.click()
        runner.next_button.click()
        window.set_learner(second)
        assert window.learner.id == second.id
        window.close()
    finally:
        ctx.close()


def test_home_scrolls_rather_than_squeezing_the_assignments_at_large_text(qtbot, text_size) -> None:
    """200% text on a 768-pixel laptop with a cohort's assignments shown: every block keeps its
    rows and Home scrolls as a whole; the window never grows past the screen."""
    from trainer.ui.home_screen import HomeScreen

    text_size(2.0)
    home = HomeScreen("en")
    qtbot.addWidget(home)
    block = _block(qtbot, 900)
    home.add_block(block)
    home.resize(1366, 700)
    home.show()
    qtbot.waitExposed(home)
    qtbot.waitUntil(lambda: block.tree.height() > 3 * block.tree.fontMetrics().height(), timeout=2000)
    assert home.minimumSizeHint().height() < 300
    assert home.scroll.verticalScrollBar().maximum() > 0
    first_row = block.tree.visualItemRect(block.tree.topLevelItem(0))
    assert first_row.isValid() and first_row.bottom() <= block.tree.viewport().height()
    assert home.tree.height() >= 5 * home.tree.fontMetrics().height()

"""The main window: navigation between screens, menus, "leave now", and settings.

The window only wires screens to services; the rules live in trainer.services and trainer.domain.
Each screen is built, and its module imported, the first time it is shown (``_screen``): the first
window needs only the home screen, the profile chooser or the welcome screen.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from trainer import APP_NAME, __version__, paths
from trainer.domain.records import Learner
from trainer.i18n import LANGUAGES, Translators
from trainer.services.curriculum import Place
from trainer.services.quiz import NoAttemptsLeft, QuizSession
from trainer.ui import window_geometry
from trainer.ui.dialogs import Ask
from trainer.ui.extensions import install_all
from trainer.ui.home_screen import HomeScreen
from trainer.ui.profile_screens import ProfileChooser, ProfileForm, WelcomeScreen, heading
from trainer.ui.theme import THEMES, apply_theme

if TYPE_CHECKING:
    from trainer.services.context import AppContext
    from trainer.services.search import LessonIndex
    from trainer.ui.assigned_block import AssignedBlock
    from trainer.ui.lesson_reader import LessonReader
    from trainer.ui.prepost_screen import MeasuresFlow
    from trainer.ui.quiz_runner import QuestionNavigator, QuizRunner, ResultsScreen
    from trainer.ui.quiz_start import QuizStartScreen

FONT_SCALES = (1.0, 1.25, 1.5, 2.0)
# In a learner's prefs: they have seen the home screen's tour (trainer.ui.first_run_tour). Kept here,
# so a start does not import the tour's module only to learn that it is not needed.
TOUR_SEEN_PREF = "home_tour_seen"


class CoverScreen(QWidget):
    """What "Leave now" shows: nothing about the training."""

    resume = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(heading(APP_NAME), 0, Qt.AlignmentFlag.AlignHCenter)
        self.button = QPushButton(self.tr("&Return"))
        self.button.clicked.connect(self.resume)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()


class _LeaveFromDialogs(QObject):
    """Esc in any dialog of the app is "Leave now" too: the dialog closes and the window is covered.

    A dialog is a window of its own, and a dialog takes Esc for itself before any shortcut, so
    without this Esc closed only the dialog and the lesson behind it stayed on screen. The filter
    is installed while the main window is shown and removed when it closes, so Qt never calls it
    for a window that is gone. Qt calls it for every event of every object, so it is installed
    from the turn of the event loop after the window is shown: its first paint does not pass
    through Python (no dialog can be open before then).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), QDialog)
        ):
            self.window.leave_now()
            return True
        return False


class MainWindow(QMainWindow):
    first_painted = Signal()
    # The tour of the home screen comes by itself once per learner only where the app starts it
    # (trainer.ui.bootstrap); Help → Tour of the home screen shows it anywhere.
    offer_tour: bool = False
    tour = None  # the FirstRunTour on screen, if any

    def __init__(self, context: AppContext, language: str = "en", translators: Translators | None = None) -> None:
        super().__init__()
        self.ctx = context
        self.language = language
        self.translators = translators or Translators()
        self.successor: MainWindow | None = None
        self.learner: Learner | None = None
        self.session: QuizSession | None = None
        self._painted = False
        self._index: LessonIndex | None = None
        self._before_cover: QWidget | None = None
        self.theme = context.store.setting("theme", "light") or "light"
        self.font_scale = float(context.store.setting("font_scale", "1.0") or 1.0)
        self.setWindowTitle(APP_NAME)
        self._screens: dict[str, QWidget] = {}  # built on first use, see _screen()
        self._zoom = 0  # the learner's lesson zoom, for the reader once it is built
        self._before_quiz_start: QWidget | None = None
        self._measures_flow: MeasuresFlow | None = None
        self._assigned: AssignedBlock | None = None

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._build_menus()
        if context.catalogue.errors:
            self.statusBar().showMessage(
                self.tr(
                    "{0} modules could not be loaded because of problems in their files; see Trainer → Content problems."
                ).format(len(context.catalogue.skipped))
            )
        self.show_start()

    # Screens, built on first use ------------------------------------------------
    def _screen(self, name: str) -> QWidget:
        """The screen ``name``, built, named for screen readers and wired the first time it is asked for."""
        widget = self._screens.get(name)
        if widget is None:
            widget, label, description = getattr(self, f"_make_{name}")()
            if label:
                widget.setAccessibleName(label)
            if description:
                widget.setAccessibleDescription(description)
            # Enter on a focused button presses it, as Space does (Qt does this only inside dialogs).
            for button in widget.findChildren(QPushButton):
                button.setAutoDefault(True)
            self._screens[name] = widget
            self.stack.addWidget(widget)
        return widget

    def _built(self, name: str) -> QWidget | None:
        """The screen ``name`` if it was built (comparing with a screen need not build it)."""
        return self._screens.get(name)

    def _current_is(self, name: str) -> bool:
        current = self.stack.currentWidget()
        return current is not None and current is self._screens.get(name)

    @property
    def welcome(self) -> WelcomeScreen:
        return self._screen("welcome")

    @property
    def profile_form(self) -> ProfileForm:
        return self._screen("profile_form")

    @property
    def chooser(self) -> ProfileChooser:
        return self._screen("chooser")

    @property
    def home(self) -> HomeScreen:
        return self._screen("home")

    @property
    def reader(self) -> LessonReader:
        return self._screen("reader")

    @property
    def quiz_start(self) -> QuizStartScreen:
        return self._screen("quiz_start")

    @property
    def runner(self) -> QuizRunner:
        return self._screen("runner")

    @property
    def navigator(self) -> QuestionNavigator:
        return self._screen("navigator")

    @property
    def results(self) -> ResultsScreen:
        return self._screen("results")

    @property
    def cover(self) -> CoverScreen:
        return self._screen("cover")

    def _make_welcome(self) -> tuple[QWidget, str, str]:
        welcome = WelcomeScreen(self.language)
        welcome.start.connect(self.new_profile)
        welcome.language_chosen.connect(self.set_language)
        return welcome, self.tr("Welcome"), self.tr("Choose the language and create your profile.")

    def _make_profile_form(self) -> tuple[QWidget, str, str]:
        form = ProfileForm(self.ctx.learners)
        form.saved.connect(self._profile_saved)
        form.cancelled.connect(self.show_start)
        return form, self.tr("Profile"), self.tr("Your name, role, region, unit and optional PIN.")

    def _make_chooser(self) -> tuple[QWidget, str, str]:
        chooser = ProfileChooser(self.language)
        chooser.chosen.connect(self.choose_profile)
        chooser.new_profile.connect(self.new_profile)
        return chooser, self.tr("Choose your profile"), self.tr("Profiles on this computer.")

    def _make_home(self) -> tuple[QWidget, str, str]:
        home = HomeScreen(self.language)
        home.open_module.connect(lambda mid: self.open_module(mid))
        home.take_quiz.connect(self.request_quiz)
        home.continue_requested.connect(self.continue_where_left)
        home.review_requested.connect(self.start_review)
        home.practice_requested.connect(self.start_practice)
        home.search_requested.connect(self.search)
        home.glossary_requested.connect(lambda: self.glossary())
        home.certificate_requested.connect(self.save_certificate)
        return home, self.tr("Home: my curriculum"), self.tr("Your modules in order, with their state.")

    def _make_reader(self) -> tuple[QWidget, str, str]:
        from trainer.ui.lesson_reader import LessonReader

        reader = LessonReader(self.ctx.catalogue, self.language, self.theme)
        reader.set_zoom(self._zoom, announce=False)
        reader.back_home.connect(self.show_home)
        reader.take_quiz.connect(self.request_quiz)
        reader.lesson_opened.connect(self._lesson_opened)
        reader.lesson_read.connect(
            lambda m, lesson: self.learner and self.ctx.store.mark_lesson_read(self.learner.id, m, lesson)
        )
        reader.glossary_term.connect(self.glossary)
        reader.zoom_changed.connect(lambda z: self.learner and self.ctx.store.set_pref(self.learner.id, "zoom", z))
        return reader, self.tr("Lesson reader"), self.tr("The lessons of the module, one at a time.")

    def _make_quiz_start(self) -> tuple[QWidget, str, str]:
        from trainer.ui.quiz_start import QuizStartScreen

        start = QuizStartScreen()
        start.start.connect(lambda mid: self.take_quiz(mid, warn=False))
        start.back.connect(self._back_from_quiz_start)
        return (
            start,
            self.tr("Before the quiz"),
            self.tr("The number of questions, the pass mark, attempts left and when feedback comes."),
        )

    def _make_runner(self) -> tuple[QWidget, str, str]:
        from trainer.ui.quiz_runner import QuizRunner

        runner = QuizRunner()
        runner.completed.connect(self._quiz_completed)
        runner.overview_requested.connect(self.show_navigator)
        runner.back_to_lessons.connect(lambda mid: self.open_module(mid, warn=False))
        return runner, self.tr("Quiz"), self.tr("One question at a time; each answer is saved at once.")

    def _make_navigator(self) -> tuple[QWidget, str, str]:
        from trainer.ui.quiz_runner import QuestionNavigator

        navigator = QuestionNavigator()
        navigator.go_to.connect(self._go_to_question)
        navigator.finish.connect(self.finish_quiz)
        return (
            navigator,
            self.tr("Question list"),
            self.tr("Each question, answered or not and flagged, before you finish the quiz."),
        )

    def _make_results(self) -> tuple[QWidget, str, str]:
        from trainer.ui.quiz_runner import ResultsScreen

        results = ResultsScreen()
        results.home.connect(self.show_home)
        results.retry.connect(self.request_quiz)
        results.certificate.connect(self.save_certificate)
        results.feedback.connect(self._feedback_requested)
        return results, self.tr("Quiz results"), self.tr("Your score, the score per competency and each answer.")

    def _make_cover(self) -> tuple[QWidget, str, str]:
        cover = CoverScreen()
        cover.resume.connect(self.resume_from_cover)
        return cover, "", ""

    @property
    def measures_flow(self) -> MeasuresFlow | None:
        """Pre/post tests and module feedback of a cohort (trainer.ui.prepost_screen), built on first use."""
        if self._measures_flow is None and self.ctx.measures is not None:
            from trainer.ui.prepost_screen import MeasuresFlow

            self._measures_flow = MeasuresFlow(self)
        return self._measures_flow

    @property
    def assigned(self) -> AssignedBlock:
        """Home's "Assigned by your trainer" list (trainer.ui.assigned_block), built on first use."""
        if self._assigned is None:
            from trainer.ui.assigned_block import AssignedBlock

            self._assigned = AssignedBlock(self.language)
            self._assigned.open_module.connect(lambda mid: self.open_module(mid))
            self.home.add_block(self._assigned)
        return self._assigned

    def _feedback_requested(self, module_id: str) -> None:
        flow = self.measures_flow
        if flow is not None:
            flow.ask_feedback(module_id)

    def _build_menus(self) -> None:
        bar = QToolBar(self.tr("Quick actions"))
        bar.setMovable(False)
        self.leave_action = QAction(self.tr("Leave now (Esc)"), self)
        self.leave_action.setToolTip(self.tr("Hide everything on screen at once"))
        self.leave_action.triggered.connect(self.leave_now)
        bar.addAction(self.leave_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.leave_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.leave_now)
        self._leave_filter = _LeaveFromDialogs(self)

        profile = self.profile_menu = self.menuBar().addMenu(self.tr("&Profile"))
        self.switch_action = profile.addAction(self.tr("&Switch profile…"), self.switch_profile)
        self.edit_action = profile.addAction(self.tr("&Edit my profile…"), self.edit_profile)
        profile.addAction(self.tr("&New profile…"), self.new_profile)
        profile.addAction(self.tr("&Import assignments…"), self.import_assignments)
        self.transcript_action = profile.addAction(self.tr("&Print my transcript…"), self.print_transcript)
        profile.addSeparator()
        profile.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(
            self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, lambda: self.reader.set_zoom(self.reader.zoom + 1)
        )
        view.addAction(
            self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, lambda: self.reader.set_zoom(self.reader.zoom - 1)
        )
        view.addSeparator()
        themes = QActionGroup(self)
        for code, label in zip(THEMES, (self.tr("Light &theme"), self.tr("&High-contrast theme")), strict=True):
            action = view.addAction(label, lambda c=code: self.set_theme(c))
            action.setCheckable(True)
            action.setChecked(code == self.theme)
            themes.addAction(action)
        languages = view.addMenu(self.tr("&Language"))
        language_group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = languages.addAction(name, lambda c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(code == self.language)
            language_group.addAction(action)
        sizes = view.addMenu(self.tr("Text &size"))
        size_group = QActionGroup(self)
        for scale in FONT_SCALES:
            action = sizes.addAction(f"{scale * 100:.0f}%", lambda s=scale: self.set_font_scale(s))
            action.setCheckable(True)
            action.setChecked(abs(scale - self.font_scale) < 0.01)
            size_group.addAction(action)

        self.trainer_menu = self.menuBar().addMenu(self.tr("&Trainer"))
        help_menu = self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.learner_guide_action = help_menu.addAction(
            self.tr("&Learner guide"),
            QKeySequence(QKeySequence.StandardKey.HelpContents),
            lambda: self.show_help("learner"),
        )
        self.learner_guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        help_menu.addAction(self.tr("T&rainer guide"), lambda: self.show_help("trainer"))
        self.tour_action = help_menu.addAction(self.tr("Tour of the &home screen"), self.show_tour)
        help_menu.addSeparator()
        help_menu.addAction(self.tr("&Glossary"), lambda: self.glossary())
        help_menu.addAction(self.tr("&About Qorgau"), self.about)
        install_all(self)
        # Content problems are for whoever maintains the modules, not for the learner: the Trainer menu.
        self.trainer_menu.addAction(self.tr("Content &problems"), self.show_content_problems)
        self.trainer_menu.addAction(self.tr("Trusted &keys…"), self.show_trusted_keys)
        self.trainer_menu.menuAction().setVisible(not self.trainer_menu.isEmpty())

    def show_trusted_keys(self) -> None:
        from trainer.ui.trainer.trusted_keys_dialog import show_trusted_keys

        show_trusted_keys(self)

    # Screens ------------------------------------------------------------------
    def show_start(self) -> None:
        profiles = self.ctx.profiles.some(2)  # not every profile: a trainer's laptop may hold 100,000
        if not profiles:
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.start_button.setFocus()
        elif len(profiles) == 1 and not profiles[0].has_pin and self.learner is None:
            self.set_learner(self.ctx.store.learner(profiles[0].id))
        else:
            self.chooser.set_profiles(self.ctx.profiles, self.ctx.store.learner)
            self.stack.setCurrentWidget(self.chooser)
        self._update_menus()

    def _update_menus(self) -> None:
        self.edit_action.setEnabled(self.learner is not None)
        self.transcript_action.setEnabled(self.learner is not None)

    def print_transcript(self) -> None:
        """Profile → Print my transcript…: the learner's modules, attempts and certificates as a PDF."""
        from trainer.services.transcript import transcript_sheet
        from trainer.ui.transcript_action import save_transcript

        learner, ctx = self.learner, self.ctx
        if learner is None or ctx.reports is None:
            return
        save_transcript(
            self,
            lambda: transcript_sheet(ctx.reports, ctx.curriculum, ctx.catalogue, learner.id, self.language),
        )

    def new_profile(self) -> None:
        self.profile_form.start_new()
        self._show_profile_form()

    def edit_profile(self) -> None:
        if self.learner is not None:
            self.profile_form.start_edit(self.learner)
            self._show_profile_form()

    def _show_profile_form(self) -> None:
        # Focus can only move to a field that is shown: the learner types their name straight away.
        self.stack.setCurrentWidget(self.profile_form)
        self.profile_form.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def switch_profile(self) -> None:
        self.learner = None
        self.chooser.set_profiles(self.ctx.profiles, self.ctx.store.learner)
        self.stack.setCurrentWidget(self.chooser)
        self._update_menus()

    def _profile_saved(self, learner: Learner) -> None:
        self.set_learner(learner)

    def choose_profile(self, learner: Learner) -> None:
        if learner.has_pin and not self._pin_accepted(learner):
            return
        self.set_learner(learner)

    def _pin_accepted(self, learner: Learner) -> bool:
        """Ask for the PIN once; a wrong one says how many tries are left, or how long to wait."""
        from trainer.ui.trainer.auth_dialogs import wait_text

        pin = Ask.pin(learner.name, self, wait=self.ctx.learners.pin_wait(learner))
        if pin is None:
            return False
        result = self.ctx.learners.unlock(learner, pin)
        if result.ok:
            return True
        if result.locked:
            text = self.tr("Too many wrong PINs. Try again in {0}.").format(wait_text(result.wait))
        else:
            text = self.tr("That PIN is not correct. Tries left before the profile locks: {0}.").format(result.tries_left)
        Ask.warn(self, APP_NAME, text)
        return False

    def set_learner(self, learner: Learner) -> None:
        self.learner = self.ctx.store.learner(learner.id)
        self._zoom = int(self.learner.prefs.get("zoom", 0))
        reader = self._built("reader")
        if reader is not None:
            reader.set_zoom(self._zoom, announce=False)
        self._update_menus()
        self.show_home()

    def show_home(self) -> None:
        if self.learner is None:
            self.show_start()
            return
        self.learner = self.ctx.store.learner(self.learner.id)
        states = self.ctx.curriculum.states(self.learner)
        due = len(self.ctx.reviews.due(self.learner.id, self.language))
        can_continue = self.ctx.curriculum.last_place(self.learner) is not None
        can_practise = self.ctx.reviews.can_practise(self.learner.id)
        self.home.show_learner(self.learner, states, due, can_continue, can_practise)
        # Tests and assignments come through cohorts: a learner in none needs neither block built.
        in_cohort = self.ctx.in_a_cohort(self.learner.id)
        if in_cohort or self._measures_flow is not None:
            flow = self.measures_flow
            if flow is not None:
                flow.refresh()
        if in_cohort or self._assigned is not None:
            self._show_assigned()
        self.stack.setCurrentWidget(self.home)
        self.home.tree.setFocus()
        if self.offer_tour:
            QTimer.singleShot(0, self.offer_first_tour)  # once the home screen is laid out

    def _show_assigned(self) -> None:
        """Home's "Assigned by your trainer" list, from the cohorts this learner belongs to."""
        cohorts = self.ctx.cohorts
        if cohorts is None or self.learner is None:
            return
        items = cohorts.learner_assignments(self.learner.id)
        titles = {a.module_id: self.ctx.catalogue.modules[a.module_id].title_in(self.language) for a in items}
        self.assigned.show_assignments(items, titles, cohorts.clock())

    def import_assignments(self) -> None:
        """Profile → Import assignments…: a trainer's signed cohort file (trainer.ui.cohort_import)."""
        from trainer.ui.cohort_import import import_assignments

        import_assignments(self)

    def _module_state(self, module_id: str):
        assert self.learner is not None
        return next((s for s in self.ctx.curriculum.states(self.learner) if s.module.id == module_id), None)

    def _warn(self, module_id: str) -> bool:
        module = self.ctx.catalogue.modules[module_id]
        warning = module.meta.content_warning
        tr = module.translations.get(self.language)
        if tr and tr.content_warning:
            warning = tr.content_warning
        if not warning:
            return True
        answer = Ask.confirm(self, self.tr("Content warning"), warning + "\n\n" + self.tr("Do you want to continue?"))
        self.activateWindow()  # keyboard focus back to the window after the dialog
        return answer

    def open_module(
        self, module_id: str, lesson_id: str | None = None, find: str | None = None, warn: bool = True
    ) -> None:
        if self.learner is None or module_id not in self.ctx.catalogue.modules:
            return
        state = self._module_state(module_id)
        if state is not None and state.locked:
            Ask.inform(
                self, APP_NAME, self.tr("This module opens once you have passed the modules before it.")
            )
            return
        if warn and not self._warn(module_id):
            return
        read = self.ctx.store.read_lessons(self.learner.id)
        self.reader.open_module(self.ctx.catalogue.modules[module_id], read, lesson_id, find)
        self.stack.setCurrentWidget(self.reader)

    def _lesson_opened(self, module_id: str, lesson_id: str) -> None:
        if self.learner is not None:
            self.ctx.store.mark_lesson_opened(self.learner.id, module_id, lesson_id)
            self.ctx.curriculum.remember_place(self.learner.id, Place("lesson", module_id, lesson_id))

    def request_quiz(self, module_id: str) -> None:
        """What "Take the quiz" does: resume an attempt in progress, else show the start screen first."""
        if self.learner is None or module_id not in self.ctx.catalogue.modules:
            return
        module = self.ctx.catalogue.modules[module_id]
        outline = self.ctx.quizzes.outline(self.learner.id, module, self.language)
        if outline.in_progress:  # resumed: no start screen, and the content warning was given at the start
            self.take_quiz(module_id, warn=False)
            return
        if outline.attempts_left == 0:
            Ask.inform(self, APP_NAME, self.tr("You have used every attempt at this quiz."))
            return
        if self._current_is("home") and not self._warn(module_id):
            return
        self._before_quiz_start = self.stack.currentWidget()
        self.quiz_start.show_outline(module_id, module.title_in(self.language), outline)
        self.stack.setCurrentWidget(self.quiz_start)
        self.quiz_start.start_button.setFocus()

    def _back_from_quiz_start(self) -> None:
        before = self._before_quiz_start
        if before is None or before is self._built("home") or before is self._built("results"):
            self.show_home()
        else:
            self.stack.setCurrentWidget(before)

    def take_quiz(self, module_id: str, warn: bool = True) -> None:
        """Start or resume the attempt at once (after the start screen, or from a script)."""
        if self.learner is None:
            return
        module = self.ctx.catalogue.modules[module_id]
        if (
            warn
            and self._current_is("home")
            and not self.ctx.quizzes.outline(self.learner.id, module, self.language).in_progress
            and not self._warn(module_id)
        ):
            return
        try:
            session = self.ctx.quizzes.start_or_resume(self.learner.id, module, self.language)
        except NoAttemptsLeft:
            Ask.inform(self, APP_NAME, self.tr("You have used every attempt at this quiz."))
            return
        self.session = session
        self.ctx.curriculum.remember_place(self.learner.id, Place("quiz", module_id))
        from trainer.ui.quiz_runner import QuestionFeed

        feed = QuestionFeed(
            title=module.title_in(self.language),
            questions=session.questions,
            option_orders=session.plan.option_orders,
            answer=lambda qid, response: self.ctx.quizzes.answer(session, qid, response),
            immediate_feedback=session.quiz.settings.feedback == "immediate",
            start_index=session.next_index,
            module_id=module_id,
            steps=dict(session.steps),
            take_step=lambda qid, path: self.ctx.quizzes.take_step(session, qid, path),
            answered=dict(session.responses),
            flagged=set(session.flags),
            flag=lambda qid, on: self.ctx.quizzes.set_flag(session, qid, on),
            folders={q.id: module.folder for q in session.questions},
        )
        self.stack.setCurrentWidget(self.runner)
        self.runner.start(feed)

    def show_navigator(self) -> None:
        """The question list before finishing a quiz whose feedback comes at the end."""
        runner = self._built("runner")
        feed = runner.feed if runner is not None else None
        if feed is None:
            return
        self.navigator.show_questions(feed.questions, set(self.runner.answered), self.runner.flagged)
        self.stack.setCurrentWidget(self.navigator)

    def _go_to_question(self, index: int) -> None:
        self.stack.setCurrentWidget(self.runner)
        self.runner.show_question(index)

    def finish_quiz(self) -> None:
        """Finish from the question list; questions left unanswered are confirmed first."""
        left = self.navigator.unanswered
        if left and not Ask.confirm(
            self,
            self.tr("Finish the quiz"),
            self.tr("Questions not answered: {0}. They will count as wrong. Finish the quiz now?").format(left),
        ):
            return
        self._quiz_completed()

    def _quiz_completed(self) -> None:
        if self.session is None:  # a review session
            Ask.inform(self, APP_NAME, self.tr("Review finished. Well done."))
            self.show_home()
            return
        session, self.session = self.session, None
        summary = self.ctx.quizzes.finish(session)
        self.results.show_result(
            session.module.id,
            session.module.title_in(self.language),
            summary,
            session.module.pass_mark,
            session.questions,
            session.responses,
            session.grades,
            self.ctx.quizzes.attempts_left(session.attempt.learner_id, session.module),
        )
        self.stack.setCurrentWidget(self.results)

    def continue_where_left(self) -> None:
        if self.learner is None:
            return
        place = self.ctx.curriculum.last_place(self.learner)
        if place is None:
            return
        if place.kind == "quiz":
            self.request_quiz(place.module_id)
        else:
            self.open_module(place.module_id, place.lesson_id, warn=False)

    def start_review(self) -> None:
        if self.learner is None:
            return
        self._run_review(self.ctx.reviews.due(self.learner.id, self.language)[:10], self.tr("Review"))

    def start_practice(self) -> None:
        """Practise now: questions from passed modules when no review is due."""
        if self.learner is None:
            return
        self._run_review(self.ctx.reviews.practice(self.learner.id, self.language), self.tr("Practice"))

    def _run_review(self, due: list, title: str) -> None:
        if self.learner is None or not due:
            return
        from trainer.domain.attempt import display_orders
        from trainer.ui.quiz_runner import QuestionFeed

        learner_id = self.learner.id
        modules = {q.id: m for m, q in due}
        self.session = None
        questions = [q for _, q in due]
        feed = QuestionFeed(
            title=title,
            questions=questions,
            option_orders=display_orders(questions, random.Random()),
            answer=lambda qid, response: self.ctx.reviews.answer(
                learner_id, modules[qid], modules[qid].quiz_in(self.language).question(qid), response
            ),
            immediate_feedback=True,
            folders={q.id: modules[q.id].folder for q in questions},
        )
        self.stack.setCurrentWidget(self.runner)
        self.runner.start(feed)

    # Search, glossary, certificates ----------------------------------------------
    def lesson_index(self) -> LessonIndex:
        if self._index is None:
            from trainer.services.search import LessonIndex

            self._index = LessonIndex(self.ctx.catalogue, self.language)
        return self._index

    def search(self, query: str) -> None:
        from trainer.ui.search_glossary import SearchDialog

        dialog = SearchDialog(self.lesson_index(), query, self)
        dialog.open_lesson.connect(lambda m, lesson, find: self.open_module(m, lesson, find))
        dialog.exec()

    def glossary(self, term_id: str | None = None) -> None:
        if not self.ctx.catalogue.glossary.terms:
            return
        from trainer.ui.search_glossary import GlossaryDialog

        dialog = GlossaryDialog(self.ctx.catalogue, self.lesson_index(), self.language, term_id, self)
        dialog.open_lesson.connect(lambda m, lesson, find: self.open_module(m, lesson, find))
        dialog.exec()

    def save_certificate(self, module_id: str) -> None:
        from trainer.ui.certificate_action import save_certificate

        if self.learner is not None:
            save_certificate(self, self.ctx, self.learner, module_id or None, self.language)

    # Safety -----------------------------------------------------------------
    def leave_now(self) -> None:
        self._close_dialogs()
        if self.tour is not None:  # the tour's card floats over every screen: it goes too
            self.tour.finish()
        if self._current_is("cover"):
            return
        self._before_cover = self.stack.currentWidget()
        self.stack.setCurrentWidget(self.cover)
        self.menuBar().setEnabled(False)
        self.showMinimized()

    @staticmethod
    def _close_dialogs() -> None:
        """Close every open dialog (glossary, search, a question), innermost first."""
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        for dialog in reversed(dialogs):
            dialog.reject()

    def resume_from_cover(self) -> None:
        if self.learner is not None and self.learner.has_pin and not self._pin_accepted(self.learner):
            return
        self.menuBar().setEnabled(True)
        self.stack.setCurrentWidget(self._before_cover or self.home)

    # Settings -----------------------------------------------------------------
    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self.ctx.store.set_setting("theme", theme)
        apply_theme(QApplication.instance(), theme, self.font_scale)
        if (home := self._built("home")) is not None:
            home.recolour()
        if (reader := self._built("reader")) is not None:
            reader.theme = theme
            if reader.module is not None:
                reader.show_lesson(reader.index)

    def set_font_scale(self, scale: float) -> None:
        self.font_scale = scale
        self.ctx.store.set_setting("font_scale", str(scale))
        apply_theme(QApplication.instance(), self.theme, scale)
        if (reader := self._built("reader")) is not None:
            reader.refresh_font()

    def set_language(self, language: str) -> None:
        """Switch the interface and content language by rebuilding the window in it."""
        if language == self.language or language not in LANGUAGES:
            return
        self.ctx.store.set_setting("language", language)
        self.translators.install(language)
        successor = MainWindow(self.ctx, language, self.translators)
        successor.resize(self.size())
        if self.learner is not None:
            successor.set_learner(self.learner)
        successor.show()
        self.successor = successor
        self.close()

    # Help ---------------------------------------------------------------------
    def show_help(self, guide: str) -> None:
        """F1 / Help → Learner guide or Trainer guide, in the interface language."""
        from trainer.ui.help_window import open_help

        self.help_window = open_help(self, self.language, guide, getattr(self, "help_window", None))

    def offer_first_tour(self) -> None:
        """The tour, if the learner on the home screen has never seen it."""
        if self.learner is not None and self._current_is("home") and not self.learner.prefs.get(TOUR_SEEN_PREF):
            self.show_tour()

    def show_tour(self) -> None:
        """The tour of the home screen; seen once per learner, and again from Help whenever asked."""
        from trainer.ui.first_run_tour import FirstRunTour, home_steps

        if self.learner is None or self.tour is not None:
            return
        if not self._current_is("home"):
            self.show_home()
        self.ctx.store.set_pref(self.learner.id, TOUR_SEEN_PREF, True)
        self.learner = self.ctx.store.learner(self.learner.id)
        self.tour = FirstRunTour(self, home_steps(self))
        self.tour.finished.connect(self._tour_finished)
        self.tour.start()

    def _tour_finished(self) -> None:
        self.tour = None
        if self._current_is("home"):
            self.home.tree.setFocus()

    def show_content_problems(self) -> None:
        errors = self.ctx.catalogue.errors
        text = (
            "\n".join(str(e) for e in errors[:50])
            if errors
            else self.tr("All training modules loaded without problems.")
        )
        Ask.inform(self, self.tr("Content problems"), text)

    def about(self) -> None:
        modules = "\n".join(f"  {m.id} {m.meta.version}" for m in self.ctx.catalogue.modules.values())
        data_folder = str(self.ctx.data_dir)
        if paths.portable_dir() == self.ctx.data_dir:
            data_folder += " " + self.tr("(portable mode)")
        QMessageBox.about(
            self,
            self.tr("About Qorgau"),
            self.tr(
                "Qorgau {0}\nOffline training for the response to violence against women in Kazakhstan.\n\n"
                "Data folder: {1}\n\nTraining content is built from Turarbekova A and others, 'Legal Frameworks for "
                "Combating Violence Against Women in Kazakhstan: Analysing Effectiveness and Implementation Gaps' (2025) "
                "8(1) Access to Justice in Eastern Europe 264-84, CC BY 4.0.\n\nBuilt with Qt for Python (PySide6, LGPLv3), "
                "sqlite-utils (Apache 2.0), Python-Markdown (BSD), PyYAML (MIT) and pydantic (MIT).\n\nModules:\n{2}"
            ).format(__version__, data_folder, modules),
        )

    # Qt overrides ---------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self, self._watch_dialogs)

    def _watch_dialogs(self) -> None:
        if self.isVisible():
            QApplication.instance().installEventFilter(self._leave_filter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # Every answer is already committed; only where the window is goes to window.ini.
        QApplication.instance().removeEventFilter(self._leave_filter)
        if self.successor is None:  # a language switch hands the place on to the new window
            window_geometry.save(self, self.ctx.data_dir)
        event.accept()

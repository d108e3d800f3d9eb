"""Home: my curriculum with each module's state, continue, review, search and glossary."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.records import Learner
from trainer.labels import region_name, role_name, track_name
from trainer.services.curriculum import ModuleState
from trainer.ui.profile_screens import heading
from trainer.ui.provenance import module_title, unofficial_note
from trainer.ui.theme import state_colour


class _WrappingDelegate(QStyledItemDelegate):
    """Lets long module titles (Russian, Kazakh) wrap onto more lines instead of being cut off."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint(option, index)
        width = max(60, self.view.header().sectionSize(index.column()) - 12)
        text = index.data() or ""
        rect = option.fontMetrics.boundingRect(0, 0, width, 10_000, Qt.TextFlag.TextWordWrap, text)
        return QSize(width, max(hint.height(), rect.height() + 8))


class HomeScreen(QWidget):
    open_module = Signal(str)  # module id: lessons
    take_quiz = Signal(str)  # module id
    continue_requested = Signal()
    review_requested = Signal()
    practice_requested = Signal()
    search_requested = Signal(str)
    glossary_requested = Signal()
    certificate_requested = Signal(str)  # module id, or "" for the whole track

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.states: list[ModuleState] = []
        # Home scrolls as a whole when its blocks do not fit (200% text on a 768-pixel screen with a
        # cohort's test and assignments shown), rather than squeezing the blocks to their headers.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget()
        self.scroll.setWidget(content)
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 16)
        self.greeting = heading("")
        self.who = QLabel()
        self.who.setTextFormat(Qt.TextFormat.PlainText)  # role, region and the unit the learner typed
        self.who.setWordWrap(True)
        layout.addWidget(self.greeting)
        layout.addWidget(self.who)

        actions = QHBoxLayout()
        self.continue_button = QPushButton(self.tr("&Continue where I left off"))
        self.continue_button.setObjectName("primary")
        self.continue_button.clicked.connect(self.continue_requested)
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.review_requested)
        # When no review is due: questions from passed modules, for practice.
        self.practise_button = QPushButton(self.tr("Practise &now"))
        self.practise_button.setToolTip(self.tr("Questions from the modules you have passed"))
        self.practise_button.clicked.connect(self.practice_requested)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search the lessons…"))
        self.search_edit.setAccessibleName(self.tr("Search the lessons"))
        self.search_edit.returnPressed.connect(lambda: self.search_requested.emit(self.search_edit.text()))
        self.glossary_button = QPushButton(self.tr("&Glossary"))
        self.glossary_button.clicked.connect(self.glossary_requested)
        actions.addWidget(self.continue_button)
        actions.addWidget(self.review_button)
        actions.addWidget(self.practise_button)
        actions.addStretch()
        layout.addLayout(actions)
        # Search on a row of its own: at 200% text in Kazakh the actions above fill the width.
        lookup = QHBoxLayout()
        lookup.addWidget(self.search_edit, 1)
        lookup.addWidget(self.glossary_button)
        layout.addLayout(lookup)
        # Small blocks other features put above the curriculum (a cohort's open test): add_block.
        self.blocks = QVBoxLayout()
        layout.addLayout(self.blocks)

        sub = QLabel(self.tr("My curriculum"))
        sub.setObjectName("subheading")
        layout.addWidget(sub)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("My curriculum"))
        self.tree.setHeaderLabels(
            [
                self.tr("Module"),
                self.tr("State"),
                self.tr("Lessons read"),
                self.tr("Best score"),
                self.tr("Attempts left"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setItemDelegateForColumn(0, _WrappingDelegate(self.tree))
        header.sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._update_buttons)
        # Assistive technology selects a row rather than moving the current item: follow it.
        self.tree.itemSelectionChanged.connect(self._follow_selection)
        layout.addWidget(self.tree, 1)
        self._fit_tree()

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        row = QHBoxLayout()
        self.lessons_button = QPushButton(self.tr("Open &lessons"))
        self.lessons_button.clicked.connect(lambda: self._emit(self.open_module))
        self.quiz_button = QPushButton(self.tr("Take the &quiz"))
        self.quiz_button.clicked.connect(lambda: self._emit(self.take_quiz))
        self.certificate_button = QPushButton(self.tr("Save c&ertificate…"))
        self.certificate_button.clicked.connect(lambda: self._emit(self.certificate_requested))
        self.track_certificate_button = QPushButton(self.tr("Save tr&ack certificate…"))
        self.track_certificate_button.clicked.connect(lambda: self.certificate_requested.emit(""))
        # Two rows, so that the buttons fit a 1366-pixel screen at 200% text in every language.
        for b in (self.lessons_button, self.quiz_button):
            row.addWidget(b)
        row.addStretch()
        layout.addLayout(row)
        certificates = QHBoxLayout()
        certificates.addWidget(self.certificate_button)
        certificates.addWidget(self.track_certificate_button)
        certificates.addStretch()
        layout.addLayout(certificates)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_tree()

    def _fit_tree(self) -> None:
        """At least a few curriculum rows stay visible at any text size; Home scrolls for the rest."""
        self.tree.setMinimumHeight(self.tree.fontMetrics().height() * 7)

    def add_block(self, widget: QWidget) -> None:
        """Show a feature's own block above the curriculum; the block hides itself when it has nothing to say."""
        self.blocks.addWidget(widget)

    def show_learner(
        self,
        learner: Learner,
        states: list[ModuleState],
        due_reviews: int,
        can_continue: bool,
        can_practise: bool = False,
    ) -> None:
        self.states = states
        self.greeting.setText(self.tr("Hello, {0}").format(learner.name))
        self.who.setText(
            f"{role_name(learner.role)} · {region_name(learner.region)}"
            + (f" · {learner.unit}" if learner.unit else "")
        )
        self.review_button.setText(self.tr("&Review ({0} due)").format(due_reviews))
        self.review_button.setEnabled(due_reviews > 0)
        self.practise_button.setVisible(due_reviews == 0)
        self.practise_button.setEnabled(can_practise)
        self.continue_button.setEnabled(can_continue)
        current = self._current_id()
        self.tree.clear()
        track = None
        select = None
        for state in states:
            if state.module.meta.track != track:
                track = state.module.meta.track
                group = QTreeWidgetItem([track_name(track)])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.tree.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)  # the track's name across the row, not cut to "Базовая …"
            item = QTreeWidgetItem(self._row(state))
            item.setData(0, Qt.ItemDataRole.UserRole, state.module.id)
            colour = self._colour(state)
            if colour:
                item.setForeground(1, QBrush(QColor(colour)))
            self.tree.addTopLevelItem(item)
            if state.module.id == current or (select is None and not state.passed and not state.locked):
                select = item if select is None or state.module.id == current else select
        if select is None and self.tree.topLevelItemCount() > 1:
            select = self.tree.topLevelItem(1)
        if select is not None:
            self.tree.setCurrentItem(select)
        self.track_certificate_button.setEnabled(bool(states) and all(s.passed for s in states))
        self._update_buttons()

    def _row(self, s: ModuleState) -> list[str]:
        title = module_title(s.module, self.language)
        if s.locked:
            state = self.tr("Locked")
        elif s.passed:
            state = self.tr("Passed")
        elif s.in_progress:
            state = self.tr("Quiz in progress")
        elif s.started:
            state = self.tr("Started")
        else:
            state = self.tr("Not started")
        best = "—" if s.best_score is None else f"{s.best_score:.0f}%"
        if s.in_progress:  # the count would mislead: the open attempt is not spent until it is finished
            left = self.tr("in progress")
        else:
            left = self.tr("unlimited") if s.attempts_left is None else str(s.attempts_left)
        return [title, state, f"{s.lessons_read}/{s.lessons_total}", best, left]

    @staticmethod
    def _colour(s: ModuleState) -> str | None:
        if s.locked:
            return state_colour("locked")
        if s.passed:
            return state_colour("passed")
        if s.in_progress or s.started:
            return state_colour("started")
        return None

    def recolour(self) -> None:
        """Colour each module's state for the theme now applied (after View → theme)."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            s = self._state(item.data(0, Qt.ItemDataRole.UserRole))
            colour = self._colour(s) if s is not None else None
            item.setData(1, Qt.ItemDataRole.ForegroundRole, QBrush(QColor(colour)) if colour else None)

    def _follow_selection(self) -> None:
        selected = self.tree.selectedItems()
        if selected and selected[0] is not self.tree.currentItem():
            self.tree.setCurrentItem(selected[0])

    def _current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _state(self, module_id: str | None) -> ModuleState | None:
        return next((s for s in self.states if s.module.id == module_id), None)

    def _update_buttons(self) -> None:
        s = self._state(self._current_id())
        usable = s is not None and not s.locked
        self.lessons_button.setEnabled(usable)
        self.quiz_button.setEnabled(usable and (s.attempts_left != 0 or s.in_progress))
        self.certificate_button.setEnabled(s is not None and s.passed)
        if s is None:
            self.detail.clear()
        elif s.locked:
            titles = [self._title_of(p) for p in s.locked_by]
            self.detail.setText(self.tr("Locked. Pass this first: {0}").format(", ".join(titles)))
        else:
            self.detail.setText(
                s.module.summary_in(self.language)
                + "  "
                + self.tr("About {0} minutes.").format(s.module.meta.estimated_minutes)
                + ("  " + unofficial_note() if s.module.unofficial else "")
            )

    def _title_of(self, module_id: str) -> str:
        s = self._state(module_id)
        return module_title(s.module, self.language) if s else module_id

    def _emit(self, signal) -> None:
        module_id = self._current_id()
        if module_id:
            signal.emit(module_id)

    def _activated(self, item: QTreeWidgetItem) -> None:
        s = self._state(item.data(0, Qt.ItemDataRole.UserRole))
        if s is not None and not s.locked:
            self.open_module.emit(s.module.id)

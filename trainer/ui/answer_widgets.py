"""One answer widget per question kind, used by the quiz runner.

Every widget turns what the learner does into a response of exactly the shape that
``trainer.domain.grading.grade`` expects (see the table in that module) and shows a stored
response again for resuming and review. Widgets hold no grading rules: they only collect
answers. The question's prompt is shown by the runner, not here.

Radio buttons and check boxes cannot wrap their text, so each option is a button without
text plus a word-wrapped label that clicks the button; the button carries the option text as
its accessible name.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDoubleValidator,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QValidator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trainer.domain import scenario as scenario_walk
from trainer.domain.grading import grade
from trainer.domain.model import (
    Matching,
    MultipleResponse,
    Numeric,
    Option,
    Ordering,
    Question,
    Scenario,
    SingleChoice,
    TrueFalse,
)
from trainer.ui.announce import announce

# An alias that pyside6-lupdate still recognises: translate("AnswerWidgets", "...").
translate = QCoreApplication.translate

_DIMENSIONS = {
    "victim_safety": QT_TRANSLATE_NOOP("AnswerWidgets", "Victim safety"),
    "legality": QT_TRANSLATE_NOOP("AnswerWidgets", "Legality"),
    "victim_centred": QT_TRANSLATE_NOOP("AnswerWidgets", "Victim-centred practice"),
    "gender_sensitivity": QT_TRANSLATE_NOOP("AnswerWidgets", "Gender sensitivity"),
    "confidentiality": QT_TRANSLATE_NOOP("AnswerWidgets", "Confidentiality"),
    "access_to_justice": QT_TRANSLATE_NOOP("AnswerWidgets", "Access to justice"),
    "interagency": QT_TRANSLATE_NOOP("AnswerWidgets", "Inter-agency work"),
}

_OUTCOMES = {
    "good": QT_TRANSLATE_NOOP("AnswerWidgets", "Good outcome"),
    "mixed": QT_TRANSLATE_NOOP("AnswerWidgets", "Mixed outcome"),
    "poor": QT_TRANSLATE_NOOP("AnswerWidgets", "Poor outcome"),
}


def dimension_label(name: str) -> str:
    """A scenario dimension such as ``victim_safety`` in words ("Victim safety")."""
    source = _DIMENSIONS.get(name)
    if source is not None:
        return translate("AnswerWidgets", source)
    words = name.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else name


def outcome_label(outcome: str | None) -> str:
    """A scenario ending's outcome code in words."""
    source = _OUTCOMES.get(outcome or "")
    return translate("AnswerWidgets", source) if source else (outcome or "")


def _ordered(options: Sequence[Option], order: Sequence[str] | None) -> list[Option]:
    """``options`` in display ``order``; unknown ids are dropped and missing ones appended in file order."""
    by_id = {o.id: o for o in options}
    ids = [oid for oid in dict.fromkeys(order or ()) if oid in by_id]
    ids += [o.id for o in options if o.id not in ids]
    return [by_id[oid] for oid in ids]


def _buddy_text(text: str) -> str:
    """A label with a buddy reads '&' as a keyboard mnemonic; content text must show it as it is."""
    return text.replace("&", "&&")


def _hint_colour(widget: QWidget) -> QColor:
    """Dark red on light backgrounds, light red on dark ones (high-contrast theme)."""
    window = widget.palette().color(QPalette.ColorRole.Window)
    return QColor("#ff8080") if window.lightness() < 128 else QColor("#b00020")


# ---------------------------------------------------------------------------------------------
# Building blocks


# Python overrides below read no instance attributes that Python's garbage collector may
# already have cleared while Qt still delivers events during teardown: they use Qt calls
# (buddy(), parentWidget()) and class-level signals instead of event filters.


class _OptionText(QWidget):
    """An option's word-wrapped text, drawn rather than held in a QLabel, that clicks its button.

    A QLabel would be a second accessible object with the same text as its radio button or check
    box, so a screen reader browsing the question read every option twice. This widget has no
    accessible name of its own; the button carries the text (and the whole text is a click target).
    """

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._button = button
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._text

    def wordWrap(self) -> bool:  # noqa: N802 - reads like QLabel's
        return True

    def buddy(self) -> QAbstractButton:
        return self._button

    def _flags(self) -> int:
        return int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        rect = self.fontMetrics().boundingRect(QRect(0, 0, max(1, width), 1_000_000), self._flags(), self._text)
        return rect.height() + 2

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = min(640, self.fontMetrics().horizontalAdvance(self._text) + 4)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(40, self.fontMetrics().height())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            group = QPalette.ColorGroup.Normal if self.isEnabled() else QPalette.ColorGroup.Disabled
            painter.setPen(self.palette().color(group, QPalette.ColorRole.WindowText))
            painter.drawText(self.rect(), self._flags(), self._text)
        finally:
            painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        button = self._button
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            if button.isEnabled():
                button.setFocus(Qt.FocusReason.MouseFocusReason)
                button.click()
            event.accept()
            return
        super().mouseReleaseEvent(event)


def _repaint_row(button: QAbstractButton) -> None:
    row = button.parentWidget()
    if row is not None:
        row.update()


class _RadioButton(QRadioButton):
    """A radio button that reports Return/Enter and repaints its row's focus outline."""

    activated = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            if not self.isChecked():
                self.click()
            self.activated.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        _repaint_row(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        _repaint_row(self)


class _CheckBox(QCheckBox):
    """A check box that repaints its row's focus outline; Up and Down move to the neighbouring box."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            boxes = [b for b in self.parentWidget().parentWidget().findChildren(_CheckBox) if b.isEnabled()]
            if self in boxes:
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                boxes[(boxes.index(self) + step) % len(boxes)].setFocus(Qt.FocusReason.TabFocusReason)
                event.accept()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        _repaint_row(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        _repaint_row(self)


class _OptionRow(QWidget):
    """A radio button or check box followed by its wrapped label; outlined while the button has focus."""

    def __init__(self, button: QAbstractButton, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = button
        button.setAccessibleName(text)
        self.label = _OptionText(text, button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(8)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        focused = QApplication.focusWidget()
        if focused is not None and focused.parentWidget() is self:
            painter = QPainter(self)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
                painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)
            finally:
                painter.end()


class _ChoiceGroup(QWidget):
    """Options as radio buttons (``exclusive``) or check boxes, each with a wrapped label.

    Arrow keys move between the buttons (the QButtonGroup links them); Return or Enter on a
    radio button chooses it and emits ``activated`` with its key.
    """

    toggled = Signal()
    activated = Signal(str)

    def __init__(self, entries: Sequence[tuple[str, str]], exclusive: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exclusive = exclusive
        # Only radio buttons share a group: Qt makes a button group a single Tab stop, which for
        # check boxes left every box but the first out of reach of the keyboard.
        self._group = QButtonGroup(self) if exclusive else None
        self.buttons: dict[str, QAbstractButton] = {}
        self.rows: list[_OptionRow] = []
        # The row draws the focus outline around button and text; a focus border on the small
        # text-less button (as an application style sheet may set) would only be clipped.
        self.setStyleSheet("QRadioButton:focus, QCheckBox:focus { border: none; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for key, text in entries:
            button: QAbstractButton = _RadioButton() if exclusive else _CheckBox()
            button.setObjectName(f"option_{key}")
            row = _OptionRow(button, text, self)
            layout.addWidget(row)
            if self._group is not None:
                self._group.addButton(button)
            else:
                button.toggled.connect(partial(self._on_toggled, button))
            self.buttons[key] = button
            self.rows.append(row)
            if isinstance(button, _RadioButton):
                button.activated.connect(partial(self.activated.emit, key))
        if self._group is not None:
            self._group.buttonToggled.connect(self._on_toggled)

    def _on_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        # An exclusive group reports the old button going off and the new one going on.
        if checked or not self._exclusive:
            self.toggled.emit()

    def checked(self) -> list[str]:
        return [key for key, button in self.buttons.items() if button.isChecked()]

    def set_checked(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        if self._group is not None:
            self._group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key in wanted)
        if self._group is not None:
            self._group.setExclusive(self._exclusive)

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not locked)

    def first_button(self) -> QAbstractButton | None:
        checked = [b for b in self.buttons.values() if b.isChecked()]
        if checked:
            return checked[0]
        return next(iter(self.buttons.values()), None)


def _only(bold: bool = False, italic: bool = False) -> QFont:
    """A font that sets only its weight or slant, so its size still follows View → Text size."""
    font = QFont()
    font.setResolveMask(0)
    if bold:
        font.setBold(True)
    if italic:
        font.setItalic(True)
    return font


def _wrapped_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _chain_ends(window: QWidget) -> tuple[QWidget, QWidget]:
    """The first and last widgets of ``window``'s focus chain (a ring through the window).

    The walks below stop at these ends and never ask a child for its neighbour when that
    neighbour is the window itself: PySide then records the parentless window as owned by the
    child, and deleting the child later invalidates the window's menus and actions in Python.
    """
    return window.nextInFocusChain(), window.previousInFocusChain()


def _tab_controls(root: QWidget) -> list[QWidget]:
    """The descendants of ``root`` that Tab can reach, in the window's current focus-chain order."""
    window = root.window()
    first, last = _chain_ends(window)
    out: list[QWidget] = []
    widget = first
    for _ in range(100_000):  # the chain is a ring; the bound only guards against surprises
        if widget is None or widget is window:
            break
        if _takes_tab(widget) and root.isAncestorOf(widget):
            out.append(widget)
        if widget is last:
            break
        widget = widget.nextInFocusChain()
    return out


def _splice_tab_order(after: QWidget, controls: Sequence[QWidget]) -> None:
    """Put ``controls`` one after another straight after ``after`` (which must take Tab focus)."""
    previous = after
    for control in controls:
        QWidget.setTabOrder(previous, control)
        previous = control


# ---------------------------------------------------------------------------------------------
# The widgets


class AnswerWidget(QWidget):
    """Base of every answer widget: collects one response and shows a stored one.

    ``changed`` is emitted when the learner changes their answer, never by ``set_response``.
    """

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self._locked = False
        self._quiet = 0
        self._tab_parent: QWidget | None = None

    def response(self) -> Any | None:
        """The response in the shape ``grade`` expects, or None while the answer is incomplete."""
        raise NotImplementedError

    def set_response(self, response: Any) -> None:
        """Show ``response`` (a stored answer; None clears). Ids the question does not know are ignored."""
        raise NotImplementedError

    def set_locked(self, locked: bool) -> None:
        """Make the widget read-only (after submitting) or editable again."""
        self._locked = locked
        self._apply_locked(locked)

    def is_locked(self) -> bool:
        return self._locked

    def _apply_locked(self, locked: bool) -> None:
        raise NotImplementedError

    @contextmanager
    def _silently(self) -> Iterator[None]:
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def _notify(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def place_in_tab_order(self, after: QWidget) -> None:
        """Make Tab go from ``after`` (a control that takes Tab focus) through this widget's controls.

        Qt appends the controls of a widget to the end of its new window's Tab order when it is
        put into a window, i.e. after every control that already existed there. This is done
        automatically, when the widget is first shown in a new parent, after the nearest ancestor
        that takes Tab focus (such as a QScrollArea); call it to choose another place.
        """
        if after.window() is self.window() and _takes_tab(after):
            _splice_tab_order(after, _tab_controls(self))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Once per new parent, so that an order the caller set afterwards is kept.
        if self.parentWidget() is not self._tab_parent:
            self._tab_parent = self.parentWidget()
            self._follow_focusable_ancestor()

    def _follow_focusable_ancestor(self) -> None:
        parent = self.parentWidget()
        while parent is not None:
            if _takes_tab(parent):
                self.place_in_tab_order(parent)
                return
            if parent.isWindow():
                return
            parent = parent.parentWidget()


class _ChoiceAnswer(AnswerWidget):
    """Shared by single choice, multiple response and true/false."""

    def __init__(
        self, question: Question, entries: Sequence[tuple[str, str]], exclusive: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.choices = _ChoiceGroup(entries, exclusive, self)
        self.choices.setAccessibleName(
            translate("AnswerWidgets", "Options")
            if exclusive
            else translate("AnswerWidgets", "Options, choose all that apply")
        )
        layout.addWidget(self.choices)
        layout.addStretch(1)
        self.choices.toggled.connect(self._notify)
        first = self.choices.first_button()
        if first is not None:
            self.setFocusProxy(first)

    def _apply_locked(self, locked: bool) -> None:
        self.choices.set_locked(locked)

    def button(self, key: str) -> QAbstractButton:
        """The radio button or check box of option ``key`` (for tests and the runner's review marks)."""
        return self.choices.buttons[key]


class SingleChoiceWidget(_ChoiceAnswer):
    def __init__(self, question: SingleChoice, order: Sequence[str] | None, parent: QWidget | None = None) -> None:
        options = _ordered(question.options, order)
        super().__init__(question, [(o.id, o.text) for o in options], True, parent)

    def response(self) -> str | None:
        checked = self.choices.checked()
        return checked[0] if checked else None

    def set_response(self, response: Any) -> None:
        with self._silently():
            self.choices.set_checked([response] if isinstance(response, str) else [])


class MultipleResponseWidget(_ChoiceAnswer):
    def __init__(self, question: MultipleResponse, order: Sequence[str] | None, parent: QWidget | None = None) -> None:
        options = _ordered(question.options, order)
        super().__init__(question, [(o.id, o.text) for o in options], False, parent)

    def response(self) -> list[str] | None:
        """The chosen option ids in file order; None while nothing is chosen."""
        chosen = set(self.choices.checked())
        if not chosen:
            return None
        return [o.id for o in self.question.options if o.id in chosen]

    def set_response(self, response: Any) -> None:
        with self._silently():
            self.choices.set_checked(response if isinstance(response, (list, tuple)) else [])


class TrueFalseWidget(_ChoiceAnswer):
    def __init__(self, question: TrueFalse, parent: QWidget | None = None) -> None:
        entries = [("true", translate("AnswerWidgets", "True")), ("false", translate("AnswerWidgets", "False"))]
        super().__init__(question, entries, True, parent)

    def response(self) -> bool | None:
        checked = self.choices.checked()
        return (checked[0] == "true") if checked else None

    def set_response(self, response: Any) -> None:
        with self._silently():
            if isinstance(response, bool):
                self.choices.set_checked(["true" if response else "false"])
            else:
                self.choices.set_checked([])


class _OrderList(QListWidget):
    """The ordering list: drag and drop within itself, word-wrapped items, as tall as its items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Tall enough to show every (wrapped) item at the current width, so nothing scrolls.
        self.executeDelayedItemsLayout()
        height = self.contentsSize().height() + 2 * self.frameWidth() + 4
        return QSize(super().sizeHint().width(), max(height, 60))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(120, 60)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # Rewrapping changes the height the items need.
            QTimer.singleShot(0, self, self.updateGeometry)


class OrderingWidget(AnswerWidget):
    """A list the learner reorders by dragging, by the Move buttons, or by Alt+Up / Alt+Down."""

    def __init__(self, question: Ordering, order: Sequence[str] | None, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self._texts = {i.id: i.text for i in question.items}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.list = _OrderList(self)
        # Assistive technology selects an item rather than making it current: the buttons follow it.
        self.list.itemSelectionChanged.connect(self._follow_selection)
        self.list.setAccessibleName(translate("AnswerWidgets", "Items in your order"))
        self.list.setAccessibleDescription(
            translate("AnswerWidgets", "Select an item and press Alt+Up or Alt+Down to move it, or drag it.")
        )
        for item in _ordered(question.items, order):
            entry = QListWidgetItem(item.text)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
            self.list.addItem(entry)
        column = QVBoxLayout()
        self.up_button = QPushButton(translate("AnswerWidgets", "Move up"))
        self.down_button = QPushButton(translate("AnswerWidgets", "Move down"))
        for button, keys in ((self.up_button, "Alt+Up"), (self.down_button, "Alt+Down")):
            button.setAccessibleName(button.text())
            button.setToolTip(
                f"{button.text()} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            button.setAutoDefault(True)
            column.addWidget(button)
        column.addStretch(1)
        layout.addWidget(self.list, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(column)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self._shortcuts = []
        for keys, slot in (("Alt+Up", self.move_up), ("Alt+Down", self.move_down)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

        model = self.list.model()
        model.rowsMoved.connect(self._on_rows_changed)
        model.rowsRemoved.connect(self._on_rows_changed)
        model.rowsInserted.connect(self._on_rows_changed)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._last = self._ids()
        self._renumber()
        self.setFocusProxy(self.list)

    def _ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _renumber(self) -> None:
        n = self.list.count()
        for i in range(n):
            item = self.list.item(i)
            text = self._texts.get(item.data(Qt.ItemDataRole.UserRole), "")
            item.setText(f"{i + 1}. {text}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                translate("AnswerWidgets", "{0}, position {1} of {2}").format(text, i + 1, n),
            )

    def _on_rows_changed(self, *_args: object) -> None:
        # A drag may insert the moved row before removing the old one; wait for a whole permutation.
        ids = self._ids()
        if sorted(ids) != sorted(self._texts) or ids == self._last:
            return
        self._last = ids
        self._renumber()
        self._notify()

    def move_up(self) -> None:
        """Move the current item one place up."""
        self._move(-1)

    def move_down(self) -> None:
        """Move the current item one place down."""
        self._move(1)

    def _follow_selection(self) -> None:
        selected = self.list.selectedItems()
        if selected and selected[0] is not self.list.currentItem():
            self.list.setCurrentItem(selected[0])

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if self._locked or row < 0 or not 0 <= target < self.list.count():
            return
        # moveRow's destination is the row the item lands before.
        self.list.model().moveRow(QModelIndex(), row, QModelIndex(), target + 1 if step > 0 else target)
        self.list.setCurrentRow(target)
        self.list.scrollToItem(self.list.item(target))

    def response(self) -> list[str]:
        """The item ids in the learner's order (always complete)."""
        return self._ids()

    def set_response(self, response: Any) -> None:
        if not isinstance(response, (list, tuple)):
            return
        wanted = [i for i in response if i in self._texts]
        with self._silently():
            for target, item_id in enumerate(dict.fromkeys(wanted)):
                row = self._ids().index(item_id)
                if row != target:
                    self.list.model().moveRow(QModelIndex(), row, QModelIndex(), target)
            self._last = self._ids()
            self._renumber()
            if self.list.count():
                self.list.setCurrentRow(0)

    def _apply_locked(self, locked: bool) -> None:
        self.list.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop if locked else QAbstractItemView.DragDropMode.InternalMove
        )
        self.up_button.setEnabled(not locked)
        self.down_button.setEnabled(not locked)


class _ResponseCombo(QComboBox):
    """A combo box whose popup is wide enough for the longest response."""

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        view = self.view()
        wanted = view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width() + 16
        screen = self.screen()
        limit = screen.availableGeometry().width() - 40 if screen else wanted
        view.setMinimumWidth(max(self.width(), min(wanted, limit)))
        super().showPopup()


class MatchingWidget(AnswerWidget):
    """One row per premise: its text and a combo box of the responses."""

    def __init__(self, question: Matching, order: Sequence[str] | None, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        outer.addStretch(1)
        responses = _ordered(question.responses, order)
        self.combos: dict[str, QComboBox] = {}
        for row, premise in enumerate(question.premises):
            label = _wrapped_label(_buddy_text(premise.text), self)
            combo = _ResponseCombo(self)
            combo.setObjectName(f"premise_{premise.id}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.addItem(translate("AnswerWidgets", "Choose…"), None)
            for r in responses:
                combo.addItem(r.text, r.id)
                combo.setItemData(combo.count() - 1, r.text, Qt.ItemDataRole.ToolTipRole)
            combo.setAccessibleName(premise.text)
            combo.setAccessibleDescription(translate("AnswerWidgets", "Choose the match for this item"))
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._on_combo(c))
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(combo, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.combos[premise.id] = combo
        if self.combos:
            self.setFocusProxy(next(iter(self.combos.values())))

    def _on_combo(self, combo: QComboBox) -> None:
        combo.setToolTip(combo.currentText() if combo.currentIndex() > 0 else "")
        self._notify()

    def choose(self, premise_id: str, response_id: str | None) -> None:
        """Pick ``response_id`` (None: the placeholder) for a premise, as the learner would."""
        combo = self.combos[premise_id]
        combo.setCurrentIndex(max(0, combo.findData(response_id)) if response_id is not None else 0)

    def response(self) -> dict[str, str] | None:
        """{premise id: response id}, or None until every premise has a choice."""
        out = {pid: combo.currentData() for pid, combo in self.combos.items()}
        if any(v is None for v in out.values()):
            return None
        return out

    def set_response(self, response: Any) -> None:
        mapping = response if isinstance(response, dict) else {}
        with self._silently():
            for pid, combo in self.combos.items():
                index = combo.findData(mapping.get(pid)) if mapping.get(pid) is not None else -1
                combo.setCurrentIndex(index if index > 0 else 0)

    def _apply_locked(self, locked: bool) -> None:
        for combo in self.combos.values():
            combo.setEnabled(not locked)


_NUMBER_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_PARTIAL_NUMBER_RE = re.compile(r"^[+-]?\d*\.?\d*$")


def _normalise_number_text(text: str) -> str:
    """Accept a decimal comma and a typographic minus whatever the locale."""
    return text.strip().replace(",", ".").replace("\u2212", "-").replace(" ", "").replace("\u00a0", "")


def parse_number(text: str) -> float | None:
    """``text`` as a finite number ("24", "24.5", "24,5"), or None."""
    cleaned = _normalise_number_text(text)
    if not _NUMBER_RE.match(cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) else None


def format_number(value: float) -> str:
    """A number as the learner would type it: 24 rather than 24.0, never in exponent form."""
    text = repr(float(value))
    if "e" in text or "E" in text:
        text = f"{value:.15f}".rstrip("0").rstrip(".")
    return text.removesuffix(".0")


class _NumberValidator(QDoubleValidator):
    """QDoubleValidator in the C locale that turns a decimal comma into a point as it is typed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        locale = QLocale.c()
        locale.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
        self.setLocale(locale)
        self.setNotation(QDoubleValidator.Notation.StandardNotation)

    def validate(self, text: str, pos: int) -> object:
        fixed = text.replace(",", ".").replace("\u2212", "-")
        # Spaces group thousands ("60 852"), as Russian and Kazakh write them; they do not count.
        result = super().validate(fixed.replace(" ", "").replace("\u00a0", ""), pos)
        state = result[0] if isinstance(result, tuple) else result
        if state == QValidator.State.Invalid:
            return QValidator.State.Invalid, text, pos
        return state, fixed, pos


class NumericWidget(AnswerWidget):
    """An entry box for a number, the unit beside it and a hint when the text is not a number."""

    def __init__(self, question: Numeric, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.caption = QLabel(translate("AnswerWidgets", "Your answer:"), self)
        self.edit = QLineEdit(self)
        self._validator = _NumberValidator(self.edit)  # keep the Python object that overrides validate()
        self.edit.setValidator(self._validator)
        self.edit.setMaximumWidth(220)
        self.edit.setPlaceholderText(translate("AnswerWidgets", "for example 24, 2.5 or 60 852"))
        self.caption.setBuddy(self.edit)
        self.unit = QLabel(question.unit or "", self)
        self.unit.setVisible(bool(question.unit))
        if question.unit:
            self.edit.setAccessibleName(translate("AnswerWidgets", "Your answer in {0}").format(question.unit))
        else:
            self.edit.setAccessibleName(translate("AnswerWidgets", "Your answer"))
        row.addWidget(self.caption)
        row.addWidget(self.edit, 1)
        row.addWidget(self.unit)
        row.addStretch(1)
        outer.addLayout(row)
        self.hint = QLabel(translate("AnswerWidgets", "Enter a number, for example 24 or 2.5."), self)
        self.hint.setWordWrap(True)
        palette = self.hint.palette()
        palette.setColor(QPalette.ColorRole.WindowText, _hint_colour(self))
        self.hint.setPalette(palette)
        self.hint.setVisible(False)
        outer.addWidget(self.hint)
        outer.addStretch(1)
        self.edit.textChanged.connect(self._on_text)
        self.edit.inputRejected.connect(self._on_rejected)
        self.setFocusProxy(self.edit)

    def _on_text(self, _text: str) -> None:
        self._update_hint()
        self._notify()

    def _on_rejected(self) -> None:
        self._show_hint(True)

    def _update_hint(self) -> None:
        text = self.edit.text()
        cleaned = _normalise_number_text(text)
        bad = bool(cleaned) and parse_number(text) is None and not _PARTIAL_NUMBER_RE.match(cleaned)
        self._show_hint(bad)

    def _show_hint(self, show: bool) -> None:
        self.hint.setVisible(show)
        self.edit.setAccessibleDescription(self.hint.text() if show else "")

    def hint_shown(self) -> bool:
        """Whether the "Enter a number" hint is on (whether or not the window is on screen)."""
        return not self.hint.isHidden()

    def response(self) -> float | None:
        return parse_number(self.edit.text())

    def set_response(self, response: Any) -> None:
        with self._silently():
            if isinstance(response, (int, float)) and not isinstance(response, bool) and math.isfinite(response):
                self.edit.setText(format_number(response))
            else:
                self.edit.clear()
            self._update_hint()

    def _apply_locked(self, locked: bool) -> None:
        self.edit.setReadOnly(locked)


# ---------------------------------------------------------------------------------------------
# Scenarios


class ScenarioWidget(AnswerWidget):
    """Plays a branching scenario one node at a time.

    At a node the learner picks a choice and presses Choose (or Return); the choice's feedback
    follows with a Continue button; then the next node. At an ending the outcome is shown,
    ``changed`` is emitted and ``response()`` becomes the list of choice indexes.
    """

    step_taken = Signal(int)

    CHOOSING, CONSEQUENCE, ENDED = "choosing", "consequence", "ended"

    def __init__(
        self,
        question: Scenario,
        parent: QWidget | None = None,
        choice_orders: dict[str, tuple[int, ...]] | None = None,
    ) -> None:
        super().__init__(question, parent)
        self.scenario = question
        self._orders = dict(choice_orders or {})
        self._announcement = ""
        # Called with the path including a new choice before its consequence is shown; returns
        # False when the step could not be kept (the choice is then not taken).
        self.keep_step: Callable[[list[int]], bool] | None = None
        self._path: list[int] = []
        self._node_id = question.start
        self._phase = self.CHOOSING
        self._restart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.step_label = QLabel(self)
        self.step_label.setFont(_only(bold=True))
        self.text = _wrapped_label("", self)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.step_label)
        layout.addWidget(self.text)
        self._body = QWidget(self)
        self._retired: list[tuple[QWidget | None, ...]] = []
        layout.addWidget(self._body)
        self.choices: _ChoiceGroup | None = None
        self.choose_button: QPushButton | None = None
        self.continue_button: QPushButton | None = None
        layout.addStretch(1)
        self._show()

    # -- state ------------------------------------------------------------------------------

    @property
    def path(self) -> tuple[int, ...]:
        """The choice indexes taken so far."""
        return tuple(self._path)

    @property
    def phase(self) -> str:
        """``choosing``, ``consequence`` (feedback on the last choice) or ``ended``."""
        return self._phase

    @property
    def node_id(self) -> str:
        return self._node_id

    def finished(self) -> bool:
        return self._phase == self.ENDED

    # -- actions ----------------------------------------------------------------------------

    def choose(self, index: int) -> None:
        """Take choice ``index`` at the current node and show its consequence."""
        if self._locked:
            return
        if self.keep_step is not None and self._phase == self.CHOOSING and not self.keep_step([*self._path, index]):
            return
        self._take(index)
        self._show()
        self.step_taken.emit(index)

    def continue_(self) -> None:
        """Leave the consequence and go to the next node (or the ending)."""
        if self._locked:
            return
        self._advance()
        self._show()
        if self._phase == self.ENDED:
            self._notify()

    def _take(self, index: int) -> None:
        node = self.scenario.nodes[self._node_id]
        if self._phase != self.CHOOSING:
            raise RuntimeError(f"cannot choose while {self._phase}")
        if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(node.choices):
            raise ValueError(f"node {self._node_id!r} has no choice {index!r}")
        self._path.append(index)
        self._phase = self.CONSEQUENCE

    def _advance(self) -> None:
        if self._phase != self.CONSEQUENCE:
            raise RuntimeError(f"cannot continue while {self._phase}")
        node = self.scenario.nodes[self._node_id]
        self._node_id = node.choices[self._path[-1]].next
        self._phase = self.ENDED if self.scenario.nodes[self._node_id].terminal else self.CHOOSING

    def _restart(self) -> None:
        self._path = []
        self._node_id = self.scenario.start
        self._phase = self.ENDED if self.scenario.nodes[self._node_id].terminal else self.CHOOSING

    # -- the AnswerWidget API ---------------------------------------------------------------

    def response(self) -> list[int] | None:
        return list(self._path) if self._phase == self.ENDED else None

    def resume(self, steps: Sequence[int]) -> None:
        """Continue a scenario whose first ``steps`` were taken (and saved) in an earlier session."""
        self.set_response(list(steps))

    def set_response(self, response: Any) -> None:
        """Replay ``response`` (choice indexes) as far as it fits the scenario; None starts again."""
        with self._silently():
            self._restart()
            for index in response if isinstance(response, (list, tuple)) else ():
                if self._phase != self.CHOOSING:
                    break
                try:
                    self._take(index)
                except ValueError:
                    break
                self._advance()
            self._show()

    def _apply_locked(self, locked: bool) -> None:
        if self.continue_button is not None:
            self.continue_button.setEnabled(not locked)
        if self.choices is not None:
            self.choices.set_locked(locked)
        self._on_choice_toggled()

    # -- display ----------------------------------------------------------------------------

    def _show(self) -> None:
        focus = QApplication.focusWidget()
        had_focus = focus is not None and (focus is self or self.isAncestorOf(focus))
        node = self.scenario.nodes[self._node_id]
        step = len(self._path) + (0 if self._phase == self.CONSEQUENCE else 1)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        # Hold the old body's Python wrappers until Qt has deleted it, or the garbage collector
        # may clear them while Qt still sends the widgets events.
        self._retired = [r for r in self._retired if shiboken6.isValid(r[0])]
        self._retired.append((self._body, self.choices, self.choose_button, self.continue_button))
        self.choices = self.choose_button = self.continue_button = None
        focus_target: QWidget | None = None

        if self._phase == self.ENDED:
            self.step_label.setText(translate("AnswerWidgets", "The end"))
            self.text.setText(node.text)
            outcome = QLabel(translate("AnswerWidgets", "Ending: {0}").format(outcome_label(node.outcome)), body)
            outcome.setObjectName("scenario_outcome")
            outcome.setFont(_only(bold=True))
            layout.addWidget(outcome)
            if self._path:
                layout.addWidget(QLabel(translate("AnswerWidgets", "Your choices:"), body))
                layout.addWidget(_wrapped_label(self._path_text(), body))
            focus_target = outcome
            self._announcement = " ".join((self.step_label.text() + ".", node.text, outcome.text()))
        elif self._phase == self.CHOOSING:
            self.step_label.setText(translate("AnswerWidgets", "Step {0}").format(step))
            self.text.setText(node.text)
            if self._path:
                story = QLabel(translate("AnswerWidgets", "The story so far:"), body)
                layout.addWidget(story)
                so_far = _wrapped_label(self._path_text(), body)
                so_far.setObjectName("scenario_story")
                story.setBuddy(so_far)
                layout.addWidget(so_far)
            prompt = QLabel(translate("AnswerWidgets", "What do you do?"), body)
            layout.addWidget(prompt)
            order = self._orders.get(self._node_id) or tuple(range(len(node.choices)))
            self.choices = _ChoiceGroup([(str(i), node.choices[i].text) for i in order], True, body)
            self.choices.setAccessibleName(prompt.text())
            layout.addWidget(self.choices)
            self.choose_button = QPushButton(translate("AnswerWidgets", "Choose"), body)
            self.choose_button.setAccessibleName(self.choose_button.text())
            self.choose_button.setAutoDefault(True)
            self.choose_button.setEnabled(False)
            self.choose_button.clicked.connect(self._on_choose_clicked)
            self.choices.toggled.connect(self._on_choice_toggled)
            self.choices.activated.connect(lambda key: self.choose(int(key)))
            row = QHBoxLayout()
            row.addWidget(self.choose_button)
            row.addStretch(1)
            layout.addLayout(row)
            focus_target = self.choices.first_button()
            self._announcement = " ".join((self.step_label.text() + ".", node.text, prompt.text()))
        else:
            choice = node.choices[self._path[-1]]
            self.step_label.setText(translate("AnswerWidgets", "Step {0}").format(step))
            self.text.setText(node.text)
            chosen = _wrapped_label(translate("AnswerWidgets", "You chose: {0}").format(choice.text), body)
            chosen.setFont(_only(italic=True))
            layout.addWidget(chosen)
            if choice.feedback:
                card = QFrame(body)
                card.setObjectName("card")
                card.setFrameShape(QFrame.Shape.StyledPanel)
                card_layout = QVBoxLayout(card)
                feedback = _wrapped_label(choice.feedback, card)
                feedback.setObjectName("scenario_feedback")
                card_layout.addWidget(feedback)
                layout.addWidget(card)
            self.continue_button = QPushButton(translate("AnswerWidgets", "Continue"), body)
            self.continue_button.setAccessibleName(self.continue_button.text())
            self.continue_button.setAccessibleDescription(choice.feedback)
            self._announcement = chosen.text() + " " + choice.feedback
            self.continue_button.setAutoDefault(True)
            self.continue_button.clicked.connect(self.continue_)
            row = QHBoxLayout()
            row.addWidget(self.continue_button)
            row.addStretch(1)
            layout.addLayout(row)
            focus_target = self.continue_button

        # Point the focus proxy at the new body before the old one is deleted.
        focusable = focus_target is not None and focus_target.focusPolicy() != Qt.FocusPolicy.NoFocus
        self.setFocusProxy(focus_target if focusable else None)
        old = self._body
        # The new controls take the old ones' place in the Tab order (Qt puts them at the end).
        anchor = self._tab_predecessor(old)
        if anchor is not None:
            _splice_tab_order(anchor, _tab_controls(body))
        self.layout().replaceWidget(old, body)
        self._body = body
        body.show()  # now, not when the layout's queued show arrives, so that focus can move to it
        old.hide()
        old.deleteLater()
        self._apply_locked(self._locked)
        if not self._quiet:  # a replayed path (resume) is not news
            announce(self, self._announcement)
        if had_focus and focusable:
            focus_target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tab_predecessor(self, old: QWidget) -> QWidget | None:
        """The control before ``old``'s controls in the Tab order, if any outside ``old`` takes Tab."""
        controls = _tab_controls(old)
        if not controls:
            return None
        window = self.window()
        first, _last = _chain_ends(window)
        if controls[0] is first:
            return None
        widget = controls[0].previousInFocusChain()
        for _ in range(100_000):
            if widget is None or widget is window or widget is controls[0]:
                return None
            if _takes_tab(widget) and not (widget is old or old.isAncestorOf(widget)):
                return widget
            if widget is first:
                return None
            widget = widget.previousInFocusChain()
        return None

    def _path_text(self) -> str:
        w = scenario_walk.walk(self.scenario, self._path)
        lines = []
        for n, (node_id, index) in enumerate(zip(w.nodes, w.choices, strict=False), start=1):
            lines.append(f"{n}. {self.scenario.nodes[node_id].choices[index].text}")
        return "\n".join(lines)

    def _on_choice_toggled(self) -> None:
        if self.choose_button is not None and self.choices is not None:
            self.choose_button.setEnabled(bool(self.choices.checked()) and not self._locked)

    def _on_choose_clicked(self) -> None:
        if self.choices is not None and self.choices.checked():
            self.choose(int(self.choices.checked()[0]))


# ---------------------------------------------------------------------------------------------
# Debrief


def _fmt(value: float) -> str:
    return f"{value:+g}" if value else "0"


def _choice_list(question: Scenario, path: Sequence[int]) -> str:
    w = scenario_walk.walk(question, list(path))
    items = [
        f"<li>{html.escape(question.nodes[node_id].choices[index].text)}</li>"
        for node_id, index in zip(w.nodes, w.choices, strict=False)
    ]
    return f"<ol>{''.join(items)}</ol>" if items else "<p>—</p>"


def debrief_html(question: Scenario, path: Sequence[int]) -> str:
    """The debrief after a scenario: the ending, the learner's path beside the best path and the scores.

    Raises ``trainer.domain.scenario.ScenarioPathError`` when ``path`` does not fit the scenario.
    """
    esc = html.escape
    # Translated outside the f-strings, where pyside6-lupdate can find them.
    ending_label = translate("AnswerWidgets", "Ending: {0}")
    debrief_label = translate("AnswerWidgets", "Debrief:")
    took_best = translate("AnswerWidgets", "You took the best path.")
    as_good = translate("AnswerWidgets", "Your path scores as well as the best path.")
    unfinished = translate("AnswerWidgets", "The scenario was not finished.")
    your_path = esc(translate("AnswerWidgets", "Your path"))
    best_path = esc(translate("AnswerWidgets", "Best path"))
    scores = esc(translate("AnswerWidgets", "Scores"))
    dimension = esc(translate("AnswerWidgets", "Dimension"))
    total = esc(translate("AnswerWidgets", "Total"))

    learner = scenario_walk.walk(question, list(path))
    best_total, best = scenario_walk.best_path(question)
    best_walk = scenario_walk.walk(question, list(best))
    parts: list[str] = []
    ending = question.nodes[learner.current]
    if ending.terminal:
        parts.append(f"<h3>{esc(ending_label.format(outcome_label(ending.outcome)))}</h3>")
        parts.append(f"<p>{esc(ending.text)}</p>")
        if ending.debrief:
            parts.append(f"<p><b>{esc(debrief_label)}</b> {esc(ending.debrief)}</p>")
        if list(path) == list(best):
            parts.append(f"<p>{esc(took_best)}</p>")
        elif grade(question, list(path)).correct:
            parts.append(f"<p>{esc(as_good)}</p>")
    else:
        parts.append(f"<p>{esc(unfinished)}</p>")

    parts.append('<table border="1" cellspacing="0" cellpadding="6" width="100%">')
    parts.append(f"<tr><th align='left' width='50%'>{your_path}</th><th align='left' width='50%'>{best_path}</th></tr>")
    parts.append(
        f"<tr><td valign='top'>{_choice_list(question, path)}</td>"
        f"<td valign='top'>{_choice_list(question, best)}</td></tr>"
    )
    parts.append("</table>")

    parts.append(f"<h4>{scores}</h4>")
    parts.append('<table border="1" cellspacing="0" cellpadding="6">')
    parts.append(
        f"<tr><th align='left'>{dimension}</th><th align='right'>{your_path}</th><th align='right'>{best_path}</th></tr>"
    )
    dims = list(question.dimensions) + [d for d in learner.totals if d not in question.dimensions]
    for dim in dims:
        parts.append(
            f"<tr><td>{esc(dimension_label(dim))}</td>"
            f"<td align='right'>{_fmt(learner.totals.get(dim, 0.0))}</td>"
            f"<td align='right'>{_fmt(best_walk.totals.get(dim, 0.0))}</td></tr>"
        )
    parts.append(
        f"<tr><td><b>{total}</b></td>"
        f"<td align='right'><b>{_fmt(learner.total)}</b></td>"
        f"<td align='right'><b>{_fmt(best_total)}</b></td></tr>"
    )
    parts.append("</table>")
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Factory


def make_answer_widget(
    question: Question,
    option_order: tuple[str, ...] | None,
    parent: QWidget | None = None,
    choice_orders: dict[str, tuple[int, ...]] | None = None,
) -> AnswerWidget:
    """The answer widget for ``question``, its options in ``option_order`` (None: file order).

    ``choice_orders`` gives a scenario's choices per node in display order.
    """
    if isinstance(question, SingleChoice):
        return SingleChoiceWidget(question, option_order, parent)
    if isinstance(question, MultipleResponse):
        return MultipleResponseWidget(question, option_order, parent)
    if isinstance(question, TrueFalse):
        return TrueFalseWidget(question, parent)
    if isinstance(question, Ordering):
        return OrderingWidget(question, option_order, parent)
    if isinstance(question, Matching):
        return MatchingWidget(question, option_order, parent)
    if isinstance(question, Numeric):
        return NumericWidget(question, parent)
    if isinstance(question, Scenario):
        return ScenarioWidget(question, parent, choice_orders)
    raise TypeError(f"no answer widget for {type(question).__name__}")

"""First run and profiles: the welcome screen, the profile form and the profile chooser."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.limits import NAME_MAX, UNIT_MAX
from trainer.domain.model import ROLES
from trainer.domain.records import Learner
from trainer.domain.regions import ALL_REGIONS
from trainer.i18n import LANGUAGES
from trainer.labels import region_name, role_name
from trainer.services.learners import LearnerService, ProfileError
from trainer.ui.profile_model import ProfileModel

if TYPE_CHECKING:
    from trainer.storage.profile_list import ProfileList


def heading(text: str) -> QLabel:
    """A heading; plain text, since headings show names and titles that come from users and files."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName("heading")
    label.setWordWrap(True)
    return label


class WelcomeScreen(QWidget):
    """Shown on a laptop with no profile yet: choose the language, then create a profile."""

    start = Signal()
    language_chosen = Signal(str)

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        languages = QHBoxLayout()
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGES.items():
            button = QPushButton(name)
            button.setCheckable(True)
            button.setChecked(code == language)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            languages.addWidget(button)
            self.language_buttons[code] = button
        languages.addStretch()
        layout.addLayout(languages)
        layout.addStretch()
        layout.addWidget(heading(self.tr("Welcome to Qorgau")))
        intro = QLabel(
            self.tr(
                "Qorgau trains police officers, judges, prosecutors and social workers to respond to "
                "violence against women under Kazakhstan's law. It works without internet; your answers "
                "are saved on this computer as you go.\n\nTo begin, create your profile. If several people "
                "share this computer, each creates their own."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.start_button = QPushButton(self.tr("&Create my profile"))
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.start)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        layout.setContentsMargins(80, 40, 80, 40)


class ProfileForm(QWidget):
    """Create or edit a profile: name, role, region, unit and an optional PIN."""

    saved = Signal(object)  # Learner
    cancelled = Signal()

    def __init__(self, learners: LearnerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.learners = learners
        self.editing: Learner | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(80, 30, 80, 30)
        self.title = heading(self.tr("Create your profile"))
        outer.addWidget(self.title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Full name"))
        self.name.setMaxLength(NAME_MAX)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for code in ROLES:
            self.role.addItem(role_name(code), code)
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Region"))
        for code in ALL_REGIONS:
            self.region.addItem(region_name(code), code)
        self.unit = QLineEdit()
        self.unit.setAccessibleName(self.tr("Unit or department"))
        self.unit.setMaxLength(UNIT_MAX)
        self.unit.setPlaceholderText(self.tr("for example: district police department, court, social services"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)
        self.pin.setAccessibleName(self.tr("PIN (optional)"))
        self.pin.setPlaceholderText(self.tr("4 to 6 digits, optional"))
        self.pin_again = QLineEdit()
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setMaxLength(6)
        self.pin_again.setAccessibleName(self.tr("Repeat the PIN"))
        self.clear_pin = QCheckBox(self.tr("Remove my PIN"))
        form.addRow(self.tr("Full &name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Re&gion:"), self.region)
        form.addRow(self.tr("&Unit or department:"), self.unit)
        form.addRow(self.tr("P&IN:"), self.pin)
        form.addRow(self.tr("Rep&eat PIN:"), self.pin_again)
        form.addRow("", self.clear_pin)
        outer.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error.setAccessibleName(self.tr("Error"))
        outer.addWidget(self.error)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save profile"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        row.addStretch()
        outer.addLayout(row)
        outer.addStretch()
        for edit in (self.name, self.unit, self.pin, self.pin_again):
            edit.returnPressed.connect(self.save)
        self.start_new()

    def start_new(self) -> None:
        self.editing = None
        self.title.setText(self.tr("Create your profile"))
        for edit in (self.name, self.unit, self.pin, self.pin_again):
            edit.clear()
        self.clear_pin.setVisible(False)
        self.error.clear()
        self.name.setFocus()

    def start_edit(self, learner: Learner) -> None:
        self.editing = learner
        self.title.setText(self.tr("Edit your profile"))
        self.name.setText(learner.name)
        self.role.setCurrentIndex(max(0, self.role.findData(learner.role)))
        self.region.setCurrentIndex(max(0, self.region.findData(learner.region)))
        self.unit.setText(learner.unit)
        self.pin.clear()
        self.pin_again.clear()
        self.pin.setPlaceholderText(
            self.tr("leave empty to keep the current PIN") if learner.has_pin else self.tr("4 to 6 digits, optional")
        )
        self.clear_pin.setVisible(learner.has_pin)
        self.clear_pin.setChecked(False)
        self.error.clear()
        self.name.setFocus()

    def save(self) -> None:
        pin = self.pin.text().strip() or None
        if pin != (self.pin_again.text().strip() or None):
            self._show_error("pin_mismatch")
            return
        try:
            if self.editing is None:
                learner = self.learners.create(
                    self.name.text(), self.role.currentData(), self.region.currentData(), self.unit.text(), pin
                )
            else:
                learner = self.learners.edit(
                    self.editing.id,
                    self.name.text(),
                    self.role.currentData(),
                    self.region.currentData(),
                    self.unit.text(),
                    pin,
                    self.clear_pin.isChecked(),
                )
        except ProfileError as exc:
            self._show_error(exc.field)
            return
        self.error.clear()
        self.saved.emit(learner)

    def _show_error(self, problem: str) -> None:
        messages = {
            "name": self.tr("Please enter your full name."),
            "pin": self.tr("A PIN has 4 to 6 digits."),
            "pin_mismatch": self.tr("The two PINs are not the same."),
            "role": self.tr("Please choose your role."),
            "region": self.tr("Please choose your region."),
        }
        self.error.setText(messages.get(problem, problem))
        widget = {"name": self.name, "pin": self.pin, "pin_mismatch": self.pin_again}.get(problem)
        if widget:
            widget.setFocus()


class ProfileChooser(QWidget):
    """Opens when a laptop has several profiles: names in the interface language's alphabetical
    order, read a page at a time (``ProfileModel``), with a search box."""

    chosen = Signal(object)  # Learner
    new_profile = Signal()

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.load_learner: Callable[[str], Learner | None] = lambda _id: None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 30, 80, 30)
        layout.addWidget(heading(self.tr("Who is learning?")))
        hint = QLabel(self.tr("Choose your profile and press Enter."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setAccessibleName(self.tr("Search profiles by name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self._open_current)
        layout.addWidget(self.search)
        self.model = ProfileModel(None, language, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # no need to measure every row of a long list
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(self.tr("Profiles on this computer"))
        self.list.activated.connect(self._open)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open profile"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self._open_current)
        self.new_button = QPushButton(self.tr("&New profile"))
        self.new_button.clicked.connect(self.new_profile)
        row.addWidget(self.open_button)
        row.addWidget(self.new_button)
        row.addStretch()
        layout.addLayout(row)

    def set_profiles(self, profiles: ProfileList, load_learner: Callable[[str], Learner | None]) -> None:
        """Show the active profiles from the start; ``load_learner(id)`` reads the chosen one whole."""
        self.load_learner = load_learner
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.profiles = profiles
        self.filter("")
        self.list.setFocus()

    def filter(self, text: str) -> None:
        """Show only the profiles whose name contains ``text`` (any case); the first one shown is chosen."""
        self.model.reload(text)
        first = self.model.index(0, 0)
        self.list.setCurrentIndex(first)

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row(index.row()) if index.isValid() else None
        if row is None:
            return
        try:
            learner = self.load_learner(row.id)
        except KeyError:  # removed since the list was read (a merge in the trainer's workspace)
            learner = None
        if learner is None:
            self.filter(self.search.text())
        else:
            self.chosen.emit(learner)

    def _open_current(self) -> None:
        self._open(self.list.currentIndex())

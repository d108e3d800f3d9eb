"""Learner management: the list (active and inactive), edit, deactivate/reactivate, delete, reset a
PIN, and each learner's transcript of every attempt, answer and certificate."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer import APP_NAME
from trainer.domain.model import ROLES
from trainer.domain.records import Learner
from trainer.domain.regions import ALL_REGIONS
from trainer.labels import number, region_name, role_name
from trainer.services.learner_admin import LearnerAdminService
from trainer.services.learners import ProfileError
from trainer.services.pins import valid_pin
from trainer.ui.answer_text import describe
from trainer.ui.dialogs import Ask
from trainer.ui.trainer.dashboard import duration, make_sortable
from trainer.ui.trainer.flow import FlowGrid
from trainer.ui.trainer.models import ROW_ROLE, Column, RowTableModel

if TYPE_CHECKING:
    from trainer.services.transcript import TranscriptSheet

translate = QCoreApplication.translate


def _words() -> dict[str, str]:
    """Words used inside f-strings, looked up as literals so lupdate finds them."""
    return {
        "Certificates": translate("LearnersTab", "Certificates"),
        "score": translate("LearnersTab", "score"),
        "None yet.": translate("LearnersTab", "None yet."),
        "Attempts ({0})": translate("LearnersTab", "Attempts ({0})"),
        "No attempts yet.": translate("LearnersTab", "No attempts yet."),
        "Question": translate("LearnersTab", "Question"),
        "Answer": translate("LearnersTab", "Answer"),
        "Result": translate("LearnersTab", "Result"),
    }


def learner_columns() -> list[Column]:
    return [
        # Status and PIN right after the name: what a trainer checks first stays on screen at 1366×768.
        Column(translate("LearnersTab", "Name"), lambda r: r.name, tooltip=lambda r: r.name),
        Column(
            translate("LearnersTab", "Status"),
            lambda r: translate("LearnersTab", "active") if r.active else translate("LearnersTab", "inactive"),
        ),
        Column(
            translate("LearnersTab", "PIN"),
            lambda r: translate("LearnersTab", "yes") if r.has_pin else translate("LearnersTab", "no"),
        ),
        Column(translate("LearnersTab", "Role"), lambda r: role_name(r.role)),
        Column(
            translate("LearnersTab", "Region"), lambda r: region_name(r.region), tooltip=lambda r: region_name(r.region)
        ),
        Column(translate("LearnersTab", "Unit"), lambda r: r.unit, tooltip=lambda r: r.unit),
        Column(translate("LearnersTab", "Attempts"), lambda r: r.attempts, numeric=True),
        Column(translate("LearnersTab", "Modules passed"), lambda r: r.passed_modules, numeric=True),
        Column(translate("LearnersTab", "Last activity"), lambda r: (r.last_activity or "")[:16].replace("T", " ")),
    ]


class LearnerEditDialog(QDialog):
    """Name, role, region and unit of a learner (the PIN has its own action)."""

    def __init__(self, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit learner"))
        form = QFormLayout(self)
        self.name = QLineEdit(learner.name)
        self.role = QComboBox()
        for code in ROLES:
            self.role.addItem(role_name(code), code)
        self.role.setCurrentIndex(max(0, self.role.findData(learner.role)))
        self.region = QComboBox()
        for code in ALL_REGIONS:
            self.region.addItem(region_name(code), code)
        self.region.setCurrentIndex(max(0, self.region.findData(learner.region)))
        self.unit = QLineEdit(learner.unit)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Re&gion:"), self.region)
        form.addRow(self.tr("&Unit:"), self.unit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, 0)

    @classmethod
    def ask(cls, learner: Learner, parent: QWidget | None = None) -> dict[str, str] | None:
        """{'name', 'role', 'region', 'unit'} or None when cancelled."""
        d = cls(learner, parent)
        if d.exec() != QDialog.DialogCode.Accepted:
            return None
        return {
            "name": d.name.text(),
            "role": d.role.currentData(),
            "region": d.region.currentData(),
            "unit": d.unit.text(),
        }


class ResetPinDialog(QDialog):
    """A new PIN for a learner who forgot theirs, or none (they open the profile and set one)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reset PIN"))
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr(
                "Give {0} a new PIN of 4 to 6 digits, or leave it empty to remove the PIN; they can then "
                "set a new one under Profile → Edit my profile."
            ).format(name)
        )
        info.setTextFormat(Qt.TextFormat.PlainText)
        info.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setMaxLength(6)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("New PIN"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        for w in (info, self.pin, self.error, buttons):
            layout.addWidget(w)
        self.resize(420, 0)

    def _try_accept(self) -> None:
        if self.pin.text() and not valid_pin(self.pin.text()):
            self.error.setText(self.tr("A PIN has 4 to 6 digits."))
            return
        self.accept()

    @classmethod
    def ask(cls, name: str, parent: QWidget | None = None) -> str | None:
        """The new PIN, '' to remove it, None when cancelled."""
        d = cls(name, parent)
        return d.pin.text() if d.exec() == QDialog.DialogCode.Accepted else None


class LearnerAsk:
    """Indirection so tests can answer learner-management dialogs without modal windows."""

    edit = staticmethod(LearnerEditDialog.ask)
    reset_pin = staticmethod(ResetPinDialog.ask)


def transcript_html(transcript: Any) -> str:
    """The learner's record as HTML: profile, certificates, then every attempt with every answer."""
    e = html.escape
    words = _words()
    learner = transcript.learner
    out = [
        f"<h2>{e(learner.name)}</h2>",
        "<p>"
        + e(
            translate("LearnersTab", "{0}, {1}; unit: {2}; profile created {3}; {4}.").format(
                role_name(learner.role),
                region_name(learner.region),
                learner.unit or "–",
                learner.created[:10],
                translate("LearnersTab", "active") if learner.active else translate("LearnersTab", "inactive"),
            )
        )
        + "</p>",
        f"<h3>{e(words['Certificates'])}</h3>",
    ]
    if transcript.certificates:
        out.append("<ul>")
        for c in transcript.certificates:
            what = (
                translate("LearnersTab", "full curriculum") if c.kind == "track" else translate("LearnersTab", "module")
            )
            out.append(
                f"<li><b>{e(c.code)}</b> — {e(what)}: {e(', '.join(c.module_ids))}; "
                f"{e(words['score'])} {e(number(c.score, 0))}%; {e(c.issued[:10])}</li>"
            )
        out.append("</ul>")
    else:
        out.append(f"<p>{e(words['None yet.'])}</p>")
    out.append(f"<h3>{e(words['Attempts ({0})'].format(len(transcript.attempts)))}</h3>")
    if not transcript.attempts:
        out.append(f"<p>{e(words['No attempts yet.'])}</p>")
    for a in transcript.attempts:
        if a.finished is None:
            result = translate("LearnersTab", "not finished")
        else:
            verdict = translate("LearnersTab", "passed") if a.passed else translate("LearnersTab", "not passed")
            result = f"{a.score or 0:.0f}% — {verdict}"
        took = f" · {duration(a.duration_seconds)}" if a.duration_seconds is not None else ""
        out.append(
            f"<p><b>{e(a.module_title)}</b> (v{e(a.content_version)}) · {e(a.started[:16].replace('T', ' '))}"
            f"{e(took)} · <b>{e(result)}</b></p>"
        )
        if a.responses:
            out.append(
                "<table cellspacing='0' cellpadding='3' border='1' width='100%'>"
                f"<tr><th align='left' width='40%'>{e(words['Question'])}</th>"
                f"<th align='left' width='42%'>{e(words['Answer'])}</th><th width='18%'>{e(words['Result'])}</th></tr>"
            )
            for r in a.responses:
                prompt = r.question.prompt if r.question is not None else r.question_id
                answer = describe(r.question, r.response) if r.question is not None else str(r.response)
                if r.correct:
                    mark = "✔ " + translate("LearnersTab", "right")
                elif r.score > 0:  # a scenario that recovered, a partly right matching or ordering
                    mark = "◐ " + translate("LearnersTab", "partly correct")
                else:
                    mark = "✘ " + translate("LearnersTab", "wrong")
                out.append(
                    f"<tr><td>{e(prompt)}</td><td>{e(answer)}</td>"
                    f"<td align='center'>{e(mark)} ({r.score * 100:.0f}%)</td></tr>"
                )
            out.append("</table>")
    return "\n".join(out)


class LearnersTab(QWidget):
    """The learner list with its actions, and the selected learner's transcript beside it."""

    changed = Signal()  # a learner was edited, (de)activated or deleted: figures are out of date

    def __init__(
        self,
        admin: LearnerAdminService,
        reports: Any,
        parent: QWidget | None = None,
        sheet_for: Callable[[str], TranscriptSheet] | None = None,
    ) -> None:
        super().__init__(parent)
        self.admin = admin
        self.reports = reports
        self.sheet_for = sheet_for  # learner id -> printable transcript; None: no "Transcript PDF…"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a learner by name"))
        self.search.setAccessibleName(self.tr("Find a learner by name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 14)  # the buttons wrap first
        top.addWidget(self.search, 1)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.active_button = QPushButton(self.tr("Deacti&vate"))
        self.pin_button = QPushButton(self.tr("Reset &PIN…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.transcript_button = QPushButton(self.tr("Trans&cript PDF…"))
        self.transcript_button.setToolTip(
            self.tr("Save the selected learner's modules, attempts and certificates as a PDF")
        )
        self.transcript_button.setVisible(sheet_for is not None)
        for b, slot in (
            (self.edit_button, self.edit_selected),
            (self.active_button, self.toggle_active),
            (self.pin_button, self.reset_pin),
            (self.transcript_button, self.save_transcript),
            (self.delete_button, self.delete_selected),
        ):
            b.clicked.connect(slot)
        # The buttons flow onto a second row rather than push the window past the screen (200% text).
        self.buttons = FlowGrid(
            [
                [b]
                for b in (
                    self.edit_button,
                    self.active_button,
                    self.pin_button,
                    self.transcript_button,
                    self.delete_button,
                )
            ]
        )
        top.addWidget(self.buttons)
        layout.addLayout(top)
        self.count = QLabel()
        layout.addWidget(self.count)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = RowTableModel(learner_columns(), parent=self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Learners"))
        self.view.setAccessibleDescription(
            self.tr("One row per learner: name, role, region, unit and state; the transcript is shown beside it.")
        )
        self.proxy = make_sortable(self.view, self.model)
        self.proxy.setFilterKeyColumn(0)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.transcript = QTextBrowser()
        self.transcript.setAccessibleName(self.tr("Transcript"))
        self.transcript.setOpenLinks(False)
        split.addWidget(self.view)
        split.addWidget(self.transcript)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 420])
        layout.addWidget(split, 1)
        self._selection_changed()

    # Data ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list (fast: one grouped query), keeping the selected learner selected."""
        keep = self.selected_id()
        self.model.set_rows(self.admin.rows())
        rows = self.model.rows
        active = sum(1 for r in rows if r.active)
        self.count.setText(
            self.tr("{0} learners: {1} active, {2} inactive.").format(len(rows), active, len(rows) - active)
        )
        # Start from the width of contents and headers (Russian and Kazakh words are longer), capped.
        header = self.view.horizontalHeader()
        self.view.resizeColumnsToContents()
        for col, cap in enumerate((190, 170, 90, 170, 170, 150, 90, 110, 140)):  # status never elided
            if col < self.model.columnCount():
                # Never narrower than the column's title (200% text would clip "PIN" and "Status").
                header.resizeSection(col, min(header.sectionSize(col), max(cap, header.sectionSizeHint(col))))
        if keep:
            self.select(keep)
        self._selection_changed()

    def selected_row(self) -> Any:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), index.parent()):
            return None
        return self.proxy.data(index, ROW_ROLE)

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def select(self, learner_id: str) -> bool:
        for i in range(self.proxy.rowCount()):
            index = self.proxy.index(i, 0)
            if self.proxy.data(index, ROW_ROLE).id == learner_id:
                self.view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    def _selection_changed(self) -> None:
        row = self.selected_row()
        for b in (self.edit_button, self.active_button, self.pin_button, self.delete_button, self.transcript_button):
            b.setEnabled(row is not None)
        if row is None:
            self.transcript.setHtml(
                "<p>" + html.escape(self.tr("Choose a learner to see every attempt, answer and certificate.")) + "</p>"
            )
            return
        self.active_button.setText(self.tr("Deacti&vate") if row.active else self.tr("Re&activate"))
        self.buttons.reflow()
        try:
            self.transcript.setHtml(transcript_html(self.reports.transcript(row.id)))
        except KeyError:
            self.transcript.clear()

    # Actions -------------------------------------------------------------------------------------
    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        fields = LearnerAsk.edit(self.admin.learner(row.id), self)
        if fields is None:
            return
        try:
            self.admin.edit(row.id, **fields)
        except ProfileError as exc:
            message = {
                "name": self.tr("The name cannot be empty."),
                "role": self.tr("Choose a role."),
                "region": self.tr("Choose a region."),
            }.get(exc.field, str(exc))
            Ask.warn(self, APP_NAME, self.tr("The learner was not changed: {0}").format(message))
            return
        self._after_change()

    def toggle_active(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.active and not Ask.confirm(
            self,
            self.tr("Deactivate learner"),
            self.tr(
                "Deactivate {0}? They disappear from the profile list on this computer; their attempts and "
                "certificates are kept and they can be reactivated at any time."
            ).format(row.name),
        ):
            return
        self.admin.set_active(row.id, not row.active)
        self._after_change()

    def reset_pin(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        pin = LearnerAsk.reset_pin(row.name, self)
        if pin is None:
            return
        self.admin.reset_pin(row.id, pin or None)
        self._after_change()

    def save_transcript(self) -> None:
        """The selected learner's transcript as a PDF, saved where the trainer chooses."""
        from trainer.ui.transcript_action import save_transcript

        row, sheet_for = self.selected_row(), self.sheet_for
        if row is None or sheet_for is None:
            return
        save_transcript(self, lambda: sheet_for(row.id))

    def delete_confirmation(self, row: Any) -> str:
        """The question asked before deleting: it says how much goes with the learner."""
        fp = self.admin.footprint(row.id)
        return self.tr(
            "Delete {0} for good? This also deletes {1} attempt(s) with {2} answer(s) and {3} certificate(s); "
            "certificates already printed will no longer verify. This cannot be undone.\n\n"
            "To keep the record but hide the profile, choose Deactivate instead."
        ).format(row.name, fp.attempts, fp.responses, fp.certificates)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if not Ask.confirm(self, self.tr("Delete learner"), self.delete_confirmation(row)):
            return
        self.admin.delete(row.id)
        self.view.clearSelection()
        self._after_change()

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

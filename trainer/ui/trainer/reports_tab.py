"""Exports: CSV, Excel or PDF with the current filters, written in the background with a progress
bar and a cancel button. A cancelled export leaves no file behind (the export service sees to it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from trainer.services.reports import ReportFilter
from trainer.ui.dialogs import save_path
from trainer.ui.trainer.tasks import Cancelled, TaskHandle, TaskRunner


class ExportAsk:
    """Indirection so tests can pick the file without a file dialog."""

    save_path = staticmethod(save_path)


def _default_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


class _Note(QLabel):
    """The explanation under a radio button or check box; clicking it clicks the button."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()


def explained(button: QAbstractButton, explanation: str) -> QWidget:
    """A button with a short text and its explanation wrapped beneath, lined up with the text.

    A long one-line button text cannot wrap: at 200% text in Russian or Kazakh it made the tab
    wider than a laptop screen. Screen readers get the explanation as the button's description."""
    button.setAccessibleDescription(explanation)
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(button)
    note = _Note(explanation, button)
    style = button.style()
    if isinstance(button, QRadioButton):
        metrics = (QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
    else:
        metrics = (QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
    note.setContentsMargins(sum(style.pixelMetric(m, None, button) for m in metrics), 0, 0, 0)
    column.addWidget(note)
    return box


class ReportsTab(QWidget):
    """Choose a format and whether to anonymise; the filters are the workspace's current ones."""

    finished = Signal(object)  # the written Path, or None when cancelled or failed

    def __init__(
        self, exports: Any, runner: TaskRunner, parent: QWidget | None = None, measures: Any | None = None
    ) -> None:
        """``measures``: the session measures, whose sheets a report on one cohort carries."""
        super().__init__(parent)
        self.exports = exports
        self.runner = runner
        self.measures = measures
        self.current_filter = ReportFilter()
        self.task: TaskHandle | None = None
        self.last_path: Path | None = None
        self.last_error: str = ""
        layout = QVBoxLayout(self)
        self.filters = QLabel()
        self.filters.setWordWrap(True)
        layout.addWidget(self.filters)
        layout.addWidget(QLabel(self.tr("Format:")))
        self.formats = QButtonGroup(self)
        self.kinds = {
            "csv": QRadioButton(self.tr("CS&V")),
            "xlsx": QRadioButton(self.tr("Excel wor&kbook")),
            "pdf": QRadioButton(self.tr("&PDF cohort report")),
        }
        explanations = {
            "csv": self.tr("One row per learner and module (opens in Excel, Cyrillic intact)."),
            "xlsx": self.tr("Sheets: Summary, Learners, Modules, Items, Attempts."),
            "pdf": self.tr("Filters, summary tables, charts, per-module figures."),
        }
        for kind, button in self.kinds.items():
            button.setProperty("kind", kind)
            self.formats.addButton(button)
            layout.addWidget(explained(button, explanations[kind]))
        self.kinds["xlsx"].setChecked(True)
        self.session_note = QLabel()
        self.session_note.setWordWrap(True)
        layout.addWidget(self.session_note)
        self.anonymise = QCheckBox(self.tr("Anon&ymise"))
        layout.addWidget(explained(self.anonymise, self.tr("Replace names with stable pseudonyms (Learner 3F2A91BC).")))
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.choose_and_export)
        self.cancel_button = QPushButton(self.tr("&Cancel export"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setVisible(False)
        row.addWidget(self.export_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 3)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(self.status.textInteractionFlags())
        layout.addWidget(self.status)
        layout.addStretch()
        self.set_filter(self.current_filter)

    def kind(self) -> str:
        button = self.formats.checkedButton()
        return str(button.property("kind")) if button else "csv"

    def set_filter(self, f: ReportFilter, described: list[tuple[str, str]] | None = None) -> None:
        self.current_filter = f
        pairs = described if described is not None else f.describe()
        self.filters.setText(
            self.tr("The report covers: {0}.").format("; ".join(f"{what}: {value}" for what, value in pairs))
        )
        if self.measures is None:
            self.session_note.setText("")
        elif f.cohort_id is None:
            self.session_note.setText(
                self.tr(
                    "Choose a cohort in the filters to add its sheets: members, pre/post gain, attitude shift, "
                    "feedback and comments."
                )
            )
        else:
            self.session_note.setText(
                self.tr(
                    "The report adds the sheets of cohort {0}: members, pre/post gain, attitude shift, feedback "
                    "and comments (a CSV report writes them as files beside it; the PDF shows group figures only)."
                ).format(f.cohort_name or f.cohort_id)
            )

    # Exporting ----------------------------------------------------------------------------------------
    def choose_and_export(self) -> None:
        kind = self.kind()
        suggested = str(_default_folder() / self.exports.default_filename(kind))
        filters = {
            "csv": self.tr("CSV files (*.csv)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "pdf": self.tr("PDF documents (*.pdf)"),
        }
        chosen = ExportAsk.save_path(self, self.tr("Save report"), suggested, filters[kind])
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        self.start_export(kind, path)

    def start_export(self, kind: str, path: Path) -> TaskHandle:
        """Write the report in the background; ``finished`` says how it went."""
        from trainer.services.exports import ExportCancelled

        exports, f, anonymise, measures = self.exports, self.current_filter, self.anonymise.isChecked(), self.measures

        def work(progress: Any) -> Path:
            try:
                return exports.export(kind, path, f, anonymise, progress, measures=measures)
            except ExportCancelled as exc:
                raise Cancelled() from exc

        self.last_path, self.last_error = None, ""
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Writing {0}…").format(path))
        self.task = self.runner.submit(work)
        self.task.progress.connect(self._progress)
        self.task.done.connect(self._done)
        self.task.failed.connect(lambda exc: self._failed(path, exc))
        self.task.cancelled.connect(self._cancelled)
        return self.task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _end(self) -> None:
        self.task = None
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    def _done(self, path: Path) -> None:
        self._end()
        self.last_path = Path(path)
        self.status.setText(self.tr("Report saved to {0}.").format(path))
        self.finished.emit(self.last_path)

    def _failed(self, path: Path, exc: BaseException) -> None:
        self._end()
        reason = getattr(exc, "strerror", None) or str(exc)
        self.last_error = reason
        self.status.setText(self.tr("The report could not be written to {0}: {1}").format(path, reason))
        self.finished.emit(None)

    def _cancelled(self) -> None:
        self._end()
        self.status.setText(self.tr("Export cancelled; no file was written."))
        self.finished.emit(None)

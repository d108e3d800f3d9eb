"""Saving a learner's transcript as a PDF: ask where (in Documents), write it, say where it went.

Used by the learner (Profile → Print my transcript…) and by the trainer (Learners → Transcript PDF…).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from trainer import APP_NAME
from trainer.services.transcript import TranscriptSheet, default_transcript_filename
from trainer.ui.dialogs import Ask

translate = QCoreApplication.translate


def save_transcript(parent: QWidget, sheet_for: Callable[[], TranscriptSheet]) -> Path | None:
    """Build the transcript, ask where to save it, write the PDF; None when cancelled or failed."""
    from trainer.documents.transcript_pdf import write_transcript_pdf

    try:
        sheet = sheet_for()
    except KeyError:
        Ask.warn(parent, APP_NAME, translate("Transcript", "This profile no longer exists."))
        return None
    chosen = Ask.save_path(
        parent,
        translate("Transcript", "Save transcript"),
        default_transcript_filename(sheet),
        translate("Transcript", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_transcript_pdf(sheet, path)
    except OSError as exc:
        Ask.warn(
            parent,
            APP_NAME,
            translate("Transcript", "The transcript could not be saved to {0}: {1}").format(path, exc.strerror or exc),
        )
        return None
    finally:
        QApplication.restoreOverrideCursor()
    Ask.inform(parent, APP_NAME, translate("Transcript", "Transcript saved to {0}.").format(path))
    return path

"""Saving a certificate: check eligibility, ask where, write the PDF, say where it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QWidget

from trainer import APP_NAME
from trainer.domain.records import Learner
from trainer.services.certificates import NotEligible
from trainer.services.context import AppContext
from trainer.ui.dialogs import Ask

translate = QCoreApplication.translate




def save_certificate(
    parent: QWidget, ctx: AppContext, learner: Learner, module_id: str | None, language: str
) -> Path | None:
    """Issue (or re-issue) the certificate and save it as a PDF where the learner chooses."""
    from trainer.documents.certificate_pdf import default_certificate_filename, write_certificate_pdf

    def issue(lang: str):
        if module_id:
            return ctx.certificates.issue_for_module(learner.id, module_id, language=lang)
        return ctx.certificates.issue_for_track(learner.id, language=lang)

    try:
        cert = issue(language)
    except NotEligible as exc:
        if exc.reason == "curriculum_incomplete":
            text = translate("Certificates", "To receive the track certificate, first pass: {0}").format(
                ", ".join(
                    ctx.catalogue.modules[m].title_in(language) for m in exc.missing if m in ctx.catalogue.modules
                )
            )
        else:
            text = translate("Certificates", "A certificate is issued once the module's quiz is passed.")
        Ask.inform(parent, APP_NAME, text)
        return None
    layout = Ask.certificate_layout(parent)
    if layout is None:
        return None
    if layout == "bilingual":
        # The same certificate (same code) with its titles in each language.
        cert, language, beside = issue("kk"), "kk", (issue("ru"), "ru")
    else:
        beside = None
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    suggested = str(Path(folder) / default_certificate_filename(cert))
    chosen = Ask.save_path(parent, translate("Certificates", "Save certificate"), suggested, translate("Certificates", "PDF documents (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_certificate_pdf(cert, path, language, beside)
    except OSError as exc:
        Ask.warn(
            parent, APP_NAME, translate("Certificates", "The certificate could not be saved to {0}: {1}").format(path, exc.strerror or exc)
        )
        return None
    finally:
        QApplication.restoreOverrideCursor()
    Ask.inform(
        parent, APP_NAME, translate("Certificates", "Certificate saved to {0}.\nVerification code: {1}").format(path, cert.code)
    )
    return path

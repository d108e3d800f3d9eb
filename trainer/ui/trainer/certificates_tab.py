"""The trainer's Certificates tab: verify a certificate (code, signed text or PDF), and endorse certificates.

Verifying works for any certificate whose signer this installation trusts, wherever it was issued.
Endorsing signs a certificate with this installation's key as the trainer's word that its evidence
(the attempts it cites) is in this database, passed, and gives its score.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer import APP_NAME
from trainer.domain.certificate import Certificate, CredentialError, normalise_code
from trainer.labels import region_name, role_name
from trainer.services.certificates import THIS_COMPUTER, CertificateService, Standing
from trainer.services.credentials import (
    Verification,
    credential_from_pdf,
    issued_after_revocation,
    looks_like_credential,
)
from trainer.sync.keys import SigningKeyError
from trainer.ui.dialogs import documents_folder, inform, warn
from trainer.ui.trainer.models import Column, RowTableModel

translate = QCoreApplication.translate
e = html.escape


def _open_pdf(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Certificates", "Verify a certificate PDF"),
        documents_folder(),
        translate("Certificates", "PDF documents (*.pdf)"),
    )
    return path or None


def _trainer_name(parent: QWidget) -> str | None:
    name, ok = QInputDialog.getText(
        parent,
        APP_NAME,
        translate(
            "Certificates",
            "Your name as a trainer. It is shown with your endorsements wherever they are verified:",
        ),
    )
    return " ".join(name.split()) if ok and name.strip() else None


class CertAsk:
    """Questions the tab asks; tests replace them instead of clicking modal windows."""

    open_pdf = staticmethod(_open_pdf)
    trainer_name = staticmethod(_trainer_name)
    inform = staticmethod(inform)
    warn = staticmethod(warn)


def state_text(state: str) -> str:
    """A certificate's standing (``Standing.state``) in words."""
    words = {
        "endorsed": translate("Certificates", "Endorsed by you"),
        "ready": translate("Certificates", "Ready to endorse"),
        "unsigned": translate("Certificates", "Not signed (issued by an older version)"),
        "not_valid": translate("Certificates", "Signed credential not valid"),
        "no_attempt": translate("Certificates", "An attempt it cites is not in this database"),
        "attempt_mismatch": translate("Certificates", "An attempt it cites is another learner's or module's"),
        "not_passed": translate("Certificates", "An attempt it cites is not passed"),
        "score_mismatch": translate("Certificates", "Its score does not match the attempts"),
    }
    return words.get(state, state)


def standings_model(parent: QWidget | None = None) -> RowTableModel:
    """Every certificate in this database, and whether the trainer can endorse it."""

    return RowTableModel(
        [
            Column(translate("StandingsModel", "Code"), lambda s: s.code),
            Column(translate("StandingsModel", "Learner"), lambda s: s.learner_name),
            Column(translate("StandingsModel", "Issued"), lambda s: s.issued[:10]),
            Column(translate("StandingsModel", "Score"), lambda s: s.score, text=lambda v: f"{v:g}%", numeric=True),
            Column(translate("StandingsModel", "Endorsement"), lambda s: state_text(s.state)),
        ],
        parent=parent,
    )


class CertificatesTab(QWidget):
    def __init__(self, certificates: CertificateService, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.certificates = certificates
        self.language = language
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Enter the verification code printed on a certificate, paste its signed text (or the text of its "
                "QR code), or open its PDF. A code is looked up on this computer; the signed text and the PDF "
                "verify on any computer that trusts the key that signed them."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        label = QLabel(self.tr("Co&de or text:"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        self.code.setAccessibleName(self.tr("Certificate code or signed text"))
        self.code.setMaxLength(20000)
        label.setBuddy(self.code)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        self.code.returnPressed.connect(self.verify)
        self.pdf_button = QPushButton(self.tr("Open &PDF…"))
        self.pdf_button.clicked.connect(self.verify_pdf)
        row.addWidget(label)
        row.addWidget(self.code, 1)
        row.addWidget(self.verify_button)
        row.addWidget(self.pdf_button)
        layout.addLayout(row)
        self.result = QTextBrowser()
        self.result.setAccessibleName(self.tr("Verification result"))
        layout.addWidget(self.result, 1)

        endorse_label = QLabel(self.tr("Certificates in this database, to endorse:"))
        layout.addWidget(endorse_label)
        self.model = standings_model(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Certificates to endorse"))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.endorse_button = QPushButton(self.tr("&Endorse"))
        self.endorse_button.clicked.connect(self.endorse_selected)
        self.endorse_all_button = QPushButton(self.tr("Endorse all read&y"))
        self.endorse_all_button.clicked.connect(self.endorse_all)
        buttons.addStretch(1)
        buttons.addWidget(self.endorse_button)
        buttons.addWidget(self.endorse_all_button)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()  # the list is read when the tab is shown (showEvent), not before

    # Endorsing ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the certificates and their standing."""
        self.model.set_rows(self.certificates.standings() if self.certificates.key is not None else [])
        self._update_buttons()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.refresh()  # certificates may have been merged since the tab was last shown
        super().showEvent(event)

    def _selected(self) -> Standing | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self, *_args) -> None:
        selected = self._selected()
        self.endorse_button.setEnabled(selected is not None and selected.state == "ready")
        self.endorse_all_button.setEnabled(any(s.state == "ready" for s in self.model.rows))

    def _ensure_name(self) -> bool:
        """A trainer names themself before their first endorsement; False if they do not."""
        if self.certificates.trainer_name() is not None:
            return True
        name = CertAsk.trainer_name(self)
        if not name:
            return False
        self.certificates.set_trainer_name(name)
        return True

    def endorse_selected(self) -> bool:
        """Endorse the selected certificate; True when it is endorsed afterwards."""
        selected = self._selected()
        if selected is None or not self._ensure_name():
            return False
        try:
            standing = self.certificates.endorse(selected.code)
        except (SigningKeyError, OSError) as exc:
            CertAsk.warn(self, APP_NAME, str(exc))
            return False
        self.refresh()
        if standing.state != "endorsed":
            CertAsk.warn(self, APP_NAME, state_text(standing.state))
        return standing.state == "endorsed"

    def endorse_all(self) -> int:
        """Endorse every certificate that is ready; the number endorsed."""
        if not self._ensure_name():
            return 0
        try:
            done = self.certificates.endorse_all()
        except (SigningKeyError, OSError) as exc:
            CertAsk.warn(self, APP_NAME, str(exc))
            return 0
        self.refresh()
        CertAsk.inform(
            self,
            APP_NAME,
            self.tr("Endorsed {0} certificate(s) as {1}.").format(len(done), self.certificates.trainer_name()),
        )
        return len(done)

    # Verifying ----------------------------------------------------------------------------------
    def verify_pdf(self) -> bool:
        """Ask for a certificate PDF and verify the signed credential it carries."""
        chosen = CertAsk.open_pdf(self)
        if not chosen:
            return False
        try:
            text = credential_from_pdf(Path(chosen))
        except CredentialError as exc:
            self.result.setHtml(f"<p style='color:#c62828'><b>✘ {e(str(exc))}</b></p>")
            return False
        return self._show(self.certificates.verify_credential(text))

    def verify(self) -> bool:
        """Verify what was typed or pasted; True when it is a valid certificate."""
        text = self.code.text()
        if looks_like_credential(text):
            return self._show(self.certificates.verify_credential(text))
        if normalise_code(text) is None:
            self.result.setHtml(
                "<p><b>"
                + e(
                    self.tr(
                        "“{0}” is not a Qorgau certificate code: a code has 12 letters and digits, like ABCD-EFGH-JKLM."
                    ).format(text.strip()[:60])
                )
                + "</b></p>"
            )
            return False
        cert = self.certificates.verify(text, language=self.language)
        if cert is None:
            self.result.setHtml(
                "<p style='color:#c62828'><b>✘ "
                + e(self.tr("No valid certificate has the code {0} on this computer.").format(normalise_code(text)))
                + "</b></p><p>"
                + e(
                    self.tr(
                        "Check the code. A certificate issued on another computer verifies from its signed text "
                        "or its PDF; one whose record was changed after issue no longer verifies."
                    )
                )
                + "</p>"
            )
            return False
        signed = self.certificates.verify_code(cert.code)
        if signed is not None and signed.status in ("not_valid", "revoked"):
            return self._show(signed)
        who = self._vouchers(signed) if signed is not None else self.tr("It has no signed credential.")
        self.result.setHtml(self._valid_html(cert, who))
        return True

    def _show(self, result: Verification) -> bool:
        if result.status == "not_valid" or result.claims is None:
            self.result.setHtml(
                "<p style='color:#c62828'><b>✘ "
                + e(self.tr("Not valid: this is not a genuine Qorgau certificate, or it was changed."))
                + "</b></p><p>"
                + e(self.tr("Details: {0}").format(result.problem))
                + "</p>"
            )
            return False
        cert = result.claims.certificate()
        if result.status == "valid":
            self.result.setHtml(self._valid_html(cert, self._vouchers(result)))
            return True
        if result.status == "revoked":
            return self._show_revoked(result, cert)
        self.result.setHtml(
            "<p style='color:#b26a00'><b>⚠ "
            + e(self.tr("Unknown issuer: the signatures are intact, but no key trusted here signed it."))
            + "</b></p><p>"
            + e(self._vouchers(result))
            + "</p><p>"
            + e(self.tr("It claims, and no one trusted here vouches:"))
            + "</p>"
            + self._details(cert)
            + "<p>"
            + e(
                self.tr(
                    "To trust the issuer, import its trust file (Trainer → Trusted keys…) after checking its fingerprint."
                )
            )
            + "</p>"
        )
        return False

    def _show_revoked(self, result: Verification, cert: Certificate) -> bool:
        """The issuing device's key was revoked here: dated after it, or not endorsed by an unrevoked trainer."""
        issuer = result.issuer
        assert issuer is not None
        if issued_after_revocation(cert.issued, issuer.revoked_at):
            headline = self.tr(
                "Not valid: the key of the device that issued this certificate ({0}) was revoked here on {1}, "
                "before the date the certificate bears."
            )
        else:
            headline = self.tr(
                "Not confirmed: the key of the device that issued this certificate ({0}) was revoked here on {1}. "
                "The certificate is dated earlier, but whoever holds that key can write any date, and no trusted "
                "trainer whose key is not revoked endorsed it."
            )
        self.result.setHtml(
            "<p style='color:#c62828'><b>✘ "
            + e(headline.format(issuer.fingerprint, issuer.revoked_at[:10]))
            + "</b></p><p>"
            + e(self.tr("Reason given: {0}").format(issuer.revoked_reason or "—"))
            + "</p><p>"
            + e(self._vouchers(result))
            + "</p>"
            + self._details(cert)
        )
        return False

    def _vouchers(self, result: Verification) -> str:
        issuer = result.issuer
        assert issuer is not None
        if issuer.trusted:
            name = self.tr("this computer") if issuer.name == THIS_COMPUTER else issuer.name
            parts = [self.tr("Issued by device {0} ({1})").format(issuer.fingerprint, name)]
        else:
            parts = [self.tr("Issued by device {0}, not trusted here").format(issuer.fingerprint)]
        for v in result.endorsers:
            if v.trusted:
                parts.append(self.tr("endorsed by trainer {0} ({1})").format(v.name, v.fingerprint))
            else:
                parts.append(self.tr("endorsed by {0} ({1}), not trusted here").format(v.name, v.fingerprint))
        return ", ".join(parts) + "."

    def _valid_html(self, cert: Certificate, who: str) -> str:
        return (
            "<p style='color:#2e7d32'><b>✔ "
            + e(self.tr("Certificate {0} is valid.").format(cert.code))
            + "</b></p><p>"
            + e(who)
            + "</p>"
            + self._details(cert)
        )

    def _details(self, cert: Certificate) -> str:
        what = self.tr("the full curriculum for the role") if cert.kind == "track" else self.tr("a module")
        version = self.tr("version")
        modules = "".join(f"<li>{e(m.title)} ({e(m.id)}, {e(version)} {e(m.version)})</li>" for m in cert.modules)
        rows = [
            (self.tr("Name"), e(cert.learner_name)),
            (self.tr("Role"), e(role_name(cert.role))),
            (self.tr("Region"), e(region_name(cert.region))),
            (self.tr("Score"), f"{cert.score:g}%"),
            (self.tr("Issued"), e(cert.date.isoformat())),
        ]
        table = "".join(f"<tr><th align='left'>{e(k)}</th><td>{v}</td></tr>" for k, v in rows)
        return (
            "<p>"
            + e(self.tr("It certifies that this learner completed {0}:").format(what))
            + f"</p><table cellpadding='4'>{table}</table><ul>{modules}</ul>"
        )

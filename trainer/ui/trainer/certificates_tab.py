"""Certificate verification: type the code printed on a certificate, see what it certifies."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from trainer.domain.certificate import normalise_code
from trainer.labels import region_name, role_name
from trainer.services.certificates import CertificateService


class CertificatesTab(QWidget):
    def __init__(self, certificates: CertificateService, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.certificates = certificates
        self.language = language
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Enter the verification code printed on a certificate. Case, spaces and dashes do not matter. "
                "Only certificates issued on this computer (this data folder) can be checked here."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Code:"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        self.code.setAccessibleName(self.tr("Certificate code"))
        self.code.setMaxLength(40)
        label.setBuddy(self.code)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        self.code.returnPressed.connect(self.verify)
        row.addWidget(label)
        row.addWidget(self.code, 1)
        row.addWidget(self.verify_button)
        layout.addLayout(row)
        self.result = QTextBrowser()
        self.result.setAccessibleName(self.tr("Verification result"))
        layout.addWidget(self.result, 1)

    def verify(self) -> bool:
        """Look the code up and show the result; True when it is a valid certificate."""
        e = html.escape
        text = self.code.text()
        if normalise_code(text) is None:
            self.result.setHtml(
                "<p><b>"
                + e(
                    self.tr(
                        "“{0}” is not a Qorgau certificate code: a code has 12 letters and digits, like ABCD-EFGH-JKLM."
                    ).format(text.strip())
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
                        "Check the code. A certificate issued on another computer can only be verified there; "
                        "one whose record was changed after issue no longer verifies."
                    )
                )
                + "</p>"
            )
            return False
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
        self.result.setHtml(
            "<p style='color:#2e7d32'><b>✔ "
            + e(self.tr("Certificate {0} is valid.").format(cert.code))
            + "</b></p><p>"
            + e(self.tr("It certifies that this learner completed {0}:").format(what))
            + f"</p><table cellpadding='4'>{table}</table><ul>{modules}</ul>"
        )
        return True

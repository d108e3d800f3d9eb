"""Trainer → Trusted keys…: the keys this installation trusts, and trust files to pass them on.

Importing a trust file always shows the fingerprint of the key that signed it and each key it
lists, and asks: a trainer compares the fingerprint with the sender (by phone, in person) before
trusting anything, because the file's signature alone does not say who made it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer import APP_NAME
from trainer.services.certificates import CertificateService
from trainer.services.trust_files import TrustFile, TrustFileError, export_trust_file, read_trust_file
from trainer.services.trust_files import import_trust_file as import_keys
from trainer.storage.trust import TrustedKey
from trainer.sync.keys import SigningKeyError, key_fingerprint
from trainer.ui.dialogs import confirm, documents_folder, inform, save_path, warn
from trainer.ui.trainer.models import Column, RowTableModel

translate = QCoreApplication.translate


def kind_name(kind: str) -> str:
    return {
        "device": translate("TrustedKeys", "Device"),
        "trainer": translate("TrustedKeys", "Trainer"),
        "publisher": translate("TrustedKeys", "Content publisher"),
    }.get(kind, kind)


def _open_path(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("TrustedKeys", "Import trust file"),
        documents_folder(),
        translate("TrustedKeys", "Qorgau trust files (*.json)"),
    )
    return path or None


class TrustAsk:
    """Questions the dialog asks; tests replace them instead of clicking modal windows."""

    open_path = staticmethod(_open_path)
    save_path = staticmethod(save_path)
    confirm = staticmethod(confirm)
    inform = staticmethod(inform)
    warn = staticmethod(warn)


def trusted_keys_model(parent: QWidget | None = None) -> RowTableModel:
    """Trusted keys: kind, label, fingerprint, since; how each came to be trusted in the tooltip."""

    def origin(k: TrustedKey) -> str:
        return k.origin

    return RowTableModel(
        [
            Column(translate("TrustedKeysModel", "Kind"), lambda k: kind_name(k.kind), tooltip=origin),
            Column(translate("TrustedKeysModel", "Label"), lambda k: k.label, tooltip=origin),
            Column(translate("TrustedKeysModel", "Fingerprint"), lambda k: k.fingerprint, tooltip=origin),
            Column(translate("TrustedKeysModel", "Since"), lambda k: k.trusted_at[:10], tooltip=origin),
        ],
        parent=parent,
    )


class TrustedKeysDialog(QDialog):
    """List the trusted keys; import and export trust files."""

    def __init__(self, certificates: CertificateService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if certificates.trust is None or certificates.key is None:
            raise ValueError("the trusted keys dialog needs the trust store and this data folder's key")
        self.trust = certificates.trust
        self.key = certificates.key
        self.setWindowTitle(self.tr("Trusted keys"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Certificates and progress signed by these keys are trusted on this computer. Share them with "
                "other trainers and regional offices as a trust file; import theirs after comparing the "
                "fingerprint with the sender."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.own = QLabel()
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.own)
        self.model = trusted_keys_model(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Trusted keys"))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = QPushButton(self.tr("&Export…"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.trust.keys())
        own = self.key.public_key()
        self.own.setText(
            self.tr("This computer's key: {0}").format(key_fingerprint(own))
            if own
            else self.tr("This computer has no key yet; it gets one when it first signs something.")
        )

    def export_file(self) -> Path | None:
        """Write a trust file where the trainer chooses; tell them the fingerprint to pass on."""
        chosen = TrustAsk.save_path(
            self,
            self.tr("Export trust file"),
            f"qorgau-trust-{date.today().isoformat()}.json",
            self.tr("Qorgau trust files (*.json)"),
        )
        if not chosen:
            return None
        try:
            written = export_trust_file(self.trust, self.key.signing_key(), Path(chosen))
        except (SigningKeyError, OSError) as exc:
            TrustAsk.warn(self, APP_NAME, self.tr("The trust file could not be written: {0}").format(exc))
            return None
        self.refresh()
        TrustAsk.inform(
            self,
            APP_NAME,
            self.tr(
                "Saved {0} key(s) to {1}.\nIt is signed by this computer's key {2}: tell this fingerprint to "
                "whoever imports the file, by phone or in person, so they can check it."
            ).format(len(written.keys), written.path, written.exporter_fingerprint),
        )
        return written.path

    def import_file(self) -> int:
        """Check a trust file, show who signed it and what it lists, and trust its keys if confirmed."""
        chosen = TrustAsk.open_path(self)
        if not chosen:
            return 0
        try:
            trust_file = read_trust_file(Path(chosen))
        except TrustFileError as exc:
            TrustAsk.warn(self, APP_NAME, str(exc))
            return 0
        if not TrustAsk.confirm(self, APP_NAME, self._question(trust_file)):
            return 0
        result = import_keys(self.trust, trust_file, self.key.public_key())
        self.refresh()
        text = self.tr("Trusted {0} new key(s).").format(len(result.added))
        for entry, kind in result.different:
            text += "\n" + self.tr("{0} stays trusted as {1}; the file lists it as {2}.").format(
                entry.fingerprint, kind_name(kind), kind_name(entry.kind)
            )
        TrustAsk.inform(self, APP_NAME, text)
        return len(result.added)

    def _question(self, tf: TrustFile) -> str:
        listed = "\n".join(f"  {kind_name(k.kind)}  {k.fingerprint}  {k.label}" for k in tf.keys)
        signer = tf.exporter_fingerprint + (f" ({tf.exporter_label})" if tf.exporter_label else "")
        return self.tr(
            "This trust file is signed by the key {0}.\nCompare this fingerprint with the one the sender tells "
            "you before going on.\n\nIt would make this computer trust:\n{1}\n\nTrust these keys?"
        ).format(signer, listed or self.tr("(no keys)"))


def show_trusted_keys(window: QMainWindow) -> TrustedKeysDialog | None:
    """Trainer → Trusted keys…: trainer mode first, then the dialog (returned, for tests)."""
    if not getattr(window, "require_trainer", lambda: True)():
        return None
    dialog = TrustedKeysDialog(window.ctx.certificates, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

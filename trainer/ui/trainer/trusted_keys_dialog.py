"""Trainer → Trusted keys…: the keys this installation trusts, and trust files to pass them on.

Revoking a key (a lost laptop, a leaked key) keeps its row, marked with the time and reason, and
exported trust files carry the revocation to other installations.

Importing a trust file always shows the fingerprint of the key that signed it and each key it
lists or revokes, and asks: a trainer compares the fingerprint with the sender (by phone, in person) before
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
    QInputDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer import APP_NAME
from trainer.services.certificates import CertificateService
from trainer.services.trust_files import (
    MAX_REASON,
    TrustFile,
    TrustFileError,
    export_trust_file,
    read_trust_file,
    signer_problem,
)
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


def _reason(parent: QWidget, key: TrustedKey) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        translate("TrustedKeys", "Revoke key"),
        translate(
            "TrustedKeys",
            "Revoke the key {0} ({1}) for good? Progress bundles, content packs and new certificates signed with "
            "it will be refused; records already merged stay. This cannot be undone.\n\nWhy (for example, "
            "laptop stolen on 3 March):",
        ).format(key.fingerprint, key.label or kind_name(key.kind)),
    )
    text = " ".join(text.split())[:MAX_REASON]
    return text if ok and text else None


class TrustAsk:
    """Questions the dialog asks; tests replace them instead of clicking modal windows."""

    reason = staticmethod(_reason)
    open_path = staticmethod(_open_path)
    save_path = staticmethod(save_path)
    confirm = staticmethod(confirm)
    inform = staticmethod(inform)
    warn = staticmethod(warn)


def trusted_keys_model(parent: QWidget | None = None) -> RowTableModel:
    """Trusted keys: kind, label, fingerprint, since, revoked; how each came to be trusted in the tooltip."""

    def origin(k: TrustedKey) -> str:
        return k.origin

    def revoked(k: TrustedKey) -> str:
        if not k.revoked:
            return ""
        return translate("TrustedKeysModel", "Revoked {0}: {1}").format((k.revoked_at or "")[:10], k.revoked_reason)

    def revoked_by(k: TrustedKey) -> str:
        return k.revoked_by

    return RowTableModel(
        [
            Column(translate("TrustedKeysModel", "Kind"), lambda k: kind_name(k.kind), tooltip=origin),
            Column(translate("TrustedKeysModel", "Label"), lambda k: k.label, tooltip=origin),
            Column(translate("TrustedKeysModel", "Fingerprint"), lambda k: k.fingerprint, tooltip=origin),
            Column(translate("TrustedKeysModel", "Since"), lambda k: k.trusted_at[:10], tooltip=origin),
            Column(translate("TrustedKeysModel", "Revoked"), revoked, tooltip=revoked_by),
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
        self.revoke_button = QPushButton(self.tr("&Revoke…"))
        self.revoke_button.setEnabled(False)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.trust.keys(include_revoked=True))
        self._on_selection_changed()
        own = self.key.public_key()
        self.own.setText(
            self.tr("This computer's key: {0}").format(key_fingerprint(own))
            if own
            else self.tr("This computer has no key yet; it gets one when it first signs something.")
        )

    def _selected(self) -> TrustedKey | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _on_selection_changed(self, *_args: object) -> None:
        key = self._selected()
        self.revoke_button.setEnabled(key is not None and not key.revoked)

    def revoke_selected(self) -> bool:
        """Revoke the selected key, after asking why; the row stays, marked revoked."""
        key = self._selected()
        if key is None or key.revoked:
            return False
        reason = TrustAsk.reason(self, key)
        if reason is None:
            return False
        entry = self.trust.revoke(key.public_key, reason, "this computer")
        self.refresh()
        TrustAsk.inform(
            self,
            APP_NAME,
            self.tr(
                "The key {0} is revoked as of {1}. Export a trust file and give it to other trainers and offices "
                "so they refuse it too."
            ).format(entry.fingerprint, (entry.revoked_at or "")[:10]),
        )
        return True

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
        problem = signer_problem(self.trust, trust_file)
        if problem is not None:
            TrustAsk.warn(self, APP_NAME, problem)
            return 0
        if not TrustAsk.confirm(self, APP_NAME, self._question(trust_file)):
            return 0
        result = import_keys(self.trust, trust_file, self.key.public_key())
        self.refresh()
        text = self.tr("Trusted {0} new key(s).").format(len(result.added))
        if result.revoked:
            text += "\n" + self.tr("Revoked {0} key(s).").format(len(result.revoked))
        for entry in result.still_revoked:
            text += "\n" + self.tr("{0} is revoked here and stays revoked.").format(entry.fingerprint)
        for entry, kind in result.different:
            text += "\n" + self.tr("{0} stays trusted as {1}; the file lists it as {2}.").format(
                entry.fingerprint, kind_name(kind), kind_name(entry.kind)
            )
        TrustAsk.inform(self, APP_NAME, text)
        return len(result.added)

    def _question(self, tf: TrustFile) -> str:
        listed = "\n".join(f"  {kind_name(k.kind)}  {k.fingerprint}  {k.label}" for k in tf.keys)
        signer = tf.exporter_fingerprint + (f" ({tf.exporter_label})" if tf.exporter_label else "")
        question = self.tr(
            "This trust file is signed by the key {0}.\nCompare this fingerprint with the one the sender tells "
            "you before going on.\n\nIt would make this computer trust:\n{1}\n\nTrust these keys?"
        ).format(signer, listed or self.tr("(no keys)"))
        if tf.revocations:
            revoked = "\n".join(
                f"  {kind_name(r.kind)}  {r.fingerprint}  {r.label}  {r.revoked_at[:10]}: {r.reason}"
                for r in tf.revocations
            )
            question += "\n\n" + self.tr(
                "It also revokes these keys for good (whatever they sign is refused from then on):\n{0}"
            ).format(revoked)
        return question


def show_trusted_keys(window: QMainWindow) -> TrustedKeysDialog | None:
    """Trainer → Trusted keys…: trainer mode first, then the dialog (returned, for tests)."""
    if not getattr(window, "require_trainer", lambda: True)():
        return None
    dialog = TrustedKeysDialog(window.ctx.certificates, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

"""Trainer → Trusted keys…: revoking a key, and trust files that bring revocations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.ui.test_certificate_trust import ctx, other  # noqa: F401 (fixtures)
from trainer.ui.trainer.trusted_keys_dialog import TrustAsk, TrustedKeysDialog


def share(qtbot, monkeypatch, source, target, path) -> TrustedKeysDialog:
    """Export ``source``'s trust file to ``path`` and import it in ``target``'s dialog (returned)."""
    monkeypatch.setattr(TrustAsk, "save_path", staticmethod(lambda *args: str(path)))
    monkeypatch.setattr(TrustAsk, "open_path", staticmethod(lambda parent: str(path)))
    monkeypatch.setattr(TrustAsk, "confirm", staticmethod(lambda parent, title, text: True))
    exporter = TrustedKeysDialog(source.certificates)
    qtbot.addWidget(exporter)
    exporter.export_file()
    importer = TrustedKeysDialog(target.certificates)
    qtbot.addWidget(importer)
    importer.import_file()
    return importer


def test_revoking_a_key_marks_its_row_and_passes_on_by_trust_file(
    qtbot,
    ctx,  # noqa: F811
    other,  # noqa: F811
    tmp_path,
    monkeypatch,
    qtmodeltester,
):
    told = []
    monkeypatch.setattr(TrustAsk, "inform", staticmethod(lambda parent, title, text: told.append(text)))
    monkeypatch.setattr(TrustAsk, "warn", staticmethod(lambda parent, title, text: told.append(text)))
    dialog = share(qtbot, monkeypatch, ctx, other, tmp_path / "a.json")  # B trusts A's key
    [key] = dialog.model.rows
    assert not dialog.revoke_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.revoke_button.isEnabled()

    monkeypatch.setattr(TrustAsk, "reason", staticmethod(lambda parent, k: None))  # cancelled
    assert not dialog.revoke_button.click() and not dialog.model.rows[0].revoked
    monkeypatch.setattr(TrustAsk, "reason", staticmethod(lambda parent, k: "laptop stolen"))
    dialog.revoke_button.click()
    [row] = dialog.model.rows  # the row stays, marked revoked
    assert row.fingerprint == key.fingerprint and row.revoked and row.revoked_reason == "laptop stolen"
    assert dialog.model.data(dialog.model.index(0, 4)).startswith("Revoked ")
    assert "laptop stolen" in dialog.model.data(dialog.model.index(0, 4))
    assert key.fingerprint in told[-1]
    qtmodeltester.check(dialog.model)
    dialog.table.selectRow(0)
    assert not dialog.revoke_button.isEnabled()
    assert other.certificates.verify_credential(ctx.cert.credential).status == "revoked"

    # A trust file from B carries the revocation back; A's own key is never revoked by it.
    questions = []
    monkeypatch.setattr(TrustAsk, "save_path", staticmethod(lambda *args: str(tmp_path / "b.json")))
    monkeypatch.setattr(TrustAsk, "open_path", staticmethod(lambda parent: str(tmp_path / "b.json")))
    dialog.export_file()
    monkeypatch.setattr(TrustAsk, "confirm", staticmethod(lambda parent, title, text: questions.append(text) or True))
    back = TrustedKeysDialog(ctx.certificates)
    qtbot.addWidget(back)
    back.import_file()
    assert "revokes these keys" in questions[-1] and key.fingerprint in questions[-1]
    assert ctx.certificates.trust.revocation(ctx.certificates.key.public_key()) is None


def test_the_certificates_tab_says_the_issuers_key_was_revoked(qtbot, ctx, other):  # noqa: F811
    """Looked up by code where it was issued, or pasted elsewhere: never "valid" once the issuer's key is revoked."""
    from trainer.ui.trainer.certificates_tab import CertificatesTab

    own = ctx.certificates.key.public_key()
    other.certificates.trust.trust(own, "device", "Laptop 3")
    ctx.certificates.trust.revoke(own, "laptop stolen", when="2020-01-01T00:00:00+00:00")
    later = (datetime.now(UTC) + timedelta(minutes=1)).isoformat(timespec="seconds")  # after the issue, surely
    other.certificates.trust.revoke(own, "laptop stolen", when=later)
    for service, text, headline in (
        (ctx.certificates, ctx.cert.code, "Not valid: the key of the device"),
        (other.certificates, ctx.cert.credential, "Not confirmed: the key of the device"),
    ):
        tab = CertificatesTab(service)
        qtbot.addWidget(tab)
        tab.code.setText(text)
        assert not tab.verify()
        shown = tab.result.toPlainText()
        assert headline in shown and "laptop stolen" in shown and "is valid" not in shown

"""Endorsing certificates in the Certificates tab, verifying signed texts and PDFs there, and the
Trusted keys dialog that imports and exports trust files."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SAMPLE_MODULES
from trainer.domain.grading import key_response
from trainer.services.context import AppContext
from trainer.services.trainer_auth import TrainerAuth
from trainer.ui.main_window import MainWindow
from trainer.ui.trainer.certificates_tab import CertAsk, CertificatesTab
from trainer.ui.trainer.trusted_keys_dialog import TrustAsk, TrustedKeysDialog

NAME = "Aigerim Serikbayeva"


@pytest.fixture
def ctx(tmp_path):
    """Installation A: one learner passed the first module and has a signed certificate."""
    ctx = AppContext.open(tmp_path / "A", SAMPLE_MODULES)
    module = next(iter(ctx.catalogue.modules))
    learner = ctx.learners.create(NAME, "police", "pavlodar", "District 2")
    session = ctx.quizzes.start_or_resume(learner.id, ctx.catalogue.modules[module])
    for q in session.questions:
        ctx.quizzes.answer(session, q.id, key_response(q))
    ctx.quizzes.finish(session)
    ctx.cert = ctx.certificates.issue_for_module(learner.id, module)
    yield ctx
    ctx.close()


@pytest.fixture
def other(tmp_path):
    """Installation B: nothing on it yet."""
    ctx = AppContext.open(tmp_path / "B", SAMPLE_MODULES)
    yield ctx
    ctx.close()


@pytest.fixture
def tab(qtbot, ctx, monkeypatch):
    t = CertificatesTab(ctx.certificates)
    qtbot.addWidget(t)
    t.show()
    t.told = []
    monkeypatch.setattr(CertAsk, "inform", staticmethod(lambda parent, title, text: t.told.append(text)))
    monkeypatch.setattr(CertAsk, "warn", staticmethod(lambda parent, title, text: t.told.append(text)))
    return t


def test_endorsing_a_certificate_whose_evidence_checks(tab, ctx, monkeypatch, qtmodeltester):
    qtmodeltester.check(tab.model)
    assert [(s.code, s.state) for s in tab.model.rows] == [(ctx.cert.code, "ready")]
    tab.table.selectRow(0)
    assert tab.endorse_button.isEnabled()
    monkeypatch.setattr(CertAsk, "trainer_name", staticmethod(lambda parent: None))
    assert not tab.endorse_selected()  # no name given: nothing endorsed
    assert ctx.certificates.certs.endorsements(ctx.cert.code) == []
    monkeypatch.setattr(CertAsk, "trainer_name", staticmethod(lambda parent: "Гүлнар Ахметова"))
    assert tab.endorse_selected()
    assert tab.model.data(tab.model.index(0, 4)) == "Endorsed by you"
    assert not tab.endorse_all_button.isEnabled()

    [cert] = ctx.certificates.for_learner(ctx.cert.learner_id)
    tab.code.setText(cert.credential)
    assert tab.verify()
    text = tab.result.toPlainText()
    assert f"Certificate {cert.code} is valid" in text and NAME in text
    assert "endorsed by trainer Гүлнар Ахметова" in text


def test_a_pasted_text_with_one_character_changed_is_not_valid(tab, ctx):
    text = ctx.cert.credential
    i = len(text) // 3
    tab.code.setText(text[:i] + ("Q" if text[i] != "Q" else "R") + text[i + 1 :])
    assert not tab.verify()
    assert "Not valid" in tab.result.toPlainText() and NAME not in tab.result.toPlainText()


def test_a_pdf_from_another_installation_shows_unknown_issuer_until_trusted(qtbot, ctx, other, tmp_path, monkeypatch):
    from trainer.documents.certificate_pdf import write_certificate_pdf
    from trainer.services.trust_files import export_trust_file, import_trust_file, read_trust_file

    pdf = write_certificate_pdf(ctx.cert, tmp_path / "certificate.pdf")
    tab = CertificatesTab(other.certificates)
    qtbot.addWidget(tab)
    monkeypatch.setattr(CertAsk, "open_pdf", staticmethod(lambda parent: str(pdf)))
    assert not tab.verify_pdf()
    assert "Unknown issuer" in tab.result.toPlainText() and NAME in tab.result.toPlainText()
    export_trust_file(ctx.certificates.trust, ctx.certificates.key.signing_key(), tmp_path / "a.json")
    import_trust_file(other.certificates.trust, read_trust_file(tmp_path / "a.json"))
    assert tab.verify_pdf()
    assert f"Certificate {ctx.cert.code} is valid" in tab.result.toPlainText()


def test_trust_files_between_two_installations(qtbot, ctx, other, tmp_path, monkeypatch, qtmodeltester):
    told = []
    monkeypatch.setattr(TrustAsk, "inform", staticmethod(lambda parent, title, text: told.append(text)))
    monkeypatch.setattr(TrustAsk, "warn", staticmethod(lambda parent, title, text: told.append(text)))
    path = tmp_path / "a-trust.json"
    monkeypatch.setattr(TrustAsk, "save_path", staticmethod(lambda *args: str(path)))
    exporter = TrustedKeysDialog(ctx.certificates)
    qtbot.addWidget(exporter)
    assert exporter.export_file() == path
    fingerprint = json.loads(path.read_text(encoding="utf-8"))["signed"]["exported_by"]["fingerprint"]
    assert fingerprint in told[-1]

    importer = TrustedKeysDialog(other.certificates)
    qtbot.addWidget(importer)
    qtmodeltester.check(importer.model)
    monkeypatch.setattr(TrustAsk, "open_path", staticmethod(lambda parent: str(path)))
    questions = []
    monkeypatch.setattr(TrustAsk, "confirm", staticmethod(lambda parent, title, text: questions.append(text)))
    assert importer.import_file() == 0  # declined
    assert fingerprint in questions[0] and importer.model.rowCount() == 0
    monkeypatch.setattr(TrustAsk, "confirm", staticmethod(lambda parent, title, text: True))
    assert importer.import_file() == 1
    assert [(k.kind, k.fingerprint) for k in importer.model.rows] == [("device", fingerprint)]
    assert importer.model.data(importer.model.index(0, 0)) == "Device"

    document = json.loads(path.read_text(encoding="utf-8"))
    document["signed"]["keys"][0]["kind"] = "publisher"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert importer.import_file() == 0
    assert "changed after it was signed" in told[-1]


def test_trainer_menu_opens_trusted_keys_after_the_password(qtbot, ctx, monkeypatch):
    ctx.trainer_auth = TrainerAuth(ctx.store, n=2**10)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    [action] = [a for a in window.trainer_menu.actions() if a.text() == "Trusted &keys…"]
    monkeypatch.setattr(window, "require_trainer", lambda: False)
    from trainer.ui.trainer.trusted_keys_dialog import show_trusted_keys

    assert show_trusted_keys(window) is None
    monkeypatch.setattr(window, "require_trainer", lambda: True)
    dialog = show_trusted_keys(window)
    assert isinstance(dialog, TrustedKeysDialog) and dialog.isVisible()
    dialog.close()
    assert action.isEnabled()

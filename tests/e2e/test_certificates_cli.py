"""`python main.py verify-certificate CODE` against a data folder where a certificate was issued."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SAMPLE_MODULES
from trainer.content.loader import load_catalogue
from trainer.domain.grading import key_response
from trainer.services.certificates import CertificateService
from trainer.services.quiz import QuizService
from trainer.storage.certificates import CertificateStore
from trainer.storage.database import DB_FILENAME, open_database
from trainer.storage.store import ProgressStore

NAME = "Әлия Қасымқызы Иванова"


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


@pytest.fixture
def issued(tmp_path):
    """A data folder holding one module certificate; returns (data folder, code)."""
    data = tmp_path / "data"
    data.mkdir()
    store = ProgressStore(open_database(data / DB_FILENAME))
    catalogue = load_catalogue(SAMPLE_MODULES)
    try:
        learner = store.create_learner(NAME, "judge", "Almaty")
        module = catalogue.modules["sample-01-basics"]
        quizzes = QuizService(store)
        session = quizzes.start_or_resume(learner.id, module)
        for q in session.questions:
            quizzes.answer(session, q.id, key_response(q))
        quizzes.finish(session)
        service = CertificateService(store, CertificateStore(store.db), catalogue)
        code = service.issue_for_module(learner.id, module.id).code
    finally:
        store.close()
    return data, code


def test_valid_code_prints_what_it_certifies(issued):
    data, code = issued
    typed = code.lower().replace("-", "")
    result = run("--data-dir", str(data), "--content-dir", str(SAMPLE_MODULES), "verify-certificate", typed)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for expected in (code, "valid", NAME, "Judge", "Almaty", "Sample - the 2009 Law in brief", "1.0.0", "100%"):
        assert expected in out, expected
    assert result.stderr == ""


def test_data_folder_from_the_environment(issued):
    data, code = issued
    result = run("--content-dir", str(SAMPLE_MODULES), "verify-certificate", code, env={"QORGAU_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert NAME in result.stdout


def test_unknown_code_exits_1_with_a_message(issued):
    data, code = issued
    other = "AAAA-AAAA-AAAA" if code != "AAAA-AAAA-AAAA" else "BBBB-BBBB-BBBB"
    result = run("--data-dir", str(data), "verify-certificate", other)
    assert result.returncode == 1
    assert f"No certificate {other}" in result.stderr and result.stdout == ""


def test_malformed_code_exits_1(issued):
    data, _ = issued
    result = run("--data-dir", str(data), "verify-certificate", "hello")
    assert result.returncode == 1 and "not a Qorgau certificate code" in result.stderr


def test_missing_database_is_reported_and_not_created(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("--data-dir", str(empty), "verify-certificate", "AAAA-AAAA-AAAA")
    assert result.returncode == 1 and "no Qorgau database" in result.stderr
    assert list(empty.iterdir()) == []


def test_help_lists_the_subcommand():
    assert "verify-certificate" in run("--help").stdout


# Signed certificates, verified on another installation ------------------------------------------
@pytest.fixture
def signed(tmp_path):
    """Data folder A, with its device key, holding one signed certificate; returns (A, certificate)."""
    from trainer.services.certificates import DeviceKey
    from trainer.storage.trust import TrustStore

    data = tmp_path / "A"
    data.mkdir()
    store = ProgressStore(open_database(data / DB_FILENAME))
    catalogue = load_catalogue(SAMPLE_MODULES)
    try:
        learner = store.create_learner(NAME, "judge", "Almaty")
        module = catalogue.modules["sample-01-basics"]
        quizzes = QuizService(store)
        session = quizzes.start_or_resume(learner.id, module)
        for q in session.questions:
            quizzes.answer(session, q.id, key_response(q))
        quizzes.finish(session)
        service = CertificateService(
            store, CertificateStore(store.db), catalogue, key=DeviceKey(data), trust=TrustStore(store.db)
        )
        cert = service.issue_for_module(learner.id, module.id)
    finally:
        store.close()
    assert cert.credential
    return data, cert


def test_a_certificate_verifies_in_an_empty_data_folder_once_its_issuer_is_trusted(signed, tmp_path):
    a, cert = signed
    b = tmp_path / "B"
    b.mkdir()
    before = run("--data-dir", str(b), "verify-certificate", cert.credential)
    assert before.returncode == 3, before.stdout + before.stderr
    assert "unknown issuer" in before.stdout and NAME in before.stdout
    assert list(b.iterdir()) == []  # verifying creates nothing

    trust_file = tmp_path / "a-trust.json"
    exported = run("--data-dir", str(a), "trust", "export", "--out", str(trust_file), "--label", "Almaty court 2")
    assert exported.returncode == 0, exported.stderr
    fingerprint = exported.stdout.splitlines()[1].strip()
    asked = run("--data-dir", str(b), "trust", "import", str(trust_file))  # no answer: nothing imported
    assert asked.returncode == 1 and fingerprint in asked.stdout and "Nothing was imported" in asked.stdout
    imported = run("--data-dir", str(b), "trust", "import", "--yes", str(trust_file))
    assert imported.returncode == 0, imported.stderr
    assert fingerprint in run("--data-dir", str(b), "trust", "list").stdout

    after = run("--data-dir", str(b), "verify-certificate", cert.credential)
    assert after.returncode == 0, after.stdout + after.stderr
    for expected in (f"Certificate {cert.code} is valid", NAME, "Judge", "100%"):
        assert expected in after.stdout, expected
    assert f"Issued by device {fingerprint} (Almaty court 2)." in after.stdout


def test_a_one_character_change_is_not_valid(signed, tmp_path):
    _, cert = signed
    i = len(cert.credential) // 2
    changed = cert.credential[:i] + ("x" if cert.credential[i] != "x" else "y") + cert.credential[i + 1 :]
    result = run("--data-dir", str(tmp_path / "B"), "verify-certificate", changed)
    assert result.returncode == 1 and "NOT VALID" in result.stdout
    assert NAME not in result.stdout


def test_a_tampered_trust_file_is_refused(signed, tmp_path):
    a, _ = signed
    trust_file = tmp_path / "a-trust.json"
    assert run("--data-dir", str(a), "trust", "export", "--out", str(trust_file)).returncode == 0
    trust_file.write_text(trust_file.read_text(encoding="utf-8").replace('"device"', '"trainer"'), encoding="utf-8")
    result = run("--data-dir", str(tmp_path / "B"), "trust", "import", "--yes", str(trust_file))
    assert result.returncode == 1 and "changed after it was signed" in result.stderr
    assert "No keys are trusted" in run("--data-dir", str(tmp_path / "B"), "trust", "list").stdout


def test_endorsed_pdf_verifies_elsewhere_and_names_the_trainer(qapp, signed, tmp_path):
    from trainer.documents.certificate_pdf import write_certificate_pdf
    from trainer.services.certificates import DeviceKey
    from trainer.storage.trust import TrustStore

    a, cert = signed
    endorsed = run(
        "--data-dir", str(a), "--content-dir", str(SAMPLE_MODULES), "endorse-certificate", "--all", "--name", "Гүлнар"
    )
    assert endorsed.returncode == 0 and "Endorsed 1 certificate(s) as Гүлнар" in endorsed.stdout, endorsed.stderr
    store = ProgressStore(open_database(a / DB_FILENAME))
    try:
        service = CertificateService(
            store,
            CertificateStore(store.db),
            load_catalogue(SAMPLE_MODULES),
            key=DeviceKey(a),
            trust=TrustStore(store.db),
        )
        [cert] = service.for_learner(cert.learner_id)
    finally:
        store.close()
    pdf = write_certificate_pdf(cert, tmp_path / "certificate.pdf")
    trust_file = tmp_path / "trainer.json"
    assert run("--data-dir", str(a), "trust", "export", "--out", str(trust_file), "--kind", "trainer").returncode == 0
    b = tmp_path / "B"
    assert run("--data-dir", str(b), "trust", "import", "--yes", str(trust_file)).returncode == 0
    result = run("--data-dir", str(b), "verify-certificate", str(pdf))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "endorsed by trainer Гүлнар (" in result.stdout and NAME in result.stdout


def test_a_pdf_without_a_credential_is_reported(tmp_path):
    pdf = tmp_path / "other.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    result = run("--data-dir", str(tmp_path), "verify-certificate", str(pdf))
    assert result.returncode == 1 and "other.pdf holds no signed Qorgau certificate" in result.stderr


def test_a_wrapped_text_file_verifies_where_it_was_issued(signed, tmp_path):
    a, cert = signed
    text = tmp_path / "typed.txt"
    text.write_text("\n".join(cert.credential[i : i + 64] for i in range(0, len(cert.credential), 64)), "utf-8")
    result = run("--data-dir", str(a), "verify-certificate", str(text))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(this computer)." in result.stdout

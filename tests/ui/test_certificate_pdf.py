"""The certificate PDF: Kazakh and Russian names survive, the code is printed, fonts are embedded."""

from __future__ import annotations

import shutil
import struct
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from tests.conftest import ROOT
from trainer.documents.certificate_pdf import default_certificate_filename, write_certificate_pdf
from trainer.domain.grading import key_response
from trainer.services.certificates import CertificateService
from trainer.services.quiz import QuizService
from trainer.storage.certificates import CertificateStore

NAME = "Әлия Қасымқызы Иванова"


@pytest.fixture
def certificate(store, catalogue):
    """A module certificate for a learner with a Kazakh and Russian name, issued on 12 March 2026."""
    learner = store.create_learner(NAME, "social_worker", "Қызылорда облысы")
    module = catalogue.modules["sample-01-basics"]
    quizzes = QuizService(store)
    session = quizzes.start_or_resume(learner.id, module, seed=3)
    for q in session.questions:
        quizzes.answer(session, q.id, key_response(q))
    quizzes.finish(session)
    clock = lambda: datetime(2026, 3, 12, 10, 0, tzinfo=timezone(timedelta(hours=5)))  # noqa: E731
    return CertificateService(store, CertificateStore(store.db), catalogue, clock=clock).issue_for_module(
        learner.id, module.id
    )


def pdf_text(path) -> str:
    """The text of page 1 with runs of whitespace (pypdf puts tabs between words) made single spaces."""
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def test_pdf_has_the_name_module_code_and_command(qapp, tmp_path, certificate):
    path = write_certificate_pdf(certificate, tmp_path / default_certificate_filename(certificate))
    assert path.name == "Qorgau-certificate-Әлия-Қасымқызы-Иванова-2026-03-12.pdf"
    text = pdf_text(path)
    for expected in (
        "Qorgau",
        "Certificate of completion",
        NAME,
        "Social worker",
        "Қызылорда облысы",
        "Sample - the 2009 Law in brief",
        "version 1.0.0",
        "12 March 2026",
        "100%",
        certificate.code,
        f"Verify with: qorgau verify-certificate {certificate.code}",
        "Turarbekova",
        "CC BY 4.0",
    ):
        assert expected in text, expected
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape in points
    fonts = {str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in f for f in fonts), fonts


def test_language_sets_date_and_number_formats(qapp, tmp_path, certificate):
    path = write_certificate_pdf(certificate, tmp_path / "c.pdf", language="ru")
    assert "12 марта 2026" in pdf_text(path)


def test_writing_replaces_an_existing_file_and_leaves_no_temporary_file(qapp, tmp_path, certificate):
    path = tmp_path / "c.pdf"
    path.write_bytes(b"old")
    write_certificate_pdf(certificate, path)
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["c.pdf"]


def test_unwritable_folder_raises_oserror(qapp, tmp_path, certificate):
    with pytest.raises(OSError):
        write_certificate_pdf(certificate, tmp_path / "missing" / "c.pdf")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Әлия Қасымқызы Иванова", "Әлия-Қасымқызы-Иванова"),
        ("  O'Neil / Smith: ?*  ", "O-Neil-Smith"),
        ("../../etc", "etc"),
        ("***", "learner"),
    ],
)
def test_default_filename_is_safe_and_keeps_cyrillic(certificate, name, expected):
    import dataclasses

    cert = dataclasses.replace(certificate, learner_name=name)
    assert default_certificate_filename(cert) == f"Qorgau-certificate-{expected}-2026-03-12.pdf"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_page_renders_with_poppler(qapp, tmp_path, certificate):
    path = write_certificate_pdf(certificate, tmp_path / "c.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")], check=True
    )
    [png] = tmp_path.glob("page*.png")
    width, height = struct.unpack(">II", png.read_bytes()[16:24])
    assert (width, height) == (702, 496)


def test_documents_package_does_not_import_widgets():
    code = "import sys\nimport trainer.documents.certificate_pdf\nassert 'PySide6.QtWidgets' not in sys.modules\n"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def signed_certificate(store, catalogue, tmp_path):
    """The certificate of ``certificate``'s learner, issued with a device key (so it carries a credential)."""
    from trainer.services.certificates import DeviceKey
    from trainer.storage.trust import TrustStore

    learner = store.create_learner(NAME, "police", "Astana")
    module = catalogue.modules["sample-01-basics"]
    quizzes = QuizService(store)
    session = quizzes.start_or_resume(learner.id, module, seed=3)
    for q in session.questions:
        quizzes.answer(session, q.id, key_response(q))
    quizzes.finish(session)
    service = CertificateService(
        store, CertificateStore(store.db), catalogue, key=DeviceKey(tmp_path), trust=TrustStore(store.db)
    )
    return service, service.issue_for_module(learner.id, module.id)


def test_a_signed_certificate_carries_its_credential_exactly_in_the_metadata(qapp, tmp_path, signed_certificate):
    from trainer.services.credentials import credential_from_pdf

    service, cert = signed_certificate
    path = write_certificate_pdf(cert, tmp_path / "c.pdf")
    assert credential_from_pdf(path) == cert.credential
    assert service.verify_credential(credential_from_pdf(path)).status == "valid"
    text = pdf_text(path)
    assert "Signed credential (Open Badges 3.0)" in text and cert.credential[:40] in text
    assert len(PdfReader(path).pages) == 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_printed_text_alone_is_enough(qapp, tmp_path, signed_certificate):
    """A PDF that lost its metadata (printed, scanned, OCRed) still verifies from the text on the page."""
    from trainer.services.credentials import PDF_KEYWORD, credential_from_pdf

    _, cert = signed_certificate
    path = write_certificate_pdf(cert, tmp_path / "c.pdf")
    data = path.read_bytes()
    marker = PDF_KEYWORD.encode()
    assert marker in data
    path.write_bytes(data.replace(marker, b"x" * len(marker)))  # same length: the file stays well formed
    assert credential_from_pdf(path) == cert.credential


def test_an_unsigned_certificate_has_no_credential_band(qapp, tmp_path, certificate):
    assert certificate.credential == ""
    assert "Signed credential" not in pdf_text(write_certificate_pdf(certificate, tmp_path / "c.pdf"))

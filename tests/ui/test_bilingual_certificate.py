"""A certificate can be issued in Kazakh and Russian side by side, with one verification code."""

from __future__ import annotations

from pypdf import PdfReader

from trainer.documents.certificate_pdf import write_certificate_pdf
from trainer.domain.certificate import Certificate, CertifiedModule


def _cert(title: str) -> Certificate:
    return Certificate(
        code="ABCD-EFGH-JKLM",
        kind="module",
        learner_id="5f1c",
        learner_name="Әлия Қасымқызы Иванова",
        role="police",
        region="pavlodar",
        modules=(CertifiedModule("core-01-legal-map", title, "1.0.0"),),
        score=92.5,
        issued="2026-03-12T10:00:00+05:00",
        attempt_ids=("a1",),
    )


def test_kazakh_and_russian_side_by_side(qapp, tmp_path):
    path = write_certificate_pdf(_cert("Құқықтық карта"), tmp_path / "c.pdf", "kk", (_cert("Правовая карта"), "ru"))
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Құқықтық карта" in text and "Правовая карта" in text
    assert "Кімге берілді" in text and "Получатель" in text  # each half in its own language
    assert "12 наурыз 2026" in text and "12 марта 2026" in text and "92,5" in text
    assert text.count("ABCD-EFGH-JKLM") >= 2

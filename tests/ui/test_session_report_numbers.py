"""The session report writes every figure in its own language: a decimal comma in Russian and
Kazakh, a point in English, and a real minus sign (U+2212) for a loss, whatever the interface's
language is."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from tests.conftest import SAMPLE_MODULES
from trainer import __version__
from trainer.domain.grading import key_response
from trainer.i18n import in_language
from trainer.services.context import AppContext
from trainer.services.session_report import SessionReport, build_session_report

MINUS = "\u2212"


def _take(ctx: AppContext, learner_id: str, cohort_id: str, phase: str, right: int) -> None:
    session = ctx.measures.start(learner_id, cohort_id, phase)
    for _, q in session.questions[:right]:
        ctx.measures.answer(session, q.id, key_response(q))
    ctx.measures.finish(session)


def make_cohort(ctx: AppContext) -> str:
    """A cohort whose learners lost ground on average, and moved away from a misconception
    (a negative attitude shift): both print with a minus sign."""
    from trainer.domain.prepost import AttitudeStatement

    ctx.measures.statements = [
        AttitudeStatement(
            "private",
            ("§1",),
            "Violence in the family is a private matter.",
            "Насилие в семье — частное дело.",
            "Отбасындағы зорлық-зомбылық — жеке іс.",
        ),
        AttitudeStatement(
            "reconcile",
            ("§2",),
            "Reconciliation is always best for the family.",
            "Примирение всегда лучше для семьи.",
            "Татуласу отбасы үшін әрқашан жақсы.",
        ),
    ]
    learners = [ctx.store.create_learner(name, "police", "almaty").id for name in ("Aigul", "Bolat", "Dana")]
    cohort = ctx.cohorts.create("Almaty March").id
    ctx.cohorts.add_members(cohort, learners)
    ctx.measures.open_test(cohort, "pre", list(ctx.catalogue.modules))
    for lid in learners:
        _take(ctx, lid, cohort, "pre", right=3)
        ctx.measures.record_attitudes(lid, cohort, "pre", {"private": 4, "reconcile": 5})
    ctx.measures.open_test(cohort, "post")
    for i, lid in enumerate(learners):
        _take(ctx, lid, cohort, "post", right=i)
        ctx.measures.record_attitudes(lid, cohort, "post", {"private": 2, "reconcile": 4 - i})
    ctx.measures.give_feedback(learners[0], next(iter(ctx.catalogue.modules)), {"clarity": 4}, None, False)
    ctx.measures.give_feedback(learners[1], next(iter(ctx.catalogue.modules)), {"clarity": 3}, None, False)
    return cohort


def report_in(ctx: AppContext, cohort: str, language: str) -> SessionReport:
    return build_session_report(ctx.cohorts, cohort, language)


@pytest.fixture
def ctx(tmp_path: Path):
    context = AppContext.open(tmp_path / "data", SAMPLE_MODULES)
    yield context
    context.close()


def _pdf_text(qapp, ctx: AppContext, cohort: str, language: str, path: Path) -> str:
    from trainer.documents.session_report_pdf import write_session_report_pdf

    with in_language(language):
        write_session_report_pdf(report_in(ctx, cohort, language), path)
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _figures(text: str) -> list[str]:
    """Every number with decimals in the text, with its sign (the program's version is no figure)."""
    return re.findall(r"[+\-\u2212]?\d+[.,]\d+", text.replace(__version__, ""))


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_russian_and_kazakh_reports_use_a_decimal_comma_and_a_minus_sign(qapp, ctx, tmp_path, language) -> None:
    cohort = make_cohort(ctx)
    gain = ctx.measures.gain(cohort).cohort.raw
    shift = ctx.measures.attitude_shift(cohort).cohort.shift
    assert gain < 0 and shift < 0  # the data really has losses to print
    QLocale.setDefault(QLocale("en"))  # the interface in English does not change the report's numbers
    try:
        text = _pdf_text(qapp, ctx, cohort, language, tmp_path / f"{language}.pdf")
    finally:
        QLocale.setDefault(QLocale("en"))
    figures = _figures(text)
    assert figures, text
    assert not [f for f in figures if "." in f], f"decimal points in a {language} report: {figures}"
    assert not [f for f in figures if f.startswith("-")], f"hyphens for minus in a {language} report: {figures}"
    assert f"{MINUS}{abs(gain):.1f}".replace(".", ",") in text
    assert f"{MINUS}{abs(shift):.2f}".replace(".", ",") in text


def test_an_english_report_uses_decimal_points_and_a_minus_sign(qapp, ctx, tmp_path) -> None:
    cohort = make_cohort(ctx)
    gain = ctx.measures.gain(cohort).cohort.raw
    shift = ctx.measures.attitude_shift(cohort).cohort.shift
    QLocale.setDefault(QLocale("ru"))  # a Russian interface does not give an English report commas
    try:
        text = _pdf_text(qapp, ctx, cohort, "en", tmp_path / "en.pdf")
    finally:
        QLocale.setDefault(QLocale("en"))
    figures = _figures(text)
    assert figures and not [f for f in figures if "," in f], figures
    assert not [f for f in figures if f.startswith("-")], figures
    assert f"{MINUS}{abs(gain):.1f}" in text and f"{MINUS}{abs(shift):.2f}" in text
    assert "3.50" in text  # the mean clarity of 4 and 3


def _cut_words(doc) -> list[str]:
    """The text of every block where a line ends inside a word."""
    cut = []
    block = doc.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(1, layout.lineCount()):
            start = layout.lineAt(i).textStart()
            if 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
                cut.append(text)
        block = block.next()
    return cut


def test_table_headers_are_not_cut_inside_a_word(qapp, ctx, tmp_path) -> None:
    """Narrow columns wrap their headers between words: "Басталды", never "Басталд ы"."""
    from PySide6.QtGui import QPdfWriter, QTextOption

    from trainer.documents.session_report_pdf import DPI, session_report_document

    cohort = make_cohort(ctx)
    for mid in ctx.catalogue.modules:
        ctx.cohorts.assign(cohort, mid, date(2026, 3, 12))
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(DPI)
    with in_language("kk"):
        doc = session_report_document(report_in(ctx, cohort, "kk"), writer)
    width = writer.width() * 170 / 210  # A4 less the 2 cm margins QTextDocument.print_ leaves
    doc.setTextWidth(width)
    assert "Басталды" in doc.toPlainText()
    assert not _cut_words(doc), _cut_words(doc)
    assert doc.size().width() <= width + 2  # no table runs off the page instead (sizes round up)
    # The check can fail: Qt's default wrapping cuts these headers.
    anywhere = QTextOption()
    anywhere.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(anywhere)
    doc.setTextWidth(width)
    assert "Басталды" in _cut_words(doc)


@pytest.mark.parametrize(
    ("language", "value", "digits", "shown"),
    [
        ("en", 30.0, 1, "+30.0"),
        ("ru", 30.0, 1, "+30,0"),
        ("kk", -12.84, 1, f"{MINUS}12,8"),
        ("en", -0.25, 2, f"{MINUS}0.25"),
        ("ru", -0.04, 1, "0,0"),  # rounds to nothing: no sign, never "−0,0"
        ("kk", 0.0, 2, "0,00"),
    ],
)
def test_a_change_is_signed_in_the_language_of_the_document(language, value, digits, shown) -> None:
    from trainer.documents.numbers import signed

    assert signed(value, digits, language) == shown


def test_an_interval_stays_on_one_line() -> None:
    from trainer.documents.numbers import interval

    assert interval(-2.14, 8.44, 1, "ru") == f"{MINUS}2,1\u00a0… +8,4"

"""Exports that a spreadsheet cannot turn against its reader, anonymised exports that name nobody,
and partial files of killed exports cleaned up at the next start."""

from __future__ import annotations

import csv

import pytest

from tests.conftest import SAMPLE_MODULES
from trainer.domain.analytics import spreadsheet_safe
from trainer.domain.grading import key_response
from trainer.services.context import AppContext

NAMES = ['=HYPERLINK("http://evil/","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)"]
UNITS = ["=1+1", "+7 district", "-", "@home"]


@pytest.fixture
def ctx(tmp_path):
    ctx = AppContext.open(tmp_path / "data", SAMPLE_MODULES)
    module = ctx.catalogue.modules["sample-01-basics"]
    for name, unit in zip(NAMES, UNITS, strict=True):
        learner = ctx.learners.create(name, "police", "astana", unit)
        session = ctx.quizzes.start_or_resume(learner.id, module)
        for q in session.questions:
            ctx.quizzes.answer(session, q.id, key_response(q))
        ctx.quizzes.finish(session)
    yield ctx
    ctx.close()


def test_formula_leading_text_is_neutralised_and_numbers_are_not():
    assert spreadsheet_safe("=1+1") == "'=1+1"
    assert spreadsheet_safe("\tx") == "'\tx"
    assert spreadsheet_safe("Aigerim") == "Aigerim"
    assert spreadsheet_safe(-5) == -5 and spreadsheet_safe(86.67) == 86.67


def test_csv_cells_never_start_a_formula(ctx, tmp_path):
    out = ctx.exports.export("csv", tmp_path / "r.csv")
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows
    for row in rows:
        for column, value in row.items():
            assert not value.startswith(("=", "+", "-", "@")), (column, value)
    assert {r["learner"] for r in rows} == {"'" + n for n in NAMES}
    assert {r["unit"] for r in rows} == {"'" + u for u in UNITS}
    assert {r["best_score"] for r in rows if r["module_id"] == "sample-01-basics"} == {"100.0"}


def test_anonymised_exports_hide_units_and_attempt_ids(ctx, tmp_path):
    import openpyxl

    attempt_ids = {r[0] for r in ctx.store.db.execute("SELECT id FROM attempts")}
    text = ctx.exports.export("csv", tmp_path / "a.csv", anonymise=True).read_text(encoding="utf-8-sig")
    assert not any(u in text for u in ("=1+1", "+7 district", "@home"))
    assert "Unit " in text
    book = openpyxl.load_workbook(ctx.exports.export("xlsx", tmp_path / "a.xlsx", anonymise=True), read_only=True)
    cells = {str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None}
    attempts = [row for row in book["Attempts"].iter_rows(values_only=True)][1:]
    book.close()
    assert not (cells & attempt_ids)
    assert not (cells & set(UNITS) - {"-"})
    assert attempts and all(str(row[0]).startswith("Attempt ") for row in attempts)


def test_partial_files_of_a_killed_export_are_removed_at_the_next_start(tmp_path):
    from trainer.services.exports import PendingFiles

    data = tmp_path / "data"
    AppContext.open(data, SAMPLE_MODULES).close()
    reports = tmp_path / "reports"
    reports.mkdir()
    leftover = reports / ".Qorgau-report-x1y2.csv.part"
    leftover.write_text("half a report")
    keep = reports / "notes.txt"  # listed by mistake or by tampering: not ours to delete
    keep.write_text("mine")
    journal = PendingFiles(data / "pending-exports.txt")
    journal.add(leftover)
    journal.add(keep)
    AppContext.open(data, SAMPLE_MODULES).close()
    assert not leftover.exists()
    assert keep.exists()
    assert not (data / "pending-exports.txt").exists()

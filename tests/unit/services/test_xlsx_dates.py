"""XLSX dates (Last activity, Started, Finished, Generated) are real Excel dates in the reader's locale format."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.conftest import SAMPLE_MODULES
from trainer.domain.grading import key_response
from trainer.services.context import AppContext
from trainer.services.export_xlsx import LOCALE_DATE_TIME, _when


def test_stored_utc_times_become_local_wall_clock_times():
    stored = "2025-03-01T10:00:00+00:00"
    expected = datetime(2025, 3, 1, 10, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert _when(stored) == expected == _when("2025-03-01T10:00:00")
    assert _when(None) is None and _when("") is None and _when("not a date") is None


def test_xlsx_dates_are_dates_with_the_locale_format(tmp_path):
    import openpyxl

    ctx = AppContext.open(tmp_path / "data", SAMPLE_MODULES)
    try:
        module = ctx.catalogue.modules["sample-01-basics"]
        learner = ctx.learners.create("A", "police", "astana", "u")
        session = ctx.quizzes.start_or_resume(learner.id, module)
        for q in session.questions:
            ctx.quizzes.answer(session, q.id, key_response(q))
        ctx.quizzes.finish(session)
        out = ctx.exports.export("xlsx", tmp_path / "r.xlsx")
    finally:
        ctx.close()
    book = openpyxl.load_workbook(out)
    try:
        learners = book["Learners"]
        assert learners.cell(1, 15).value == "Last activity"
        last = [learners.cell(r, 15) for r in range(2, learners.max_row + 1) if learners.cell(r, 15).value]
        attempts = book["Attempts"]
        assert (attempts.cell(1, 8).value, attempts.cell(1, 9).value) == ("Started", "Finished")
        started, finished = attempts.cell(2, 8), attempts.cell(2, 9)
        generated = book["Summary"].cell(2, 2)
        for cell in (*last, started, finished, generated):
            assert isinstance(cell.value, datetime), (cell.coordinate, cell.value)
            assert cell.is_date
            # Built-in format 22: Excel shows it in the reader's regional date and time format.
            assert cell.number_format == openpyxl.styles.numbers.BUILTIN_FORMATS[LOCALE_DATE_TIME]
        assert last and started.value <= finished.value
    finally:
        book.close()

"""The cohort report as an Excel workbook (xlsxwriter, constant-memory mode: rows stream to disk).

Sheets: Summary (filters, totals, regions, score distribution), Learners (one row per learner and
module), Modules, Items (item analysis) and Attempts; with a cohort chosen, also its Cohort,
Pre-post, Attitudes, Feedback and Comments sheets. Every sheet has bold frozen headers, an
autofilter and column widths fitted to the headers and typical values.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import xlsxwriter

from trainer.domain.analytics import ReportFilter

if TYPE_CHECKING:
    from trainer.services.exports import Names
    from trainer.services.reports import ReportService

Progress = Callable[[int, int], bool]

LEARNER_HEADERS = [
    ("Learner id", 14), ("Learner", 26), ("Role", 13), ("Region", 16), ("Unit", 26), ("Active", 7),
    ("Module id", 30), ("Module", 40), ("Assigned", 9), ("State", 12), ("Best score", 10),
    ("Attempts", 9), ("Finished attempts", 9), ("Time spent (min)", 10), ("Last activity", 22),
]  # fmt: skip
LAST_ACTIVITY = [h for h, _ in LEARNER_HEADERS].index("Last activity")
MODULE_HEADERS = [
    ("Module id", 30), ("Module", 40), ("Assigned", 10), ("Started", 10), ("Completed", 11), ("Passed", 10),
    ("Pass rate", 10), ("Mean score", 11), ("Median score", 12), ("Mean time (min)", 12), ("Attempts", 10),
]  # fmt: skip
ITEM_HEADERS = [
    ("Module id", 30), ("Question id", 22), ("Type", 16), ("Question", 60), ("Responses", 10), ("Correct", 9),
    ("Facility", 9), ("Mean score", 10), ("Discrimination", 13), ("Point-biserial", 13), ("Flags", 26),
    ("Most chosen wrong options", 50), ("Scenario: mean per dimension", 40), ("Scenario: common paths", 40),
]  # fmt: skip
ATTEMPT_HEADERS = [
    ("Attempt id", 38), ("Learner id", 14), ("Learner", 26), ("Role", 13), ("Region", 16), ("Unit", 26),
    ("Module id", 30), ("Started", 22), ("Finished", 22), ("Duration (min)", 12), ("Score", 8), ("Passed", 8),
]  # fmt: skip

EXTRA_WIDTHS = {"learner_id": 14, "learner": 26, "module": 30, "module_title": 40, "statement": 60, "comment": 80,
                "cohort": 24, "unit": 26}  # fmt: skip


def _table_sheet(book, name: str, headers: list[tuple[str, int]], header_fmt):
    sheet = book.add_worksheet(name)
    for col, (title, width) in enumerate(headers):
        sheet.set_column(col, col, width)
        sheet.write_string(0, col, title, header_fmt)
    sheet.freeze_panes(1, 0)
    return sheet


def _cell(sheet, row: int, col: int, value: object, fmt=None) -> None:
    """Numbers as numbers, text as text (never a formula), empty cells left blank."""
    if value is None or value == "":
        return
    if isinstance(value, bool):
        sheet.write_number(row, col, int(value), fmt)
    elif isinstance(value, (int, float)):
        sheet.write_number(row, col, value, fmt)
    else:
        sheet.write_string(row, col, str(value), fmt)


# Excel's built-in date-time format 22 has no fixed pattern: Excel and LibreOffice show it in the
# reader's own regional short date and time, so a Kazakh, Russian or English Windows each shows its own.
LOCALE_DATE_TIME = 22


def _when(value: object) -> datetime | None:
    """A stored ISO time (UTC) as the reader's local wall-clock time, for a real Excel date cell."""
    if not isinstance(value, str) or not value:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone().replace(tzinfo=None)


def _date_cell(sheet, row: int, col: int, value: object, fmt) -> None:
    """A date as a date (sortable and filterable in Excel); anything unreadable stays text."""
    when = _when(value)
    if when is None:
        _cell(sheet, row, col, value)
    else:
        sheet.write_datetime(row, col, when, fmt)


# The two long sheets write each cell with its type's own method, straight from the cursor rows:
# the same cells as ``_cell`` / ``_date_cell`` would write, without asking each value its type.


def _learner_rows(reports: ReportService, f: ReportFilter, names: Names, sheet, one, date, ticker) -> int:
    from trainer.domain.analytics import state_of
    from trainer.services.exports import STEP

    titles = {m: reports.module_title(m) for m in reports.modules_for(f)}
    text, number, when = sheet.write_string, sheet.write_number, _date_writer(sheet, date)
    alias, unit_of = names.id_and_name, names.unit
    n = 0
    for n, (lid, name, role, region, unit, active, mid, assigned, tries, fin, passed, best, secs, last) in enumerate(
        reports.queries().iter_matrix(reports.scope(f, rows=True)), start=1
    ):
        lid, name = alias(lid, name)
        unit = unit_of(unit)
        for col, value in ((0, lid), (1, name), (2, role), (3, region), (4, unit), (6, mid)):
            if value:
                text(n, col, value)
        number(n, 5, active)
        title = titles.get(mid, mid)
        if title:
            text(n, 7, title)
        number(n, 8, assigned)
        text(n, 9, state_of(tries, fin, bool(passed)))
        if best is not None:
            number(n, 10, best, one)
        number(n, 11, tries)
        number(n, 12, fin)
        number(n, 13, round(secs / 60, 1))
        when(n, LAST_ACTIVITY, last)
        if n % STEP == 0:
            ticker.tick(STEP)
    return n


def _attempt_rows(reports: ReportService, f: ReportFilter, names: Names, sheet, one, date, ticker) -> int:
    from trainer.services.exports import STEP

    text, number, when = sheet.write_string, sheet.write_number, _date_writer(sheet, date)
    alias, unit_of, attempt = names.id_and_name, names.unit, names.attempt
    n = 0
    for n, (aid, lid, name, role, region, unit, mid, started, finished, secs, score, passed) in enumerate(
        reports.iter_attempts(f), start=1
    ):
        lid, name = alias(lid, name)
        for col, value in enumerate((attempt(aid), lid, name, role, region, unit_of(unit), mid)):
            if value:
                text(n, col, value)
        when(n, 7, started)
        when(n, 8, finished)
        if secs is not None:
            number(n, 9, round(secs / 60, 1), one)
        if score is not None:
            number(n, 10, score, one)
        if passed is not None:
            number(n, 11, passed)
        if n % STEP == 0:
            ticker.tick(STEP)
    return n


def _date_writer(sheet, fmt) -> Callable[[int, int, object], None]:
    """``_date_cell`` for one sheet."""

    def write(row: int, col: int, value: object) -> None:
        if value is None or value == "":
            return
        when = _when(value)
        if when is None:
            _cell(sheet, row, col, value)
        else:
            sheet.write_datetime(row, col, when, fmt)

    return write


def write_workbook(
    reports: ReportService,
    path: Path,
    f: ReportFilter,
    names: Names,
    progress: Progress | None,
    now: datetime,
    extra: dict[str, list[list[object]]] | None = None,
) -> None:
    """``extra``: more sheets, name -> rows with a header first (a chosen cohort's session sheets)."""
    from trainer.services.exports import Ticker

    summary = reports.summary(f)
    modules = reports.module_stats(f)
    regions = reports.region_completion(f)
    bins = reports.score_distribution(f)
    items = reports.item_analysis(f)
    total = (reports.count_matrix(f) + summary.attempts) if progress else 0
    ticker = Ticker(progress, total + len(items) + len(modules))

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False})
    try:
        header = book.add_format({"bold": True, "bg_color": "#1D4F73", "font_color": "#FFFFFF", "text_wrap": True,
                                  "valign": "top", "border": 1})  # fmt: skip
        title = book.add_format({"bold": True, "font_size": 14})
        bold = book.add_format({"bold": True})
        pct = book.add_format({"num_format": "0.0%"})
        one = book.add_format({"num_format": "0.0"})
        three = book.add_format({"num_format": "0.000"})
        date = book.add_format({"num_format": LOCALE_DATE_TIME})

        # Summary ------------------------------------------------------------
        s = book.add_worksheet("Summary")
        s.set_column(0, 0, 34)
        s.set_column(1, 6, 14)
        s.write_string(0, 0, "Qorgau cohort report", title)
        s.write_string(1, 0, "Generated")
        s.write_datetime(
            1, 1, now.replace(tzinfo=None) if now.tzinfo is None else now.astimezone().replace(tzinfo=None), date
        )
        r = 3
        s.write_string(r, 0, "Filters", bold)
        for what, value in f.describe():
            r += 1
            s.write_string(r, 0, what)
            s.write_string(r, 1, value)
        r += 2
        s.write_string(r, 0, "Totals", bold)
        for label, value, fmt in (
            ("Learners", summary.learners, None),
            ("Active learners", summary.active_learners, None),
            ("Learner-module pairs assigned", summary.assigned, None),
            ("Pairs started", summary.started, None),
            ("Pairs completed", summary.completed, None),
            ("Pairs passed", summary.passed, None),
            ("Attempts", summary.attempts, None),
            ("Finished attempts", summary.finished_attempts, None),
            ("Mean best score", summary.mean_score, one),
            ("Certificates", summary.certificates, None),
        ):
            r += 1
            s.write_string(r, 0, label)
            _cell(s, r, 1, value, fmt)
        r += 2
        s.write_string(r, 0, "Completion by region", bold)
        r += 1
        for col, text in enumerate(
            ("Region", "Learners", "Assigned", "Completed", "Passed", "Completion rate", "Pass rate")
        ):
            s.write_string(r, col, text, header)
        for row in regions:
            r += 1
            for col, value in enumerate((row.region, row.learners, row.assigned, row.completed, row.passed)):
                _cell(s, r, col, value)
            _cell(s, r, 5, row.completion_rate, pct)
            _cell(s, r, 6, row.pass_rate, pct)
        r += 2
        s.write_string(r, 0, "Best scores per learner and module", bold)
        r += 1
        s.write_string(r, 0, "Score", header)
        s.write_string(r, 1, "Count", header)
        for b in bins:
            r += 1
            s.write_string(r, 0, f"{b.lower}–{b.upper if b.upper < 100 else 100}")
            _cell(s, r, 1, b.count)

        # Learners -----------------------------------------------------------
        sheet = _table_sheet(book, "Learners", LEARNER_HEADERS, header)
        n = _learner_rows(reports, f, names, sheet, one, date, ticker)
        sheet.autofilter(0, 0, max(n, 1), len(LEARNER_HEADERS) - 1)

        # Modules ------------------------------------------------------------
        sheet = _table_sheet(book, "Modules", MODULE_HEADERS, header)
        for i, m in enumerate(modules, start=1):
            values = (m.module_id, m.title, m.assigned, m.started, m.completed, m.passed)
            for col, value in enumerate(values):
                _cell(sheet, i, col, value)
            _cell(sheet, i, 6, m.pass_rate, pct)
            _cell(sheet, i, 7, m.mean_score, one)
            _cell(sheet, i, 8, m.median_score, one)
            _cell(sheet, i, 9, None if m.mean_time_seconds is None else m.mean_time_seconds / 60, one)
            _cell(sheet, i, 10, m.attempts)
            ticker.tick()
        sheet.autofilter(0, 0, max(len(modules), 1), len(MODULE_HEADERS) - 1)

        # Items --------------------------------------------------------------
        sheet = _table_sheet(book, "Items", ITEM_HEADERS, header)
        for i, it in enumerate(items, start=1):
            values = (it.module_id, it.question_id, it.question_type, it.prompt, it.responses, it.correct)
            for col, value in enumerate(values):
                _cell(sheet, i, col, value)
            _cell(sheet, i, 6, it.facility, three)
            _cell(sheet, i, 7, it.mean_score, three)
            _cell(sheet, i, 8, it.discrimination, three)
            _cell(sheet, i, 9, it.point_biserial, three)
            _cell(sheet, i, 10, ", ".join(sorted(it.flags)))
            _cell(sheet, i, 11, "; ".join(f"{o.option_id}: {o.text} ({o.count})" for o in it.wrong_options))
            _cell(sheet, i, 12, "; ".join(f"{d}: {v:.2f}" for d, v in it.dimension_means.items()))
            _cell(
                sheet,
                i,
                13,
                "; ".join(f"{'-'.join(map(str, p.choices))} → {p.outcome} ({p.count})" for p in it.common_paths),
            )
            ticker.tick()
        sheet.autofilter(0, 0, max(len(items), 1), len(ITEM_HEADERS) - 1)

        # Attempts -----------------------------------------------------------
        sheet = _table_sheet(book, "Attempts", ATTEMPT_HEADERS, header)
        n = _attempt_rows(reports, f, names, sheet, one, date, ticker)
        sheet.autofilter(0, 0, max(n, 1), len(ATTEMPT_HEADERS) - 1)

        # A chosen cohort's sheets: cohort, pre-post, attitudes, feedback, comments -----------
        for name, (head, *rows) in (extra or {}).items():
            widths = [(str(h), EXTRA_WIDTHS.get(str(h), max(10, len(str(h)) + 4))) for h in head]
            sheet = _table_sheet(book, name, widths, header)
            for i, row in enumerate(rows, start=1):
                for col, value in enumerate(row):
                    _cell(sheet, i, col, value)
            sheet.autofilter(0, 0, max(len(rows), 1), len(head) - 1)
    finally:
        book.close()
    ticker.finish()

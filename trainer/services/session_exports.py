"""What a report export adds when its filter names a cohort: the cohort, pre/post, attitude,
feedback and comment sheets (trainer.services.session_measures.export_sheets).

CSV gets one companion file per sheet beside the report (``<report>-prepost.csv`` ...), written
and renamed together with it; XLSX gets the sheets; PDF gets the group figures (no names). An
export runs on a worker thread, so the measures are read through that thread's own connection.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.domain.analytics import ReportFilter, spreadsheet_safe

if TYPE_CHECKING:
    from trainer.services.exports import Names, PendingFiles
    from trainer.services.reports import ReportService
    from trainer.services.session_measures import SessionMeasuresService

SHEET_FILES = {"Cohort": "cohort", "Pre-post": "prepost", "Attitudes": "attitudes", "Feedback": "feedback",
               "Comments": "comments"}  # fmt: skip


def companion_path(report: Path, sheet: str) -> Path:
    """``Qorgau-report-....csv`` -> ``Qorgau-report-...-prepost.csv``: sorts next to the report."""
    return report.with_name(f"{report.stem}-{SHEET_FILES.get(sheet, sheet.lower())}.csv")


def write_rows_csv(path: Path, rows: list[list[Any]]) -> None:
    """Rows as CSV that Excel opens as UTF-8; text a spreadsheet would run as a formula is quoted."""
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerows([spreadsheet_safe(v) for v in row] for row in rows)


class SessionExtras:
    """The session measures of the filter's cohort, for one export (empty without a cohort)."""

    def __init__(
        self, reports: ReportService, measures: SessionMeasuresService | None, f: ReportFilter, names: Names
    ) -> None:
        self.cohort_id = f.cohort_id if measures is not None else None
        self.language = getattr(reports, "language", "en")
        self.names = names
        self.measures: SessionMeasuresService | None = None
        if measures is not None and self.cohort_id is not None:
            from sqlite_utils import Database

            here = Database(reports.connection(), recursive_triggers=False, execute_plugins=False)
            self.measures = measures.on(here)

    def sheets(self) -> dict[str, list[list[Any]]]:
        """Sheet name -> rows, a header first; {} without a cohort."""
        from trainer.services.session_measures import export_sheets

        if self.measures is None or self.cohort_id is None:
            return {}
        return export_sheets(self.measures, self.cohort_id, self.language, self.names.id_and_name, self.names.unit)

    def sections(self) -> list[Any]:
        """The group figures as session report sections (no one's name), for the PDF."""
        from trainer.services.session_measures import measure_sections

        if self.measures is None or self.cohort_id is None:
            return []
        return measure_sections(self.measures, self.cohort_id, self.language, per_learner=False)

    @contextmanager
    def companions(self, report: Path, kind: str, pending: PendingFiles | None = None) -> Iterator[list[Path]]:
        """For a CSV report, write each sheet beside it; they replace older files only when the
        block ends without error (and before the report itself is renamed into place)."""
        from trainer.services.exports import atomic_output

        written: list[Path] = []
        with ExitStack() as stack:
            if kind == "csv":
                for sheet, rows in self.sheets().items():
                    target = companion_path(report, sheet)
                    write_rows_csv(stack.enter_context(atomic_output(target, ".csv", pending)), rows)
                    written.append(target)
            yield written

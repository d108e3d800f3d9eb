"""Cohort reports as files: CSV, an Excel workbook and a PDF, streamed row by row.

Every export writes to a hidden temporary file in the destination folder and renames it at the
end, so a cancelled or failed export leaves no partial file and never replaces a good one.
``progress(done, total)`` is called now and then; returning False cancels.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer import APP_NAME
from trainer.domain.analytics import ReportFilter, spreadsheet_safe
from trainer.services.reports import MatrixRow, ReportService

if TYPE_CHECKING:  # a thread pool only for the PDF (concurrent.futures: 5 ms of a CSV's start)
    from concurrent.futures import ThreadPoolExecutor

EXPORT_KINDS: tuple[str, ...] = ("csv", "xlsx", "pdf")
Progress = Callable[[int, int], bool]
STEP = 2000  # rows between progress calls

MATRIX_COLUMNS = (
    "learner_id",
    "learner",
    "role",
    "region",
    "unit",
    "active",
    "module_id",
    "module",
    "assigned",
    "state",
    "best_score",
    "attempts",
    "finished_attempts",
    "time_spent_minutes",
    "last_activity",
)


class ExportCancelled(Exception):
    """The progress callback asked to stop; no file was written."""


def _minutes(seconds: int) -> float:
    return round(seconds / 60, 1)


class Names:
    """Learner names as a report shows them: real, or stable pseudonyms when anonymising."""

    def __init__(self, reports: ReportService, anonymise: bool) -> None:
        self.reports = reports
        self.anonymise = anonymise
        self._cache: dict[str, str] = {}

    def unit(self, unit: str | None) -> str | None:
        """A unit as printed: anonymised, a code (a small unit would name its few members)."""
        if not self.anonymise or not unit:
            return unit
        return f"Unit {self.reports.pseudonym_of('unit', unit)}"

    def attempt(self, attempt_id: str) -> str:
        """An attempt id as printed: anonymised, a code that no bundle can map back to a learner."""
        if not self.anonymise:
            return attempt_id
        return f"Attempt {self.reports.pseudonym_of('attempt', attempt_id, 12)}"

    def id_and_name(self, learner_id: str, name: str) -> tuple[str, str]:
        """(id, name) to print; anonymised, both become the pseudonym's code and the pseudonym."""
        if not self.anonymise:
            return learner_id, name
        alias = self._cache.get(learner_id)
        if alias is None:
            alias = self._cache[learner_id] = self.reports.pseudonym(learner_id)
        return alias.rsplit(" ", 1)[-1], alias


def matrix_record(row: MatrixRow, names: Names) -> list[object]:
    """One CSV / sheet row; numbers stay numbers, missing values are empty."""
    lid, name = names.id_and_name(row.learner_id, row.name)
    return [
        lid,
        name,
        row.role,
        row.region,
        names.unit(row.unit),
        int(row.active),
        row.module_id,
        row.module_title,
        int(row.assigned),
        row.state,
        row.best_score,
        row.attempts,
        row.finished_attempts,
        _minutes(row.time_spent_seconds),
        row.last_activity,
    ]


class PendingFiles:
    """A journal in the data folder of partial export files, so that a killed export's file is
    removed at the next start. Only names this module makes (``.name-XXXX.kind.part``) are removed."""

    def __init__(self, journal: Path) -> None:
        self.journal = journal

    def _read(self) -> list[str]:
        try:
            return [line for line in self.journal.read_text(encoding="utf-8").splitlines() if line]
        except (OSError, UnicodeDecodeError):
            return []

    def _write(self, paths: list[str]) -> None:
        tmp = self.journal.with_suffix(".tmp")
        try:
            if paths:
                tmp.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")
                os.replace(tmp, self.journal)
            else:
                self.journal.unlink(missing_ok=True)
        except OSError:  # a journal that cannot be kept costs only a leftover file
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)

    def add(self, path: Path) -> None:
        self._write([*self._read(), str(path)])

    def remove(self, path: Path) -> None:
        self._write([p for p in self._read() if p != str(path)])

    def sweep(self) -> list[Path]:
        """Delete the partial files a killed export left behind; return those removed."""
        removed = []
        for name in self._read():
            p = Path(name)
            if p.name.startswith(".") and p.name.endswith(".part") and p.is_file():
                try:
                    p.unlink()
                    removed.append(p)
                except OSError:
                    continue
        self._write([])
        return removed


@contextmanager
def atomic_output(path: Path, suffix: str, pending: PendingFiles | None = None) -> Iterator[Path]:
    """A temporary path beside ``path`` that replaces it only when the block ends without error."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=suffix + ".part", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    if pending is not None:
        pending.add(tmp_path)
    try:
        yield tmp_path
        os.chmod(tmp_path, 0o644)  # mkstemp makes it private; a report is an ordinary document
        os.replace(tmp_path, path)
    finally:
        tmp_path.unlink(missing_ok=True)
        if pending is not None:
            pending.remove(tmp_path)


class Ticker:
    """Calls ``progress`` every STEP units of work and raises ExportCancelled when it says stop."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = max(1, total)
        self.done = 0
        self._next = 0
        self.tick(0)

    def tick(self, n: int = 1) -> None:
        self.done += n
        if self.progress is not None and self.done >= self._next:
            self._next = self.done + STEP
            if self.progress(min(self.done, self.total), self.total) is False:
                raise ExportCancelled()

    def finish(self) -> None:
        if self.progress is not None and self.progress(self.total, self.total) is False:
            raise ExportCancelled()


class ExportService:
    """Write a report of the given kind for a filter; see the module docstring for guarantees."""

    def __init__(
        self,
        reports: ReportService,
        clock: Callable[[], datetime] = datetime.now,
        pending: PendingFiles | None = None,
    ) -> None:
        self.reports = reports
        self._clock = clock
        self.pending = pending
        # One thread kept for the PDF's item analysis, so its connection is opened once, not per report.
        self._pdf_pool: ThreadPoolExecutor | None = None

    def default_filename(self, kind: str, now: datetime | None = None) -> str:
        """``Qorgau-report-YYYY-MM-DD-HHMMSS.<kind>``: sorts by time."""
        stamp = (now or self._clock()).strftime("%Y-%m-%d-%H%M%S")
        return f"{APP_NAME}-report-{stamp}.{kind}"

    def export(
        self,
        kind: str,
        path: Path | str,
        filter: ReportFilter | None = None,
        anonymise: bool = False,
        progress: Progress | None = None,
        measures: Any | None = None,
    ) -> Path:
        """Write the report and return its path.

        With ``measures`` (a SessionMeasuresService) and a cohort in the filter, the report also
        carries that cohort's sheets (trainer.services.session_exports): beside a CSV as
        ``<name>-<sheet>.csv`` files, inside a workbook, and as group figures in the PDF.

        Raises:
            ValueError: unknown kind.
            ExportCancelled: ``progress`` returned False (nothing was written).
            OSError: the file cannot be written (nothing was written).
        """
        if kind not in EXPORT_KINDS:
            raise ValueError(f"unknown report format {kind!r}; choose one of {', '.join(EXPORT_KINDS)}")
        path = Path(path)
        f = filter or ReportFilter()
        names = Names(self.reports, anonymise)
        from trainer.services.session_exports import SessionExtras

        extras = SessionExtras(self.reports, measures, f, names)
        # Without a cohort there are no companion files: the session measures are not even imported.
        companions = (
            extras.companions(path, kind, self.pending) if extras.measures is not None else contextlib.nullcontext()
        )
        with atomic_output(path, f".{kind}", self.pending) as tmp, companions:
            if kind == "csv":
                self._csv(tmp, f, names, progress)
            elif kind == "xlsx":
                from trainer.services.export_xlsx import write_workbook

                write_workbook(self.reports, tmp, f, names, progress, self._clock(), extras.sheets())
            else:
                from trainer.documents.report_pdf import write_report_pdf
                from trainer.documents.session_report_pdf import sections_html

                extra = sections_html(extras.sections(), extras.language)
                if self._pdf_pool is None:
                    from concurrent.futures import ThreadPoolExecutor

                    self._pdf_pool = ThreadPoolExecutor(1, thread_name_prefix="report-items")
                write_report_pdf(self.reports, tmp, f, names, progress, self._clock(), extra, self._pdf_pool)
        return path

    def _csv(self, tmp: Path, f: ReportFilter, names: Names, progress: Progress | None) -> None:
        """The matrix as CSV: SQLite formats each row from the module on (trainer.storage.report_csv),
        Python a learner's cells once per learner and a module's once, as csv.writer writes them."""
        from trainer.storage.report_csv import matrix_lines

        ticker = Ticker(progress, self.reports.count_matrix(f) if progress else 0)
        safe, cells = spreadsheet_safe, CsvCells()
        modules = [cells(safe(m), safe(self.reports.module_title(m))) for m in self.reports.modules_for(f)]
        learners, rows = matrix_lines(self.reports.connection(), self.reports.scope(f, rows=True))
        alias, unit_of = names.id_and_name, names.unit
        # utf-8-sig: the byte-order mark makes Excel read the file as UTF-8 (Cyrillic, Kazakh).
        with closing(learners), closing(rows), open(tmp, "w", encoding="utf-8-sig", newline="") as out:
            out.write(cells(*MATRIX_COLUMNS) + "\r\n")
            parts: list[str] = []
            append = parts.append
            last, head = None, ""
            for batch in iter(lambda: rows.fetchmany(STEP), []):
                for lid, place, text in batch:
                    if lid != last:  # rows come grouped by learner, learners in the same order
                        learner = next(learners, None)
                        while learner is not None and learner[0] != lid:
                            learner = next(learners, None)
                        if learner is None:  # both read one snapshot: cannot happen, but never a bare StopIteration
                            raise RuntimeError(f"learner {lid} of the report's rows is not among its learners")
                        last, (lid_shown, name) = lid, alias(lid, learner[1])
                        role, region, unit, active = learner[2:6]
                        head = cells(safe(lid_shown), safe(name), safe(role), safe(region), safe(unit_of(unit)), active)
                        head += ","
                    append(head)
                    append(modules[place])
                    append(text)
                out.write("".join(parts))  # one encode per batch
                parts.clear()
                ticker.tick(len(batch))
        ticker.finish()


class CsvCells:
    """Values joined into CSV cells exactly as csv.writer (the default dialect) writes them."""

    def __init__(self) -> None:
        self._buffer = io.StringIO()
        # The default line end, cut off after: csv.writer quotes the characters of its line end.
        self._writer = csv.writer(self._buffer)

    def __call__(self, *values: object) -> str:
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow(values)
        return self._buffer.getvalue()[:-2]

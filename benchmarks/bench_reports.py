"""Benchmark cohort reports on large databases (a script, not a test; `make bench-reports`).

For each size (2,000, 20,000 and 100,000 learners by default; databases from benchmarks/big_db.py,
cached between runs) it prints: the dashboard as the trainer workspace opens it (figures, the
matrix's first page and its counts) and re-filtered, item analysis, the dashboard's resident
memory, the bytes each stored answer takes (its table and indexes, from dbstat), and the exports
against their baselines, each in the same run:

- CSV against the sqlite3 command line writing the same rows as CSV;
- XLSX against a bare xlsxwriter constant-memory writer of the same cells (the cells gathered
  beforehand, so only the writing is timed);
- PDF against its own data queries, run one after another through the same service (the export
  runs the item analysis on a second thread while it lays out the other pages).

``--smoke`` uses tiny sizes so the test suite can check that the script runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = {  # measure: (limit, at which size it applies: None = every size)
    "dashboard open (ms)": (200, 100_000),
    "dashboard re-filter (ms)": (100, 100_000),
    "item analysis (ms)": (1000, 100_000),
    "dashboard memory (MiB)": (250, 100_000),
    "bytes per answer": (200, 100_000),
    "csv / sqlite3 ratio": (1.2, None),
    "command-line csv / sqlite3 ratio": (1.2, None),
    "xlsx / bare xlsxwriter ratio": (1.3, None),
    "pdf / its data queries ratio": (1.3, None),
}


# The matrix's values as the report reads them (as ReportQueries.MATRIX_BODY selects them).
MATRIX_VALUES = """
        SELECT l.id, l.name, l.role, l.region, l.unit, l.active, m.module_id,
            instr(m.roles, ',' || l.role || ',') > 0 AS assigned,
            COALESCE(pa.attempts, 0), COALESCE(pa.finished, 0), COALESCE(pa.passed, 0),
            pa.best, CAST(COALESCE(pa.seconds, 0) AS INTEGER), pa.last"""


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_memory(fn: Callable[[], object]) -> float:
    """Peak Python allocations (MiB) while ``fn`` runs."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def literal_sql(sql: str, params: tuple) -> str:
    """Inline parameters, for the sqlite3 command line (values are codes, dates and numbers)."""
    parts = sql.split("?")
    assert len(parts) == len(params) + 1
    out = [parts[0]]
    for value, part in zip(params, parts[1:], strict=True):
        out.append(str(value) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'")
        out.append(part)
    return "".join(out)


def bytes_per_answer(db_path: Path) -> tuple[float, int]:
    """(bytes of the answers' table and its indexes per answer, answers), from dbstat.

    The indexes include ``response_id_tails``, a table that exists only to keep answer ids unique.
    """
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        answers = conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name IN ('responses', 'response_id_tails')")
        ]
        size = sum(
            conn.execute("SELECT COALESCE(SUM(pgsize), 0) FROM dbstat WHERE name = ?", [n]).fetchone()[0] for n in names
        )
    finally:
        conn.close()
    return size / max(answers, 1), answers


def dashboard_memory(db_path: Path) -> float:
    """Peak resident memory (MiB) of a fresh process that opens the dashboard (Active learners),
    scrolls its matrix through 10,000 learners and runs the item analysis."""
    done = subprocess.run(
        [sys.executable, __file__, "--memory-probe", str(db_path)], capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip().splitlines()[-1])


def memory_probe(db_path: Path) -> None:
    from trainer.content.loader import load_catalogue
    from trainer.services.reports import ReportFilter, ReportService
    from trainer.storage.database import open_database
    from trainer.ui.trainer.dashboard import fetch_dashboard

    db = open_database(db_path)
    reports = ReportService(db, load_catalogue(ROOT / "modules"))
    f = ReportFilter(active=True)  # the workspace's default filter
    fetch_dashboard(reports, f)
    for offset in range(200, 10_000, 200):  # scrolling the matrix through 10,000 learners
        reports.matrix_page(f, offset, 200)
    reports.item_analysis(ReportFilter())
    print(peak_resident_mib())


def peak_resident_mib() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss over from
    the parent through fork and exec, so a probe started by a large process would report its size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_xlsx(path: Path, sheets: list[tuple[str, list[list[object]]]]) -> None:
    """The same cells written by xlsxwriter alone, each by its type's own method."""
    import datetime as dt

    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False})
    date = book.add_format({"num_format": 22})
    for name, rows in sheets:
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, (int, float)):
                    sheet.write_number(r, c, value)
                elif isinstance(value, dt.datetime):
                    sheet.write_datetime(r, c, value, date)
                else:
                    sheet.write_string(r, c, value)
    book.close()


def xlsx_cells(path: Path) -> list[tuple[str, list[list[object]]]]:
    """Every cell of a workbook, by sheet (read back with openpyxl when present)."""
    try:
        import openpyxl
    except ImportError:
        return []
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)]) for ws in book.worksheets]
    finally:
        book.close()


def bench_size(learners: int, repeat: int, folder: Path, cache: Path, xlsx: bool) -> dict[str, float]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from big_db import big_database

    from trainer.content.loader import load_catalogue
    from trainer.services.exports import ExportService
    from trainer.services.reports import ReportFilter, ReportService
    from trainer.storage.database import open_database
    from trainer.storage.report_csv import ROWS_BODY
    from trainer.ui.trainer.dashboard import fetch_dashboard

    r: dict[str, float] = {}
    start = time.perf_counter()
    db_path = big_database(learners, cache)
    r["database ready (s)"] = time.perf_counter() - start
    r["bytes per answer"], r["answers"] = bytes_per_answer(db_path)
    r["database size (MiB)"] = db_path.stat().st_size / 2**20
    db = open_database(db_path)
    catalogue = load_catalogue(ROOT / "modules")

    def open_dashboard() -> None:
        service = ReportService(db, catalogue)
        fetch_dashboard(service, ReportFilter(active=True))  # the workspace's default filter
        service.close()

    r["dashboard open (ms)"] = 1000 * median_time(open_dashboard, repeat)
    reports = ReportService(db, catalogue)
    filters = [ReportFilter(roles=("police",)), ReportFilter(regions=("almaty", "astana")), ReportFilter()]
    turn = iter(range(10**9))
    r["dashboard re-filter (ms)"] = 1000 * median_time(
        lambda: fetch_dashboard(reports, filters[next(turn) % len(filters)]), repeat
    )
    r["item analysis (ms)"] = 1000 * median_time(lambda: reports.item_analysis(ReportFilter()), repeat)
    # The workspace's default filter reads the active learners' part of the item aggregates.
    r["item analysis, active learners (ms)"] = 1000 * median_time(
        lambda: reports.item_analysis(ReportFilter(active=True)), repeat
    )
    r["dashboard memory (MiB)"] = dashboard_memory(db_path)
    exports = ExportService(reports)

    def cold_csv(out: Path) -> None:
        """A CSV export from a service of its own: it pays for its connection and its per
        learner-module table, as the sqlite3 command line pays for its ``pa`` each time."""
        service = ReportService(db, catalogue)
        try:
            ExportService(service).export("csv", out)
        finally:
            service.close()

    kinds = ("csv", "xlsx", "pdf") if xlsx else ("csv", "pdf")
    for kind in kinds:
        out = folder / f"report-{learners}.{kind}"
        runs = repeat if kind != "xlsx" else 1
        if kind == "csv":
            r["csv export (s)"] = median_time(lambda out=out: cold_csv(out), runs)
        else:
            r[f"{kind} export (s)"] = median_time(lambda kind=kind, out=out: exports.export(kind, out), runs)
        if kind != "xlsx":
            r[f"{kind} peak memory (MiB)"] = peak_memory(lambda kind=kind, out=out: exports.export(kind, out))
        r[f"{kind} size (MiB)"] = out.stat().st_size / 2**20
    sqlite3_cli = shutil.which("sqlite3")
    if sqlite3_cli:
        scope = reports.scope(ReportFilter())
        # The same rows from the uncached scope (the CLI has no temp table), read in the export's
        # own loop order (learners by their name index; trainer.storage.report_csv), which is also
        # the sqlite3 command line's fastest: 10-13% faster than ReportQueries.MATRIX_BODY's sort.
        full = scope.sql.replace("SELECT * FROM temp.report_pa", scope.pa)
        sql = literal_sql(full + MATRIX_VALUES + ROWS_BODY, scope.params)
        dump = folder / f"dump-{learners}.csv"

        def cli() -> None:
            with dump.open("wb") as fh:
                subprocess.run([sqlite3_cli, "-csv", "-header", str(db_path), sql], stdout=fh, check=True)

        r["sqlite3 CLI dump (s)"] = median_time(cli, repeat)
        r["csv / sqlite3 ratio"] = r["csv export (s)"] / r["sqlite3 CLI dump (s)"]
        # The same CSV from the command line (`main.py report`), start-up and all; a data folder
        # holding a hard link to the database, its content cache filled by a first run.
        data = folder / f"data-{learners}"
        data.mkdir(exist_ok=True)
        from trainer.storage.database import DB_FILENAME

        if not (data / DB_FILENAME).exists():
            os.link(db_path, data / DB_FILENAME)
        command = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "report", "--format", "csv",
                   "--out", str(folder / f"cli-{learners}.csv")]  # fmt: skip
        subprocess.run(command, check=True, capture_output=True)
        r["csv via the command line (s)"] = median_time(
            lambda: subprocess.run(command, check=True, capture_output=True), repeat
        )
        r["command-line csv / sqlite3 ratio"] = r["csv via the command line (s)"] / r["sqlite3 CLI dump (s)"]
    if xlsx:
        cells = xlsx_cells(folder / f"report-{learners}.xlsx")
        if cells:
            r["bare xlsxwriter (s)"] = median_time(lambda: bare_xlsx(folder / "bare.xlsx", cells), 1)
            r["xlsx / bare xlsxwriter ratio"] = r["xlsx export (s)"] / r["bare xlsxwriter (s)"]
            del cells

    def pdf_queries() -> None:
        # Exactly the queries trainer.documents.report_pdf.build_blocks runs, through the same
        # service (and so the same warm connection) as the export above, one after another.
        f = ReportFilter()
        reports.summary(f)
        reports.module_stats(f)
        reports.region_completion(f)
        reports.score_distribution(f)
        reports.item_analysis(f)

    r["pdf data queries (s)"] = median_time(pdf_queries, repeat)
    r["pdf / its data queries ratio"] = r["pdf export (s)"] / r["pdf data queries (s)"]
    reports.close()
    db.close()
    return r


def verdict(key: str, n: int, value: float) -> str:
    target = TARGETS.get(key)
    if target is None or (target[1] is not None and target[1] != n):
        return ""
    return " ✓" if value <= target[0] else f" ✗ (target ≤ {target[0]:g})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one run each (for the test suite)")
    parser.add_argument("--sizes", default="2000,20000,100000", help="learner counts, comma-separated")
    parser.add_argument("--xlsx-sizes", default="2000,20000", help="sizes that also time the XLSX export")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (median)")
    parser.add_argument("--cache", type=Path, default=None, help="folder for the generated databases")
    parser.add_argument("--memory-probe", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_probe:
        memory_probe(args.memory_probe)
        return 0
    sizes = [20, 40] if args.smoke else [int(s) for s in args.sizes.split(",")]
    xlsx_sizes = set(sizes) if args.smoke else {int(s) for s in args.xlsx_sizes.split(",") if s}
    repeat = 1 if args.smoke else args.repeat
    from PySide6.QtGui import QGuiApplication

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from big_db import default_cache

    app = QGuiApplication.instance() or QGuiApplication([])
    results = {}
    with tempfile.TemporaryDirectory(prefix="qorgau-bench-") as tmp:
        cache = args.cache or (Path(tmp) / "cache" if args.smoke else default_cache())
        for n in sizes:
            print(f"... {n} learners", file=sys.stderr, flush=True)
            results[n] = bench_size(n, repeat, Path(tmp), cache, n in xlsx_sizes)
    del app
    keys: list[str] = []
    for res in results.values():
        keys += [k for k in res if k not in keys]
    print(f"Reports, median of {repeat} run(s); databases from benchmarks/big_db.py (cached).")
    print(f"\n| measure | {' | '.join(f'{n:,} learners' for n in sizes)} |")
    print(f"|---|{'---|' * len(sizes)}")
    for key in keys:
        cells = []
        for n in sizes:
            v = results[n].get(key)
            if v is None:
                cells.append("–")
            else:
                text = f"{v:,.0f}" if key in ("answers", "bytes per answer") else f"{v:,.2f}"
                cells.append(text + verdict(key, n, v))
        print(f"| {key} | {' | '.join(cells)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark cohort reports on demo databases (a script, not a test; `make bench-reports`).

Builds 2,000- and 20,000-learner demo databases in a temporary folder and prints, for each:
demo-data time, dashboard open and re-filter, item analysis, CSV/XLSX/PDF exports (median of
repeated runs, with peak Python memory from tracemalloc in a separate run), and the CSV export
against the sqlite3 command-line CSV dump of the same rows. ``--smoke`` uses tiny sizes so the
test suite can check that the script runs.
"""

from __future__ import annotations

import argparse
import os
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


def bench_size(learners: int, repeat: int, folder: Path) -> dict[str, float]:
    from trainer.content.loader import load_catalogue
    from trainer.services.demo_data import DemoDataService
    from trainer.services.exports import ExportService
    from trainer.services.reports import ReportFilter, ReportService
    from trainer.storage.bulk import BulkWriter
    from trainer.storage.database import open_database
    from trainer.storage.report_queries import ReportQueries

    r: dict[str, float] = {}
    db_path = folder / f"bench-{learners}.db"
    db = open_database(db_path)
    catalogue = load_catalogue(ROOT / "modules")
    start = time.perf_counter()
    made = DemoDataService(BulkWriter(db), catalogue).generate(learners, seed=11)
    r["demo-data (s)"] = time.perf_counter() - start
    r["attempts"] = made.attempts
    r["answers"] = made.responses

    def dashboard(service: ReportService, f: ReportFilter) -> None:
        service.summary(f)
        service.module_stats(f)
        service.region_completion(f)
        service.score_distribution(f)
        service.completion_matrix(f)

    def open_dashboard() -> None:
        service = ReportService(db, catalogue)
        dashboard(service, ReportFilter())
        service.close()

    r["dashboard open (ms)"] = 1000 * median_time(open_dashboard, repeat)
    reports = ReportService(db, catalogue)
    filters = [ReportFilter(roles=("police",)), ReportFilter(regions=("almaty", "astana")), ReportFilter(active=True)]
    turn = iter(range(10**9))
    r["dashboard re-filter (ms)"] = 1000 * median_time(
        lambda: dashboard(reports, filters[next(turn) % len(filters)]), repeat
    )
    r["item analysis (ms)"] = 1000 * median_time(lambda: reports.item_analysis(ReportFilter()), repeat)
    exports = ExportService(reports)
    for kind in ("csv", "xlsx", "pdf"):
        out = folder / f"report-{learners}.{kind}"
        runs = repeat if kind != "xlsx" or learners <= 5000 else max(1, repeat // 2)
        r[f"{kind} export (s)"] = median_time(lambda kind=kind, out=out: exports.export(kind, out), runs)
        r[f"{kind} peak memory (MiB)"] = peak_memory(lambda kind=kind, out=out: exports.export(kind, out))
        r[f"{kind} size (MiB)"] = out.stat().st_size / 2**20
    sqlite3_cli = shutil.which("sqlite3")
    if sqlite3_cli:
        scope = reports.scope(ReportFilter())
        # The same rows from the uncached scope (the CLI has no temp table).
        full = scope.sql.replace("SELECT * FROM temp.report_pa", scope.pa)
        sql = literal_sql(full + ReportQueries.MATRIX_BODY, scope.params)
        dump = folder / f"dump-{learners}.csv"

        def cli() -> None:
            with dump.open("wb") as fh:
                subprocess.run([sqlite3_cli, "-csv", "-header", str(db_path), sql], stdout=fh, check=True)

        r["sqlite3 CLI dump (s)"] = median_time(cli, repeat)
        r["csv / sqlite3 ratio"] = r["csv export (s)"] / r["sqlite3 CLI dump (s)"]
    reports.close()
    db.close()
    return r


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one run each (for the test suite)")
    parser.add_argument("--sizes", default="2000,20000", help="learner counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (median)")
    args = parser.parse_args(argv)
    sizes = [20, 40] if args.smoke else [int(s) for s in args.sizes.split(",")]
    repeat = 1 if args.smoke else args.repeat
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    results = {}
    with tempfile.TemporaryDirectory(prefix="qorgau-bench-") as tmp:
        for n in sizes:
            print(f"... {n} learners", file=sys.stderr, flush=True)
            results[n] = bench_size(n, repeat, Path(tmp))
    del app
    keys = list(next(iter(results.values())))
    print(f"\n| measure | {' | '.join(f'{n:,} learners' for n in sizes)} |")
    print(f"|---|{'---|' * len(sizes)}")
    for key in keys:
        cells = []
        for n in sizes:
            v = results[n].get(key)
            cells.append("–" if v is None else f"{v:,.0f}" if key in ("attempts", "answers") else f"{v:,.2f}")
        print(f"| {key} | {' | '.join(cells)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

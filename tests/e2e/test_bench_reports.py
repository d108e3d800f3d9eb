"""The report benchmark script still runs (tiny sizes; the figures themselves are not asserted)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def test_bench_reports_smoke_prints_its_table():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_reports.py"), "--smoke"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    for measure in (
        "dashboard open (ms)",
        "dashboard re-filter (ms)",
        "item analysis (ms)",
        "dashboard memory (MiB)",
        "bytes per answer",
        "csv / sqlite3 ratio",
        "xlsx / bare xlsxwriter ratio",
        "pdf / its data queries ratio",
    ):
        assert measure in done.stdout

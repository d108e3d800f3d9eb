"""The merge benchmark runs (a smoke run: no timing is asserted here; see benchmarks/bench_merge.py)."""

import subprocess
import sys

from tests.conftest import ROOT


def test_merge_benchmark_smoke_run_prints_its_table():
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_merge.py"), "--smoke"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "import_bundles (check + merge)" in result.stdout and "Ratio import / direct" in result.stdout

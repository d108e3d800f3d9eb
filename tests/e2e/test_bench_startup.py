"""The start-up benchmark runs (a smoke run: no timing is asserted here; see benchmarks/)."""

import subprocess
import sys

from tests.conftest import ROOT


def test_startup_benchmark_smoke_run_prints_its_table():
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_startup.py"), "--smoke"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "launch to first window painted" in result.stdout and "x |" in result.stdout

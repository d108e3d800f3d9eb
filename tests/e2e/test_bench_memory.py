"""The memory benchmark runs and prints its table (figures go to benchmarks/RESULTS.md via make bench)."""

import subprocess
import sys

from tests.conftest import ROOT


def test_memory_benchmark_smoke():
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_memory.py"), "--smoke"], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "| resident memory |" in result.stdout and "x |" in result.stdout

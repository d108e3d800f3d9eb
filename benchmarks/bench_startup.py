"""Start-up: Qorgau launched until its first window is painted, against a bare PySide6 window.

Both are launched the same way (a fresh Python process, offscreen unless QT_QPA_PLATFORM says
otherwise). "First paint" is when the process prints that its first window was painted;
"ready" is when ``main.py --exit-after-start`` has opened and checked the database, loaded
every module, painted the main window, taken its exit backup and exited.

    python benchmarks/bench_startup.py            # 15 runs each
    python benchmarks/bench_startup.py --smoke    # 2 runs each, for the test suite
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.3


def launch(cmd: list[str]) -> tuple[float, float]:
    """Seconds from launch to the 'first window painted' line, and to the process's exit."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    painted = None
    for line in proc.stdout:
        if painted is None and "first window painted" in line:
            painted = time.perf_counter() - start
    code = proc.wait(timeout=120)
    ended = time.perf_counter() - start
    if code != 0 or painted is None:
        raise SystemExit(f"{' '.join(cmd)} failed (exit status {code})")
    return painted, ended


def measure(runs: int) -> dict[str, list[tuple[float, float]]]:
    with tempfile.TemporaryDirectory() as tmp:
        qorgau = [sys.executable, str(ROOT / "main.py"), "--exit-after-start", "--data-dir", tmp]
        bare = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
        launch(qorgau)  # warm-up: creates the database, fills the OS file cache
        launch(bare)
        results: dict[str, list[tuple[float, float]]] = {"bare": [], "qorgau": []}
        for _ in range(runs):  # interleaved, so a busy moment hits both alike
            results["bare"].append(launch(bare))
            results["qorgau"].append(launch(qorgau))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--smoke", action="store_true", help="2 runs each; no target check")
    args = parser.parse_args(argv)
    runs = 2 if args.smoke else args.runs
    # An installed app runs from bytecode; compile ours once so no run pays for compiling source
    # (some machines set PYTHONDONTWRITEBYTECODE, and then every run would).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "trainer")], check=False, capture_output=True)
    results = measure(runs)
    bare_paint = statistics.median(p for p, _ in results["bare"])
    bare_exit = statistics.median(e for _, e in results["bare"])
    paint = statistics.median(p for p, _ in results["qorgau"])
    ready = statistics.median(e for _, e in results["qorgau"])
    print(f"Start-up, median of {runs} runs (platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')})")
    print()
    print("| measurement | bare QMainWindow | Qorgau | ratio | target |")
    print("|---|---:|---:|---:|---:|")
    print(
        f"| launch to first window painted | {bare_paint * 1000:.0f} ms | {paint * 1000:.0f} ms | {paint / bare_paint:.2f}x | <= {TARGET}x |"
    )
    print(
        f"| launch to main window ready and exited | {bare_exit * 1000:.0f} ms | {ready * 1000:.0f} ms | {ready / bare_exit:.2f}x | - |"
    )
    if not args.smoke and paint / bare_paint > TARGET:
        print(f"\nFirst paint is {paint / bare_paint:.2f}x the bare window: over the {TARGET}x target.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

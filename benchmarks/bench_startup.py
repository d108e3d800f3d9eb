"""Start-up: Qorgau launched until its main window is ready, against a bare PySide6 window, with one
learner and with 100,000.

Every launch is a fresh Python process (offscreen unless QT_QPA_PLATFORM says otherwise). "First
paint" is when the process prints that its first window was painted; "ready" is when
``main.py --exit-after-start`` has opened the database, loaded every module, painted the main
window (the home screen for one learner, the profile chooser for 100,000) and exited, stopping
the integrity check and backup that start after the paint. The 100,000-learner database comes
from benchmarks/big_db.py (made once, then cached) and is copied, so runs never change it.

    python benchmarks/bench_startup.py            # 15 runs each
    python benchmarks/bench_startup.py --smoke    # 2 runs each, no 100,000-learner database
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.3  # first paint against the bare window
TARGET_READY = 2.0  # one learner, main window ready, against the bare window
TARGET_SIZE = 1.3  # 100,000 learners against one
BIG = 100_000


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


def one_learner(data: Path) -> None:
    """A data folder whose database holds one learner without a PIN (the app opens their home screen)."""
    sys.path.insert(0, str(ROOT))
    from trainer.storage.backup import open_guarded
    from trainer.storage.store import ProgressStore

    opened = open_guarded(data)
    ProgressStore(opened.db).create_learner("Айгерім Ахметова", "police", "astana")
    opened.close()


def big_learners(data: Path) -> None:
    """A data folder with a copy of the cached 100,000-learner database."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from big_db import big_database, default_cache

    source = big_database(BIG, default_cache())
    data.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, data / "qorgau.db")


def measure(runs: int, big: bool) -> dict[str, list[tuple[float, float]]]:
    with tempfile.TemporaryDirectory() as tmp:
        one, many = Path(tmp) / "one", Path(tmp) / "many"
        one_learner(one)
        cases = {"bare": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]}
        cases["one"] = [sys.executable, str(ROOT / "main.py"), "--exit-after-start", "--data-dir", str(one)]
        if big:
            big_learners(many)
            cases["many"] = [sys.executable, str(ROOT / "main.py"), "--exit-after-start", "--data-dir", str(many)]
        for cmd in cases.values():  # warm-up: the content cache, the OS file cache
            launch(cmd)
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for _ in range(runs):  # interleaved, so a busy moment hits all alike
            for name, cmd in cases.items():
                results[name].append(launch(cmd))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--smoke", action="store_true", help="2 runs each, no 100,000 learners; no target check")
    args = parser.parse_args(argv)
    runs = 2 if args.smoke else args.runs
    # An installed app runs from bytecode; compile ours once so no run pays for compiling source
    # (some machines set PYTHONDONTWRITEBYTECODE, and then every run would).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "trainer")], check=False, capture_output=True)
    results = measure(runs, big=not args.smoke)
    paint = {name: statistics.median(p for p, _ in rows) for name, rows in results.items()}
    ready = {name: statistics.median(e for _, e in rows) for name, rows in results.items()}
    print(f"Start-up, median of {runs} runs (platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')})")
    print()
    print("| measurement | bare QMainWindow | Qorgau, 1 learner | ratio to bare | target |")
    print("|---|---:|---:|---:|---:|")
    rows = (
        ("launch to first window painted", paint, TARGET),
        ("launch to main window ready and exited", ready, TARGET_READY),
    )
    for label, figures, target in rows:
        ratio = figures["one"] / figures["bare"]
        print(
            f"| {label} | {figures['bare'] * 1000:.0f} ms | {figures['one'] * 1000:.0f} ms | {ratio:.2f}x | <= {target}x |"
        )
    misses = [label for label, figures, target in rows if figures["one"] / figures["bare"] > target]
    if "many" in results:
        print()
        print(f"| measurement | Qorgau, 1 learner | Qorgau, {BIG:,} learners | ratio | target |")
        print("|---|---:|---:|---:|---:|")
        for label, figures in (
            ("launch to first window painted", paint),
            ("launch to main window ready and exited", ready),
        ):
            ratio = figures["many"] / figures["one"]
            print(
                f"| {label} | {figures['one'] * 1000:.0f} ms | {figures['many'] * 1000:.0f} ms | {ratio:.2f}x | <= {TARGET_SIZE}x |"
            )
            if ratio > TARGET_SIZE:
                misses.append(f"{label} at {BIG:,} learners")
    if not args.smoke and misses:
        print("\nOver target: " + "; ".join(misses) + ".")
    return 0


if __name__ == "__main__":
    sys.exit(main())

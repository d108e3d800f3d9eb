"""Memory: resident set size of Qorgau with a module open, against a bare PySide6 QMainWindow.

Each measurement is a fresh process (offscreen) that reports its own VmRSS and VmHWM from
/proc/self/status once its window is up; the median of the runs is printed with the ratio.
Qorgau is measured as a learner starts it on any day but the first: in a data folder that an
earlier start left with its database and content cache (as bench_startup.py warms up too).
The first start ever, which reads and checks every content file, is printed on its own row.

    python benchmarks/bench_memory.py            # 5 runs each
    python benchmarks/bench_memory.py --smoke    # 1 run each, for the test suite
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.8  # resident memory with a quiz open, against the bare window

_REPORT = """
def report():
    fields = dict()
    for line in open('/proc/self/status'):
        key, _, value = line.partition(':')
        if key in ('VmRSS', 'VmHWM'):
            fields[key] = int(value.split()[0]) / 1024
    print(json.dumps(fields), flush=True)
"""

BARE = (
    "import json\n"
    + _REPORT
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 720); w.show(); app.processEvents()
report()
"""
)

QORGAU = (
    "import json, sys\n"
    + _REPORT
    + """
from pathlib import Path
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from trainer.services.context import AppContext
from trainer.ui.main_window import MainWindow
from trainer.ui.dialogs import Ask
Ask.confirm = staticmethod(lambda *a, **k: True)
ctx = AppContext.open(Path({data!r}), Path({root!r}) / 'modules')
if not ctx.profiles.some(1):
    ctx.learners.create('Memory Test', 'police', 'astana')
w = MainWindow(ctx); w.resize(1280, 720); w.show()
w.show_start()
w.open_module('core-01-legal-map')
app.processEvents()
w.take_quiz('core-01-legal-map')
app.processEvents()
report()
ctx.close()
"""
)


def run(code: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args(argv)
    runs = 1 if args.smoke else args.runs
    bare, qorgau, first = [], [], []
    for _ in range(runs):
        bare.append(run(BARE))
        with tempfile.TemporaryDirectory() as tmp:
            first.append(run(QORGAU.format(root=str(ROOT), data=tmp)))
            qorgau.append(run(QORGAU.format(root=str(ROOT), data=tmp)))
    print(f"Memory, median of {runs} runs (platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')})")
    print()
    print("| measurement | bare QMainWindow | Qorgau, module open and quiz started | ratio | target |")
    print("|---|---:|---:|---:|---:|")
    over = []
    for key, label, rows in (
        ("VmRSS", "resident memory", qorgau),
        ("VmHWM", "peak resident memory", qorgau),
        ("VmRSS", "resident memory, first start ever (no content cache yet)", first),
    ):
        b = statistics.median(r[key] for r in bare)
        q = statistics.median(r[key] for r in rows)
        target = f"<= {TARGET}x" if rows is qorgau and key == "VmRSS" else "-"
        print(f"| {label} | {b:.0f} MiB | {q:.0f} MiB | {q / b:.2f}x | {target} |")
        if target != "-" and q / b > TARGET:
            over.append(f"{q / b:.2f}x")
    if over and not args.smoke:
        print(f"\nResident memory is {over[0]} the bare window: over the {TARGET}x target.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

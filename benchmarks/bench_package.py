"""Packaged size: Qorgau's one-folder build beside a bare PySide6 widgets app built with the same filters.

    python benchmarks/bench_package.py            # builds both (Qorgau into dist/, the bare app in a temp dir)
    python benchmarks/bench_package.py --reuse    # reuse a fresh dist/Qorgau/ (the bare app is always built)

The bare app is a QMainWindow with a label, frozen with the same excludes, plugin and library filters
and stripping as build.spec (tools/bundle_filters.py), so the difference is what Qorgau really adds.
Prints sizes in MB (10^6 bytes) and MiB (what `du -h` shows), the ratio, and each build's time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import package  # noqa: E402 - tools/package.py

BARE_APP = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.show()
if "--exit-after-start" in sys.argv:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

BARE_SPEC = """
import sys
sys.path.insert(0, {tools!r})
from bundle_filters import EXCLUDES, filter_toc

a = Analysis([{script!r}], excludes=EXCLUDES)
a.binaries, a.datas, _ = filter_toc(a.binaries, a.datas)
pyz = PYZ(a.pure)
strip = sys.platform.startswith("linux")
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare", console=False, strip=strip)
COLLECT(exe, a.binaries, a.datas, strip=strip, name="bare")
"""


def build_bare(work: Path) -> tuple[Path, float]:
    """Freeze the bare widgets app in work/; returns its folder and the build's seconds."""
    script = work / "bare.py"
    script.write_text(BARE_APP)
    spec = work / "bare.spec"
    spec.write_text(textwrap.dedent(BARE_SPEC).format(tools=str(ROOT / "tools"), script=str(script)))
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(spec)],
        check=True,
    )  # fmt: skip
    return work / "dist" / "bare", time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true", help="reuse dist/Qorgau/ when it is newer than every source")
    parser.add_argument("--smoke", action="store_true", help="the same as --reuse (for run_all.py and the test suite)")
    args = parser.parse_args(argv)

    if (args.reuse or args.smoke) and package.is_fresh():
        qorgau_seconds = None
    else:
        started = time.monotonic()
        subprocess.run([sys.executable, str(ROOT / "tools" / "package.py"), "--no-tar"], check=True)
        qorgau_seconds = time.monotonic() - started
    with tempfile.TemporaryDirectory(prefix="bench-package-") as tmp:
        bare_dir, bare_seconds = build_bare(Path(tmp))
        bare = package.tree_size(bare_dir)
    qorgau = package.tree_size(package.APP)

    def row(name: str, size: int, seconds: float | None) -> str:
        took = f"{seconds:8.0f}" if seconds is not None else "  reused"
        return f"{name:<28}{size / 1e6:>10.1f}{size / 2**20:>10.1f}{took}"

    print(f"{'one-folder build':<28}{'MB':>10}{'MiB':>10}{'build s':>8}")
    print(row("bare PySide6 widgets app", bare, bare_seconds))
    print(row(f"Qorgau {package.version()}", qorgau, qorgau_seconds))
    print(f"{'Qorgau / bare':<28}{qorgau / bare:>10.2f}x   (+{(qorgau - bare) / 1e6:.1f} MB)")
    print(f"limit: {package.SIZE_LIMIT_MB} MB -> {'within' if qorgau / 1e6 <= package.SIZE_LIMIT_MB else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the packaged app with build.spec and, on Linux, the tarball regional offices install from.

    python tools/package.py              # dist/Qorgau/ and dist/Qorgau-<version>-linux-x86_64.tar.gz
    python tools/package.py --if-stale   # reuse dist/Qorgau/ when it is newer than every source
    python tools/package.py --onefile    # dist/onefile/Qorgau (a single executable), no tarball

Prints the size of the build and how long it took. `make package` runs the first form.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
APP = DIST / "Qorgau"
EXE = APP / ("Qorgau.exe" if sys.platform == "win32" else "Qorgau")
# Everything a build depends on; a build newer than all of these can be reused.
SOURCES = ("main.py", "build.spec", "requirements.lock", "trainer", "modules", "assets", "tools")
LINUX_EXTRAS = {
    "assets/linux/install.sh": "install.sh",
    "assets/linux/qorgau.desktop": "qorgau.desktop",
    "assets/icons/qorgau.png": "qorgau.png",
    "assets/icons/qorgau.svg": "qorgau.svg",
}
SIZE_LIMIT_MB = 150


@contextlib.contextmanager
def locked():
    """Hold build/package.lock: test runs started side by side must not build into dist/ at once."""
    lock_path = ROOT / "build" / "package.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: builds there are run by hand, one at a time
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from trainer import __version__

    return __version__


def tarball_path() -> Path:
    machine = platform.machine().lower().replace("amd64", "x86_64")
    return DIST / f"Qorgau-{version()}-linux-{machine}.tar.gz"


def newest_source() -> float:
    """The latest modification time among the build's inputs (caches excluded)."""
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else (p for p in path.rglob("*") if p.is_file())
        for f in files:
            if "__pycache__" not in f.parts:
                newest = max(newest, f.stat().st_mtime)
    return newest


def is_fresh() -> bool:
    """True when dist/Qorgau/ was built after the last change to any source."""
    stamp = APP / ".built"
    return EXE.exists() and stamp.exists() and stamp.stat().st_mtime >= newest_source()


def tree_size(folder: Path) -> int:
    """Bytes in the folder's files, counting each file once and symlinks not at all (like du)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(onefile: bool) -> float:
    """Run PyInstaller on build.spec; returns the seconds it took."""
    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", str(ROOT / "build.spec")]
    if onefile:  # dist/Qorgau is the one-folder build's name: keep the single file apart
        command[3:3] = ["--distpath", str(DIST / "onefile"), "--workpath", str(ROOT / "build" / "onefile")]
    env = {**os.environ, "QORGAU_ONEFILE": "1" if onefile else "0"}
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return time.monotonic() - started


def add_linux_extras() -> None:
    """The install script, menu entry and icon sit beside the executable in the tarball."""
    for source, name in LINUX_EXTRAS.items():
        shutil.copy2(ROOT / source, APP / name)
    (APP / "install.sh").chmod(0o755)


def make_tarball() -> Path:
    """dist/Qorgau-<version>-linux-<machine>.tar.gz holding the Qorgau/ folder (symlinks kept as links)."""
    target = tarball_path()
    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(APP, arcname="Qorgau", filter=lambda info: None if info.name.endswith("/.built") else info)
    os.replace(partial, target)  # never a half-written tarball under the real name
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one executable instead of a folder (no tarball)")
    parser.add_argument("--if-stale", action="store_true", help="reuse a one-folder build newer than every source")
    parser.add_argument("--no-tar", action="store_true", help="skip the tarball")
    args = parser.parse_args(argv)
    with locked():
        return _package(args)


def _package(args: argparse.Namespace) -> int:
    if args.onefile:
        seconds = build(onefile=True)
        exe = DIST / "onefile" / EXE.name
        print(f"built {exe}: {exe.stat().st_size / 1e6:.1f} MB in {seconds:.0f} s")
        return 0
    if args.if_stale and is_fresh():
        print(f"reusing {APP} (newer than every source)")
    else:
        seconds = build(onefile=False)
        if sys.platform.startswith("linux"):
            add_linux_extras()
        (APP / ".built").touch()
        print(f"built {APP} in {seconds:.0f} s")
    size_mb = tree_size(APP) / 1e6
    print(f"size of {APP}: {size_mb:.1f} MB (limit {SIZE_LIMIT_MB} MB)")
    if sys.platform.startswith("linux") and not args.no_tar:
        tar = tarball_path()
        if not (args.if_stale and tar.exists() and tar.stat().st_mtime >= (APP / ".built").stat().st_mtime):
            tar = make_tarball()
        print(f"tarball {tar}: {tar.stat().st_size / 1e6:.1f} MB")
    return 0 if size_mb <= SIZE_LIMIT_MB else 1


if __name__ == "__main__":
    sys.exit(main())

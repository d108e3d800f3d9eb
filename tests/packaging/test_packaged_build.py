"""The packaged program as an office receives it: build (or reuse a fresh build), unpack, run.

Slow: a build takes about half a minute on two cores. `make test` and CI run these; deselect with
``-m 'not slow'`` while editing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.conftest import ROOT
from trainer import __version__

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the tarball and its checks are Linux's"),
]

sys.path.insert(0, str(ROOT / "tools"))
import package  # noqa: E402 - tools/package.py

# Files that must not be in a widgets app's bundle: they pull in Qml/Quick, QtPdf or GTK.
UNWANTED = ("libqtvirtualkeyboardplugin", "libqpdf.so", "libqgtk3", "libQt6Qml", "libQt6Quick", "libQt6Pdf",
            "libQt6WebEngine", "libQt63D", "libQt6Multimedia", "libgtk-3")  # fmt: skip


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a fresh account has: no Python, no virtualenv, no Qt variables."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), **extra}


def run(exe: Path, *args: str, env: dict[str, str], timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout, cwd=exe.parent)


@pytest.fixture(scope="module")
def tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the tarball, built by `make package`'s script or reused when newer than every
    source; copied under the build lock so a test run beside ours cannot change it meanwhile."""
    pytest.importorskip("PyInstaller")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "package.py"), "--if-stale"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    copy = tmp_path_factory.mktemp("dist") / package.tarball_path().name
    with package.locked():
        shutil.copy2(package.tarball_path(), copy)
    return copy


@pytest.fixture(scope="module")
def unpacked(tarball: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tarball unpacked into a fresh folder, as an office would: every check runs on this."""
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(tarball) as tar:
        tar.extractall(target, filter="tar")
    return target / "Qorgau"


def test_unpacked_tarball_passes_its_self_test_without_python(unpacked, tmp_path):
    result = run(unpacked / "Qorgau", "self-test", env=clean_env(tmp_path, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "ok   QtCharts" in result.stdout and "(QtSvg)" in result.stdout


def test_packaged_version(unpacked, tmp_path):
    result = run(unpacked / "Qorgau", "--version", env=clean_env(tmp_path))
    assert result.stdout.strip() == f"Qorgau {__version__}"


def test_tarball_carries_the_install_files_and_no_unused_qt(unpacked):
    names = {p.relative_to(unpacked).as_posix() for p in unpacked.rglob("*")}
    for needed in ("Qorgau", "install.sh", "qorgau.desktop", "qorgau.png", "qorgau.svg", "_internal/modules"):
        assert needed in names, needed
    assert os.access(unpacked / "install.sh", os.X_OK)
    assert not any(bad in name for name in names for bad in UNWANTED), [
        n for n in names if any(b in n for b in UNWANTED)
    ]
    assert not [p for p in unpacked.rglob("*") if p.is_symlink() and not p.exists()], "dangling symlinks"


def test_build_stays_within_the_size_limit(unpacked):
    size_mb = package.tree_size(unpacked) / 1e6
    assert size_mb <= package.SIZE_LIMIT_MB, f"{size_mb:.1f} MB"


def test_every_bundled_library_finds_what_it_links_to(unpacked):
    """Filtering dropped no library that a kept one needs (ldd over the whole bundle)."""
    internal = unpacked / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6/Qt/lib'}"}
    missing = []
    for lib in internal.rglob("*.so*"):
        if lib.is_file() and not lib.is_symlink():
            out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env).stdout
            missing += [f"{lib.name}: {line.strip()}" for line in out.splitlines() if "not found" in line]
    assert not missing, missing


def test_portable_marker_keeps_the_data_beside_the_executable(unpacked, tmp_path):
    stick = tmp_path / "usb" / "Qorgau"
    shutil.copytree(unpacked, stick, symlinks=True)
    (stick / "portable").write_text("")
    home = tmp_path / "home"
    home.mkdir()
    result = run(stick / "Qorgau", "--exit-after-start", env=clean_env(home, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert (stick / "data" / "qorgau.db").exists()
    assert not (home / ".local" / "share" / "Qorgau").exists()


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run")
def test_packaged_app_opens_a_real_window_under_xvfb(unpacked, tmp_path):
    """The xcb platform plugin and the system libraries it needs are all there."""
    env = clean_env(tmp_path)
    result = subprocess.run(
        ["xvfb-run", "-a", str(unpacked / "Qorgau"), "--exit-after-start"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr

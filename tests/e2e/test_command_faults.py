"""Every command on a hostile disk: held by the app, locked by another program, full, or read-only.

Each ends in words and an exit status, never a traceback; commands that write refuse while the app
holds the data folder; commands that only read work on a read-only or full disk. The full and
read-only disks are small tmpfs mounts, so those tests need root (as CI has) and are skipped otherwise.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_MODULES

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--content-dir", str(SAMPLE_MODULES), *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> dict:
    """A data folder with learners, attempts, a certificate, a signing key and a bundle to import."""
    root = tmp_path_factory.mktemp("seeded")
    data = root / "data"
    assert run(data, "demo-data", "--learners", "12", "--seed", "3").returncode == 0
    bundle = root / "bundle.qorgau"
    done = run(data, "export-progress", "--out", str(bundle))
    assert done.returncode == 0, done.stderr
    code = sqlite3.connect(data / "qorgau.db").execute("SELECT code FROM certificates LIMIT 1").fetchone()[0]
    return {"data": data, "bundle": bundle, "code": code}


def readers(seeded: dict, out: Path) -> dict[str, list[str]]:
    return {
        "report": ["report", "--format", "csv", "--out", str(out / "r.csv")],
        "verify-certificate": ["verify-certificate", seeded["code"]],
        "export-progress": ["export-progress", "--out", str(out / "b.qorgau")],
        "export-xapi": ["export-xapi", "--out", str(out / "x.json")],
    }


def writers(seeded: dict) -> dict[str, list[str]]:
    return {
        "reset-trainer-password": ["reset-trainer-password", "--yes"],
        "import-progress": ["import-progress", "--yes", str(seeded["bundle"])],
        "demo-data": ["demo-data", "--learners", "2"],
        "install-content": ["install-content", str(seeded["bundle"])],
    }


def copy_data(seeded: dict, dest: Path) -> Path:
    data = dest / "data"
    shutil.copytree(seeded["data"], data)
    return data


def worded(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0 or result.stderr.strip(), "a failure must say why"


def test_writing_commands_refuse_while_the_app_holds_the_folder(seeded, tmp_path):
    from PySide6.QtCore import QLockFile

    data = copy_data(seeded, tmp_path)
    lock = QLockFile(str(data / "qorgau.lock"))
    assert lock.tryLock(100)
    before = (data / "qorgau.db").read_bytes()
    try:
        for name, args in writers(seeded).items():
            result = run(data, *args)
            worded(result)
            assert result.returncode == 3, (name, result.stderr)
            assert "is open with the data folder" in result.stderr, name
        assert (data / "qorgau.db").read_bytes() == before
        for name, args in readers(seeded, tmp_path).items():
            result = run(data, *args)
            assert result.returncode == 0, (name, result.stderr)  # reading never waits for the app
    finally:
        lock.unlock()


def test_a_database_locked_by_another_program_gets_words_not_a_traceback(seeded, tmp_path):
    data = copy_data(seeded, tmp_path)
    other = sqlite3.connect(data / "qorgau.db", timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        for name, args in {**writers(seeded), **readers(seeded, tmp_path)}.items():
            result = run(data, *args)
            worded(result)
            if name == "import-progress":  # the only one here with something to write
                assert result.returncode != 0, name
                assert "another program is using the progress database" in result.stderr, (name, result.stderr)
    finally:
        other.rollback()
        other.close()


def _mount(point: Path, size: str, *options: str) -> None:
    point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root")


@pytest.fixture
def full_disk(seeded, tmp_path):
    """A copy of the data folder on a tmpfs that has no space left."""
    point = tmp_path / "disk"
    _mount(point, "4m")
    try:
        data = copy_data(seeded, point)
        with open(point / "filler", "wb") as f:
            try:
                while True:
                    f.write(b"\0" * 65536)
            except OSError:
                pass
        yield data
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


@pytest.fixture
def read_only_disk(seeded, tmp_path):
    point = tmp_path / "ro"
    _mount(point, "8m")
    try:
        data = copy_data(seeded, point)
        subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
        yield data
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_every_command_on_a_full_disk_ends_in_words(seeded, full_disk, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for name, args in writers(seeded).items():
        result = run(full_disk, *args)
        worded(result)
        assert result.returncode != 0, name
        assert "full" in result.stderr, (name, result.stderr)
    for name, args in readers(seeded, out).items():
        result = run(full_disk, *args)
        worded(result)
        assert result.returncode == 0, (name, result.stderr)  # the output goes to another disk
    assert sorted(p.name for p in out.iterdir()) == ["b.qorgau", "r.csv", "x.json"]


def test_the_app_on_a_full_disk_says_the_disk_is_full(full_disk):
    result = run(full_disk, "--exit-after-start")
    assert result.returncode != 0
    assert "full" in result.stderr and "already open" not in result.stderr, result.stderr


def test_reading_commands_work_on_a_read_only_folder_and_writers_say_why_not(seeded, read_only_disk, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for name, args in readers(seeded, out).items():
        result = run(read_only_disk, *args)
        assert result.returncode == 0, (name, result.stderr)
    assert sorted(p.name for p in out.iterdir()) == ["b.qorgau", "r.csv", "x.json"]
    for name, args in writers(seeded).items():
        result = run(read_only_disk, *args)
        worded(result)
        assert result.returncode != 0, name
        assert "read-only" in result.stderr, (name, result.stderr)

"""Faults met by the real program: SIGKILL after an answer, a second copy, a damaged or newer database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

from tests.conftest import ROOT, SAMPLE_MODULES
from tests.e2e.killing import kill_after_ready
from trainer.storage.migrations import SCHEMA_VERSION

DRIVER = ROOT / "tests" / "e2e" / "gui_driver.py"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def start(data, *extra: str) -> subprocess.CompletedProcess:
    """Start Qorgau as a user would, quitting once its window is painted."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--content-dir", str(SAMPLE_MODULES), *extra],
        capture_output=True,
        text=True,
        timeout=120,
        env=ENV,
    )


def snapshot(data) -> dict[str, tuple[bytes, int]]:
    """Bytes and modification time of the database and its journal files."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in data.glob("qorgau.db*")}


def test_gui_killed_right_after_an_answer_resumes_at_the_next_question(tmp_path):
    data = tmp_path / "data"
    words = kill_after_ready("answer", data)
    assert words[0] == "ready", words
    attempt_id, question_id = words[1:]
    conn = sqlite3.connect(data / "qorgau.db")
    assert conn.execute("SELECT question_id FROM responses WHERE attempt_id = ?", [attempt_id]).fetchall() == [
        (question_id,)
    ]
    conn.close()
    again = subprocess.run(
        [sys.executable, str(DRIVER), "resume", str(data), str(SAMPLE_MODULES)],
        capture_output=True,
        text=True,
        timeout=120,
        env=ENV,
    )
    assert again.returncode == 0, again.stderr
    first, label = again.stdout.splitlines()[:2]
    resumed = first.split()
    assert resumed[:3] == ["resumed", attempt_id, "1"] and resumed[3] != question_id
    assert label.startswith("Question 2 of")


def test_a_second_copy_on_the_same_data_folder_is_refused_without_touching_the_database(tmp_path):
    data = tmp_path / "data"
    assert start(data, "--exit-after-start").returncode == 0
    first = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--content-dir", str(SAMPLE_MODULES)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=ENV,
    )
    try:
        deadline = time.monotonic() + 60
        while not (data / "qorgau.db.open").exists():  # its in-use marker: it has opened the database
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        time.sleep(1.0)  # let it finish building its window
        before = snapshot(data)
        second = start(data, "--exit-after-start")
        assert second.returncode == 3
        assert "already open" in second.stderr and str(data) in second.stderr
        assert snapshot(data) == before
        assert first.poll() is None  # the first copy carries on
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_a_damaged_database_is_restored_at_start_and_the_user_is_told(tmp_path):
    data = tmp_path / "data"
    assert start(data, "--exit-after-start").returncode == 0  # creates it, exit backup
    conn = sqlite3.connect(data / "qorgau.db")
    conn.execute(
        "INSERT INTO learners (id, name, role, region, created) VALUES ('l1', 'Dana', 'police', 'astana', 'x')"
    )
    conn.commit()
    conn.close()
    assert start(data, "--exit-after-start").returncode == 0  # start and exit backups hold Dana
    db = data / "qorgau.db"
    db.write_bytes(db.read_bytes()[:5000])  # truncated
    result = start(data, "--exit-after-start")
    assert result.returncode == 0, result.stderr
    assert "restored the automatic backup taken on" in result.stderr
    assert list(data.glob("qorgau.damaged-*.db"))
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT name FROM learners").fetchall() == [("Dana",)]
    conn.close()


def test_a_newer_database_is_refused_with_the_version_needed_and_left_unchanged(tmp_path):
    data = tmp_path / "data"
    assert start(data, "--exit-after-start").returncode == 0
    conn = sqlite3.connect(data / "qorgau.db")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("UPDATE settings SET value = '2.0.0' WHERE key = 'schema_written_by'")
    conn.commit()
    conn.close()
    before = {p.relative_to(data): p.read_bytes() for p in data.rglob("*") if p.is_file() and p.suffix != ".lock"}
    result = start(data, "--exit-after-start")
    assert result.returncode == 2
    assert "Qorgau 2.0.0 or newer" in result.stderr and "Nothing was changed" in result.stderr
    after = {p.relative_to(data): p.read_bytes() for p in data.rglob("*") if p.is_file() and p.suffix != ".lock"}
    assert after == before

"""`demo-data` and `report` as a user runs them: subprocesses on a data folder in tmp_path."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from trainer.content.cache import CACHE_NAME


def _run(*args: str, data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_demo_data_then_reports_in_every_format(tmp_path):
    data = tmp_path / "data"
    made = _run("demo-data", "--learners", "25", "--seed", "5", data=data)
    assert made.returncode == 0, made.stderr
    assert "Wrote 25 learners" in made.stdout
    again = _run("demo-data", "--learners", "5", data=data)
    assert again.returncode == 1 and "already holds 25 learners" in again.stderr
    for kind in ("csv", "xlsx", "pdf"):
        out = tmp_path / f"r.{kind}"
        done = _run("report", "--format", kind, "--out", str(out), "--role", "police", "--anonymise", data=data)
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 0
    rows = list(csv.DictReader((tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert rows and {r["role"] for r in rows} == {"police"}
    # Reports read the modules from the data folder's content cache, as the app does.
    assert (data / "cache" / CACHE_NAME).is_file()
    assert all(r["learner"].startswith("Learner ") for r in rows)
    folder = tmp_path / "default"
    folder.mkdir()
    done = _run("report", "--format", "csv", "--out", str(folder), "--since", "2000-01-01", data=data)
    assert done.returncode == 0, done.stderr
    [written] = folder.iterdir()
    assert written.name.startswith("Qorgau-report-") and written.suffix == ".csv"


def test_report_refuses_bad_filters_and_writes_nothing(tmp_path):
    data = tmp_path / "data"
    assert _run("demo-data", "--learners", "5", data=data).returncode == 0
    out = tmp_path / "r.csv"
    bad = _run("report", "--format", "csv", "--out", str(out), "--module", "no-such-module", data=data)
    assert bad.returncode == 2 and "Unknown module no-such-module" in bad.stderr
    bad = _run("report", "--format", "csv", "--out", str(out), "--since", "31.01.2025", data=data)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    missing = _run("report", "--format", "csv", "--out", str(out), data=tmp_path / "empty")
    assert missing.returncode == 1 and "no Qorgau database" in missing.stderr
    assert not out.exists()

"""`python main.py verify-certificate CODE` against a data folder where a certificate was issued."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SAMPLE_MODULES
from trainer.content.loader import load_catalogue
from trainer.domain.grading import key_response
from trainer.services.certificates import CertificateService
from trainer.services.quiz import QuizService
from trainer.storage.certificates import CertificateStore
from trainer.storage.database import DB_FILENAME, open_database
from trainer.storage.store import ProgressStore

NAME = "Әлия Қасымқызы Иванова"


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


@pytest.fixture
def issued(tmp_path):
    """A data folder holding one module certificate; returns (data folder, code)."""
    data = tmp_path / "data"
    data.mkdir()
    store = ProgressStore(open_database(data / DB_FILENAME))
    catalogue = load_catalogue(SAMPLE_MODULES)
    try:
        learner = store.create_learner(NAME, "judge", "Almaty")
        module = catalogue.modules["sample-01-basics"]
        quizzes = QuizService(store)
        session = quizzes.start_or_resume(learner.id, module)
        for q in session.questions:
            quizzes.answer(session, q.id, key_response(q))
        quizzes.finish(session)
        service = CertificateService(store, CertificateStore(store.db), catalogue)
        code = service.issue_for_module(learner.id, module.id).code
    finally:
        store.close()
    return data, code


def test_valid_code_prints_what_it_certifies(issued):
    data, code = issued
    typed = code.lower().replace("-", "")
    result = run("--data-dir", str(data), "--content-dir", str(SAMPLE_MODULES), "verify-certificate", typed)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for expected in (code, "valid", NAME, "Judge", "Almaty", "Sample - the 2009 Law in brief", "1.0.0", "100%"):
        assert expected in out, expected
    assert result.stderr == ""


def test_data_folder_from_the_environment(issued):
    data, code = issued
    result = run("--content-dir", str(SAMPLE_MODULES), "verify-certificate", code, env={"QORGAU_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert NAME in result.stdout


def test_unknown_code_exits_1_with_a_message(issued):
    data, code = issued
    other = "AAAA-AAAA-AAAA" if code != "AAAA-AAAA-AAAA" else "BBBB-BBBB-BBBB"
    result = run("--data-dir", str(data), "verify-certificate", other)
    assert result.returncode == 1
    assert f"No certificate {other}" in result.stderr and result.stdout == ""


def test_malformed_code_exits_1(issued):
    data, _ = issued
    result = run("--data-dir", str(data), "verify-certificate", "hello")
    assert result.returncode == 1 and "not a Qorgau certificate code" in result.stderr


def test_missing_database_is_reported_and_not_created(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("--data-dir", str(empty), "verify-certificate", "AAAA-AAAA-AAAA")
    assert result.returncode == 1 and "no Qorgau database" in result.stderr
    assert list(empty.iterdir()) == []


def test_help_lists_the_subcommand():
    assert "verify-certificate" in run("--help").stdout

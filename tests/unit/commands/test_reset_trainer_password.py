"""`reset-trainer-password`: asks first, then removes only the trainer password settings."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT
from trainer.cli import build_parser, run
from trainer.commands.reset_trainer_password import cmd_reset_trainer_password
from trainer.services.trainer_auth import TrainerAuth
from trainer.storage.database import DB_FILENAME, open_database
from trainer.storage.store import ProgressStore


def _prepare(data_dir) -> str:
    store = ProgressStore(open_database(data_dir / DB_FILENAME))
    learner = store.create_learner("Айгерим", "police", "pavlodar")
    TrainerAuth(store, n=2**10).set_first_password("correct horse")
    store.close()
    return learner.id


def _state(data_dir) -> tuple[bool, int]:
    store = ProgressStore(open_database(data_dir / DB_FILENAME))
    try:
        return TrainerAuth(store).has_password(), len(store.learners())
    finally:
        store.close()


def test_refused_unless_confirmed(data_dir, capsys):
    _prepare(data_dir)
    args = build_parser().parse_args(["--data-dir", str(data_dir), "reset-trainer-password"])
    assert cmd_reset_trainer_password(args, ask=lambda prompt: "no") == 1
    assert _state(data_dir) == (True, 1)
    prompts = []
    assert cmd_reset_trainer_password(args, ask=lambda prompt: prompts.append(prompt) or "yes") == 0
    assert "Learners' data is kept" in prompts[0]
    assert _state(data_dir) == (False, 1)


def test_yes_from_the_command_line_keeps_learners(data_dir):
    _prepare(data_dir)
    result = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data_dir), "reset-trainer-password", "--yes"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "password was removed" in result.stdout
    assert _state(data_dir) == (False, 1)


def test_missing_database_is_reported_and_not_created(tmp_path, capsys):
    args = build_parser().parse_args(["--data-dir", str(tmp_path), "reset-trainer-password", "--yes"])
    assert run(args) == 1
    assert "no Qorgau database" in capsys.readouterr().err
    assert not (tmp_path / DB_FILENAME).exists()

"""The command line imports a command's module only when that command is named, so each module must
register exactly the names trainer.commands.command_names gives it, and help must still list them all."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from trainer import cli
from trainer.commands import COMMANDS, command_names
from trainer.storage.database import DB_FILENAME, open_database


@pytest.mark.parametrize("module", COMMANDS)
def test_each_module_registers_the_names_it_is_known_by(module):
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    importlib.import_module(f"trainer.commands.{module}").register(sub)
    assert set(sub.choices) == set(command_names(module))


def test_help_lists_every_command_with_its_own_help():
    text = cli.build_parser().format_help()
    for module in COMMANDS:
        for name in command_names(module):
            assert name in text
    assert "write a cohort report" in text  # report's help, read from its module


def test_a_named_command_parses_after_loading_only_its_module():
    args = cli.build_parser().parse_args(["report", "--format", "csv", "--role", "police"])
    assert args.command == "report" and args.role == ["police"] and callable(args.func)
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["no-such-command"])


def test_a_csv_report_imports_no_other_command_and_no_session_measures(tmp_path):
    open_database(tmp_path / DB_FILENAME).close()
    out = tmp_path / "r.csv"
    probe = (
        "import sys\n"
        "from trainer.app import main\n"
        f"code = main(['--data-dir', {str(tmp_path)!r}, 'report', '--format', 'csv', '--out', {str(out)!r}])\n"
        "print(code, sorted(m for m in sys.modules if m.startswith('trainer.commands.') or 'session_measures' in m))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "0 ['trainer.commands._shared', 'trainer.commands.report']"
    assert out.read_text(encoding="utf-8-sig").startswith("learner_id,learner,role,")

"""The command line: global options shared with the GUI, and the subcommands in trainer.commands."""

from __future__ import annotations

import argparse
import importlib
import sys

from trainer import APP_NAME, __version__, paths
from trainer.commands import COMMANDS, command_names


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qorgau",
        description=f"{APP_NAME}: offline training for the response to violence against women in Kazakhstan.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"where progress is kept (default: the user's app-data folder; also ${paths.DATA_ENV})",
    )
    parser.add_argument(
        "--content-dir",
        metavar="DIR",
        help=f"training modules to load (default: the bundled modules/; also ${paths.CONTENT_ENV})",
    )
    parser.add_argument(
        "--exit-after-start",
        action="store_true",
        help="quit as soon as the first window is painted (for start-up benchmarks)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", action=_LazyCommands)
    sub.add_parser("gui", help="open the app (the default)")
    for name in COMMANDS if commands else ():  # skipped when only the GUI starts (start-up time)
        sub.defer(name)
    return parser


class _LazyCommands(argparse._SubParsersAction):
    """Subcommands whose modules are imported only when one is named, or when help lists them all:
    importing every command module would add about 50 ms to each command's start."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pending: dict[str, str] = {}  # command name -> its module in trainer.commands

    def defer(self, module: str) -> None:
        for name in command_names(module):
            self._pending[name] = module
            self._name_parser_map[name] = None  # known to argparse's choice check until loaded

    def _load(self, module: str) -> None:
        for name in [n for n, m in self._pending.items() if m == module]:
            del self._pending[name], self._name_parser_map[name]
        importlib.import_module(f"trainer.commands.{module}").register(self)

    def _load_all(self) -> None:
        for module in dict.fromkeys(self._pending.values()):
            self._load(module)

    def _get_subactions(self) -> list[argparse.Action]:
        self._load_all()  # help lists every command with its own help text
        return super()._get_subactions()

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        module = self._pending.get(values[0])
        if module is not None:
            self._load(module)
        super().__call__(parser, namespace, values, option_string)


def run(args: argparse.Namespace) -> int:
    """Run a subcommand: writers hold the data folder's lock, and storage failures end in words, not tracebacks."""
    import sqlite3

    from trainer.commands._shared import CommandFailed, data_folder_lock
    from trainer.storage.database import StorageError
    from trainer.storage.faults import user_message

    writes = getattr(args, "writes_data", False)
    if callable(writes):
        writes = writes(args)
    try:
        if writes:
            with data_folder_lock(args):
                return args.func(args)
        return args.func(args)
    except CommandFailed as exc:
        print(exc, file=sys.stderr)
        return exc.status
    except StorageError as exc:
        print(exc, file=sys.stderr)
        return 2
    except sqlite3.Error as exc:
        print(user_message(exc, "the progress database"), file=sys.stderr)
        return 2

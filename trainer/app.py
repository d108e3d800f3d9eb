"""Composition root: parse the command line, then either run a subcommand or build the GUI."""

from __future__ import annotations

import gc
import sys
from types import SimpleNamespace

# The options a GUI launch may carry, as trainer.cli.build_parser defines them: name -> takes a value.
_GUI_OPTIONS = {"--data-dir": True, "--content-dir": True, "--exit-after-start": False}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _gui_args(argv)
    if args is None:
        from trainer import cli

        parser = cli.build_parser(commands=not _gui_only(argv))
        args = parser.parse_args(argv)
        if args.command not in (None, "gui"):
            return cli.run(args)
    # Until the main window is built, everything made lives as long as the app: the cycle collector
    # would only walk it again and again (about 20 ms). run_gui turns it back on.
    gc.disable()
    try:
        from trainer.ui.bootstrap import run_gui

        return run_gui(args)
    finally:
        gc.enable()


def _gui_args(argv: list[str]) -> SimpleNamespace | None:
    """The GUI's options when the command line holds nothing else in its plain form (a desktop
    launch holds nothing at all), read without argparse and the command table: a few ms of every
    start. None for anything else, which argparse then parses, and reports, as the CLI does."""
    args = SimpleNamespace(command=None, data_dir=None, content_dir=None, exit_after_start=False)
    words = iter(argv)
    for word in words:
        takes_value = _GUI_OPTIONS.get(word)
        if takes_value is None:
            return None
        if not takes_value:
            args.exit_after_start = True
            continue
        value = next(words, None)
        if value is None or value.startswith("-"):
            return None  # argparse says what is missing
        setattr(args, word[2:].replace("-", "_"), value)
    return args


def _gui_only(argv: list[str]) -> bool:
    """True when the command line names no subcommand and asks for no help: then the subcommands
    are not imported, which keeps the window's start-up short."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("--data-dir", "--content-dir"):
            skip = True
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return arg == "gui"
    return True

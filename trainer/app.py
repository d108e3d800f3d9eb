"""Composition root: parse the command line, then either run a subcommand or build the GUI."""

from __future__ import annotations

import gc
import sys

from trainer import cli


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
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

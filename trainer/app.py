"""Composition root: parse the command line, then either run a subcommand or build the GUI."""

from __future__ import annotations

import sys

from trainer import cli


def main(argv: list[str] | None = None) -> int:
    parser = cli.build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command not in (None, "gui"):
        return cli.run(args)
    from trainer.ui.bootstrap import run_gui

    return run_gui(args)

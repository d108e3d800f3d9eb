"""`export-questions --module ID --format gift|xml`: a module's questions for Moodle."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer import paths


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export-questions",
        help="write a module's questions as a Moodle GIFT or Moodle XML file",
        description="Write a module's questions as GIFT or Moodle XML for import into Moodle. Scenarios "
        "cannot be expressed in either, nor ordering questions in GIFT: each is skipped with a notice. "
        "Moodle XML embeds the images the questions show (from the module's images/ folder).",
    )
    p.add_argument("--module", metavar="ID", required=True)
    p.add_argument("--format", choices=("gift", "xml"), default="gift")
    p.add_argument("--out", metavar="FILE", help="the file to write (default: standard output)")
    p.set_defaults(func=cmd_export_questions)


def cmd_export_questions(args: argparse.Namespace) -> int:
    from trainer.content.installed import installed_dir
    from trainer.content.loader import load_catalogue
    from trainer.interop.gift import module_to_gift
    from trainer.interop.moodle_xml import module_to_moodle_xml

    overlays = [installed_dir(paths.data_dir(args.data_dir))]
    cat = load_catalogue(paths.content_dir(args.content_dir), overlays=overlays)
    module = cat.modules.get(args.module)
    if module is None:
        problem = "does not load (run validate)" if args.module in cat.skipped else "is not a module"
        print(f"{args.module!r} {problem}; modules: {', '.join(cat.modules) or 'none'}.", file=sys.stderr)
        return 1
    text, notices = (module_to_moodle_xml if args.format == "xml" else module_to_gift)(module)
    for n in notices:
        print(f"notice: {n}", file=sys.stderr)
    if args.out:
        try:
            Path(args.out).write_text(text, encoding="utf-8")
        except OSError as exc:
            print(f"Cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        skipped = sum(n.endswith("; skipped") for n in notices)
        print(f"{len(module.quiz.questions) - skipped} questions of {module.id} written to {args.out}.")
    else:
        sys.stdout.write(text)
    return 0

"""`validate`: check the training modules and report every problem."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from trainer import paths


def register(sub: argparse._SubParsersAction) -> None:
    v = sub.add_parser("validate", help="check the training modules and report every problem")
    v.add_argument("path", nargs="?", help="content folder (default: the bundled modules/)")
    v.add_argument("--json", action="store_true", help="print the report as JSON")
    v.add_argument("--coverage", action="store_true", help="show which questions teach each finding of the article")
    v.add_argument("--markdown", action="store_true", help="with --coverage: print modules/SOURCES.md")
    v.add_argument(
        "--items",
        action="store_true",
        help="item-quality report per module and learner path; exits non-zero when a threshold is missed",
    )
    v.set_defaults(func=cmd_validate)


def cmd_validate(args: argparse.Namespace) -> int:
    from trainer.content.loader import load_catalogue
    from trainer.content.report import coverage, coverage_markdown, summary

    root = Path(args.path) if args.path else paths.content_dir(args.content_dir)
    cat = load_catalogue(root)
    if args.coverage:
        rows = coverage(cat)
        if args.markdown:
            sys.stdout.write(coverage_markdown(cat))
        else:
            for row in rows:
                mark = "MISSING" if row.uncovered else ""
                print(
                    f"{row.finding.id:4} {row.finding.kind:14} q={len(row.questions):3} l={len(row.lessons):3} {mark}"
                )
        uncovered = [r.finding.id for r in rows if r.uncovered]
        if uncovered:
            print(f"recommendations taught by no question: {', '.join(uncovered)}", file=sys.stderr)
        for e in cat.errors:
            print(e, file=sys.stderr)
        return 1 if uncovered or cat.errors or not rows else 0
    if args.items:
        return _items(cat, args.json)
    report = summary(cat)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for e in cat.errors:
            print(e)
        n_q = sum(m["questions"] for m in report["modules"])
        print(f"{len(report['modules'])} modules, {n_q} questions loaded; {len(cat.errors)} problems found.")
        for lang, name in (("ru", "Russian"), ("kk", "Kazakh")):
            complete = [m["id"] for m in report["modules"] if not m["translations"][lang]]
            missing = [m["id"] for m in report["modules"] if m["translations"][lang]]
            line = f"{name}: {len(complete)} of {len(report['modules'])} modules fully translated"
            print(line + (f"; still English only in part: {', '.join(missing)}" if missing else "."))
        from trainer.content.item_quality import item_report

        items = item_report(cat.modules.values())
        good = sum(r.ok for r in items.modules)
        good_paths = sum(r.ok for r in items.paths)
        print(
            f"Item quality: {good} of {len(items.modules)} modules and {good_paths} of {len(items.paths)} learner paths "
            "within thresholds (validate --items for details)."
        )
    return 0 if report["ok"] else 1


def _items(cat, as_json: bool) -> int:
    """The item-quality report; content errors count too, since a broken quiz cannot be measured."""
    from trainer.content.item_quality import item_report

    rep = item_report(cat.modules.values())
    if as_json:
        print(json.dumps(rep.as_dict(), ensure_ascii=False, indent=2))
    else:
        for scope in [*rep.modules, *rep.paths]:
            print(scope.line() + ("" if scope.ok else f" · {len(scope.problems)} problem(s)"))
            for p in scope.problems:
                print(f"  {p}")
        for e in cat.errors:
            print(e)
        bad = sum(not s.ok for s in [*rep.modules, *rep.paths])
        print("All modules and learner paths are within the item-quality thresholds." if not bad and not cat.errors
              else f"{bad} module(s) or path(s) miss a threshold; {len(cat.errors)} content error(s).")
    return 0 if rep.ok and not cat.errors else 1

"""`report --format csv|xlsx|pdf --out PATH [filters] [--anonymise]`: a cohort report from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.commands._shared import database_path, existing_database

if TYPE_CHECKING:
    from trainer.content.loader import Catalogue

FORMATS = ("csv", "xlsx", "pdf")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="write a cohort report (CSV, Excel or PDF) from this data folder",
        description="Write a cohort report: one row per learner and module (CSV), a workbook with Summary, "
        "Learners, Modules, Items and Attempts sheets (XLSX), or a printable cohort report (PDF); with --cohort, "
        "also that cohort's members, pre/post gain, attitude shift, feedback and comments. "
        "Filters may be repeated; --since and --until keep attempts started on those days.",
    )
    p.add_argument("--format", choices=FORMATS, required=True, help="csv, xlsx or pdf")
    p.add_argument(
        "--out", metavar="PATH", help="file to write, or a folder for a time-stamped default name (default: here)"
    )
    p.add_argument("--role", action="append", default=[], metavar="R", help="police, judge, prosecutor, social_worker")
    p.add_argument("--region", action="append", default=[], metavar="R", help="a region code, e.g. almaty, akmola")
    p.add_argument("--unit", metavar="U", help="exactly this unit")
    p.add_argument("--module", action="append", default=[], metavar="M", help="a module id")
    p.add_argument(
        "--cohort",
        metavar="C",
        help="only this cohort's members (its name or id); the report then also carries the cohort's Cohort, "
        "Pre-post, Attitudes, Feedback and Comments sheets (beside a CSV as NAME-prepost.csv and so on)",
    )
    p.add_argument("--since", type=_day, metavar="DATE", help="attempts started on or after YYYY-MM-DD")
    p.add_argument("--until", type=_day, metavar="DATE", help="attempts started on or before YYYY-MM-DD")
    state = p.add_mutually_exclusive_group()
    state.add_argument("--active", dest="active", action="store_const", const=True, help="active learners only")
    state.add_argument("--inactive", dest="active", action="store_const", const=False, help="inactive learners only")
    p.add_argument(
        "--anonymise",
        "--anonymize",
        action="store_true",
        help="replace names with stable pseudonyms (Learner 3F2A91BC)",
    )
    p.set_defaults(func=cmd_report)


def _catalogue(args: argparse.Namespace) -> Catalogue:
    """The modules as the app sees them, from the data folder's content cache when nothing changed
    (the same cache the app fills), so a report does not parse every module again."""
    from trainer import paths
    from trainer.content.cache import load_catalogue_cached
    from trainer.content.installed import installed_dir

    data_dir = paths.data_dir(args.data_dir)
    return load_catalogue_cached(paths.content_dir(args.content_dir), [installed_dir(data_dir)], data_dir / "cache")


def _cohort(db, wanted: str) -> tuple[str, str] | None:
    """(id, name) of the cohort with this id, or else this name (any case); None after saying why."""
    from trainer.storage.session_measures import SessionMeasuresStore

    cohorts = SessionMeasuresStore(db).cohorts()
    found = [c for c in cohorts if c[0] == wanted] or [c for c in cohorts if c[1].casefold() == wanted.casefold()]
    if len(found) == 1:
        return found[0]
    if found:
        print(f"Several cohorts are named {wanted!r}; give one of their ids: {', '.join(c[0] for c in found)}.",
              file=sys.stderr)  # fmt: skip
    else:
        known = "; ".join(f"{name} ({cid})" for cid, name in cohorts) or "none"
        print(f"No cohort {wanted!r} in this data folder; present: {known}.", file=sys.stderr)
    return None


def _measures(args: argparse.Namespace, db, reports):
    """The session measures (pre/post tests, attitudes, feedback) read as the app reads them."""
    from trainer import paths
    from trainer.content.attitudes import load_attitudes
    from trainer.services.session_measures import SessionMeasuresService
    from trainer.storage.session_measures import SessionMeasuresStore

    def statements() -> list:
        found, errors = load_attitudes(paths.content_dir(args.content_dir))
        for e in errors:
            print(f"Note: {e}", file=sys.stderr)
        return found

    return SessionMeasuresService(SessionMeasuresStore(db), reports.catalogue, statements)


def cmd_report(args: argparse.Namespace) -> int:
    """Write the report; an unknown filter value or a missing database is an error and writes nothing."""
    from trainer.services.exports import ExportService, PendingFiles
    from trainer.services.reports import ReportFilter, ReportService

    db_path = database_path(args)
    db = existing_database(args, "nothing to report", read_only=True)
    reports = ReportService(db, _catalogue(args))
    try:
        unknown = [m for m in args.module if m not in reports.catalogue.modules]
        if unknown:
            print(
                f"Unknown module {', '.join(unknown)}; known: {', '.join(reports.catalogue.modules)}.", file=sys.stderr
            )
            return 2
        q = reports.queries()  # the known values are read only for the filters given (each is a query)
        for flag, values, column in (("--role", args.role, "role"), ("--region", args.region, "region")):
            known = q.distinct_learner_values(column) if values else []
            missing = [v for v in values if v not in known]
            if missing:
                print(
                    f"No learner has {flag} {', '.join(missing)} in {db_path}; present: {', '.join(known) or 'none'}.",
                    file=sys.stderr,
                )
                return 2
        cohort = _cohort(db, args.cohort) if args.cohort else None
        if args.cohort and cohort is None:
            return 2
        f = ReportFilter(
            cohort_id=cohort[0] if cohort else None,
            cohort_name=cohort[1] if cohort else "",
            roles=tuple(args.role),
            regions=tuple(args.region),
            unit=args.unit,
            module_ids=tuple(args.module),
            since=args.since,
            until=args.until,
            active=args.active,
        )
        exports = ExportService(reports, pending=PendingFiles(database_path(args).parent / "pending-exports.txt"))
        out = Path(args.out) if args.out else Path.cwd()
        if out.is_dir():
            out = out / exports.default_filename(args.format)
        if not out.parent.is_dir():
            print(f"Cannot write {out}: the folder {out.parent} does not exist.", file=sys.stderr)
            return 2
        if args.format == "pdf":
            import os

            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtGui import QGuiApplication

            app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts and painting need it
        try:
            written = exports.export(
                args.format, out, f, anonymise=args.anonymise, measures=_measures(args, db, reports) if cohort else None
            )  # the measures belong to a cohort
        except OSError as exc:
            print(f"Cannot write {out}: {exc}", file=sys.stderr)
            return 2
        print(f"Wrote {written}")
        return 0
    finally:
        reports.close()
        db.close()

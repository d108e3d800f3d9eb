"""`export-xapi --out FILE [--lrs URL --user U --password P]`: learner activity as xAPI statements."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from trainer.commands._shared import content, database_path, existing_database

PASSWORD_ENV = "QORGAU_LRS_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export-xapi",
        help="write learners' activity as xAPI 1.0.3 statements, and optionally send them to an LRS",
        description="Write every lesson opened and read, attempt, answer and result in this data folder as "
        "xAPI 1.0.3 statements (a JSON array). Learners appear only as a UUID in an account on --home-page. "
        "Statement ids are deterministic, so sending the same data twice stores nothing twice.",
    )
    p.add_argument("--out", metavar="FILE", required=True, help="the JSON file to write")
    p.add_argument("--learner", metavar="ID", action="append", help="only this learner (repeatable)")
    p.add_argument(
        "--home-page",
        metavar="URL",
        help="the account home page naming this system, and the base of activity ids (default: https://qorgau.invalid)",
    )
    p.add_argument("--lrs", metavar="URL", help="LRS endpoint to send to, e.g. https://lrs.example/xAPI")
    p.add_argument("--user", metavar="U", help="LRS user name (basic authentication)")
    p.add_argument("--password", metavar="P", help=f"LRS password (or set ${PASSWORD_ENV})")
    p.add_argument("--batch-size", type=int, default=100, metavar="N", help="statements per request (default: 100)")
    p.set_defaults(func=cmd_export_xapi)


def cmd_export_xapi(args: argparse.Namespace) -> int:
    from trainer.interop.lrs import LrsClient, LrsError
    from trainer.interop.xapi import DEFAULT_HOME_PAGE, LearnerActivity, build_statements
    from trainer.storage import activity_rows

    password = args.password or os.environ.get(PASSWORD_ENV)
    if args.lrs and (not args.user or password is None):
        print(f"--lrs needs --user and --password (or ${PASSWORD_ENV}).", file=sys.stderr)
        return 2
    if args.batch_size < 1:
        print("--batch-size must be at least 1.", file=sys.stderr)
        return 2
    db_path = database_path(args)
    db = existing_database(args, "nothing to export", read_only=True)
    try:
        catalogue = content(args)
        learners = activity_rows.learners(db, args.learner)
        activity = [
            LearnerActivity(
                learner,
                list(activity_rows.lesson_progress(db, learner.id)),
                [(a, activity_rows.responses(db, a.id)) for a in activity_rows.attempts(db, learner.id)],
            )
            for learner in learners
        ]
    finally:
        db.close()
    if args.learner:
        missing = sorted(set(args.learner) - {a.learner.id for a in activity})
        if missing:
            print(f"No learner with id {', '.join(missing)} in {db_path}.", file=sys.stderr)
            return 1
    statements = build_statements(activity, catalogue.modules, args.home_page or DEFAULT_HOME_PAGE)
    out = Path(args.out)
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_text(json.dumps(statements, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        print(f"Cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"{len(statements)} statements for {len(activity)} learners written to {out}.")
    if not args.lrs:
        return 0
    client = LrsClient(args.lrs, args.user, password)
    try:
        report = client.send(statements, args.batch_size)
    except LrsError as exc:
        print(f"Sending to the LRS failed: {exc}", file=sys.stderr)
        return 1
    print(
        f"Sent {report.sent} statements to {client.statements_url} in {report.batches} requests "
        f"({report.retries} retries): {report.stored} new, {report.sent - report.stored - len(report.conflicts)} "
        "already stored."
    )
    if report.conflicts:
        print(
            f"{len(report.conflicts)} statements conflict with different statements of the same id in the LRS "
            f"(first: {report.conflicts[0]}).",
            file=sys.stderr,
        )
        return 1
    return 0

"""`export-xapi --out FILE [--lrs URL --user U --password P]`: learner activity and session measures as xAPI statements."""

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
        "xAPI 1.0.3 statements (a JSON array), with each cohort's pre- and post-tests (assessments), attitude "
        "answers and module feedback ('responded'). Learners appear only as a UUID in an account on --home-page; "
        "feedback given anonymously is never exported, since every xAPI statement names its actor. "
        "Statement ids are deterministic (the home page is part of them), each statement is kept in the database "
        "the first time it is built, and each LRS's acknowledgements are remembered, so a later send posts only "
        "what is new and never a changed statement under an old id.",
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
    from trainer.interop.lrs import LrsClient
    from trainer.interop.xapi import DEFAULT_HOME_PAGE, LearnerActivity, MeasuresActivity, build_statements
    from trainer.storage import activity_rows
    from trainer.storage.session_measures import SessionMeasuresStore

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
        if args.learner:
            missing = sorted(set(args.learner) - {a.learner.id for a in activity})
            if missing:
                print(f"No learner with id {', '.join(missing)} in {db_path}.", file=sys.stderr)
                return 1
        measures_store = SessionMeasuresStore(db)
        measures = [MeasuresActivity(learner, *measures_store.learner_records(learner.id)) for learner in learners]
        built = build_statements(activity, catalogue.modules, args.home_page or DEFAULT_HOME_PAGE, measures)
        statements, remembering = _kept(db, built)
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
        return _send(db if remembering else None, LrsClient(args.lrs, args.user, password), statements, args.batch_size)
    finally:
        db.close()


def _kept(db, built: list[dict]) -> tuple[list[dict], bool]:
    """Each statement as first built (kept in the database), so an id never carries a changed statement.

    Returns the statements and whether the database can remember them (and LRS acknowledgements);
    a read-only or older database cannot, and the statements are then those built now.
    """
    import sqlite3

    from trainer.storage import xapi_ledger

    try:
        if not xapi_ledger.has_ledger(db):
            raise sqlite3.OperationalError("no xAPI ledger in this database")
        kept = xapi_ledger.kept(db, (s["id"] for s in built))
        xapi_ledger.keep(db, (s for s in built if s["id"] not in kept))
    except sqlite3.OperationalError as exc:
        print(
            f"Note: the database cannot be written ({exc}), so these statements are not kept and what the LRS "
            "acknowledges is not remembered; a later send may conflict if titles or languages change.",
            file=sys.stderr,
        )
        return built, False
    return [kept.get(s["id"], s) for s in built], True


def _adopt_earlier_wording(db, client, statements: list[dict], conflicts: list[str]) -> list[str]:
    """Ids among ``conflicts`` whose LRS copy is the same event: kept in the LRS's wording from now on."""
    import sqlite3

    from trainer.interop.lrs import LrsError, as_sent, same_event
    from trainer.storage import xapi_ledger

    ours = {s["id"]: s for s in statements}
    adopted: list[dict] = []
    for sid in conflicts:
        try:
            held = client.statement(sid)
        except LrsError as exc:
            print(f"Could not read statement {sid} back from the LRS: {exc}", file=sys.stderr)
            break
        if held is not None and same_event(ours[sid], held):
            adopted.append(as_sent(held))
    if adopted and db is not None:
        try:
            xapi_ledger.adopt(db, client.statements_url, adopted)
        except sqlite3.OperationalError as exc:  # a read-only database: the send is still reported
            print(f"Note: could not remember the LRS's wording ({exc}).", file=sys.stderr)
    return [s["id"] for s in adopted]


def _send(db, client, statements: list[dict], batch_size: int) -> int:
    """Post what this LRS has not acknowledged before, remembering each acknowledged batch."""
    from trainer.interop.lrs import LrsError
    from trainer.storage import xapi_ledger

    lrs = client.statements_url
    known = xapi_ledger.acknowledged(db, lrs) if db is not None else {}
    pending = [s for s in statements if s["id"] not in known]
    held_before = sum(1 for s in statements if known.get(s["id"]) == "stored")
    conflicted_before = sum(1 for s in statements if known.get(s["id"]) == "conflict")

    def remember(held: list[str], conflicts: list[str]) -> None:
        if db is not None:
            xapi_ledger.acknowledge(db, lrs, held, conflicts)

    try:
        report = client.send(pending, batch_size, on_batch=remember)
    except LrsError as exc:
        done = exc.report.acknowledged if exc.report else 0
        stored = exc.report.stored if exc.report else 0
        print(f"Sending to the LRS failed: {exc}", file=sys.stderr)
        if db is not None:
            print(
                f"The LRS acknowledged {done} of the {len(pending)} statements to send ({stored} of them new) before "
                f"the failure; they are remembered. Run the same command again to send the other {len(pending) - done}.",
                file=sys.stderr,
            )
        else:
            print(
                f"The LRS acknowledged {done} of {len(pending)} statements ({stored} of them new) before the failure. "
                "Run the same command again: statements the LRS already holds are stored once.",
                file=sys.stderr,
            )
        return 1
    adopted = _adopt_earlier_wording(db, client, statements, report.conflicts) if report.conflicts else []
    report.conflicts = [sid for sid in report.conflicts if sid not in set(adopted)]
    already = report.sent - report.stored - len(report.conflicts) - len(adopted) + held_before
    print(
        f"Sent {report.sent} statements to {lrs} in {report.batches} requests "
        f"({report.retries} retries): {report.stored} new, {already} already stored."
    )
    if held_before:
        print(f"{held_before} statements this LRS acknowledged on an earlier send were not sent again.")
    if adopted:
        print(
            f"{len(adopted)} statements were already in the LRS as an earlier Qorgau version worded them (other "
            "titles or language); the LRS's wording is kept from now on, so they are not sent again."
        )
    if conflicted_before:
        print(
            f"{conflicted_before} statements the LRS holds in a different form (reported on an earlier send) "
            "were not sent again."
        )
    if report.conflicts:
        print(
            f"{len(report.conflicts)} statements conflict with different statements of the same id in the LRS "
            f"(first: {report.conflicts[0]}), most likely sent by an earlier Qorgau version or another laptop. "
            "The LRS keeps its version; they are remembered and not sent again.",
            file=sys.stderr,
        )
        return 1
    return 0

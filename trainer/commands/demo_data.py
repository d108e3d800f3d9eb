"""`demo-data --learners N [--seed S]`: fill an empty data folder with a synthetic cohort."""

from __future__ import annotations

import argparse
import sys

from trainer import paths


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo-data",
        help="fill an empty data folder with a synthetic cohort (for demonstrations and benchmarks)",
        description="Create N synthetic learners with attempts spread over months, realistic scores and "
        "certificates, in the database of --data-dir. The database must not hold any learners yet.",
    )
    p.add_argument("--learners", type=int, required=True, metavar="N", help="how many learners to create")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (the same seed gives the same cohort)")
    p.set_defaults(func=cmd_demo_data, writes_data=True)


def cmd_demo_data(args: argparse.Namespace) -> int:
    """Generate the cohort in one transaction; nothing is written when anything fails."""
    from trainer.content.loader import load_catalogue
    from trainer.services.demo_data import DemoDataError, DemoDataService
    from trainer.storage.bulk import BulkWriter
    from trainer.storage.database import DB_FILENAME, StorageError, open_database

    if args.learners < 1:
        print("--learners must be at least 1.", file=sys.stderr)
        return 2
    folder = paths.data_dir(args.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        db = open_database(folder / DB_FILENAME)
    except StorageError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        catalogue = load_catalogue(paths.content_dir(args.content_dir))
        report = DemoDataService(BulkWriter(db), catalogue).generate(args.learners, seed=args.seed)
    except DemoDataError as exc:
        print(f"{folder / DB_FILENAME}: {exc}. Nothing was written.", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(
        f"Wrote {report.learners} learners, {report.attempts} attempts, {report.responses} answers and "
        f"{report.certificates} certificates to {folder / DB_FILENAME} in {report.seconds:.1f} s."
    )
    return 0

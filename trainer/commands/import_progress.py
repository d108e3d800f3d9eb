"""`import-progress FILE ...`: preview, then merge progress bundles from learners' laptops or trainers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import paths

if TYPE_CHECKING:
    from trainer.services.sync import Preview
    from trainer.sync.duplicates import Profile


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import-progress",
        help="merge progress bundles (from export-progress) into this data folder",
        description="Check every bundle (signature, checksums, format), show what importing them would add, "
        "then merge them. Merging never loses or doubles a record: importing a bundle twice changes nothing, "
        "and the order of the files does not matter. A damaged, changed or too-new bundle is refused whole. "
        "Exit status 0: all imported (or previewed); 1: some file refused or nothing imported.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="progress bundles to import")
    p.add_argument("--dry-run", action="store_true", help="show the preview only; change nothing")
    p.add_argument("--yes", "-y", action="store_true", help="import without asking for confirmation")
    p.add_argument(
        "--merge-duplicates",
        action="store_true",
        help="also merge every likely duplicate profile the preview lists (otherwise asked one by one; "
        "with --yes they are listed but not merged)",
    )
    p.set_defaults(func=cmd_import_progress, writes_data=lambda a: not a.dry_run)


def _ask(question: str) -> bool:
    try:
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")
    except EOFError:
        print()
        return False


def _who(p: Profile) -> str:
    from trainer.labels import region_name, role_name

    return f"{p.name} ({role_name(p.role)}, {region_name(p.region)}; id {p.id})"


def _print_preview(preview: Preview) -> None:
    for b in preview.bundles:
        r = b.records
        print(
            f"{b.path}: from device {b.device_id}, exported {b.exported} by Qorgau {b.app_version}, "
            f"key {b.fingerprint}: {r['learners']} learners, {r['attempts']} attempts, {r['responses']} answers."
        )
    for error in preview.errors:
        print(f"REFUSED {error}")
    print(
        f"New learners: {len(preview.new_learners)}; new attempts: {preview.new_attempts}; "
        f"new records in all: {preview.new_records}; completed from these files: {preview.updated}; "
        f"already present: {preview.already_present}."
    )
    for p in preview.new_learners:
        print(f"  + {_who(p)}")
    if preview.possible_duplicates:
        print("Possible duplicates (same name, role and region; merged only if you confirm):")
        for pair in preview.possible_duplicates:
            print(f"  {_who(pair.learner)}\n    looks like {_who(pair.same_as)}")
    for text in preview.warnings + preview.conflicts:
        print(f"NOTE {text}")


def cmd_import_progress(args: argparse.Namespace) -> int:
    """Preview, confirm, import, then offer the likely duplicates for merging."""
    from trainer.services.sync import SyncService
    from trainer.storage.database import DB_FILENAME, StorageError, open_database
    from trainer.storage.sync_store import LinkError, SyncStore

    data_dir = paths.data_dir(args.data_dir)
    files = [Path(f) for f in args.files]
    try:
        if args.dry_run and not (data_dir / DB_FILENAME).exists():
            db = open_database(None)  # preview against an empty database; create nothing
            service = SyncService(SyncStore(db), "", data_dir)
        else:
            from trainer.storage.backup import open_guarded

            data_dir.mkdir(parents=True, exist_ok=True)
            opened = open_guarded(data_dir)
            for notice in opened.notices:
                print(notice, file=sys.stderr)
            service = SyncService.for_db(opened.db, data_dir)
    except (StorageError, OSError) as exc:
        print(exc, file=sys.stderr)
        return 1
    try:
        preview = service.preview_import(files)
        _print_preview(preview)
        if args.dry_run:
            print("Dry run: nothing was imported.")
            return 1 if preview.errors else 0
        if not preview.importable:
            print("Nothing to import.", file=sys.stderr)
            return 1
        if not args.yes and not _ask(f"Import {len(preview.bundles)} file(s) into {data_dir}?"):
            print("Nothing was imported.")
            return 1
        result = service.import_bundles(files)
        for error in result.errors:
            print(f"REFUSED {error}", file=sys.stderr)
        c = result.counts
        print(
            f"Imported {len(result.imported)} file(s): {c.new['learners']} new learners, "
            f"{c.new['attempts']} new attempts, {sum(c.new.values())} new records, "
            f"{sum(c.updated.values())} completed, {sum(c.present.values())} already present."
        )
        for pair in result.possible_duplicates:
            if args.merge_duplicates or (
                not args.yes and _ask(f"Merge {_who(pair.learner)} into {_who(pair.same_as)}?")
            ):
                try:
                    link = service.merge_learners(pair.learner.id, pair.same_as.id)
                except LinkError as exc:
                    print(f"Not merged: {exc}", file=sys.stderr)
                else:
                    print(f"Merged {pair.learner.id} into {pair.same_as.id} (undo: merge {link}).")
            elif args.yes:
                print(f"Not merged (confirm in the app, or use --merge-duplicates): {_who(pair.learner)}")
        return 1 if result.errors else 0
    finally:
        service.close()

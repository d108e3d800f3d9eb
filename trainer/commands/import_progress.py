"""`import-progress FILE ...`: preview, then merge progress bundles from learners' laptops or trainers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import paths

if TYPE_CHECKING:
    from trainer.content.loader import Catalogue
    from trainer.services.sync import Decisions, Preview, SyncService
    from trainer.storage.sync_store import Conflict
    from trainer.sync.duplicates import Profile


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import-progress",
        help="merge progress bundles (from export-progress) into this data folder",
        description="Check every bundle (signature, checksums, format, every value), show what importing them "
        "would add, then merge them. Merging never changes a record already here: a differing copy is kept "
        "aside as a conflict (list them with --conflicts). Importing a bundle twice changes nothing. A bundle "
        "is imported only if its signing key is trusted here (--trust, or answer y on a terminal), and adds "
        "records only for learners its device brought here (--allow-learner for others). A damaged, changed, "
        "implausible or too-new bundle is refused whole. See docs/sync.md. "
        "Exit status 0: all imported (or previewed); 1: some file refused or nothing imported.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="progress bundles to import")
    p.add_argument("--dry-run", action="store_true", help="show the preview only; change nothing")
    p.add_argument("--yes", "-y", action="store_true", help="import without asking for confirmation")
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="FINGERPRINT",
        help="trust the device key with this fingerprint (as the laptop shows it under Profile → About this "
        "computer, e.g. 'D8E1 E968 6F19 C6F8'); repeat for several",
    )
    p.add_argument(
        "--allow-learner",
        action="append",
        default=[],
        metavar="ID",
        help="let a bundle add records for this learner although another device brought the learner here; "
        "repeat for several",
    )
    p.add_argument(
        "--merge-duplicates",
        action="store_true",
        help="also merge every likely duplicate profile the preview lists (otherwise asked one by one; "
        "with --yes they are listed but not merged)",
    )
    p.add_argument(
        "--conflicts",
        action="store_true",
        help="list the copies earlier imports kept aside because they differ from the records here, and exit",
    )
    p.set_defaults(func=cmd_import_progress, writes_data=lambda a: not (a.dry_run or a.conflicts))


def _ask(question: str) -> bool:
    try:
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")
    except EOFError:
        print()
        return False


def _interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _who(p: Profile) -> str:
    from trainer.labels import region_name, role_name

    return f"{p.name} ({role_name(p.role)}, {region_name(p.region)}; id {p.id})"


def _conflict_lines(conflicts: list[Conflict]) -> list[str]:
    return [f"CONFLICT {c.describe()}" + (" (kept aside before)" if c.known else "") for c in conflicts]


def _print_preview(preview: Preview, decisions: Decisions) -> None:
    for b in preview.bundles:
        r = b.records
        print(
            f"{b.path}: from device {b.device_id}, exported {b.exported} by Qorgau {b.app_version}, "
            f"key {b.fingerprint}: {r['learners']} learners, {r['attempts']} attempts, {r['responses']} answers."
        )
        if not b.trusted and decisions.trusts(b.public_key):
            print(f"TRUSTING {b.path}: key {b.fingerprint} (--trust).")
        elif not b.trusted:
            seen = (
                f" Earlier bundles signed with it were imported here ({b.imported_before}, last {b.last_imported}),"
                " before keys had to be trusted."
                if b.imported_before
                else ""
            )
            print(
                f"UNTRUSTED {b.path}: key {b.fingerprint} is not trusted here.{seen} Compare it with Profile → "
                f'About this computer on the laptop; to import, trust it: --trust "{b.fingerprint}"'
            )
    for error in preview.errors:
        print(f"REFUSED {error}")
    print(
        f"New learners: {len(preview.new_learners)}; new attempts: {preview.new_attempts}; "
        f"new records in all: {preview.new_records}; already present: {preview.already_present}; "
        f"conflicts (kept aside, not applied): {len(preview.new_conflicts)}."
    )
    for p in preview.new_learners:
        print(f"  + {_who(p)}")
    for f in preview.foreign:
        print(
            f"OTHER DEVICE {f.path}: {f.records} new record(s) for {_who(f.learner)}, whom another device brought "
            f"here; imported only with --allow-learner {f.learner.id}"
        )
    if preview.possible_duplicates:
        print("Possible duplicates (same name, role and region; merged only if you confirm):")
        for pair in preview.possible_duplicates:
            print(f"  {_who(pair.learner)}\n    looks like {_who(pair.same_as)}")
    for text in preview.warnings:
        print(f"NOTE {text}")
    for line in _conflict_lines(preview.conflicts):
        print(line)


def _decide(preview: Preview, decisions: Decisions, ask: bool) -> None:
    """On a terminal, ask about each untrusted key and each learner from another device."""
    if not ask:
        return
    for b in preview.untrusted:
        if not decisions.trusts(b.public_key) and _ask(
            f"Trust the key {b.fingerprint} of device {b.device_id} (file {b.path.name})? Compare it with "
            "Profile → About this computer on that laptop."
        ):
            decisions.trust.add(b.fingerprint)
    for f in preview.foreign:
        if f.learner.id not in decisions.allow_learners and _ask(
            f"Let {f.path.name} add {f.records} record(s) for {_who(f.learner)}, whom another device brought here?"
        ):
            decisions.allow_learners.add(f.learner.id)


def _list_conflicts(service: SyncService) -> int:
    conflicts = service.conflicts()
    if not conflicts:
        print("No conflicts: no import kept a differing copy aside.")
        return 0
    for c in conflicts:
        print(f"{c.imported_at} {c.file_name}: {c.describe()}")
    print(f"{len(conflicts)} conflict(s). The records here were kept; the copies above were not applied.")
    return 0


def cmd_import_progress(args: argparse.Namespace) -> int:
    """Preview, confirm (and decide about trust), import, then offer the likely duplicates for merging."""
    from trainer.services.sync import Decisions, SyncService, pass_marks_of
    from trainer.storage.database import DB_FILENAME, StorageError, open_database
    from trainer.storage.sync_store import LinkError, SyncStore

    if not args.files and not args.conflicts:
        print("Name at least one bundle to import (or --conflicts to list conflicts).", file=sys.stderr)
        return 1
    data_dir = paths.data_dir(args.data_dir)
    files = [Path(f) for f in args.files]
    pass_marks = pass_marks_of(_catalogue(args)) if files else {}
    opened = None
    try:
        if (args.dry_run or args.conflicts) and not (data_dir / DB_FILENAME).exists():
            db = open_database(None)  # preview against an empty database; create nothing
            service = SyncService(SyncStore(db), "", data_dir, pass_marks)
        else:
            from trainer.storage.backup import open_guarded

            data_dir.mkdir(parents=True, exist_ok=True)
            opened = open_guarded(data_dir)
            for notice in opened.notices:
                print(notice, file=sys.stderr)
            service = SyncService.for_db(opened.db, data_dir, pass_marks)
    except (StorageError, OSError) as exc:
        print(exc, file=sys.stderr)
        return 1
    try:
        if args.conflicts:
            return _list_conflicts(service)
        decisions = Decisions(set(args.trust), set(args.allow_learner))
        preview = service.preview_import(files, decisions)
        _print_preview(preview, decisions)
        if args.dry_run:
            print("Dry run: nothing was imported.")
            return 1 if preview.errors else 0
        if not preview.importable:
            print("Nothing to import.", file=sys.stderr)
            return 1
        ask = not args.yes and _interactive()
        _decide(preview, decisions, ask)
        if not args.yes and not _ask(f"Import {len(preview.bundles)} file(s) into {data_dir}?"):
            print("Nothing was imported.")
            return 1
        result = service.import_bundles(files, decisions=decisions)
        for error in result.errors:
            print(f"REFUSED {error}", file=sys.stderr)
        for fingerprint in result.trusted:
            print(f"Trusted the key {fingerprint} from now on.")
        c = result.counts
        print(
            f"Imported {len(result.imported)} file(s): {c.new['learners']} new learners, "
            f"{c.new['attempts']} new attempts, {sum(c.new.values())} new records, "
            f"{sum(c.present.values())} already present, {len(result.new_conflicts)} conflicts kept aside."
        )
        skipped = sum(c.skipped.values())
        if skipped:
            print(
                f"Skipped {skipped} cohort membership(s) for cohorts this database does not have "
                "or for learners a trainer here took out of the cohort."
            )
        for line in _conflict_lines(result.new_conflicts):
            print(line)
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
        if opened is not None:
            opened.close()  # a clean close: the next start need not check the whole file first
        else:
            service.close()


def _catalogue(args: argparse.Namespace) -> Catalogue:
    """The modules here, for their pass marks; an empty catalogue if they cannot be read."""
    from trainer.commands._shared import content

    try:
        return content(args)
    except Exception:  # the pass-mark check is skipped, the other checks still run
        from trainer.content.loader import Catalogue

        return Catalogue(root=Path("."))

"""`export-progress --out FILE [--learner ID ...]`: write a signed progress bundle for a trainer."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer import paths


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export-progress",
        help="write learners' progress to one signed bundle file (to carry to a trainer)",
        description="Write the progress in this data folder (learners, lesson progress, attempts, answers, "
        "certificates) to a zip signed with this device's key, for `import-progress` on another computer. "
        "A trainer's or an office's database exports the same way. See docs/sync.md. "
        "Exit status 0: written; 1: nothing written.",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the bundle to write (e.g. progress.qorgau.zip)")
    p.add_argument(
        "--learner",
        action="append",
        metavar="ID",
        help="export only this learner (repeat for several; default: every learner)",
    )
    p.set_defaults(func=cmd_export_progress)


def cmd_export_progress(args: argparse.Namespace) -> int:
    """Write the bundle; refuse (writing nothing) when there is no database or a learner id is unknown."""
    from trainer.services.sync import ExportError, SyncService
    from trainer.storage.database import DB_FILENAME, StorageError
    from trainer.sync.keys import SigningKeyError

    data_dir = paths.data_dir(args.data_dir)
    if not (data_dir / DB_FILENAME).is_file():
        print(
            f"There is no Qorgau database at {data_dir / DB_FILENAME}; nothing to export (--data-dir).", file=sys.stderr
        )
        return 1
    out = Path(args.out)
    if not out.parent.is_dir():
        print(f"Cannot write {out}: the folder {out.parent} does not exist.", file=sys.stderr)
        return 1
    try:
        service = SyncService.open(data_dir, read_only=True)
    except StorageError as exc:
        print(exc, file=sys.stderr)
        return 1
    try:
        result = service.export_progress(out, args.learner)
    except (ExportError, SigningKeyError) as exc:
        print(exc, file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"Cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        service.close()
    r = result.records
    print(
        f"Wrote {result.path}: {r['learners']} learners, {r['attempts']} attempts, {r['responses']} answers, "
        f"{r['lesson_progress']} lessons opened, {r['certificates']} certificates."
    )
    print(f"Signed by device {service.device_id}, key fingerprint {result.fingerprint}.")
    return 0

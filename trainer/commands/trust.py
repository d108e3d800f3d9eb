"""`trust list|export|import|revoke`: the keys this installation trusts, and trust files to share them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer import paths
from trainer.commands._shared import CommandFailed, database_path

KINDS = ("device", "trainer", "publisher")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "trust",
        help="list the keys trusted here; export or import them as a signed trust file",
        description="Certificates verify on any installation that trusts the key that signed them (the issuing "
        "device, or a trainer who endorsed them). A trust file carries trusted keys from one installation to "
        "another (trainer to trainer, to a regional office); it is signed by the exporting installation's key, "
        "and importing it shows that key's fingerprint and asks, since the file alone proves nothing about "
        "who made it.",
    )
    actions = p.add_subparsers(dest="trust_action", metavar="ACTION", required=True)
    ls = actions.add_parser("list", help="list the trusted keys (kind, label, fingerprint, since)")
    ls.add_argument("--kind", choices=KINDS, help="only keys of this kind")
    ls.add_argument("--revoked", action="store_true", help="also list revoked keys, with when and why")
    ls.set_defaults(func=cmd_list)
    ex = actions.add_parser("export", help="write the keys trusted here, and this installation's own key, to a file")
    ex.add_argument("--out", required=True, metavar="FILE", help="the trust file to write (JSON)")
    ex.add_argument(
        "--kind", action="append", choices=KINDS, help="only keys of this kind (repeat for several; default: all)"
    )
    ex.add_argument("--label", default="", help="what to call this installation in the file (e.g. 'Pavlodar office')")
    ex.add_argument("--no-self", action="store_true", help="leave this installation's own key out")
    ex.set_defaults(func=cmd_export, writes_data=True)
    im = actions.add_parser("import", help="trust the keys of a trust file, after showing their fingerprints")
    im.add_argument("file", metavar="FILE", help="a trust file (from `trust export`)")
    im.add_argument("--yes", "-y", action="store_true", help="trust them without asking (you checked the fingerprint)")
    im.set_defaults(func=cmd_import, writes_data=True)
    rv = actions.add_parser(
        "revoke",
        help="stop trusting a key for good (a lost laptop, a leaked key); exported trust files pass it on",
        description="Revoke a key: bundles and content packs it signs are refused from now on, and certificates "
        "it issues after now do not verify. Nothing is deleted: records already merged stay, and the key keeps "
        "its row, marked revoked with the time and reason. A revocation cannot be undone; `trust export` carries "
        "it to other trainers and offices, whose `trust import` applies it.",
    )
    rv.add_argument("fingerprint", metavar="FINGERPRINT", help="the key's fingerprint, as `trust list` shows it")
    rv.add_argument("--reason", required=True, help="why, in a line (e.g. 'laptop stolen on 3 March')")
    rv.add_argument("--yes", "-y", action="store_true", help="revoke without asking")
    rv.set_defaults(func=cmd_revoke, writes_data=True)


def _trust_store(args: argparse.Namespace, *, create: bool):
    """The TrustStore of --data-dir (created and migrated when ``create``), or None when there is no database."""
    from trainer.storage.database import StorageError, open_database, open_database_readonly
    from trainer.storage.trust import TrustStore

    db_path = database_path(args)
    try:
        if create:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            return TrustStore(open_database(db_path))
        if not db_path.is_file():
            return None
        return TrustStore(open_database_readonly(db_path))
    except (StorageError, OSError) as exc:
        raise CommandFailed(str(exc), 2) from exc


def cmd_list(args: argparse.Namespace) -> int:
    """Print the trusted keys, one a line."""
    trust = _trust_store(args, create=False)
    keys = [] if trust is None else trust.keys(args.kind, include_revoked=args.revoked)
    if trust is not None:
        trust.db.close()
    if not keys:
        print(f"No keys are trusted in {paths.data_dir(args.data_dir)}.")
        return 0
    for k in keys:
        print(f"{k.kind:9}  {k.fingerprint}  since {k.trusted_at[:10]}  {k.label or '(no label)'}  [{k.origin}]")
        if k.revoked:
            print(f"           REVOKED {k.revoked_at}: {k.revoked_reason or '(no reason given)'}  [{k.revoked_by}]")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write a signed trust file."""
    from trainer.services.trust_files import export_trust_file
    from trainer.sync.keys import SigningKeyError, load_or_create_device_key

    data_dir = paths.data_dir(args.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    trust = _trust_store(args, create=True)
    try:
        key = load_or_create_device_key(data_dir)
        written = export_trust_file(
            trust,
            key,
            Path(args.out),
            kinds=tuple(args.kind or KINDS),
            label=" ".join(args.label.split()),
            include_self=not args.no_self,
        )
    except (SigningKeyError, OSError) as exc:
        print(f"The trust file {args.out} could not be written: {exc}", file=sys.stderr)
        return 1
    finally:
        trust.db.close()
    print(f"Wrote {len(written.keys)} key(s) to {written.path}, signed by this installation's key")
    print(f"  {written.exporter_fingerprint}")
    print("Tell the person importing it this fingerprint, by phone or in person, so they can check it.")
    return 0


def _ask(question: str) -> bool:
    try:
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")
    except EOFError:
        print()
        return False


def cmd_import(args: argparse.Namespace) -> int:
    """Show a trust file's signer and keys, ask, then trust them."""
    from trainer.services.certificates import DeviceKey
    from trainer.services.trust_files import TrustFileError, import_trust_file, read_trust_file, signer_problem

    try:
        tf = read_trust_file(Path(args.file))
    except TrustFileError as exc:
        print(f"REFUSED {exc}", file=sys.stderr)
        return 1
    known = _trust_store(args, create=False)
    problem = signer_problem(known, tf) if known is not None else None
    if known is not None:
        known.db.close()
    if problem is not None:
        print(f"REFUSED {problem}", file=sys.stderr)
        return 1
    who = f" ({tf.exporter_label})" if tf.exporter_label else ""
    print(f"{tf.path}: signed by the key {tf.exporter_fingerprint}{who}, exported {tf.exported}.")
    print("Compare this fingerprint with the one the sender tells you. The file would make this installation trust:")
    for e in tf.keys:
        print(f"  {e.kind:9}  {e.fingerprint}  {e.label or '(no label)'}")
    if tf.revocations:
        print("and revoke, for good (whatever they sign from now on is refused):")
    for r in tf.revocations:
        print(f"  {r.kind:9}  {r.fingerprint}  {r.label or '(no label)'}  revoked {r.revoked_at}: {r.reason}")
    if not tf.keys and not tf.revocations:
        print("The file lists no keys; nothing to import.")
        return 1
    question = f"Trust these {len(tf.keys)} key(s)" + (f" and revoke {len(tf.revocations)}" if tf.revocations else "")
    if not args.yes and not _ask(f"{question} in {paths.data_dir(args.data_dir)}?"):
        print("Nothing was imported.")
        return 1
    trust = _trust_store(args, create=True)
    try:
        result = import_trust_file(trust, tf, DeviceKey(paths.data_dir(args.data_dir)).public_key())
    except TrustFileError as exc:
        print(f"REFUSED {exc}", file=sys.stderr)
        return 1
    finally:
        trust.db.close()
    print(f"Trusted {len(result.added)} new key(s); {len(result.already)} were trusted already.")
    if result.revoked:
        print(f"Revoked {len(result.revoked)} key(s): {', '.join(r.fingerprint for r in result.revoked)}.")
    for entry in result.still_revoked:
        print(f"NOTE {entry.fingerprint} is revoked here; it stays revoked (an import never trusts it again).")
    for entry, kind in result.different:
        print(
            f"NOTE {entry.fingerprint} is trusted here as {kind}; the file lists it as {entry.kind}. "
            "Kept as it was: a key's kind is never changed by a file."
        )
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    """Mark a trusted key revoked, with the time and the reason; its row and its records stay."""
    from trainer.services.trust_files import MAX_REASON

    reason = " ".join(args.reason.split())
    if not reason or len(reason) > MAX_REASON:
        print(f"--reason: say why in at most {MAX_REASON} characters.", file=sys.stderr)
        return 2
    if not database_path(args).is_file():
        print(f"No key {args.fingerprint} is known in {paths.data_dir(args.data_dir)}: nothing was revoked.")
        return 1
    trust = _trust_store(args, create=True)
    try:
        entry = trust.find(args.fingerprint)
        if entry is None:
            print(
                f"No key {args.fingerprint} is known in {paths.data_dir(args.data_dir)} (see `trust list "
                "--revoked`); nothing was revoked. A key known only elsewhere is revoked there, and its trust "
                "file brings the revocation here.",
                file=sys.stderr,
            )
            return 1
        if entry.revoked:
            print(f"{entry.fingerprint} was already revoked on {entry.revoked_at}: {entry.revoked_reason}")
            return 0
        name = f"{entry.kind} key {entry.fingerprint} ({entry.label or 'no label'})"
        if not args.yes and not _ask(f"Revoke the {name} for good?"):
            print("Nothing was revoked.")
            return 1
        entry = trust.revoke(entry.public_key, reason, "this computer")
    finally:
        trust.db.close()
    print(f"Revoked the {name} on {entry.revoked_at}: {reason}")
    print("Export a trust file (`trust export`) and give it to other trainers and offices to pass this on.")
    return 0

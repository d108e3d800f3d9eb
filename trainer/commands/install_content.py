"""`install-content FILE` and `uninstall-content MODULE_ID`: content packs without rebuilding the app.

Packs are checked against the official publisher key shipped with the app and the publisher keys
this data folder trusts; ``--trust-publisher`` adds one (a key file, or the fingerprint of the key
the pack is signed with, as the publisher told you), kept in the database once the pack installs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer import paths


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "install-content",
        help="install a content pack (a zip of module folders) into this data folder",
        description="Check and validate a content pack as a whole, then install its modules into the data "
        "folder's content/ folder. A newer version of a module replaces the one in use only if the pack is "
        "signed by the publisher of that module (the official publisher for bundled modules); an unsigned pack, "
        "or one signed by a key not trusted here, may only add new modules, which are labelled unofficial. "
        "Nothing is installed if any check fails. Exit status 0: installed; 1: refused.",
    )
    p.add_argument("file", metavar="FILE", help="the content pack (.zip)")
    p.add_argument(
        "--trust-publisher",
        metavar="KEYFILE_OR_FINGERPRINT",
        help="trust this publisher from now on: its public key file, or the fingerprint of the key that signed "
        "the pack (compare it with the one the publisher gave you)",
    )
    p.set_defaults(func=cmd_install_content, writes_data=True)
    u = sub.add_parser(
        "uninstall-content",
        help="remove a module installed from a content pack",
        description="Remove an installed module; a bundled module of the same id is used again. "
        "Attempts already taken keep the content version they were taken on.",
    )
    u.add_argument("module_id", metavar="MODULE_ID")
    u.set_defaults(func=cmd_uninstall_content, writes_data=True)


def _publisher_to_trust(value: str, pack: Path) -> tuple[str, str]:
    """The key and label named by --trust-publisher: a key file, or the fingerprint of the pack's signer."""
    from trainer.commands._shared import CommandFailed
    from trainer.content.packs import PackError, read_signature
    from trainer.content.signing import SignatureError, read_public_key

    if Path(value).is_file():
        try:
            return read_public_key(Path(value)), Path(value).stem
        except SignatureError as exc:
            raise CommandFailed(f"--trust-publisher: {exc}. Nothing was changed.") from exc
    try:
        signature = read_signature(pack)
    except PackError as exc:
        raise CommandFailed(f"Content pack {pack} was not installed; nothing was changed: {exc}") from exc
    if signature is None:
        raise CommandFailed(f"--trust-publisher {value!r}: {pack.name} is unsigned. Nothing was changed.")

    def norm(fp: str) -> str:
        return "".join(fp.split()).upper()

    if norm(value) != norm(signature.fingerprint):
        raise CommandFailed(
            f"--trust-publisher {value!r}: {pack.name} is signed by key {signature.fingerprint}, not that one. "
            "Nothing was changed."
        )
    return signature.public_key, signature.publisher


def cmd_install_content(args: argparse.Namespace) -> int:
    from trainer.commands._shared import CommandFailed
    from trainer.content.packs import PackError, install_pack
    from trainer.content.signing import PublisherTrust
    from trainer.services.content_packs import publisher_trust
    from trainer.storage.database import DB_FILENAME, open_database
    from trainer.storage.trust import TrustStore

    data_dir = paths.data_dir(args.data_dir)
    pack = Path(args.file)
    db_path = data_dir / DB_FILENAME
    db = None
    trusted: set[str] = set()
    revoked: dict[str, str] = {}
    if args.trust_publisher or db_path.is_file():
        data_dir.mkdir(parents=True, exist_ok=True)
        db = open_database(db_path)
        here = publisher_trust(db)
        trusted, revoked = set(here.trusted), here.revoked
    try:
        new_key = _publisher_to_trust(args.trust_publisher, pack) if args.trust_publisher else None
        known = TrustStore(db).get(new_key[0]) if new_key and db is not None else None
        if known is not None and known.kind != "publisher":
            raise CommandFailed(
                f"--trust-publisher: key {known.fingerprint} is already trusted here as a {known.kind} key "
                f"({known.label or 'no name'}); a key is trusted for one purpose only. Nothing was changed."
            )
        trust = PublisherTrust.shipped(trusted | ({new_key[0]} if new_key else set()), revoked)
        try:
            result = install_pack(pack, paths.content_dir(args.content_dir), data_dir, trust=trust)
        except PackError as exc:
            print(f"Content pack {args.file} was not installed; nothing was changed:", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
            return 1
        except OSError as exc:
            print(f"Content pack {args.file} was not installed: {exc}", file=sys.stderr)
            return 1
        if new_key and db is not None and new_key[0] not in trust.official:
            entry = TrustStore(db).trust(
                new_key[0], "publisher", new_key[1], f"install-content --trust-publisher of {pack.name}"
            )
            print(f"trusted publisher {entry.label or '(no name)'} with key {entry.fingerprint}")
    finally:
        if db is not None:
            db.close()
    label = {"official": " [official]", "publisher": " [trusted publisher]", "unofficial": " [unofficial]"}[result.kind]
    for m in result.modules:
        was = f" (replaces version {m.replaced})" if m.replaced else ""
        print(f"installed {m.id} version {m.version}{was}{label}")
    if result.kind == "unofficial":
        why = "is unsigned" if result.signature is None else f"is signed by key {result.fingerprint}, not trusted here"
        print(f"The pack {why}: its modules are labelled unofficial, and it could not replace any module.")
    print(f"{len(result.modules)} modules installed into {data_dir / 'content'}.")
    return 0


def cmd_uninstall_content(args: argparse.Namespace) -> int:
    from trainer.content.packs import installed_modules, uninstall

    data_dir = paths.data_dir(args.data_dir)
    try:
        uninstall(args.module_id, data_dir)
    except KeyError:
        have = ", ".join(installed_modules(data_dir)) or "none"
        print(
            f"{args.module_id!r} is not an installed module (installed: {have}); bundled modules cannot be removed.",
            file=sys.stderr,
        )
        return 1
    print(f"uninstalled {args.module_id}")
    return 0

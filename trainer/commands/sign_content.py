"""`sign-content PACK --key KEYFILE`: a publisher signs a content pack; `--new-key` makes a key pair.

The private key stays with the publisher (never in the repository or a data folder); the public
key file (KEYFILE.pub) is what a trainer adds with ``install-content --trust-publisher``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import zipfile
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sign-content",
        help="sign a content pack with a publisher's private key",
        description="Add SIGNATURE.json to a content pack: the SHA-256 of every file, signed with the publisher's "
        "Ed25519 key. Installers check it before anything is unpacked. With --new-key, make a new key pair "
        "instead (KEYFILE, readable only by you, and KEYFILE.pub to give to trainers). Exit status 0: done; "
        "1: refused.",
    )
    p.add_argument("pack", metavar="PACK", nargs="?", help="the content pack (.zip) to sign")
    p.add_argument("--key", metavar="KEYFILE", help="the publisher's private key (PEM, Ed25519)")
    p.add_argument("--publisher", default="", help="the publisher's name, shown to trainers (default: none)")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write the signed pack (default: PACK-signed.zip)")
    p.add_argument("--new-key", metavar="KEYFILE", help="make a new key pair: KEYFILE and KEYFILE.pub")
    p.set_defaults(func=cmd_sign_content)


def cmd_sign_content(args: argparse.Namespace) -> int:
    from trainer.content.packs import PackError
    from trainer.content.signing import SignatureError

    try:
        if args.new_key:
            return _new_key(Path(args.new_key))
        if not args.pack or not args.key:
            print("sign-content needs PACK and --key KEYFILE (or --new-key KEYFILE).", file=sys.stderr)
            return 1
        from trainer.content.signing import MAX_PUBLISHER

        if len(args.publisher) > MAX_PUBLISHER or any(ord(c) < 32 for c in args.publisher):
            print(f"--publisher must be one line of at most {MAX_PUBLISHER} characters.", file=sys.stderr)
            return 1
        pack = Path(args.pack)
        out = Path(args.output) if args.output else pack.with_name(f"{pack.stem}-signed.zip")
        fingerprint, count = sign_pack(pack, Path(args.key), out, args.publisher)
    except (PackError, SignatureError) as exc:
        print(f"Not signed: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"Not signed: {exc}", file=sys.stderr)
        return 1
    print(f"signed {count} files of {pack.name} with key {fingerprint}; wrote {out}")
    return 0


def sign_pack(pack: Path, key_file: Path, out: Path, publisher: str = "") -> tuple[str, int]:
    """Write ``out``: the pack's files unchanged plus SIGNATURE.json. Returns (fingerprint, files signed)."""
    import hashlib

    from trainer.content.packs import read_entries
    from trainer.content.signing import SIGNATURE_NAME, read_private_key, sign_files

    key = read_private_key(key_file)
    entries = read_entries(pack)  # the same checks and path mapping the installer uses
    hashes: dict[str, str] = {}
    with zipfile.ZipFile(pack) as zf:
        for e in entries:
            digest = hashlib.sha256()
            with zf.open(e.info) as fh:
                while chunk := fh.read(1024 * 1024):
                    digest.update(chunk)
            hashes[e.target.as_posix()] = digest.hexdigest()
        signature = sign_files(key, publisher, hashes)
        tmp = out.with_name(f".{out.name}.tmp")
        try:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
                for info in zf.infolist():
                    if info.filename != SIGNATURE_NAME:
                        dst.writestr(info, zf.read(info))
                dst.writestr(SIGNATURE_NAME, json.dumps(signature.as_json(), indent=1) + "\n")
            tmp.replace(out)
        finally:
            tmp.unlink(missing_ok=True)
    return signature.fingerprint, len(hashes)


def _new_key(path: Path) -> int:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from trainer.content.signing import public_key_pem
    from trainer.sync.keys import key_fingerprint, public_key_text

    public_path = path.with_name(path.name + ".pub")
    if path.exists() or public_path.exists():
        print(f"{path} or {public_path} exists already; nothing was written.", file=sys.stderr)
        return 1
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    public_path.write_bytes(public_key_pem(key))
    print(f"private key: {path} (keep it secret, off shared folders and repositories)")
    print(f"public key:  {public_path}, fingerprint {key_fingerprint(public_key_text(key))}")
    return 0

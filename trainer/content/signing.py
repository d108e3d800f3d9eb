"""Publisher signatures on content packs: a signed list of every file's SHA-256.

A pack carries ``SIGNATURE.json`` at its root: the publisher's Ed25519 public key, a label, the
time of signing, the SHA-256 of every other file in the pack and a signature over all of that.
The signature proves that whoever holds the private key made exactly these files; whether that
key is worth anything is decided here, by the trust a trainer or the app gives it
(``PublisherTrust``), never by the pack.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # cryptography is imported only where a signature is made or checked (start-up time)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

SIGNATURE_NAME = "SIGNATURE.json"
FORMAT = "qorgau-content-signature/1"
MAX_SIGNATURE_BYTES = 4 * 1024 * 1024
MAX_PUBLISHER = 200
KEYS_FOLDER = "keys"  # in assets/: the official publisher's public key(s), *.pub
_HEX = frozenset("0123456789abcdef")
# DER SubjectPublicKeyInfo of an Ed25519 key: this prefix, then the 32 raw key bytes (RFC 8410).
_ED25519_SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")


class SignatureError(Exception):
    """A signature that cannot be read or does not verify; the message says why."""


@dataclass(frozen=True)
class PackSignature:
    """The parsed ``SIGNATURE.json``; ``files`` maps '<module id>/<path>' to its SHA-256 (hex)."""

    public_key: str
    publisher: str
    signed_at: str
    files: dict[str, str]
    signature: str

    @property
    def fingerprint(self) -> str:
        from trainer.sync.keys import key_fingerprint

        return key_fingerprint(self.public_key)

    def as_json(self) -> dict:
        return {
            "format": FORMAT,
            "publisher": self.publisher,
            "public_key": self.public_key,
            "fingerprint": self.fingerprint,
            "signed_at": self.signed_at,
            "files": dict(sorted(self.files.items())),
            "signature": self.signature,
        }


def _payload(public_key: str, publisher: str, signed_at: str, files: dict[str, str]) -> bytes:
    """The exact bytes signed: canonical JSON, so any reordering or re-encoding still verifies."""
    body = {"format": FORMAT, "public_key": public_key, "publisher": publisher, "signed_at": signed_at, "files": files}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def sign_files(key: Ed25519PrivateKey, publisher: str, files: dict[str, str]) -> PackSignature:
    from trainer.sync.keys import public_key_text

    public = public_key_text(key)
    signed_at = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    sig = key.sign(_payload(public, publisher, signed_at, files))
    return PackSignature(public, publisher, signed_at, dict(files), base64.b64encode(sig).decode("ascii"))


def parse_signature(data: bytes | dict) -> PackSignature:
    """Read ``SIGNATURE.json`` (bytes or its decoded object) and check its signature.

    Raises:
        SignatureError: malformed, a fingerprint that does not match the key, or a bad signature.
    """
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if isinstance(data, bytes):
        if len(data) > MAX_SIGNATURE_BYTES:
            raise SignatureError(f"{SIGNATURE_NAME} is larger than {MAX_SIGNATURE_BYTES} bytes")
        try:
            data = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise SignatureError(f"{SIGNATURE_NAME} is not valid JSON ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SignatureError(f"{SIGNATURE_NAME}: not a content-pack signature (format must be {FORMAT!r})")
    fields = {name: data.get(name) for name in ("public_key", "publisher", "signed_at", "signature")}
    for name, value in fields.items():
        if not isinstance(value, str):
            raise SignatureError(f"{SIGNATURE_NAME}: {name} is missing")
    files = data.get("files")
    if not isinstance(files, dict) or not files:
        raise SignatureError(f"{SIGNATURE_NAME}: files must list every file of the pack")
    for path, digest in files.items():
        if not isinstance(path, str) or not isinstance(digest, str) or len(digest) != 64 or set(digest) - _HEX:
            raise SignatureError(f"{SIGNATURE_NAME}: {path!r} needs a SHA-256 in lower-case hex")
    try:
        raw_key = base64.b64decode(fields["public_key"], validate=True)
        raw_sig = base64.b64decode(fields["signature"], validate=True)
        public = Ed25519PublicKey.from_public_bytes(raw_key)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError(f"{SIGNATURE_NAME}: public_key or signature is not valid base64 Ed25519") from exc
    if base64.b64encode(raw_key).decode("ascii") != fields["public_key"]:
        raise SignatureError(f"{SIGNATURE_NAME}: public_key is not in canonical base64")
    if len(fields["publisher"]) > MAX_PUBLISHER or any(ord(c) < 32 for c in fields["publisher"]):
        raise SignatureError(f"{SIGNATURE_NAME}: publisher must be one line of at most {MAX_PUBLISHER} characters")
    sig = PackSignature(fields["public_key"], fields["publisher"], fields["signed_at"], files, fields["signature"])
    claimed = data.get("fingerprint")
    if claimed is not None and claimed != sig.fingerprint:
        raise SignatureError(f"{SIGNATURE_NAME}: fingerprint {claimed!r} is not that of its public key")
    try:
        public.verify(raw_sig, _payload(sig.public_key, sig.publisher, sig.signed_at, files))
    except InvalidSignature as exc:
        raise SignatureError(
            f"{SIGNATURE_NAME}: the signature does not match its file list (the pack was changed after signing)"
        ) from exc
    return sig


# Keys -------------------------------------------------------------------------
def read_public_key(path: Path) -> str:
    """A publisher's public key file (PEM, or the raw key in base64) as base64 raw bytes."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SignatureError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    raw = _plain_ed25519_pem(data)
    if raw is not None:  # the usual case, read without loading cryptography
        return base64.b64encode(raw).decode("ascii")
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from trainer.sync.keys import public_key_text

    try:
        if b"-----BEGIN" in data:
            key = serialization.load_pem_public_key(data)
        else:
            key = Ed25519PublicKey.from_public_bytes(base64.b64decode(data.strip(), validate=True))
    except (ValueError, TypeError, binascii.Error) as exc:
        raise SignatureError(f"{path}: not an Ed25519 public key ({exc})") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise SignatureError(f"{path}: not an Ed25519 public key")
    return public_key_text(key)


def _plain_ed25519_pem(data: bytes) -> bytes | None:
    """The raw key of a 'BEGIN PUBLIC KEY' PEM holding an Ed25519 key, or None for anything else."""
    lines = data.decode("ascii", "replace").strip().splitlines()
    if len(lines) < 3 or lines[0] != "-----BEGIN PUBLIC KEY-----" or lines[-1] != "-----END PUBLIC KEY-----":
        return None
    try:
        der = base64.b64decode("".join(lines[1:-1]), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(der) != len(_ED25519_SPKI_PREFIX) + 32 or not der.startswith(_ED25519_SPKI_PREFIX):
        return None
    return der[len(_ED25519_SPKI_PREFIX) :]


def read_private_key(path: Path) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise SignatureError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except (ValueError, TypeError) as exc:
        raise SignatureError(f"{path}: not an unencrypted PEM private key ({exc})") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise SignatureError(f"{path}: not an Ed25519 private key")
    return key


def public_key_pem(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def official_keys(folder: Path | None = None) -> frozenset[str]:
    """The official publisher's public keys shipped with the app (``assets/keys/*.pub``)."""
    if folder is None:
        from trainer import paths

        folder = paths.assets_dir() / KEYS_FOLDER
    if not folder.is_dir():
        return frozenset()
    keys = set()
    for path in sorted(folder.glob("*.pub")):
        try:
            keys.add(read_public_key(path))
        except SignatureError:
            continue  # a damaged key file trusts nothing; tests check the shipped one reads
    return frozenset(keys)


@dataclass(frozen=True)
class PublisherTrust:
    """The keys a pack may be signed with: the official publisher's, and those a trainer added."""

    official: frozenset[str]
    trusted: frozenset[str] = frozenset()
    revoked: dict[str, str] = field(default_factory=dict, compare=False)  # key -> why it is refused here

    @classmethod
    def shipped(
        cls, trusted: frozenset[str] | set[str] = frozenset(), revoked: dict[str, str] | None = None
    ) -> PublisherTrust:
        revoked = dict(revoked or {})
        return cls(official_keys() - revoked.keys(), frozenset(trusted) - revoked.keys(), revoked)

    def kind_of(self, public_key: str | None) -> str:
        """'official', 'publisher' (trusted by a trainer here) or 'unofficial' (unsigned or unknown key)."""
        if public_key is None:
            return "unofficial"
        if public_key in self.official:
            return "official"
        if public_key in self.trusted:
            return "publisher"
        return "unofficial"

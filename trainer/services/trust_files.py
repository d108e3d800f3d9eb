"""Trust files: the public keys one installation trusts, handed to a trainer or a regional office.

A trust file is JSON, readable as it is:

    {"format": "qorgau-trust-file", "version": 1,
     "signed": {"exported": "...", "exported_by": {"public_key": ..., "label": ...},
                "keys": [{"public_key": ..., "kind": "device|trainer|publisher", "label": ...}, ...],
                "revocations": [{"public_key": ..., "kind": ..., "label": ..., "revoked_at": ..., "reason": ...}]},
     "signature": "<base64 Ed25519 signature>"}

``revocations`` (optional, so older readers still read the file) lists the keys revoked where the
file was made. Importing applies them: a revocation beats a trust entry, in the same file or
already here, and no import ever makes a revoked key trusted again.

What is signed, exactly: the UTF-8 bytes of ``signed`` as canonical JSON (keys sorted, no
whitespace), by the key in ``signed.exported_by.public_key`` (the exporting data folder's key).
The signature proves the file is whole and unchanged since that key's holder exported it; it does
not prove who holds the key. So importing always shows that key's fingerprint and needs a person
to decide (compare it with the exporter by phone or in person): trust is never taken from a file
alone. JSON rather than a JWS here, so an office can read what it is asked to trust.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from trainer.services.credentials import canonical_json
from trainer.storage.trust import KINDS, TrustStore
from trainer.sync.keys import key_fingerprint, public_key_text

FORMAT = "qorgau-trust-file"
VERSION = 1
MAX_BYTES = 2_000_000
MAX_KEYS = 10_000
MAX_LABEL = 200
MAX_REASON = 500


class TrustFileError(Exception):
    """A trust file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class TrustEntry:
    public_key: str
    kind: str
    label: str

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.public_key)


@dataclass(frozen=True)
class Revocation(TrustEntry):
    """A key revoked where the trust file was made: when (ISO-8601 UTC) and why."""

    revoked_at: str
    reason: str


@dataclass(frozen=True)
class TrustFile:
    """A trust file whose signature checked: who exported it, when, and the keys it lists."""

    path: Path
    exporter_key: str
    exporter_label: str
    exported: str
    keys: tuple[TrustEntry, ...]
    revocations: tuple[Revocation, ...] = ()

    @property
    def exporter_fingerprint(self) -> str:
        return key_fingerprint(self.exporter_key)


def export_trust_file(
    trust: TrustStore,
    key: Ed25519PrivateKey,
    path: Path,
    *,
    kinds: tuple[str, ...] = KINDS,
    label: str = "",
    include_self: bool = True,
) -> TrustFile:
    """Write the keys trusted here (of ``kinds``) to ``path``, signed with ``key``.

    ``include_self`` adds this installation's own key (as trusted here if it is, else as a
    ``device`` called ``label``) so certificates issued here verify where the file is imported.

    Raises:
        OSError: the file cannot be written (nothing is left behind).
    """
    own = public_key_text(key)
    entries = {k.public_key: TrustEntry(k.public_key, k.kind, k.label) for k in trust.keys() if k.kind in kinds}
    mine = trust.get(own)
    if include_self and own not in entries:
        kind, own_label = (mine.kind, mine.label) if mine is not None else ("device", label)
        if kind in kinds:
            entries[own] = TrustEntry(own, kind, own_label)
    exporter_label = label or (mine.label if mine is not None else "")
    signed = {
        "exported": datetime.now(UTC).isoformat(timespec="seconds"),
        "exported_by": {"public_key": own, "fingerprint": key_fingerprint(own), "label": exporter_label},
        "keys": [
            {"public_key": e.public_key, "fingerprint": e.fingerprint, "kind": e.kind, "label": e.label}
            for e in sorted(entries.values(), key=lambda e: (e.kind, e.label, e.public_key))
        ],
        "revocations": [
            {
                "public_key": k.public_key,
                "fingerprint": k.fingerprint,
                "kind": k.kind,
                "label": k.label,
                "revoked_at": k.revoked_at,
                "reason": k.revoked_reason,
            }
            for k in trust.keys(include_revoked=True)
            if k.revoked
        ],
    }
    document = {
        "format": FORMAT,
        "version": VERSION,
        "signed": signed,
        "signature": base64.b64encode(key.sign(canonical_json(signed))).decode("ascii"),
    }
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".trust-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False, indent=2)
            f.write("\n")
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return read_trust_file(path)


def _public_key(value: object, where: str) -> str:
    try:
        raw = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise TrustFileError(f"{where}: the public key is not a base64 Ed25519 key")
    return base64.b64encode(raw).decode("ascii")


def read_trust_file(path: Path) -> TrustFile:
    """Read a trust file and check its signature and every entry.

    Raises:
        TrustFileError: unreadable, not a trust file, changed since it was signed, or an entry is malformed.
    """
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise TrustFileError(f"{path} is larger than a trust file can be ({MAX_BYTES // 1_000_000} MB)")
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TrustFileError(f"{path} cannot be read: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TrustFileError(f"{path} is not a trust file: it is not JSON ({exc})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise TrustFileError(f"{path} is not a Qorgau trust file")
    if document.get("version") != VERSION:
        raise TrustFileError(f"{path} is a trust file of version {document.get('version')!r}; this app reads {VERSION}")
    signed = document.get("signed")
    if not isinstance(signed, dict) or not isinstance(signed.get("exported_by"), dict):
        raise TrustFileError(f"{path}: the signed part or its exporter is missing")
    exporter = _public_key(signed["exported_by"].get("public_key"), f"{path}: exported_by")
    try:
        signature = base64.b64decode(str(document.get("signature", "")), validate=True)
        Ed25519PublicKey.from_public_bytes(base64.b64decode(exporter)).verify(signature, canonical_json(signed))
    except (binascii.Error, ValueError, InvalidSignature):
        raise TrustFileError(
            f"{path} was changed after it was signed, or its signature is damaged: refused, nothing imported"
        ) from None
    keys = signed.get("keys")
    if not isinstance(keys, list) or len(keys) > MAX_KEYS:
        raise TrustFileError(f"{path}: 'keys' must be a list of at most {MAX_KEYS} keys")
    entries = []
    for i, item in enumerate(keys, 1):
        where = f"{path}: key {i}"
        if not isinstance(item, dict):
            raise TrustFileError(f"{where} is not an object")
        label = item.get("label", "")
        if item.get("kind") not in KINDS:
            raise TrustFileError(f"{where}: kind {item.get('kind')!r} is not one of {', '.join(KINDS)}")
        if not isinstance(label, str) or len(label) > MAX_LABEL or any(ord(c) < 32 for c in label):
            raise TrustFileError(f"{where}: the label is not text of at most {MAX_LABEL} characters")
        entries.append(TrustEntry(_public_key(item.get("public_key"), where), item["kind"], label))
    revocations = _revocations(path, signed.get("revocations", []))
    exporter_label = signed["exported_by"].get("label", "")
    return TrustFile(
        path=path,
        exporter_key=exporter,
        exporter_label=exporter_label if isinstance(exporter_label, str) else "",
        exported=str(signed.get("exported", ""))[:40],
        keys=tuple(entries),
        revocations=revocations,
    )


def _revocations(path: Path, items: object) -> tuple[Revocation, ...]:
    """The file's revocations, each checked like a key entry plus a strict UTC time and a reason."""
    if not isinstance(items, list) or len(items) > MAX_KEYS:
        raise TrustFileError(f"{path}: 'revocations' must be a list of at most {MAX_KEYS} keys")
    found = []
    for i, item in enumerate(items, 1):
        where = f"{path}: revocation {i}"
        if not isinstance(item, dict):
            raise TrustFileError(f"{where} is not an object")
        if item.get("kind") not in KINDS:
            raise TrustFileError(f"{where}: kind {item.get('kind')!r} is not one of {', '.join(KINDS)}")
        label, reason, when = item.get("label", ""), item.get("reason", ""), item.get("revoked_at")
        for name, text, limit in (("label", label, MAX_LABEL), ("reason", reason, MAX_REASON)):
            if not isinstance(text, str) or len(text) > limit or any(ord(c) < 32 for c in text):
                raise TrustFileError(f"{where}: the {name} is not one line of at most {limit} characters")
        if not _utc_time(when):
            raise TrustFileError(f"{where}: revoked_at {when!r} is not an ISO-8601 UTC time")
        found.append(Revocation(_public_key(item.get("public_key"), where), item["kind"], label, when, reason))
    return tuple(found)


def _utc_time(value: object) -> bool:
    if not isinstance(value, str) or len(value) > 40:
        return False
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return parsed.utcoffset() is not None and parsed.utcoffset().total_seconds() == 0


@dataclass(frozen=True)
class ImportResult:
    """What importing a trust file did: keys newly trusted, and keys kept as they were here."""

    added: tuple[TrustEntry, ...]
    already: tuple[TrustEntry, ...]
    different: tuple[tuple[TrustEntry, str], ...]  # (as the file lists it, the kind it keeps here)
    revoked: tuple[Revocation, ...] = ()  # revoked here by this import
    still_revoked: tuple[TrustEntry, ...] = ()  # listed as trusted, but revoked here: left revoked


def signer_problem(trust: TrustStore, trust_file: TrustFile) -> str | None:
    """Why a trust file must not be imported here at all (its signer's key was revoked), or None."""
    revoked = trust.revocation(trust_file.exporter_key)
    if revoked is None:
        return None
    why = f" ({revoked.revoked_reason})" if revoked.revoked_reason else ""
    return (
        f"{trust_file.path} is signed by the key {trust_file.exporter_fingerprint}, which was revoked here on "
        f"{(revoked.revoked_at or '')[:10]}{why}: refused, nothing imported"
    )


def import_trust_file(trust: TrustStore, trust_file: TrustFile, own_key: str | None = None) -> ImportResult:
    """Apply a checked trust file (after a person decided to): its revocations first, then its keys.

    A key trusted here already keeps its kind and label, even when the file says otherwise
    (``different`` lists those, so the person can see it); this installation's own key is skipped.
    A revocation wins over any trust entry, and a revoked key is never trusted again.

    Raises:
        TrustFileError: the file's signer is revoked here (nothing is changed).
    """
    problem = signer_problem(trust, trust_file)
    if problem is not None:
        raise TrustFileError(problem)
    source = f"trust file {trust_file.path.name} from {trust_file.exporter_fingerprint}"
    added, already, different, revoked, still_revoked = [], [], [], [], []
    with trust.db.atomic():
        for r in trust_file.revocations:
            if r.public_key == own_key or trust.revocation(r.public_key) is not None:
                continue
            trust.revoke(r.public_key, r.reason, source, kind=r.kind, label=r.label, when=r.revoked_at)
            revoked.append(r)
        for entry in trust_file.keys:
            if entry.public_key == own_key:
                continue
            current = trust.get(entry.public_key)
            if current is not None and current.revoked:
                still_revoked.append(entry)
            elif current is not None:
                (already.append(entry) if current.kind == entry.kind else different.append((entry, current.kind)))
            else:
                trust.trust(entry.public_key, entry.kind, entry.label, source)
                added.append(entry)
    return ImportResult(tuple(added), tuple(already), tuple(different), tuple(revoked), tuple(still_revoked))


def revoked_key_problem(trust: TrustStore, public_key: str) -> str | None:
    """Why what ``public_key`` signed is refused here (the key was revoked), or None when it is not revoked.

    Worded to follow a file name, as a bundle's or a pack's refusal does.
    """
    entry = trust.revocation(public_key)
    if entry is None:
        return None
    name = f" ({entry.label})" if entry.label else ""
    why = f": {entry.revoked_reason}" if entry.revoked_reason else ""
    return (
        f"is signed with the key {entry.fingerprint}{name}, which was revoked here on {(entry.revoked_at or '')[:10]}"
        f"{why}. Records already merged from that key stay; nothing new signed with it is accepted"
    )

"""The progress bundle file: write one, and read one back only if every check passes.

A bundle is a zip holding ``manifest.json`` (format version, device id, export time, app version,
the device's Ed25519 public key, and for every data entry its record count and the SHA-256 of its
contents and of its stored, compressed bytes),
``manifest.sig`` (the base64 Ed25519 signature of the exact bytes of ``manifest.json``) and one
JSON Lines file per table the format version carries (``trainer.sync.records.tables_of``). See docs/sync.md.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from trainer.sync.checks import CheckFailed, PassMark, check_bundle
from trainer.sync.keys import public_key_text
from trainer.sync.records import (
    KEYS,
    TABLES,
    RecordError,
    canonical,
    check_record,
    check_unicode,
    describe,
    is_time,
    is_uuid,
    key_of,
    tables_of,
)
from trainer.sync.strictzip import (
    DEFLATED,
    STORED,
    Budget,
    LayoutError,
    RawEntry,
    deflate,
    inflate,
    read_zip,
    write_zip,
)

FORMAT = "qorgau-progress"
FORMAT_VERSION = 3
"""2: learners no longer carry ``pin_hash`` (format 1 bundles are still read; the hash is dropped).
3: a cohort's learner-side records (memberships, pre/post tests and their answers, attitude answers,
module feedback) in five more entries; a format 1 or 2 bundle lacks them and reads as having none."""
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_BUNDLE_BYTES = 256 * 1024 * 1024
MAX_ENTRY_BYTES = 128 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
"""Caps on the inflated size of one entry and of all entries together, enforced while inflating."""
MAX_MANIFEST_BYTES = 1024 * 1024


def entry_name(table: str) -> str:
    return f"{table}.jsonl"


class BundleError(Exception):
    """A bundle that is refused whole. ``str()`` names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path, self.problem = Path(path), problem
        super().__init__(f"{path}: {problem}. Nothing from this file was imported.")


class BundleTooNew(BundleError):
    """Written by a newer Qorgau in a format this version cannot read."""


@dataclass(frozen=True)
class Bundle:
    """A bundle that passed every check: its origin and its records, table by table."""

    path: Path
    sha256: str
    format_version: int
    device_id: str
    exported: str
    app_version: str
    public_key: str
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def count(self, table: str) -> int:
        return len(self.records.get(table, []))


def _jsonl(records: list[dict[str, Any]]) -> bytes:
    return b"".join(canonical(r).encode("utf-8") + b"\n" for r in records)


def write_bundle(
    path: Path,
    records: dict[str, list[dict[str, Any]]],
    *,
    device_id: str,
    key: Ed25519PrivateKey,
    app_version: str,
    exported: str | None = None,
) -> Path:
    """Write a signed bundle to ``path`` atomically (a temporary file, then a rename).

    Records are written in key order, so the data entries of two exports of the same progress
    are byte for byte the same.
    """
    path = Path(path)
    entries: dict[str, dict[str, Any]] = {}
    payloads: dict[str, bytes] = {}
    for table in tables_of(FORMAT_VERSION):
        rows = sorted(records.get(table, []), key=lambda r, t=table: canonical([r.get(k) for k in KEYS[t]]))
        data = _jsonl(rows)
        payloads[entry_name(table)] = data
        entries[entry_name(table)] = {
            "records": len(rows),
            "sha256": hashlib.sha256(data).hexdigest(),
            "stored_sha256": hashlib.sha256(deflate(data)).hexdigest(),
        }
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "device_id": device_id,
        "exported": exported or datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": app_version,
        "public_key": public_key_text(key),
        "entries": entries,
    }
    manifest_bytes = json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8")
    signature = base64.b64encode(key.sign(manifest_bytes))
    members = [(MANIFEST, manifest_bytes, STORED), (SIGNATURE, signature, STORED)]
    members += [(name, data, DEFLATED) for name, data in payloads.items()]
    fd, tmp = tempfile.mkstemp(prefix=".qorgau-bundle-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            write_zip(f, members)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _loads(data: bytes) -> Any:
    return json.loads(data.decode("utf-8"), parse_constant=_reject_constant)


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _line(text: str) -> Any:
    """One JSON value filling a whole line exactly (a bundle's lines have no spaces around them)."""
    value, end = _DECODER.raw_decode(text)
    if end != len(text):
        raise ValueError(f"extra data at column {end + 1}")
    return value


def read_bundle(
    path: Path | str,
    *,
    now: datetime | None = None,
    pass_marks: Mapping[str, PassMark] | None = None,
    revoked: Callable[[str], str | None] | None = None,
) -> Bundle:
    """Read and check a bundle completely; return it only if nothing is wrong with it.

    ``now`` (this computer's clock) bounds the export time; ``pass_marks`` (module id -> the pass
    mark of the content version this computer has) lets ``passed`` be checked against scores.
    ``revoked`` (signing key -> why it is revoked here, or None) refuses bundles of revoked keys.

    Raises:
        BundleTooNew: the manifest's format version is newer than this program's.
        BundleError: anything else: not a zip, truncated, an entry missing or extra, a checksum
            or the signature not matching, a malformed, out-of-range or impossible record, a
            record pointing at nothing.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleError(path, f"is larger than {MAX_BUNDLE_BYTES // 2**20} MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(path, f"cannot be read ({exc.strerror or exc})") from exc
    return parse_bundle(path, data, now=now, pass_marks=pass_marks, revoked=revoked)


def parse_bundle(
    path: Path,
    data: bytes,
    *,
    now: datetime | None = None,
    pass_marks: Mapping[str, PassMark] | None = None,
    budget: Budget | None = None,
    revoked: Callable[[str], str | None] | None = None,
) -> Bundle:
    """Check the bytes of a bundle read from ``path`` (named in errors); see ``read_bundle``."""
    budget = budget or Budget(MAX_TOTAL_BYTES)
    digest = hashlib.sha256(data).hexdigest()
    try:
        entries = read_zip(data)
    except LayoutError as exc:
        raise BundleError(path, f"is not a complete, unaltered progress bundle ({exc})") from exc
    manifest_bytes = _member(path, entries, MANIFEST, STORED)
    signature_text = _member(path, entries, SIGNATURE, STORED)
    manifest = _manifest(path, manifest_bytes)
    _verify_signature(path, manifest, manifest_bytes, signature_text)
    if revoked is not None and (why := revoked(manifest["public_key"])):
        raise BundleError(path, why)
    extra = sorted(set(entries) - set(manifest["entries"]) - {MANIFEST, SIGNATURE})
    if extra:
        raise BundleError(path, f"holds {extra[0]!r}, which its manifest does not list")
    records: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
    for table in tables_of(manifest["format_version"]):
        name = entry_name(table)
        meta = manifest["entries"][name]
        entry = entries.get(name)
        if entry is None or entry.method != DEFLATED:
            raise BundleError(path, f"lacks {name}" if entry is None else f"{name} is stored in an unexpected way")
        if hashlib.sha256(entry.stored).hexdigest() != meta["stored_sha256"]:
            raise BundleError(path, f"{name} does not match its checksum in the manifest (changed or damaged)")
        try:
            payload = inflate(entry, MAX_ENTRY_BYTES, budget)
        except LayoutError as exc:
            raise BundleError(path, str(exc)) from exc
        if hashlib.sha256(payload).hexdigest() != meta["sha256"]:
            raise BundleError(path, f"{name} does not match its checksum in the manifest (changed or damaged)")
        records[table] = _records(path, table, payload, meta["records"])
    try:
        check_bundle(records, manifest["exported"], now or datetime.now(UTC), pass_marks)
    except CheckFailed as exc:
        raise BundleError(path, str(exc)) from exc
    return Bundle(
        path=path,
        sha256=digest,
        format_version=manifest["format_version"],
        device_id=manifest["device_id"],
        exported=manifest["exported"],
        app_version=manifest["app_version"],
        public_key=manifest["public_key"],
        records=records,
    )


def _member(path: Path, entries: dict[str, RawEntry], name: str, method: int) -> bytes:
    entry = entries.get(name)
    if entry is None:
        raise BundleError(path, f"lacks {name}")
    if entry.method != method or entry.size > MAX_MANIFEST_BYTES:
        raise BundleError(path, f"{name} is stored in an unexpected way")
    return entry.stored


def _manifest(path: Path, manifest_bytes: bytes) -> dict[str, Any]:
    try:
        manifest = _loads(manifest_bytes)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleError(path, f"{MANIFEST} is not valid JSON ({exc})") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(path, "is not a Qorgau progress bundle (its manifest names another format)")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError(path, "has a manifest without a valid format version")
    if version > FORMAT_VERSION:
        raise BundleTooNew(
            path,
            f"was written in progress-bundle format {version} by a newer Qorgau "
            f"(version {manifest.get('app_version', '?')}); this version reads format {FORMAT_VERSION} "
            "and older. Install the newer version to import it",
        )
    problems = {
        "device_id": is_uuid(manifest.get("device_id")),
        "exported": is_time(manifest.get("exported")),
        "app_version": isinstance(manifest.get("app_version"), str),
        "public_key": _public_key(manifest.get("public_key")) is not None,
    }
    bad = [k for k, ok in problems.items() if not ok]
    if bad:
        raise BundleError(path, f"has a manifest with a missing or malformed {bad[0]!r}")
    entries = manifest.get("entries")
    wanted = {entry_name(t) for t in tables_of(version)}
    if not isinstance(entries, dict) or set(entries) != wanted:
        raise BundleError(path, "has a manifest that does not list exactly the expected entries")
    for name, meta in entries.items():
        if (
            not isinstance(meta, dict)
            or not isinstance(meta.get("sha256"), str)
            or len(meta["sha256"]) != 64
            or not isinstance(meta.get("stored_sha256"), str)
            or not isinstance(meta.get("records"), int)
            or isinstance(meta.get("records"), bool)
        ):
            raise BundleError(path, f"has a malformed manifest entry for {name}")
    return manifest


def _public_key(text: Any) -> Ed25519PublicKey | None:
    if not isinstance(text, str):
        return None
    try:
        raw = base64.b64decode(text, validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        return None


def _verify_signature(path: Path, manifest: dict[str, Any], manifest_bytes: bytes, signature_text: bytes) -> None:
    key = _public_key(manifest["public_key"])
    try:
        signature = base64.b64decode(signature_text, validate=True)
        if base64.b64encode(signature) != signature_text:
            raise ValueError("not the canonical spelling of the signature")
        assert key is not None  # checked with the manifest
        key.verify(signature, manifest_bytes)
    except (binascii.Error, ValueError, InvalidSignature) as exc:
        raise BundleError(path, "has a signature that does not match its manifest (changed after export)") from exc


def _records(path: Path, table: str, payload: bytes, expected: int) -> list[dict[str, Any]]:
    name = entry_name(table)
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError as exc:
        number = payload.count(b"\n", 0, exc.start) + 1
        raise BundleError(path, f"{name}, line {number}: the record is not valid JSON ({exc})") from exc
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != expected:
        raise BundleError(path, f"{name} holds {len(lines)} records, but its manifest says {expected}")
    records, seen = [], set()
    for number, line in enumerate(lines, start=1):
        try:
            parsed = _line(line)
        except (ValueError, RecursionError) as exc:
            raise BundleError(path, f"{name}, line {number}: the record is not valid JSON ({exc})") from exc
        try:
            if "\\u" in line:  # only an escape can spell text that is not Unicode
                check_unicode(parsed)
            record = check_record(table, parsed)
        except RecordError as exc:
            raise BundleError(path, f"{name}, line {number} ({describe(table, parsed)}): {exc}") from exc
        key = key_of(table, record)
        if key in seen:
            where = f"{name}, line {number} ({describe(table, record)})"
            raise BundleError(path, f"{where}: the same record appears twice")
        seen.add(key)
        records.append(record)
    return records

"""Modules installed from content packs, loaded beside the bundled ones.

The bundled modules ship inside the executable and cannot change; a ministry sends new or
updated modules as content packs that are unpacked into the user's data folder
(``<data_dir>/content``). Where both hold a module, the newer version wins, so an update
replaces the bundled copy without rebuilding the app, but only when the pack was signed by the
publisher who vouches for the copy in use (see ``may_replace``).

Each installed module folder holds ``PROVENANCE.json``: what the installer verified (the
SHA-256 of every file and the pack's signature). Loading checks the files against it again and
re-verifies the signature, so a file changed on disk after the install is refused, and the
record alone can never make a module official: only a signature by a shipped official key can.
"""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.content.errors import ContentError
from trainer.domain.model import Provenance

if TYPE_CHECKING:
    from trainer.content.loader import Catalogue, _Loaded
    from trainer.content.signing import PackSignature

INSTALLED_FOLDER = "content"
RECORD_NAME = "PROVENANCE.json"
RECORD_FORMAT = "qorgau-installed-module/1"


def installed_dir(data_dir: Path) -> Path:
    """Where content packs are unpacked: a folder of module folders in the data folder."""
    return data_dir / INSTALLED_FOLDER


def version_key(version: str) -> tuple:
    """Sort key for versions like '1.2.10' (numerically, part by part); text parts sort after numbers."""
    parts = re.split(r"[.\-+]", version.strip())
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def is_newer(candidate: str, current: str) -> bool:
    return version_key(candidate) > version_key(current)


def overlay_modules(base: list[tuple[Path, _Loaded]], extra: list[tuple[Path, _Loaded]]) -> list[tuple[Path, _Loaded]]:
    """Join two lists of loaded module folders; for a module in both, keep the newer version.

    A folder that failed to load is kept (so its errors are reported) beside the one that loaded.
    On equal versions the installed copy wins: it is what the trainer chose to install. A copy
    whose publisher may not replace the one in use (``may_replace``) is reported and left out;
    a bundled module that failed to load still counts as official, so its id cannot be taken over.
    """
    out = list(base)
    index = {r.meta.id: i for i, (_, r) in enumerate(out) if r.meta is not None and r.module is not None}
    owners = {folder.name: Provenance() for folder, _ in base}  # bundled: official, loaded or not
    for folder, result in extra:
        if result.meta is None or result.module is None:
            out.append((folder, result))
            continue
        i = index.get(result.meta.id)
        if i is not None:
            current = out[i][1]
            assert current.meta is not None and current.module is not None
            if is_newer(current.meta.version, result.meta.version):
                continue
        owner = out[i][1].module.provenance if i is not None else owners.get(result.meta.id)
        refused = may_replace(owner, result.module.provenance) if owner is not None else None
        if refused is not None:
            from trainer.content.loader import _Loaded

            display = f"{folder.parent.name}/{folder.name}/module.yaml"
            problem = ContentError(display, None, f"{result.meta.id} {result.meta.version}: not used: {refused}")
            out.append((folder, _Loaded(None, [*result.errors, problem], result.lesson_links, result.meta)))
            continue
        owners[result.meta.id] = result.module.provenance
        if i is None:
            index[result.meta.id] = len(out)
            out.append((folder, result))
        else:
            out[i] = (folder, result)
    return out


def may_replace(current: Provenance, new: Provenance) -> str | None:
    """Why a module vouched for by ``current`` may not be replaced by one vouched for by ``new``, or None.

    Official content (bundled or signed by the official publisher) gives way only to the
    official publisher; a module another trusted publisher installed, only to that publisher;
    a module installed without a trusted signature, to nothing (uninstall it first). A higher
    version number alone is never enough.
    """
    if current.official:
        return (
            None
            if new.kind == "official"
            else "it replaces an official module, so it must be signed by the official publisher"
        )
    if current.kind == "publisher":
        if new.kind != "unofficial" and new.publisher_key == current.publisher_key:
            return None
        return "it replaces a module another publisher installed, so it must be signed by that same publisher"
    return "it replaces a module installed without a trusted signature; uninstall that module first"


def file_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` (but the record itself), by POSIX path inside it."""
    import hashlib  # here: a start-up without content packs loads no hash library (OpenSSL, 3 MiB)

    out: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            continue
        rel = path.relative_to(folder).as_posix()
        if rel == RECORD_NAME:
            continue
        if path.is_symlink() or not path.is_file():
            out[rel] = "not a regular file"
            continue
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            while chunk := fh.read(1024 * 1024):
                digest.update(chunk)
        out[rel] = digest.hexdigest()
    return out


def write_record(
    folder: Path, pack_name: str, kind: str, files: dict[str, str], signature: PackSignature | None
) -> None:
    """Keep what the installer verified beside the module, to check it again at every load."""
    record = {
        "format": RECORD_FORMAT,
        "module": folder.name,
        "pack": pack_name,
        "installed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "kind": kind,
        "files": dict(sorted(files.items())),
        "signature": signature.as_json() if signature is not None else None,
    }
    (folder / RECORD_NAME).write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def check_record(folder: Path, official: frozenset[str]) -> tuple[Provenance, list[str]]:
    """The module's provenance from its record, and every way its files differ from what was installed.

    No record (a module installed by an older Qorgau, or copied in by hand) means unofficial.
    """
    path = folder / RECORD_NAME
    if not path.is_file():
        return Provenance("unofficial"), []
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        recorded = record["files"]
        if not isinstance(recorded, dict):
            raise TypeError("files is not a mapping")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return Provenance("unofficial"), [f"{RECORD_NAME} cannot be read ({exc}); install the pack again"]
    problems: list[str] = []
    on_disk = file_hashes(folder)
    for rel in sorted(set(recorded) | set(on_disk)):
        if rel not in on_disk:
            problems.append(f"{rel} is missing since the pack was installed")
        elif rel not in recorded:
            problems.append(f"{rel} was added after the pack was installed")
        elif on_disk[rel] != recorded[rel]:
            problems.append(f"{rel} was changed after the pack was installed (its SHA-256 differs)")
    signature = None
    if record.get("signature") is not None:
        from trainer.content.signing import SignatureError, parse_signature  # cryptography: only for signed packs

        try:
            signature = parse_signature(record["signature"])
        except SignatureError as exc:
            problems.append(str(exc))
        else:
            prefix = f"{folder.name}/"
            signed = {k[len(prefix) :]: v for k, v in signature.files.items() if k.startswith(prefix)}
            if signed != recorded:
                problems.append(f"the file list in {RECORD_NAME} is not the one the publisher signed")
    if signature is None or problems:
        return Provenance("unofficial"), problems
    if signature.public_key in official:
        return Provenance("official", signature.public_key), []
    # Trusted by a trainer here at install time: the key is checked again at the next install over it.
    kind = "publisher" if record.get("kind") == "publisher" else "unofficial"
    return Provenance(kind, signature.public_key), []


def load_installed(folder: Path, root: Path, official: frozenset[str]) -> _Loaded:
    """Load an installed module and check it against its record; a changed file keeps it out."""
    from trainer.content.loader import _Loaded, _rel, load_module

    result = load_module(folder, root)
    provenance, problems = check_record(folder, official)
    if problems:
        display = _rel(folder, root)
        errors = [ContentError(f"{display}/{RECORD_NAME}", None, p) for p in problems]
        return _Loaded(None, [*result.errors, *errors], result.lesson_links, result.meta)
    if result.module is not None:
        result.module = dataclasses.replace(result.module, provenance=provenance)
    return result


def load_with_installed(bundled: Path, data_dir: Path) -> Catalogue:
    """The bundled modules plus those installed from content packs into ``data_dir``."""
    from trainer.content.loader import load_catalogue

    return load_catalogue(bundled, overlays=[installed_dir(data_dir)])

"""Content packs: a zip of module folders installed into the user's content folder.

A pack comes from outside (a USB stick, an e-mail), so nothing in it is trusted: every entry is
checked before a byte is written (no absolute paths, no '..', no links, bounded sizes and
counts, no zip bombs), the modules are unpacked into a hidden staging folder and validated
together with the bundled content by the same loader the app uses, and only a pack that passes
whole is moved into place. A failed install leaves the content folder as it was.

A pack may carry a publisher's signature (``SIGNATURE.json``, see trainer.content.signing). It
is verified before anything is unpacked, and every unpacked file must match the SHA-256 it lists,
with none missing and none extra. Who signed decides what the pack may do: only the official
publisher replaces official (bundled) modules, another trusted publisher replaces only what it
installed itself, and an unsigned pack, or one signed by a key nobody here trusts, only adds new
modules, which are then labelled unofficial.
"""

from __future__ import annotations

import hashlib
import shutil
import stat
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from trainer.content.installed import RECORD_NAME, installed_dir, is_newer, may_replace, write_record
from trainer.content.loader import MODULE_ID_RE, load_catalogue, load_module
from trainer.content.signing import SIGNATURE_NAME, PackSignature, PublisherTrust, SignatureError, parse_signature
from trainer.domain.model import Provenance

MAX_ENTRIES = 5_000
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for entries larger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
_CHUNK = 64 * 1024

Progress = Callable[[int, int], bool]


class PackError(Exception):
    """A pack that cannot be installed, with every reason found; nothing was changed."""

    def __init__(self, pack: Path, problems: list[str]) -> None:
        self.pack = pack
        self.problems = problems
        super().__init__(f"{pack.name}: " + "; ".join(problems))


class PackCancelled(Exception):
    """The user cancelled; nothing was changed."""


@dataclass(frozen=True)
class InstalledModule:
    id: str
    version: str
    replaced: str | None  # the version in use before, bundled or installed


@dataclass
class InstallResult:
    pack: Path
    modules: list[InstalledModule] = field(default_factory=list)
    kind: str = "unofficial"  # official | publisher | unofficial (see trainer.domain.model.Provenance)
    signature: PackSignature | None = None

    @property
    def fingerprint(self) -> str | None:
        return self.signature.fingerprint if self.signature is not None else None


@dataclass(frozen=True)
class _Entry:
    info: zipfile.ZipInfo
    target: PurePosixPath  # <module id>/<path inside the module>


def _entry_problem(info: zipfile.ZipInfo) -> str | None:
    """Why one zip entry must not be unpacked, or None."""
    name = info.filename
    if "\\" in name:
        return f"{name!r}: backslashes are not allowed in paths"
    if any(ord(c) < 32 for c in name):
        return f"{name!r}: control characters in the path"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return f"{name!r}: absolute path"
    parts = name.rstrip("/").split("/")
    if any(p in ("", ".", "..") for p in parts):
        return f"{name!r}: '.', '..' or empty parts in the path"
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        return f"{name!r}: links are not allowed"
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        return f"{name!r}: not a regular file"
    if info.flag_bits & 0x1:
        return f"{name!r}: encrypted entries are not supported"
    if info.file_size > MAX_FILE_BYTES:
        return f"{name!r}: file too large ({info.file_size} bytes; the limit is {MAX_FILE_BYTES})"
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
        return f"{name!r}: compressed {info.file_size // max(1, info.compress_size)} to 1, which looks like a zip bomb"
    return None


def read_entries(pack: Path) -> list[_Entry]:
    """Check every entry of the zip and map it into the content folder; raise PackError on any problem."""
    try:
        with zipfile.ZipFile(pack) as zf:
            infos = zf.infolist()
    except FileNotFoundError as exc:
        raise PackError(pack, ["file not found"]) from exc
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise PackError(pack, [f"not a readable zip file ({exc})"]) from exc
    problems: list[str] = []
    if len(infos) > MAX_ENTRIES:
        raise PackError(pack, [f"{len(infos)} entries; the limit is {MAX_ENTRIES}"])
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_BYTES:
        problems.append(f"{total} bytes unpacked; the limit is {MAX_TOTAL_BYTES}")
    seen: set[str] = set()
    files: list[zipfile.ZipInfo] = []
    for info in infos:
        if info.filename == SIGNATURE_NAME:
            continue  # the publisher's signature, read by read_signature
        problem = _entry_problem(info)
        if problem:
            problems.append(problem)
            continue
        key = info.filename.rstrip("/").casefold()
        if key in seen:
            problems.append(f"{info.filename!r} appears twice")
        seen.add(key)
        if not info.is_dir():
            files.append(info)
    if problems:
        raise PackError(pack, problems)
    paths = [PurePosixPath(i.filename) for i in files]
    # A pack made by zipping the folder that holds the modules has one extra level: drop it.
    tops = {p.parts[0] for p in paths}
    strip = 0
    if len(tops) == 1 and all(len(p.parts) > 2 for p in paths) and PurePosixPath(*tops, "module.yaml") not in paths:
        strip = 1
    entries: list[_Entry] = []
    modules: set[str] = set()
    for info, p in zip(files, paths, strict=True):
        rel = PurePosixPath(*p.parts[strip:])
        if len(rel.parts) < 2:
            problems.append(f"{info.filename!r} lies outside any module folder")
            continue
        module_id = rel.parts[0]
        if not MODULE_ID_RE.match(module_id):
            problems.append(f"{module_id!r} is not a module folder name (lower-case letters, digits and '-')")
            continue
        if rel.parts[1:] == (RECORD_NAME,):
            problems.append(f"{info.filename!r}: {RECORD_NAME} is made by the installer, not carried in a pack")
            continue
        modules.add(module_id)
        entries.append(_Entry(info, rel))
    for m in sorted(modules):
        if PurePosixPath(m, "module.yaml") not in {e.target for e in entries}:
            problems.append(f"{m}/ has no module.yaml")
    if not entries and not problems:
        problems.append("the pack holds no module folders")
    if problems:
        raise PackError(pack, problems)
    return entries


def read_signature(pack: Path) -> PackSignature | None:
    """The pack's verified signature, or None for an unsigned pack; PackError if it does not verify."""
    try:
        with zipfile.ZipFile(pack) as zf:
            try:
                info = zf.getinfo(SIGNATURE_NAME)
            except KeyError:
                return None
            if info.file_size > 4 * 1024 * 1024:
                raise PackError(pack, [f"{SIGNATURE_NAME} is too large ({info.file_size} bytes)"])
            with zf.open(info) as fh:
                data = fh.read(4 * 1024 * 1024 + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise PackError(pack, [f"{SIGNATURE_NAME} cannot be read ({exc})"]) from exc
    try:
        return parse_signature(data)
    except SignatureError as exc:
        raise PackError(pack, [str(exc)]) from exc


def _signer(signature: PackSignature | None, kind: str) -> str:
    """Who signed the pack, in words for a refusal."""
    if signature is None:
        return "this pack is unsigned"
    who = f"key {signature.fingerprint} (calling itself {signature.publisher!r})"
    if kind == "official":
        return f"this pack is signed by the official publisher, {who}"
    if kind == "publisher":
        return f"this pack is signed by a publisher trusted here, {who}, not by the one required"
    return f"this pack is signed by {who}, which is not trusted here"


def _manifest_problems(signature: PackSignature, entries: list[_Entry]) -> list[str]:
    """Every file in the pack must be listed in the signature, and every listed file must be there."""
    listed = set(signature.files)
    present = {e.target.as_posix() for e in entries}
    problems = [f"{p}: in the pack but not in {SIGNATURE_NAME} (added after signing)" for p in sorted(present - listed)]
    problems += [
        f"{p}: listed in {SIGNATURE_NAME} but not in the pack (removed after signing)" for p in sorted(listed - present)
    ]
    return problems


def _extract(pack: Path, entries: list[_Entry], dest: Path, progress: Progress | None) -> dict[str, str]:
    """Unpack by streaming, counting real bytes: a lying header cannot make a file bigger than allowed.

    Returns the SHA-256 of every file as written, by its path in the content folder.
    """
    hashes: dict[str, str] = {}
    total_written = 0
    with zipfile.ZipFile(pack) as zf:
        for n, e in enumerate(entries, start=1):
            if progress is not None and not progress(n, len(entries) + 2):
                raise PackCancelled
            out = dest.joinpath(*e.target.parts)
            if not out.resolve().is_relative_to(dest.resolve()):  # pragma: no cover - read_entries stops this
                raise PackError(pack, [f"{e.info.filename!r} lies outside the content folder"])
            out.parent.mkdir(parents=True, exist_ok=True)
            written = 0
            digest = hashlib.sha256()
            try:
                with zf.open(e.info) as src, open(out, "xb") as dst:
                    while chunk := src.read(_CHUNK):
                        written += len(chunk)
                        total_written += len(chunk)
                        if written > MAX_FILE_BYTES or total_written > MAX_TOTAL_BYTES:
                            raise PackError(pack, [f"{e.info.filename!r} unpacks to more than its limit"])
                        digest.update(chunk)
                        dst.write(chunk)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                raise PackError(pack, [f"{e.info.filename!r} cannot be unpacked ({exc})"]) from exc
            hashes[e.target.as_posix()] = digest.hexdigest()
    return hashes


def install_pack(
    pack: Path,
    bundled: Path,
    data_dir: Path,
    progress: Progress | None = None,
    trust: PublisherTrust | None = None,
) -> InstallResult:
    """Check, verify, unpack, validate and install every module of ``pack``, or nothing at all.

    ``trust`` holds the publisher keys accepted here (default: only the shipped official key).
    """
    trust = trust if trust is not None else PublisherTrust.shipped()
    entries = read_entries(pack)
    signature = read_signature(pack)
    if signature is not None and (problems := _manifest_problems(signature, entries)):
        raise PackError(pack, problems)
    if signature is not None and signature.public_key in trust.revoked:
        raise PackError(pack, [f"the pack {trust.revoked[signature.public_key]}"])
    kind = trust.kind_of(signature.public_key if signature else None)
    provenance = Provenance(kind, signature.public_key if signature else None)
    content = installed_dir(data_dir)
    content.mkdir(parents=True, exist_ok=True)
    staging = content / f".staging-{uuid.uuid4().hex}"
    staging.mkdir()
    try:
        hashes = _extract(pack, entries, staging, progress)
        if signature is not None:
            changed = sorted(p for p, sha in hashes.items() if signature.files.get(p) != sha)
            if changed:
                raise PackError(
                    pack,
                    [
                        f"{p}: its SHA-256 is not the one signed in {SIGNATURE_NAME} (changed after signing)"
                        for p in changed
                    ],
                )
        module_ids = sorted({e.target.parts[0] for e in entries})
        before = load_catalogue(bundled, overlays=[content], official=trust.official)
        problems = []
        for mid in module_ids:
            old = before.modules.get(mid)
            # A bundled module that failed to load is still official: its id cannot be taken over.
            owner = old.provenance if old is not None else Provenance() if (bundled / mid).is_dir() else None
            refused = may_replace(owner, provenance) if owner is not None else None
            if refused:
                problems.append(f"{mid}: refused: {refused}; {_signer(signature, kind)}")
        if problems:
            raise PackError(pack, problems)
        for mid in module_ids:
            own = {p.split("/", 1)[1]: sha for p, sha in hashes.items() if p.split("/", 1)[0] == mid}
            write_record(staging / mid, pack.name, kind, own, signature)
        after = load_catalogue(bundled, overlays=[content, staging], official=trust.official)
        if progress is not None and not progress(len(entries) + 1, len(entries) + 2):
            raise PackCancelled
        marker = f"{staging.name}/"
        problems = [str(err).split(marker, 1)[1] for err in after.errors if marker in err.file]
        result = InstallResult(pack, kind=kind, signature=signature)
        for mid in module_ids:
            old = before.modules.get(mid)
            own = load_module(staging / mid, staging).meta
            if own is not None and old is not None and not is_newer(own.version, old.meta.version):
                problems.append(
                    f"{mid}: version {own.version} is not newer than the version in use ({old.meta.version})"
                )
                continue
            new = after.modules.get(mid)
            if new is None or not Path(new.folder).is_relative_to(staging):
                if not any(p.startswith(f"{mid}/") for p in problems):
                    problems.append(f"{mid}: the module did not load")
                continue
            result.modules.append(InstalledModule(mid, new.meta.version, old.meta.version if old else None))
        if problems:
            raise PackError(pack, problems)
        _commit(staging, content, module_ids)
        if progress is not None:
            progress(len(entries) + 2, len(entries) + 2)
        return result
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _commit(staging: Path, content: Path, module_ids: list[str]) -> None:
    """Swap each module folder in by renames; undo the ones done if a later rename fails."""
    trash = content / f".trash-{uuid.uuid4().hex}"
    trash.mkdir()
    moved: list[tuple[str, bool, bool]] = []  # (module id, old one moved aside, new one moved in)
    try:
        for mid in module_ids:
            had_old = (content / mid).exists()
            if had_old:
                (content / mid).rename(trash / mid)
            moved.append((mid, had_old, False))
            (staging / mid).rename(content / mid)
            moved[-1] = (mid, had_old, True)
    except OSError:
        for mid, had_old, new_in in reversed(moved):
            if new_in:
                shutil.rmtree(content / mid, ignore_errors=True)
            if had_old:
                (trash / mid).rename(content / mid)
        raise
    finally:
        shutil.rmtree(trash, ignore_errors=True)


def installed_modules(data_dir: Path) -> list[str]:
    content = installed_dir(data_dir)
    if not content.is_dir():
        return []
    return sorted(p.name for p in content.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def uninstall(module_id: str, data_dir: Path) -> None:
    """Remove an installed module; the bundled version, if there is one, is used again."""
    content = installed_dir(data_dir)
    folder = content / module_id
    if not MODULE_ID_RE.match(module_id) or not folder.is_dir() or folder.is_symlink():
        raise KeyError(module_id)
    trash = content / f".trash-{uuid.uuid4().hex}"
    folder.rename(trash)
    shutil.rmtree(trash, ignore_errors=True)

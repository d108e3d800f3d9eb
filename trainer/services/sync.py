"""Use cases for progress bundles: export, preview and import many bundles, merge and unmerge learners.

The GUI and the command line call these; neither touches bundles or SQL directly. Every bundle is
checked completely before it is merged, and each bundle is merged in one transaction, so a bad
file is refused whole and a good one is never half imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import __version__
from trainer.storage.database import DB_FILENAME, open_database, open_database_readonly
from trainer.storage.store import ProgressStore
from trainer.storage.sync_store import Link, LinkError, MergeCounts, SyncStore
from trainer.sync.bundle import Bundle, BundleError, read_bundle, write_bundle
from trainer.sync.duplicates import Profile, likely_duplicates
from trainer.sync.keys import key_fingerprint, load_or_create_device_key, public_key_text
from trainer.sync.records import TABLES

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "BundleError",
    "DuplicatePair",
    "ExportError",
    "ExportResult",
    "ImportResult",
    "LinkError",
    "Merge",
    "Preview",
    "SyncService",
]


class ExportError(ValueError):
    """An export that cannot be made (an unknown learner id); nothing was written."""


@dataclass(frozen=True)
class DuplicatePair:
    """``learner`` is probably the same person as ``same_as`` (same normalised name, role, region)."""

    learner: Profile
    same_as: Profile


@dataclass(frozen=True)
class BundleInfo:
    path: Path
    device_id: str
    exported: str
    app_version: str
    fingerprint: str
    records: dict[str, int]


@dataclass
class Preview:
    """What importing the chosen files would do; computed by merging them and rolling back."""

    new_learners: list[Profile] = field(default_factory=list)
    new_attempts: int = 0
    already_present: int = 0
    possible_duplicates: list[DuplicatePair] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    updated: int = 0
    new_records: int = 0
    conflicts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    bundles: list[BundleInfo] = field(default_factory=list)

    @property
    def importable(self) -> bool:
        return bool(self.bundles)


@dataclass
class ImportResult:
    imported: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    counts: MergeCounts = field(default_factory=MergeCounts)
    possible_duplicates: list[DuplicatePair] = field(default_factory=list)
    cancelled: bool = False


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: dict[str, int]
    fingerprint: str  # of the key that signed it, for the trainer to compare by eye


@dataclass(frozen=True)
class Merge:
    """A confirmed merge, as listed for undoing."""

    link_id: str
    learner: Profile
    same_as: Profile
    created: str


class SyncService:
    """Bundles in and out of one data folder's database."""

    def __init__(self, store: SyncStore, device_id: str, data_dir: Path) -> None:
        self.store = store
        self.device_id = device_id
        self.data_dir = Path(data_dir)

    @classmethod
    def for_db(cls, db: Database, data_dir: Path) -> SyncService:
        """A service over an open, migrated database of ``data_dir`` (which holds the signing key)."""
        return cls(SyncStore(db), ProgressStore(db).device_id, data_dir)

    @classmethod
    def open(cls, data_dir: Path, read_only: bool = False) -> SyncService:
        """A service with its own database connection, e.g. for a worker thread; ``close()`` it after.

        ``read_only`` (exports) also works on a read-only data folder.
        """
        path = Path(data_dir) / DB_FILENAME
        return cls.for_db(open_database_readonly(path) if read_only else open_database(path), data_dir)

    def close(self) -> None:
        self.store.db.close()

    # Export -----------------------------------------------------------------
    def export_progress(self, path: Path | str, learner_ids: Iterable[str] | None = None) -> ExportResult:
        """Write a signed bundle of every learner's progress, or only of ``learner_ids``."""
        ids = None if learner_ids is None else list(dict.fromkeys(learner_ids))
        if ids is not None:
            unknown = self.store.unknown_learners(ids)
            if unknown:
                raise ExportError(f"No learner {', '.join(unknown)} in this database; nothing was written.")
        records = self.store.export_records(ids)
        key = load_or_create_device_key(self.data_dir)
        written = write_bundle(Path(path), records, device_id=self.device_id, key=key, app_version=__version__)
        return ExportResult(written, {t: len(records[t]) for t in TABLES}, key_fingerprint(public_key_text(key)))

    # Import -----------------------------------------------------------------
    def _read(self, paths: Iterable[Path | str], errors: list[str]) -> list[Bundle]:
        bundles = []
        for p in paths:
            try:
                bundles.append(read_bundle(p))
            except BundleError as exc:
                errors.append(str(exc))
        return bundles

    def _key_warning(self, bundle: Bundle) -> str | None:
        seen = self.store.keys_seen(bundle.device_id)
        if seen and bundle.public_key not in seen:
            return (
                f"{bundle.path}: signed with key {key_fingerprint(bundle.public_key)}, not the key earlier bundles "
                f"from device {bundle.device_id} were signed with. The device may have been reinstalled, or its "
                "data folder copied; ask its owner before trusting it."
            )
        return None

    def preview_import(self, paths: Iterable[Path | str]) -> Preview:
        """What ``import_bundles(paths)`` would do, without changing anything."""
        preview = Preview()
        bundles = self._read(paths, preview.errors)
        counts = MergeCounts()
        with self.store.transaction(rollback=True):
            for b in bundles:
                counts.add(self.store.merge(b.records))
                preview.bundles.append(
                    BundleInfo(
                        b.path,
                        b.device_id,
                        b.exported,
                        b.app_version,
                        key_fingerprint(b.public_key),
                        {t: b.count(t) for t in TABLES},
                    )
                )
                warning = self._key_warning(b)
                if warning:
                    preview.warnings.append(warning)
            new_ids = set(counts.new_learner_ids)
            profiles = self.store.profiles()
            preview.new_learners = sorted((p for p in profiles if p.id in new_ids), key=lambda p: (p.name, p.id))
            preview.possible_duplicates = [DuplicatePair(a, b) for a, b in likely_duplicates(profiles, new_ids)]
        preview.new_attempts = len(counts.new_attempt_ids)
        preview.new_records = sum(counts.new.values())
        preview.updated = sum(counts.updated.values())
        preview.already_present = sum(counts.present.values())
        preview.conflicts = counts.conflicts
        return preview

    def import_bundles(
        self,
        paths: Iterable[Path | str],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Check and merge each bundle in its own transaction; refused files are listed in ``errors``.

        ``cancelled`` is asked between bundles: the bundles merged so far stay, none is half merged.
        """
        paths = list(paths)
        result = ImportResult()
        for i, p in enumerate(paths):
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            try:
                bundle = read_bundle(p)
            except BundleError as exc:
                result.errors.append(str(exc))
            else:
                with self.store.transaction():
                    counts = self.store.merge(bundle.records)
                    self.store.log_import(
                        bundle_sha256=bundle.sha256,
                        file_name=bundle.path.name,
                        device_id=bundle.device_id,
                        public_key=bundle.public_key,
                        exported=bundle.exported,
                        format_version=bundle.format_version,
                        counts=counts,
                    )
                result.counts.add(counts)
                result.imported.append(bundle.path)
            if progress is not None:
                progress(i + 1, len(paths))
        new_ids = set(result.counts.new_learner_ids)
        if new_ids:
            result.possible_duplicates = [
                DuplicatePair(a, b) for a, b in likely_duplicates(self.store.profiles(), new_ids)
            ]
        return result

    # Duplicates -------------------------------------------------------------
    def possible_duplicates(self) -> list[DuplicatePair]:
        """Every pair of profiles in the database that are probably one person and not merged yet."""
        return [DuplicatePair(a, b) for a, b in likely_duplicates(self.store.profiles())]

    def merge_learners(self, learner_id: str, same_as_id: str) -> str:
        """Count ``learner_id`` (and its records) as the person ``same_as_id``; returns the link id.

        Records are not rewritten: reports group by ``learner_identity.person_id``, and
        ``undo_merge`` restores the two profiles exactly.
        """
        return self.store.add_link(learner_id, same_as_id)

    def undo_merge(self, link_id: str) -> Link:
        return self.store.undo_link(link_id)

    def merges(self) -> list[Merge]:
        """Merges in force, oldest first, with both profiles for display."""
        profiles = {p.id: p for p in self.store.profiles()}
        return [
            Merge(link.id, profiles[link.learner_id], profiles[link.same_as_id], link.created)
            for link in self.store.links()
        ]

    def same_person(self, learner_id: str) -> list[str]:
        return self.store.same_person(learner_id)

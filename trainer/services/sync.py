"""Use cases for progress bundles: export, preview and import many bundles, merge and unmerge learners.

The GUI and the command line call these; neither touches bundles or SQL directly. Every bundle is
checked completely before it is merged, and merged all or nothing, so a bad file is refused whole
and a good one is never half imported. A bundle is imported only when its signing key is trusted
here (or the trainer trusts it now), and it may add records only for learners its device brought
here or the trainer allowed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import __version__
from trainer.services.trust_files import revoked_key_problem
from trainer.storage.database import DB_FILENAME, open_database, open_database_readonly
from trainer.storage.store import ProgressStore
from trainer.storage.sync_store import Conflict, Link, LinkError, MergeCounts, Source, SyncStore
from trainer.storage.trust import TrustStore
from trainer.sync.bundle import Bundle, BundleError, read_bundle, write_bundle
from trainer.sync.checks import CheckFailed, PassMark, check_bundle
from trainer.sync.duplicates import Profile, likely_duplicates
from trainer.sync.keys import KEY_FILENAME, key_fingerprint, load_or_create_device_key, public_key_text
from trainer.sync.records import TABLES, RecordError, check_record, describe

if TYPE_CHECKING:
    from sqlite_utils import Database

    from trainer.content.loader import Catalogue

__all__ = [
    "BundleError",
    "Conflict",
    "Decisions",
    "DuplicatePair",
    "ExportError",
    "ExportResult",
    "ForeignLearner",
    "ImportResult",
    "LinkError",
    "Merge",
    "Preview",
    "SyncService",
    "pass_marks_of",
]

TRUSTED_KINDS = ("device", "trainer")
"""Kinds of trusted keys whose bundles import: learners' devices, and trainers' computers."""

COMMIT_EVERY = 0.5
"""Seconds of importing between commits: each commit waits for the disk, so many small bundles
are committed together (each still all or nothing), while a long import still commits as it goes."""


class ExportError(ValueError):
    """An export that cannot be made (an unknown learner id, a record no import would accept)."""


class _Refused(Exception):
    """A bundle refused after merging began (a learner its device may not add to); rolled back."""


def normalise_fingerprint(text: str) -> str:
    """``d8e1e9686f19c6f8`` or ``D8E1 E968 6F19 C6F8`` -> ``D8E1E9686F19C6F8`` (compare as typed)."""
    return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")


def pass_marks_of(catalogue: Catalogue) -> dict[str, PassMark]:
    """The pass mark of each module this computer has, at its content version, for checking bundles."""
    return {m.id: PassMark(m.meta.version, float(m.pass_mark)) for m in catalogue.modules.values()}


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
    public_key: str = ""
    trusted: bool = True
    imported_before: int = 0  # bundles signed with this key imported here earlier
    last_imported: str | None = None


@dataclass(frozen=True)
class ForeignLearner:
    """A learner already here whom a bundle's device did not bring here: its records need a decision."""

    learner: Profile
    path: Path
    fingerprint: str
    records: int


@dataclass
class Decisions:
    """What the trainer decided in the preview (or on the command line)."""

    trust: set[str] = field(default_factory=set)
    """Keys to trust now, as fingerprints (any spacing or case) or base64 public keys."""
    allow_learners: set[str] = field(default_factory=set)
    """Learner ids whose records may come from a device not linked to them."""

    def trusts(self, public_key: str) -> bool:
        wanted = {normalise_fingerprint(t) for t in self.trust}
        return public_key in self.trust or normalise_fingerprint(key_fingerprint(public_key)) in wanted


@dataclass
class Preview:
    """What importing the chosen files would do; computed by merging them and rolling back."""

    new_learners: list[Profile] = field(default_factory=list)
    new_attempts: int = 0
    already_present: int = 0
    possible_duplicates: list[DuplicatePair] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    new_records: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    bundles: list[BundleInfo] = field(default_factory=list)
    foreign: list[ForeignLearner] = field(default_factory=list)

    @property
    def importable(self) -> bool:
        return bool(self.bundles)

    @property
    def untrusted(self) -> list[BundleInfo]:
        """Bundles signed by a key not trusted here: imported only if the trainer trusts the key."""
        return [b for b in self.bundles if not b.trusted]

    @property
    def new_conflicts(self) -> list[Conflict]:
        return [c for c in self.conflicts if not c.known]


@dataclass
class ImportResult:
    imported: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    counts: MergeCounts = field(default_factory=MergeCounts)
    possible_duplicates: list[DuplicatePair] = field(default_factory=list)
    cancelled: bool = False
    trusted: list[str] = field(default_factory=list)  # fingerprints trusted by this import

    @property
    def new_conflicts(self) -> list[Conflict]:
        return [c for c in self.counts.conflicts if not c.known]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: dict[str, int]
    fingerprint: str  # of the key that signed it, for the trainer to compare by eye


@dataclass(frozen=True)
class DeviceIdentity:
    """What a learner reads out to a trainer so the trainer can trust this computer's bundles."""

    device_id: str
    fingerprint: str


@dataclass(frozen=True)
class Merge:
    """A confirmed merge, as listed for undoing."""

    link_id: str
    learner: Profile
    same_as: Profile
    created: str


class SyncService:
    """Bundles in and out of one data folder's database."""

    def __init__(
        self,
        store: SyncStore,
        device_id: str,
        data_dir: Path,
        pass_marks: Mapping[str, PassMark] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.trust = TrustStore(store.db)
        self.device_id = device_id
        self.data_dir = Path(data_dir)
        self.pass_marks = dict(pass_marks or {})
        self._clock = clock

    @classmethod
    def for_db(cls, db: Database, data_dir: Path, pass_marks: Mapping[str, PassMark] | None = None) -> SyncService:
        """A service over an open, migrated database of ``data_dir`` (which holds the signing key)."""
        return cls(SyncStore(db), ProgressStore(db).device_id, data_dir, pass_marks)

    @classmethod
    def open(
        cls, data_dir: Path, read_only: bool = False, pass_marks: Mapping[str, PassMark] | None = None
    ) -> SyncService:
        """A service with its own database connection, e.g. for a worker thread; ``close()`` it after.

        ``read_only`` (exports) also works on a read-only data folder.
        """
        path = Path(data_dir) / DB_FILENAME
        return cls.for_db(open_database_readonly(path) if read_only else open_database(path), data_dir, pass_marks)

    def close(self) -> None:
        self.store.db.close()

    # This computer ------------------------------------------------------------
    def this_device(self) -> DeviceIdentity:
        """This data folder's device id and key fingerprint (the key is made if there is none yet)."""
        key = load_or_create_device_key(self.data_dir)
        return DeviceIdentity(self.device_id, key_fingerprint(public_key_text(key)))

    def _own_key(self) -> str | None:
        if not (self.data_dir / KEY_FILENAME).is_file():
            return None
        try:
            return public_key_text(load_or_create_device_key(self.data_dir))
        except Exception:  # an unusable key file: this folder signs nothing, so trusts nothing as its own
            return None

    # Export -----------------------------------------------------------------
    def export_progress(self, path: Path | str, learner_ids: Iterable[str] | None = None) -> ExportResult:
        """Write a signed bundle of every learner's progress, or only of ``learner_ids``.

        The records are checked as an import would check them first, so a bundle is never written
        that every other computer would refuse (a name longer than the form allows, say).
        """
        ids = None if learner_ids is None else list(dict.fromkeys(learner_ids))
        if ids is not None:
            unknown = self.store.unknown_learners(ids)
            if unknown:
                raise ExportError(f"No learner {', '.join(unknown)} in this database; nothing was written.")
        records = self.store.export_records(ids)
        _check_export(records, self._clock())
        key = load_or_create_device_key(self.data_dir)
        written = write_bundle(Path(path), records, device_id=self.device_id, key=key, app_version=__version__)
        return ExportResult(written, {t: len(records[t]) for t in TABLES}, key_fingerprint(public_key_text(key)))

    # Import -----------------------------------------------------------------
    def _read(self, path: Path | str) -> Bundle:
        revoked = partial(revoked_key_problem, self.trust)
        return read_bundle(path, now=self._clock(), pass_marks=self.pass_marks, revoked=revoked)

    def _trusted(self, public_key: str, own: str | None) -> bool:
        return public_key == own or self.trust.is_trusted(public_key, TRUSTED_KINDS)

    def _key_warning(self, bundle: Bundle) -> str | None:
        seen = self.store.keys_seen(bundle.device_id)
        if seen and bundle.public_key not in seen:
            return (
                f"{bundle.path}: signed with key {key_fingerprint(bundle.public_key)}, not the key earlier bundles "
                f"from device {bundle.device_id} were signed with. The device may have been reinstalled, or its "
                "data folder copied; ask its owner before trusting it."
            )
        return None

    def _info(self, b: Bundle, own: str | None) -> BundleInfo:
        before, last = self.store.key_history(b.public_key)
        return BundleInfo(
            b.path,
            b.device_id,
            b.exported,
            b.app_version,
            key_fingerprint(b.public_key),
            {t: b.count(t) for t in TABLES},
            b.public_key,
            self._trusted(b.public_key, own),
            before,
            last,
        )

    @staticmethod
    def _source(b: Bundle, own: str | None) -> Source:
        return Source(b.sha256, b.path.name, b.device_id, b.public_key, own_key=b.public_key == own)

    def preview_import(self, paths: Iterable[Path | str], decisions: Decisions | None = None) -> Preview:
        """What ``import_bundles(paths, decisions)`` would do, without changing anything.

        Bundles signed by an untrusted key are merged too (and listed in ``untrusted``), so the
        trainer sees what trusting them would bring.
        """
        decisions = decisions or Decisions()
        preview = Preview()
        bundles = []
        for p in paths:
            try:
                bundles.append(self._read(p))
            except BundleError as exc:
                preview.errors.append(str(exc))
        own = self._own_key()
        counts = MergeCounts()
        with self.store.transaction(rollback=True):
            for b in bundles:
                info = self._info(b, own)
                merged = self.store.merge(b.records, self._source(b, own), decisions.allow_learners)
                counts.add(merged)
                preview.bundles.append(info)
                warning = self._key_warning(b)
                if warning:
                    preview.warnings.append(warning)
                for learner_id, n in sorted(merged.foreign.items()):
                    profile = self._profile(learner_id)
                    if profile is not None:
                        preview.foreign.append(ForeignLearner(profile, b.path, info.fingerprint, n))
            new_ids = set(counts.new_learner_ids)
            profiles = self.store.profiles()
            preview.new_learners = sorted((p for p in profiles if p.id in new_ids), key=lambda p: (p.name, p.id))
            preview.possible_duplicates = [DuplicatePair(a, b) for a, b in likely_duplicates(profiles, new_ids)]
        preview.new_attempts = len(counts.new_attempt_ids)
        preview.new_records = sum(counts.new.values())
        preview.already_present = sum(counts.present.values())
        preview.conflicts = counts.conflicts
        return preview

    def _profile(self, learner_id: str) -> Profile | None:
        return next((p for p in self.store.profiles() if p.id == learner_id), None)

    def import_bundles(
        self,
        paths: Iterable[Path | str],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        decisions: Decisions | None = None,
    ) -> ImportResult:
        """Check and merge each bundle all or nothing; refused files are listed in ``errors``.

        A bundle signed by a key not trusted here is refused unless ``decisions`` trusts it (the
        key is then trusted from now on); one adding records for a learner its device did not
        bring here is refused unless ``decisions`` allows that learner. ``cancelled`` is asked
        between bundles: the bundles merged so far stay, none is half merged.
        """
        decisions = decisions or Decisions()
        paths = list(paths)
        result = ImportResult()
        own = self._own_key()
        conn = self.store.db.conn
        started = None
        try:
            for i, p in enumerate(paths):
                if cancelled is not None and cancelled():
                    result.cancelled = True
                    break
                try:
                    bundle = self._read(p)
                except BundleError as exc:
                    result.errors.append(str(exc))
                else:
                    if started is None:
                        conn.execute("BEGIN IMMEDIATE")
                        started = time.monotonic()
                    self._import_one(bundle, own, decisions, result)
                    if time.monotonic() - started > COMMIT_EVERY:
                        conn.execute("COMMIT")
                        started = None
                if progress is not None:
                    progress(i + 1, len(paths))
            if started is not None:
                conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        new_ids = set(result.counts.new_learner_ids)
        if new_ids:
            result.possible_duplicates = [
                DuplicatePair(a, b) for a, b in likely_duplicates(self.store.profiles(), new_ids)
            ]
        return result

    def _import_one(self, bundle: Bundle, own: str | None, decisions: Decisions, result: ImportResult) -> None:
        """Merge one bundle inside a savepoint of the open transaction; on refusal, roll it back."""
        fingerprint = key_fingerprint(bundle.public_key)
        trusted_now = False
        if not self._trusted(bundle.public_key, own):
            if not decisions.trusts(bundle.public_key):
                result.errors.append(
                    str(
                        BundleError(
                            bundle.path,
                            f"is signed with the key {fingerprint} (device {bundle.device_id}), which this computer "
                            "does not trust yet. Compare it with Profile → About this computer on the laptop that "
                            "made the file; if they match, trust it in the import preview, or run "
                            f'import-progress --trust "{fingerprint}" FILE',
                        )
                    )
                )
                return
            trusted_now = True
        conn = self.store.db.conn
        conn.execute("SAVEPOINT bundle")
        try:
            if trusted_now:
                self.trust.trust(
                    bundle.public_key,
                    "device",
                    label=f"device {bundle.device_id}",
                    origin=f"import of {bundle.path.name}",
                )
            counts = self.store.merge(bundle.records, self._source(bundle, own), decisions.allow_learners)
            if counts.foreign:
                raise _Refused(self._foreign_message(bundle, counts.foreign))
            self.store.log_import(
                bundle_sha256=bundle.sha256,
                file_name=bundle.path.name,
                device_id=bundle.device_id,
                public_key=bundle.public_key,
                exported=bundle.exported,
                format_version=bundle.format_version,
                counts=counts,
            )
        except _Refused as exc:
            conn.execute("ROLLBACK TO SAVEPOINT bundle")
            conn.execute("RELEASE SAVEPOINT bundle")
            result.errors.append(str(BundleError(bundle.path, str(exc))))
            return
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO SAVEPOINT bundle")
                conn.execute("RELEASE SAVEPOINT bundle")
            raise
        conn.execute("RELEASE SAVEPOINT bundle")
        if trusted_now:
            result.trusted.append(fingerprint)
        result.counts.add(counts)
        result.imported.append(bundle.path)

    def _foreign_message(self, bundle: Bundle, foreign: dict[str, int]) -> str:
        names = []
        for learner_id in sorted(foreign):
            profile = self._profile(learner_id)
            names.append(f"{profile.name if profile else '?'} (id {learner_id})")
        ids = " ".join(f"--allow-learner {i}" for i in sorted(foreign))
        return (
            f"adds records for {', '.join(names)}, registered here from another device than the one that "
            f"signed this file (key {key_fingerprint(bundle.public_key)}). If that is right (the learner "
            f"also uses this laptop), allow it: tick it in the import preview, or run import-progress {ids} FILE"
        )

    def conflicts(self, limit: int | None = None) -> list[Conflict]:
        """Copies earlier imports kept aside because they differ from the records here, newest first."""
        return self.store.conflicts(limit)

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


def _check_export(records: dict[str, list[dict]], now: datetime) -> None:
    """Refuse to write a bundle that imports would refuse, naming the record to correct."""
    for table in TABLES:
        for record in records[table]:
            try:
                check_record(table, dict(record))  # it may set or drop top-level fields only
            except RecordError as exc:
                raise ExportError(
                    f"Cannot export: the {describe(table, record)} has a {exc.field or 'value'} no other computer "
                    f"would accept ({exc.problem}). Correct it (for a name: Profile → Edit my profile), then "
                    "export again; nothing was written."
                ) from exc
    try:
        check_bundle(records, now.isoformat(timespec="seconds"), now)
    except CheckFailed as exc:
        raise ExportError(f"Cannot export: {exc}. Nothing was written.") from exc

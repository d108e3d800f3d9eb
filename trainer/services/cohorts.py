"""Use cases for cohorts: manage groups and their assignments, members' standing, cohort files, sheets.

The trainer's database signs cohort files with its device key (the same key that signs its
progress bundles); a laptop imports a file only from a key it trusts as a trainer's, and an import
writes cohort rows and the cohort's pre/post tests only, never progress.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer import __version__
from trainer.domain import cohorts as rules
from trainer.domain.analytics import spreadsheet_safe, state_of
from trainer.domain.cohorts import Assignment, Cohort, CohortError, LearnerAssignment, Member, MemberStanding
from trainer.domain.prepost import PHASES
from trainer.storage.cohorts import CohortStore
from trainer.storage.session_measures import PrepostTest, SessionMeasuresStore
from trainer.storage.store import ProgressStore

if TYPE_CHECKING:
    from sqlite_utils import Database

    from trainer.content.loader import Catalogue
    from trainer.storage.trust import TrustStore
    from trainer.sync.cohort_file import CohortFile

SUFFIX = rules.FILE_SUFFIX

__all__ = [
    "SUFFIX",
    "CohortError",
    "CohortImportError",
    "CohortService",
    "ExportedFile",
    "ImportOutcome",
    "UntrustedKey",
]

SHEET_COLUMNS = (
    "cohort",
    "learner_id",
    "learner",
    "role",
    "region",
    "unit",
    "status",
    "module_id",
    "module",
    "due",
    "state",
    "best_score",
    "overdue",
    "last_activity",
)


class CohortImportError(Exception):
    """A checked cohort file that this database refuses (older, another trainer's, made here)."""


class UntrustedKey(CohortImportError):
    """The file is signed by a key not (or no longer) trusted as a trainer's."""

    def __init__(self, checked: CohortFile, revoked: bool) -> None:
        from trainer.sync.keys import key_fingerprint

        self.checked, self.revoked = checked, revoked
        self.fingerprint = key_fingerprint(checked.public_key)
        problem = "was revoked here" if revoked else "is not trusted here yet"
        super().__init__(
            f"{checked.path}: it is signed by the trainer key {self.fingerprint}, which {problem}. "
            "Nothing from this file was imported."
        )


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    fingerprint: str  # of the signing key, for the trainer to read out to learners
    assignments: int
    members: int


@dataclass(frozen=True)
class ImportOutcome:
    cohort_id: str
    name: str
    change: str  # "new" | "replaced" | "unchanged"
    assignments: int
    fingerprint: str
    member_added: bool  # the learner who imported it joined the cohort here
    tests_added: tuple[str, ...] = ()  # phases of pre/post tests new here
    tests_kept: tuple[str, ...] = ()  # phases already here with other settings: the stored test stays
    unknown_modules: tuple[str, ...] = ()  # assigned or tested modules this computer does not have


@dataclass
class CohortService:
    """Cohorts of one database. ``session_sources`` fill sections of session reports (see session_report).

    Signing and trust (cryptography) are imported only when a cohort file is written or read, so
    Home can list a learner's assignments without them.
    """

    db: Database
    catalogue: Catalogue
    data_dir: Path | None = None
    clock: Callable[[], date] = date.today
    session_sources: list[Callable[..., Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.store = CohortStore(self.db)
        self.progress = ProgressStore(self.db)

    @property
    def trust(self) -> TrustStore:
        from trainer.storage.trust import TrustStore

        return TrustStore(self.db)

    # Cohorts ----------------------------------------------------------------
    def cohorts(self) -> list[Cohort]:
        return self.store.cohorts()

    def member_counts(self) -> dict[str, int]:
        return self.store.member_counts()

    def cohort(self, cohort_id: str) -> Cohort:
        cohort = self.store.cohort(cohort_id)
        if cohort is None:
            raise KeyError(cohort_id)
        return cohort

    def create(self, name: str, trainers: str = "", starts: date | None = None, ends: date | None = None) -> Cohort:
        name, trainers = rules.check_cohort(name, trainers, starts, ends)
        return self.cohort(self.store.create(name, trainers, starts, ends))

    def update(self, cohort_id: str, name: str, trainers: str, starts: date | None, ends: date | None) -> Cohort:
        if self.cohort(cohort_id).imported:
            raise CohortError("cohort", "imported")
        name, trainers = rules.check_cohort(name, trainers, starts, ends)
        self.store.update(cohort_id, name, trainers, starts, ends)
        return self.cohort(cohort_id)

    def delete(self, cohort_id: str) -> None:
        """Delete the cohort, its member list and assignments; learners and progress stay."""
        self.store.delete(cohort_id)

    # Members ----------------------------------------------------------------
    def members(self, cohort_id: str) -> list[Member]:
        return self.store.members(cohort_id)

    def add_members(self, cohort_id: str, learner_ids: Iterable[str]) -> int:
        self.cohort(cohort_id)
        return self.store.add_members(cohort_id, learner_ids)

    def remove_members(self, cohort_id: str, learner_ids: Iterable[str]) -> int:
        return self.store.remove_members(cohort_id, learner_ids)

    def learner_choices(self) -> list[tuple[str, str, str, str, str, bool]]:
        return self.store.learner_choices()

    # Assignments --------------------------------------------------------------
    def assignments(self, cohort_id: str) -> list[Assignment]:
        return self.store.assignments(cohort_id)

    def assign(self, cohort_id: str, module_id: str, due: date) -> None:
        """Assign a module (or move its due day). Only modules of this catalogue can be assigned."""
        cohort = self.cohort(cohort_id)
        if cohort.imported:
            raise CohortError("cohort", "imported")
        if module_id not in self.catalogue.modules:
            raise CohortError("module", "unknown", module_id)
        if not rules.FIRST_DAY <= due <= rules.LAST_DAY:
            raise CohortError("due", "out_of_range", due.isoformat())
        self.store.assign(cohort_id, module_id, due)

    def unassign(self, cohort_id: str, module_id: str) -> None:
        self.store.unassign(cohort_id, module_id)

    def module_title(self, module_id: str, language: str = "en") -> str:
        module = self.catalogue.modules.get(module_id)
        return module.title_in(language) if module else module_id

    # Standing ---------------------------------------------------------------
    def at_risk_days(self) -> int:
        try:
            value = int(self.progress.setting(rules.AT_RISK_SETTING) or rules.DEFAULT_AT_RISK_DAYS)
        except ValueError:
            return rules.DEFAULT_AT_RISK_DAYS
        return value if 1 <= value <= 365 else rules.DEFAULT_AT_RISK_DAYS

    def set_at_risk_days(self, days: int) -> None:
        if not 1 <= days <= 365:
            raise CohortError("at_risk_days", "out_of_range", str(days))
        self.progress.set_setting(rules.AT_RISK_SETTING, str(days))

    def standings(self, cohort_id: str, today: date | None = None) -> list[MemberStanding]:
        """Every member's status (done, on track, at risk, overdue), by name."""
        cohort = self.cohort(cohort_id)
        today = today or self.clock()
        assignments = self.store.assignments(cohort_id)
        progress = self.store.module_progress(cohort_id)
        activity = self.store.last_activity(cohort_id)
        days = self.at_risk_days()
        return [
            rules.standing(
                m, assignments, progress.get(m.learner_id, {}), activity.get(m.learner_id), cohort.starts, today, days
            )
            for m in self.store.members(cohort_id)
        ]

    def learner_assignments(self, learner_id: str) -> list[LearnerAssignment]:
        """What the learner's home lists: modules assigned to them through their cohorts, by due day."""
        return [a for a in self.store.with_passed(learner_id) if a.module_id in self.catalogue.modules]

    # Cohort files -------------------------------------------------------------
    def default_file_name(self, cohort_id: str) -> str:
        cohort = self.cohort(cohort_id)
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in cohort.name).strip("-")[:60] or "cohort"
        return f"qorgau-cohort-{safe}-{self.clock().isoformat()}{SUFFIX}"

    def export_file(self, cohort_id: str, path: Path) -> ExportedFile:
        """Write the signed cohort file for laptops, atomically."""
        from trainer.services.exports import atomic_output
        from trainer.sync.cohort_file import CohortTest, write_cohort_file
        from trainer.sync.keys import key_fingerprint, load_or_create_device_key, public_key_text

        if self.data_dir is None:
            raise CohortImportError("This database has no data folder, so it has no signing key.")
        cohort = self.cohort(cohort_id)
        if cohort.imported:
            raise CohortError("cohort", "imported")
        key = load_or_create_device_key(self.data_dir)
        assignments = [(a.module_id, a.due) for a in self.store.assignments(cohort_id)]
        members = [m.learner_id for m in self.store.members(cohort_id)]
        tests = [CohortTest(t.phase, t.module_ids, t.items, t.opened) for t in self._tests(cohort_id)]
        path = Path(path)
        with atomic_output(path, SUFFIX) as tmp:
            write_cohort_file(
                tmp,
                key=key,
                device_id=self.progress.device_id,
                app_version=__version__,
                cohort_id=cohort.id,
                name=cohort.name,
                trainers=cohort.trainers,
                starts=cohort.starts,
                ends=cohort.ends,
                assignments=assignments,
                members=members,
                tests=tests,
            )
        return ExportedFile(path, key_fingerprint(public_key_text(key)), len(assignments), len(members))

    def check_file(self, path: Path | str) -> CohortFile:
        """Read and check a cohort file (signature, schema, sizes, dates). CohortFileError if refused."""
        from trainer.sync.cohort_file import read_cohort_file

        return read_cohort_file(path)

    def is_trusted(self, checked: CohortFile) -> bool:
        return self.trust.is_trusted(checked.public_key, ("trainer",))

    def trust_key(self, checked: CohortFile) -> None:
        """Trust the file's key as a trainer's (after the person here compared its fingerprint)."""
        entry = self.trust.get(checked.public_key)
        if entry is not None and entry.revoked_at is not None:
            raise UntrustedKey(checked, revoked=True)
        self.trust.trust(checked.public_key, "trainer", checked.trainers[:80], f"cohort file {checked.path.name}")

    def import_file(self, checked: CohortFile, learner_id: str | None = None) -> ImportOutcome:
        """Store the file's cohort, assignments and new pre/post tests; add ``learner_id`` (who imported
        it) as a member. The outcome names the modules this computer lacks (their items are left out).

        Refused: an untrusted or revoked key (UntrustedKey), a cohort made in this database, one
        imported from another trainer's key, or a file older than the one imported before.
        Progress is never read from or written by an import.
        """
        from trainer.sync.keys import key_fingerprint

        fingerprint = key_fingerprint(checked.public_key)
        entry = self.trust.get(checked.public_key)
        if not self.is_trusted(checked):
            raise UntrustedKey(checked, revoked=entry is not None and entry.revoked_at is not None)
        existing = self.store.cohort(checked.cohort_id)
        change = "new"
        if existing is not None:
            if existing.source_key is None:
                raise CohortImportError(
                    f"{checked.path}: the cohort {existing.name!r} was made in this database; "
                    "a cohort file cannot replace it. Nothing was imported."
                )
            if existing.source_key != checked.public_key:
                raise CohortImportError(
                    f"{checked.path}: the cohort {existing.name!r} was imported from another trainer's key "
                    f"({key_fingerprint(existing.source_key)}); this file is signed by {fingerprint}. "
                    "Nothing was imported."
                )
            before = datetime.fromisoformat(existing.exported or "1970-01-01T00:00:00+00:00")
            after = datetime.fromisoformat(checked.exported)
            if after < before:
                raise CohortImportError(
                    f"{checked.path}: this cohort file was exported on {checked.exported}, before the one "
                    f"already imported ({existing.exported}). Nothing was imported."
                )
            change = "unchanged" if after == before else "replaced"
        was_member = learner_id is not None and any(
            m.learner_id == learner_id for m in self.store.members(checked.cohort_id)
        )
        cohort = Cohort(
            id=checked.cohort_id,
            name=checked.name,
            trainers=checked.trainers,
            starts=checked.starts,
            ends=checked.ends,
            created=rules.now_iso(),
            source_key=checked.public_key,
            exported=checked.exported,
        )
        assignments = [Assignment(m, d) for m, d in checked.assignments]
        if change == "unchanged":
            assignments = self.store.assignments(checked.cohort_id)
        members = [*checked.members, *([learner_id] if learner_id else [])]
        # The tests are inserted only: a phase already open here keeps its row (rows never change).
        stored = {t.phase: t for t in self._tests(checked.cohort_id)}
        tests = [PrepostTest(checked.cohort_id, t.phase, t.module_ids, t.items, t.opened) for t in checked.tests]
        with self.db.atomic():
            self.store.save_imported(cohort, assignments, members)
            SessionMeasuresStore(self.db).add_tests(t for t in tests if t.phase not in stored)
        wanted = {m for m, _ in checked.assignments} | {m for t in checked.tests for m in t.module_ids}
        return ImportOutcome(
            checked.cohort_id,
            checked.name,
            change,
            len(assignments),
            fingerprint,
            learner_id is not None and not was_member,
            tests_added=tuple(t.phase for t in tests if t.phase not in stored),
            tests_kept=tuple(t.phase for t in tests if t.phase in stored and stored[t.phase] != t),
            unknown_modules=tuple(sorted(wanted - set(self.catalogue.modules))),
        )

    def _tests(self, cohort_id: str) -> list[PrepostTest]:
        """The cohort's pre/post tests, pre first."""
        measures = SessionMeasuresStore(self.db)
        return [t for phase in PHASES if (t := measures.test(cohort_id, phase)) is not None]

    # Sheets -------------------------------------------------------------------
    def sheet_rows(self, cohort_id: str, language: str = "en", today: date | None = None) -> list[list[Any]]:
        """One row per member and assigned module (SHEET_COLUMNS); a member with nothing assigned gets one row."""
        cohort = self.cohort(cohort_id)
        today = today or self.clock()
        assignments = self.store.assignments(cohort_id)
        rows: list[list[Any]] = []
        for s in self.standings(cohort_id, today):
            m = s.member
            base = [cohort.name, m.learner_id, m.name, m.role, m.region, m.unit, s.status]
            if not assignments:
                rows.append([*base, "", "", "", "", None, "", s.last_activity or ""])
            for a in assignments:
                p = s.progress.get(a.module_id)
                state = state_of(p.attempts, p.finished, p.passed) if p else "not_started"
                late = (p is None or not p.passed) and today > a.due
                rows.append(
                    [
                        *base,
                        a.module_id,
                        self.module_title(a.module_id, language),
                        a.due.isoformat(),
                        state,
                        p.best_score if p else None,
                        "yes" if late else "no",
                        s.last_activity or "",
                    ]
                )
        return rows

    def export_sheet(self, cohort_id: str, path: Path, language: str = "en") -> Path:
        """The cohort's members, assignments and status as CSV or XLSX (by the file's suffix), atomically."""
        from trainer.services.exports import atomic_output

        path = Path(path)
        rows = self.sheet_rows(cohort_id, language)
        kind = path.suffix.lower()
        with atomic_output(path, kind or ".csv") as tmp:
            if kind == ".xlsx":
                _write_xlsx(tmp, rows)
            else:
                with tmp.open("w", newline="", encoding="utf-8-sig") as f:
                    writer = csv.writer(f)
                    writer.writerow(SHEET_COLUMNS)
                    for row in rows:
                        writer.writerow([spreadsheet_safe(v) for v in row])
        return path


def _write_xlsx(path: Path, rows: list[list[Any]]) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    try:
        sheet = book.add_worksheet("Cohort")
        bold = book.add_format({"bold": True})
        widths = (24, 38, 26, 13, 16, 24, 10, 30, 40, 11, 12, 10, 8, 26)
        for col, (name, width) in enumerate(zip(SHEET_COLUMNS, widths, strict=True)):
            sheet.write_string(0, col, name, bold)
            sheet.set_column(col, col, width)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row):
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    sheet.write_number(r, c, value)
                elif value is not None:
                    sheet.write_string(r, c, str(value))
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, max(1, len(rows)), len(SHEET_COLUMNS) - 1)
    finally:
        book.close()

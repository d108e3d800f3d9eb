"""Everything the app needs, built once at start-up and passed in (no global singletons).

Services only some screens use (learner administration, certificates, progress bundles, cohorts,
session measures, reports, exports) are built, and their modules imported, the first time they
are asked for: the first window needs none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.content.cache import load_catalogue_cached
from trainer.content.installed import installed_dir
from trainer.services.curriculum import CurriculumService
from trainer.services.learners import LearnerService
from trainer.services.quiz import QuizService
from trainer.services.review import ReviewService
from trainer.services.trainer_auth import TrainerAuth
from trainer.storage.backup import GuardedOpen, Upkept, open_guarded
from trainer.storage.cohort_membership import in_a_cohort
from trainer.storage.database import StorageError
from trainer.storage.profile_list import ProfileList
from trainer.storage.store import ProgressStore

if TYPE_CHECKING:
    from trainer.content.loader import Catalogue
    from trainer.services.certificates import CertificateService
    from trainer.services.cohorts import CohortService
    from trainer.services.exports import ExportService
    from trainer.services.learner_admin import LearnerAdminService
    from trainer.services.reports import ReportService
    from trainer.services.session_measures import SessionMeasuresService
    from trainer.services.sync import SyncService

PENDING_EXPORTS = "pending-exports.txt"


class StartupError(Exception):
    """Something that stops the app from starting, worded for the user."""


@dataclass(eq=False)
class AppContext:
    data_dir: Path
    content_dir: Path
    store: ProgressStore
    catalogue: Catalogue
    quizzes: QuizService
    learners: LearnerService
    curriculum: CurriculumService
    reviews: ReviewService
    trainer_auth: TrainerAuth
    profiles: ProfileList  # the profile chooser's pages, in the interface language's order
    notices: list[str] = field(default_factory=list)  # start-up messages for the user (restore, upgrade)
    guard: GuardedOpen | None = None  # the deferred integrity check and backups of the database

    @classmethod
    def open(cls, data_dir: Path, content_dir: Path, defer_check: bool = False) -> AppContext:
        """Open the database and the catalogue; ``defer_check`` leaves the whole-file integrity
        check and the start backup to ``upkeep()`` (the window runs it after its first paint)."""
        try:
            opened = open_guarded(data_dir, defer_check=defer_check)  # check, restore, migrate
        except StorageError as exc:
            raise StartupError(str(exc)) from exc
        db = opened.db
        store = ProgressStore(db)
        catalogue = load_catalogue_cached(content_dir, [installed_dir(data_dir)], data_dir / "cache")
        quizzes = QuizService(store)
        learners = LearnerService(store)
        context = cls(
            data_dir=data_dir,
            content_dir=content_dir,
            store=store,
            catalogue=catalogue,
            quizzes=quizzes,
            learners=learners,
            curriculum=CurriculumService(store, catalogue, quizzes),
            reviews=ReviewService(store, catalogue),
            trainer_auth=TrainerAuth(store),
            profiles=ProfileList(db),
            notices=opened.notices,
            guard=opened,
        )
        if (data_dir / PENDING_EXPORTS).exists():
            context.exports  # noqa: B018 - building it removes partial files of exports killed last time
        return context

    # Built on first use ------------------------------------------------------------------------
    @cached_property
    def learner_admin(self) -> LearnerAdminService:
        """The trainer's learner list: edit, deactivate, reset a PIN, delete (trainer.services.learner_admin)."""
        from trainer.services.learner_admin import LearnerAdminService

        return LearnerAdminService(self.store, self.learners)

    @cached_property
    def certificates(self) -> CertificateService:
        from trainer.services.certificates import CertificateService, DeviceKey
        from trainer.storage.certificates import CertificateStore
        from trainer.storage.trust import TrustStore

        db = self.store.db
        return CertificateService(
            self.store, CertificateStore(db), self.catalogue, key=DeviceKey(self.data_dir), trust=TrustStore(db)
        )

    @cached_property
    def sync(self) -> SyncService | None:
        """Progress bundles (trainer.services.sync)."""
        from trainer.services.sync import SyncService

        return SyncService.for_db(self.store.db, self.data_dir)

    @cached_property
    def reports(self) -> ReportService | None:
        """Cohort figures for the trainer (trainer.services.reports)."""
        from trainer.services.reports import ReportService

        return ReportService(self.store.db, self.catalogue)

    @cached_property
    def exports(self) -> ExportService | None:
        """CSV / XLSX / PDF reports; partial files of exports killed last time are removed first."""
        from trainer.services.exports import ExportService, PendingFiles

        pending = PendingFiles(self.data_dir / PENDING_EXPORTS)
        pending.sweep()
        return ExportService(self.reports, pending=pending)

    @cached_property
    def measures(self) -> SessionMeasuresService | None:
        """A cohort's pre/post tests, attitude statements and module feedback (trainer.services.session_measures)."""
        from trainer.services.session_measures import SessionMeasuresService
        from trainer.storage.session_measures import SessionMeasuresStore

        return SessionMeasuresService(SessionMeasuresStore(self.store.db), self.catalogue, self._attitudes)

    def _attitudes(self) -> list:
        """The statements of ``attitudes.yaml``; a broken file leaves them out, its problems join the content's."""
        from trainer.content.attitudes import load_attitudes

        statements, errors = load_attitudes(self.content_dir, {f.id for f in self.catalogue.findings.items} or None)
        self.catalogue.errors.extend(errors)
        return statements

    def _measure_sections(self, report: object) -> list:
        from trainer.services.session_measures import session_report_sections

        return session_report_sections(self.measures, report) if self.measures is not None else []

    def _flagged_section(self, report: object) -> object | None:
        from trainer.services.session_flags import flagged_items_section

        return flagged_items_section(self.reports, report) if self.reports is not None else None

    @cached_property
    def cohorts(self) -> CohortService | None:
        """Training groups, their assignments and members' standing (trainer.services.cohorts)."""
        from trainer.services.cohorts import CohortService

        # The session report's pre/post, attitude and feedback sections come from the session measures,
        # its flagged items from the item analysis of the members' answers.
        return CohortService(
            self.store.db,
            self.catalogue,
            self.data_dir,
            session_sources=[self._measure_sections, self._flagged_section],
        )

    def in_a_cohort(self, learner_id: str) -> bool:
        """Whether cohorts can give this learner anything on Home (assignments, a pre/post test);
        when not, ``cohorts`` and ``measures`` need not be built to show it."""
        return in_a_cohort(self.store.db, learner_id)

    # After start-up and at exit --------------------------------------------------------------
    def upkeep(self) -> Callable[[Callable[[], bool]], Upkept] | None:
        """Work for a worker thread: the deferred integrity check, then the start backup when the
        database changed since the newest one. None when there is nothing to do."""
        return self.guard.work() if self.guard is not None else None

    def stop_upkeep(self) -> None:
        """Stop ``upkeep()``'s work within a moment (any thread): the app is closing."""
        if self.guard is not None:
            self.guard.cancel_work()

    def upkept(self, result: Upkept) -> None:
        """Take in what ``upkeep()``'s work found (on the thread that opened the context)."""
        if self.guard is not None:
            self.guard.upkept(result)

    def close(self, backup: bool = False) -> None:
        """Close the database; ``backup`` takes the clean-exit backup first if anything changed."""
        if "reports" in self.__dict__ and self.reports is not None:
            self.reports.close()
        if self.guard is not None:
            self.guard.close(backup=backup)
        else:
            self.store.close()

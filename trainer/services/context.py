"""Everything the app needs, built once at start-up and passed in (no global singletons)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from trainer.content.cache import load_catalogue_cached
from trainer.content.installed import installed_dir
from trainer.content.loader import Catalogue
from trainer.services.certificates import CertificateService
from trainer.services.curriculum import CurriculumService
from trainer.services.exports import ExportService, PendingFiles
from trainer.services.learner_admin import LearnerAdminService
from trainer.services.learners import LearnerService
from trainer.services.quiz import QuizService
from trainer.services.reports import ReportService
from trainer.services.review import ReviewService
from trainer.services.sync import SyncService
from trainer.services.trainer_auth import TrainerAuth
from trainer.storage.backup import backup_at_exit, open_guarded
from trainer.storage.certificates import CertificateStore
from trainer.storage.database import StorageError
from trainer.storage.store import ProgressStore


class StartupError(Exception):
    """Something that stops the app from starting, worded for the user."""


@dataclass
class AppContext:
    data_dir: Path
    content_dir: Path
    store: ProgressStore
    catalogue: Catalogue
    quizzes: QuizService
    learners: LearnerService
    curriculum: CurriculumService
    reviews: ReviewService
    certificates: CertificateService
    trainer_auth: TrainerAuth
    learner_admin: LearnerAdminService
    notices: list[str] = field(default_factory=list)  # start-up messages for the user (restore, upgrade)
    sync: SyncService | None = None  # progress bundles (trainer.services.sync)
    reports: ReportService | None = None  # cohort figures for the trainer (trainer.services.reports)
    exports: ExportService | None = None  # CSV / XLSX / PDF reports (trainer.services.exports)

    @classmethod
    def open(cls, data_dir: Path, content_dir: Path) -> AppContext:
        try:
            opened = open_guarded(data_dir)  # quick_check, restore or back up, migrate
        except StorageError as exc:
            raise StartupError(str(exc)) from exc
        db = opened.db
        store = ProgressStore(db)
        catalogue = load_catalogue_cached(content_dir, [installed_dir(data_dir)], data_dir / "cache")
        quizzes = QuizService(store)
        pending = PendingFiles(data_dir / "pending-exports.txt")
        pending.sweep()  # partial files of exports killed last time
        return cls(
            data_dir=data_dir,
            content_dir=content_dir,
            store=store,
            catalogue=catalogue,
            quizzes=quizzes,
            learners=LearnerService(store),
            curriculum=CurriculumService(store, catalogue, quizzes),
            reviews=ReviewService(store, catalogue),
            certificates=CertificateService(store, CertificateStore(db), catalogue),
            trainer_auth=TrainerAuth(store),
            learner_admin=LearnerAdminService(store, LearnerService(store)),
            notices=opened.notices,
            sync=SyncService.for_db(db, data_dir),
            reports=(reports := ReportService(db, catalogue)),
            exports=ExportService(reports, pending=pending),
        )

    def close(self, backup: bool = False) -> None:
        """Close the database; ``backup`` takes the clean-exit backup first."""
        if backup:
            backup_at_exit(self.store.db, self.data_dir)
        if self.reports is not None:
            self.reports.close()
        self.store.close()

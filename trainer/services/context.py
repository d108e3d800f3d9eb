"""Everything the app needs, built once at start-up and passed in (no global singletons)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.content.loader import Catalogue, load_catalogue
from trainer.services.certificates import CertificateService
from trainer.services.curriculum import CurriculumService
from trainer.services.learners import LearnerService
from trainer.services.quiz import QuizService
from trainer.services.review import ReviewService
from trainer.storage.certificates import CertificateStore
from trainer.storage.database import DB_FILENAME, StorageError, open_database
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

    @classmethod
    def open(cls, data_dir: Path, content_dir: Path) -> AppContext:
        try:
            db = open_database(data_dir / DB_FILENAME)
        except StorageError as exc:
            raise StartupError(str(exc)) from exc
        store = ProgressStore(db)
        catalogue = load_catalogue(content_dir)
        quizzes = QuizService(store)
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
        )

    def close(self) -> None:
        self.store.close()

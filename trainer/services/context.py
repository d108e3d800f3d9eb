"""Everything the app needs, built once at start-up and passed in (no global singletons)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.content.loader import Catalogue, load_catalogue
from trainer.services.quiz import QuizService
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

    @classmethod
    def open(cls, data_dir: Path, content_dir: Path) -> AppContext:
        try:
            db = open_database(data_dir / DB_FILENAME)
        except StorageError as exc:
            raise StartupError(str(exc)) from exc
        store = ProgressStore(db)
        catalogue = load_catalogue(content_dir)
        return cls(data_dir, content_dir, store, catalogue, QuizService(store))

    def close(self) -> None:
        self.store.close()

"""Laptops for the progress-bundle tests: data folders filled through the services, as the app does."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SAMPLE_MODULES
from trainer.content.loader import load_catalogue
from trainer.domain.grading import key_response
from trainer.services.certificates import CertificateService
from trainer.services.learners import LearnerService
from trainer.services.quiz import QuizService
from trainer.services.sync import Decisions, SyncService
from trainer.storage.certificates import CertificateStore
from trainer.storage.database import DB_FILENAME, open_database
from trainer.storage.store import ProgressStore
from trainer.storage.sync_store import SyncStore

PROGRESS_TABLES = ("learners", "lesson_progress", "attempts", "responses", "certificates")


def fill_laptop(data_dir: Path, people: list[tuple[str, str, str]]) -> list[str]:
    """Register ``people`` (name, role, region) in ``data_dir`` and give each some progress.

    Each learner reads the first lesson, passes the first module (and gets its certificate) and
    leaves a second attempt half answered. Returns the learner ids.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    catalogue = load_catalogue(SAMPLE_MODULES)
    store = ProgressStore(open_database(data_dir / DB_FILENAME))
    try:
        learners, quizzes = LearnerService(store), QuizService(store)
        certs = CertificateService(store, CertificateStore(store.db), catalogue)
        module = catalogue.modules["sample-01-basics"]
        ids = []
        for name, role, region in people:
            learner = learners.create(name, role, region)
            ids.append(learner.id)
            lesson = module.meta.lessons[0].id
            store.mark_lesson_opened(learner.id, module.id, lesson)
            store.mark_lesson_read(learner.id, module.id, lesson)
            session = quizzes.start_or_resume(learner.id, module, seed=7)
            for q in session.questions:
                quizzes.answer(session, q.id, key_response(q))
            quizzes.finish(session)
            certs.issue_for_module(learner.id, module.id)
            session = quizzes.start_or_resume(learner.id, module, seed=8)
            first = session.questions[0]
            quizzes.answer(session, first.id, key_response(first))
        return ids
    finally:
        store.close()


def open_sync(data_dir: Path) -> SyncService:
    data_dir.mkdir(parents=True, exist_ok=True)
    return SyncService.open(data_dir)


def dump(data_dir: Path, tables: tuple[str, ...] | None = None) -> dict:
    """Every row of every table (or of ``tables``) of a data folder's database, in a fixed order."""
    db = open_database(data_dir / DB_FILENAME)
    try:
        snap = SyncStore(db).snapshot()
    finally:
        db.close()
    return snap if tables is None else {t: snap[t] for t in tables}


def rows(data_dir: Path, sql: str) -> list[tuple]:
    db = open_database(data_dir / DB_FILENAME)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def records(data_dir: Path) -> dict[str, list[str]]:
    """The progress a data folder holds, as bundle records (JSON columns decoded), in a fixed order.

    Compares a database with the laptop its records came from: imported JSON columns are stored
    in one canonical spelling, which may differ from the original's key order or spacing.
    """
    from trainer.sync.records import canonical

    db = open_database(data_dir / DB_FILENAME)
    try:
        exported = SyncStore(db).export_records()
    finally:
        db.close()
    return {t: sorted(canonical(r) for r in exported[t]) for t in PROGRESS_TABLES}


def trusting(*paths: Path) -> Decisions:
    """The trainer's decision to trust the keys that signed ``paths`` (as ticking them in the preview)."""
    from trainer.sync.bundle import BundleError, read_bundle

    keys = set()
    for p in paths:
        try:
            keys.add(read_bundle(p).public_key)
        except BundleError:
            pass  # a damaged file: the import names it
    return Decisions(trust=keys)


def import_trusted(data_dir: Path, *paths: Path, allow: tuple[str, ...] = ()):
    """Import ``paths`` into ``data_dir``, trusting their keys (and allowing ``allow`` learners)."""
    service = open_sync(data_dir)
    try:
        decisions = trusting(*paths)
        decisions.allow_learners.update(allow)
        return service.import_bundles(paths, decisions=decisions)
    finally:
        service.close()


def export(data_dir: Path, out: Path, learner_ids: list[str] | None = None) -> Path:
    service = SyncService.open(data_dir)
    try:
        return service.export_progress(out, learner_ids).path
    finally:
        service.close()

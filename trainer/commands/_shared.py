"""What several subcommands need: the data folder's existing database and the loaded content."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from trainer import paths

if TYPE_CHECKING:  # imported only by the commands that use them (start-up time)
    from sqlite_utils import Database

    from trainer.content.loader import Catalogue


class CommandFailed(Exception):
    """A command cannot go on; the message is printed to stderr and ``status`` is the exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def database_path(args: argparse.Namespace) -> Path:
    from trainer.storage.database import DB_FILENAME

    return paths.data_dir(args.data_dir) / DB_FILENAME


def existing_database(args: argparse.Namespace, absent: str, read_only: bool = False) -> Database:
    """Open the database of --data-dir; a missing one is never created (``absent`` says what then).

    ``read_only`` commands also work on a read-only data folder.
    """
    from trainer.storage.database import StorageError, open_database, open_database_readonly

    db_path = database_path(args)
    if not db_path.is_file():
        raise CommandFailed(f"There is no Qorgau database at {db_path}; {absent} (--data-dir).", 1)
    try:
        return open_database_readonly(db_path) if read_only else open_database(db_path)
    except StorageError as exc:
        raise CommandFailed(str(exc), 2) from exc


@contextmanager
def data_folder_lock(args: argparse.Namespace) -> Iterator[None]:
    """Hold the data folder's lock, the one the app holds, for a command that writes there.

    A command refuses (changing nothing) while the app or another writing command is open on
    the same folder, instead of racing it for the database.
    """
    folder = paths.data_dir(args.data_dir)
    if not folder.is_dir():
        yield  # nothing there yet that anyone else could be using
        return
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(folder / paths.LOCK_FILENAME))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        if lock.error() == QLockFile.LockError.LockFailedError:
            raise CommandFailed(
                f"Qorgau is open with the data folder {folder} (the app, or another command that writes there). "
                "Close it, then try again. Nothing was changed.",
                3,
            )
        problem = paths.write_problem(folder) or "its lock file cannot be created"
        raise CommandFailed(f"Cannot write to the data folder {folder}: {problem}. Nothing was changed.", 2)
    try:
        yield
    finally:
        lock.unlock()


def content(args: argparse.Namespace) -> Catalogue:
    """The bundled modules (or --content-dir) with the content packs installed in the data folder."""
    from trainer.content.installed import installed_dir
    from trainer.content.loader import load_catalogue

    return load_catalogue(paths.content_dir(args.content_dir), overlays=[installed_dir(paths.data_dir(args.data_dir))])

"""What several subcommands need: the data folder's existing database and the loaded content."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlite_utils import Database

from trainer import paths
from trainer.content.loader import Catalogue


class CommandFailed(Exception):
    """A command cannot go on; the message is printed to stderr and ``status`` is the exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def database_path(args: argparse.Namespace) -> Path:
    from trainer.storage.database import DB_FILENAME

    return paths.data_dir(args.data_dir) / DB_FILENAME


def existing_database(args: argparse.Namespace, absent: str) -> Database:
    """Open the database of --data-dir; a missing one is never created (``absent`` says what then)."""
    from trainer.storage.database import StorageError, open_database

    db_path = database_path(args)
    if not db_path.is_file():
        raise CommandFailed(f"There is no Qorgau database at {db_path}; {absent} (--data-dir).", 1)
    try:
        return open_database(db_path)
    except StorageError as exc:
        raise CommandFailed(str(exc), 2) from exc


def content(args: argparse.Namespace) -> Catalogue:
    """The bundled modules (or --content-dir) with the content packs installed in the data folder."""
    from trainer.content.installed import installed_dir
    from trainer.content.loader import load_catalogue

    return load_catalogue(paths.content_dir(args.content_dir), overlays=[installed_dir(paths.data_dir(args.data_dir))])

"""Removing settings rows, for the administrator's reset of trainer mode.

``ProgressStore`` reads and writes settings; deleting them is rare and deliberate, so it lives here.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database


def delete_settings(db: Database, keys: Iterable[str]) -> int:
    """Delete the settings named in ``keys`` in one transaction; return how many rows went."""
    keys = list(keys)
    if not keys:
        return 0
    marks = ", ".join("?" for _ in keys)
    with db.atomic():
        cursor = db.execute(f"DELETE FROM settings WHERE key IN ({marks})", keys)
        return cursor.rowcount

"""The profile chooser's list model: 100,000 profiles in alphabetical order, read a page at a time.

Names are ordered by the interface language's collation (Kazakh: А, Ә, Б, … Ы, І, …), which
neither SQLite nor an index knows. ``ProfileList`` (storage) yields name prefixes with their
index ranges; here they are put in collation order, and prefixes that interleave in that order
(``Е`` and ``Ё`` in Russian, ``А`` and ``а``) are merged into one bucket. Buckets are read in turn
as the view scrolls (``fetchMore``): a bucket with more than ``SPLIT`` names is first split by
one more character, so only a few hundred names are read and sorted for the first screen.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QCollator, QLocale, QModelIndex, QPersistentModelIndex, Qt

from trainer.labels import region_name, role_name

if TYPE_CHECKING:
    from trainer.storage.profile_list import Prefix, ProfileList, ProfileRow

Index = QModelIndex | QPersistentModelIndex
_HIGH = "\uffff"  # sorts after every character: a prefix followed by it is above all its names
MAX_PREFIX = 40  # names sharing a longer prefix are read as one bucket, however many


@dataclass
class _Bucket:
    prefixes: list[Prefix]
    low: str  # sorts at or below every name in the bucket
    high: str  # sorts at or above every name in the bucket

    @classmethod
    def of(cls, prefix: Prefix) -> _Bucket:
        return cls([prefix], prefix.text, prefix.text if prefix.exact else prefix.text + _HIGH)

    @property
    def ranges(self) -> list[tuple[str, str]]:
        return [(p.low, p.high) for p in self.prefixes]


class ProfileModel(QAbstractListModel):
    """Active profiles, optionally only those whose name contains the search text.

    ``Qt.UserRole`` gives the row's ``ProfileRow``.
    """

    PAGE = 100  # rows added per fetchMore (at least)
    SPLIT = 400  # a bucket with more names than this is split by one more character

    def __init__(self, profiles: ProfileList | None = None, language: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.profiles = profiles
        # Kazakh and Russian order (А, Ә, … И, І, …) rather than code points, which put "І" before "А".
        self.collator = QCollator(QLocale(language))
        self.collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._keys: dict[str, object] = {}
        self._rows: list[ProfileRow] = []
        self._queue: list[_Bucket] = []
        self._needle = ""
        self._fetching = False

    @property
    def needle(self) -> str:
        return self._needle

    def set_source(self, profiles: ProfileList) -> None:
        self.profiles = profiles
        self.reload(self._needle)

    def reload(self, needle: str = "") -> None:
        """Start again from the first name (after profiles were added or changed, or a new search)."""
        self.beginResetModel()
        self._needle = needle.strip()
        self._rows = []
        self._queue = self._order([_Bucket.of(p) for p in self.profiles.prefixes()]) if self.profiles else []
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def row(self, row: int) -> ProfileRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # Qt's model interface ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            lock = self.tr(" (PIN)") if row.has_pin else ""
            return f"{row.name}{lock}\n{role_name(row.role)} · {region_name(row.region)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.name}, {role_name(row.role)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.name
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and bool(self._queue)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt override
        if parent.isValid() or self.profiles is None or self._fetching:
            return  # a view or a tester may ask again while rows are being inserted
        self._fetching = True
        try:
            self._fetch_page()
        finally:
            self._fetching = False

    def _fetch_page(self) -> None:
        assert self.profiles is not None
        added: list[ProfileRow] = []
        while self._queue and len(added) < self.PAGE:
            bucket = self._queue.pop(0)
            if not self._needle and self._splittable(bucket) and self.profiles.count(bucket.ranges) > self.SPLIT:
                self._queue[:0] = self._split(bucket)
                continue
            rows = self.profiles.rows(bucket.ranges, self._needle)
            if len(rows) > 1:  # a single name needs no collation (nor the collator's data, 2 MiB)
                rows.sort(key=lambda r: self._key(r.name))
            added.extend(rows)
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()

    # Buckets -----------------------------------------------------------------------------------
    def _key(self, name: str):
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = self.collator.sortKey(name)
        return key

    def _order(self, buckets: list[_Bucket]) -> list[_Bucket]:
        """Buckets in collation order, merging those whose names would interleave."""
        compare = self.collator.compare
        buckets.sort(key=functools.cmp_to_key(lambda a, b: compare(a.low, b.low)))
        merged: list[_Bucket] = []
        for bucket in buckets:
            last = merged[-1] if merged else None
            if last is not None and compare(last.high, bucket.low) >= 0:
                last.prefixes.extend(bucket.prefixes)
                if compare(bucket.high, last.high) > 0:
                    last.high = bucket.high
            else:
                merged.append(_Bucket(list(bucket.prefixes), bucket.low, bucket.high))
        return merged

    def _splittable(self, bucket: _Bucket) -> bool:
        return any(not p.exact and len(p.low) < MAX_PREFIX for p in bucket.prefixes)

    def _split(self, bucket: _Bucket) -> list[_Bucket]:
        assert self.profiles is not None
        parts: list[_Bucket] = []
        for prefix in bucket.prefixes:
            if prefix.exact or len(prefix.low) >= MAX_PREFIX:
                parts.append(_Bucket.of(prefix))
            else:
                parts.extend(
                    _Bucket.of(p) for p in self.profiles.prefixes(prefix.low, prefix.high, len(prefix.low) + 1)
                )
        return self._order(parts)

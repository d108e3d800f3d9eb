"""Qt table models for the trainer workspace: a generic column-spec model and the completion matrix.

Models hold plain rows the report service returned; the views sort and filter them through a
QSortFilterProxyModel using ``SORT_ROLE`` (numbers sort as numbers, empty cells last).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

translate = QCoreApplication.translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row object behind an index
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # completion-matrix state code

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its title, how to show a row's value, and how to sort it."""

    title: str
    value: Callable[[Any], Any]
    text: Callable[[Any], str] = lambda v: "" if v is None else str(v)
    numeric: bool = False
    tooltip: Callable[[Any], str] | None = None


class RowTableModel(QAbstractTableModel):
    """A read-only table of row objects described by ``Column``s.

    ``highlight(row) -> QColor | None`` colours whole rows (e.g. flagged questions); the text of
    such rows must say why as well, so colour is never the only signal.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        highlight: Callable[[Any], QColor | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._highlight = highlight

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(col.value(row))
        if role == SORT_ROLE:
            value = col.value(row)
            if col.numeric:
                return float("-inf") if value is None else float(value)
            return "" if value is None else str(value).casefold()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.BackgroundRole and self._highlight is not None:
            colour = self._highlight(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and self._highlight is not None and self._highlight(row) is not None:
            return QBrush(QColor("#000000"))
        return None


# Completion matrix ------------------------------------------------------------------------------

STATE_ORDER = ("not_started", "in_progress", "completed", "passed")
STATE_COLOURS = {
    "passed": QColor("#b9e4bc"),
    "completed": QColor("#f8c4c4"),
    "in_progress": QColor("#ffe7a3"),
    "not_started": QColor("#e6e8eb"),
}
STATE_SYMBOLS = {"passed": "✔", "completed": "✘", "in_progress": "◐", "not_started": "–"}


def state_name(state: str) -> str:
    return {
        "passed": translate("TrainerModels", "Passed"),
        "completed": translate("TrainerModels", "Completed, not passed"),
        "in_progress": translate("TrainerModels", "In progress"),
        "not_started": translate("TrainerModels", "Not started"),
    }.get(state, state)


def short_module_label(module_id: str) -> str:
    """'core-01-legal-map' -> 'core-01': a narrow label for a module (the full title is a tooltip)."""
    parts = module_id.split("-")
    return "-".join(parts[:2]) if len(parts) > 2 else module_id


def module_header(title: str, width: int = 16, lines: int = 3) -> str:
    """A module title on up to ``lines`` short lines, for a narrow matrix column (the tooltip has it whole)."""
    wrapped = textwrap.wrap(title, width) or [title]
    if len(wrapped) > lines:
        wrapped = [*wrapped[: lines - 1], textwrap.shorten(" ".join(wrapped[lines - 1 :]), width, placeholder="…")]
    return "\n".join(wrapped)


@dataclass(frozen=True)
class MatrixLearner:
    id: str
    name: str
    role: str
    region: str
    unit: str
    active: bool


# fetch(offset, limit, deliver): ask for the matrix rows of learners offset .. offset + limit - 1
# and hand them to deliver(rows), at once or later (from a background task).
PageFetch = Callable[[int, int, Callable[[Sequence[Any]], None]], None]


class CompletionMatrixModel(QAbstractTableModel):
    """Learners (rows) × modules (columns) from the report service's MatrixRows, a page at a time.

    The first ``FIXED`` columns describe the learner; each further column is a module, whose cell
    shows a symbol and the best score (text, so the state does not rest on colour alone) on a
    state colour. Cells of modules not in a learner's curriculum stay empty.

    The model holds only the learners fetched so far: ``canFetchMore``/``fetchMore`` ask for the
    next ``PAGE`` as the view scrolls, so a cohort of 100,000 never sits in memory as row objects.
    """

    FIXED = 4
    PAGE = 200

    def __init__(
        self,
        role_label: Callable[[str], str] = str,
        region_label: Callable[[str], str] = str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._role_label, self._region_label = role_label, region_label
        self.learners: list[MatrixLearner] = []
        self.modules: list[tuple[str, str]] = []  # (id, title)
        self.cells: dict[tuple[int, int], Any] = {}
        self.total = 0  # learners in the whole matrix, fetched or not
        self._module_index: dict[str, int] = {}
        self._fetch: PageFetch | None = None
        self._counts: dict[str, int] | None = None
        self._generation = 0
        self._pending = False

    def set_matrix(
        self,
        rows: Sequence[Any],
        module_order: Sequence[tuple[str, str]] = (),
        *,
        modules: Sequence[tuple[str, str]] | None = None,
        total: int | None = None,
        fetch: PageFetch | None = None,
        counts: dict[str, int] | None = None,
    ) -> None:
        """Start again from MatrixRows: every row, or the first page of ``total`` learners with
        ``fetch`` for the rest. Columns are ``modules`` when given, else the modules met in ``rows``
        (those in ``module_order`` first). ``counts`` are the cells in each state, for the legend."""
        if modules is None:
            present = {r.module_id for r in rows}
            chosen = [(mid, title) for mid, title in module_order if mid in present]
            seen = {mid for mid, _ in chosen}
            for r in rows:
                if r.module_id not in seen:
                    seen.add(r.module_id)
                    chosen.append((r.module_id, r.module_title))
            modules = chosen
        self.beginResetModel()
        self._generation += 1
        self._pending = False
        self.modules = list(modules)
        self._module_index = {mid: i for i, (mid, _) in enumerate(self.modules)}
        self.learners, self.cells = [], {}
        self._add(rows)
        self.total = len(self.learners) if total is None else max(total, len(self.learners))
        self._fetch = fetch if total is not None else None
        self._counts = counts
        self.endResetModel()

    def _add(self, rows: Sequence[Any]) -> int:
        """Append the learners of ``rows`` (grouped by learner, in order); returns how many were new."""
        before = len(self.learners)
        last: str | None = None
        for r in rows:
            if r.learner_id != last:
                last = r.learner_id
                self.learners.append(MatrixLearner(r.learner_id, r.name, r.role, r.region, r.unit, bool(r.active)))
            mi = self._module_index.get(r.module_id)
            if mi is None:  # a module with a row but no column: give it one at the end
                mi = self._module_index[r.module_id] = len(self.modules)
                self.modules.append((r.module_id, r.module_title))
            self.cells[(len(self.learners) - 1, mi)] = r
        return len(self.learners) - before

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt override
        return (
            not parent.isValid() and self._fetch is not None and not self._pending and len(self.learners) < self.total
        )

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt override
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        self._pending = True
        generation, offset = self._generation, len(self.learners)
        self._fetch(offset, self.PAGE, lambda rows: self._arrived(generation, offset, rows))

    def _arrived(self, generation: int, offset: int, rows: Sequence[Any]) -> None:
        if generation != self._generation or offset != len(self.learners):
            return  # an answer to a matrix shown before
        self._pending = False
        learners = []
        last = None
        for r in rows:
            if r.learner_id != last:
                last = r.learner_id
                learners.append(r.learner_id)
        if not learners:  # fewer learners than counted (the data changed): stop here
            self.total = len(self.learners)
            return
        columns = len(self.modules)
        self.beginInsertRows(QModelIndex(), offset, offset + len(learners) - 1)
        self._add(rows)
        self.endInsertRows()
        if len(self.modules) > columns:
            self.beginInsertColumns(QModelIndex(), self.FIXED + columns, self.FIXED + len(self.modules) - 1)
            self.endInsertColumns()

    def cell(self, row: int, column: int) -> Any:
        return self.cells.get((row, column - self.FIXED))

    def state_counts(self) -> dict[str, int]:
        """Cells in each state: over the whole matrix when the report gave them, else over the rows here."""
        if self._counts is not None:
            return dict(self._counts)
        counts = dict.fromkeys(STATE_ORDER, 0)
        for c in self.cells.values():
            counts[c.state] = counts.get(c.state, 0) + 1
        return counts

    # Qt model API ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.learners)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else self.FIXED + len(self.modules)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < self.columnCount():
            return None
        if section < self.FIXED:
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    translate("TrainerModels", "Learner"),
                    translate("TrainerModels", "Role"),
                    translate("TrainerModels", "Region"),
                    translate("TrainerModels", "Unit"),
                )[section]
            return None
        mid, title = self.modules[section - self.FIXED]
        if role == Qt.ItemDataRole.DisplayRole:
            return module_header(title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{title} ({mid})"
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.learners) or index.column() >= self.columnCount():
            return None
        learner = self.learners[index.row()]
        col = index.column()
        if col < self.FIXED:
            value = (
                learner.name + ("" if learner.active else " " + translate("TrainerModels", "(inactive)")),
                self._role_label(learner.role),
                self._region_label(learner.region),
                learner.unit,
            )[col]
            if role == Qt.ItemDataRole.DisplayRole:
                return value
            if role == SORT_ROLE:
                return value.casefold()
            if role == ROW_ROLE:
                return learner
            return None
        cell = self.cell(index.row(), col)
        if role == ROW_ROLE:
            return cell
        if cell is None:
            return float("-inf") if role == SORT_ROLE else None
        state = cell.state
        if role == Qt.ItemDataRole.DisplayRole:
            symbol = STATE_SYMBOLS.get(state, "?")
            return f"{symbol} {cell.best_score:.0f}" if cell.best_score is not None else symbol
        if role == STATE_ROLE:
            return state
        if role == SORT_ROLE:
            rank = STATE_ORDER.index(state) if state in STATE_ORDER else -1
            return rank * 1000.0 + (cell.best_score or 0.0)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(STATE_COLOURS.get(state, QColor("#ffffff")))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            score = (
                ""
                if cell.best_score is None
                else translate("TrainerModels", ", best score {0:.0f}%").format(cell.best_score)
            )
            return translate("TrainerModels", "{0} — {1}: {2}{3}; {4} attempts").format(
                learner.name, cell.module_title, state_name(state), score, cell.attempts
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return state_name(state)
        return None

"""A row of controls that flows onto more rows when the window is narrow.

At 200% text in Russian or Kazakh a single row of filters or buttons is wider than a 1366 px laptop
screen, which would push controls off-screen. ``FlowGrid`` lays its entries out in a grid with as
many entries per row as fit, so the widget is only as wide as its widest entry requires.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class FlowGrid(QWidget):
    """Entries of one or more cells (e.g. a label and its field) laid out left to right, wrapping.

    Cells in the same position line up from row to row, so label/field pairs read as a form.
    ``stretch`` names cell positions (within an entry) that take spare width; without any, the
    spare width goes to the right of the last entry, as an ``addStretch()`` would. ``most`` caps
    the entries per row (0: no cap)."""

    def __init__(
        self,
        entries: Sequence[Sequence[QWidget | None]],
        stretch: Sequence[int] = (),
        most: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entries = [list(e) for e in entries]
        self.cells = max((len(e) for e in self.entries), default=1)
        self.stretch = tuple(stretch)
        self.most = min(most, len(self.entries)) if most > 0 else len(self.entries)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self._flow(self.most)

    def _widths(self, columns: int) -> list[int]:
        """The width of each grid column when ``columns`` entries share a row."""
        widths = [0] * (columns * self.cells)
        for n, entry in enumerate(self.entries):
            for c, widget in enumerate(entry):
                if widget is not None and not widget.isHidden():
                    col = (n % columns) * self.cells + c
                    widths[col] = max(widths[col], widget.sizeHint().width())
        return widths

    def _needed(self, columns: int) -> int:
        widths = self._widths(columns)
        gap = max(self.grid.horizontalSpacing(), 0)
        return sum(widths) + gap * (sum(1 for w in widths if w) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as one entry per row: the entries flow onto more rows instead."""
        return QSize(self._needed(1), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Every entry on one row when there is room."""
        return QSize(self._needed(self.most), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.reflow()

    def reflow(self) -> None:
        """Re-arrange for the current width (also after an entry's text changed)."""
        self._flow(self._fitting(self.width()))

    def _fitting(self, width: int) -> int:
        """The most entries per row that fit side by side in ``width``."""
        for columns in range(self.most, 1, -1):
            if self._needed(columns) <= width:
                return columns
        return 1

    def _flow(self, columns: int) -> None:
        if columns == self._columns:
            return
        for entry in self.entries:
            for widget in entry:
                if widget is not None:
                    self.grid.removeWidget(widget)
        for n, entry in enumerate(self.entries):
            for c, widget in enumerate(entry):
                if widget is not None:
                    self.grid.addWidget(widget, n // columns, (n % columns) * self.cells + c)
        total = len(self.entries) * self.cells + 1
        for col in range(total):
            if self.stretch:
                on = col < columns * self.cells and col % self.cells in self.stretch
            else:
                on = col == columns * self.cells
            self.grid.setColumnStretch(col, 1 if on else 0)
        self._columns = columns
        self.updateGeometry()

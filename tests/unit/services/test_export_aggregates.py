"""Exports read from the report aggregates come out the same as exports that group every attempt
and answer: the same CSV bytes and the same workbook cells (sums of fractional scores added in
another order may differ in the last bits of a float, far below the three decimals shown)."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import openpyxl

from tests.conftest import SAMPLE_MODULES
from trainer.content.loader import load_catalogue
from trainer.services.demo_data import DemoDataService
from trainer.services.exports import ExportService
from trainer.services.reports import ReportFilter, ReportService
from trainer.storage.bulk import BulkWriter
from trainer.storage.database import open_database


def _cells(path):
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}
    finally:
        book.close()


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def test_exports_are_the_same_from_the_aggregates(tmp_path):
    db = open_database(tmp_path / "demo.db")
    catalogue = load_catalogue(SAMPLE_MODULES)
    DemoDataService(BulkWriter(db), catalogue).generate(80, seed=9)
    fast, full = ReportService(db, catalogue), ReportService(db, catalogue, aggregates=False)
    try:
        for i, f in enumerate([ReportFilter(), ReportFilter(roles=("police",), active=True)]):
            out = {}
            for name, reports in (("fast", fast), ("full", full)):
                exports = ExportService(reports, clock=lambda: datetime(2026, 1, 1, tzinfo=UTC))
                out[name] = (
                    exports.export("csv", tmp_path / f"{name}{i}.csv", f),
                    exports.export("xlsx", tmp_path / f"{name}{i}.xlsx", f),
                )
            assert out["fast"][0].read_bytes() == out["full"][0].read_bytes()
            fast_cells, full_cells = _cells(out["fast"][1]), _cells(out["full"][1])
            assert fast_cells.keys() == full_cells.keys()
            for sheet in fast_cells:
                assert _same(fast_cells[sheet], full_cells[sheet]), sheet
            assert len(fast_cells["Items"]) > 1 and len(fast_cells["Learners"]) > 40
    finally:
        fast.close()
        full.close()
        db.close()

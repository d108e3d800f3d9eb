"""The CSV export formats its cells in SQLite; the file must be exactly what csv.writer writes from
the matrix rows, whatever the names, scores and times hold."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import ROOT
from trainer.domain.analytics import ReportFilter, spreadsheet_safe

NAMES = [
    "Plain Name",
    "Comma, Name",
    'Quote "Q" Name',
    "Line\nbreak",
    "Carriage\rreturn",
    "=SUM(A1)",
    "-minus",
    "+plus",
    "@at",
    "\ttab",
    "Әсел Қасымова",
    "",
]
UNITS = ["Unit 1", "Unit, with comma", '"quoted"', "=formula", ""]
SCORES = [None, 0.0, 100.0, 66.67, 0.1 + 0.2, 1e-05, 33.333333333333336, 12.5, 1e16, 99.99]
# Durations in seconds: halves of a tenth of a minute (s % 6 == 3) round either way in Python.
SECONDS = [0, 1, 3, 9, 14 * 60 + 27, 867, 2643, 3 * 3600 + 3, 59, -3, -61, 6 * 10**7 + 3]
LASTS = ["2026-01-02T03:04:05+00:00", "odd, text", 'with "quote"']


@pytest.fixture(params=[True, False], ids=["aggregates", "attempts"])
def tricky(tmp_path, request):
    from trainer.content.loader import load_catalogue
    from trainer.services.exports import ExportService
    from trainer.services.reports import ReportService
    from trainer.storage.database import open_database

    db = open_database(tmp_path / "qorgau.db")
    catalogue = load_catalogue(ROOT / "modules")
    modules = list(catalogue.modules)
    roles = ["police", "judge", "prosecutor", "social_worker"]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    n = 0
    for i, name in enumerate(NAMES):
        lid = f"learner-{i:02d}"
        db.conn.execute(
            "INSERT INTO learners (id, name, role, region, unit, created, active) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                lid,
                name,
                roles[i % 4],
                "almaty" if i % 2 else "astana",
                UNITS[i % len(UNITS)],
                start.isoformat(),
                i % 3 != 0,
            ],
        )
        for j, mid in enumerate(modules[: 3 + i % 4]):
            n += 1
            began = start + timedelta(days=n)
            finished = None
            if n % 7:
                finished = (began + timedelta(seconds=SECONDS[n % len(SECONDS)])).isoformat()
            score = SCORES[n % len(SCORES)] if finished else None
            db.conn.execute(
                "INSERT INTO attempts (id, learner_id, module_id, content_version, seed, plan, started, finished, "
                "score, passed) VALUES (?, ?, ?, '1', 0, '[]', ?, ?, ?, ?)",
                [f"a-{n:04d}", lid, mid, began.isoformat(), finished, score, None if finished is None else j % 2],
            )
    db.conn.commit()
    reports = ReportService(db, catalogue, aggregates=request.param)
    db.conn.execute("UPDATE attempts SET finished = ? WHERE id = 'a-0001'", [LASTS[1]])
    db.conn.execute("UPDATE attempts SET started = ? WHERE id = 'a-0007'", [LASTS[2]])
    db.conn.commit()
    yield reports, ExportService(reports)
    reports.close()
    db.close()


def expected_csv(reports, f: ReportFilter, anonymise: bool) -> str:
    """The matrix rows (as the workbook reads them) through csv.writer, text cells made safe."""
    from trainer.services.exports import MATRIX_COLUMNS, Names, matrix_record

    names = Names(reports, anonymise)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(MATRIX_COLUMNS)
    for row in reports.iter_matrix(f):
        writer.writerow([spreadsheet_safe(v) if i < 8 else v for i, v in enumerate(matrix_record(row, names))])
    return buffer.getvalue()


@pytest.mark.parametrize("anonymise", [False, True])
@pytest.mark.parametrize(
    "f", [ReportFilter(), ReportFilter(roles=("police", "judge"), active=True), ReportFilter(regions=("almaty",))]
)
def test_csv_is_what_csv_writer_writes(tricky, tmp_path, f, anonymise):
    reports, exports = tricky
    got = exports.export("csv", tmp_path / "r.csv", f, anonymise=anonymise).read_bytes()
    assert got.startswith(b"\xef\xbb\xbf")
    want = expected_csv(reports, f, anonymise)
    assert want.count("\n") > 20
    assert got.decode("utf-8-sig") == want


def test_every_tricky_value_reaches_the_file(tricky, tmp_path):
    _, exports = tricky
    text = exports.export("csv", tmp_path / "r.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert {r[1] for r in rows[1:]} >= {spreadsheet_safe(n) for n in NAMES}
    assert {r[10] for r in rows[1:]} >= {"0.30000000000000004", "1e-05", "66.67", "1e+16", ""}
    assert {r[14] for r in rows[1:]} >= set(LASTS[1:])


def test_minutes_match_python_rounding_at_every_half():
    """SQLite's minutes to a tenth equal round(s / 60, 1) for every whole second up to a week."""
    import sqlite3

    from trainer.storage import report_csv

    conn = sqlite3.connect(":memory:")
    conn.create_function("csv_python_minutes", 1, report_csv._python_minutes, deterministic=True)
    top = 7 * 24 * 3600
    sql = report_csv._MINUTES.replace("COALESCE(pa.seconds, 0)", "value")
    got = conn.execute(
        f"WITH RECURSIVE s(value) AS (SELECT -600 UNION ALL SELECT value + 1 FROM s WHERE value < {top}) "
        f"SELECT {sql} FROM s"
    ).fetchall()
    assert [g[0] for g in got] == [repr(round(s / 60, 1)) for s in range(-600, top + 1)]

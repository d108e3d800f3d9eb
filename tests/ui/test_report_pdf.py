"""The PDF cohort report: its text holds the totals and the filters, in any script, and nobody's name."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import ROOT


@pytest.fixture
def services(tmp_path: Path, qapp):
    from trainer.content.loader import load_catalogue
    from trainer.services.demo_data import DemoDataService
    from trainer.services.exports import ExportService
    from trainer.services.reports import ReportService
    from trainer.storage.bulk import BulkWriter
    from trainer.storage.database import open_database

    db = open_database(tmp_path / "qorgau.db")
    catalogue = load_catalogue(ROOT / "modules")
    DemoDataService(BulkWriter(db), catalogue).generate(40, seed=3)
    reports = ReportService(db, catalogue)
    yield db, reports, ExportService(reports)
    reports.close()
    db.close()


def _text(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(path).pages)


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_pdf_states_filters_and_totals(services, tmp_path):
    from trainer.services.reports import ReportFilter

    db, reports, exports = services
    unit = db.conn.execute("SELECT unit FROM learners ORDER BY unit LIMIT 1").fetchone()[0]
    f = ReportFilter(roles=("police",), unit=unit)
    out = exports.export("pdf", tmp_path / "report.pdf", f)
    text = _norm(_text(out))
    s = reports.summary(f)
    assert f"Learners {s.learners}" in text
    assert f"Attempts {s.attempts}" in text and f"Certificates {s.certificates}" in text
    assert "Police officer" in text
    assert _norm(unit) in text  # Cyrillic: the unit name is written in Russian
    assert "Қорғау" in text  # Kazakh letters
    pages = len(PdfReader(out).pages)
    assert f"Page {pages} of {pages}" in text


def test_pdf_holds_no_learner_name_and_cancel_leaves_no_file(services, tmp_path):
    from trainer.services.exports import ExportCancelled

    db, _, exports = services
    out = exports.export("pdf", tmp_path / "a.pdf", anonymise=True)
    text = _text(out)
    names = [r[0] for r in db.conn.execute("SELECT name FROM learners")]
    assert not any(n in text or n.split()[-1] in text for n in names)
    folder = tmp_path / "cancel"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        exports.export("pdf", folder / "c.pdf", progress=lambda done, total: done == 0)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("filters", [{}, {"roles": ("police", "judge"), "active": True}])
def test_item_analysis_on_a_second_thread_changes_nothing(services, tmp_path, filters):
    """The export shares the questions' analysis out between two threads; every page reads as when
    one thread does it all."""
    from concurrent.futures import ThreadPoolExecutor
    from datetime import datetime

    from trainer.documents.report_pdf import write_report_pdf
    from trainer.services.exports import Names
    from trainer.services.reports import ReportFilter

    _, reports, _ = services
    f = ReportFilter(**filters)
    now = datetime(2026, 3, 1, 9, 30)
    write_report_pdf(reports, tmp_path / "one.pdf", f, Names(reports, False), None, now)
    with ThreadPoolExecutor(1) as pool:
        write_report_pdf(reports, tmp_path / "two.pdf", f, Names(reports, False), None, now, None, pool)
    one = [p.extract_text() for p in PdfReader(tmp_path / "one.pdf").pages]
    two = [p.extract_text() for p in PdfReader(tmp_path / "two.pdf").pages]
    assert len(one) > 3 and "Discrimination" in " ".join(one)
    assert two == one

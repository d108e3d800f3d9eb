"""A cohort's session report as a PDF: one HTML document of the report's sections, paginated by Qt.

QTextDocument.print_ breaks the document into A4 pages, repeats table headers on every page and
numbers the pages; DejaVu Sans embeds the Cyrillic and Kazakh letters. Needs a QGuiApplication.
"""

from __future__ import annotations

import html
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from trainer import APP_NAME, __version__
from trainer.documents.fonts import ensure_fonts, print_document
from trainer.documents.numbers import interval, number, percent, signed
from trainer.labels import region_name, role_name
from trainer.services.session_report import Section, SessionReport, Table, Text

DPI = 300
STYLE = (
    "h1 { color: #1d4f73; font-size: 18pt; } h2 { color: #1d4f73; font-size: 13pt; margin-top: 14px; }"
    " table { border-collapse: collapse; } th { background: #1d4f73; color: white; font-weight: bold;"
    " font-size: 8pt; }"
    " td, th { padding: 3px 4px; border: 1px solid #c8d3dc; } .muted { color: #5b6670; }"
)


translate = QCoreApplication.translate


def _day(value: Any, language: str) -> str:
    try:
        d = date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return QLocale(language).toString(QDate(d.year, d.month, d.day), "d MMMM yyyy")


def _cell(value: Any, kind: str, language: str) -> str:
    if value is None or value == "":
        return "–"
    if kind == "label":
        return translate("SessionReport", str(value))  # marked with QT_TRANSLATE_NOOP where it was made
    if kind == "int":
        return str(int(value))
    if kind == "percent":
        return percent(float(value), 0, language)
    if kind == "score":
        return number(float(value), 1, language)
    if kind == "number2":
        return number(float(value), 2, language)
    if kind in ("signed1", "signed2"):
        return signed(float(value), int(kind[-1]), language)
    if kind == "interval1":
        low, high = value
        return interval(float(low), float(high), 1, language)
    if kind == "date":
        return _day(value, language)
    if kind == "role":
        return role_name(str(value))
    if kind == "region":
        return region_name(str(value))
    return str(value)


def _arg(value: Any, language: str) -> Any:
    """A value for a sentence: an ISO date as a date, a fraction as a number of the report's language."""
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
        return _day(value, language)
    if isinstance(value, float):
        return number(value, 1, language)
    return value


def _text(t: Text, language: str) -> str:
    args = [_arg(a, language) for a in t.args]
    return html.escape(translate("SessionReport", t.template).format(*args))


NUMERIC = {"int", "percent", "score", "number2", "signed1", "signed2", "interval1"}
# Relative column widths by kind: words (names, titles, statements) get the room, figures only
# what they need. Every column gets a percentage: Qt squeezes a percentage column down to its
# minimum when other columns are left to size themselves. Headers wrap between words (fonts.print_document).
WEIGHTS = {"text": 5.0, "label": 3.0, "role": 3.0, "region": 3.0, "date": 3.0, "interval1": 3.5}


def _widths(kinds: list[str]) -> list[int]:
    """Each column's share of the table width in percent (Qt widens a column to its longest word)."""
    weights = [WEIGHTS.get(k, 2.0) for k in kinds]
    if len(kinds) > 2 and kinds[-1] == "label":
        weights[-1] = 2.5  # a short note ("too few to conclude")
    total = sum(weights)
    shares = [int(100 * w / total) for w in weights]
    shares[0] += 100 - sum(shares)
    return shares


def _table(t: Table, language: str) -> str:
    head = ""
    for column, kind, width in zip(t.columns, t.kinds, _widths(t.kinds), strict=True):
        attrs = f' width="{width}%" align="{"right" if kind in NUMERIC else "left"}"'
        label = html.escape(translate("SessionReport", column))
        head += f"<th{attrs}>{label}</th>"
    rows = []
    for row in t.rows:
        cells = []
        for value, kind in zip(row, t.kinds, strict=True):
            align = ' align="right"' if kind in NUMERIC else ""
            cells.append(f"<td{align}>{html.escape(_cell(value, kind, language))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table width="100%" cellspacing="0"><thead><tr>{head}</tr></thead>{"".join(rows)}</table>'


def sections_html(sections: list[Section], language: str, rows_per_block: int = 12) -> list[str]:
    """Sections as HTML pieces that each fit on a page: long tables are cut into pieces of
    ``rows_per_block`` rows, each with its header (for documents that place blocks on pages)."""
    pieces: list[str] = []
    for section in sections:
        current = "<h2>" + html.escape(translate("SessionReport", section.title)) + "</h2>"
        for block in section.body:
            if not isinstance(block, Table):
                current += f"<p>{_text(block, language)}</p>"
                continue
            for start in range(0, max(1, len(block.rows)), rows_per_block):
                part = Table(block.columns, block.kinds, block.rows[start : start + rows_per_block])
                pieces.append(current + _table(part, language))
                current = ""
        if current:
            pieces.append(current)
    return pieces


def session_report_html(report: SessionReport) -> str:
    """The report as HTML (also what tests read back)."""
    lang = report.language
    c = report.cohort
    parts = [
        f"<h1>{html.escape(c.name)}</h1>",
        '<p class="muted">'
        + html.escape(
            translate("SessionReport", "Session report · {0} {1} · generated {2}").format(
                APP_NAME, __version__, _day(report.generated, lang)
            )
        )
        + "</p>",
    ]
    not_yet = html.escape(translate("SessionReport", "Not measured yet for this cohort."))
    for section in report.sections:
        parts.append("<h2>" + html.escape(translate("SessionReport", section.title)) + "</h2>")
        if section.placeholder and not section.body:
            parts.append('<p class="muted">' + not_yet + "</p>")
        for block in section.body:
            parts.append(_table(block, lang) if isinstance(block, Table) else f"<p>{_text(block, lang)}</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def session_report_document(report: SessionReport, writer: QPdfWriter) -> QTextDocument:
    """The report as the document printed onto ``writer``: fonts, styles and word wrapping set."""
    doc = print_document(writer, 9.5)
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(session_report_html(report))
    return doc


def write_session_report_pdf(report: SessionReport, path: Path) -> Path:
    """Write the PDF to ``path`` through a temporary file beside it (no partial file is ever left)."""
    ensure_fonts()
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.part", dir=path.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setResolution(DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle(translate("SessionReport", "Session report: {0}").format(report.cohort.name))
        writer.setCreator(f"{APP_NAME} {__version__}")
        doc = session_report_document(report, writer)
        doc.print_(writer)
        del writer  # closes the file
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path

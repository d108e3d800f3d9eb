"""The cohort report as a PDF: filters, totals, charts, per-module figures and flagged questions.

Drawn with QPdfWriter, QTextDocument (tables) and QPainter (bar charts) in DejaVu Sans, so
Cyrillic and Kazakh letters render and are embedded. The report holds aggregates only (no
learner names), so its size does not grow with the cohort. Pages are laid out first and painted
second, so every page can say "Page N of M". Needs a QGuiApplication.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from trainer import APP_NAME, __version__
from trainer.documents.fonts import FONT_FAMILY, ensure_fonts, print_document
from trainer.documents.numbers import number, percent
from trainer.domain.analytics import ReportFilter
from trainer.labels import region_name, role_name

translate = QCoreApplication.translate


def _words() -> dict[str, str]:
    """Words used inside f-strings, looked up as literals so lupdate finds them."""
    return {
        "cohort report": translate("ReportPdf", "cohort report"),
        "Generated": translate("ReportPdf", "Generated"),
        "Filters": translate("ReportPdf", "Filters"),
        "Totals": translate("ReportPdf", "Totals"),
        "Modules": translate("ReportPdf", "Modules"),
        "Regions": translate("ReportPdf", "Regions"),
        "questions answered": translate("ReportPdf", "questions answered"),
        "attempts": translate("ReportPdf", "attempts"),
        "pass rate": translate("ReportPdf", "pass rate"),
        "mean score": translate("ReportPdf", "mean score"),
        "median": translate("ReportPdf", "median"),
        "No question flagged.": translate("ReportPdf", "No question flagged."),
        "too easy": translate("ReportPdf", "too easy"),
        "too hard": translate("ReportPdf", "too hard"),
        "negative discrimination": translate("ReportPdf", "negative discrimination"),
    }

if TYPE_CHECKING:
    from trainer.services.exports import Names
    from trainer.services.reports import ItemStats, ReportService

Progress = Callable[[int, int], bool]
DPI = 300
ACCENT = QColor("#1d4f73")
SECOND = QColor("#7fb3d5")
MUTED = QColor("#5b6670")
MARGIN_MM = 16
ROWS_PER_TABLE = 8  # small tables flow onto the page instead of leaving half of it empty




def _mm(value: float) -> float:
    return value * DPI / 25.4


def _pct(value: float | None) -> str:
    return "–" if value is None else percent(value, 1)


def _num(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else number(value, digits)


class Block:
    """Something to place on a page: measured first, painted later."""

    def height(self) -> float:  # pragma: no cover - overridden
        raise NotImplementedError

    def paint(self, painter: QPainter, top_left: QPointF) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class HtmlBlock(Block):
    def __init__(self, writer: QPdfWriter, body: str, width: float, point_size: float = 9.5) -> None:
        self.doc = print_document(writer, point_size)
        self.doc.setDocumentMargin(0)
        self.doc.setDefaultStyleSheet(
            "table { border-collapse: collapse; } th { background: #1d4f73; color: white; font-weight: bold; }"
            " td, th { padding: 3px 4px; } h1 { color: #1d4f73; } h2 { color: #1d4f73; } .muted { color: #5b6670; }"
        )
        # The width first: setHtml then lays the text out once, at that width (setting it after
        # lays everything out a second time, half the cost of a block).
        self.doc.setTextWidth(width)
        self.doc.setHtml(body)

    def height(self) -> float:
        return self.doc.size().height()

    def paint(self, painter: QPainter, top_left: QPointF) -> None:
        painter.save()
        painter.translate(top_left)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        self.doc.documentLayout().draw(painter, ctx)
        painter.restore()


@dataclass
class Bar:
    label: str
    values: tuple[float | None, ...]  # 0..1 each
    text: str


class BarChart(Block):
    """Horizontal bars, one row per label, one or two series (0..100%)."""

    def __init__(self, title: str, bars: list[Bar], legend: tuple[str, ...], width: float) -> None:
        self.title, self.bars, self.legend, self.width = title, bars, legend, width
        self.row = _mm(5.2)

    def height(self) -> float:
        return _mm(12) + self.row * len(self.bars) + _mm(4)

    def paint(self, painter: QPainter, top_left: QPointF) -> None:
        x0, y = top_left.x(), top_left.y()
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(10.5)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(ACCENT)
        painter.drawText(QRectF(x0, y, self.width, _mm(6)), Qt.AlignmentFlag.AlignLeft, self.title)
        small = QFont(FONT_FAMILY)
        small.setPointSizeF(7.5)
        painter.setFont(small)
        lx = x0 + self.width * 0.45
        for i, name in enumerate(self.legend):
            painter.fillRect(QRectF(lx, y + _mm(7), _mm(3), _mm(3)), (ACCENT, SECOND)[i])
            painter.setPen(MUTED)
            painter.drawText(QRectF(lx + _mm(4), y + _mm(6.3), _mm(40), _mm(5)), Qt.AlignmentFlag.AlignLeft, name)
            lx += _mm(42)
        y += _mm(12)
        label_w = self.width * 0.38
        text_w = _mm(26)
        bar_w = self.width - label_w - text_w - _mm(4)
        bx = x0 + label_w + _mm(2)
        painter.setPen(QPen(QColor("#d0d7de"), 1))
        for frac in (0, 0.5, 1):
            gx = bx + bar_w * frac
            painter.drawLine(QPointF(gx, y - _mm(1)), QPointF(gx, y + self.row * len(self.bars)))
        metrics = QFontMetricsF(small, painter.device())
        for bar in self.bars:
            painter.setPen(QColor("#222222"))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - _mm(1))
            painter.drawText(
                QRectF(x0, y, label_w, self.row), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label
            )
            n = len(bar.values)
            h = (self.row * 0.7) / n
            for j, value in enumerate(bar.values):
                if value is not None:
                    painter.fillRect(QRectF(bx, y + self.row * 0.15 + j * h, bar_w * value, h), (ACCENT, SECOND)[j])
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(bx + bar_w + _mm(2), y, text_w, self.row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                bar.text,
            )
            y += self.row


class ColumnChart(Block):
    """Vertical bars: the score distribution."""

    def __init__(self, title: str, labels: list[str], counts: list[int], width: float) -> None:
        self.title, self.labels, self.counts, self.width = title, labels, counts, width

    def height(self) -> float:
        return _mm(62)

    def paint(self, painter: QPainter, top_left: QPointF) -> None:
        x0, y0 = top_left.x(), top_left.y()
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(10.5)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(ACCENT)
        painter.drawText(QRectF(x0, y0, self.width, _mm(6)), Qt.AlignmentFlag.AlignLeft, self.title)
        small = QFont(FONT_FAMILY)
        small.setPointSizeF(7.5)
        painter.setFont(small)
        top, bottom = y0 + _mm(12), y0 + _mm(52)
        peak = max(self.counts) or 1
        slot = self.width / max(1, len(self.counts))
        painter.setPen(QPen(QColor("#d0d7de"), 1))
        painter.drawLine(QPointF(x0, bottom), QPointF(x0 + self.width, bottom))
        for i, (label, count) in enumerate(zip(self.labels, self.counts, strict=True)):
            h = (bottom - top) * count / peak
            x = x0 + i * slot + slot * 0.15
            painter.fillRect(QRectF(x, bottom - h, slot * 0.7, h), ACCENT)
            painter.setPen(QColor("#222222"))
            painter.drawText(
                QRectF(x0 + i * slot, bottom - h - _mm(5), slot, _mm(5)), Qt.AlignmentFlag.AlignHCenter, str(count)
            )
            painter.setPen(MUTED)
            painter.drawText(QRectF(x0 + i * slot, bottom + _mm(1), slot, _mm(5)), Qt.AlignmentFlag.AlignHCenter, label)


def _table(headers: list[str], rows: list[list[str]], align_right_from: int = 1, first: int = 0) -> str:
    """An HTML table; ``first`` is the first column's share of the width in percent (0: automatic).

    With ``first`` the other columns share the rest evenly: Qt gives a percentage column only its
    minimum width while other columns size themselves. Headers wrap between words, never inside one.
    """
    first_width = f" width='{first}%'" if first else ""
    other_width = f" width='{(100 - first) // max(1, len(headers) - 1)}%'" if first else ""
    head = "".join(
        f"<th align='{'left' if i < align_right_from else 'right'}'{first_width if i == 0 else other_width + ' nowrap'}>{html.escape(h)}</th>"
        for i, h in enumerate(headers)
    )
    body = []
    for n, row in enumerate(rows):
        bg = " bgcolor='#eef3f7'" if n % 2 else ""
        cells = "".join(
            f"<td align='{'left' if i < align_right_from else 'right'}'>{html.escape(str(v))}</td>"
            for i, v in enumerate(row)
        )
        body.append(f"<tr{bg}>{cells}</tr>")
    return f"<table width='100%' cellspacing='0'><tr>{head}</tr>{''.join(body)}</table>"


def _chunks(rows: list, size: int = ROWS_PER_TABLE) -> list[list]:
    return [rows[i : i + size] for i in range(0, len(rows), size)] or [[]]


def _filter_rows(f: ReportFilter) -> list[list[str]]:
    """The report's filters in words of the current language."""
    every = translate("ReportPdf", "all")
    learners = {
        None: translate("ReportPdf", "active and inactive"),
        True: translate("ReportPdf", "active only"),
        False: translate("ReportPdf", "inactive only"),
    }[f.active]
    cohort = [[translate("ReportPdf", "Cohort"), f.cohort_name or f.cohort_id]] if f.cohort_id is not None else []
    return [
        *cohort,
        [translate("ReportPdf", "Roles"), ", ".join(role_name(r) for r in f.roles) or every],
        [translate("ReportPdf", "Regions"), ", ".join(region_name(r) for r in f.regions) or every],
        [translate("ReportPdf", "Unit"), f.unit or every],
        [translate("ReportPdf", "Modules"), ", ".join(f.module_ids) or every],
        [translate("ReportPdf", "Attempts from"), f.since.isoformat() if f.since else translate("ReportPdf", "the first")],
        [translate("ReportPdf", "Attempts until"), f.until.isoformat() if f.until else translate("ReportPdf", "the last")],
        [translate("ReportPdf", "Learners"), learners],
    ]


def build_blocks(
    reports: ReportService,
    writer: QPdfWriter,
    f: ReportFilter,
    width: float,
    now: datetime,
    items_later: Callable[[], list[ItemStats]] | None = None,
) -> list[Block]:
    """Everything the report shows, in order. ``items_later``: gives the item analysis, in part
    already under way on another thread; the blocks before the questions' are laid out meanwhile."""
    words = _words()
    summary = reports.summary(f)
    modules = reports.module_stats(f)
    regions = reports.region_completion(f)
    bins = reports.score_distribution(f)
    blocks: list[Block] = []
    title = (
        f"<h1>{html.escape(APP_NAME)} (Қорғау) — {words['cohort report']}</h1>"
        f"<p class='muted'>{words['Generated']} {now.strftime('%Y-%m-%d %H:%M')} · {APP_NAME} {__version__}</p>"
        f"<h2>{words['Filters']}</h2>" + _table([translate("ReportPdf", "Filter"), translate("ReportPdf", "Value")], _filter_rows(f), align_right_from=2)
    )
    blocks.append(HtmlBlock(writer, title, width))
    totals = [
        [translate("ReportPdf", "Learners"), summary.learners],
        [translate("ReportPdf", "Active learners"), summary.active_learners],
        [translate("ReportPdf", "Learner-module pairs assigned"), summary.assigned],
        [translate("ReportPdf", "Pairs started"), summary.started],
        [translate("ReportPdf", "Pairs completed (finished)"), summary.completed],
        [translate("ReportPdf", "Pairs passed"), summary.passed],
        [translate("ReportPdf", "Attempts"), summary.attempts],
        [translate("ReportPdf", "Finished attempts"), summary.finished_attempts],
        [translate("ReportPdf", "Mean best score"), _num(summary.mean_score)],
        [translate("ReportPdf", "Certificates"), summary.certificates],
    ]
    blocks.append(HtmlBlock(writer, f"<h2>{words['Totals']}</h2>" + _table([translate("ReportPdf", "Figure"), translate("ReportPdf", "Value")], totals), width))
    blocks.append(
        BarChart(
            translate("ReportPdf", "Completion by region (share of assigned modules)"),
            [
                Bar(
                    region_name(r.region),
                    (r.completion_rate, r.pass_rate),
                    f"{_pct(r.completion_rate)} / {_pct(r.pass_rate)}",
                )
                for r in regions
            ],
            (translate("ReportPdf", "completed"), translate("ReportPdf", "passed")),
            width,
        )
    )
    blocks.append(
        BarChart(
            translate("ReportPdf", "Pass rate by module (passed / completed)"),
            [Bar(m.title, (m.pass_rate,), _pct(m.pass_rate)) for m in modules],
            (translate("ReportPdf", "pass rate"),),
            width,
        )
    )
    blocks.append(
        ColumnChart(
            translate("ReportPdf", "Score distribution (best score per learner and module)"),
            [f"{b.lower}–{min(b.upper, 100)}" for b in bins],
            [b.count for b in bins],
            width,
        )
    )
    headers = [translate("ReportPdf", "Module"), translate("ReportPdf", "Assigned"), translate("ReportPdf", "Started"), translate("ReportPdf", "Completed"), translate("ReportPdf", "Passed"), translate("ReportPdf", "Pass rate"),
               translate("ReportPdf", "Mean"), translate("ReportPdf", "Median"), translate("ReportPdf", "Time (min)")]  # fmt: skip
    rows = [
        [m.title, m.assigned, m.started, m.completed, m.passed, _pct(m.pass_rate), _num(m.mean_score),
         _num(m.median_score), _num(None if m.mean_time_seconds is None else m.mean_time_seconds / 60)]
        for m in modules
    ]  # fmt: skip
    for i, chunk in enumerate(_chunks(rows)):
        heading = f"<h2>{words['Modules']}</h2>" if i == 0 else ""
        blocks.append(HtmlBlock(writer, heading + _table(headers, chunk, first=25), width, 8.5))
    region_rows = [
        [
            region_name(r.region),
            r.learners,
            r.assigned,
            r.completed,
            r.passed,
            _pct(r.completion_rate),
            _pct(r.pass_rate),
        ]
        for r in regions
    ]
    for i, chunk in enumerate(_chunks(region_rows)):
        heading = f"<h2>{words['Regions']}</h2>" if i == 0 else ""
        blocks.append(
            HtmlBlock(
                writer,
                heading
                + _table(
                    [
                        translate("ReportPdf", "Region"),
                        translate("ReportPdf", "Learners"),
                        translate("ReportPdf", "Assigned"),
                        translate("ReportPdf", "Completed"),
                        translate("ReportPdf", "Passed"),
                        translate("ReportPdf", "Completion"),
                        translate("ReportPdf", "Pass rate"),
                    ],
                    chunk,
                ),
                width,
                8.5,
            )
        )
    items = items_later() if items_later is not None else reports.item_analysis(f)
    by_module: dict[str, list] = {}
    for it in items:
        by_module.setdefault(it.module_id, []).append(it)
    for m in modules:
        module_items = by_module.get(m.module_id, [])
        flagged = [it for it in module_items if it.flags]
        text = (
            f"<h2>{html.escape(m.title)}</h2><p class='muted'>{html.escape(m.module_id)} · "
            f"{words['questions answered']}: {len(module_items)} · {words['attempts']}: {m.attempts} · "
            f"{words['pass rate']}: {_pct(m.pass_rate)} · {words['mean score']}: {_num(m.mean_score)} · "
            f"{words['median']}: {_num(m.median_score)}</p>"
        )
        if flagged:
            text += _table(
                [translate("ReportPdf", "Question"), translate("ReportPdf", "Responses"), translate("ReportPdf", "Facility"), translate("ReportPdf", "Discrimination"), translate("ReportPdf", "Flags")],
                [
                    [
                        f"{it.question_id}: {it.prompt[:70]}",
                        it.responses,
                        _num(it.facility, 2),
                        _num(it.discrimination, 2),
                        ", ".join(words.get(x.replace("_", " "), x) for x in sorted(it.flags)),
                    ]
                    for it in flagged
                ],
            )
        else:
            text += f"<p>{words['No question flagged.']}</p>"
        blocks.append(HtmlBlock(writer, text, width, 8.5))
    return blocks


def _shared_item_analysis(
    reports: ReportService, f: ReportFilter, pool: Executor | None
) -> Callable[[], list[ItemStats]] | None:
    """The item analysis shared out: two modules in three analysed on ``pool`` from now on, the
    others on this thread when the result is asked for (this thread has the other figures and
    their pages to do first). Each module's questions are analysed on their own, so the parts
    join up into the whole. None without a pool, for one module, or for a database in memory."""
    modules = reports.modules_for(f)
    if pool is None or len(modules) < 2 or not reports.connection().execute("PRAGMA database_list").fetchone()[2]:
        return None
    place = {m: i for i, m in enumerate(modules)}
    first = pool.submit(reports.item_analysis, replace(f, module_ids=tuple(m for m in modules if place[m] % 3 != 2)))
    rest = replace(f, module_ids=tuple(m for m in modules if place[m] % 3 == 2))

    def items() -> list[ItemStats]:
        mine = reports.item_analysis(rest)
        return sorted(first.result() + mine, key=lambda item: place[item.module_id])  # stable: quiz order kept

    return items


def write_report_pdf(
    reports: ReportService,
    path: Path,
    f: ReportFilter,
    names: Names,
    progress: Progress | None,
    now: datetime,
    extra_html: list[str] | None = None,
    pool: Executor | None = None,
) -> None:
    """Lay out and paint the report into ``path`` (the caller renames it into place).

    ``extra_html``: blocks added at the end, each short enough for a page (a chosen cohort's
    pre/post, attitude and feedback figures, trainer.documents.session_report_pdf.sections_html).
    ``pool``: a thread to run most of the item analysis on, the report's longest query, while this
    thread queries and lays out the rest (see _shared_item_analysis)."""
    from trainer.services.exports import Ticker

    del names  # the PDF shows aggregates only: nobody's name appears, anonymised or not
    if QGuiApplication.instance() is None:
        raise RuntimeError("a QGuiApplication must exist before drawing a report")
    items_later = _shared_item_analysis(reports, f, pool)  # first: the pool starts while the page is set up
    ensure_fonts()
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(f"{APP_NAME} {_words()['cohort report']}")
    writer.setCreator(f"{APP_NAME} {__version__}")
    page = writer.pageLayout().paintRectPixels(DPI)
    margin = _mm(MARGIN_MM)
    width = page.width() - 2 * margin
    bottom = page.height() - margin - _mm(8)
    blocks = build_blocks(reports, writer, f, width, now, items_later)
    blocks += [HtmlBlock(writer, body, width, 8.5) for body in extra_html or ()]
    ticker = Ticker(progress, len(blocks) * 2)
    # Pass 1: where each block goes.
    placed: list[tuple[int, float, Block]] = []
    pageno, y = 0, margin
    gap = _mm(5)
    for block in blocks:
        h = block.height()
        if y + h > bottom and y > margin:
            pageno, y = pageno + 1, margin
        placed.append((pageno, y, block))
        y += h + gap
        ticker.tick()
    pages = pageno + 1
    # Pass 2: paint.
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        current = 0
        _footer(painter, page.width(), page.height(), margin, 1, pages)
        for pageno, y, block in placed:
            if pageno != current:
                writer.newPage()
                current = pageno
                _footer(painter, page.width(), page.height(), margin, current + 1, pages)
            block.paint(painter, QPointF(margin, y))
            ticker.tick()
    finally:
        painter.end()
    ticker.finish()


def _footer(painter: QPainter, page_w: float, page_h: float, margin: float, n: int, total: int) -> None:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(8)
    painter.setFont(font)
    painter.setPen(MUTED)
    rect = QRectF(margin, page_h - margin - _mm(4), page_w - 2 * margin, _mm(5))
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, f"{APP_NAME} — {_words()['cohort report']}")
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight, translate("ReportPdf", "Page {n} of {total}").format(n=n, total=total))

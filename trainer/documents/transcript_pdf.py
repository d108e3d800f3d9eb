"""A learner's transcript as a PDF: the profile, each module's state, every attempt and certificate.

One QTextDocument printed onto a QPdfWriter: Qt breaks the pages between table rows and numbers
them. DejaVu Sans embeds the Cyrillic and Kazakh letters; text wraps at word boundaries only, so no
word is cut in two. Needs a QGuiApplication.
"""

from __future__ import annotations

import html
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter

from trainer import APP_NAME, __version__
from trainer.documents.fonts import ensure_fonts, print_document
from trainer.documents.numbers import number
from trainer.labels import duration, region_name, role_name
from trainer.services.transcript import TranscriptSheet

translate = QCoreApplication.translate
DPI = 300
STYLE = (
    "h1 { color: #1d4f73; font-size: 16pt; } h2 { color: #1d4f73; font-size: 12pt; margin-top: 14px; }"
    " table { border-collapse: collapse; } th { background: #1d4f73; color: white; font-weight: bold; }"
    " td, th { padding: 3px 5px; } .muted { color: #5b6670; }"
)


def _words() -> dict[str, str]:
    """Words used inside f-strings, looked up as literals so lupdate finds them."""
    return {
        "Training transcript": translate("TranscriptPdf", "Training transcript"),
        "Modules": translate("TranscriptPdf", "Modules"),
        "No modules are assigned to this profile.": translate(
            "TranscriptPdf", "No modules are assigned to this profile."
        ),
        "Attempts": translate("TranscriptPdf", "Attempts"),
        "No attempts yet.": translate("TranscriptPdf", "No attempts yet."),
        "Certificates": translate("TranscriptPdf", "Certificates"),
        "Anyone can check a certificate code in Qorgau: Trainer → Certificates.": translate(
            "TranscriptPdf", "Anyone can check a certificate code in Qorgau: Trainer → Certificates."
        ),
        "None yet.": translate("TranscriptPdf", "None yet."),
    }


def state_name(state: str) -> str:
    return {
        "passed": translate("TranscriptPdf", "passed"),
        "not_passed": translate("TranscriptPdf", "not passed yet"),
        "in_progress": translate("TranscriptPdf", "quiz in progress"),
        "started": translate("TranscriptPdf", "started"),
        "not_started": translate("TranscriptPdf", "not started"),
        "locked": translate("TranscriptPdf", "not open yet"),
    }.get(state, state)


def _when(iso: str | None) -> str:
    return (iso or "")[:16].replace("T", " ")


def _score(value: float | None) -> str:
    return "–" if value is None else f"{number(value, 0)}%"


def _table(headers: list[str], rows: list[list[str]], widths: list[int], nowrap: int | None = None) -> str:
    """A table; column ``nowrap`` (a certificate code, say) is never broken across lines."""
    e = html.escape
    out = ["<table width='100%' cellspacing='0' cellpadding='4' border='1' style='border-color: #b0b8c0;'><tr>"]
    out += [f"<th align='left' width='{w}%'>{e(h)}</th>" for h, w in zip(headers, widths, strict=True)]
    out.append("</tr>")
    for row in rows:
        keep = " style='white-space: nowrap'"
        cells = (f"<td{keep if i == nowrap else ''}>{e(cell)}</td>" for i, cell in enumerate(row))
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "".join(out)


def transcript_html(sheet: TranscriptSheet) -> str:
    """The transcript's body; words in the interface language."""
    e = html.escape
    words = _words()
    learner = sheet.learner
    who = ", ".join(p for p in (role_name(learner.role), region_name(learner.region), learner.unit) if p)
    out = [
        f"<h1>{e(words['Training transcript'])}: {e(learner.name)}</h1>",
        f"<p>{e(who)}<br/><span class='muted'>"
        + e(
            translate("TranscriptPdf", "Profile created {0}. Printed {1} by {2} {3}.").format(
                learner.created[:10], sheet.generated.strftime("%Y-%m-%d %H:%M"), APP_NAME, __version__
            )
        )
        + "</span></p>",
        f"<h2>{e(words['Modules'])}</h2>",
    ]
    if sheet.modules:
        rows = [
            [m.title, state_name(m.state), _score(m.best_score), str(m.attempts), f"{m.lessons_read}/{m.lessons_total}"]
            for m in sheet.modules
        ]
        out.append(
            _table(
                [
                    translate("TranscriptPdf", "Module"),
                    translate("TranscriptPdf", "State"),
                    translate("TranscriptPdf", "Best score"),
                    translate("TranscriptPdf", "Attempts finished"),
                    translate("TranscriptPdf", "Lessons read"),
                ],
                rows,
                [42, 18, 12, 14, 14],
            )
        )
    else:
        out.append(f"<p>{e(words['No modules are assigned to this profile.'])}</p>")
    out.append(f"<h2>{e(words['Attempts'])}</h2>")
    if sheet.attempts:
        rows = []
        for a in sheet.attempts:
            if a.finished is None:
                result = translate("TranscriptPdf", "not finished")
            else:
                result = f"{_score(a.score)} — " + (
                    translate("TranscriptPdf", "passed") if a.passed else translate("TranscriptPdf", "not passed")
                )
            answers = translate("TranscriptPdf", "{0} right, {1} partly right, {2} wrong").format(
                a.right, a.partly, a.wrong
            )
            took = duration(a.seconds) if a.seconds is not None else "–"
            rows.append([_when(a.started), a.title, took, result, answers])
        out.append(
            _table(
                [
                    translate("TranscriptPdf", "Started on"),
                    translate("TranscriptPdf", "Module"),
                    translate("TranscriptPdf", "Time taken"),
                    translate("TranscriptPdf", "Outcome"),
                    translate("TranscriptPdf", "Answers given"),
                ],
                rows,
                [16, 34, 12, 16, 22],
            )
        )
    else:
        out.append(f"<p>{e(words['No attempts yet.'])}</p>")
    out.append(f"<h2>{e(words['Certificates'])}</h2>")
    if sheet.certificates:
        rows = [
            [
                c.code,
                (
                    translate("TranscriptPdf", "Full curriculum")
                    if c.kind == "track"
                    else translate("TranscriptPdf", "Module")
                )
                + ": "
                + "; ".join(c.titles),
                _score(c.score),
                c.issued[:10],
            ]
            for c in sheet.certificates
        ]
        out.append(
            _table(
                [
                    translate("TranscriptPdf", "Code"),
                    translate("TranscriptPdf", "For"),
                    translate("TranscriptPdf", "Score"),
                    translate("TranscriptPdf", "Issued"),
                ],
                rows,
                [22, 52, 12, 14],
                nowrap=0,
            )
        )
        out.append(
            f"<p class='muted'>{e(words['Anyone can check a certificate code in Qorgau: Trainer → Certificates.'])}</p>"
        )
    else:
        out.append(f"<p>{e(words['None yet.'])}</p>")
    return "\n".join(out)


def write_transcript_pdf(sheet: TranscriptSheet, path: Path) -> Path:
    """Write the transcript to ``path`` (A4, page numbers at the foot); returns the path.

    Drawn into a temporary file beside it first, so a failed save never leaves half a PDF.
    Raises OSError when the folder cannot be written.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("a QGuiApplication must exist before drawing a transcript")
    ensure_fonts()
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".transcript-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        _print(sheet, tmp)
        if os.path.getsize(tmp) == 0:
            raise OSError(f"{path}: the PDF could not be written")
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a transcript is an ordinary document
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return path


def _print(sheet: TranscriptSheet, filename: str) -> None:
    writer = QPdfWriter(filename)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(f"{APP_NAME}: {sheet.learner.name}")
    writer.setCreator(f"{APP_NAME} {__version__}")
    doc = print_document(writer, 9.5)
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(transcript_html(sheet))
    doc.print_(writer)
    del writer  # closes the file

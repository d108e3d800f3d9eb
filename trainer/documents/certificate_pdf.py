"""A certificate as a one-page PDF (A4 landscape, 300 dpi) with embedded DejaVu Sans.

Drawn with QPdfWriter and QTextDocument, so it needs a QGuiApplication (or QApplication) but no
widgets. DejaVu Sans covers Cyrillic and the Kazakh letters (ә ғ қ ң ө ұ ү һ і); Qt embeds the
subset of glyphs used, so the file reads the same on any computer.

A signed certificate also carries its credential (trainer.services.credentials) three ways: as a
QR code and as small monospace text along the bottom of the page, for paper, and exactly in the
XMP metadata (``pdf:Keywords``), so ``verify-certificate FILE.pdf`` reads it without guessing.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import tempfile
import unicodedata
import uuid
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
    qVersion,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from trainer import APP_NAME, __version__
from trainer.documents.fonts import MONO_FAMILY, ensure_fonts, print_document
from trainer.domain.certificate import Certificate
from trainer.i18n import in_language
from trainer.labels import region_name, role_name
from trainer.services.credentials import PDF_KEYWORD

translate = QCoreApplication.translate

DPI = 300
ACCENT = "#1d4f73"
MUTED = "#5b6670"
SOURCE_CREDIT = (
    "Turarbekova A, Mytalyapova A, Sabitov S, Kala N, Balmagambetova V and Altynbassov B, "
    "'Legal Frameworks for Combating Violence Against Women in Kazakhstan: Analysing Effectiveness "
    "and Implementation Gaps' (2025) 8(1) Access to Justice in Eastern Europe 264-84, "
    "doi:10.33327/AJEE-18-8.1-a000119"
)
_UNSAFE = re.compile(r"[^\w]+")
_BAND = 50.0  # mm along the bottom of the page for the QR code and the credential's text


def default_certificate_filename(cert: Certificate) -> str:
    """``Qorgau-certificate-<name>-<YYYY-MM-DD>.pdf``, safe on every file system.

    Letters of any script (Cyrillic and Kazakh included) and digits are kept; anything else
    becomes a single dash.
    """
    name = unicodedata.normalize("NFC", cert.learner_name)
    safe = _UNSAFE.sub("-", name).replace("_", "-").strip("-")
    safe = re.sub(r"-{2,}", "-", safe)[:60].rstrip("-") or "learner"
    return f"{APP_NAME}-certificate-{safe}-{cert.date.isoformat()}.pdf"


def write_certificate_pdf(
    cert: Certificate, path: Path | str, language: str = "en", beside: tuple[Certificate, str] | None = None
) -> Path:
    """Write the certificate to ``path`` (replacing it only once the whole file is written).

    ``language`` picks the date and number formats; the words come from the installed
    translator and the module titles from ``cert``.

    Raises:
        OSError: the file cannot be written.
        RuntimeError: no QGuiApplication exists.
    """
    path = Path(path)
    data = certificate_pdf_bytes(cert, language, beside)
    fd, tmp = tempfile.mkstemp(prefix=".certificate-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a saved certificate is an ordinary document
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def certificate_pdf_bytes(
    cert: Certificate, language: str = "en", beside: tuple[Certificate, str] | None = None
) -> bytes:
    """The certificate as the bytes of a PDF file.

    ``beside`` = (the same certificate with titles in a second language, that language) prints
    both side by side on one page, each half in its own language (Kazakh and Russian).
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("a QGuiApplication must exist before drawing a certificate")
    ensure_fonts()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    # PDF/A-1b: the archival profile, all fonts embedded; a certificate may be kept for years.
    writer.setPdfVersion(QPdfWriter.PdfVersion.PdfVersion_A1b)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    title = translate("Certificate", "Certificate of completion")
    writer.setTitle(f"{title}: {cert.learner_name}")
    writer.setCreator(f"{APP_NAME} {__version__}")
    if cert.credential:
        writer.setDocumentXmpMetadata(_xmp(f"{title}: {cert.learner_name}", cert.credential))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot start drawing the certificate PDF")
    try:
        if beside is None:
            _paint(painter, writer, [(cert, language)])
        else:
            _paint(painter, writer, [(cert, language), beside])
    finally:
        painter.end()
    buffer.close()
    data: QByteArray = buffer.data()
    return bytes(data.data())


def _mm(value: float) -> float:
    return value * DPI / 25.4


def _document(writer: QPdfWriter, body: str, width: float, point_size: float = 12) -> QTextDocument:
    doc = print_document(writer, point_size, wrap_words=False)
    doc.setDocumentMargin(0)
    doc.setHtml(body)
    doc.setTextWidth(width)
    return doc


def _draw(painter: QPainter, doc: QTextDocument, top_left: QPointF, scale: float = 1.0) -> None:
    painter.save()
    painter.translate(top_left)
    painter.scale(scale, scale)
    context = QAbstractTextDocumentLayout.PaintContext()
    doc.documentLayout().draw(painter, context)
    painter.restore()


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _paint(painter: QPainter, writer: QPdfWriter, halves: list[tuple[Certificate, str]]) -> None:
    """The frame, then each certificate in its language: one across the page, or two side by side."""
    page = QRectF(0, 0, writer.width(), writer.height())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    # Frame: a heavy outer rule and a thin inner one.
    painter.setPen(QPen(QColor(ACCENT), _mm(1.2)))
    painter.drawRect(page.adjusted(_mm(9), _mm(9), -_mm(9), -_mm(9)))
    painter.setPen(QPen(QColor(ACCENT), _mm(0.3)))
    painter.drawRect(page.adjusted(_mm(11.5), _mm(11.5), -_mm(11.5), -_mm(11.5)))

    content = page.adjusted(_mm(28), _mm(20), -_mm(28), -_mm(18))
    credential = halves[0][0].credential
    if credential:
        band = QRectF(content.left(), content.bottom() - _mm(_BAND), content.width(), _mm(_BAND))
        _paint_credential(painter, writer, credential, band)
        content.setBottom(band.top() - _mm(5))
    if len(halves) == 1:
        cert, language = halves[0]
        _paint_text(painter, writer, cert, QLocale(language), content)
        return
    gap = _mm(12)
    half = (content.width() - gap) / 2
    painter.setPen(QPen(QColor(ACCENT), _mm(0.3)))
    middle = content.left() + half + gap / 2
    painter.drawLine(QPointF(middle, content.top()), QPointF(middle, content.bottom()))
    for i, (cert, language) in enumerate(halves):
        rect = QRectF(content.left() + i * (half + gap), content.top(), half, content.height())
        with in_language(language):
            _paint_text(painter, writer, cert, QLocale(language), rect, compact=True)


def _paint_text(
    painter: QPainter, writer: QPdfWriter, cert: Certificate, locale: QLocale, content: QRectF, compact: bool = False
) -> None:
    width = content.width()
    footer = _document(writer, _footer_html(cert), width, 9)
    footer_height = footer.size().height()
    _draw(painter, footer, QPointF(content.left(), content.bottom() - footer_height))

    main = _document(writer, _main_html(cert, locale), width, 9 if compact else 12)
    available = content.height() - footer_height - _mm(6)
    height = main.size().height()
    # A long curriculum shrinks to fit rather than running into the footer.
    scale = min(1.0, available / height) if height else 1.0
    top = content.top() + max(0.0, (available - height * scale) / 2)
    left = content.left() + (width - width * scale) / 2
    _draw(painter, main, QPointF(left, top), scale)


def _module_note(m, words: dict[str, str], locale) -> str:
    """'version 2.0.0 · law as of 16 June 2024': which content, teaching the law of which date."""
    note = words["version"].format(m.version)
    try:
        law = dt.date.fromisoformat(m.law_as_of) if m.law_as_of else None
    except ValueError:
        law = None
    if law is not None:
        note += " · " + words["law"].format(locale.toString(QDate(law.year, law.month, law.day), "d MMMM yyyy"))
    return note


def _score(score: float, locale: QLocale) -> str:
    value = round(score, 1)
    return locale.toString(value, "f", 0 if value.is_integer() else 1)


def _px(points: float) -> int:
    """Qt's rich text takes margins and padding in CSS pixels (1/96 inch), not points."""
    return round(points * 96 / 72)


def _main_html(cert: Certificate, locale: QLocale) -> str:
    date = QDate(cert.date.year, cert.date.month, cert.date.day)
    date_text = locale.toString(date, "d MMMM yyyy")
    score_text = translate("Certificate", "{0}%").format(_score(cert.score, locale))
    if cert.kind == "track":
        heading = translate("Certificate", "Completed the full curriculum for their role:")
    else:
        heading = translate("Certificate", "Completed the module:")
    words = {
        "version": translate("Certificate", "version {0}"),
        "law": translate("Certificate", "law as of {0}"),
        "awarded": _e(translate("Certificate", "Awarded to")),
        "date": _e(translate("Certificate", "Date of issue")),
        "score": _e(translate("Certificate", "Score")),
        "title": _e(translate("Certificate", "Certificate of completion")),
    }
    title_size = 18 if len(cert.modules) == 1 else 13
    modules = "".join(
        f'<p align="center" style="margin-top:{_px(5)}px; margin-bottom:0">'
        f'<span style="font-size:{title_size}pt; font-weight:bold">{_e(m.title)}</span>'
        f'<span style="font-size:10pt; color:{MUTED}">&nbsp;&nbsp;{_e(_module_note(m, words, locale))}</span>'
        f"</p>"
        for m in cert.modules
    )
    who = " · ".join(_e(part) for part in (role_name(cert.role), region_name(cert.region)) if part)
    cell = f'align="center" style="padding-left:{_px(36)}px; padding-right:{_px(36)}px"'
    return f"""
<p align="center" style="margin:0; font-size:15pt; font-weight:bold; color:{ACCENT}">{_e(APP_NAME)}</p>
<p align="center" style="margin-top:{_px(2)}px; margin-bottom:0; font-size:32pt">{words["title"]}</p>
<p align="center" style="margin-top:{_px(26)}px; margin-bottom:0; font-size:11pt; color:{MUTED}">{words["awarded"]}</p>
<p align="center" style="margin-top:{_px(4)}px; margin-bottom:0; font-size:28pt; font-weight:bold">{_e(cert.learner_name)}</p>
<p align="center" style="margin-top:{_px(4)}px; margin-bottom:0; font-size:14pt">{who}</p>
<p align="center" style="margin-top:{_px(24)}px; margin-bottom:0; font-size:11pt; color:{MUTED}">{_e(heading)}</p>
{modules}
<table align="center" cellspacing="0" cellpadding="0" style="margin-top:{_px(26)}px">
<tr>
<td {cell}><span style="font-size:10pt; color:{MUTED}">{words["date"]}</span><br/>
<span style="font-size:15pt">{_e(date_text)}</span></td>
<td {cell}><span style="font-size:10pt; color:{MUTED}">{words["score"]}</span><br/>
<span style="font-size:15pt">{_e(score_text)}</span></td>
</tr>
</table>
"""


def _footer_html(cert: Certificate) -> str:
    command = f"qorgau verify-certificate {cert.code}"
    verify = _e(translate("Certificate", "Verify with: {0}")).format(
        f"<span style=\"font-family:'{MONO_FAMILY}'\">{_e(command)}</span>"
    )
    credit = translate("Certificate", "Training content based on {0}, used under CC BY 4.0.").format(SOURCE_CREDIT)
    code_label = _e(translate("Certificate", "Verification code"))
    return f"""
<p align="center" style="margin:0; font-size:10pt; color:{MUTED}">{code_label}</p>
<p align="center" style="margin-top:{_px(1)}px; margin-bottom:0; font-family:'{MONO_FAMILY}'; font-size:16pt; font-weight:bold">{_e(cert.code)}</p>
<p align="center" style="margin-top:{_px(3)}px; margin-bottom:0; font-size:9pt">{verify}</p>
<p align="center" style="margin-top:{_px(10)}px; margin-bottom:0; font-size:7pt; color:{MUTED}">{_e(credit)}</p>
"""


def _xmp(title: str, credential: str) -> bytes:
    """The XMP packet Qt writes for PDF/A-1b, plus ``pdf:Keywords`` holding the credential.

    Qt replaces its own packet with the one given, so this one repeats what Qt's holds (title,
    creator tool, dates, document id, PDF/A identification).
    """
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    e = html.escape
    return f"""<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\
<x:xmpmeta xmlns:x="adobe:ns:meta/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" \
xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" \
xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<rdf:RDF>
<rdf:Description rdf:about=""><dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(title)}</rdf:li></rdf:Alt></dc:title>\
</rdf:Description>
<rdf:Description rdf:about="" pdf:Producer="Qt {qVersion()}" pdf:Trapped="False" pdf:Keywords="{PDF_KEYWORD}{e(credential)}"/>
<rdf:Description rdf:about="" xmp:CreatorTool="{e(APP_NAME)} {e(__version__)}" xmp:CreateDate="{now}" \
xmp:ModifyDate="{now}" xmp:MetadataDate="{now}"/>
<rdf:Description rdf:about="" xmpMM:DocumentID="uuid:{uuid.uuid4()}" xmpMM:VersionID="1" \
xmpMM:RenditionClass="default"/>
<rdf:Description rdf:about="" pdfaid:part="1" pdfaid:conformance="B"/>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end='w'?>""".encode()


def _qr_symbols(text: str) -> list:
    """One QR code for the whole text when it fits (version 40 at most), else a structured-append series."""
    import segno

    try:
        return [segno.make(text, error="L", micro=False, boost_error=False)]
    except segno.DataOverflowError:
        count = 2
        while True:
            try:
                return list(segno.make_sequence(text, error="L", symbol_count=count, boost_error=False))
            except (segno.DataOverflowError, ValueError):
                count += 1
                if count > 16:
                    return []


def _paint_qr(painter: QPainter, qr, rect: QRectF) -> None:
    """A QR code as one vector path (no seams between modules), quiet zone included, filling ``rect``."""
    width, _ = qr.symbol_size(border=4)
    module = rect.width() / width
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for y, row in enumerate(qr.matrix_iter(border=4)):
        x = 0
        row = list(row)
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                path.addRect(
                    QRectF(rect.left() + start * module, rect.top() + y * module, (x - start) * module, module)
                )
            else:
                x += 1
    painter.fillRect(rect, QColor("white"))
    painter.fillPath(path, QColor("black"))


def _paint_credential(painter: QPainter, writer: QPdfWriter, credential: str, band: QRectF) -> None:
    """The credential as QR code(s) on the left and as wrapped monospace text on the right."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    symbols = _qr_symbols(credential)
    side = band.height()
    for i, qr in enumerate(symbols):
        _paint_qr(painter, qr, QRectF(band.left() + i * (side + _mm(2)), band.top(), side, side))
    left = band.left() + len(symbols) * (side + _mm(2)) + _mm(3)
    width = band.right() - left
    note = _document(
        writer,
        f'<p style="margin:0; font-size:7pt; color:{MUTED}">'
        + _e(
            translate(
                "Certificate",
                "Signed credential (Open Badges 3.0). To check this certificate on any computer, offline: "
                "scan the QR code or type the text below into qorgau verify-certificate.",
            )
        )
        + "</p>",
        width,
        7,
    )
    _draw(painter, note, QPointF(left, band.top()))
    top = band.top() + note.size().height() + _mm(1)
    available = band.bottom() - top
    for size in (6.0, 5.5, 5.0, 4.5, 4.0, 3.5):
        font = QFont(MONO_FAMILY)
        font.setPointSizeF(size)
        metrics = QFontMetricsF(font, writer)
        per_line = max(20, int(width / metrics.horizontalAdvance("M")))
        lines = [credential[i : i + per_line] for i in range(0, len(credential), per_line)]
        if len(lines) * metrics.lineSpacing() <= available:
            break
    painter.setFont(font)
    painter.setPen(QColor("black"))
    y = top + metrics.ascent()
    for line in lines:
        if y > band.bottom():
            break  # the whole text is in the QR code and the file's metadata
        painter.drawText(QPointF(left, y), line)
        y += metrics.lineSpacing()
    painter.restore()

"""Fonts for PDF documents: DejaVu covers Latin, Cyrillic and the Kazakh letters (ә ғ қ ң ө ұ ү һ і)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QPaintDevice, QTextDocument, QTextOption

from trainer import paths

FONT_FAMILY = "DejaVu Sans"
MONO_FAMILY = "DejaVu Sans Mono"


def ensure_fonts() -> None:
    """Register bundled DejaVu fonts (assets/fonts) when the system has none, as on Windows."""
    if FONT_FAMILY in QFontDatabase.families():
        return
    folder = paths.assets_dir() / "fonts"
    for ttf in sorted(folder.glob("DejaVu*.ttf")) if folder.is_dir() else []:
        QFontDatabase.addApplicationFont(str(ttf))


def print_document(device: QPaintDevice, point_size: float, wrap_words: bool = True) -> QTextDocument:
    """An empty document laid out for ``device`` (a QPdfWriter) in the PDF font.

    Without the paint device the layout uses the screen's resolution and the text comes out tiny
    at 300 dpi. Ligatures are off: copied text, search and text extraction must see "fi", not a
    ligature. ``wrap_words`` wraps between words only; Qt's default cuts a word that does not fit
    its column ("Басталд ы")."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(point_size)
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    if wrap_words:
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        doc.setDefaultTextOption(option)
    return doc

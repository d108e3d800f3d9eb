"""Light and high-contrast themes, and the learner's text size."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("light", "high_contrast")

_COMMON = """
QPushButton { padding: 6px 14px; }
QPushButton:focus, QToolButton:focus, QListView:focus, QTableView:focus, QLineEdit:focus,
QComboBox:focus, QTextBrowser:focus, QRadioButton:focus, QCheckBox:focus, QListWidget:focus {
    outline: none; border: 2px solid %(focus)s;
}
QPushButton#primary { font-weight: bold; }
QLabel#heading { font-size: %(heading)spt; font-weight: bold; }
QLabel#subheading { font-size: %(subheading)spt; font-weight: bold; }
QTreeView::item, QListView::item { padding: 3px 2px; }
QFrame#feedback_right { border-left: 6px solid %(right)s; padding: 8px; background: %(panel)s; }
QFrame#feedback_wrong { border-left: 6px solid %(wrong)s; padding: 8px; background: %(panel)s; }
QFrame#card { border: 1px solid %(border)s; border-radius: 4px; background: %(panel)s; }
"""


def apply_theme(app: QApplication, theme: str, font_scale: float = 1.0) -> None:
    """Set palette, stylesheet and base font size; ``font_scale`` 2.0 is the 200% setting."""
    app.setStyle("Fusion")
    pal = QPalette()
    if theme == "high_contrast":
        colours = {"focus": "#ffff00", "right": "#00ff00", "wrong": "#ff6060", "panel": "#000000", "border": "#ffffff"}
        for role, colour in (
            (QPalette.ColorRole.Window, "#000000"),
            (QPalette.ColorRole.WindowText, "#ffffff"),
            (QPalette.ColorRole.Base, "#000000"),
            (QPalette.ColorRole.AlternateBase, "#1a1a1a"),
            (QPalette.ColorRole.Text, "#ffffff"),
            (QPalette.ColorRole.Button, "#000000"),
            (QPalette.ColorRole.ButtonText, "#ffffff"),
            (QPalette.ColorRole.Highlight, "#ffff00"),
            (QPalette.ColorRole.HighlightedText, "#000000"),
            (QPalette.ColorRole.Link, "#80c0ff"),
            (QPalette.ColorRole.ToolTipBase, "#000000"),
            (QPalette.ColorRole.ToolTipText, "#ffffff"),
            (QPalette.ColorRole.PlaceholderText, "#c0c0c0"),
        ):
            pal.setColor(role, QColor(colour))
    else:
        colours = {"focus": "#1f6fd1", "right": "#2e7d32", "wrong": "#c62828", "panel": "#f6f7f9", "border": "#c9ced6"}
        pal = app.style().standardPalette()
        pal.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        pal.setColor(QPalette.ColorRole.Link, QColor("#1456a8"))
    base = 10.5 * max(0.5, min(font_scale, 3.0))
    colours |= {"heading": f"{base * 1.5:.1f}", "subheading": f"{base * 1.15:.1f}"}
    app.setPalette(pal)
    sheet = _COMMON % colours
    if theme == "high_contrast":
        # Fusion draws unticked indicators dark on dark; give them a visible frame and fill.
        sheet += (
            "QCheckBox::indicator, QRadioButton::indicator { width: 14px; height: 14px; border: 2px solid #ffffff; background: #000000; }"
            "QRadioButton::indicator { border-radius: 9px; }"
            "QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }"
        )
    app.setStyleSheet(sheet)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(base)
    app.setFont(font)


def lesson_css(theme: str) -> str:
    """A readable stylesheet for lessons in QTextBrowser (which supports a subset of CSS)."""
    fg, link, border, quote = (
        ("#ffffff", "#80c0ff", "#ffffff", "#cccccc")
        if theme == "high_contrast"
        else ("#1b1b1b", "#1456a8", "#9aa3ad", "#444444")
    )
    return f"""
    body {{ color: {fg}; line-height: 150%; }}
    h1 {{ font-size: x-large; margin-bottom: 8px; }}
    h2 {{ font-size: large; margin-top: 16px; }}
    p, li {{ margin-bottom: 6px; }}
    a {{ color: {link}; text-decoration: underline; }}
    table {{ border-collapse: collapse; margin: 8px 0; }}
    th, td {{ border: 1px solid {border}; padding: 4px 8px; }}
    th {{ font-weight: bold; }}
    blockquote {{ color: {quote}; margin-left: 16px; font-style: italic; }}
    code, pre {{ font-family: 'DejaVu Sans Mono', monospace; }}
    """

"""Light and high-contrast themes, and the learner's text size."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("light", "high_contrast")

_COMMON = """
QPushButton { padding: 6px 14px; }
QPushButton:focus, QToolButton:focus, QListView:focus, QTableView:focus, QLineEdit:focus,
QComboBox:focus, QTextBrowser:focus, QRadioButton:focus, QCheckBox:focus, QListWidget:focus,
QPlainTextEdit:focus, QTextEdit:focus {
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


# Colours that carry a state (passed, in progress, locked; right, partly right, wrong), per theme.
# On black they must be bright: dark green on black is unreadable.
STATE_COLOURS: dict[str, dict[str, str]] = {
    "light": {"passed": "#2e7d32", "started": "#b26a00", "locked": "#6b7280", "wrong": "#c62828"},
    "high_contrast": {"passed": "#66ff66", "started": "#ffcc33", "locked": "#c0c0c0", "wrong": "#ff8080"},
}

# The boxes a user types or picks a value in. Read-only text (lesson, help, figures) is left out.
INPUTS = (
    "QLineEdit",
    'QPlainTextEdit[readOnly="false"]',
    'QTextEdit[readOnly="false"]',
    "QAbstractSpinBox",  # spin boxes and date edits
    "QComboBox",
)


def _inputs(state: str = "") -> str:
    """A selector for every input, in ``state`` (":focus", ":disabled"...)."""
    return ", ".join(f"{name}{state}" for name in INPUTS)


# High contrast: disabled controls are grey with a dashed frame, enabled ones white with a solid
# frame. Every input (text, comment, number, date and list boxes) has a white border that turns
# thicker and yellow with the focus (the padding shrinks as the border grows, so the text stays
# put), with white arrows, since Fusion draws its frames and arrows dark on dark. Lists and tables
# are framed and their tick boxes drawn.
_HIGH_CONTRAST = (
    """
QCheckBox::indicator, QRadioButton::indicator { width: 14px; height: 14px; border: 2px solid #ffffff; background: #000000; }
QRadioButton::indicator { border-radius: 9px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }
QPushButton { color: #ffffff; background: #000000; border: 2px solid #ffffff; border-radius: 3px; }
QPushButton:disabled { color: #8c8c8c; border: 2px dashed #8c8c8c; }
QPushButton:focus { border: 2px solid #ffff00; }
"""
    + (
        f"{_inputs()} {{ color: #ffffff; background: #000000; border: 2px solid #ffffff; padding: 2px; }}\n"
        f"{_inputs(':disabled')} {{ color: #8c8c8c; border: 2px dashed #8c8c8c; }}\n"
        f"{_inputs(':focus')} {{ border: 3px solid #ffff00; padding: 1px; }}\n"
    )
    + """
QListView, QTreeView, QTableView { border: 1px solid #ffffff; }
QListView::indicator, QTreeView::indicator, QTableView::indicator {
    width: 12px; height: 12px; border: 2px solid #ffffff; background: #000000;
}
QListView::indicator:checked, QTreeView::indicator:checked, QTableView::indicator:checked { background: #ffff00; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button, QAbstractSpinBox::drop-down, QComboBox::drop-down {
    subcontrol-origin: padding; width: 18px; border-left: 1px solid #ffffff;
}
QAbstractSpinBox::up-button:disabled, QAbstractSpinBox::down-button:disabled, QAbstractSpinBox::drop-down:disabled,
QComboBox::drop-down:disabled { border-left: 1px dashed #8c8c8c; }
QAbstractSpinBox::up-button { subcontrol-position: top right; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right; }
QAbstractSpinBox::drop-down, QComboBox::drop-down { subcontrol-position: top right; }
QAbstractSpinBox::up-arrow {
    width: 0; height: 0; border-left: 5px solid #000000; border-right: 5px solid #000000; border-bottom: 6px solid #ffffff;
}
QAbstractSpinBox::down-arrow, QComboBox::down-arrow {
    width: 0; height: 0; border-left: 5px solid #000000; border-right: 5px solid #000000; border-top: 6px solid #ffffff;
}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off { border-bottom-color: #8c8c8c; }
QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off, QComboBox::down-arrow:disabled {
    border-top-color: #8c8c8c;
}
"""
)

_DISABLED_GREY = "#8c8c8c"


def current_theme() -> str:
    """The theme last applied (``light`` before any)."""
    app = QApplication.instance()
    theme = app.property("qorgau_theme") if app is not None else None
    return theme if theme in THEMES else "light"


def state_colour(state: str, theme: str | None = None) -> str:
    """The colour for ``state`` (passed, started, locked, wrong) in ``theme`` (default: the current one)."""
    return STATE_COLOURS[theme or current_theme()][state]


def apply_theme(app: QApplication, theme: str, font_scale: float = 1.0) -> None:
    """Set palette, stylesheet and base font size; ``font_scale`` 2.0 is the 200% setting."""
    app.setStyle("Fusion")
    app.setProperty("qorgau_theme", theme)
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
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
            QPalette.ColorRole.HighlightedText,
        ):
            pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_GREY))
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
        # Fusion draws unticked indicators, frames and disabled buttons dark on dark: make them visible.
        sheet += _HIGH_CONTRAST
    # The font first: setting the style sheet re-polishes every widget, which then takes the new size.
    font = QFont("DejaVu Sans")
    font.setPointSizeF(base)
    app.setFont(font)
    app.setStyleSheet(sheet)


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

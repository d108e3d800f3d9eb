"""The learner and trainer guides (F1, Help menu): illustrated Markdown in assets/help, per language.

The guides are ``assets/help/<guide>.<language>.md`` with pictures in ``assets/help/images``; a
guide not yet written in a language falls back to English. The text follows View → Text size and
the theme at once, because the browser takes the application's font and palette.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from trainer import paths

GUIDES = ("learner", "trainer")


def guide_path(guide: str, language: str) -> Path:
    """The guide's Markdown file in ``language``, or in English when that one is missing."""
    folder = paths.assets_dir() / "help"
    wanted = folder / f"{guide}.{language}.md"
    return wanted if wanted.is_file() else folder / f"{guide}.en.md"


class HelpWindow(QDialog):
    """One guide at a time, with buttons to switch guides; links and pictures work offline."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.guide = ""
        self.setWindowTitle(self.tr("Qorgau help"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.learner_button = QPushButton(self.tr("&Learner guide"))
        self.trainer_button = QPushButton(self.tr("&Trainer guide"))
        for button, guide in ((self.learner_button, "learner"), (self.trainer_button, "trainer")):
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, g=guide: self.show_guide(g))
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # the guides link only to each other, never out
        self.browser.setAccessibleName(self.tr("Guide"))
        layout.addWidget(self.browser, 1)
        close = QPushButton(self.tr("&Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.resize(860, 640)

    def show_guide(self, guide: str) -> None:
        """Show ``guide`` ("learner" or "trainer") from its top, with the reading focus in the text."""
        if guide not in GUIDES:
            raise ValueError(f"unknown guide {guide!r}; expected one of {GUIDES}")
        self.guide = guide
        path = guide_path(guide, self.language)
        # A Markdown source: relative picture paths resolve against the guide's folder.
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        self.browser.clearHistory()
        self.learner_button.setChecked(guide == "learner")
        self.trainer_button.setChecked(guide == "trainer")
        title = self.tr("Learner guide") if guide == "learner" else self.tr("Trainer guide")
        self.browser.setAccessibleDescription(title)
        self.setWindowTitle(self.tr("Qorgau help: {0}").format(title))
        self.browser.setFocus()

    def text(self) -> str:
        return self.browser.toPlainText()


def open_help(parent: QWidget, language: str, guide: str, window: HelpWindow | None = None) -> HelpWindow:
    """Show (or raise) the help window with ``guide``; reuse ``window`` if it is still open."""
    if window is None or window.language != language:
        window = HelpWindow(language, parent)
    window.show_guide(guide)
    window.show()
    window.raise_()
    window.activateWindow()
    return window

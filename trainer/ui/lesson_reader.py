"""The lesson reader: table of contents, rendered lesson, previous/next, zoom, safe links."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer.content.loader import Catalogue
from trainer.content.markdown_render import render_markdown
from trainer.domain.model import Module
from trainer.ui.announce import announce
from trainer.ui.dialogs import Ask
from trainer.ui.profile_screens import heading
from trainer.ui.provenance import module_title, unofficial_note
from trainer.ui.theme import lesson_css

MIN_ZOOM, MAX_ZOOM = -4, 12


class LessonReader(QWidget):
    lesson_opened = Signal(str, str)  # module id, lesson id
    lesson_read = Signal(str, str)
    take_quiz = Signal(str)
    back_home = Signal()
    glossary_term = Signal(str)
    zoom_changed = Signal(int)

    def __init__(
        self, catalogue: Catalogue, language: str = "en", theme: str = "light", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.language = language
        self.theme = theme
        self.module: Module | None = None
        self.index = 0
        self.zoom = 0
        self.read: set[str] = set()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        top = QHBoxLayout()
        self.home_button = QPushButton(self.tr("← H&ome"))
        self.home_button.clicked.connect(self.back_home)
        self.title = heading("")
        top.addWidget(self.home_button)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.law_date = QLabel()
        self.law_date.setObjectName("law_as_of")
        self.law_date.setWordWrap(True)
        layout.addWidget(self.law_date)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setVisible(False)
        layout.addWidget(self.warning)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.toc = QListWidget()
        self.toc.setAccessibleName(self.tr("Lessons in this module"))
        self.toc.setWordWrap(True)
        self.toc.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.toc.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.toc.currentRowChanged.connect(self._toc_changed)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Lesson text"))
        self.browser.anchorClicked.connect(self._link)
        self.browser.verticalScrollBar().valueChanged.connect(self._scrolled)
        splitter.addWidget(self.toc)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([300, 960])
        layout.addWidget(splitter, 1)

        row = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("P&revious"))
        self.prev_button.clicked.connect(lambda: self.show_lesson(self.index - 1))
        self.read_button = QPushButton(self.tr("&Mark as read"))
        self.read_button.clicked.connect(self.mark_read)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self._next)
        self.quiz_button = QPushButton(self.tr("Take the &quiz"))
        self.quiz_button.clicked.connect(lambda: self.module and self.take_quiz.emit(self.module.id))
        self.status = QLabel()
        for w in (self.prev_button, self.read_button, self.next_button):
            row.addWidget(w)
        row.addWidget(self.status, 1)
        row.addWidget(self.quiz_button)
        layout.addLayout(row)

        for keys, step in ((QKeySequence.StandardKey.ZoomIn, 1), ("Ctrl+=", 1), (QKeySequence.StandardKey.ZoomOut, -1)):
            QShortcut(QKeySequence(keys), self, activated=lambda s=step: self.set_zoom(self.zoom + s))
        QShortcut(QKeySequence("Ctrl+0"), self, activated=lambda: self.set_zoom(0))
        self.setTabOrder(self.home_button, self.toc)
        self.setTabOrder(self.toc, self.browser)
        self.setTabOrder(self.browser, self.prev_button)

    def _law_text(self, module: Module) -> str:
        """'Teaches the law as of 16 June 2024', in the reader's language; empty when not stated."""
        try:
            when = date.fromisoformat(module.meta.law_as_of or "")
        except ValueError:
            return ""
        text = QLocale().toString(QDate(when.year, when.month, when.day), "d MMMM yyyy")
        return self.tr("Teaches the law as of {0}. Check later amendments before you rely on it.").format(text)

    # Opening ---------------------------------------------------------------
    def open_module(
        self, module: Module, read: set[str], lesson_id: str | None = None, find: str | None = None
    ) -> None:
        self.module = module
        self.read = set(read)
        self.title.setText(module_title(module, self.language))
        self.title.setToolTip(unofficial_note() if module.unofficial else "")
        self.law_date.setText(self._law_text(module))
        self.law_date.setVisible(bool(self.law_date.text()))
        tr = module.translations.get(self.language)
        if self.language != "en" and (tr is None or not tr.reviewed):
            self.warning.setText(self.tr("Translation not yet reviewed by a qualified legal translator."))
            self.warning.setVisible(True)
        else:
            self.warning.setVisible(False)
        self.toc.blockSignals(True)
        self.toc.clear()
        for lesson in module.meta.lessons:
            self.toc.addItem(QListWidgetItem(self._toc_text(lesson.id, module.lesson_title_in(lesson, self.language))))
        self.toc.blockSignals(False)
        ids = [lesson.id for lesson in module.meta.lessons]
        if lesson_id in ids:
            index = ids.index(lesson_id)
        else:
            index = next((i for i, lid in enumerate(ids) if lid not in self.read), 0)
        self.show_lesson(index, find)

    def _toc_text(self, lesson_id: str, title: str) -> str:
        return ("✓ " if lesson_id in self.read else "   ") + title

    def show_lesson(self, index: int, find: str | None = None) -> None:
        if self.module is None or not 0 <= index < len(self.module.meta.lessons):
            return
        self.index = index
        lesson = self.module.meta.lessons[index]
        text = self.catalogue.lesson_text(self.module, lesson, self.language)
        html = render_markdown(text, Path(self.module.folder))
        doc = QTextDocument(self.browser)
        doc.setDefaultStyleSheet(lesson_css(self.theme))
        doc.setBaseUrl(QUrl.fromLocalFile(self.module.folder + "/"))
        doc.setHtml(html)
        self.browser.setDocument(doc)
        self._apply_zoom()
        self.toc.blockSignals(True)
        self.toc.setCurrentRow(index)
        self.toc.blockSignals(False)
        n = len(self.module.meta.lessons)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setText(self.tr("&Next") if index < n - 1 else self.tr("&Finish lessons"))
        self.status.setText(self.tr("Lesson {0} of {1}").format(index + 1, n))
        announce(self.browser, self.status.text() + ": " + self.module.lesson_title_in(lesson, self.language))
        self._update_read_button()
        self.lesson_opened.emit(self.module.id, lesson.id)
        if find:
            self.browser.find(find)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.browser.setFocus()

    def current_lesson_id(self) -> str | None:
        return self.module.meta.lessons[self.index].id if self.module else None

    # Reading ---------------------------------------------------------------
    def mark_read(self) -> None:
        lesson_id = self.current_lesson_id()
        if self.module is None or lesson_id is None or lesson_id in self.read:
            return
        self.read.add(lesson_id)
        item = self.toc.item(self.index)
        if item is not None:
            item.setText(
                self._toc_text(
                    lesson_id, self.module.lesson_title_in(self.module.meta.lessons[self.index], self.language)
                )
            )
        self._update_read_button()
        self.lesson_read.emit(self.module.id, lesson_id)

    def _update_read_button(self) -> None:
        done = self.current_lesson_id() in self.read
        self.read_button.setEnabled(not done)
        self.read_button.setText(self.tr("Read ✓") if done else self.tr("&Mark as read"))

    def _scrolled(self, value: int) -> None:
        bar = self.browser.verticalScrollBar()
        if bar.maximum() > 0 and value >= bar.maximum():
            self.mark_read()

    def _next(self) -> None:
        self.mark_read()
        if self.module and self.index < len(self.module.meta.lessons) - 1:
            self.show_lesson(self.index + 1)
        elif self.module:
            self.take_quiz.emit(self.module.id)

    def _toc_changed(self, row: int) -> None:
        if row >= 0 and row != self.index:
            self.show_lesson(row)

    # Zoom ------------------------------------------------------------------
    def set_zoom(self, zoom: int, announce: bool = True) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if zoom == self.zoom:
            return
        self.zoom = zoom
        self._apply_zoom()
        if announce:
            self.zoom_changed.emit(zoom)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """View → Text size changed the font: the lesson text follows at once, keeping the zoom."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_zoom()

    def refresh_font(self) -> None:
        """Apply the current text size and zoom to the lesson text (after View → Text size)."""
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        font = self.font()
        font.setPointSizeF(max(6.0, self.font().pointSizeF() * (1 + 0.1 * self.zoom)))
        self.browser.document().setDefaultFont(font)

    # Links -----------------------------------------------------------------
    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("lesson:"):
            lesson_id = target.removeprefix("lesson:")
            try:
                module, _ = self.catalogue.lesson(lesson_id)
            except KeyError:
                Ask.inform(
                    self, self.tr("Lesson not available"), self.tr("That lesson is not installed on this computer.")
                )
                return
            self.open_module(module, self.read, lesson_id)
        elif target.startswith("glossary:"):
            self.glossary_term.emit(target.removeprefix("glossary:"))
        elif target.startswith(("http://", "https://", "mailto:")):
            Ask.external_link(target, self)
        elif target.startswith("#"):
            self.browser.scrollToAnchor(target[1:])
        else:
            Ask.inform(
                self,
                self.tr("Link disabled"),
                self.tr("This link is disabled for safety: {0}").format(target.removeprefix("blocked:")),
            )

"""Search across lessons, and the glossary of legal terms with the lessons that use them."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer.content.loader import Catalogue
from trainer.services.search import LessonIndex


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SearchDialog(QDialog):
    open_lesson = Signal(str, str, str)  # module id, lesson id, text to find

    def __init__(self, index: LessonIndex, query: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setWindowTitle(self.tr("Search the lessons"))
        layout = QVBoxLayout(self)
        self.edit = QLineEdit(query)
        self.edit.setAccessibleName(self.tr("Search words"))
        self.edit.setPlaceholderText(self.tr("Type words and press Enter"))
        self.edit.returnPressed.connect(self.run)
        self.count = QLabel()
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._open)
        layout.addWidget(self.edit)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self.resize(760, 520)
        if query:
            self.run()

    def run(self) -> None:
        hits = self.index.search(self.edit.text())
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.lesson_title}\n{hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        self.count.setText(self.tr("{0} lessons found").format(len(hits)))
        if hits:
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _open(self, item: QListWidgetItem) -> None:
        hit = item.data(Qt.ItemDataRole.UserRole)
        self.open_lesson.emit(hit.module_id, hit.lesson_id, hit.match)
        self.accept()


class GlossaryDialog(QDialog):
    open_lesson = Signal(str, str, str)

    def __init__(
        self,
        catalogue: Catalogue,
        index: LessonIndex,
        language: str,
        term_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.index = index
        self.language = language
        self.setWindowTitle(self.tr("Glossary of legal terms"))
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        self.terms = QListWidget()
        self.terms.setAccessibleName(self.tr("Terms"))
        self.terms.setWordWrap(True)
        self.terms.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Definition"))
        self.text.anchorClicked.connect(self._link)
        splitter.addWidget(self.terms)
        splitter.addWidget(self.text)
        splitter.setSizes([260, 520])
        layout.addWidget(splitter)
        for term in sorted(catalogue.glossary.terms, key=lambda t: t.words(language).term.casefold()):
            item = QListWidgetItem(term.words(language).term)
            item.setData(Qt.ItemDataRole.UserRole, term.id)
            self.terms.addItem(item)
        self.terms.currentItemChanged.connect(
            lambda item, _: item and self.show_term(item.data(Qt.ItemDataRole.UserRole))
        )
        self.resize(820, 520)
        if self.terms.count():
            ids = [self.terms.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.terms.count())]
            self.terms.setCurrentRow(ids.index(term_id) if term_id in ids else 0)

    def show_term(self, term_id: str) -> None:
        term = self.catalogue.term(term_id)
        words = term.words(self.language)
        html = [f"<h2>{_esc(words.term)}</h2><p>{_esc(words.definition)}</p>"]
        if self.language != "en":
            html.append(f"<p><i>English: {_esc(term.term)}</i></p>")
        source_label = self.tr("Source:")
        html.append(f"<p><i>{source_label} {_esc(term.source.label())}</i></p>")
        lessons = self._lessons_using(term_id, [term.term, words.term])
        if lessons:
            heading = self.tr("Lessons that use this term")
            html.append(f"<h3>{heading}</h3><ul>")
            for module_id, lesson_id in lessons:
                module = self.catalogue.modules[module_id]
                lesson = next(lesson for lesson in module.meta.lessons if lesson.id == lesson_id)
                title = f"{module.title_in(self.language)} — {module.lesson_title_in(lesson, self.language)}"
                html.append(f"<li><a href='open:{module_id}/{lesson_id}/{_esc(words.term)}'>{_esc(title)}</a></li>")
            html.append("</ul>")
        self.text.setHtml("".join(html))

    def _lessons_using(self, term_id: str, phrases: list[str]) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for m in self.catalogue.modules.values():
            for lesson in m.meta.lessons:
                text = self.catalogue.lesson_text(m, lesson, self.language)
                if f"glossary:{term_id}" in text and (m.id, lesson.id) not in found:
                    found.append((m.id, lesson.id))
        for phrase in phrases:
            for pair in self.index.lessons_mentioning(phrase):
                if pair not in found:
                    found.append(pair)
        return found

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith("open:"):
            module_id, lesson_id, find = target.removeprefix("open:").split("/", 2)
            self.open_lesson.emit(module_id, lesson_id, QUrl.fromPercentEncoding(find.encode()))
            self.accept()

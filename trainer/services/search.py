"""Full-text search across lessons, kept in memory: the content is small and read-only."""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainer.content.loader import Catalogue

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")  # [text](target) -> text; ![alt](image) -> alt
_MARKUP = re.compile(r"[#*_>`|\[\]()!-]+")


@dataclass(frozen=True)
class SearchHit:
    module_id: str
    lesson_id: str
    lesson_title: str
    snippet: str
    match: str  # the matched text, so the reader can scroll to it


class LessonIndex:
    def __init__(self, catalogue: Catalogue, language: str = "en") -> None:
        self._entries: list[tuple[str, str, str, str]] = []
        for m in catalogue.modules.values():
            for lesson in m.meta.lessons:
                text = catalogue.lesson_text(m, lesson, language)
                plain = " ".join(_MARKUP.sub(" ", _LINK.sub(r"\1", text)).split())
                self._entries.append((m.id, lesson.id, m.lesson_title_in(lesson, language), plain))

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        words = [w for w in query.casefold().split() if w]
        if not words:
            return []
        hits = []
        for module_id, lesson_id, title, plain in self._entries:
            folded = plain.casefold()
            if all(w in folded or w in title.casefold() for w in words):
                pos = folded.find(words[0])
                start = max(0, pos - 60) if pos >= 0 else 0
                snippet = ("…" if start else "") + plain[start : start + 160] + "…"
                match = plain[pos : pos + len(words[0])] if pos >= 0 else ""
                hits.append(SearchHit(module_id, lesson_id, title, snippet, match))
                if len(hits) >= limit:
                    break
        return hits

    def lessons_mentioning(self, phrase: str) -> list[tuple[str, str]]:
        folded = phrase.casefold()
        return [(mid, lid) for mid, lid, _, plain in self._entries if folded in plain.casefold()]

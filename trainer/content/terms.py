"""The term base (``modules/terms.yaml``): one legal vocabulary, enforced in every language.

Each concept names its preferred term in en/ru/kk and the variants to refuse. The validator scans
every lesson, quiz, module file and the glossary in the variant's language and reports each
refused variant with its file and line. A refusal may be contextual (``near``): "administrative
arrest" is refused next to "Article 21", which is detention. A use that is meant is marked where
it stands with ``<!-- term-ok -->``; the loader and the lesson renderer remove the mark, so the
learner never sees it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from trainer.content.errors import ContentError

TERM_OK = re.compile(r"\s*<!--\s*term-ok\b[^>]*-->")
NEAR_WINDOW = 80
LANGS = ("en", "ru", "kk")


def strip_term_marks(text: str) -> str:
    """The text as the learner reads it: without the ``<!-- term-ok -->`` marks."""
    return TERM_OK.sub("", text) if "term-ok" in text else text


def strip_marks_in(data: object) -> object:
    """Every string of a parsed YAML document without its term marks."""
    if isinstance(data, str):
        return strip_term_marks(data)
    if isinstance(data, list):
        return [strip_marks_in(v) for v in data]
    if isinstance(data, dict):
        return {k: strip_marks_in(v) for k, v in data.items()}
    return data


@dataclass(frozen=True)
class Refusal:
    concept: str
    language: str
    pattern: re.Pattern[str]
    near: tuple[re.Pattern[str], ...] = ()
    preferred: str = ""
    within: int = NEAR_WINDOW


@dataclass
class TermBase:
    concepts: dict[str, dict[str, str]] = field(default_factory=dict)  # id -> {lang: preferred term}
    refusals: list[Refusal] = field(default_factory=list)

    def preferred(self, concept: str, language: str) -> str | None:
        return self.concepts.get(concept, {}).get(language)


def parse_term_base(data: object, display: str) -> tuple[TermBase, list[ContentError]]:
    """Build the term base from ``terms.yaml``; malformed entries and bad patterns are errors."""
    base, errors = TermBase(), []
    items = data.get("terms") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return base, [ContentError(display, 1, "terms: a list of concepts is needed")]
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            errors.append(ContentError(display, None, f"terms.{i}: each concept needs an id"))
            continue
        cid = item["id"]
        words = {lang: item[lang] for lang in LANGS if isinstance(item.get(lang), str)}
        if set(words) != set(LANGS) or not isinstance(item.get("source"), str):
            errors.append(ContentError(display, None, f"{cid}: give the term in en, ru and kk, and its source"))
        base.concepts[cid] = words
        refuse = item.get("refuse") or {}
        if not isinstance(refuse, dict):
            errors.append(ContentError(display, None, f"{cid}: refuse: a mapping of language to variants"))
            continue
        for lang, variants in refuse.items():
            if lang not in LANGS or not isinstance(variants, list):
                errors.append(ContentError(display, None, f"{cid}: refuse.{lang}: a list of variants per language"))
                continue
            for v in variants:
                spec = v if isinstance(v, dict) else {"pattern": v}
                try:
                    pattern = re.compile(spec["pattern"], re.IGNORECASE)
                    near = tuple(re.compile(n, re.IGNORECASE) for n in spec.get("near", ()))
                except (KeyError, TypeError, re.error) as exc:
                    errors.append(ContentError(display, None, f"{cid}: refuse.{lang}: {v!r} is not a valid pattern ({exc})"))
                    continue
                within = int(spec.get("within", NEAR_WINDOW))
                base.refusals.append(Refusal(cid, lang, pattern, near, words.get(lang, ""), within))
    return base, errors


def _language_of(path: Path) -> str:
    """``x.ru.md`` and ``quiz.kk.yaml`` are Russian and Kazakh; anything else is English."""
    parts = path.name.split(".")
    return parts[-2] if len(parts) >= 3 and parts[-2] in LANGS else "en"


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def scan_text(base: TermBase, text: str, language: str) -> Iterator[tuple[int, Refusal, str]]:
    """(offset, refusal, what was found) for every refused variant in ``text`` that is not marked."""
    for r in base.refusals:
        if r.language != language:
            continue
        for m in r.pattern.finditer(text):
            if TERM_OK.match(text, m.end()):
                continue
            if r.near:
                window = text[max(0, m.start() - r.within) : m.end() + r.within]
                if not any(n.search(window) for n in r.near):
                    continue
            yield m.start(), r, m.group(0)


def check_files(base: TermBase, root: Path, files: Iterable[Path]) -> list[ContentError]:
    """Every refused variant in ``files``, with the file and line."""
    errors = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # the loader reports unreadable files
        display = path.relative_to(root.parent).as_posix() if path.is_relative_to(root.parent) else str(path)
        for offset, r, found in scan_text(base, text, _language_of(path)):
            errors.append(ContentError(display, _line_of(text, offset), _message(r, found)))
    return errors


def _message(r: Refusal, found: str) -> str:
    return (
        f"{found!r} is not the term for {r.concept.replace('-', ' ')}: use {r.preferred!r} "
        "(modules/terms.yaml), or mark a use that is meant with <!-- term-ok -->"
    )


def check_glossary_text(base: TermBase, glossary, line_of, display: str) -> list[ContentError]:
    """Refused variants in the glossary, each language's words scanned in that language."""
    errors = []
    for i, t in enumerate(glossary.terms):
        for lang in LANGS:
            words = t.words(lang) if lang != "en" else None
            text = f"{t.term}\n{t.definition}" if words is None else f"{words.term}\n{words.definition}"
            if lang != "en" and getattr(t, lang, None) is None:
                continue
            for _offset, r, found in scan_text(base, text, lang):
                loc = ("terms", i) if lang == "en" else ("terms", i, lang)
                errors.append(ContentError(display, line_of(loc), f"{t.id}: {_message(r, found)}"))
    return errors


def check_glossary_terms(base: TermBase, glossary, display: str) -> list[ContentError]:
    """A glossary entry that shares an id with a concept uses the concept's preferred term in each language."""
    errors = []
    for t in glossary.terms:
        words = base.concepts.get(t.id)
        if not words:
            continue
        for lang in LANGS:
            term = t.words(lang).term if lang != "en" else t.term
            want = words.get(lang)
            if want and want.split(" (")[0].lower() not in term.lower():
                errors.append(ContentError(display, None, f"{t.id}: the {lang} term {term!r} is not the term base's {want!r}"))
    return errors

"""Content models: modules, lessons, quizzes and the seven question kinds.

The YAML files in ``modules/`` are validated straight into these dataclasses by
``trainer.content``; ``__pydantic_config__`` is a plain dict so the domain stays free of
third-party imports while unknown keys in a file are still reported as errors.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Role = Literal["police", "judge", "prosecutor", "social_worker"]
ROLES: tuple[str, ...] = ("police", "judge", "prosecutor", "social_worker")
Track = Literal["core", "police", "justice", "social_work"]
TRACKS: tuple[str, ...] = ("core", "police", "justice", "social_work")
Competency = Literal[
    "legal_framework",
    "enforcement",
    "gender_sensitivity",
    "victim_centred",
    "access_to_justice",
    "interagency",
]
COMPETENCIES: tuple[str, ...] = (
    "legal_framework",
    "enforcement",
    "gender_sensitivity",
    "victim_centred",
    "access_to_justice",
    "interagency",
)
Difficulty = Literal["easy", "medium", "hard"]
# What an item asks of the learner: to recall a fact, to apply a rule to a situation, or to
# analyse a situation with several considerations. Item-quality checks count them per module.
Level = Literal["recall", "apply", "analyse"]
LEVELS: tuple[str, ...] = ("recall", "apply", "analyse")
QUESTION_TYPES: tuple[str, ...] = (
    "single_choice",
    "multiple_response",
    "true_false",
    "ordering",
    "matching",
    "numeric",
    "scenario",
)
LANGUAGES: tuple[str, ...] = ("en", "ru", "kk")
# What a learner reads when a text is not yet in their language: Kazakh readers in Kazakhstan
# read Russian, so Kazakh falls back to Russian before English.
FALLBACKS: dict[str, tuple[str, ...]] = {"en": (), "ru": ("ru",), "kk": ("kk", "ru")}
TRACK_FOR_ROLE: dict[str, str] = {
    "police": "police",
    "judge": "justice",
    "prosecutor": "justice",
    "social_worker": "social_work",
}

_STRICT = {"extra": "forbid"}


@dataclass(frozen=True)
class Source:
    """Where a claim comes from: the article's sections, a law, or international practice."""

    __pydantic_config__ = _STRICT
    article: str | list[str] | None = None
    law: str | None = None
    international: str | None = None

    @property
    def sections(self) -> list[str]:
        if self.article is None:
            return []
        return [self.article] if isinstance(self.article, str) else list(self.article)

    def label(self) -> str:
        """A one-line citation such as '§4.1.1 · Law 214-IV Art. 20'."""
        parts = [*self.sections]
        if self.law:
            parts.append(self.law)
        if self.international:
            parts.append(f"{self.international} (international practice)")
        return " · ".join(parts)


@dataclass(frozen=True)
class Option:
    __pydantic_config__ = _STRICT
    id: str
    text: str
    feedback: str | None = None


@dataclass(frozen=True, kw_only=True)
class _QuestionBase:
    """Fields every question kind has."""

    id: str
    prompt: str
    explanation: str
    source: Source
    competency: Competency
    difficulty: Difficulty
    covers: tuple[str, ...] = ()
    level: Level | None = None


@dataclass(frozen=True, kw_only=True)
class SingleChoice(_QuestionBase):
    __pydantic_config__ = _STRICT
    type: Literal["single_choice"] = "single_choice"
    options: tuple[Option, ...]
    answer: str


@dataclass(frozen=True, kw_only=True)
class MultipleResponse(_QuestionBase):
    __pydantic_config__ = _STRICT
    type: Literal["multiple_response"] = "multiple_response"
    options: tuple[Option, ...]
    answer: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class TrueFalse(_QuestionBase):
    __pydantic_config__ = _STRICT
    type: Literal["true_false"] = "true_false"
    answer: bool
    # Shown to a learner who gives the wrong value: why a practitioner might believe it.
    feedback_wrong: str | None = None


@dataclass(frozen=True, kw_only=True)
class Ordering(_QuestionBase):
    __pydantic_config__ = _STRICT
    type: Literal["ordering"] = "ordering"
    items: tuple[Option, ...]
    answer: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Matching(_QuestionBase):
    __pydantic_config__ = _STRICT
    type: Literal["matching"] = "matching"
    premises: tuple[Option, ...]
    responses: tuple[Option, ...]
    answer: dict[str, str]


@dataclass(frozen=True, kw_only=True)
class Numeric(_QuestionBase):
    __pydantic_config__ = _STRICT
    type: Literal["numeric"] = "numeric"
    answer: float
    tolerance: float = 0.0
    unit: str | None = None


@dataclass(frozen=True)
class Choice:
    """One way out of a scenario node."""

    __pydantic_config__ = _STRICT
    text: str
    next: str
    feedback: str = ""
    scores: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Node:
    """A situation in a scenario; a node with an ``outcome`` ends the story."""

    __pydantic_config__ = _STRICT
    text: str
    choices: tuple[Choice, ...] = ()
    outcome: Literal["good", "mixed", "poor"] | None = None
    debrief: str | None = None

    @property
    def terminal(self) -> bool:
        return self.outcome is not None


@dataclass(frozen=True, kw_only=True)
class Scenario(_QuestionBase):
    __pydantic_config__ = _STRICT
    type: Literal["scenario"] = "scenario"
    dimensions: tuple[str, ...]
    start: str
    nodes: dict[str, Node]


Question = SingleChoice | MultipleResponse | TrueFalse | Ordering | Matching | Numeric | Scenario


@dataclass(frozen=True)
class QuizSettings:
    __pydantic_config__ = _STRICT
    pass_mark: float | None = None
    shuffle_questions: bool = True
    shuffle_options: bool = True
    draw: int | None = None
    max_attempts: int | None = None
    feedback: Literal["immediate", "end"] = "immediate"


@dataclass(frozen=True)
class Quiz:
    __pydantic_config__ = _STRICT
    settings: QuizSettings = field(default_factory=QuizSettings)
    questions: tuple[Question, ...] = ()

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)


@dataclass(frozen=True)
class LessonRef:
    """A lesson as listed in module.yaml; the Markdown stays on disk until it is read."""

    __pydantic_config__ = _STRICT
    id: str
    title: str
    file: str
    covers: tuple[str, ...] = ()


@dataclass(frozen=True)
class ModuleMeta:
    """module.yaml as written by the author."""

    __pydantic_config__ = _STRICT
    id: str
    version: str
    title: str
    summary: str
    roles: tuple[Literal["all", "police", "judge", "prosecutor", "social_worker"], ...]
    track: Track
    order: int
    estimated_minutes: int
    objectives: tuple[str, ...]
    lessons: tuple[LessonRef, ...]
    pass_mark: float = 70
    prerequisites: tuple[str, ...] = ()
    content_warning: str | None = None
    sources: tuple[str, ...] = ()
    # The date of the law the module teaches (ISO date): shown in the reader and on certificates.
    law_as_of: str | None = None

    def for_role(self, role: str) -> bool:
        return "all" in self.roles or role in self.roles


@dataclass(frozen=True)
class ModuleTranslation:
    """module.<lang>.yaml: only the words of module.yaml, plus who translated them."""

    __pydantic_config__ = _STRICT
    title: str | None = None
    summary: str | None = None
    objectives: tuple[str, ...] | None = None
    content_warning: str | None = None
    lessons: dict[str, str] = field(default_factory=dict)
    translator: str | None = None
    reviewed: bool = False


PROVENANCE_KINDS: tuple[str, ...] = ("bundled", "official", "publisher", "unofficial")


@dataclass(frozen=True)
class Provenance:
    """Who vouches for a module, so learners can tell official content from a pack anyone could make.

    ``bundled``: shipped inside the app; ``official``: an installed pack signed by the official
    publisher; ``publisher``: signed by another publisher a trainer trusts; ``unofficial``:
    unsigned or signed by a key nobody here trusts.
    """

    kind: str = "bundled"
    publisher_key: str | None = None  # base64 Ed25519 key that signed the installed pack

    @property
    def official(self) -> bool:
        return self.kind in ("bundled", "official")


@dataclass(frozen=True)
class Module:
    """A loaded module: its metadata, quiz, folder and available translations."""

    meta: ModuleMeta
    quiz: Quiz
    folder: str
    translations: dict[str, ModuleTranslation] = field(default_factory=dict)
    quiz_translations: dict[str, Quiz] = field(default_factory=dict)
    provenance: Provenance = field(default_factory=Provenance)

    @property
    def unofficial(self) -> bool:
        """Shown with an "Unofficial" label wherever its title appears."""
        return self.provenance.kind == "unofficial"

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def pass_mark(self) -> float:
        if self.quiz.settings.pass_mark is not None:
            return self.quiz.settings.pass_mark
        return self.meta.pass_mark

    def quiz_in(self, language: str) -> Quiz:
        """The quiz in ``language``, else in the next language of FALLBACKS, else English."""
        for lang in FALLBACKS.get(language, ()):
            if lang in self.quiz_translations:
                return self.quiz_translations[lang]
        return self.quiz

    def _word(self, language: str, pick: Callable[[ModuleTranslation], str | None], english: str) -> str:
        for lang in FALLBACKS.get(language, ()):
            tr = self.translations.get(lang)
            if tr is not None and (value := pick(tr)):
                return value
        return english

    def title_in(self, language: str) -> str:
        return self._word(language, lambda tr: tr.title, self.meta.title)

    def summary_in(self, language: str) -> str:
        return self._word(language, lambda tr: tr.summary, self.meta.summary)

    def lesson_title_in(self, lesson: LessonRef, language: str) -> str:
        return self._word(language, lambda tr: tr.lessons.get(lesson.id), lesson.title)


@dataclass(frozen=True)
class GlossaryWords:
    __pydantic_config__ = _STRICT
    term: str
    definition: str


@dataclass(frozen=True)
class GlossaryTerm:
    __pydantic_config__ = _STRICT
    id: str
    term: str
    definition: str
    source: Source
    ru: GlossaryWords | None = None
    kk: GlossaryWords | None = None

    def words(self, language: str) -> GlossaryWords:
        tr = getattr(self, language, None) if language in ("ru", "kk") else None
        return tr or GlossaryWords(self.term, self.definition)


@dataclass(frozen=True)
class Glossary:
    __pydantic_config__ = _STRICT
    terms: tuple[GlossaryTerm, ...] = ()


@dataclass(frozen=True)
class Finding:
    __pydantic_config__ = _STRICT
    id: str
    kind: Literal["finding", "recommendation"]
    sections: tuple[str, ...]
    text: str
    ru: str | None = None  # the same finding in Russian and Kazakh, in our own words
    kk: str | None = None

    def text_in(self, language: str) -> str:
        for lang in FALLBACKS.get(language, ()):
            if value := getattr(self, lang, None):
                return value
        return self.text


@dataclass(frozen=True)
class SourceEntry:
    """A source the content may cite beyond the study: a law, or a manual of international practice."""

    __pydantic_config__ = _STRICT
    id: str
    kind: Literal["law", "international"]
    title: str
    edition: str
    where: str | None = None
    confirmed: bool = True
    note: str | None = None


@dataclass(frozen=True)
class SourceList:
    __pydantic_config__ = _STRICT
    sources: tuple[SourceEntry, ...] = ()

    def law(self, citation: str) -> SourceEntry | None:
        return next((s for s in self.sources if s.kind == "law" and s.id == citation), None)

    def international(self, citation: str) -> SourceEntry | None:
        return next((s for s in self.sources if s.kind == "international" and citation.startswith(s.id)), None)


@dataclass(frozen=True)
class Findings:
    __pydantic_config__ = _STRICT
    items: tuple[Finding, ...] = ()

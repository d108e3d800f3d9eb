"""xAPI 1.0.3 statements of what learners did, for a Learning Record Store.

Learners are named only by their UUID in an account on ``home_page`` (no names or e-mail
addresses leave the laptop). Every statement id is a UUID5 of the home page and the event it
records, and every statement carries the time of that event. An LRS must refuse a different
statement under an id it holds, so the words a statement carries (titles, prompts) do not depend
on the learner's language, and the export command keeps each statement the first time it is built
(trainer.storage.xapi_ledger) so a later edit of a title never changes a statement already sent.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from trainer.domain import model
from trainer.domain import scenario as scenario_walk
from trainer.domain.records import AttemptRecord, Learner, ResponseRecord

XAPI_VERSION = "1.0.3"
DEFAULT_HOME_PAGE = "https://qorgau.invalid"
# Fixed forever: changing it would change every statement id and duplicate data in every LRS.
STATEMENT_NAMESPACE = uuid.UUID("6a1f0c52-6f0e-5b8e-9a51-7c1d3b2f4e60")

ADL = "http://adlnet.gov/expapi/verbs/"
VERBS: dict[str, str] = {
    name: ADL + name for name in ("experienced", "attempted", "answered", "passed", "failed", "completed")
}
ACTIVITY_TYPES = {
    "module": "http://adlnet.gov/expapi/activities/module",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "assessment": "http://adlnet.gov/expapi/activities/assessment",
    "question": "http://adlnet.gov/expapi/activities/cmi.interaction",
}
INTERACTION_TYPES = {
    "single_choice": "choice",
    "multiple_response": "choice",
    "true_false": "true-false",
    "ordering": "sequencing",
    "matching": "matching",
    "numeric": "numeric",
    "scenario": "performance",
}


def iso_timestamp(value: str) -> str:
    """A stored ISO time as xAPI wants it: UTC with milliseconds and 'Z'."""
    dt = datetime.fromisoformat(value)
    dt = (dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)).astimezone(UTC)  # stored times are UTC
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration such as 'PT1H2M3S' (hundredths kept, as xAPI allows)."""
    seconds = max(0.0, seconds)
    hours, rest = divmod(round(seconds, 2), 3600)
    minutes, secs = divmod(rest, 60)
    out = "PT"
    if hours:
        out += f"{int(hours)}H"
    if minutes:
        out += f"{int(minutes)}M"
    if secs or out == "PT":
        out += f"{secs:.2f}".rstrip("0").rstrip(".") + "S"
    return out


def statement_id(home_page: str, *key: str) -> str:
    """The UUID5 of the event; the home page is part of it, so another home page makes other statements.

    Ids under the default home page are those earlier versions made (without it), so data already
    sent from an installation that never set ``--home-page`` is not sent again under new ids.
    """
    parts = key if home_page.rstrip("/") == DEFAULT_HOME_PAGE else (home_page.rstrip("/"), *key)
    return str(uuid.uuid5(STATEMENT_NAMESPACE, "|".join(parts)))


@dataclass(frozen=True)
class Activities:
    """Activity IRIs under one base, so every laptop names the same module the same way."""

    base: str

    def module(self, module_id: str) -> str:
        return f"{self.base}/xapi/modules/{module_id}"

    def lesson(self, module_id: str, lesson_id: str) -> str:
        return f"{self.module(module_id)}/lessons/{lesson_id}"

    def quiz(self, module_id: str) -> str:
        return f"{self.module(module_id)}/quiz"

    def question(self, module_id: str, question_id: str) -> str:
        return f"{self.module(module_id)}/questions/{question_id}"


def _lang_map(texts: dict[str, str | None]) -> dict[str, str]:
    return {lang: text for lang, text in texts.items() if text}


def _words(english: str, translated: dict[str, str | None]) -> dict[str, str]:
    """A language map of the English text and every translation there is (the same for every learner)."""
    return _lang_map({"en": english, **{lang: text for lang, text in translated.items() if lang != "en"}})


def _choices(options: Iterable[model.Option], translations: dict[str, model.Question], attr: str) -> list[dict]:
    extra = {lang: {o.id: o.text for o in getattr(t, attr, None) or ()} for lang, t in translations.items()}
    return [
        {"id": o.id, "description": _words(o.text, {lang: texts.get(o.id) for lang, texts in extra.items()})}
        for o in options
    ]


def interaction(question: model.Question, translations: dict[str, model.Question] | None = None) -> dict[str, Any]:
    """The activity definition of a question: its prompt (name and description) in every language
    it is translated into, interaction type, choices and key."""
    tr = {lang: t for lang, t in (translations or {}).items() if lang != "en" and t is not None}
    prompt = _words(question.prompt, {lang: t.prompt for lang, t in tr.items()})
    definition: dict[str, Any] = {
        "type": ACTIVITY_TYPES["question"],
        "name": prompt,
        "description": prompt,
        "interactionType": INTERACTION_TYPES[question.type],
    }
    q = question
    if isinstance(q, model.SingleChoice):
        definition["choices"] = _choices(q.options, tr, "options")
        definition["correctResponsesPattern"] = [q.answer]
    elif isinstance(q, model.MultipleResponse):
        definition["choices"] = _choices(q.options, tr, "options")
        definition["correctResponsesPattern"] = ["[,]".join(q.answer)]
    elif isinstance(q, model.TrueFalse):
        definition["correctResponsesPattern"] = ["true" if q.answer else "false"]
    elif isinstance(q, model.Ordering):
        definition["choices"] = _choices(q.items, tr, "items")
        definition["correctResponsesPattern"] = ["[,]".join(q.answer)]
    elif isinstance(q, model.Matching):
        definition["source"] = _choices(q.premises, tr, "premises")
        definition["target"] = _choices(q.responses, tr, "responses")
        definition["correctResponsesPattern"] = ["[,]".join(f"{p}[.]{r}" for p, r in q.answer.items())]
    elif isinstance(q, model.Numeric):
        if q.tolerance:
            definition["correctResponsesPattern"] = [f"{_num(q.answer - q.tolerance)}[:]{_num(q.answer + q.tolerance)}"]
        else:
            definition["correctResponsesPattern"] = [_num(q.answer)]
    elif isinstance(q, model.Scenario):
        nodes = {lang: getattr(t, "nodes", {}) or {} for lang, t in tr.items()}
        definition["steps"] = [
            {
                "id": nid,
                "description": _words(
                    node.text, {lang: tn[nid].text if nid in tn else None for lang, tn in nodes.items()}
                ),
            }
            for nid, node in q.nodes.items()
            if not node.terminal
        ]
        _, best = scenario_walk.best_path(q)
        definition["correctResponsesPattern"] = [_scenario_response(q, best)]
    return definition


def _num(value: float) -> str:
    """A number written exactly: integers without a fraction or exponent, others as Python's
    shortest text that reads back to the same float (never ``%g``'s six digits)."""
    if value == int(value) and abs(value) < 2**53:
        return str(int(value))
    return repr(float(value))


def _scenario_response(q: model.Scenario, choices: Iterable[int]) -> str:
    choices = list(choices)
    try:
        nodes = scenario_walk.walk(q, choices).nodes
    except scenario_walk.ScenarioPathError:
        return "[,]".join(str(c) for c in choices)
    return "[,]".join(f"{nid}[.]{c}" for nid, c in zip(nodes, choices, strict=False))


def response_text(question: model.Question | None, response: Any) -> str:
    """A stored response in xAPI's response syntax for the question's interaction type."""
    if isinstance(response, bool):
        return "true" if response else "false"
    if isinstance(response, (int, float)):
        return _num(float(response))
    if isinstance(response, dict):
        return "[,]".join(f"{p}[.]{r}" for p, r in response.items())
    if isinstance(question, model.Scenario) and isinstance(response, list):
        return _scenario_response(question, response)
    if isinstance(response, list):
        return "[,]".join(str(r) for r in response)
    return str(response)


@dataclass(frozen=True)
class LearnerActivity:
    """What one learner did, as read from the progress database."""

    learner: Learner
    lessons: list[dict[str, Any]]  # module_id, lesson_id, opened, read_at
    attempts: list[tuple[AttemptRecord, list[ResponseRecord]]]


class StatementBuilder:
    """Turns learner activity into statements, naming content from the loaded catalogue."""

    def __init__(self, modules: dict[str, model.Module], home_page: str = DEFAULT_HOME_PAGE) -> None:
        self.modules = modules
        self.home_page = home_page.rstrip("/")
        self.ids = Activities(self.home_page)

    def actor(self, learner: Learner) -> dict[str, Any]:
        return {"objectType": "Agent", "account": {"homePage": self.home_page, "name": learner.id}}

    def _module_activity(self, module_id: str) -> dict[str, Any]:
        m = self.modules.get(module_id)
        definition: dict[str, Any] = {"type": ACTIVITY_TYPES["module"]}
        if m is not None:
            definition["name"] = _words(m.meta.title, {k: t.title for k, t in m.translations.items()})
        return {"objectType": "Activity", "id": self.ids.module(module_id), "definition": definition}

    def _quiz_activity(self, module_id: str) -> dict[str, Any]:
        """The module's quiz, named in every language the module has (the module's title)."""
        m = self.modules.get(module_id)
        definition: dict[str, Any] = {"type": ACTIVITY_TYPES["assessment"]}
        if m is not None:
            definition["name"] = _words(m.meta.title, {k: t.title for k, t in m.translations.items()})
        return {"objectType": "Activity", "id": self.ids.quiz(module_id), "definition": definition}

    def _statement(self, key: tuple[str, ...], learner: Learner, verb: str, obj: dict, timestamp: str, **extra: Any):
        s = {
            "id": statement_id(self.home_page, verb, *key),
            "actor": self.actor(learner),
            "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
            "object": obj,
            "timestamp": iso_timestamp(timestamp),
            "version": XAPI_VERSION,
        }
        s.update({k: v for k, v in extra.items() if v is not None})
        return s

    def _context(
        self, module_id: str, lang: str, registration: str | None = None, in_quiz: bool = False
    ) -> dict[str, Any]:
        """Lessons and quizzes have their module as parent; an answer has its quiz as parent and
        the module as grouping, so a dashboard groups quizzes and questions under their module."""
        if in_quiz:
            activities = {"parent": [self._quiz_activity(module_id)], "grouping": [self._module_activity(module_id)]}
        else:
            activities = {"parent": [self._module_activity(module_id)]}
        ctx: dict[str, Any] = {
            "contextActivities": activities,
            "language": lang,
            "platform": "Qorgau",
        }
        if registration:
            ctx["registration"] = registration
        return ctx

    def statements(self, activity: LearnerActivity) -> Iterator[dict[str, Any]]:
        learner = activity.learner
        lang = learner.prefs.get("language") if learner.prefs.get("language") in model.LANGUAGES else "en"
        for row in activity.lessons:
            yield from self._lesson(learner, row, lang)
        for attempt, responses in activity.attempts:
            yield from self._attempt(learner, attempt, responses, lang)

    def _lesson(self, learner: Learner, row: dict[str, Any], lang: str) -> Iterator[dict[str, Any]]:
        module_id, lesson_id = row["module_id"], row["lesson_id"]
        m = self.modules.get(module_id)
        definition: dict[str, Any] = {"type": ACTIVITY_TYPES["lesson"]}
        ref = next((lsn for lsn in m.meta.lessons if lsn.id == lesson_id), None) if m else None
        if m is not None and ref is not None:
            definition["name"] = _words(ref.title, {k: m.lesson_title_in(ref, k) for k in m.translations})
        obj = {"objectType": "Activity", "id": self.ids.lesson(module_id, lesson_id), "definition": definition}
        key = (learner.id, lesson_id)
        ctx = self._context(module_id, lang)
        yield self._statement(key, learner, "experienced", obj, row["opened"], context=ctx)
        if row.get("read_at"):
            yield self._statement(
                key, learner, "completed", obj, row["read_at"], context=ctx, result={"completion": True}
            )

    def _attempt(
        self, learner: Learner, attempt: AttemptRecord, responses: list[ResponseRecord], lang: str
    ) -> Iterator[dict[str, Any]]:
        m = self.modules.get(attempt.module_id)
        # Definitions describe the content the attempt was taken on; after an update they are left out.
        same_content = m is not None and m.meta.version == attempt.content_version
        quiz = self._quiz_activity(attempt.module_id)
        version = {f"{self.home_page}/xapi/extensions/content-version": attempt.content_version}
        ctx = {**self._context(attempt.module_id, lang, attempt.id), "extensions": version}
        answer_ctx = {**self._context(attempt.module_id, lang, attempt.id, in_quiz=True), "extensions": version}
        yield self._statement((attempt.id,), learner, "attempted", quiz, attempt.started, context=ctx)
        for r in responses:
            question = _find(m, r.question_id) if same_content else None
            translations = _translations(m, r.question_id) if same_content else {}
            definition = (
                interaction(question, translations) if question is not None else {"type": ACTIVITY_TYPES["question"]}
            )
            obj = {
                "objectType": "Activity",
                "id": self.ids.question(attempt.module_id, r.question_id),
                "definition": definition,
            }
            result = {
                "score": {"scaled": _clip(r.score), "raw": _clip(r.score), "min": 0, "max": 1},
                "success": r.correct,
                "response": response_text(question, r.response),
            }
            key = (attempt.id, r.question_id, r.answered)
            yield self._statement(key, learner, "answered", obj, r.answered, context=answer_ctx, result=result)
        if attempt.finished and attempt.score is not None:
            verb = "passed" if attempt.passed else "failed"
            seconds = (
                datetime.fromisoformat(attempt.finished) - datetime.fromisoformat(attempt.started)
            ).total_seconds()
            result = {
                "score": {"scaled": _clip(attempt.score / 100), "raw": attempt.score, "min": 0, "max": 100},
                "success": bool(attempt.passed),
                "completion": True,
                "duration": iso_duration(seconds),
            }
            yield self._statement((attempt.id,), learner, verb, quiz, attempt.finished, context=ctx, result=result)


def _clip(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 4)


def _find(m: model.Module | None, question_id: str) -> model.Question | None:
    if m is None:
        return None
    try:
        return m.quiz.question(question_id)
    except KeyError:
        return None


def _translations(m: model.Module | None, question_id: str) -> dict[str, model.Question]:
    """The question in every language its module's quiz is translated into."""
    out: dict[str, model.Question] = {}
    for lang, quiz in (m.quiz_translations if m is not None else {}).items():
        try:
            out[lang] = quiz.question(question_id)
        except KeyError:
            continue
    return out


def build_statements(
    activities: Iterable[LearnerActivity],
    modules: dict[str, model.Module],
    home_page: str = DEFAULT_HOME_PAGE,
    measures: Iterable[MeasuresActivity] = (),
) -> list[dict[str, Any]]:
    """Statements of the learners' lessons and quizzes, then of their session measures (pre/post
    tests, attitude answers and named feedback, see ``measure_statements``)."""
    builder = StatementBuilder(modules, home_page)
    out = [s for a in activities for s in builder.statements(a)]
    out += [s for m in measures for s in measure_statements(builder, m)]
    return out


# Session measures: pre/post tests, attitude statements and module feedback --------------------------
VERBS["responded"] = ADL + "responded"
LIKERT_SCALE = [
    {"id": str(value), "description": {"en-US": text}}
    for value, text in enumerate(("strongly disagree", "disagree", "neither", "agree", "strongly agree"), start=1)
]
FEEDBACK_SCALE = [{"id": str(value), "description": {"en-US": str(value)}} for value in range(1, 6)]


@dataclass(frozen=True)
class MeasuresActivity:
    """One learner's session measures as stored (trainer.storage.session_measures rows).

    ``tests`` holds (PrepostAttempt, [PrepostResponse]); ``attitudes`` (cohort id, phase, statement
    id, value or None, answered); ``feedback`` FeedbackRows of this learner. Anonymous feedback
    has no learner and is never exported: an xAPI statement must name its actor.
    """

    learner: Learner
    tests: list[tuple[Any, list[Any]]]
    attitudes: list[tuple[str, str, str, int | None, str]]
    feedback: list[Any]


def _phase_extension(builder: StatementBuilder, cohort_id: str, phase: str) -> dict[str, Any]:
    return {
        f"{builder.home_page}/xapi/extensions/phase": phase,
        f"{builder.home_page}/xapi/extensions/cohort": cohort_id,
    }


def _cohort_activity(builder: StatementBuilder, cohort_id: str) -> dict[str, Any]:
    return {"objectType": "Activity", "id": f"{builder.home_page}/xapi/cohorts/{cohort_id}"}


def measure_statements(builder: StatementBuilder, activity: MeasuresActivity) -> Iterator[dict[str, Any]]:
    """Statements of a learner's pre/post tests (assessments with their phase), attitude answers
    and feedback (``responded``, likert interactions). Built only from what was stored at the
    event: ids, values and times; a question's definition only while its module is unchanged."""
    learner = activity.learner
    lang = learner.prefs.get("language") if learner.prefs.get("language") in model.LANGUAGES else "en"
    for attempt, responses in activity.tests:
        extensions = _phase_extension(builder, attempt.cohort_id, attempt.phase)
        test = {
            "objectType": "Activity",
            "id": f"{builder.home_page}/xapi/cohorts/{attempt.cohort_id}/{attempt.phase}-test",
            "definition": {"type": ACTIVITY_TYPES["assessment"]},
        }
        grouping = [_cohort_activity(builder, attempt.cohort_id)]
        ctx = {
            "contextActivities": {"grouping": grouping},
            "registration": attempt.id,
            "language": lang,
            "platform": "Qorgau",
            "extensions": extensions,
        }
        yield builder._statement((attempt.id,), learner, "attempted", test, attempt.started, context=ctx)
        answer_ctx = {**ctx, "contextActivities": {"parent": [test], "grouping": grouping}}
        for r in responses:
            m = builder.modules.get(r.module_id)
            same = m is not None and m.meta.version == attempt.content_versions.get(r.module_id)
            question = _find(m, r.question_id) if same else None
            definition = (
                interaction(question, _translations(m, r.question_id))
                if question is not None
                else {"type": ACTIVITY_TYPES["question"]}
            )
            obj = {
                "objectType": "Activity",
                "id": builder.ids.question(r.module_id, r.question_id),
                "definition": definition,
            }
            result = {
                "score": {"scaled": _clip(r.score), "raw": _clip(r.score), "min": 0, "max": 1},
                "success": r.correct,
                "response": response_text(question, r.response),
            }
            key = (attempt.id, r.question_id, r.answered)
            yield builder._statement(key, learner, "answered", obj, r.answered, context=answer_ctx, result=result)
        if attempt.finished and attempt.score is not None:
            result = {
                "score": {"scaled": _clip(attempt.score / 100), "raw": attempt.score, "min": 0, "max": 100},
                "completion": True,
            }
            yield builder._statement(
                (attempt.id,), learner, "completed", test, attempt.finished, context=ctx, result=result
            )
    for cohort_id, phase, statement_id_, value, answered in activity.attitudes:
        if value is None:
            continue  # a skipped statement: nothing was responded
        obj = {
            "objectType": "Activity",
            "id": f"{builder.home_page}/xapi/attitudes/{statement_id_}",
            "definition": {"type": ACTIVITY_TYPES["question"], "interactionType": "likert", "scale": LIKERT_SCALE},
        }
        ctx = {
            "contextActivities": {"grouping": [_cohort_activity(builder, cohort_id)]},
            "language": lang,
            "platform": "Qorgau",
            "extensions": _phase_extension(builder, cohort_id, phase),
        }
        key = (learner.id, cohort_id, phase, statement_id_)
        yield builder._statement(key, learner, "responded", obj, answered, context=ctx, result={"response": str(value)})
    for f in activity.feedback:
        if f.learner_id is None:
            continue
        grouping = [_cohort_activity(builder, f.cohort_id)] if f.cohort_id else []
        ctx = {
            "contextActivities": {
                "parent": [builder._module_activity(f.module_id)],
                **({"grouping": grouping} if grouping else {}),
            },
            "language": lang,
            "platform": "Qorgau",
        }
        base = f"{builder.ids.module(f.module_id)}/feedback"
        for scale in ("relevance", "confidence", "clarity"):
            value = getattr(f, scale)
            if value is None:
                continue
            obj = {
                "objectType": "Activity",
                "id": f"{base}/{scale}",
                "definition": {
                    "type": ACTIVITY_TYPES["question"],
                    "interactionType": "likert",
                    "scale": FEEDBACK_SCALE,
                },
            }
            yield builder._statement(
                (f.id, scale), learner, "responded", obj, f.given, context=ctx, result={"response": str(value)}
            )
        if f.comment:
            obj = {
                "objectType": "Activity",
                "id": f"{base}/comment",
                "definition": {"type": ACTIVITY_TYPES["question"], "interactionType": "long-fill-in"},
            }
            yield builder._statement(
                (f.id, "comment"), learner, "responded", obj, f.given, context=ctx, result={"response": f.comment}
            )

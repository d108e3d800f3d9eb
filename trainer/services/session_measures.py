"""A cohort's pre/post tests, attitude statements and module feedback, for the learner and the trainer.

The figures are computed by trainer.domain.prepost from the stored rows each time they are asked
for, so what the trainer sees, exports and hands over in the session report is always the same
computation over the same rows.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.domain import prepost
from trainer.domain.grading import Grade, grade
from trainer.domain.model import Question
from trainer.storage.faults import saving
from trainer.storage.session_measures import PrepostAttempt, PrepostTest, SessionMeasuresStore

if TYPE_CHECKING:
    from sqlite_utils import Database

    from trainer.content.loader import Catalogue

NOT_VALIDATED = "not a validated instrument"


class MeasuresError(Exception):
    """A request that cannot be met; ``code`` lets the UI say it in the reader's language.

    Codes: no_modules, not_open, taken, pre_first, bad_request (a programming error, not the user's).
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class PendingTest:
    """A test a learner can take now."""

    cohort_id: str
    cohort_name: str
    phase: str
    questions: int
    started: bool  # begun earlier: it resumes


@dataclass
class PrepostSession:
    """A pre/post test in progress: what is asked, in order, and the grades given so far (never shown)."""

    attempt: PrepostAttempt
    questions: list[tuple[str, Question]]  # (module id, question in the learner's language)
    grades: dict[str, Grade] = field(default_factory=dict)
    responses: dict[str, Any] = field(default_factory=dict)

    @property
    def next_index(self) -> int:
        for i, (_, q) in enumerate(self.questions):
            if q.id not in self.grades:
                return i
        return len(self.questions)


@dataclass(frozen=True)
class FeedbackSummary:
    """The three 1–5 questions of one module's feedback, and how many comments there are."""

    module_id: str
    responses: int
    scales: dict[str, prepost.ScaleSummary]
    comments: int


class SessionMeasuresService:
    def __init__(
        self,
        store: SessionMeasuresStore,
        catalogue: Catalogue,
        statements: list[prepost.AttitudeStatement] | Callable[[], list[prepost.AttitudeStatement]] | None = None,
        min_paired: int = prepost.MIN_PAIRED,
    ) -> None:
        """``statements`` may be a function that loads them: read on first use, not at start-up."""
        self.store = store
        self.catalogue = catalogue
        self._statements = statements
        self.min_paired = min_paired

    @property
    def statements(self) -> list[prepost.AttitudeStatement]:
        if callable(self._statements):
            self._statements = list(self._statements())
        return list(self._statements or [])

    @statements.setter
    def statements(self, value: list[prepost.AttitudeStatement]) -> None:
        self._statements = list(value)

    # Tests (trainer) -----------------------------------------------------------------------------
    def open_test(
        self,
        cohort_id: str,
        phase: str,
        module_ids: list[str] | None = None,
        items: int = prepost.DEFAULT_ITEMS_PER_MODULE,
    ) -> PrepostTest:
        """Open the pre-test on the given modules, or the post-test on the pre-test's modules.

        Opening the post-test closes the pre-test: a learner who missed it takes only the post-test.
        """
        if phase == "pre":
            ids = [m for m in module_ids or [] if m in self.catalogue.modules]
            if not ids:
                raise MeasuresError("no_modules", "Choose at least one module for the pre-test.")
            if items < 1:
                raise MeasuresError("bad_request", "Each module needs at least one question per test.")
            return self.store.open_test(cohort_id, "pre", ids, items)
        if phase != "post":
            raise MeasuresError("bad_request", f"Unknown test phase {phase!r}.")
        pre = self.store.test(cohort_id, "pre")
        if pre is None:
            raise MeasuresError("pre_first", "Open the pre-test before the post-test.")
        return self.store.open_test(cohort_id, "post", pre.module_ids, pre.items)

    def tests(self, cohort_id: str) -> dict[str, PrepostTest]:
        return {p: t for p in prepost.PHASES if (t := self.store.test(cohort_id, p)) is not None}

    # Tests (learner) -----------------------------------------------------------------------------
    def pending(self, learner_id: str) -> list[PendingTest]:
        """The tests this learner can take now: the pre-test until the post-test opens, then the post-test."""
        out: list[PendingTest] = []
        by_cohort: dict[str, dict[str, PrepostTest]] = {}
        for t in self.store.tests_for_learner(learner_id):
            by_cohort.setdefault(t.cohort_id, {})[t.phase] = t
        for cohort_id, tests in by_cohort.items():
            phase = "post" if "post" in tests else "pre"
            attempt = self.store.attempt(learner_id, cohort_id, phase)
            if attempt is not None and attempt.finished:
                continue
            count = len(attempt.plan) if attempt else len(self._plan(learner_id, tests[phase]))
            if count:
                out.append(
                    PendingTest(
                        cohort_id, self.store.cohort_name(cohort_id) or cohort_id, phase, count, attempt is not None
                    )
                )
        return out

    def _plan(self, learner_id: str, test: PrepostTest) -> list[tuple[str, str]]:
        quizzes = {mid: self.catalogue.modules[mid].quiz for mid in test.module_ids if mid in self.catalogue.modules}
        other = self.store.attempt(learner_id, test.cohort_id, "pre" if test.phase == "post" else "post")
        seen = [qid for _, qid in other.plan] if other else []
        return prepost.form_for(quizzes, learner_id, test.cohort_id, test.phase, test.items, exclude=seen)

    def start(self, learner_id: str, cohort_id: str, phase: str, language: str = "en") -> PrepostSession:
        """Resume the learner's test in this phase, or start it (once: a finished test is not taken again)."""
        test = self.store.test(cohort_id, phase)
        if test is None or (phase == "pre" and self.store.test(cohort_id, "post") is not None):
            raise MeasuresError("not_open", "This test is not open.")
        attempt = self.store.attempt(learner_id, cohort_id, phase)
        if attempt is not None and attempt.finished:
            raise MeasuresError("taken", "You have already taken this test.")
        if attempt is None:
            plan = self._plan(learner_id, test)
            versions = {mid: self.catalogue.modules[mid].meta.version for mid in {m for m, _ in plan}}
            with saving(self.store.db, "your test"):
                attempt = self.store.start_attempt(learner_id, cohort_id, phase, plan, versions)
        questions: list[tuple[str, Question]] = []
        for mid, qid in attempt.plan:
            module = self.catalogue.modules.get(mid)
            try:
                questions.append((mid, module.quiz_in(language).question(qid)))  # type: ignore[union-attr]
            except (AttributeError, KeyError):
                continue  # the module was removed or changed since: the item is left out
        session = PrepostSession(attempt, questions)
        for r in self.store.responses(attempt.id):
            session.responses[r.question_id] = r.response
            session.grades[r.question_id] = Grade(r.score, r.correct)
        return session

    def answer(self, session: PrepostSession, question_id: str, response: Any) -> Grade:
        """Grade and keep an answer at once; the grade is for the record, never for the learner's eyes."""
        found = next(((m, q) for m, q in session.questions if q.id == question_id), None)
        if found is None:
            raise MeasuresError("bad_request", f"{question_id} is not a question of this test.")
        module_id, question = found
        g = grade(question, response)
        with saving(self.store.db, "your answer"):
            self.store.record_response(session.attempt.id, module_id, question_id, response, g.score, g.correct)
        session.grades[question_id] = g
        session.responses[question_id] = response
        return g

    def finish(self, session: PrepostSession) -> None:
        total = len(session.attempt.plan)
        score = 100.0 * sum(g.score for g in session.grades.values()) / total if total else 0.0
        with saving(self.store.db, "your test"):
            self.store.finish_attempt(session.attempt.id, round(score, 2))

    # Attitudes -----------------------------------------------------------------------------------
    def needs_attitudes(self, learner_id: str, cohort_id: str, phase: str) -> bool:
        return bool(self.statements) and not self.store.attitudes_given(learner_id, cohort_id, phase)

    def record_attitudes(self, learner_id: str, cohort_id: str, phase: str, values: dict[str, int | None]) -> None:
        """One sitting's answers; every statement is kept, a skipped one as None."""
        known = {s.id for s in self.statements}
        clean = {s.id: prepost.check_rating(s.id, values.get(s.id)) for s in self.statements}
        unknown = sorted(set(values) - known)
        if unknown:
            raise MeasuresError("bad_request", f"Unknown attitude statements: {', '.join(unknown)}.")
        with saving(self.store.db, "your answers"):
            self.store.record_attitudes(learner_id, cohort_id, phase, clean)

    def attitude_shift(self, cohort_id: str) -> prepost.AttitudeReport:
        answers = [
            prepost.AttitudeAnswer(lid, phase, sid, value)
            for lid, phase, sid, value, _ in self.store.attitude_rows(cohort_id)
        ]
        return prepost.attitude_report(answers, [s.id for s in self.statements], self.min_paired)

    # Gain ----------------------------------------------------------------------------------------
    def item_scores(self, cohort_id: str) -> list[prepost.ItemScore]:
        """Every item of every finished test of the cohort; an item left unanswered scores 0."""
        out: list[prepost.ItemScore] = []
        for a in self.store.attempts(cohort_id):
            if not a.finished:
                continue
            scores = {r.question_id: r.score for r in self.store.responses(a.id)}
            out.extend(prepost.ItemScore(a.learner_id, a.phase, mid, qid, scores.get(qid, 0.0)) for mid, qid in a.plan)
        return out

    def gain(self, cohort_id: str) -> prepost.GainReport:
        return prepost.gain_report(self.item_scores(cohort_id), self.min_paired)

    # Feedback ------------------------------------------------------------------------------------
    def give_feedback(
        self,
        learner_id: str,
        module_id: str,
        ratings: dict[str, int | None],
        comment: str | None,
        anonymous: bool,
    ) -> str | None:
        """Keep a learner's feedback on a module; None when nothing was given (all skipped).

        Anonymous feedback keeps no learner id and only the day, not the time, so it cannot be
        matched to the learner's answers by their timestamps.
        """
        clean = {name: prepost.check_rating(name, ratings.get(name)) for name in prepost.FEEDBACK_SCALES}
        text = prepost.clean_comment(comment)
        if all(v is None for v in clean.values()) and text is None:
            return None
        cohort_id = self.store.latest_cohort(learner_id)
        now = datetime.now(UTC)
        given = now.date().isoformat() if anonymous else now.isoformat(timespec="seconds")
        with saving(self.store.db, "your feedback"):
            return self.store.add_feedback(None if anonymous else learner_id, module_id, cohort_id, clean, text, given)

    def feedback_summary(self, cohort_id: str | None = None) -> list[FeedbackSummary]:
        """Per module (curriculum order): each scale's n, mean and distribution, and the comment count."""
        rows = self.store.feedback(cohort_id)
        order = {mid: i for i, mid in enumerate(self.catalogue.modules)}
        out = []
        for mid in sorted({r.module_id for r in rows}, key=lambda m: (order.get(m, len(order)), m)):
            mine = [r for r in rows if r.module_id == mid]
            scales = {s: prepost.scale_summary(getattr(r, s) for r in mine) for s in prepost.FEEDBACK_SCALES}
            out.append(FeedbackSummary(mid, len(mine), scales, sum(1 for r in mine if r.comment)))
        return out

    def export_comments(self, path: Path, cohort_id: str | None = None) -> int:
        """Write the comments as CSV (module, cohort, day, comment; never who wrote them); returns how many."""
        rows = self.comment_rows(cohort_id)
        tmp = path.with_name(path.name + ".part")
        try:
            with tmp.open("w", encoding="utf-8-sig", newline="") as f:
                w = csv.writer(f)
                w.writerow(rows[0])
                w.writerows([*row[:-1], _csv_safe(row[-1])] for row in rows[1:])
            tmp.replace(path)
        except OSError:
            tmp.unlink(missing_ok=True)
            raise
        return len(rows) - 1

    def member_labels(self, cohort_id: str) -> dict[str, str]:
        """Learner id -> the name to show; namesakes get the start of their profile id, so two
        learners called Aigul stay two recognisable rows."""
        members = self.store.members(cohort_id)
        count = Counter(name.casefold() for _, name in members)
        return {lid: f"{name} · {lid[:8]}" if count[name.casefold()] > 1 else name for lid, name in members}

    # Sheets --------------------------------------------------------------------------------------
    def on(self, db: Database) -> SessionMeasuresService:
        """The same service reading through ``db``: an export runs on a worker thread, and a
        connection belongs to the thread that opened it."""
        return SessionMeasuresService(SessionMeasuresStore(db), self.catalogue, self.statements, self.min_paired)

    def sheets(
        self, cohort_id: str, language: str = "en", names: Callable[[str, str], tuple[str, str]] | None = None
    ) -> dict[str, list[list[Any]]]:
        """Plain rows (a header first) for CSV/XLSX exports of a cohort: gain per learner and module,
        attitude shift per statement, feedback per module and question. Comments are exported apart.

        Rows are keyed by the learner's profile id (two learners of the same name stay two rows);
        ``names(id, name) -> (id, name)`` may replace both with a pseudonym."""
        shown = names or (lambda lid, name: (lid, name))
        members = dict(self.store.members(cohort_id))

        def who(lid: str) -> list[Any]:
            return list(shown(lid, members.get(lid, lid)))

        def row(lid: str, mid: str, g: prepost.Gain) -> list[Any]:
            n = None if g.normalised is None else round(g.normalised, 4)
            return [*who(lid), mid, round(g.pre, 2), round(g.post, 2), round(g.raw, 2), n]

        gain = self.gain(cohort_id)
        prepost_rows: list[list[Any]] = [
            ["learner_id", "learner", "module", "pre_percent", "post_percent", "raw_gain", "normalised_gain"]
        ]
        prepost_rows += [row(lid, mid, g) for (lid, mid), g in sorted(gain.learner_modules.items())]
        prepost_rows += [row(lid, "", g) for lid, g in sorted(gain.learners.items())]
        shift = self.attitude_shift(cohort_id)
        attitude_rows: list[list[Any]] = [["statement_id", "statement", "paired", "before", "after", "shift"]]
        for st in self.statements:
            sh = shift.statements.get(st.id, prepost.Shift(0, None, None))
            attitude_rows.append([st.id, st.text_in(language), sh.n, sh.before, sh.after, sh.shift])
        feedback_rows: list[list[Any]] = [["module", "question", "answers", "mean", "n1", "n2", "n3", "n4", "n5"]]
        for fs in self.feedback_summary(cohort_id):
            for name in prepost.FEEDBACK_SCALES:
                sc = fs.scales[name]
                feedback_rows.append(
                    [fs.module_id, name, sc.n, sc.mean, *(sc.counts.get(v, 0) for v in prepost.LIKERT)]
                )
        return {"Pre-post": prepost_rows, "Attitudes": attitude_rows, "Feedback": feedback_rows}

    def comment_rows(self, cohort_id: str | None = None, language: str = "en") -> list[list[Any]]:
        """The written comments (a header first): module, cohort and day, never who wrote them."""
        out: list[list[Any]] = [["module", "module_title", "cohort", "date", "comment"]]
        for r in self.store.feedback(cohort_id):
            if not r.comment:
                continue
            m = self.catalogue.modules.get(r.module_id)
            cohort = (self.store.cohort_name(r.cohort_id) or r.cohort_id) if r.cohort_id else ""
            out.append([r.module_id, m.title_in(language) if m else "", cohort, r.given[:10], r.comment])
        return out

    # Session report ------------------------------------------------------------------------------
    def report_sections(self, cohort_id: str) -> dict[str, Any]:
        """The figures the session report shows for pre/post gain, attitude shift and feedback."""
        return {
            "gain": self.gain(cohort_id),
            "attitudes": self.attitude_shift(cohort_id),
            "statements": list(self.statements),
            "feedback": self.feedback_summary(cohort_id),
            "min_paired": self.min_paired,
            "not_validated": NOT_VALIDATED,
        }


def export_sheets(
    measures: SessionMeasuresService,
    cohort_id: str,
    language: str = "en",
    names: Callable[[str, str], tuple[str, str]] | None = None,
    unit: Callable[[str | None], str | None] | None = None,
) -> dict[str, list[list[Any]]]:
    """What a report export adds for a chosen cohort, sheet name -> rows (a header first): the
    members' standing (the Cohorts tab's sheet), pre/post gain, attitude shift, feedback and the
    written comments. ``names`` and ``unit`` replace learners and units when anonymising."""
    from trainer.services.cohorts import SHEET_COLUMNS, CohortService

    cohort: list[list[Any]] = [list(SHEET_COLUMNS)]
    try:
        rows = CohortService(measures.store.db, measures.catalogue).sheet_rows(cohort_id, language)
    except KeyError:
        raise ValueError(
            f"There is no cohort {cohort_id} in this database any more; choose the cohort again."
        ) from None
    lid, name, where = (SHEET_COLUMNS.index(c) for c in ("learner_id", "learner", "unit"))
    for row in rows:
        if names is not None:
            row[lid], row[name] = names(row[lid], row[name])
        if unit is not None:
            row[where] = unit(row[where]) or ""
        cohort.append(row)
    return {
        "Cohort": cohort,
        **measures.sheets(cohort_id, language, names),
        "Comments": measures.comment_rows(cohort_id, language),
    }


def _csv_safe(text: str) -> str:
    """A comment that a spreadsheet would run as a formula is written with a leading apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


# Session report ------------------------------------------------------------------------------------
def session_report_sections(measures: SessionMeasuresService, report: Any) -> list[Any]:
    """The pre/post, attitude and feedback sections of a cohort's session report
    (trainer.services.session_report), replacing its placeholders; a source for
    ``CohortService.session_sources``. The figures are those of the Pre/post & feedback tab."""
    return measure_sections(measures, report.cohort.id, report.language)


def measure_sections(
    measures: SessionMeasuresService, cohort_id: str, language: str = "en", per_learner: bool = True
) -> list[Any]:
    """Sections (trainer.services.session_report.Section) of a cohort's pre/post gain, attitude
    shift and feedback; without ``per_learner`` only group figures, for reports that name no one."""
    from trainer.services.session_report import QT_TRANSLATE_NOOP, Section, Table, Text

    too_few = QT_TRANSLATE_NOOP("SessionReport", "too few to conclude")
    names = measures.member_labels(cohort_id)

    def title(module_id: str) -> str:
        m = measures.catalogue.modules.get(module_id)
        return m.title_in(language) if m else module_id

    gain = measures.gain(cohort_id)

    def mean_row(name: str, g: prepost.MeanGain) -> list[Any]:
        # Numbers stay numbers: the renderer writes them in the report's language.
        return [name, g.n, g.pre, g.post, g.raw, g.ci, g.normalised, too_few if g.too_few else None]

    pre_post = Section("pre_post", QT_TRANSLATE_NOOP("SessionReport", "Knowledge gain (pre-test and post-test)"))
    pre_post.body.append(
        Text(
            QT_TRANSLATE_NOOP(
                "SessionReport",
                "Raw gain: post-test minus pre-test score, in percentage points. Normalised gain: (post − pre) / "
                "(100 − pre) (Hake), undefined when the pre-test score was 100%. Only learners who took both tests "
                "count; the interval is the 95% confidence interval of the mean raw gain (t distribution). Groups of "
                "fewer than {0} paired learners are marked “too few to conclude”.",
            ),
            (measures.min_paired,),
        )
    )
    if gain.cohort.n == 0:
        pre_post.body.append(Text(QT_TRANSLATE_NOOP("SessionReport", "No learner has taken both tests yet.")))
    else:
        pre_post.body.append(
            Table(
                _gain_columns(QT_TRANSLATE_NOOP("SessionReport", "Group")),
                ["label", "int", "score", "score", "signed1", "interval1", "number2", "label"],
                [mean_row(QT_TRANSLATE_NOOP("SessionReport", "Whole cohort"), gain.cohort)],
            )
        )
        pre_post.body.append(
            Table(
                _gain_columns(QT_TRANSLATE_NOOP("SessionReport", "Module")),
                ["text", "int", "score", "score", "signed1", "interval1", "number2", "label"],
                [mean_row(title(mid), g) for mid, g in gain.modules.items()],
            )
        )
    if gain.cohort.n and per_learner:
        pre_post.body.append(
            Table(
                [
                    QT_TRANSLATE_NOOP("SessionReport", "Name"),
                    QT_TRANSLATE_NOOP("SessionReport", "Pre %"),
                    QT_TRANSLATE_NOOP("SessionReport", "Post %"),
                    QT_TRANSLATE_NOOP("SessionReport", "Raw gain (points)"),
                    QT_TRANSLATE_NOOP("SessionReport", "Normalised gain"),
                ],
                ["text", "score", "score", "signed1", "number2"],
                [
                    [names.get(lid, lid), g.pre, g.post, g.raw, g.normalised]
                    for lid, g in sorted(gain.learners.items(), key=lambda kv: (names.get(kv[0], kv[0]).lower(), kv[0]))
                ],
            )
        )
    if gain.unpaired:
        pre_post.body.append(
            Text(
                QT_TRANSLATE_NOOP("SessionReport", "Learners who took only one of the two tests: {0}."),
                (len(gain.unpaired),),
            )
        )

    shift = measures.attitude_shift(cohort_id)
    attitudes = Section("attitudes", QT_TRANSLATE_NOOP("SessionReport", "Attitude shift"))
    attitudes.body.append(
        Text(
            QT_TRANSLATE_NOOP(
                "SessionReport",
                "Not a validated instrument: a rough indication only. Agreement from 1 (strongly disagree) to 5 "
                "(strongly agree) with statements of misconceptions, before and after; a negative shift is a move "
                "away from the misconception. Learners who skipped a statement in either phase are left out for it.",
            )
        )
    )
    columns = [
        QT_TRANSLATE_NOOP("SessionReport", "Statement"),
        QT_TRANSLATE_NOOP("SessionReport", "Paired learners"),
        QT_TRANSLATE_NOOP("SessionReport", "Before"),
        QT_TRANSLATE_NOOP("SessionReport", "After"),
        QT_TRANSLATE_NOOP("SessionReport", "Shift"),
        QT_TRANSLATE_NOOP("SessionReport", "Note"),
    ]
    overall = [
        QT_TRANSLATE_NOOP("SessionReport", "All statements (mean per learner)"),
        shift.cohort.n,
        shift.cohort.before,
        shift.cohort.after,
        shift.cohort.shift,
        too_few if shift.too_few else None,
    ]
    # The overall row's words are translated by the renderer ("label"); the statements are already
    # in the reader's language ("text"), so they make a table of their own.
    attitudes.body.append(Table(columns, ["label", "int", "number2", "number2", "signed2", "label"], [overall]))
    rows = []
    for s in measures.statements:
        st = shift.statements.get(s.id, prepost.Shift(0, None, None))
        rows.append([s.text_in(language), st.n, st.before, st.after, st.shift, None])
    if rows:
        attitudes.body.append(Table(columns, ["text", "int", "number2", "number2", "signed2", "label"], rows))

    feedback = Section("feedback", QT_TRANSLATE_NOOP("SessionReport", "Participant feedback"))
    summaries = measures.feedback_summary(cohort_id)
    scale_words = {
        "relevance": QT_TRANSLATE_NOOP("SessionReport", "Relevance to my work"),
        "confidence": QT_TRANSLATE_NOOP("SessionReport", "Confidence to apply it"),
        "clarity": QT_TRANSLATE_NOOP("SessionReport", "Clarity"),
    }
    if not summaries:
        feedback.body.append(Text(QT_TRANSLATE_NOOP("SessionReport", "No feedback yet.")))
    else:
        feedback.body.append(
            Text(
                QT_TRANSLATE_NOOP(
                    "SessionReport", "Each question from 1 (not at all) to 5 (very much); anonymous answers included."
                )
            )
        )
        fb_rows = []
        for fs in summaries:
            for name in prepost.FEEDBACK_SCALES:
                sc = fs.scales[name]
                dist = " · ".join(f"{v}: {sc.counts.get(v, 0)}" for v in prepost.LIKERT)
                fb_rows.append([title(fs.module_id), scale_words[name], sc.n, sc.mean, dist])
        feedback.body.append(
            Table(
                [
                    QT_TRANSLATE_NOOP("SessionReport", "Module"),
                    QT_TRANSLATE_NOOP("SessionReport", "Question"),
                    QT_TRANSLATE_NOOP("SessionReport", "Answers"),
                    QT_TRANSLATE_NOOP("SessionReport", "Mean"),
                    QT_TRANSLATE_NOOP("SessionReport", "Distribution"),
                ],
                ["text", "label", "int", "number2", "text"],
                fb_rows,
            )
        )
        comments = sum(fs.comments for fs in summaries)
        feedback.body.append(
            Text(QT_TRANSLATE_NOOP("SessionReport", "Written comments: {0} (exported separately as CSV)."), (comments,))
        )
    return [pre_post, attitudes, feedback]


def _gain_columns(first: str) -> list[str]:
    """The columns of a knowledge-gain table after its first (the group, or the module)."""
    from trainer.services.session_report import QT_TRANSLATE_NOOP

    return [
        first,
        QT_TRANSLATE_NOOP("SessionReport", "Paired learners"),
        QT_TRANSLATE_NOOP("SessionReport", "Pre %"),
        QT_TRANSLATE_NOOP("SessionReport", "Post %"),
        QT_TRANSLATE_NOOP("SessionReport", "Raw gain (points)"),
        QT_TRANSLATE_NOOP("SessionReport", "95% interval"),
        QT_TRANSLATE_NOOP("SessionReport", "Normalised gain"),
        QT_TRANSLATE_NOOP("SessionReport", "Note"),
    ]

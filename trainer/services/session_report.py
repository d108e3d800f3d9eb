"""The session report of a cohort: the document a trainer hands to a superior after a session.

``build_session_report(cohorts, cohort_id, language)`` returns a ``SessionReport``: plain data
with the figures (participants, completion per assigned module, status counts) and an ordered list
of ``Section`` objects that ``trainer.documents.session_report_pdf`` draws one after another.

Sections are built from words and tables, never Qt: every English text is a ``Text`` whose
template is marked with ``QT_TRANSLATE_NOOP("SessionReport", "...")`` so lupdate finds it (the
context must be written out as a literal: lupdate skips a variable), and the renderer translates
it in that context. Table cells are formatted by column ``kinds``.

Other measures fill the report through ``CohortService.session_sources``: callables
``source(report) -> Section | list[Section] | None``, called in order after the base sections are
built. A returned section whose ``key`` is already present (for example one of the placeholders
``pre_post``, ``attitudes``, ``feedback``, ``flagged``) replaces it in place; others are appended.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from trainer.domain.cohorts import STATUSES, Cohort, MemberStanding

if TYPE_CHECKING:
    from trainer.services.cohorts import CohortService

CONTEXT = "SessionReport"
PLACEHOLDER_KEYS: tuple[str, ...] = ("pre_post", "attitudes", "feedback", "flagged")
KINDS: tuple[str, ...] = (
    "text", "label", "int", "percent", "score", "number2", "signed1", "signed2", "interval1", "date", "role", "region"
)  # fmt: skip
"""Table column kinds: ``text`` as it is; ``label`` an English word translated in CONTEXT; ``int``;
``percent`` a share 0..1; ``score`` a score 0..100; ``number2`` a number with two decimals;
``signed1``/``signed2`` a change always shown with its sign, one or two decimals; ``interval1`` a
(low, high) pair of changes; ``date`` an ISO date; ``role`` and ``region`` codes named in the
reader's language. None prints as a dash. Numbers stay numbers here: the renderer writes them in
the report's language (decimal comma, minus sign)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without Qt; the renderer translates it."""
    return text


@dataclass(frozen=True)
class Text:
    """An English template (translated by the renderer) and the values for its ``{0}``, ``{1}``..."""

    template: str
    args: tuple[Any, ...] = ()


@dataclass
class Table:
    columns: list[str]  # English headers, marked for translation
    kinds: list[str]  # one of KINDS per column
    rows: list[list[Any]] = field(default_factory=list)


@dataclass
class Section:
    key: str
    title: str  # English, marked for translation
    body: list[Text | Table] = field(default_factory=list)
    placeholder: bool = False  # to be filled by another measure; printed as "not measured yet"


@dataclass(frozen=True)
class ModuleCompletion:
    """Completion of one assigned module among the cohort's members."""

    module_id: str
    title: str
    due: date
    members: int
    started: int  # members with an attempt
    completed: int  # ... with a finished attempt
    passed: int
    overdue: int  # not passed after the due day
    mean_best_score: float | None  # over members with a finished attempt

    @property
    def completion_rate(self) -> float | None:
        return self.passed / self.members if self.members else None


@dataclass
class SessionReport:
    cohort: Cohort
    language: str
    today: date
    generated: str
    at_risk_days: int
    participants: list[MemberStanding]
    modules: list[ModuleCompletion]
    status_counts: dict[str, int]
    sections: list[Section] = field(default_factory=list)

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def put(self, section: Section) -> None:
        """Replace the section with the same key, or append it."""
        for i, s in enumerate(self.sections):
            if s.key == section.key:
                self.sections[i] = section
                return
        self.sections.append(section)


def module_completion(
    module_id: str, title: str, due: date, participants: list[MemberStanding], today: date
) -> ModuleCompletion:
    progress = [s.progress.get(module_id) for s in participants]
    bests = [p.best_score for p in progress if p is not None and p.finished and p.best_score is not None]
    return ModuleCompletion(
        module_id=module_id,
        title=title,
        due=due,
        members=len(participants),
        started=sum(1 for p in progress if p is not None and p.attempts),
        completed=sum(1 for p in progress if p is not None and p.finished),
        passed=sum(1 for p in progress if p is not None and p.passed),
        overdue=sum(1 for p in progress if (p is None or not p.passed) and today > due),
        mean_best_score=sum(bests) / len(bests) if bests else None,
    )


STATUS_WORDS = {
    "done": QT_TRANSLATE_NOOP("SessionReport", "all done"),
    "on_track": QT_TRANSLATE_NOOP("SessionReport", "on track"),
    "at_risk": QT_TRANSLATE_NOOP("SessionReport", "at risk"),
    "overdue": QT_TRANSLATE_NOOP("SessionReport", "overdue"),
}


def _base_sections(report: SessionReport) -> list[Section]:
    c = report.cohort
    overview = Section(
        "overview",
        QT_TRANSLATE_NOOP("SessionReport", "Session"),
        [
            Text(QT_TRANSLATE_NOOP("SessionReport", "Trainers: {0}"), (c.trainers or "–",)),
            Text(
                QT_TRANSLATE_NOOP("SessionReport", "Dates: {0} – {1}"),
                (c.starts.isoformat() if c.starts else "–", c.ends.isoformat() if c.ends else "–"),
            ),
            Text(
                QT_TRANSLATE_NOOP("SessionReport", "Participants: {0}. Assigned modules: {1}."),
                (len(report.participants), len(report.modules)),
            ),
        ],
    )
    counts = report.status_counts
    status = Section(
        "status",
        QT_TRANSLATE_NOOP("SessionReport", "Standing"),
        [
            Text(QT_TRANSLATE_NOOP("SessionReport", "On {0}:"), (report.today.isoformat(),)),
            Text(
                QT_TRANSLATE_NOOP("SessionReport", "All done: {0}. On track: {1}. At risk: {2}. Overdue: {3}."),
                tuple(counts.get(k, 0) for k in ("done", "on_track", "at_risk", "overdue")),
            ),
            Text(
                QT_TRANSLATE_NOOP(
                    "SessionReport",
                    "Overdue: an assigned module not passed after its due day. At risk: work left and no "
                    "activity for {0} days or more.",
                ),
                (report.at_risk_days,),
            ),
        ],
    )
    participants = Section(
        "participants",
        QT_TRANSLATE_NOOP("SessionReport", "Participants"),
        [
            Table(
                [
                    QT_TRANSLATE_NOOP("SessionReport", "Name"),
                    QT_TRANSLATE_NOOP("SessionReport", "Role"),
                    QT_TRANSLATE_NOOP("SessionReport", "Region"),
                    QT_TRANSLATE_NOOP("SessionReport", "Modules passed"),
                    QT_TRANSLATE_NOOP("SessionReport", "Standing"),
                    QT_TRANSLATE_NOOP("SessionReport", "Last activity"),
                ],
                ["text", "role", "region", "text", "label", "date"],
                [
                    [
                        s.member.name,
                        s.member.role,
                        s.member.region,
                        f"{s.done}/{s.assigned}",
                        STATUS_WORDS[s.status],
                        (s.last_activity or "")[:10] or None,
                    ]
                    for s in report.participants
                ],
            )
        ],
    )
    completion = Section(
        "completion",
        QT_TRANSLATE_NOOP("SessionReport", "Completion per assigned module"),
        [
            Table(
                [
                    QT_TRANSLATE_NOOP("SessionReport", "Module"),
                    QT_TRANSLATE_NOOP("SessionReport", "Due"),
                    QT_TRANSLATE_NOOP("SessionReport", "Started"),
                    QT_TRANSLATE_NOOP("SessionReport", "Completed"),
                    QT_TRANSLATE_NOOP("SessionReport", "Passed"),
                    QT_TRANSLATE_NOOP("SessionReport", "Completion"),
                    QT_TRANSLATE_NOOP("SessionReport", "Overdue"),
                    QT_TRANSLATE_NOOP("SessionReport", "Mean best score"),
                ],
                ["text", "date", "int", "int", "int", "percent", "int", "score"],
                [
                    [
                        m.title,
                        m.due.isoformat(),
                        m.started,
                        m.completed,
                        m.passed,
                        m.completion_rate,
                        m.overdue,
                        m.mean_best_score,
                    ]
                    for m in report.modules
                ],
            )
        ]
        if report.modules
        else [Text(QT_TRANSLATE_NOOP("SessionReport", "No module is assigned to this cohort."))],
    )
    placeholders = [
        Section(
            "pre_post", QT_TRANSLATE_NOOP("SessionReport", "Knowledge gain (pre-test and post-test)"), placeholder=True
        ),
        Section("attitudes", QT_TRANSLATE_NOOP("SessionReport", "Attitude shift"), placeholder=True),
        Section("feedback", QT_TRANSLATE_NOOP("SessionReport", "Participant feedback"), placeholder=True),
        Section("flagged", QT_TRANSLATE_NOOP("SessionReport", "Flagged items"), placeholder=True),
    ]
    return [overview, status, participants, completion, *placeholders]


def _apply(report: SessionReport, result: Section | Iterable[Section] | None) -> None:
    if result is None:
        return
    for section in [result] if isinstance(result, Section) else result:
        report.put(section)


def build_session_report(
    cohorts: CohortService, cohort_id: str, language: str = "en", today: date | None = None
) -> SessionReport:
    """The session report's data for a cohort; KeyError if there is no such cohort."""
    cohort = cohorts.cohort(cohort_id)
    today = today or cohorts.clock()
    participants = cohorts.standings(cohort_id, today)
    modules = [
        module_completion(a.module_id, cohorts.module_title(a.module_id, language), a.due, participants, today)
        for a in cohorts.assignments(cohort_id)
    ]
    counts = {k: 0 for k in STATUSES}
    for s in participants:
        counts[s.status] += 1
    report = SessionReport(
        cohort=cohort,
        language=language,
        today=today,
        generated=datetime.now(UTC).isoformat(timespec="seconds"),
        at_risk_days=cohorts.at_risk_days(),
        participants=participants,
        modules=modules,
        status_counts=counts,
    )
    report.sections = _base_sections(report)
    for source in cohorts.session_sources:
        _apply(report, source(report))
    return report

"""Cohort reports for trainers: the figures behind the dashboard, item analysis and exports.

Public API (the trainer GUI and the exports code against this; no Qt here)::

    from trainer.services.reports import ReportFilter, ReportService

    ReportFilter(roles=(), regions=(), unit=None, module_ids=(), since=None, until=None, active=None)
        roles / regions / module_ids: tuples of codes; empty = all.  unit: exact unit name or None.
        since / until: datetime.date, inclusive, applied to the day an attempt STARTED (only
        attempts in the range count; learners are chosen by role/region/unit/active only).
        active: True = active learners only, False = inactive only, None = both.
        ReportFilter.describe() -> list[tuple[str, str]]   # ("Role", "police, judge") ... for report headers

    ReportService(db, catalogue)          # db: sqlite_utils.Database (store.db); catalogue: Catalogue
        Every method may be called from any thread: a file database gets one connection per thread.
        filter_options() -> FilterOptions(roles, regions, units, modules[(id, title)], first_day, last_day)
        summary(f) -> Summary(learners, active_learners, assigned, started, completed, passed,
                              attempts, finished_attempts, mean_score, certificates)
        completion_matrix(f) -> list[MatrixRow]
        iter_matrix(f) -> Iterator[MatrixRow]          # streaming, same rows and order
        count_matrix(f) -> int
        matrix_learner_count(f, search="") -> int      # learners with a matrix row (name contains search)
        matrix_page(f, offset, limit, search="") -> list[MatrixRow]   # their rows, a page of learners
        matrix_state_counts(f, summary=None) -> {state: cells}        # for the matrix legend
        iter_attempts(f) -> Iterator[tuple]   # (attempt id, learner id, name, role, region, unit, module id,
                                              #  started, finished, seconds, score, passed), streamed
        MatrixRow(learner_id, name, role, region, unit, active, module_id, module_title, assigned,
                  state, best_score, attempts, finished_attempts, time_spent_seconds, last_activity)
            state: "not_started" | "in_progress" | "completed" | "passed" (STATES; completed = finished
            but not passed); best_score: best finished score 0..100 or None; time spent = sum of
            (finished - started) over finished attempts, in seconds; last_activity: ISO text or None.
            Rows: every (learner, module) pair the learner's curriculum assigns, plus any pair with
            attempts; ordered by learner name, learner id, curriculum order.
        module_stats(f) -> list[ModuleStats(module_id, title, assigned, started, completed, passed,
                  pass_rate, mean_score, median_score, mean_time_seconds, attempts)]
            pass_rate = passed / completed (None when nobody completed); mean/median over each
            learner's best finished score; mean time over learners who finished the module.
        region_completion(f) -> list[RegionRow(region, learners, assigned, completed, passed,
                  completion_rate, pass_rate)]   # rates over assigned learner-module pairs
        score_distribution(f) -> list[ScoreBin(lower, upper, count)]   # 10 bins of best scores; 100 in the last
        item_analysis(f) -> list[ItemStats]
            ItemStats(module_id, question_id, question_type, prompt, responses, correct, facility,
                      mean_score, discrimination, point_biserial, wrong_options[OptionCount],
                      dimension_means{dim: mean}, common_paths[PathCount], flags(set of FLAGS))
            Finished attempts only. facility = share correct. discrimination = facility in the top
            27% of the module's attempts (by attempt score) minus the bottom 27%. point_biserial =
            correlation of correct (0/1) with the attempt score. FLAGS: "too_easy" (facility > 0.9),
            "too_hard" (facility < 0.2), "negative_discrimination"; flags need MIN_RESPONSES_FOR_FLAGS.
        transcript(learner_id) -> Transcript(learner, attempts[TranscriptAttempt(..., responses[TranscriptResponse])],
                                             certificates[CertificateRecord])
        pseudonym(learner_id) -> "Learner 3F2A91BC"   # HMAC with a per-database secret (settings)
        close()

    from trainer.services.exports import ExportService, ExportCancelled, EXPORT_KINDS
    ExportService(reports)
        export(kind, path, filter=None, anonymise=False, progress=None) -> Path
            kind: "csv" | "xlsx" | "pdf"; progress(done, total) -> bool (False cancels: raises
            ExportCancelled and leaves no file). "pdf" needs a QGuiApplication.
        default_filename(kind, now=None) -> "Qorgau-report-2025-01-31-140509.csv"

AppContext has ``reports`` and ``exports`` fields (Optional-typed, always set by AppContext.open).
Performance: triggers keep per learner-module, per cohort group and per item aggregates current
(trainer.storage.report_aggregates). With no date range (and no unit or cohort filter) the
dashboard's figures read the cohort groups and a matrix page reads its learners' rows only; with no
learner or date filter the item analysis reads the item aggregates. Other filters group every
attempt (and answer) in scope as before: call those off the UI thread.
``ReportService(..., aggregates=False)`` always does, which is what the aggregates are tested against.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from trainer.domain import analytics
from trainer.domain.analytics import FLAGS, MIN_RESPONSES_FOR_FLAGS, STATES, ReportFilter
from trainer.domain.model import ROLES, MultipleResponse, Question, Scenario, SingleChoice
from trainer.services.provenance import UNOFFICIAL, tagged_title
from trainer.storage.connections import ThreadConnections
from trainer.storage.report_aggregates import NO_SCORE
from trainer.storage.report_queries import ReportQueries, Scope

if TYPE_CHECKING:  # imported where used: the command line's reports start faster without them
    from sqlite_utils import Database

    from trainer.content.loader import Catalogue
    from trainer.domain import scenario as scenario_walk
    from trainer.domain.certificate import CertificateRecord
    from trainer.domain.records import Learner

__all__ = [
    "FLAGS",
    "MIN_RESPONSES_FOR_FLAGS",
    "STATES",
    "FilterOptions",
    "ItemStats",
    "MatrixRow",
    "ModuleStats",
    "OptionCount",
    "PathCount",
    "RegionRow",
    "ReportFilter",
    "ReportService",
    "ScoreBin",
    "Summary",
    "Transcript",
    "TranscriptAttempt",
    "TranscriptResponse",
]


@dataclass(frozen=True)
class FilterOptions:
    """What the filter controls can offer: values present in the database and the modules."""

    roles: list[str]
    regions: list[str]
    units: list[str]
    modules: list[tuple[str, str]]  # (id, title as module_title gives it), curriculum order
    first_day: str | None  # first and last day any attempt started (ISO dates)
    last_day: str | None


@dataclass(frozen=True)
class Summary:
    learners: int
    active_learners: int
    assigned: int  # learner-module pairs the curricula assign
    started: int  # learner-module pairs with an attempt
    completed: int  # ... with a finished attempt (passed or not)
    passed: int  # ... with a passed attempt
    attempts: int
    finished_attempts: int
    mean_score: float | None  # mean of best finished scores per learner and module
    certificates: int


@dataclass(slots=True)
class MatrixRow:
    learner_id: str
    name: str
    role: str
    region: str
    unit: str
    active: bool
    module_id: str
    module_title: str
    assigned: bool
    state: str
    best_score: float | None
    attempts: int
    finished_attempts: int
    time_spent_seconds: int
    last_activity: str | None


@dataclass(frozen=True)
class ModuleStats:
    module_id: str
    title: str
    assigned: int
    started: int
    completed: int
    passed: int
    pass_rate: float | None
    mean_score: float | None
    median_score: float | None
    mean_time_seconds: float | None
    attempts: int


@dataclass(frozen=True)
class RegionRow:
    region: str
    learners: int
    assigned: int
    completed: int
    passed: int
    completion_rate: float | None
    pass_rate: float | None


@dataclass(frozen=True)
class ScoreBin:
    lower: int
    upper: int  # exclusive, except 100 which belongs to the last bin
    count: int


@dataclass(frozen=True)
class OptionCount:
    option_id: str
    text: str
    count: int
    share: float  # of the wrong answers to the question


@dataclass(frozen=True)
class PathCount:
    choices: tuple[int, ...]
    nodes: tuple[str, ...]
    outcome: str | None
    count: int
    share: float


@dataclass(frozen=True)
class ItemStats:
    module_id: str
    question_id: str
    question_type: str
    prompt: str
    responses: int
    correct: int
    facility: float | None
    mean_score: float | None  # 0..1
    discrimination: float | None
    point_biserial: float | None
    wrong_options: list[OptionCount] = field(default_factory=list)
    dimension_means: dict[str, float] = field(default_factory=dict)
    common_paths: list[PathCount] = field(default_factory=list)
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TranscriptResponse:
    question_id: str
    question: Question | None  # None when the module no longer has the question
    response: Any
    score: float
    correct: bool
    answered: str


@dataclass(frozen=True)
class TranscriptAttempt:
    id: str
    module_id: str
    module_title: str
    content_version: str
    started: str
    finished: str | None
    score: float | None
    passed: bool | None
    duration_seconds: int | None
    responses: list[TranscriptResponse]


@dataclass(frozen=True)
class Transcript:
    learner: Learner
    attempts: list[TranscriptAttempt]
    certificates: list[CertificateRecord]


TOP_WRONG_OPTIONS = 3
_ABOVE_ALL, _BELOW_ALL = 1e18, -1e18  # no score reaches these: an empty top or bottom group
TOP_PATHS = 3


class ReportService:
    """Cohort figures from the progress database, filtered by a ReportFilter."""

    def __init__(self, db: Database, catalogue: Catalogue, language: str = "en", aggregates: bool = True) -> None:
        self.db = db
        self.catalogue = catalogue
        self.language = language  # module titles in reports follow the interface language
        self.unofficial_tag = UNOFFICIAL  # the UI sets it translated, as it sets ``language``
        # Read the trigger-kept aggregates where the filter allows (False: group every attempt and
        # answer each time, as the aggregates are checked against).
        self.aggregates = aggregates
        self._connections = ThreadConnections(db)
        self._secret: bytes | None = None

    # Connections -----------------------------------------------------------
    def connection(self) -> sqlite3.Connection:
        """This thread's connection: its own for a database file, the store's for one in memory."""
        return self._connections.get()

    def queries(self) -> ReportQueries:
        return ReportQueries(self.connection())

    def close(self) -> None:
        self._connections.close()

    # Scope -----------------------------------------------------------------
    def modules_for(self, f: ReportFilter) -> list[str]:
        """Module ids the filter covers, in curriculum order (unknown ids named in it go last)."""
        known = list(self.catalogue.modules)
        if not f.module_ids:
            return known
        return [m for m in known if m in f.module_ids] + [m for m in f.module_ids if m not in known]

    def scope(self, f: ReportFilter, rows: bool = False) -> Scope:
        """The filter as SQL, with the per learner-module groups cached for this thread's connection
        (``rows``: also when the figures would read the cohort groups, for reading every row)."""
        modules = self.modules_for(f)
        chosen = set(modules)
        curriculum = [(role, m.id) for role in ROLES for m in self.catalogue.for_role(role) if m.id in chosen]
        state = self._connections.state()
        q = self.queries()
        return q.cached(Scope.build(f, modules, curriculum, self._use_aggregates(q, state)), state, rows)

    def _use_aggregates(self, q: ReportQueries, state: dict[str, Any]) -> bool:
        if "aggregates" not in state:
            state["aggregates"] = q.has_aggregates()
        return self.aggregates and state["aggregates"]

    def module_title(self, module_id: str) -> str:
        module = self.catalogue.modules.get(module_id)
        return tagged_title(module, self.language, self.unofficial_tag) if module else module_id

    # Figures ---------------------------------------------------------------
    def filter_options(self) -> FilterOptions:
        q = self.queries()
        first, last = q.attempt_day_range()
        return FilterOptions(
            roles=q.distinct_learner_values("role"),
            regions=q.distinct_learner_values("region"),
            units=q.distinct_learner_values("unit"),
            modules=[(m.id, self.module_title(m.id)) for m in self.catalogue.modules.values()],
            first_day=first,
            last_day=last,
        )

    def summary(self, f: ReportFilter | None = None) -> Summary:
        row = self.queries().summary(self.scope(f or ReportFilter()))
        return Summary(*(int(v) for v in row[:8]), row[8], int(row[9]))

    def iter_matrix(self, f: ReportFilter | None = None) -> Iterator[MatrixRow]:
        """Every learner-module row, streamed from the cursor (for exports of any size)."""
        f = f or ReportFilter()
        yield from self._matrix_rows(f, self.queries().iter_matrix(self.scope(f, rows=True)))

    def _matrix_rows(self, f: ReportFilter, rows: Iterable[tuple[Any, ...]]) -> Iterator[MatrixRow]:
        titles = {m: self.module_title(m) for m in self.modules_for(f)}
        state_of = analytics.state_of
        for (
            lid,
            name,
            role,
            region,
            unit,
            active,
            mid,
            assigned,
            n,
            fin,
            passed,
            best,
            secs,
            last,
        ) in rows:
            yield MatrixRow(
                lid,
                name,
                role,
                region,
                unit,
                bool(active),
                mid,
                titles.get(mid, mid),
                bool(assigned),
                state_of(n, fin, bool(passed)),
                best,
                n,
                fin,
                secs,
                last,
            )

    def matrix_learner_count(self, f: ReportFilter | None = None, search: str = "") -> int:
        """Learners with a row in the completion matrix, those whose name contains ``search`` (any case)."""
        return self.queries().matrix_learner_count(self.scope(f or ReportFilter()), search)

    def matrix_page(self, f: ReportFilter | None, offset: int, limit: int, search: str = "") -> list[MatrixRow]:
        """The ``iter_matrix`` rows of learners ``offset`` .. ``offset + limit - 1`` (in matrix order)."""
        f = f or ReportFilter()
        return list(self._matrix_rows(f, self.queries().matrix_page(self.scope(f), offset, limit, search)))

    def matrix_state_counts(self, f: ReportFilter | None = None, summary: Summary | None = None) -> dict[str, int]:
        """Cells of the matrix in each state (for its legend), without reading the cells."""
        s = summary or self.summary(f)
        cells = self.count_matrix(f)
        return {
            "passed": s.passed,
            "completed": s.completed - s.passed,
            "in_progress": s.started - s.completed,
            "not_started": cells - s.started,
        }

    def iter_attempts(self, f: ReportFilter | None = None) -> Iterator[tuple[Any, ...]]:
        """(attempt id, learner id, name, role, region, unit, module id, started, finished,
        duration seconds, score, passed) for every attempt in scope, streamed, by learner name."""
        return self.queries().iter_attempts(self.scope(f or ReportFilter()))

    def count_matrix(self, f: ReportFilter | None = None) -> int:
        return self.queries().count_matrix(self.scope(f or ReportFilter()))

    def completion_matrix(self, f: ReportFilter | None = None) -> list[MatrixRow]:
        return list(self.iter_matrix(f))

    def module_stats(self, f: ReportFilter | None = None) -> list[ModuleStats]:
        out = []
        for mid, assigned, started, completed, passed, mean, med, secs, attempts in self.queries().module_stats(
            self.scope(f or ReportFilter())
        ):
            out.append(
                ModuleStats(
                    mid,
                    self.module_title(mid),
                    assigned,
                    started,
                    completed,
                    passed,
                    analytics.ratio(passed, completed),
                    mean,
                    med,
                    secs,
                    attempts,
                )
            )
        return out

    def region_completion(self, f: ReportFilter | None = None) -> list[RegionRow]:
        return [
            RegionRow(
                region,
                n,
                assigned,
                completed,
                passed,
                analytics.ratio(completed, assigned),
                analytics.ratio(passed, assigned),
            )
            for region, n, assigned, completed, passed in self.queries().region_completion(
                self.scope(f or ReportFilter())
            )
        ]

    def score_distribution(self, f: ReportFilter | None = None) -> list[ScoreBin]:
        counts = dict(self.queries().score_bins(self.scope(f or ReportFilter())))
        return [ScoreBin(10 * b, 10 * b + 10, counts.get(b, 0)) for b in range(analytics.SCORE_BINS)]

    # Items -----------------------------------------------------------------
    def _question(self, module_id: str, question_id: str) -> Question | None:
        module = self.catalogue.modules.get(module_id)
        if module is None:
            return None
        try:
            return module.quiz_in(self.language).question(question_id)
        except KeyError:
            return None

    def item_analysis(self, f: ReportFilter | None = None) -> list[ItemStats]:
        """Per question of the covered modules, in quiz order; questions nobody answered are left out."""
        f = f or ReportFilter()
        modules = self.modules_for(f)
        q = self.queries()
        from_aggregates = self._use_aggregates(q, self._connections.state()) and f.since is None and f.until is None
        left_out, active = False, None
        if from_aggregates and _only_active(f):
            # Read the part for that flag, put right for merged profiles whose person's flag differs.
            active = int(bool(f.active))
            left_out = q.adjust_active(self.scope(f), active) > 0  # none: the part is read as it is
        elif from_aggregates and not _whole_cohort(f):
            # Take the left-out learners' answers away from the aggregates when they are the smaller part.
            scope = self.scope(f)
            kept, everyone = q.learners_kept(scope)
            from_aggregates = left_out = kept >= everyone - kept
            if left_out:
                q.leave_out(scope)
        if from_aggregates:
            sums = {(r[0], r[1]): r for r in self._item_sums(q, modules, left_out, active)}
        else:
            scope = self.scope(f)
            sums = {(r[0], r[1]): r for r in q.item_sums(scope)}
        choice_ids, scenario_ids = [], []
        for mid, qid in sums:
            question = self._question(mid, qid)
            if isinstance(question, (SingleChoice, MultipleResponse)):
                choice_ids.append(qid)
            elif isinstance(question, Scenario):
                scenario_ids.append(qid)
        choice_ids, scenario_ids = sorted(set(choice_ids)), sorted(set(scenario_ids))
        if from_aggregates:
            wrong_rows = q.answer_counts(modules, choice_ids, wrong_options=True, left_out=left_out, active=active)
            path_rows = q.answer_counts(modules, scenario_ids, wrong_options=False, left_out=left_out, active=active)
        else:
            wrong_rows = q.wrong_choices(scope, choice_ids)
            path_rows = q.response_counts(scope, scenario_ids)
        wrong: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
        for mid, qid, option, n in wrong_rows:
            wrong[(mid, qid)].append((str(option), n))
        paths: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
        for mid, qid, response, n in path_rows:
            paths[(mid, qid)].append((response, n))
        order = {}
        for mid in modules:
            module = self.catalogue.modules.get(mid)
            for i, question in enumerate(module.quiz_in(self.language).questions if module else ()):
                order[(mid, question.id)] = i
        out = []
        for key in sorted(sums, key=lambda k: (modules.index(k[0]), order.get(k, 1_000_000), k[1])):
            out.append(self._item(key, sums[key], wrong.get(key, []), paths.get(key, [])))
        return out

    @staticmethod
    def _item_sums(
        q: ReportQueries, modules: list[str], left_out: bool = False, active: int | None = None
    ) -> list[tuple[Any, ...]]:
        """The rows of ``ReportQueries.item_sums`` from the score buckets (of learners with that
        ``active`` flag when given; put right by the attempts in ``temp.report_left_out`` with
        ``left_out``).

        Only the attempts that a tie splits at the edge of a top or bottom group are read one by one.
        """
        if not modules:
            return []
        per_module: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for mid, score, n in q.module_score_counts(modules, left_out, active):
            per_module[mid].append((score, n))
        groups = {mid: analytics.score_groups(b) for mid, b in per_module.items()}
        edges = []
        for mid, (top, bottom) in groups.items():
            top_from = min(top.whole) if top.whole else _ABOVE_ALL
            bottom_to = max(bottom.whole) if bottom.whole else _BELOW_ALL
            edges.append((mid, top_from, bottom_to))
        out = {(r[0], r[1]): list(r) for r in q.item_bucket_sums(modules, edges, left_out, active)}
        for mid, (top, bottom) in groups.items():
            for i, group in enumerate((top, bottom)):
                if group.take:
                    score = None if group.edge == NO_SCORE else group.edge
                    taken = q.score_group_answers(mid, score, group.take, i == 1, left_out, active)
                    for qid, n, correct in taken:
                        row = out.get((mid, qid))
                        if row is not None:
                            row[8 + 2 * i] += n
                            row[9 + 2 * i] += correct
        for row in out.values():
            row[8], row[10] = int(row[8]), int(row[10])
        return [tuple(r) for r in out.values()]

    def _item(self, key: tuple[str, str], row: tuple[Any, ...], wrong: list, paths: list) -> ItemStats:
        mid, qid, n, correct, mean_score, sx, sxx, scx, top_n, top_c, bottom_n, bottom_c = row
        question = self._question(mid, qid)
        facility = analytics.ratio(correct, n)
        disc = analytics.discrimination(top_n, top_c, bottom_n, bottom_c)
        r_pb = analytics.point_biserial(n, correct, sx, sxx, scx)
        return ItemStats(
            module_id=mid,
            question_id=qid,
            question_type=question.type if question else "unknown",
            prompt=question.prompt if question else "",
            responses=n,
            correct=correct,
            facility=facility,
            mean_score=mean_score,
            discrimination=disc,
            point_biserial=r_pb,
            wrong_options=_wrong_options(question, wrong),
            dimension_means=_dimension_means(question, paths),
            common_paths=_common_paths(question, paths),
            flags=analytics.flags_for(n, facility, disc, r_pb),
        )

    # One learner -----------------------------------------------------------
    def transcript(self, learner_id: str) -> Transcript:
        """Every attempt of a learner with every answer, and their certificates. KeyError if unknown."""
        from sqlite_utils import Database

        from trainer.storage.certificates import CertificateStore
        from trainer.storage.store import ProgressStore

        conn = self.connection()
        wrapped = Database(conn, execute_plugins=False) if conn is not self.db.conn else self.db
        learner = ProgressStore(wrapped).learner(learner_id)
        q = ReportQueries(conn)
        answers: dict[str, list[TranscriptResponse]] = defaultdict(list)
        module_of = {}
        attempts = q.learner_attempts(learner_id)
        for aid, mid, *_ in attempts:
            module_of[aid] = mid
        for aid, qid, response, score, correct, answered in q.learner_responses(learner_id):
            answers[aid].append(
                TranscriptResponse(
                    qid,
                    self._question(module_of.get(aid, ""), qid),
                    json.loads(response),
                    score,
                    bool(correct),
                    answered,
                )
            )
        return Transcript(
            learner=learner,
            attempts=[
                TranscriptAttempt(
                    aid,
                    mid,
                    self.module_title(mid),
                    version,
                    started,
                    finished,
                    score,
                    None if passed is None else bool(passed),
                    secs,
                    answers.get(aid, []),
                )
                for aid, mid, version, started, finished, score, passed, secs in attempts
            ],
            certificates=CertificateStore(wrapped).for_learner(learner_id),
        )

    # Pseudonyms ------------------------------------------------------------
    def pseudonym(self, learner_id: str) -> str:
        """A stable stand-in for a learner's name in anonymised reports."""
        return analytics.pseudonym(self._pseudonym_secret(), learner_id)

    def pseudonym_of(self, kind: str, value: str, length: int = 8) -> str:
        """A stable code for a unit or an attempt id in anonymised reports."""
        return analytics.pseudonym_of(self._pseudonym_secret(), kind, value, length)

    def _pseudonym_secret(self) -> bytes:
        if self._secret is None:
            self._secret = bytes.fromhex(self.queries().pseudonym_secret(secrets.token_hex(32)))
        return self._secret


def _whole_cohort(f: ReportFilter) -> bool:
    """Whether the filter keeps every learner and every day (the item aggregates cover just that)."""
    return (
        not f.roles
        and not f.regions
        and f.unit is None
        and f.active is None
        and f.since is None
        and f.until is None
        and f.cohort_id is None
    )


def _only_active(f: ReportFilter) -> bool:
    """Whether the filter keeps learners by their active flag alone (one part of the item aggregates)."""
    return f.active is not None and _whole_cohort(replace(f, active=None))


def _wrong_options(question: Question | None, wrong: list[tuple[str, int]]) -> list[OptionCount]:
    if not isinstance(question, (SingleChoice, MultipleResponse)):
        return []
    key = {question.answer} if isinstance(question, SingleChoice) else set(question.answer)
    texts = {o.id: o.text for o in question.options}
    chosen = [(opt, n) for opt, n in wrong if opt not in key]
    total = sum(n for _, n in chosen)
    chosen.sort(key=lambda on: (-on[1], on[0]))
    return [OptionCount(opt, texts.get(opt, opt), n, n / total) for opt, n in chosen[:TOP_WRONG_OPTIONS]]


def _walks(question: Scenario, paths: list[tuple[str, int]]) -> list[tuple[scenario_walk.Walk, int]]:
    from trainer.domain import scenario as scenario_walk

    out = []
    for response, n in paths:
        try:
            out.append((scenario_walk.walk(question, list(json.loads(response))), n))
        except (scenario_walk.ScenarioPathError, TypeError, ValueError, KeyError):
            continue  # a path from an older version of the scenario
    return out


def _dimension_means(question: Question | None, paths: list[tuple[str, int]]) -> dict[str, float]:
    if not isinstance(question, Scenario):
        return {}
    walks = _walks(question, paths)
    total = sum(n for _, n in walks)
    if not total:
        return {}
    return {d: sum(w.totals.get(d, 0.0) * n for w, n in walks) / total for d in question.dimensions}


def _common_paths(question: Question | None, paths: list[tuple[str, int]]) -> list[PathCount]:
    if not isinstance(question, Scenario):
        return []
    walks = _walks(question, paths)
    total = sum(n for _, n in walks)
    walks.sort(key=lambda wn: (-wn[1], wn[0].choices))
    return [
        PathCount(w.choices, w.nodes, question.nodes[w.current].outcome, n, n / total) for w, n in walks[:TOP_PATHS]
    ]

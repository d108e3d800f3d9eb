"""Pre- and post-tests as parallel forms, knowledge gain, attitude shift and feedback aggregates.

Plain Python: the service feeds it stored rows and the UI and the session report show what it
returns. Every figure here can be recomputed by hand from the raw rows, which is the point: a
trainer must be able to defend the numbers in front of a superior or a funder.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import random
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from trainer.domain.model import Quiz, Scenario

PHASES: tuple[str, ...] = ("pre", "post")
# Below this many paired learners a cohort's mean gain is shown with the label "too few to
# conclude": with four people one strong or weak learner decides the mean, and the interval is
# too wide (t(0.975, 3) = 3.18) to say anything a report could rest on.
MIN_PAIRED = 5
DEFAULT_ITEMS_PER_MODULE = 5
LIKERT = (1, 2, 3, 4, 5)
FEEDBACK_SCALES: tuple[str, ...] = ("relevance", "confidence", "clarity")
MAX_COMMENT = 1000  # characters of free text kept per feedback
_STRICT = {"extra": "forbid"}  # unknown keys in attitudes.yaml are errors

# Two-sided 95% quantiles of Student's t (t(0.975, df)), from the standard tables.
_T975: tuple[tuple[int, float], ...] = (
    (1, 12.706),
    (2, 4.303),
    (3, 3.182),
    (4, 2.776),
    (5, 2.571),
    (6, 2.447),
    (7, 2.365),
    (8, 2.306),
    (9, 2.262),
    (10, 2.228),
    (11, 2.201),
    (12, 2.179),
    (13, 2.160),
    (14, 2.145),
    (15, 2.131),
    (16, 2.120),
    (17, 2.110),
    (18, 2.101),
    (19, 2.093),
    (20, 2.086),
    (21, 2.080),
    (22, 2.074),
    (23, 2.069),
    (24, 2.064),
    (25, 2.060),
    (26, 2.056),
    (27, 2.052),
    (28, 2.048),
    (29, 2.045),
    (30, 2.042),
    (40, 2.021),
    (60, 2.000),
    (120, 1.980),
)
_Z975 = 1.959964


def t_quantile_975(df: int) -> float:
    """t(0.975, df): exact table values to 30 degrees of freedom, then interpolated in 1/df
    (the usual way to read between table rows; within 0.001 of the exact value)."""
    if df < 1:
        raise ValueError("degrees of freedom must be at least 1")
    table = dict(_T975)
    if df in table:
        return table[df]
    for (lo, tlo), (hi, thi) in itertools.pairwise(_T975):
        if lo < df < hi:
            w = (1 / df - 1 / hi) / (1 / lo - 1 / hi)
            return thi + w * (tlo - thi)
    last, tlast = _T975[-1]
    w = (1 / df) / (1 / last)
    return _Z975 + w * (tlast - _Z975)


# Forms ---------------------------------------------------------------------------------------------
def eligible_questions(quiz: Quiz) -> list[str]:
    """Question ids a pre/post form may use: every kind but scenarios, whose steps show
    consequences as the learner goes (a test without feedback cannot include them)."""
    return [q.id for q in quiz.questions if not isinstance(q, Scenario)]


def _rng(*key: str) -> random.Random:
    digest = hashlib.sha256("|".join(key).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


@dataclass(frozen=True)
class ModuleForms:
    """One module's two disjoint forms for one learner, and which one is the pre-test."""

    module_id: str
    pre: tuple[str, ...]
    post: tuple[str, ...]


def split_forms(
    quiz: Quiz, module_id: str, learner_id: str, seed: str, items: int = DEFAULT_ITEMS_PER_MODULE
) -> ModuleForms:
    """Split a module's eligible pool into two disjoint, parallel forms of at most ``items`` each.

    Items are paired within strata of the same competency and difficulty and each pair is dealt
    one to each form, so both forms ask about the same things at the same level. Which form comes
    first is drawn per learner, so a harder form cannot pass for a loss or a gain across a cohort.
    The result depends only on the pool, the module, the learner and the cohort's seed, so the
    trainer's laptop and the learner's laptop compute the same forms.
    """
    rng = _rng(seed, learner_id, module_id)
    strata: dict[tuple[str, str], list[str]] = {}
    by_id = {q.id: q for q in quiz.questions}
    for qid in sorted(eligible_questions(quiz)):
        q = by_id[qid]
        strata.setdefault((q.competency, q.difficulty), []).append(qid)
    line: list[str] = []
    for key in sorted(strata):
        group = strata[key]
        rng.shuffle(group)
        line.extend(group)
    pairs = [(line[i], line[i + 1]) for i in range(0, len(line) - 1, 2)]
    rng.shuffle(pairs)
    pairs = pairs[: max(0, items)]
    a: list[str] = []
    b: list[str] = []
    for first, second in pairs:
        if rng.random() < 0.5:
            first, second = second, first
        a.append(first)
        b.append(second)
    if rng.random() < 0.5:
        a, b = b, a
    return ModuleForms(module_id, tuple(a), tuple(b))


def form_for(
    quizzes: Mapping[str, Quiz],
    learner_id: str,
    seed: str,
    phase: str,
    items: int = DEFAULT_ITEMS_PER_MODULE,
    exclude: Iterable[str] = (),
) -> list[tuple[str, str]]:
    """(module id, question id) of a learner's whole test in ``phase``, module by module.

    ``exclude`` is what the learner already saw in the other phase: an item is never asked twice
    even if the module changed between the tests and the split came out otherwise.
    """
    if phase not in PHASES:
        raise ValueError(f"unknown phase {phase!r}")
    seen = set(exclude)
    out: list[tuple[str, str]] = []
    for module_id, quiz in quizzes.items():
        forms = split_forms(quiz, module_id, learner_id, seed, items)
        chosen = forms.pre if phase == "pre" else forms.post
        out.extend((module_id, qid) for qid in chosen if qid not in seen)
    return out


# Gain ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemScore:
    """One item of a finished pre- or post-test: unanswered items score 0, as in quizzes."""

    learner_id: str
    phase: str
    module_id: str
    question_id: str
    score: float  # 0..1


def percent(scores: Sequence[float]) -> float | None:
    return 100.0 * sum(scores) / len(scores) if scores else None


def normalised_gain(pre: float, post: float) -> float | None:
    """Hake's normalised gain (post − pre) / (100 − pre); undefined when the pre-test was perfect."""
    if pre >= 100.0 - 1e-9:
        return None
    return (post - pre) / (100.0 - pre)


@dataclass(frozen=True)
class Gain:
    """Pre and post percentages of one learner (in one module, or overall) and the gains."""

    pre: float
    post: float

    @property
    def raw(self) -> float:
        return self.post - self.pre

    @property
    def normalised(self) -> float | None:
        return normalised_gain(self.pre, self.post)


@dataclass(frozen=True)
class MeanGain:
    """A group's mean gain: n paired learners, means, and the 95% interval of the mean raw gain."""

    n: int
    pre: float | None
    post: float | None
    raw: float | None
    ci: tuple[float, float] | None  # None below 2 learners
    normalised: float | None  # Hake's <g>, from the mean pre and post percentages
    too_few: bool


def mean_gain(gains: Sequence[Gain], min_paired: int = MIN_PAIRED) -> MeanGain:
    n = len(gains)
    if n == 0:
        return MeanGain(0, None, None, None, None, None, True)
    pre = statistics.fmean(g.pre for g in gains)
    post = statistics.fmean(g.post for g in gains)
    raws = [g.raw for g in gains]
    raw = statistics.fmean(raws)
    ci = None
    if n >= 2:
        half = t_quantile_975(n - 1) * statistics.stdev(raws) / math.sqrt(n)
        ci = (raw - half, raw + half)
    return MeanGain(n, pre, post, raw, ci, normalised_gain(pre, post), n < min_paired)


@dataclass(frozen=True)
class GainReport:
    """Gain per learner (overall and per module), per module and for the cohort: paired learners only."""

    learners: dict[str, Gain]  # learner id -> overall
    learner_modules: dict[tuple[str, str], Gain]  # (learner id, module id) -> gain
    modules: dict[str, MeanGain]
    cohort: MeanGain
    unpaired: tuple[str, ...]  # took one test but not the other


def gain_report(items: Iterable[ItemScore], min_paired: int = MIN_PAIRED) -> GainReport:
    """Gains from the items of finished tests; every item weighs the same within a learner's test."""
    scores: dict[tuple[str, str], list[float]] = {}
    module_scores: dict[tuple[str, str, str], list[float]] = {}
    for it in items:
        scores.setdefault((it.learner_id, it.phase), []).append(it.score)
        module_scores.setdefault((it.learner_id, it.module_id, it.phase), []).append(it.score)
    learners = sorted({lid for lid, _ in scores})
    paired = [lid for lid in learners if (lid, "pre") in scores and (lid, "post") in scores]
    overall = {lid: Gain(percent(scores[(lid, "pre")]), percent(scores[(lid, "post")])) for lid in paired}  # type: ignore[arg-type]
    per_module: dict[tuple[str, str], Gain] = {}
    for lid, mid, phase in sorted(module_scores):
        if phase != "pre" or lid not in overall or (lid, mid, "post") not in module_scores:
            continue
        per_module[(lid, mid)] = Gain(
            percent(module_scores[(lid, mid, "pre")]),  # type: ignore[arg-type]
            percent(module_scores[(lid, mid, "post")]),  # type: ignore[arg-type]
        )
    module_ids = sorted({mid for _, mid in per_module})
    modules = {mid: mean_gain([g for (_, m), g in per_module.items() if m == mid], min_paired) for mid in module_ids}
    return GainReport(
        learners=overall,
        learner_modules=per_module,
        modules=modules,
        cohort=mean_gain(list(overall.values()), min_paired),
        unpaired=tuple(lid for lid in learners if lid not in overall),
    )


# Attitudes -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AttitudeStatement:
    """A misconception put to the learner for agreement, in each language, with where it comes from."""

    __pydantic_config__ = _STRICT
    id: str
    sections: tuple[str, ...]
    en: str
    ru: str
    kk: str
    covers: tuple[str, ...] = ()

    def text_in(self, language: str) -> str:
        return {"ru": self.ru, "kk": self.kk}.get(language, self.en)


@dataclass(frozen=True)
class AttitudeSet:
    __pydantic_config__ = _STRICT
    statements: tuple[AttitudeStatement, ...] = ()


@dataclass(frozen=True)
class AttitudeAnswer:
    learner_id: str
    phase: str
    statement_id: str
    value: int | None  # 1 (strongly disagree) .. 5 (strongly agree); None: skipped


@dataclass(frozen=True)
class Shift:
    """Mean agreement before and after among learners who answered both times, and the shift."""

    n: int
    before: float | None
    after: float | None

    @property
    def shift(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class AttitudeReport:
    statements: dict[str, Shift]
    cohort: Shift  # per learner: the mean of their paired statements; then the mean over learners
    too_few: bool


def attitude_report(
    answers: Iterable[AttitudeAnswer], statement_ids: Sequence[str], min_paired: int = MIN_PAIRED
) -> AttitudeReport:
    """Mean shift per statement and per cohort; a statement skipped in either phase is left out
    for that learner, so a skip never counts as a change of mind."""
    values: dict[tuple[str, str, str], int] = {}
    for a in answers:
        if a.value is not None:
            values[(a.learner_id, a.statement_id, a.phase)] = a.value
    pairs: dict[str, list[tuple[str, int, int]]] = {sid: [] for sid in statement_ids}
    for (lid, sid, phase), before in sorted(values.items()):
        if phase == "pre" and sid in pairs and (after := values.get((lid, sid, "post"))) is not None:
            pairs[sid].append((lid, before, after))
    statements = {
        sid: Shift(
            len(rows),
            statistics.fmean(r[1] for r in rows) if rows else None,
            statistics.fmean(r[2] for r in rows) if rows else None,
        )
        for sid, rows in pairs.items()
    }
    per_learner: dict[str, list[tuple[int, int]]] = {}
    for rows in pairs.values():
        for lid, before, after in rows:
            per_learner.setdefault(lid, []).append((before, after))
    befores = [statistics.fmean(b for b, _ in v) for v in per_learner.values()]
    afters = [statistics.fmean(a for _, a in v) for v in per_learner.values()]
    cohort = Shift(
        len(per_learner),
        statistics.fmean(befores) if befores else None,
        statistics.fmean(afters) if afters else None,
    )
    return AttitudeReport(statements, cohort, len(per_learner) < min_paired)


# Feedback ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScaleSummary:
    """One 1–5 question: how many answered, their mean, and how many gave each value."""

    n: int
    mean: float | None
    counts: dict[int, int] = field(default_factory=dict)


def scale_summary(values: Iterable[int | None]) -> ScaleSummary:
    given = [v for v in values if v is not None]
    counts = {v: given.count(v) for v in LIKERT}
    return ScaleSummary(len(given), statistics.fmean(given) if given else None, counts)


def clean_comment(text: str | None) -> str | None:
    """Free text as kept: stripped, at most MAX_COMMENT characters, None when empty."""
    if text is None:
        return None
    text = text.strip()[:MAX_COMMENT]
    return text or None


def check_rating(name: str, value: int | None) -> int | None:
    """A 1–5 answer or None (skipped); anything else is refused with the question named."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in LIKERT:
        raise ValueError(f"{name}: {value!r} is not a value from 1 to 5")
    return value

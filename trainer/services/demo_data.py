"""A realistic synthetic cohort for demonstrations and benchmarks.

Learners get Kazakh and Russian names in Cyrillic, a role, a region (weighted roughly by
population) and a unit. Each works through the core modules and their role's track over several
months, with an ability that improves on every retake. Whether an answer is right follows a
logistic model of ability against the question's difficulty, so hard questions are missed more
often; a few questions per run are made too easy, too hard or misleading (able learners miss
them more), so item analysis has something to find. Answers are real responses graded by the
same grader the quiz uses, and certificates carry real verification codes.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import permutations

from trainer.content.loader import Catalogue
from trainer.domain import scenario as scenario_walk
from trainer.domain.attempt import plan_attempt
from trainer.domain.certificate import certificate_code
from trainer.domain.grading import InvalidResponse, grade, key_response
from trainer.domain.model import (
    Matching,
    Module,
    MultipleResponse,
    Numeric,
    Ordering,
    Question,
    Scenario,
    SingleChoice,
    TrueFalse,
)
from trainer.domain.regions import ALL_REGIONS
from trainer.storage.bulk import BulkWriter

ROLE_WEIGHTS = {"police": 45, "social_worker": 25, "prosecutor": 15, "judge": 15}
REGION_WEIGHTS = {
    "almaty": 12, "astana": 8, "shymkent": 7, "turkistan": 11, "almaty_region": 8, "jambyl": 6,
    "karaganda": 6, "east_kazakhstan": 4, "aktobe": 5, "kyzylorda": 4, "west_kazakhstan": 4,
    "kostanay": 4, "pavlodar": 4, "mangystau": 4, "atyrau": 4, "akmola": 4, "north_kazakhstan": 3,
    "abai": 3, "jetisu": 4, "ulytau": 1,
}  # fmt: skip
FEMALE = "Айгерім Әсел Гүлнар Дана Жанар Мадина Ольга Наталья Салтанат Динара Камила Айжан Балжан Гүлмира Індира Ләззат".split()
MALE = "Ержан Нұрлан Асқар Дәурен Бауыржан Серік Алексей Дмитрий Тимур Арман Қайрат Мұрат Ғалым Үмбет Сергей Әлихан".split()
SURNAMES = "Сейітов Ахметов Нұрланов Жұмабаев Қасымов Әбенов Оспанов Төлеуов Серікбаев Мұқанов Иванов Петров Смирнов Ким Ли Құдайбергенов Ғабитов Өмірзақов".split()
UNITS = {
    "police": "Отдел полиции №{n}",
    "social_worker": "Центр поддержки семьи №{n}",
    "judge": "Районный суд №{n}",
    "prosecutor": "Прокуратура района №{n}",
}
DIFFICULTY = {"easy": -1.4, "medium": -0.2, "hard": 1.0}
PLANS_PER_MODULE = 12
SPAN_DAYS = 240
CERTIFICATE_SHARE = 0.7


def _female(surname: str) -> str:
    for end, fem in (("ов", "ова"), ("ев", "ева"), ("ин", "ина")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname


@dataclass(frozen=True)
class Variant:
    """One possible answer to a question, graded once in advance."""

    response: str  # JSON
    score: float
    correct: bool


@dataclass
class ItemModel:
    """How learners answer a question: its difficulty, slope and the answers they give."""

    question: Question
    difficulty: float
    slope: float
    key: Variant
    wrong: list[Variant]
    wrong_weights: list[float]


@dataclass(frozen=True)
class DemoReport:
    learners: int
    attempts: int
    responses: int
    certificates: int
    seconds: float


class DemoDataError(Exception):
    """Demo data cannot be written here; the message says why."""


def _variants(q: Question) -> list[object]:
    """Wrong (or partly right) responses a learner might give."""
    if isinstance(q, SingleChoice):
        return [o.id for o in q.options if o.id != q.answer]
    if isinstance(q, MultipleResponse):
        key = list(q.answer)
        others = [o.id for o in q.options if o.id not in key]
        out: list[object] = []
        if len(key) > 1:
            out += [key[:i] + key[i + 1 :] for i in range(len(key))]
        out += [[*key, o] for o in others]
        out += [[o] for o in others]
        return out
    if isinstance(q, TrueFalse):
        return [not q.answer]
    if isinstance(q, Ordering):
        key = list(q.answer)
        out = []
        for i in range(len(key) - 1):
            swapped = key.copy()
            swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
            out.append(swapped)
        out.append(list(reversed(key)))
        return out
    if isinstance(q, Matching):
        premises = list(q.answer)
        out = []
        for a, b in list(permutations(range(len(premises)), 2))[:6]:
            wrong = dict(q.answer)
            wrong[premises[a]], wrong[premises[b]] = q.answer[premises[b]], q.answer[premises[a]]
            out.append(wrong)
        return out
    if isinstance(q, Numeric):
        step = max(1.0, abs(q.answer) * 0.5, q.tolerance * 3)
        return [q.answer + step, q.answer - step, q.answer * 2 + step]
    if isinstance(q, Scenario):
        return [list(p) for p in scenario_walk.all_paths(q, limit=200)]
    return []  # pragma: no cover


def _item_model(q: Question, rng: random.Random, twist: str | None) -> ItemModel:
    key_resp = key_response(q)
    key = Variant(json.dumps(key_resp, ensure_ascii=False), 1.0, True)
    wrong = []
    for resp in _variants(q):
        try:
            g = grade(q, resp)
        except InvalidResponse:
            continue
        if not g.correct:
            wrong.append(Variant(json.dumps(resp, ensure_ascii=False), g.score, False))
    if not wrong:  # nothing wrong to say: everyone is right
        wrong = [key]
    # One distractor attracts most wrong answers, as in real cohorts.
    weights = [rng.uniform(0.2, 1.0) for _ in wrong]
    weights[rng.randrange(len(weights))] += 2.5
    difficulty = DIFFICULTY.get(q.difficulty, 0.0) + rng.gauss(0, 0.4)
    slope = rng.uniform(0.8, 1.8)
    if twist == "easy":
        difficulty = -5.0
    elif twist == "hard":
        difficulty = 3.2
    elif twist == "misleading":
        difficulty, slope = 0.0, -1.2
    return ItemModel(q, difficulty, slope, key, wrong, weights)


class _Ids:
    """Sequential UUID-shaped ids (fast to insert: they arrive in index order)."""

    def __init__(self, rng: random.Random, kind: int) -> None:
        head = rng.getrandbits(64)
        self.prefix = f"{head >> 32:08x}-{(head >> 16) & 0xFFFF:04x}-4{kind:03x}-8{head & 0xFFF:03x}-"
        self.n = 0

    def next(self) -> str:
        self.n += 1
        return f"{self.prefix}{self.n:012x}"


def _iso(t: datetime) -> str:
    return t.isoformat(timespec="seconds")


class DemoDataService:
    """Fill an empty progress database with a synthetic cohort over the catalogue's modules."""

    def __init__(self, writer: BulkWriter, catalogue: Catalogue) -> None:
        self.writer = writer
        self.catalogue = catalogue

    def generate(
        self,
        learners: int,
        seed: int = 1,
        now: datetime | None = None,
        progress: Callable[[int, int], bool] | None = None,
    ) -> DemoReport:
        """Write ``learners`` learners with their attempts, answers and certificates, in one transaction.

        Raises:
            DemoDataError: the database already holds learners, or there are no modules.
        """
        started_at = datetime.now()
        existing = self.writer.count_learners()
        if existing:
            raise DemoDataError(
                f"the database already holds {existing} learners; demo data goes into an empty data folder"
            )
        if not self.catalogue.modules:
            raise DemoDataError("there are no training modules to make demo data for")
        rng = random.Random(seed)
        now = (now or datetime.now(UTC)).replace(microsecond=0)
        origin = now - timedelta(days=SPAN_DAYS)
        models = self._models(rng)
        plans = self._plans()
        learner_ids, attempt_ids, response_ids = _Ids(rng, 1), _Ids(rng, 2), _Ids(rng, 3)
        roles, role_w = list(ROLE_WEIGHTS), list(ROLE_WEIGHTS.values())
        regions = [r for r in ALL_REGIONS if r in REGION_WEIGHTS]
        region_w = [REGION_WEIGHTS[r] for r in regions]
        curricula = {role: self.catalogue.for_role(role) for role in roles}
        counts = [0, 0, 0, 0]
        chunk = 500
        with self.writer.transaction():
            for begin in range(0, learners, chunk):
                rows_l, rows_a, rows_r, rows_c = [], [], [], []
                for _ in range(begin, min(learners, begin + chunk)):
                    self._learner(
                        rng, now, origin, learner_ids, attempt_ids, response_ids, roles, role_w, regions,
                        region_w, curricula, models, plans, rows_l, rows_a, rows_r, rows_c,
                    )  # fmt: skip
                self.writer.learners(rows_l)
                self.writer.attempts(rows_a)
                self.writer.responses(rows_r)
                self.writer.certificates(rows_c)
                for i, n in enumerate((len(rows_l), len(rows_a), len(rows_r), len(rows_c))):
                    counts[i] += n
                if progress is not None and progress(counts[0], learners) is False:
                    raise KeyboardInterrupt("demo data cancelled")
        self.writer.analyse()
        seconds = (datetime.now() - started_at).total_seconds()
        return DemoReport(counts[0], counts[1], counts[2], counts[3], seconds)

    def _models(self, rng: random.Random) -> dict[str, dict[str, ItemModel]]:
        out: dict[str, dict[str, ItemModel]] = {}
        for module in self.catalogue.modules.values():
            questions = list(module.quiz.questions)
            twists: dict[str, str] = {}
            if len(questions) >= 4:
                picks = rng.sample(questions, 3)
                twists = {picks[0].id: "easy", picks[1].id: "hard"}
                if rng.random() < 0.5:
                    twists[picks[2].id] = "misleading"
            out[module.id] = {q.id: _item_model(q, rng, twists.get(q.id)) for q in questions}
        return out

    def _plans(self) -> dict[str, list[tuple[int, str, tuple[str, ...]]]]:
        """A few attempt plans per module (seed, plan JSON, question ids), as the quiz makes them."""
        out = {}
        for module in self.catalogue.modules.values():
            plans = []
            for seed in range(PLANS_PER_MODULE):
                plan = plan_attempt(module.quiz, seed)
                text = json.dumps(
                    {
                        "question_ids": list(plan.question_ids),
                        "option_orders": {k: list(v) for k, v in plan.option_orders.items()},
                    }
                )
                plans.append((seed, text, plan.question_ids))
            out[module.id] = plans
        return out

    def _learner(
        self, rng, now, origin, learner_ids, attempt_ids, response_ids, roles, role_w, regions, region_w,
        curricula, models, plans, rows_l, rows_a, rows_r, rows_c,
    ) -> None:  # fmt: skip
        role = rng.choices(roles, role_w)[0]
        region = rng.choices(regions, region_w)[0]
        female = rng.random() < 0.6
        first = rng.choice(FEMALE if female else MALE)
        surname = rng.choice(SURNAMES)
        name = f"{first} {_female(surname) if female else surname}"
        unit = UNITS[role].format(n=rng.randint(1, 6))
        created = origin + timedelta(days=rng.uniform(0, SPAN_DAYS * 0.6))
        active = rng.random() < 0.92
        lid = learner_ids.next()
        rows_l.append((lid, name, role, region, unit, None, _iso(created), int(active)))
        ability = rng.gauss(-0.3, 1)
        diligence = rng.uniform(0.55, 0.97)
        clock = created + timedelta(hours=rng.uniform(1, 72))
        passed_best: dict[str, tuple[float, str, str, Module]] = {}
        for index, module in enumerate(curricula[role]):
            if index and rng.random() > diligence:
                break
            tries = module.quiz.settings.max_attempts or 3
            theta = ability
            for attempt_no in range(tries):
                clock += timedelta(days=rng.expovariate(1 / 9), minutes=rng.uniform(0, 600))
                if clock >= now:
                    break
                seed, plan_json, qids = rng.choice(plans[module.id])
                aid = attempt_ids.next()
                t = clock
                unfinished = rng.random() < 0.04
                answered = rng.randint(1, len(qids) - 1) if unfinished and len(qids) > 1 else len(qids)
                earned = 0.0
                for qid in qids[:answered]:
                    item = models[module.id][qid]
                    x = item.slope * (theta - item.difficulty)
                    p = 1 / (1 + math.exp(-x)) if x > -30 else 0.0
                    variant = item.key if rng.random() < p else rng.choices(item.wrong, item.wrong_weights)[0]
                    t += timedelta(seconds=rng.randint(15, 110))
                    rows_r.append(
                        (response_ids.next(), aid, qid, variant.response, variant.score, int(variant.correct), _iso(t))
                    )
                    earned += variant.score
                if unfinished:
                    rows_a.append(
                        (aid, lid, module.id, module.meta.version, seed, plan_json, _iso(clock), None, None, None)
                    )
                    break
                score = round(100.0 * earned / len(qids), 2)
                passed = score + 1e-9 >= module.pass_mark
                finished = t + timedelta(seconds=rng.randint(5, 40))
                rows_a.append(
                    (
                        aid,
                        lid,
                        module.id,
                        module.meta.version,
                        seed,
                        plan_json,
                        _iso(clock),
                        _iso(finished),
                        score,
                        int(passed),
                    )
                )
                clock = finished
                if passed:
                    best = passed_best.get(module.id)
                    if best is None or score > best[0]:
                        passed_best[module.id] = (score, aid, _iso(finished), module)
                    if rng.random() < 0.85 or attempt_no == tries - 1:
                        break  # most stop once they pass; some retake for a better score
                theta += rng.uniform(0.2, 0.6)  # learning from the feedback
        self._certificates(rng, lid, role, curricula[role], passed_best, rows_c)

    def _certificates(self, rng, lid, role, curriculum, passed_best, rows_c) -> None:
        for score, aid, finished, module in passed_best.values():
            if rng.random() < CERTIFICATE_SHARE:
                rows_c.append(self._certificate(lid, "module", [(module, aid, score)], round(score, 2), finished))
        if curriculum and all(m.id in passed_best for m in curriculum) and rng.random() < CERTIFICATE_SHARE:
            evidence = [(m, passed_best[m.id][1], passed_best[m.id][0]) for m in curriculum]
            score = round(sum(s for _, _, s in evidence) / len(evidence), 2)
            issued = max(passed_best[m.id][2] for m in curriculum)
            rows_c.append(self._certificate(lid, "track", evidence, score, issued))

    @staticmethod
    def _certificate(lid: str, kind: str, evidence: list, score: float, issued: str) -> tuple:
        module_ids = [m.id for m, _, _ in evidence]
        versions = {m.id: m.meta.version for m, _, _ in evidence}
        attempt_ids = [aid for _, aid, _ in evidence]
        code = certificate_code(lid, kind, module_ids, versions, attempt_ids, score)
        return (
            code, lid, kind, json.dumps(module_ids), json.dumps(versions, sort_keys=True), score, issued,
            json.dumps(attempt_ids),
        )  # fmt: skip

"""Item-quality checks: does a quiz measure decisions, or can it be passed by test-wiseness?

The checks look at the English originals (translations keep the same structure, which the
loader enforces) per module and per learner path (the core modules plus one track), and
compare what they count with the thresholds below. ``python main.py validate --items`` prints
the report; a test holds the bundled modules to it.

Near-duplicate stems are found with a language-independent measure: each stem becomes the set
of its words of four letters or more, cut to their first five letters (a crude stem that
works for English, Russian and Kazakh alike), and two stems whose sets have a Jaccard index of
at least ``duplicate_similarity`` are reported. At 0.6 a pair shares most of its content words,
which in practice means the same question asked twice; rewordings of one idea fall below it.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from trainer.domain import model
from trainer.domain.scenario import best_path


@dataclass(frozen=True)
class Thresholds:
    key_longest_share: float = 0.35
    key_length_ratio: float = 1.25
    best_choice_longest_share: float = 0.35
    duplicate_similarity: float = 0.6
    numeric_share: float = 0.10
    multiple_correct: tuple[float, float] = (0.30, 0.60)
    true_share: tuple[float, float] = (0.40, 0.60)
    decision_share: float = 0.60
    min_good_endings: int = 2


THRESHOLDS = Thresholds()

# Stems that ask what a source says rather than what to do.
_RECALL_STEM = re.compile(
    r"according to (the )?(article|study|research|authors|concept|data)"
    r"|the (article|study|research) (finds|found|says|notes|reports|stresses|describes|names|argues)"
    r"|\bwhich article\b|\bin which year\b|\bwhat percentage\b|\bwhat share\b"
    r"|\bhow many\b.*\b(according|reported|recorded|reviewed|were there)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Problem:
    """One item or one module that misses a threshold."""

    where: str  # "modules/<id>/quiz.yaml:<line>" or a path name
    item: str | None
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.item + ': ' if self.item else ''}{self.message}"


@dataclass
class ScopeReport:
    """The figures for one module or one learner path, and what misses a threshold."""

    name: str
    items: int = 0
    single_choice: int = 0
    key_longest: int = 0
    key_ratio_median: float | None = None
    decision_points: int = 0
    best_choice_longest: int = 0
    non_scenario: int = 0
    numeric: int = 0
    multiple_correct_mean: float | None = None
    true_false: int = 0
    true_count: int = 0
    decision_items: int = 0
    recall_stems: int = 0
    duplicates: list[tuple[str, str, float]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "ok": self.ok,
            "items": self.items,
            "single_choice": self.single_choice,
            "key_longest": self.key_longest,
            "key_ratio_median": self.key_ratio_median,
            "decision_points": self.decision_points,
            "best_choice_longest": self.best_choice_longest,
            "numeric": self.numeric,
            "non_scenario": self.non_scenario,
            "multiple_correct_mean": self.multiple_correct_mean,
            "true_false": self.true_false,
            "true_count": self.true_count,
            "decision_items": self.decision_items,
            "recall_stems": self.recall_stems,
            "duplicates": [list(d) for d in self.duplicates],
            "problems": [str(p) for p in self.problems],
        }

    def line(self) -> str:
        """One line of figures for the text report."""

        def share(a: int, b: int) -> str:
            return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "—"

        ratio = f"{self.key_ratio_median:.2f}" if self.key_ratio_median is not None else "—"
        mr = f"{100 * self.multiple_correct_mean:.0f}%" if self.multiple_correct_mean is not None else "—"
        return (
            f"{self.name}: {self.items} items · key longest {share(self.key_longest, self.single_choice)}"
            f" · key/distractor length {ratio}"
            f" · best choice longest {share(self.best_choice_longest, self.decision_points)}"
            f" · numeric {share(self.numeric, self.non_scenario)} · multiple response correct {mr}"
            f" · true {share(self.true_count, self.true_false)}"
            f" · apply/analyse {share(self.decision_items, self.items)}"
            f" · near-duplicates {len(self.duplicates)}"
        )


@dataclass
class ItemReport:
    modules: list[ScopeReport]
    paths: list[ScopeReport]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in [*self.modules, *self.paths])

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "thresholds": THRESHOLDS.__dict__,
            "modules": [r.as_dict() for r in self.modules],
            "paths": [r.as_dict() for r in self.paths],
        }


def _length(text: str) -> int:
    return len(" ".join(text.split()))


def _stem_words(text: str) -> frozenset[str]:
    return frozenset(w[:5] for w in _WORD.findall(text.lower()) if len(w) >= 4 and not w.isdigit())


def _stem_text(q: model.Question) -> str:
    if isinstance(q, model.Scenario):
        return q.nodes[q.start].text if q.start in q.nodes else q.prompt
    return q.prompt


def similarity(a: str, b: str) -> float:
    """Jaccard index of the two stems' content-word sets (see the module docstring)."""
    wa, wb = _stem_words(a), _stem_words(b)
    if len(wa) < 4 or len(wb) < 4:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def is_recall_stem(prompt: str) -> bool:
    return bool(_RECALL_STEM.search(prompt))


def _best_choices(q: model.Scenario) -> Iterator[tuple[str, int, list[int]]]:
    """Each decision point with two or more choices: node id, best choice index, text lengths."""
    sub_best: dict[str, float] = {}

    def best_from(nid: str) -> float:
        if nid not in sub_best:
            node = q.nodes[nid]
            sub_best[nid] = (
                0.0
                if node.terminal or not node.choices
                else max(sum(c.scores.values()) + best_from(c.next) for c in node.choices)
            )
        return sub_best[nid]

    for nid, node in q.nodes.items():
        if len(node.choices) < 2:
            continue
        totals = [sum(c.scores.values()) + best_from(c.next) for c in node.choices]
        yield nid, totals.index(max(totals)), [_length(c.text) for c in node.choices]


def _strictly_longest(lengths: list[int], index: int) -> bool:
    return all(lengths[index] > n for i, n in enumerate(lengths) if i != index)


class _Locator:
    """file:line of a question id in a module's quiz.yaml, for messages an editor can jump to."""

    def __init__(self, module: model.Module) -> None:
        self.path = Path(module.folder) / "quiz.yaml"
        try:
            self.lines = self.path.read_text(encoding="utf-8").splitlines()
        except OSError:
            self.lines = []
        self.display = f"{Path(module.folder).name}/quiz.yaml"

    def __call__(self, qid: str) -> str:
        for n, text in enumerate(self.lines, 1):
            if re.search(rf"\bid:\s*{re.escape(qid)}\s*$", text):
                return f"{self.display}:{n}"
        return self.display


def _item_problems(q: model.Question, where: str) -> list[Problem]:
    out: list[Problem] = []

    def add(message: str) -> None:
        out.append(Problem(where, q.id, message))

    if q.level is None:
        add("no 'level' (recall, apply or analyse)")
    elif q.level != "recall" and not isinstance(q, model.Scenario) and is_recall_stem(q.prompt):
        add(f"marked {q.level!r} but the stem asks what a source says; rewrite it as a decision or mark it recall")
    if isinstance(q, model.SingleChoice):
        for o in q.options:
            if o.id != q.answer and not (o.feedback or "").strip():
                add(f"wrong option {o.id!r} has no feedback saying why it is wrong")
    elif isinstance(q, model.MultipleResponse):
        for o in q.options:
            if o.id not in q.answer and not (o.feedback or "").strip():
                add(f"wrong option {o.id!r} has no feedback saying why it is wrong")
        share = len(q.answer) / len(q.options) if q.options else 0.0
        lo, hi = THRESHOLDS.multiple_correct
        if not lo - 1e-9 <= share <= hi + 1e-9:
            add(f"{len(q.answer)} of {len(q.options)} options are correct ({100 * share:.0f}%); keep it within {lo:.0%}–{hi:.0%}")
    elif isinstance(q, model.TrueFalse):
        if not (q.feedback_wrong or "").strip():
            add("no 'feedback_wrong' for a learner who gives the wrong value")
    elif isinstance(q, model.Numeric):
        if not q.source.law and not q.source.international:
            add("a numeric item must ask for a number a practitioner uses at work (a deadline, a duration, a "
                "hotline) and cite the law or manual that sets it, never a study statistic")
    elif isinstance(q, model.Scenario):
        for nid, node in q.nodes.items():
            for i, c in enumerate(node.choices):
                if len(node.choices) > 1 and not c.feedback.strip():
                    add(f"choice {i + 1} of node {nid!r} has no feedback")
        endings = [n for n in q.nodes.values() if n.terminal and n.outcome in ("good", "mixed")]
        if len(endings) < THRESHOLDS.min_good_endings:
            add(f"only {len(endings)} ending(s) that are not a failure; give at least {THRESHOLDS.min_good_endings}")
    return out


def _measure(name: str, modules: Iterable[model.Module], locate_items: bool) -> ScopeReport:
    rep = ScopeReport(name)
    ratios: list[float] = []
    mr_shares: list[float] = []
    stems: list[tuple[str, str]] = []
    for m in modules:
        locate = _Locator(m)
        for q in m.quiz.questions:
            rep.items += 1
            if q.level in ("apply", "analyse"):
                rep.decision_items += 1
            if not isinstance(q, model.Scenario) and is_recall_stem(q.prompt):
                rep.recall_stems += 1
            if not isinstance(q, model.Scenario):
                rep.non_scenario += 1
            stems.append((q.id, _stem_text(q)))
            if isinstance(q, model.SingleChoice):
                rep.single_choice += 1
                lengths = {o.id: _length(o.text) for o in q.options}
                others = [n for oid, n in lengths.items() if oid != q.answer]
                if others and lengths.get(q.answer, 0) > max(others):
                    rep.key_longest += 1
                if others:
                    ratios.append(lengths.get(q.answer, 0) / max(1.0, statistics.fmean(others)))
            elif isinstance(q, model.MultipleResponse) and q.options:
                mr_shares.append(len(q.answer) / len(q.options))
            elif isinstance(q, model.TrueFalse):
                rep.true_false += 1
                rep.true_count += int(q.answer)
            elif isinstance(q, model.Numeric):
                rep.numeric += 1
            elif isinstance(q, model.Scenario) and q.start in q.nodes:
                try:
                    best_path(q)
                except (KeyError, RecursionError):  # a broken graph is the loader's to report
                    continue
                for _nid, best, lengths in _best_choices(q):
                    rep.decision_points += 1
                    if _strictly_longest(lengths, best):
                        rep.best_choice_longest += 1
            if locate_items:
                rep.problems.extend(_item_problems(q, locate(q.id)))
    rep.key_ratio_median = round(statistics.median(ratios), 2) if ratios else None
    rep.multiple_correct_mean = round(statistics.fmean(mr_shares), 3) if mr_shares else None
    for i, (qa, sa) in enumerate(stems):
        for qb, sb in stems[i + 1 :]:
            s = similarity(sa, sb)
            if s >= THRESHOLDS.duplicate_similarity:
                rep.duplicates.append((qa, qb, round(s, 2)))
    _scope_problems(rep)
    return rep


def _scope_problems(rep: ScopeReport) -> None:
    t = THRESHOLDS

    def add(message: str) -> None:
        rep.problems.append(Problem(rep.name, None, message))

    if rep.single_choice and rep.key_longest / rep.single_choice > t.key_longest_share + 1e-9:
        add(
            f"the key is strictly the longest option in {rep.key_longest} of {rep.single_choice} single-choice "
            f"items (at most {t.key_longest_share:.0%})"
        )
    if rep.key_ratio_median is not None and rep.key_ratio_median > t.key_length_ratio + 1e-9:
        add(f"median key/mean-distractor length ratio is {rep.key_ratio_median:.2f} (at most {t.key_length_ratio})")
    if rep.decision_points and rep.best_choice_longest / rep.decision_points > t.best_choice_longest_share + 1e-9:
        add(
            f"the best scenario choice is strictly the longest at {rep.best_choice_longest} of "
            f"{rep.decision_points} decision points (at most {t.best_choice_longest_share:.0%})"
        )
    if rep.non_scenario and rep.numeric / rep.non_scenario > t.numeric_share + 1e-9:
        add(f"{rep.numeric} of {rep.non_scenario} non-scenario items are numeric (at most {t.numeric_share:.0%})")
    if rep.true_false:
        lo, hi = t.true_share
        # With few items a share cannot land in the band exactly: round the bounds outwards.
        low, high = int(lo * rep.true_false), -int(-hi * rep.true_false // 1)
        if not low <= rep.true_count <= high:
            add(f"{rep.true_count} of {rep.true_false} true/false items are true (keep {lo:.0%}–{hi:.0%})")
    if rep.items and rep.decision_items / rep.items < t.decision_share - 1e-9:
        add(
            f"only {rep.decision_items} of {rep.items} items are marked apply or analyse "
            f"(at least {t.decision_share:.0%})"
        )
    for a, b, s in rep.duplicates:
        add(f"near-duplicate stems {a} and {b} (similarity {s:.2f}; pairs at {t.duplicate_similarity} or more count)")


def learner_paths(modules: Iterable[model.Module]) -> dict[str, list[model.Module]]:
    """What a learner of each track takes: the core modules, the track, and modules shared with it."""
    mods = list(modules)
    paths: dict[str, list[model.Module]] = {}
    for track in model.TRACKS:
        if track == "core":
            continue
        roles = {r for r, t in model.TRACK_FOR_ROLE.items() if t == track}
        paths[f"path core+{track}"] = [
            m for m in mods if m.meta.track in ("core", track) or roles.intersection(m.meta.roles)
        ]
    return paths


def item_report(modules: Iterable[model.Module]) -> ItemReport:
    mods = list(modules)
    per_module = [_measure(m.id, [m], locate_items=True) for m in mods]
    per_path = [_measure(name, ms, locate_items=False) for name, ms in learner_paths(mods).items()]
    return ItemReport(per_module, per_path)

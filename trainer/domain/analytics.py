"""Pure report arithmetic: states, rates, item statistics, flags and pseudonyms.

The heavy counting happens in SQL (trainer.storage.report_queries); what is left here is the
small arithmetic on its aggregates, kept in one place so tests and exports agree on definitions.
Standard library only.
"""

from __future__ import annotations

import hashlib
import hmac
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

STATES: tuple[str, ...] = ("not_started", "in_progress", "completed", "passed")
FLAGS: tuple[str, ...] = ("too_easy", "too_hard", "negative_discrimination")
TOO_EASY = 0.9
TOO_HARD = 0.2
MIN_RESPONSES_FOR_FLAGS = 5
GROUP_SHARE_PERCENT = 27  # top and bottom groups for the discrimination index
SCORE_BINS = 10


def state_of(attempts: int, finished: int, passed: bool) -> str:
    """A learner's state in a module from the counts of their attempts."""
    if passed:
        return "passed"
    if finished:
        return "completed"
    if attempts:
        return "in_progress"
    return "not_started"


def ratio(part: float, whole: float) -> float | None:
    """``part / whole``, or None when there is nothing to divide by."""
    return part / whole if whole else None


def group_size(attempts: int) -> int:
    """How many attempts form the top (and the bottom) group: 27%, rounded down."""
    return attempts * GROUP_SHARE_PERCENT // 100


@dataclass(frozen=True)
class Group:
    """A top or bottom group of a module's finished attempts, as score buckets: every attempt at the
    ``whole`` scores, and ``take`` of those at ``edge`` (the tie the group's edge runs through)."""

    whole: frozenset[float]
    edge: float | None = None
    take: int = 0


def score_groups(buckets: Iterable[tuple[float, int]]) -> tuple[Group, Group]:
    """The top and bottom 27% of a module's attempts from (attempt score, attempts) buckets.

    Attempts rank by score, best first (ties by id), as the item analysis has always ranked them:
    the top group takes the first ``group_size`` of them and the bottom group the last.
    """
    ordered = sorted(buckets, key=lambda b: -b[0])
    size = group_size(sum(n for _, n in ordered))

    def walk(seq: list[tuple[float, int]]) -> Group:
        whole, left = set(), size
        for score, n in seq:
            if left <= 0:
                break
            if n <= left:
                whole.add(score)
                left -= n
            else:
                return Group(frozenset(whole), score, left)
        return Group(frozenset(whole))

    return walk(ordered), walk(ordered[::-1])


def point_biserial(n: int, sum_c: float, sum_x: float, sum_xx: float, sum_cx: float) -> float | None:
    """Pearson correlation of a 0/1 item with a score, from sums; None when either does not vary."""
    if n < 2:
        return None
    var_c = n * sum_c - sum_c * sum_c
    var_x = n * sum_xx - sum_x * sum_x
    if var_c <= 0 or var_x <= 1e-9:
        return None
    return (n * sum_cx - sum_c * sum_x) / math.sqrt(var_c * var_x)


def discrimination(top_n: int, top_correct: float, bottom_n: int, bottom_correct: float) -> float | None:
    """Facility in the top group minus facility in the bottom group."""
    if not top_n or not bottom_n:
        return None
    return top_correct / top_n - bottom_correct / bottom_n


def flags_for(responses: int, facility: float | None, disc: float | None, r_pb: float | None) -> frozenset[str]:
    """Which warnings a question earns; none until it has MIN_RESPONSES_FOR_FLAGS responses."""
    if responses < MIN_RESPONSES_FOR_FLAGS or facility is None:
        return frozenset()
    out = set()
    if facility > TOO_EASY:
        out.add("too_easy")
    if facility < TOO_HARD:
        out.add("too_hard")
    index = disc if disc is not None else r_pb
    if index is not None and index < 0:
        out.add("negative_discrimination")
    return frozenset(out)


def score_bin(score: float) -> int:
    """The bin (0..9) of a 0..100 score; 100 falls in the last bin."""
    return min(SCORE_BINS - 1, max(0, int(score // 10)))


def median(values: Iterable[float]) -> float | None:
    ordered = sorted(values)
    if not ordered:
        return None
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def pseudonym(secret: bytes, learner_id: str) -> str:
    """A stable stand-in name such as ``Learner 3F2A91BC``; the same learner always gets the same one.

    HMAC-SHA256 with a secret kept in the database, so nobody without the database can turn a
    pseudonym back into a learner by hashing candidate ids.
    """
    return f"Learner {_digest(secret, learner_id)[:8].upper()}"


def pseudonym_of(secret: bytes, kind: str, value: str, length: int = 8) -> str:
    """A stable stand-in for another identifying value (a unit, an attempt id) in anonymised reports.

    ``kind`` is mixed into the HMAC so that a unit and an id with the same text never share a code.
    """
    return _digest(secret, f"{kind}\x00{value}")[:length].upper()


def _digest(secret: bytes, text: str) -> str:
    return hmac.new(secret, text.encode("utf-8"), hashlib.sha256).hexdigest()


# Spreadsheet programs run a cell that starts with one of these as a formula (OWASP: CSV injection).
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers pass as they are.

    The apostrophe is OWASP's advice for CSV cells: Excel and LibreOffice then show the text as
    typed instead of evaluating it.
    """
    if isinstance(value, str) and value.startswith(FORMULA_LEADS):
        return "'" + value
    return value


@dataclass(frozen=True)
class ReportFilter:
    """Which learners and attempts a report covers; empty tuples and None mean "all".

    Learners are chosen by role, region, unit and active state; ``module_ids`` chooses the modules;
    ``since`` and ``until`` (inclusive) keep only attempts started on those days.
    """

    roles: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    unit: str | None = None
    module_ids: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    active: bool | None = None
    cohort_id: str | None = None  # only the members of this cohort (trainer.storage.cohorts)
    cohort_name: str = ""  # the cohort's name, for report headers

    def describe(self) -> list[tuple[str, str]]:
        """(what, value) pairs in plain English codes, for the header of every report."""
        out = [
            ("Roles", ", ".join(self.roles) or "all"),
            ("Regions", ", ".join(self.regions) or "all"),
            ("Unit", self.unit or "all"),
            ("Modules", ", ".join(self.module_ids) or "all"),
            ("Attempts from", self.since.isoformat() if self.since else "the first"),
            ("Attempts until", self.until.isoformat() if self.until else "the last"),
            ("Learners", {None: "active and inactive", True: "active only", False: "inactive only"}[self.active]),
        ]
        if self.cohort_id is not None:
            out.insert(0, ("Cohort", self.cohort_name or self.cohort_id))
        return out

"""Cohorts (training groups), their assigned modules with due dates, and each member's standing.

Plain data and rules only: storage reads and writes the rows, the UI turns the status codes into
words. A member's status looks only at the cohort's assignments: a module counts as done once the
member has passed it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

STATUSES: tuple[str, ...] = ("done", "on_track", "at_risk", "overdue")
"""``done``: every assigned module passed. ``overdue``: an assigned module not passed after its due
day. ``at_risk``: work left and no activity for the at-risk number of days. ``on_track``: otherwise."""

DEFAULT_AT_RISK_DAYS = 7
AT_RISK_SETTING = "cohort_at_risk_days"
MAX_NAME = 120
FILE_SUFFIX = ".qcohort"  # the signed cohort file a trainer exports for laptops
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2100, 12, 31)  # due days and cohort dates outside are typing mistakes
MAX_TRAINERS = 300


class CohortError(ValueError):
    """A cohort that cannot be saved as given: ``field`` and a ``code`` the UI words."""

    def __init__(self, field: str, code: str, detail: str = "") -> None:
        self.field, self.code = field, code
        super().__init__(f"{field}: {code}" + (f" ({detail})" if detail else ""))


@dataclass(frozen=True)
class Cohort:
    id: str
    name: str
    trainers: str
    starts: date | None
    ends: date | None
    created: str
    source_key: str | None = None  # the signing trainer's public key, for a cohort imported from a file
    exported: str | None = None  # when that file was exported

    @property
    def imported(self) -> bool:
        return self.source_key is not None


@dataclass(frozen=True)
class Assignment:
    module_id: str
    due: date


@dataclass(frozen=True)
class Member:
    learner_id: str
    name: str
    role: str
    region: str
    unit: str
    active: bool
    added: str


@dataclass(frozen=True)
class ModuleProgress:
    """One member's attempts at one module (attempts of merged profiles included)."""

    module_id: str
    attempts: int
    finished: int
    passed: bool
    best_score: float | None


@dataclass(frozen=True)
class MemberStanding:
    member: Member
    status: str  # one of STATUSES
    done: int  # assigned modules passed
    assigned: int
    overdue_modules: tuple[str, ...]
    last_activity: str | None  # ISO timestamp of the latest lesson, attempt or answer
    progress: dict[str, ModuleProgress]


@dataclass(frozen=True)
class LearnerAssignment:
    """What a learner's home shows: a module a trainer assigned, when it is due, and whether it is late."""

    cohort_id: str
    cohort_name: str
    module_id: str
    due: date
    passed: bool

    def overdue(self, today: date) -> bool:
        return not self.passed and today > self.due


def check_cohort(name: str, trainers: str, starts: date | None, ends: date | None) -> tuple[str, str]:
    """The name and trainers as stored (trimmed); CohortError when something cannot be saved."""
    name, trainers = name.strip(), trainers.strip()
    if not name:
        raise CohortError("name", "empty")
    if len(name) > MAX_NAME:
        raise CohortError("name", "too_long", f"at most {MAX_NAME} characters")
    if len(trainers) > MAX_TRAINERS:
        raise CohortError("trainers", "too_long", f"at most {MAX_TRAINERS} characters")
    for what, day in (("starts", starts), ("ends", ends)):
        if day is not None and not FIRST_DAY <= day <= LAST_DAY:
            raise CohortError(what, "out_of_range", day.isoformat())
    if starts is not None and ends is not None and ends < starts:
        raise CohortError("ends", "before_start")
    return name, trainers


def day_of(value: str | None) -> date | None:
    """The calendar day of an ISO date or timestamp; None for None or text that is not one."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def member_status(
    assignments: Iterable[Assignment],
    passed: Iterable[str],
    last_activity: str | None,
    since: date,
    today: date,
    at_risk_days: int = DEFAULT_AT_RISK_DAYS,
) -> str:
    """One member's status (see STATUSES).

    Args:
        since: when the member's clock starts if they have never been active (the later of the
            day they joined and the cohort's start), so a new member is not at risk on day one.
    """
    passed_set = set(passed)
    pending = [a for a in assignments if a.module_id not in passed_set]
    if not pending:
        return "done"
    if any(today > a.due for a in pending):
        return "overdue"
    reference = day_of(last_activity) or since
    if (today - reference).days >= at_risk_days:
        return "at_risk"
    return "on_track"


def standing(
    member: Member,
    assignments: list[Assignment],
    progress: dict[str, ModuleProgress],
    last_activity: str | None,
    cohort_starts: date | None,
    today: date,
    at_risk_days: int = DEFAULT_AT_RISK_DAYS,
) -> MemberStanding:
    """A member's status with the counts behind it."""
    passed = {m for m, p in progress.items() if p.passed}
    joined = day_of(member.added) or today
    since = max(joined, cohort_starts) if cohort_starts else joined
    status = member_status(assignments, passed, last_activity, min(since, today), today, at_risk_days)
    return MemberStanding(
        member=member,
        status=status,
        done=sum(1 for a in assignments if a.module_id in passed),
        assigned=len(assignments),
        overdue_modules=tuple(a.module_id for a in assignments if a.module_id not in passed and today > a.due),
        last_activity=last_activity,
        progress=progress,
    )


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

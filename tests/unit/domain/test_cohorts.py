"""A cohort member's standing: done, overdue, at risk (no activity for N days) or on track."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.domain.cohorts import (
    Assignment,
    CohortError,
    Member,
    ModuleProgress,
    check_cohort,
    member_status,
    standing,
)

TODAY = date(2026, 3, 20)
A = Assignment("m1", date(2026, 3, 12))
B = Assignment("m2", date(2026, 3, 30))


@pytest.mark.parametrize(
    ("passed", "last", "expected"),
    [
        ({"m1", "m2"}, None, "done"),
        ({"m2"}, "2026-03-19T10:00:00+00:00", "overdue"),  # m1 was due on the 12th
        ({"m1"}, "2026-03-19T10:00:00+00:00", "on_track"),
        ({"m1"}, "2026-03-13T10:00:00+00:00", "at_risk"),  # 7 days without activity
        ({"m1"}, "2026-03-14T10:00:00+00:00", "on_track"),  # 6 days
    ],
)
def test_status_follows_due_days_and_activity(passed, last, expected):
    assert member_status([A, B], passed, last, since=date(2026, 3, 1), today=TODAY) == expected


def test_the_due_day_itself_is_not_late():
    assert member_status([A], set(), "2026-03-12", since=date(2026, 3, 1), today=date(2026, 3, 12)) == "on_track"
    assert member_status([A], set(), "2026-03-12", since=date(2026, 3, 1), today=date(2026, 3, 13)) == "overdue"


def test_a_member_never_active_is_at_risk_only_after_n_days_from_joining():
    assert member_status([B], set(), None, since=date(2026, 3, 15), today=TODAY, at_risk_days=7) == "on_track"
    assert member_status([B], set(), None, since=date(2026, 3, 13), today=TODAY, at_risk_days=7) == "at_risk"
    assert member_status([B], set(), None, since=date(2026, 3, 13), today=TODAY, at_risk_days=10) == "on_track"


def test_nothing_assigned_is_done():
    assert member_status([], set(), None, since=TODAY, today=TODAY) == "done"


def test_standing_counts_passed_and_overdue_modules():
    member = Member("l1", "Saule", "police", "astana", "", True, "2026-03-01T09:00:00+00:00")
    progress = {"m2": ModuleProgress("m2", 2, 2, True, 90.0), "m1": ModuleProgress("m1", 1, 1, False, 40.0)}
    s = standing(member, [A, B], progress, "2026-03-19T10:00:00+00:00", date(2026, 3, 2), TODAY)
    assert (s.status, s.done, s.assigned, s.overdue_modules) == ("overdue", 1, 2, ("m1",))


def test_a_cohort_needs_a_name_and_dates_in_order():
    assert check_cohort("  March group ", " A. B ", None, None) == ("March group", "A. B")
    with pytest.raises(CohortError) as empty:
        check_cohort("  ", "", None, None)
    assert (empty.value.field, empty.value.code) == ("name", "empty")
    with pytest.raises(CohortError) as order:
        check_cohort("X", "", date(2026, 3, 2), date(2026, 3, 1))
    assert (order.value.field, order.value.code) == ("ends", "before_start")
    with pytest.raises(CohortError):
        check_cohort("X", "", date(1900, 1, 1), None)

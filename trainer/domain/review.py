"""Spaced review of questions a learner got wrong: back after 1, 3, 7 and 21 days.

A wrong answer puts a question back at the start of the ladder; a right one moves it up a
step; after the last step it leaves the review queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

INTERVALS_DAYS: tuple[int, ...] = (1, 3, 7, 21)


@dataclass(frozen=True)
class ReviewState:
    stage: int  # index into INTERVALS_DAYS; len(INTERVALS_DAYS) means retired
    due: datetime | None  # None once retired

    @property
    def retired(self) -> bool:
        return self.due is None


def after_answer(previous: ReviewState | None, correct: bool, now: datetime) -> ReviewState | None:
    """The next state of a question after it was answered; None if it never needs review."""
    if previous is None:
        if correct:
            return None
        return ReviewState(0, now + timedelta(days=INTERVALS_DAYS[0]))
    if not correct:
        return ReviewState(0, now + timedelta(days=INTERVALS_DAYS[0]))
    stage = previous.stage + 1
    if stage >= len(INTERVALS_DAYS):
        return ReviewState(stage, None)
    return ReviewState(stage, now + timedelta(days=INTERVALS_DAYS[stage]))

"""Spaced review: wrong answers come back after 1, 3, 7 and 21 days."""

from datetime import datetime, timedelta

from trainer.domain.review import after_answer

NOW = datetime(2026, 1, 1)


def test_a_right_first_answer_needs_no_review():
    assert after_answer(None, True, NOW) is None


def test_ladder_moves_up_on_right_and_back_to_start_on_wrong():
    s = after_answer(None, False, NOW)
    assert s.stage == 0 and s.due == NOW + timedelta(days=1)
    s = after_answer(s, True, NOW)
    assert s.stage == 1 and s.due == NOW + timedelta(days=3)
    s = after_answer(s, True, NOW)
    assert s.due == NOW + timedelta(days=7)
    s = after_answer(s, True, NOW)
    assert s.due == NOW + timedelta(days=21)
    wrong = after_answer(s, False, NOW)
    assert wrong.stage == 0 and wrong.due == NOW + timedelta(days=1)
    assert after_answer(s, True, NOW).retired

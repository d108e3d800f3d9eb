"""Learner PINs back off like the trainer password: wrong tries lock, the lock survives a restart."""

from __future__ import annotations

import pytest

from trainer.services.learners import LearnerService
from trainer.services.pins import FIRST_DELAY, FREE_TRIES, MAX_DELAY, PinGuard, lock_delay
from trainer.storage.database import open_database
from trainer.storage.pin_lockout import PinLockoutStore
from trainer.storage.store import ProgressStore


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 2_000_000.0

    def __call__(self) -> float:
        return self.now


def open_service(path, clock: Clock) -> LearnerService:
    """A fresh service on the database file, as after restarting the app."""
    store = ProgressStore(open_database(path))
    return LearnerService(store, PinGuard(PinLockoutStore(store.db), clock=clock))


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_wrong_pins_lock_the_profile_and_the_lock_survives_a_restart(tmp_path, clock):
    path = tmp_path / "progress.db"
    service = open_service(path, clock)
    dana = service.create("Dana", "judge", "astana", pin="2468")
    for left in range(FREE_TRIES - 1, 0, -1):
        result = service.unlock(dana, "1111")
        assert not result and not result.locked and result.tries_left == left
    result = service.unlock(dana, "1111")
    assert result.locked and result.wait == FIRST_DELAY
    assert not service.unlock(dana, "2468"), "the right PIN is not even checked while locked"
    service.store.close()

    clock.now += 10
    restarted = open_service(path, clock)
    dana = restarted.store.learner(dana.id)
    assert restarted.pin_wait(dana) == pytest.approx(FIRST_DELAY - 10)
    refused = restarted.unlock(dana, "2468")
    assert not refused and refused.locked and refused.wait == pytest.approx(FIRST_DELAY - 10)

    clock.now += FIRST_DELAY
    assert restarted.pin_wait(dana) == 0
    assert restarted.unlock(dana, "2468")
    # The right PIN resets the count: the next wrong one leaves all free tries again but one.
    again = restarted.unlock(dana, "1111")
    assert not again.locked and again.tries_left == FREE_TRIES - 1
    restarted.store.close()


def test_each_further_wrong_pin_doubles_the_wait_up_to_an_hour(tmp_path, clock):
    service = open_service(tmp_path / "p.db", clock)
    aruzhan = service.create("Aruzhan", "police", "astana", pin="1357")
    waits = []
    for _ in range(FREE_TRIES + 2):
        result = service.unlock(aruzhan, "0000")
        if result.locked:
            waits.append(result.wait)
            clock.now += result.wait
    assert waits == [FIRST_DELAY, 2 * FIRST_DELAY, 4 * FIRST_DELAY]
    assert lock_delay(FREE_TRIES + 20) == MAX_DELAY
    service.store.close()


def test_one_learners_wrong_pins_do_not_lock_another(tmp_path, clock):
    service = open_service(tmp_path / "p.db", clock)
    dana = service.create("Dana", "judge", "astana", pin="2468")
    marat = service.create("Marat", "prosecutor", "almaty", pin="1234")
    for _ in range(FREE_TRIES):
        service.unlock(dana, "0000")
    assert service.pin_wait(dana) > 0 and service.pin_wait(marat) == 0
    assert service.unlock(marat, "1234")
    service.store.close()


def test_a_clock_turned_back_does_not_lock_for_ever(tmp_path, clock):
    service = open_service(tmp_path / "p.db", clock)
    dana = service.create("Dana", "judge", "astana", pin="2468")
    for _ in range(FREE_TRIES):
        service.unlock(dana, "0000")
    clock.now -= 10 * 24 * 3600
    assert service.pin_wait(dana) == FIRST_DELAY
    service.store.close()


def test_a_profile_without_a_pin_always_opens(store):
    service = LearnerService(store)
    saule = service.create("Saule", "social_worker", "kostanay")
    assert service.unlock(saule, "") and service.pin_wait(saule) == 0


def test_a_trainers_pin_reset_ends_the_wait(tmp_path):
    """A learner locked out after wrong PINs can sign in at once with the PIN the trainer sets."""
    from tests.conftest import SAMPLE_MODULES
    from trainer.services.context import AppContext

    ctx = AppContext.open(tmp_path / "data", SAMPLE_MODULES)
    try:
        learner = ctx.learners.create("Aigerim", "police", "astana", "", pin="1234")
        for _ in range(4):
            ctx.learners.unlock(learner, "9999")
        assert ctx.learners.pin_wait(learner) > 0
        ctx.learner_admin.reset_pin(learner.id, "5678")
        fresh = ctx.store.learner(learner.id)
        assert ctx.learners.pin_wait(fresh) == 0 and ctx.learners.unlock(fresh, "5678")
    finally:
        ctx.close()

"""Trainer password: set on first use, checked, locked after five wrong tries, changed, reset."""

from __future__ import annotations

import pytest

from trainer.services.trainer_auth import (
    FAILURES_KEY,
    LOCKED_UNTIL_KEY,
    PASSWORD_KEY,
    TrainerAuth,
    TrainerAuthError,
    lock_delay,
    reset,
)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def auth(store, clock) -> TrainerAuth:
    # Small scrypt parameters keep the tests fast; the stored hash records them.
    return TrainerAuth(store, clock=clock, n=2**10)


def test_first_password_is_set_once_and_checked(auth, store):
    """The password is set on first use and afterwards only the right one opens trainer mode."""
    assert not auth.has_password()
    with pytest.raises(TrainerAuthError) as err:
        auth.check("anything at all")
    assert err.value.code == "no_password"
    auth.set_first_password("correct horse")
    assert auth.has_password()
    assert auth.check("correct horse").ok
    assert not auth.check("wrong horse!").ok
    with pytest.raises(TrainerAuthError) as err:
        auth.set_first_password("another password")
    assert err.value.code == "already_set"


def test_password_is_stored_as_a_salted_scrypt_hash(auth, store):
    """The settings table holds the scheme, parameters, salt and hash, never the password."""
    import base64

    auth.set_first_password("correct horse")
    stored = store.setting(PASSWORD_KEY)
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "1024", "8", "1")
    assert len(base64.b64decode(salt)) == 16 and len(base64.b64decode(digest)) == 32
    assert "correct horse" not in stored
    auth.change_password("correct horse", "correct horse")
    assert store.setting(PASSWORD_KEY).split("$")[4] != salt  # a fresh salt each time


def test_short_passwords_are_refused(auth):
    with pytest.raises(TrainerAuthError) as err:
        auth.set_first_password("short")
    assert err.value.code == "too_short"
    assert not auth.has_password()


def test_five_wrong_tries_lock_for_increasing_delays(auth, clock):
    """Four wrong tries only count down; the fifth locks for 30 s, the next for 60 s, then 2 min."""
    auth.set_first_password("correct horse")
    for left in (4, 3, 2, 1):
        result = auth.check("nope nope")
        assert not result.ok and not result.locked and result.tries_left == left
    result = auth.check("nope nope")
    assert result.locked and result.wait == 30
    # While locked even the right password is not checked.
    assert not auth.check("correct horse").ok
    clock.now += 29
    assert auth.wait_seconds() == pytest.approx(1)
    clock.now += 1
    assert auth.wait_seconds() == 0
    result = auth.check("still wrong")
    assert result.locked and result.wait == 60
    clock.now += 60
    assert auth.check("wrong again").wait == 120
    clock.now += 120
    assert auth.check("correct horse").ok
    assert auth.failures() == 0 and auth.wait_seconds() == 0


def test_lock_survives_a_restart(store, clock):
    """The count and the lock are in the database, so a new TrainerAuth (a restarted app) keeps them."""
    TrainerAuth(store, clock=clock, n=2**10).set_first_password("correct horse")
    for _ in range(5):
        TrainerAuth(store, clock=clock, n=2**10).check("wrong password")
    restarted = TrainerAuth(store, clock=clock, n=2**10)
    assert restarted.wait_seconds() == 30
    assert not restarted.check("correct horse").ok


def test_clock_turned_back_does_not_lock_for_ever(auth, clock, store):
    auth.set_first_password("correct horse")
    for _ in range(5):
        auth.check("wrong password")
    clock.now -= 10 * 365 * 86400
    assert auth.wait_seconds() == 30


def test_lock_delays_double_up_to_an_hour():
    assert [lock_delay(n) for n in (0, 4, 5, 6, 7, 8)] == [0, 0, 30, 60, 120, 240]
    assert lock_delay(40) == 3600


def test_change_password_needs_the_old_one(auth):
    auth.set_first_password("correct horse")
    with pytest.raises(TrainerAuthError) as err:
        auth.change_password("not the password", "battery staple")
    assert err.value.code == "wrong"
    with pytest.raises(TrainerAuthError) as err:
        auth.change_password("correct horse", "short")
    assert err.value.code == "too_short"
    auth.change_password("correct horse", "battery staple")
    assert auth.check("battery staple").ok
    assert not auth.check("correct horse").ok


def test_reset_removes_only_the_trainer_settings(auth, store):
    """Reset forgets password, count and lock; learners and other settings stay."""
    learner = store.create_learner("Айгерим", "police", "pavlodar")
    store.set_setting("theme", "high_contrast")
    auth.set_first_password("correct horse")
    auth.check("wrong password")
    assert reset(store) == 3
    assert not auth.has_password()
    assert store.setting(FAILURES_KEY) is None and store.setting(LOCKED_UNTIL_KEY) is None
    assert store.setting("theme") == "high_contrast"
    assert store.learner(learner.id).name == "Айгерим"

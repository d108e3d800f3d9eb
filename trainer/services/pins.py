"""Learner PINs, hashed with scrypt so a copied database does not reveal them.

A PIN has only 10,000 to a million values, so wrong tries back off the way trainer passwords
do (trainer.services.trainer_auth): three wrong PINs in a row lock the profile for 30 s, and
every further wrong PIN doubles the wait, up to an hour. The count and the end of the wait are
kept in the database (trainer.storage.pin_lockout), so restarting the app does not reset them.
"""

from __future__ import annotations

import base64
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.storage.pin_lockout import PinLockoutStore

_PIN_RE = re.compile(r"^\d{4,6}$")
_N, _R, _P = 2**14, 8, 1

FREE_TRIES = 3
FIRST_DELAY = 30.0
MAX_DELAY = 3600.0


def valid_pin(pin: str) -> bool:
    return bool(_PIN_RE.match(pin))


def hash_pin(pin: str) -> str:
    if not valid_pin(pin):
        raise ValueError("a PIN has 4 to 6 digits")
    import hashlib  # here: a start-up that checks no PIN loads no hash library (OpenSSL, 3 MiB)

    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def check_pin(pin: str, stored: str) -> bool:
    import hashlib
    import hmac

    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(pin.encode(), salt=base64.b64decode(salt_b64), n=int(n), r=int(r), p=int(p), dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


def lock_delay(failures: int) -> float:
    """Seconds of lock after ``failures`` wrong PINs in a row: 0 below three, then 30 s doubling, at most an hour."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY, FIRST_DELAY * 2 ** (failures - FREE_TRIES))


@dataclass(frozen=True)
class PinCheck:
    """What a PIN check found; true when the PIN was right. ``wait``: seconds before the next try."""

    ok: bool
    locked: bool = False
    wait: float = 0.0
    tries_left: int = FREE_TRIES

    def __bool__(self) -> bool:
        return self.ok


class PinGuard:
    """Check learner PINs, counting wrong ones per learner and refusing to check while locked."""

    def __init__(self, store: PinLockoutStore, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self._clock = clock

    def wait_seconds(self, learner_id: str) -> float:
        """Seconds until this learner's PIN will be checked again (0 when not locked).

        A lock ending further ahead than its own delay means the clock was turned back; it is
        cut to that delay instead of locking for ever.
        """
        failures, until = self.store.state(learner_id)
        remaining = until - self._clock()
        if remaining <= 0:
            return 0.0
        longest = lock_delay(failures) or FIRST_DELAY
        if remaining > longest:
            remaining = longest
            self.store.record(learner_id, failures, self._clock() + remaining)
        return remaining

    def check(self, learner_id: str, pin: str, stored: str) -> PinCheck:
        """Check ``pin`` against ``stored``; while locked nothing is checked at all."""
        wait = self.wait_seconds(learner_id)
        if wait > 0:
            return PinCheck(ok=False, locked=True, wait=wait, tries_left=0)
        if check_pin(pin, stored):
            self.store.clear(learner_id)
            return PinCheck(ok=True)
        failures = self.store.state(learner_id)[0] + 1
        delay = lock_delay(failures)
        self.store.record(learner_id, failures, self._clock() + delay if delay else 0.0)
        if delay:
            return PinCheck(ok=False, locked=True, wait=delay, tries_left=0)
        return PinCheck(ok=False, tries_left=FREE_TRIES - failures)

    def clear(self, learner_id: str) -> None:
        """Forget the wrong tries, as when a trainer gives the learner a new PIN."""
        self.store.clear(learner_id)

"""Trainer mode: one password, set on first use, that guards the trainer workspace.

The password is hashed with scrypt (memory-hard, so a copied database resists guessing on GPUs)
and kept in the settings table together with its parameters and salt. Five wrong passwords in a
row lock trainer mode for 30 s; every further wrong password doubles the delay (60 s, 2 min, ...
up to an hour). The count and the end of the lock are stored too, so restarting the app does not
reset them. An administrator who can reach the data folder clears all of this with
``python main.py reset-trainer-password`` (see ``reset``), which leaves learners' data alone.
"""

from __future__ import annotations

import base64
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from trainer.storage.store import ProgressStore

PASSWORD_KEY = "trainer_password"
FAILURES_KEY = "trainer_failures"
LOCKED_UNTIL_KEY = "trainer_locked_until"
SETTINGS_KEYS: tuple[str, ...] = (PASSWORD_KEY, FAILURES_KEY, LOCKED_UNTIL_KEY)

MIN_LENGTH = 8
FREE_TRIES = 5
FIRST_DELAY = 30.0
MAX_DELAY = 3600.0
# n=2**15, r=8: 32 MiB of memory per check, about a tenth of a second on a laptop.
DEFAULT_N, DEFAULT_R, DEFAULT_P = 2**15, 8, 1
_DKLEN = 32


class TrainerAuthError(ValueError):
    """A request that cannot be done; ``code`` names why for the UI to put into words.

    Codes: ``too_short``, ``already_set``, ``no_password``, ``wrong``, ``locked``.
    """

    def __init__(self, code: str, wait: float = 0.0) -> None:
        super().__init__(code)
        self.code = code
        self.wait = wait


@dataclass(frozen=True)
class CheckResult:
    """What a password check found. ``wait`` is the seconds before the next try is accepted."""

    ok: bool
    locked: bool = False
    wait: float = 0.0
    tries_left: int = FREE_TRIES


def lock_delay(failures: int) -> float:
    """Seconds of lock after ``failures`` wrong tries in a row: 0 below five, then 30 s doubling."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY, FIRST_DELAY * 2 ** (failures - FREE_TRIES))


def _hash(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib  # here: a start-up that checks no password loads no hash library (OpenSSL, 3 MiB)

    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=_DKLEN, maxmem=256 * r * n + 2**20)


class TrainerAuth:
    """Set, check and change the trainer password; count wrong tries and lock after five."""

    def __init__(
        self,
        store: ProgressStore,
        clock: Callable[[], float] = time.time,
        n: int = DEFAULT_N,
        r: int = DEFAULT_R,
        p: int = DEFAULT_P,
    ) -> None:
        self.store = store
        self._clock = clock
        self._params = (n, r, p)

    # State ------------------------------------------------------------------
    def has_password(self) -> bool:
        return bool(self.store.setting(PASSWORD_KEY))

    def failures(self) -> int:
        try:
            return int(self.store.setting(FAILURES_KEY, "0") or 0)
        except ValueError:
            return 0

    def wait_seconds(self) -> float:
        """Seconds until a password will be checked again (0 when not locked).

        A lock ending further ahead than its own delay means the clock was turned back; it is
        cut to that delay instead of locking for ever.
        """
        try:
            until = float(self.store.setting(LOCKED_UNTIL_KEY, "0") or 0)
        except ValueError:
            until = 0.0
        remaining = until - self._clock()
        if remaining <= 0:
            return 0.0
        longest = lock_delay(self.failures()) or FIRST_DELAY
        if remaining > longest:
            remaining = longest
            self.store.set_setting(LOCKED_UNTIL_KEY, repr(self._clock() + remaining))
        return remaining

    # Setting ----------------------------------------------------------------
    @staticmethod
    def acceptable(password: str) -> bool:
        return len(password) >= MIN_LENGTH and bool(password.strip())

    def set_first_password(self, password: str) -> None:
        """Set the password when there is none yet.

        Raises:
            TrainerAuthError: ``already_set`` or ``too_short``.
        """
        if self.has_password():
            raise TrainerAuthError("already_set")
        self._store_password(password)

    def change_password(self, old: str, new: str) -> None:
        """Replace the password; the old one must be right (wrong ones count toward the lock).

        Raises:
            TrainerAuthError: ``too_short``, ``no_password``, ``wrong`` or ``locked``.
        """
        if not self.acceptable(new):
            raise TrainerAuthError("too_short")
        result = self.check(old)
        if not result.ok:
            raise TrainerAuthError("locked" if result.locked else "wrong", result.wait)
        self._store_password(new)

    def _store_password(self, password: str) -> None:
        if not self.acceptable(password):
            raise TrainerAuthError("too_short")
        n, r, p = self._params
        salt = os.urandom(16)
        digest = _hash(password, salt, n, r, p)
        b64 = base64.b64encode
        self.store.set_setting(PASSWORD_KEY, f"scrypt${n}${r}${p}${b64(salt).decode()}${b64(digest).decode()}")
        self._clear_failures()

    # Checking ---------------------------------------------------------------
    def check(self, password: str) -> CheckResult:
        """Check ``password``, counting a wrong one; while locked nothing is checked at all.

        Raises:
            TrainerAuthError: ``no_password`` when none has been set yet.
        """
        stored = self.store.setting(PASSWORD_KEY)
        if not stored:
            raise TrainerAuthError("no_password")
        wait = self.wait_seconds()
        if wait > 0:
            return CheckResult(ok=False, locked=True, wait=wait, tries_left=0)
        if self._matches(password, stored):
            self._clear_failures()
            return CheckResult(ok=True)
        failures = self.failures() + 1
        self.store.set_setting(FAILURES_KEY, str(failures))
        delay = lock_delay(failures)
        if delay:
            self.store.set_setting(LOCKED_UNTIL_KEY, repr(self._clock() + delay))
            return CheckResult(ok=False, locked=True, wait=delay, tries_left=0)
        return CheckResult(ok=False, tries_left=FREE_TRIES - failures)

    @staticmethod
    def _matches(password: str, stored: str) -> bool:
        try:
            scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
            if scheme != "scrypt":
                return False
            digest = _hash(password, base64.b64decode(salt_b64), int(n), int(r), int(p))
        except (ValueError, TypeError):
            return False
        import hmac

        return hmac.compare_digest(digest, base64.b64decode(digest_b64))

    def _clear_failures(self) -> None:
        self.store.set_setting(FAILURES_KEY, "0")
        self.store.set_setting(LOCKED_UNTIL_KEY, "0")


def reset(store: ProgressStore) -> int:
    """Forget the trainer password, the wrong-try count and the lock; nothing else is touched.

    The next time trainer mode is opened it asks for a new password. Returns the rows removed.
    """
    from trainer.storage.settings_admin import delete_settings

    return delete_settings(store.db, SETTINGS_KEYS)

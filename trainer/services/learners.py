"""Creating, checking and editing learner profiles."""

from __future__ import annotations

from trainer.domain.limits import NAME_MAX, UNIT_MAX
from trainer.domain.model import ROLES
from trainer.domain.records import Learner
from trainer.domain.regions import ALL_REGIONS
from trainer.services.pins import PinCheck, PinGuard, hash_pin, valid_pin
from trainer.storage.pin_lockout import PinLockoutStore
from trainer.storage.store import ProgressStore


class ProfileError(ValueError):
    """A profile field that cannot be accepted; ``field`` names it for the form."""

    def __init__(self, field: str, code: str) -> None:
        super().__init__(f"{field}: {code}")
        self.field, self.code = field, code


class LearnerService:
    def __init__(self, store: ProgressStore, pins: PinGuard | None = None) -> None:
        self.store = store
        self.pins = pins if pins is not None else PinGuard(PinLockoutStore(store.db))

    def _check(self, name: str, role: str, region: str, pin: str | None, unit: str = "") -> None:
        if not name.strip():
            raise ProfileError("name", "empty")
        if len(name.strip()) > NAME_MAX:
            raise ProfileError("name", "too_long")  # bundles refuse longer names: see docs/sync.md
        if len(unit.strip()) > UNIT_MAX:
            raise ProfileError("unit", "too_long")
        if role not in ROLES:
            raise ProfileError("role", "unknown")
        if region not in ALL_REGIONS:
            raise ProfileError("region", "unknown")
        if pin and not valid_pin(pin):
            raise ProfileError("pin", "format")

    def create(self, name: str, role: str, region: str, unit: str = "", pin: str | None = None) -> Learner:
        self._check(name, role, region, pin, unit)
        return self.store.create_learner(name.strip(), role, region, unit.strip(), hash_pin(pin) if pin else None)

    def edit(
        self, learner_id: str, name: str, role: str, region: str, unit: str, pin: str | None, clear_pin: bool = False
    ) -> Learner:
        """Change a profile; ``pin`` None keeps the current PIN unless ``clear_pin``."""
        self._check(name, role, region, pin, unit)
        fields: dict[str, object] = {"name": name.strip(), "role": role, "region": region, "unit": unit.strip()}
        if pin:
            fields["pin_hash"] = hash_pin(pin)
        elif clear_pin:
            fields["pin_hash"] = None
        return self.store.update_learner(learner_id, **fields)

    def unlock(self, learner: Learner, pin: str) -> PinCheck:
        """Check the learner's PIN; wrong ones count toward a lock that survives a restart."""
        if not learner.has_pin:
            return PinCheck(ok=True)
        return self.pins.check(learner.id, pin, learner.pin_hash or "")

    def pin_wait(self, learner: Learner) -> float:
        """Seconds before this learner's PIN is checked again (0 when it can be tried now)."""
        return self.pins.wait_seconds(learner.id) if learner.has_pin else 0.0

    def profiles(self) -> list[Learner]:
        return self.store.learners(active_only=True)

"""Creating, checking and editing learner profiles."""

from __future__ import annotations

from trainer.domain.model import ROLES
from trainer.domain.records import Learner
from trainer.domain.regions import ALL_REGIONS
from trainer.services.pins import check_pin, hash_pin, valid_pin
from trainer.storage.store import ProgressStore


class ProfileError(ValueError):
    """A profile field that cannot be accepted; ``field`` names it for the form."""

    def __init__(self, field: str, code: str) -> None:
        super().__init__(f"{field}: {code}")
        self.field, self.code = field, code


class LearnerService:
    def __init__(self, store: ProgressStore) -> None:
        self.store = store

    def _check(self, name: str, role: str, region: str, pin: str | None) -> None:
        if not name.strip():
            raise ProfileError("name", "empty")
        if role not in ROLES:
            raise ProfileError("role", "unknown")
        if region not in ALL_REGIONS:
            raise ProfileError("region", "unknown")
        if pin and not valid_pin(pin):
            raise ProfileError("pin", "format")

    def create(self, name: str, role: str, region: str, unit: str = "", pin: str | None = None) -> Learner:
        self._check(name, role, region, pin)
        return self.store.create_learner(name.strip(), role, region, unit.strip(), hash_pin(pin) if pin else None)

    def edit(
        self, learner_id: str, name: str, role: str, region: str, unit: str, pin: str | None, clear_pin: bool = False
    ) -> Learner:
        """Change a profile; ``pin`` None keeps the current PIN unless ``clear_pin``."""
        self._check(name, role, region, pin)
        fields: dict[str, object] = {"name": name.strip(), "role": role, "region": region, "unit": unit.strip()}
        if pin:
            fields["pin_hash"] = hash_pin(pin)
        elif clear_pin:
            fields["pin_hash"] = None
        return self.store.update_learner(learner_id, **fields)

    def unlock(self, learner: Learner, pin: str) -> bool:
        return not learner.has_pin or check_pin(pin, learner.pin_hash or "")

    def profiles(self) -> list[Learner]:
        return self.store.learners(active_only=True)

"""What a trainer does to learner profiles: list, edit, deactivate, reactivate, delete, reset a PIN."""

from __future__ import annotations

from trainer.domain.records import Learner
from trainer.services.learners import LearnerService, ProfileError
from trainer.services.pins import hash_pin, valid_pin
from trainer.storage.learner_admin import LearnerAdminStore, LearnerFootprint, LearnerRow
from trainer.storage.store import ProgressStore

__all__ = ["LearnerAdminService", "LearnerFootprint", "LearnerRow"]


class LearnerAdminService:
    """Trainer-only changes to profiles. Learners' own profile edits go through LearnerService."""

    def __init__(self, store: ProgressStore, learners: LearnerService) -> None:
        self.store = store
        self.learners = learners
        self.admin = LearnerAdminStore(store.db)

    def rows(self) -> list[LearnerRow]:
        return self.admin.rows()

    def learner(self, learner_id: str) -> Learner:
        return self.store.learner(learner_id)

    def edit(self, learner_id: str, name: str, role: str, region: str, unit: str) -> Learner:
        """Change name, role, region and unit; the PIN is kept.

        Raises:
            ProfileError: a field cannot be accepted.
        """
        return self.learners.edit(learner_id, name, role, region, unit, pin=None)

    def set_active(self, learner_id: str, active: bool) -> Learner:
        """Deactivated learners vanish from the profile chooser and keep all their records."""
        return self.store.update_learner(learner_id, active=int(active))

    def reset_pin(self, learner_id: str, new_pin: str | None = None) -> Learner:
        """Give the learner ``new_pin``, or with None remove the PIN so they can set their own.

        Raises:
            ProfileError: ``new_pin`` is not 4 to 6 digits.
        """
        if new_pin is not None and not valid_pin(new_pin):
            raise ProfileError("pin", "format")
        learner = self.store.update_learner(learner_id, pin_hash=hash_pin(new_pin) if new_pin else None)
        self.learners.pins.clear(learner_id)  # a trainer's reset ends any wait after wrong PINs
        return learner

    def footprint(self, learner_id: str) -> LearnerFootprint:
        """What deleting the learner would remove (for the confirmation)."""
        return self.admin.footprint(learner_id)

    def delete(self, learner_id: str) -> bool:
        """Delete the learner with every attempt, answer, certificate and review; True if one was deleted."""
        return self.admin.delete(learner_id)

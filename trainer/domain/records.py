"""Records of what learners did, as the storage layer hands them to services and views."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Learner:
    id: str
    name: str
    role: str
    region: str
    unit: str
    pin_hash: str | None
    created: str
    active: bool = True
    prefs: dict[str, Any] = field(default_factory=dict)

    @property
    def has_pin(self) -> bool:
        return bool(self.pin_hash)


@dataclass(frozen=True)
class AttemptRecord:
    id: str
    learner_id: str
    module_id: str
    content_version: str
    seed: int
    question_ids: tuple[str, ...]
    option_orders: dict[str, tuple[str, ...]]
    started: str
    finished: str | None = None
    score: float | None = None
    passed: bool | None = None


@dataclass(frozen=True)
class ResponseRecord:
    attempt_id: str
    question_id: str
    response: Any
    score: float
    correct: bool
    answered: str

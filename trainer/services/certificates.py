"""Issuing and verifying certificates: for one passed module, or for a learner's whole curriculum.

A certificate rests on the learner's best passed attempt of each module it names. Its code is
derived from that evidence, so asking again without a better attempt returns the certificate
already issued, and a later, better attempt yields a new certificate (the old one stays valid).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from statistics import fmean

from trainer.content.loader import Catalogue
from trainer.domain.certificate import (
    Certificate,
    CertificateRecord,
    CertifiedModule,
    certificate_code,
    normalise_code,
)
from trainer.domain.records import AttemptRecord
from trainer.storage.certificates import CertificateStore
from trainer.storage.store import ProgressStore

__all__ = ["Certificate", "CertificateService", "CertifiedModule", "NotEligible"]


class NotEligible(Exception):
    """The learner has not earned the certificate asked for.

    ``reason`` is a code for the UI to put into words: ``not_passed`` (the module has no passed,
    finished attempt), ``curriculum_incomplete`` (``missing`` lists the modules still to pass),
    ``no_modules`` (the learner's role has no modules) or ``unknown_module``.
    """

    def __init__(self, reason: str, missing: tuple[str, ...] = ()) -> None:
        self.reason = reason
        self.missing = missing
        super().__init__(f"{reason}: {', '.join(missing)}" if missing else reason)


def _local_now() -> datetime:
    return datetime.now().astimezone()


class CertificateService:
    """Issue certificates from stored attempts, list a learner's certificates, verify codes."""

    def __init__(
        self,
        store: ProgressStore,
        certs: CertificateStore,
        catalogue: Catalogue,
        clock: Callable[[], datetime] = _local_now,
    ) -> None:
        self.store = store
        self.certs = certs
        self.catalogue = catalogue
        self._clock = clock

    # Eligibility ------------------------------------------------------------
    def best_passed_attempt(self, learner_id: str, module_id: str) -> AttemptRecord | None:
        """The highest-scoring finished, passed attempt; the earliest one wins a tie."""
        passed = [a for a in self.store.attempts(learner_id, module_id) if a.finished and a.passed]
        if not passed:
            return None
        # attempts() is in start order, and max() keeps the first of equal keys.
        return max(passed, key=lambda a: a.score or 0.0)

    def can_issue_for_module(self, learner_id: str, module_id: str) -> bool:
        return module_id in self.catalogue.modules and self.best_passed_attempt(learner_id, module_id) is not None

    def curriculum(self, learner_id: str) -> list[str]:
        """Module ids a track certificate needs: the core modules, then the learner's role track."""
        role = self.store.learner(learner_id).role
        return [m.id for m in self.catalogue.for_role(role)]

    def missing_for_track(self, learner_id: str) -> list[str]:
        """Modules of the learner's curriculum not passed yet (empty: a track certificate can be issued)."""
        return [m for m in self.curriculum(learner_id) if self.best_passed_attempt(learner_id, m) is None]

    # Issuing ----------------------------------------------------------------
    def issue_for_module(self, learner_id: str, module_id: str, *, language: str = "en") -> Certificate:
        """Certify one module from the learner's best passed attempt.

        Raises:
            NotEligible: the module is unknown or has no passed, finished attempt.
            KeyError: no such learner.
        """
        self.store.learner(learner_id)
        if module_id not in self.catalogue.modules:
            raise NotEligible("unknown_module", (module_id,))
        best = self.best_passed_attempt(learner_id, module_id)
        if best is None:
            raise NotEligible("not_passed", (module_id,))
        return self._issue(learner_id, "module", [best], round(best.score or 0.0, 2), language)

    def issue_for_track(self, learner_id: str, *, language: str = "en") -> Certificate:
        """Certify the learner's whole curriculum; the score is the mean of the best passed scores.

        Raises:
            NotEligible: some module of the curriculum is not passed, or the role has no modules.
            KeyError: no such learner.
        """
        module_ids = self.curriculum(learner_id)
        if not module_ids:
            raise NotEligible("no_modules")
        best = {m: self.best_passed_attempt(learner_id, m) for m in module_ids}
        missing = tuple(m for m, a in best.items() if a is None)
        if missing:
            raise NotEligible("curriculum_incomplete", missing)
        attempts = [a for a in best.values() if a is not None]
        score = round(fmean(a.score or 0.0 for a in attempts), 2)
        return self._issue(learner_id, "track", attempts, score, language)

    def _issue(
        self, learner_id: str, kind: str, attempts: list[AttemptRecord], score: float, language: str
    ) -> Certificate:
        module_ids = tuple(a.module_id for a in attempts)
        versions = {a.module_id: a.content_version for a in attempts}
        attempt_ids = tuple(a.id for a in attempts)
        code = certificate_code(learner_id, kind, module_ids, versions, attempt_ids, score)
        record = self.certs.get_by_code(code)
        if record is None:
            record = self.certs.add(
                CertificateRecord(
                    code=code,
                    learner_id=learner_id,
                    kind=kind,
                    module_ids=module_ids,
                    content_versions=versions,
                    score=score,
                    issued=self._clock().isoformat(timespec="seconds"),
                    attempt_ids=attempt_ids,
                )
            )
        return self._certificate(record, language)

    # Reading ----------------------------------------------------------------
    def verify(self, code: str, *, language: str = "en") -> Certificate | None:
        """The certificate a code stands for, or None.

        The code may be typed in any case, with or without spaces and dashes. None also when the
        stored record no longer matches its code (it was changed after issue).
        """
        canonical = normalise_code(code)
        if canonical is None:
            return None
        record = self.certs.get_by_code(canonical)
        if record is None or not record.intact:
            return None
        return self._certificate(record, language)

    def for_learner(self, learner_id: str, *, language: str = "en") -> list[Certificate]:
        """Every certificate issued to a learner, oldest first."""
        return [self._certificate(r, language) for r in self.certs.for_learner(learner_id)]

    def _certificate(self, record: CertificateRecord, language: str) -> Certificate:
        learner = self.store.learner(record.learner_id)
        modules = []
        for module_id in record.module_ids:
            module = self.catalogue.modules.get(module_id)
            title = module.title_in(language) if module else module_id
            law_as_of = (module.meta.law_as_of or "") if module else ""
            modules.append(CertifiedModule(module_id, title, record.content_versions.get(module_id, ""), law_as_of))
        return Certificate(
            code=record.code,
            kind=record.kind,
            learner_id=learner.id,
            learner_name=learner.name,
            role=learner.role,
            region=learner.region,
            modules=tuple(modules),
            score=record.score,
            issued=record.issued,
            attempt_ids=record.attempt_ids,
        )

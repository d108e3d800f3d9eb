"""Issuing and verifying certificates: for one passed module, or for a learner's whole curriculum.

A certificate rests on the learner's best passed attempt of each module it names. Its code is
derived from that evidence, so asking again without a better attempt returns the certificate
already issued, and a later, better attempt yields a new certificate (the old one stays valid).

When the service has this device's key, each certificate also gets a signed credential (see
trainer.services.credentials) that verifies on any installation trusting the key, and a trainer
can endorse certificates whose evidence they hold and have checked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from statistics import fmean
from typing import TYPE_CHECKING

from trainer.content.loader import Catalogue
from trainer.domain.certificate import (
    Certificate,
    CertificateRecord,
    CertifiedModule,
    certificate_code,
    normalise_code,
)
from trainer.domain.records import AttemptRecord
from trainer.services import credentials
from trainer.services.credentials import Verification
from trainer.storage.certificates import CertificateStore
from trainer.storage.store import ProgressStore
from trainer.storage.trust import TrustStore
from trainer.sync.keys import KEY_FILENAME, SigningKeyError, load_or_create_device_key, public_key_text

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

_log = logging.getLogger(__name__)
THIS_COMPUTER = "this computer"  # the label of this installation's own key when it is not in trusted_keys

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


class DeviceKey:
    """This data folder's signing key, made on first signing and only read when verifying."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._public: str | None = None  # a key file is never replaced, so it is read once

    def signing_key(self) -> Ed25519PrivateKey:
        """The private key (created if there is none yet).

        Raises:
            SigningKeyError: the key file cannot be made or read.
        """
        key = load_or_create_device_key(self.data_dir)
        self._public = public_key_text(key)
        return key

    def public_key(self) -> str | None:
        """The public key (base64), or None when this folder has no usable key: nothing is created."""
        if self._public is None and (self.data_dir / KEY_FILENAME).is_file():
            try:
                self.signing_key()
            except SigningKeyError:
                return None
        return self._public


@dataclass(frozen=True)
class Standing:
    """Where a certificate stands for the trainer: ``state`` is a code for the UI to put into words.

    ``endorsed`` (by this trainer), ``ready`` (signed, evidence checks), ``unsigned`` (no credential:
    issued by an older version), ``not_valid`` (the credential fails), ``no_attempt``,
    ``attempt_mismatch`` (an attempt cited is another learner's, module's or version's),
    ``not_passed`` or ``score_mismatch``; ``detail`` names the attempt or the problem.
    """

    code: str
    learner_name: str
    issued: str
    score: float
    state: str
    detail: str = ""


class CertificateService:
    """Issue certificates from stored attempts, list a learner's certificates, verify codes."""

    def __init__(
        self,
        store: ProgressStore,
        certs: CertificateStore,
        catalogue: Catalogue,
        clock: Callable[[], datetime] = _local_now,
        *,
        key: DeviceKey | None = None,
        trust: TrustStore | None = None,
    ) -> None:
        self.store = store
        self.certs = certs
        self.catalogue = catalogue
        self._clock = clock
        self.key = key  # None: certificates are issued unsigned (and nothing can be endorsed)
        self.trust = trust

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
            record = CertificateRecord(
                code=code,
                learner_id=learner_id,
                kind=kind,
                module_ids=module_ids,
                content_versions=versions,
                score=score,
                issued=self._clock().isoformat(timespec="seconds"),
                attempt_ids=attempt_ids,
            )
            # Signed before it is stored, in the same row: a stored certificate never changes, so
            # one issued unsigned (an older version, no usable key) stays unsigned.
            record = self.certs.add(replace(record, credential=self._credential(record, language)))
        return self._certificate(record, language)

    def _credential(self, record: CertificateRecord, language: str) -> str | None:
        """This device's signed credential for a new certificate; None without a usable key."""
        if self.key is None:
            return None
        try:
            key = self.key.signing_key()
        except SigningKeyError as exc:
            _log.warning("certificate %s left unsigned: %s", record.code, exc)
            return None
        return credentials.issue(self._certificate(record, language), key)

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
            credential=self.signed_text(record),
        )

    def signed_text(self, record: CertificateRecord) -> str:
        """The credential with every endorsement kept here, as one text ("" when unsigned)."""
        if not record.credential:
            return ""
        return credentials.join(record.credential, self.certs.endorsements(record.code))

    # Verifying credentials --------------------------------------------------
    def _trusted(self, public_key: str, kinds: tuple[str, ...]) -> str | None:
        own = self.key.public_key() if self.key is not None else None
        label = self.trust.label(public_key, kinds) if self.trust is not None else None
        if label is None and public_key == own and "device" in kinds:
            return THIS_COMPUTER  # an installation vouches for what it issued itself
        return label

    def verify_credential(self, text: str, now: datetime | None = None) -> Verification:
        """Check a certificate text (credential and endorsements) against the keys trusted here."""
        return credentials.verify(text, self._trusted, now, self._revoked)

    def _revoked(self, public_key: str) -> tuple[str, str] | None:
        entry = self.trust.revocation(public_key) if self.trust is not None else None
        return (entry.revoked_at or "", entry.revoked_reason) if entry is not None else None

    def verify_code(self, code: str) -> Verification | None:
        """The stored certificate with this code, checked like a pasted one; None if unknown or unsigned."""
        canonical = normalise_code(code)
        record = self.certs.get_by_code(canonical) if canonical else None
        if record is None or not record.credential:
            return None
        return self.verify_credential(self.signed_text(record))

    # Endorsing ----------------------------------------------------------------
    def trainer_name(self) -> str | None:
        """The name this installation's key endorses under, once a trainer has given one."""
        own = self.key.public_key() if self.key is not None else None
        if own is None or self.trust is None:
            return None
        return self.trust.label(own, ("trainer",)) or None

    def standing(self, record: CertificateRecord) -> Standing:
        """Whether the certificate can be endorsed here: signed, intact, and its evidence on record."""

        def state(code: str, detail: str = "") -> Standing:
            learner = self.store.learner(record.learner_id)
            return Standing(record.code, learner.name, record.issued, record.score, code, detail)

        if not record.credential:
            return state("unsigned")
        check = credentials.verify(record.credential, lambda *_: "", None)
        if check.status == "not_valid" or check.claims is None:
            return state("not_valid", check.problem)
        claims = check.claims
        if not record.intact or (claims.code, claims.learner_id, claims.score) != (
            record.code,
            record.learner_id,
            record.score,
        ):
            return state("not_valid", "the stored record differs from its credential")
        attempts = []
        for module, attempt_id in zip(claims.modules, claims.attempt_ids, strict=True):
            try:
                attempt = self.store.attempt(attempt_id)
            except KeyError:
                return state("no_attempt", attempt_id)
            if (attempt.learner_id, attempt.module_id, attempt.content_version) != (
                record.learner_id,
                module.id,
                module.version,
            ):
                return state("attempt_mismatch", attempt_id)
            if not (attempt.finished and attempt.passed):
                return state("not_passed", attempt_id)
            attempts.append(attempt)
        if round(fmean(a.score or 0.0 for a in attempts), 2) != record.score:
            return state("score_mismatch", f"{record.score:g}")
        own = self.key.public_key() if self.key is not None else None
        if own is not None and self.certs.endorsed_by(record.code, own):
            return state("endorsed")
        return state("ready")

    def standings(self) -> list[Standing]:
        """Every certificate in this database and whether it can be endorsed, oldest first."""
        return [self.standing(r) for r in self.certs.every()]

    def set_trainer_name(self, name: str) -> None:
        """Register this installation's key as a trainer's key under ``name`` (trusted here)."""
        if self.key is None or self.trust is None:
            raise RuntimeError("endorsing needs this data folder's key and trusted keys")
        name = " ".join(name.split())
        if not name:
            raise ValueError("a trainer's name is needed to endorse")
        self.trust.assign(public_key_text(self.key.signing_key()), "trainer", name, "this computer")

    def endorse(self, code: str) -> Standing:
        """Endorse one certificate whose evidence checks; returns its standing afterwards.

        Raises:
            KeyError: no certificate has this code.
            RuntimeError: no trainer name yet (``set_trainer_name`` first).
            SigningKeyError: this data folder's key cannot be read.
        """
        canonical = normalise_code(code)
        record = self.certs.get_by_code(canonical) if canonical else None
        if record is None:
            raise KeyError(code)
        name = self.trainer_name()
        if name is None:
            raise RuntimeError("no trainer name: set one before endorsing")
        current = self.standing(record)
        if current.state != "ready":
            return current
        key = self.key.signing_key()
        now = datetime.now(UTC)
        signature = credentials.endorse(record.credential or "", key, name, now)
        self.certs.add_endorsement(record.code, public_key_text(key), signature, now.isoformat(timespec="seconds"))
        return self.standing(record)

    def endorse_all(self) -> list[Standing]:
        """Endorse every certificate that is ready; returns the standings of those endorsed now."""
        return [self.endorse(s.code) for s in self.standings() if s.state == "ready"]

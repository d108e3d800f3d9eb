"""Certificates: the record kept for each one, and the verification code derived from that record.

The code is a digest of everything a certificate attests (who, which modules at which content
versions, which attempts, what score), so a record edited after issue no longer matches its code
and the same evidence always yields the same code. There is no secret key: the code detects a
changed record or a mistyped code, it does not stop someone who recomputes it on purpose.
Standard library only; the signing of credentials lives in trainer.services.credentials.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

CertificateKind = Literal["module", "track"]
KINDS: tuple[str, ...] = ("module", "track")
CODE_LENGTH = 12  # base32 characters: 60 bits
CODE_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
# Base32 has no 0, 1 or 8, so a code read off paper with those digits can only mean these letters.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})
_SEPARATORS = str.maketrans("", "", " \t\r\n-‐‑‒–—_.")
_CODE_SCHEME = 1  # bump (and keep the old derivation) if the canonical payload ever changes


def certificate_code(
    learner_id: str,
    kind: str,
    module_ids: Iterable[str],
    content_versions: Mapping[str, str],
    attempt_ids: Iterable[str],
    score: float,
) -> str:
    """The verification code ``XXXX-XXXX-XXXX`` for a certificate with these fields.

    SHA-256 over a canonical JSON (sorted keys, no spaces, UTF-8; the score written with ``repr``
    so any change to it counts), base32, first 12 characters.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown certificate kind {kind!r}")
    payload = {
        "scheme": _CODE_SCHEME,
        "learner": learner_id,
        "kind": kind,
        "modules": list(module_ids),
        "versions": {str(k): str(v) for k, v in content_versions.items()},
        "attempts": list(attempt_ids),
        "score": repr(float(score)),
    }
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode("utf-8")).digest()
    return format_code(base64.b32encode(digest).decode("ascii")[:CODE_LENGTH])


def format_code(raw: str) -> str:
    """``ABCDEFGHIJKL`` -> ``ABCD-EFGH-IJKL``."""
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalise_code(text: str) -> str | None:
    """A code as a person typed it (any case, spaces, dashes, 0 for O) in canonical form, or None.

    None means the text cannot be a Qorgau code at all (wrong length or characters).
    """
    raw = text.strip().upper().translate(_SEPARATORS).translate(_LOOKALIKES)
    if len(raw) != CODE_LENGTH or not set(raw) <= CODE_ALPHABET:
        return None
    return format_code(raw)


@dataclass(frozen=True)
class CertificateRecord:
    """A certificate as stored: the evidence it rests on, and the code derived from it."""

    code: str
    learner_id: str
    kind: str
    module_ids: tuple[str, ...]
    content_versions: dict[str, str]
    score: float
    issued: str  # ISO 8601 with the issuing machine's UTC offset
    attempt_ids: tuple[str, ...]
    credential: str | None = None  # the issuing device's signed credential (a compact JWS), if any

    def expected_code(self) -> str:
        """The code these fields produce; differs from ``code`` when the record was changed."""
        return certificate_code(
            self.learner_id, self.kind, self.module_ids, self.content_versions, self.attempt_ids, self.score
        )

    @property
    def intact(self) -> bool:
        return self.code == self.expected_code()


@dataclass(frozen=True)
class CertifiedModule:
    """A module named on a certificate, at the content version the learner passed."""

    id: str
    title: str
    version: str
    law_as_of: str = ""  # ISO date of the law the module teaches, when the content says so


@dataclass(frozen=True)
class Certificate:
    """What a certificate says, ready to show, print or verify.

    ``role`` is a role code (``police``, ``judge``, ...); the UI turns it into words.
    """

    code: str
    kind: str
    learner_id: str
    learner_name: str
    role: str
    region: str
    modules: tuple[CertifiedModule, ...]
    score: float  # 0..100
    issued: str  # ISO 8601 timestamp with offset
    attempt_ids: tuple[str, ...] = field(default=())
    credential: str = ""  # the signed credential and its endorsements, joined by "~" ("" when unsigned)

    @property
    def date(self) -> dt.date:
        """The day of issue, in the issuing machine's local time."""
        return dt.date.fromisoformat(self.issued[:10])


# Signed credentials ---------------------------------------------------------------------------
# A certificate's claims as an Open Badges 3.0 ``OpenBadgeCredential`` (W3C Verifiable Credentials
# 2.0 data model), so any OB 3.0 reader finds the learner, the achievement and the score where the
# standard puts them. The terms OB 3.0 has no place for (region, module, version) fall under the
# VC 2.0 context's ``@vocab`` (issuer-dependent terms). The signing is in trainer.services.credentials.

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CERTIFICATE_URN = "urn:qorgau:certificate:"
_LEARNER_URN = "urn:qorgau:learner:"
_ATTEMPT_URN = "urn:qorgau:attempt:"
_MODULE_URN = "urn:qorgau:module:"
_TRACK_URN = "urn:qorgau:track:"
MAX_CLAIM_TEXT = 500  # longer than any name or title the app makes; longer text in a credential is refused
MAX_EVIDENCE = 100
EARLIEST_ISSUE = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)  # before Qorgau existed
ISSUE_TOLERANCE = dt.timedelta(days=1)  # a verifier's clock may be a little behind the issuer's


class CredentialError(ValueError):
    """A credential that cannot be what it says; the message names the field and the problem."""


@dataclass(frozen=True)
class CredentialClaims:
    """What a signed certificate credential states, checked for sense (not yet for trust)."""

    code: str
    kind: str
    learner_id: str
    learner_name: str
    role: str
    region: str
    modules: tuple[CertifiedModule, ...]
    attempt_ids: tuple[str, ...]
    score: float
    issued: str
    issuer_id: str  # did:key of the issuing device
    issuer_name: str

    def certificate(self) -> Certificate:
        """The claims as a Certificate, to show or print like one read from the database."""
        return Certificate(
            code=self.code,
            kind=self.kind,
            learner_id=self.learner_id,
            learner_name=self.learner_name,
            role=self.role,
            region=self.region,
            modules=self.modules,
            score=self.score,
            issued=self.issued,
            attempt_ids=self.attempt_ids,
        )


def build_credential(cert: Certificate, issuer_id: str, issuer_name: str) -> dict:
    """The unsigned OpenBadgeCredential for ``cert``, issued by the device ``issuer_id`` (a did:key)."""
    if cert.kind == "track":
        achievement_id, achievement_name = f"{_TRACK_URN}{cert.role}", f"Full curriculum for the role {cert.role}"
    else:
        achievement_id, achievement_name = f"{_MODULE_URN}{cert.modules[0].id}", cert.modules[0].title
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": f"{CERTIFICATE_URN}{cert.code}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer_id, "type": ["Profile"], "name": issuer_name},
        "validFrom": cert.issued,
        "name": "Certificate of completion",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": cert.learner_name},
                {
                    "type": "IdentityObject",
                    "identityType": "identifier",
                    "hashed": False,
                    "identityHash": f"{_LEARNER_URN}{cert.learner_id}",
                },
            ],
            "role": cert.role,
            "region": cert.region,
            "achievement": {
                "id": achievement_id,
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": achievement_name,
                "criteria": {"narrative": "Passed the quiz of each module in the evidence."},
            },
            "result": [{"type": ["Result"], "value": repr(float(cert.score))}],
        },
        "evidence": [
            {"id": f"{_ATTEMPT_URN}{a}", "type": ["Evidence"], "name": m.title, "module": m.id, "version": m.version}
            for a, m in zip(cert.attempt_ids, cert.modules, strict=True)
        ],
    }


def _text(value: object, where: str, *, empty: bool = False) -> str:
    if not isinstance(value, str) or (not value and not empty):
        raise CredentialError(f"{where} is missing or not text")
    if len(value) > MAX_CLAIM_TEXT or any(ord(c) < 32 for c in value):
        raise CredentialError(f"{where} is longer than {MAX_CLAIM_TEXT} characters or holds control characters")
    return value


def _strip(value: str, prefix: str, where: str) -> str:
    if not value.startswith(prefix) or len(value) == len(prefix):
        raise CredentialError(f"{where} {value!r} does not start with {prefix}")
    return value[len(prefix) :]


def _object(value: object, where: str) -> dict:
    if not isinstance(value, dict):
        raise CredentialError(f"{where} is missing or not an object")
    return value


def _issued(value: object, now: dt.datetime) -> str:
    text = _text(value, "validFrom")
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        raise CredentialError(f"validFrom {text!r} is not an ISO 8601 date and time") from None
    if when.tzinfo is None:
        raise CredentialError(f"validFrom {text!r} has no UTC offset")
    if not EARLIEST_ISSUE <= when <= now + ISSUE_TOLERANCE:
        raise CredentialError(f"validFrom {text} is before 2020 or in the future")
    return text


def _score(subject: dict) -> float:
    results = subject.get("result")
    if not isinstance(results, list) or len(results) != 1:
        raise CredentialError("credentialSubject.result must hold exactly one score")
    raw = _text(_object(results[0], "credentialSubject.result[0]").get("value"), "credentialSubject.result[0].value")
    try:
        score = float(raw)
    except ValueError:
        raise CredentialError(f"the score {raw!r} is not a number") from None
    if not 0.0 <= score <= 100.0:  # also refuses nan and inf
        raise CredentialError(f"the score {raw} is outside 0-100")
    return score


def _identity(subject: dict, kind: str) -> str:
    for item in subject.get("identifier") or []:
        if isinstance(item, dict) and item.get("identityType") == kind and item.get("hashed") is False:
            return _text(item.get("identityHash"), f"credentialSubject.identifier ({kind})")
    raise CredentialError(f"credentialSubject.identifier has no plain {kind}")


def parse_credential(payload: object, now: dt.datetime | None = None) -> CredentialClaims:
    """Read and sanity-check the claims of a certificate credential (see ``build_credential``).

    Refuses what no genuine Qorgau certificate holds: a score outside 0-100, an issue date before
    2020 or in the future, over-long text, evidence that does not match the code.

    Raises:
        CredentialError: naming the field and what is wrong with it.
    """
    now = now or dt.datetime.now(dt.UTC)
    cred = _object(payload, "the credential")
    types = cred.get("type")
    if not isinstance(types, list) or "OpenBadgeCredential" not in types:
        raise CredentialError("type does not include OpenBadgeCredential")
    code = normalise_code(_strip(_text(cred.get("id"), "id"), CERTIFICATE_URN, "id"))
    if code is None:
        raise CredentialError(f"id {cred.get('id')!r} holds no certificate code")
    issuer = _object(cred.get("issuer"), "issuer")
    subject = _object(cred.get("credentialSubject"), "credentialSubject")
    achievement = _object(subject.get("achievement"), "credentialSubject.achievement")
    achievement_id = _text(achievement.get("id"), "credentialSubject.achievement.id")
    kind = "track" if achievement_id.startswith(_TRACK_URN) else "module"
    if kind == "module":
        _strip(achievement_id, _MODULE_URN, "credentialSubject.achievement.id")
    evidence = cred.get("evidence")
    if not isinstance(evidence, list) or not 1 <= len(evidence) <= MAX_EVIDENCE:
        raise CredentialError(f"evidence must list 1 to {MAX_EVIDENCE} attempts")
    modules, attempts = [], []
    for i, item in enumerate(evidence):
        item = _object(item, f"evidence[{i}]")
        attempts.append(_strip(_text(item.get("id"), f"evidence[{i}].id"), _ATTEMPT_URN, f"evidence[{i}].id"))
        modules.append(
            CertifiedModule(
                _text(item.get("module"), f"evidence[{i}].module"),
                _text(item.get("name"), f"evidence[{i}].name"),
                _text(item.get("version"), f"evidence[{i}].version"),
            )
        )
    claims = CredentialClaims(
        code=code,
        kind=kind,
        learner_id=_strip(_identity(subject, "identifier"), _LEARNER_URN, "the learner identifier"),
        learner_name=_identity(subject, "name"),
        role=_text(subject.get("role"), "credentialSubject.role"),
        region=_text(subject.get("region", ""), "credentialSubject.region", empty=True),
        modules=tuple(modules),
        attempt_ids=tuple(attempts),
        score=_score(subject),
        issued=_issued(cred.get("validFrom"), now),
        issuer_id=_text(issuer.get("id"), "issuer.id"),
        issuer_name=_text(issuer.get("name", ""), "issuer.name", empty=True),
    )
    expected = certificate_code(
        claims.learner_id,
        claims.kind,
        [m.id for m in claims.modules],
        {m.id: m.version for m in claims.modules},
        claims.attempt_ids,
        claims.score,
    )
    if expected != claims.code:
        raise CredentialError(f"the evidence, learner or score does not match the certificate code {claims.code}")
    return claims


def build_endorsement(code: str, certificate_digest: str, endorser_id: str, endorser_name: str, when: str) -> dict:
    """An Open Badges 3.0 ``EndorsementCredential`` for one exact signed certificate.

    ``certificate_digest`` is the ``digestSRI`` (``sha256-...``) of the certificate's signed text:
    the endorsement vouches for that text and nothing else (VC 2.0 ``relatedResource``).
    """
    subject_id = f"{CERTIFICATE_URN}{code}"
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": f"urn:qorgau:endorsement:{code}",
        "type": ["VerifiableCredential", "EndorsementCredential"],
        "issuer": {"id": endorser_id, "type": ["Profile"], "name": endorser_name},
        "validFrom": when,
        "credentialSubject": {
            "id": subject_id,
            "type": ["EndorsementSubject"],
            "endorsementComment": "Attempts on record, passed, score checked.",
        },
        "relatedResource": [{"id": subject_id, "digestSRI": certificate_digest}],
    }


@dataclass(frozen=True)
class EndorsementClaims:
    code: str
    certificate_digest: str
    endorser_id: str
    endorser_name: str
    endorsed: str


def parse_endorsement(payload: object, now: dt.datetime | None = None) -> EndorsementClaims:
    """Read an endorsement made by ``build_endorsement``.

    Raises:
        CredentialError: naming the field and what is wrong with it.
    """
    now = now or dt.datetime.now(dt.UTC)
    cred = _object(payload, "the endorsement")
    types = cred.get("type")
    if not isinstance(types, list) or "EndorsementCredential" not in types:
        raise CredentialError("endorsement type does not include EndorsementCredential")
    subject = _object(cred.get("credentialSubject"), "endorsement credentialSubject")
    code = normalise_code(_strip(_text(subject.get("id"), "endorsement subject id"), CERTIFICATE_URN, "endorsement"))
    related = cred.get("relatedResource")
    if code is None or not isinstance(related, list) or len(related) != 1:
        raise CredentialError("the endorsement does not name one certificate")
    resource = _object(related[0], "endorsement relatedResource")
    if resource.get("id") != subject.get("id"):
        raise CredentialError("the endorsement's relatedResource is another certificate")
    issuer = _object(cred.get("issuer"), "endorsement issuer")
    return EndorsementClaims(
        code=code,
        certificate_digest=_text(resource.get("digestSRI"), "endorsement digestSRI"),
        endorser_id=_text(issuer.get("id"), "endorsement issuer.id"),
        endorser_name=_text(issuer.get("name", ""), "endorsement issuer.name", empty=True),
        endorsed=_issued(cred.get("validFrom"), now),
    )

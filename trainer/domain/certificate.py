"""Certificates: the record kept for each one, and the verification code derived from that record.

The code is a digest of everything a certificate attests (who, which modules at which content
versions, which attempts, what score), so a record edited after issue no longer matches its code
and the same evidence always yields the same code. There is no secret key: the code detects a
changed record or a mistyped code, it does not stop someone who recomputes it on purpose.
Standard library only.
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

    @property
    def date(self) -> dt.date:
        """The day of issue, in the issuing machine's local time."""
        return dt.date.fromisoformat(self.issued[:10])

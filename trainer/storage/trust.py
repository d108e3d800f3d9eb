"""SQL for the public keys a database trusts: learners' devices, trainers and content publishers.

Trust is explicit: a key is trusted because a person here said so (or imported a trust file from
someone they trust), never because a signed file carried it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from trainer.sync.keys import key_fingerprint

KINDS = ("device", "trainer", "publisher")


@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str
    public_key: str  # raw Ed25519 public key, base64
    kind: str  # one of KINDS
    label: str
    trusted_at: str
    origin: str  # how it came to be trusted: "import of FILE", "trust file FILE", "this device"
    revoked_at: str | None = None
    revoked_reason: str = ""
    revoked_by: str = ""  # on whose word: "this computer", or "trust file FILE from FINGERPRINT"

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


def _hex(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch in "0123456789ABCDEF")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class TrustStore:
    """Read and add trusted keys. Nothing is deleted: a revoked key keeps its row."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _rows(self, where: str = "1", params: tuple = ()) -> list[TrustedKey]:
        cur = self.db.execute(
            "SELECT fingerprint, public_key, kind, label, trusted_at, origin, revoked_at, revoked_reason, revoked_by "
            f"FROM trusted_keys WHERE {where} ORDER BY kind, label, fingerprint",
            params,
        )
        return [TrustedKey(*row) for row in cur.fetchall()]

    def get(self, public_key: str) -> TrustedKey | None:
        """The trust entry for this key (revoked or not), or None."""
        rows = self._rows("public_key = ?", (public_key,))
        return rows[0] if rows else None

    def is_trusted(self, public_key: str, kinds: tuple[str, ...] = KINDS) -> bool:
        """Whether the key is trusted, not revoked, as one of ``kinds``."""
        entry = self.get(public_key)
        return entry is not None and entry.revoked_at is None and entry.kind in kinds

    def keys(self, kind: str | None = None, *, include_revoked: bool = False) -> list[TrustedKey]:
        where, params = ("1", ()) if kind is None else ("kind = ?", (kind,))
        if not include_revoked:
            where += " AND revoked_at IS NULL"
        return self._rows(where, params)

    def trust(self, public_key: str, kind: str, label: str = "", origin: str = "") -> TrustedKey:
        """Trust a key. An existing entry keeps its kind and first label; a revoked key stays revoked."""
        if kind not in KINDS:
            raise ValueError(f"unknown key kind {kind!r}")
        fingerprint = key_fingerprint(public_key)
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO trusted_keys (fingerprint, public_key, kind, label, trusted_at, origin) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(fingerprint) DO NOTHING",
                (fingerprint, public_key, kind, label, _now(), origin),
            )
        entry = self.get(public_key)
        assert entry is not None
        return entry

    def revoke(
        self,
        public_key: str,
        reason: str = "",
        by: str = "",
        *,
        kind: str = "device",
        label: str = "",
        when: str | None = None,
    ) -> TrustedKey:
        """Mark a key revoked (once: an earlier revocation keeps its time and reason); the row stays.

        A key not known here gets a revoked row of ``kind``, so whatever it signs later is refused.
        ``when`` (ISO-8601 UTC) is the time the revocation was made, if it was made elsewhere.
        """
        if kind not in KINDS:
            raise ValueError(f"unknown key kind {kind!r}")
        at = when or _now()
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO trusted_keys (fingerprint, public_key, kind, label, trusted_at, origin, revoked_at, "
                "revoked_reason, revoked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(fingerprint) DO UPDATE "
                "SET revoked_at = excluded.revoked_at, revoked_reason = excluded.revoked_reason, "
                "revoked_by = excluded.revoked_by WHERE trusted_keys.revoked_at IS NULL",
                (key_fingerprint(public_key), public_key, kind, label, _now(), by, at, reason, by),
            )
        entry = self.get(public_key)
        assert entry is not None
        return entry

    def revocation(self, public_key: str) -> TrustedKey | None:
        """The entry of a revoked key, or None when the key is not revoked here."""
        entry = self.get(public_key)
        return entry if entry is not None and entry.revoked else None

    def find(self, fingerprint: str) -> TrustedKey | None:
        """The entry (revoked or not) whose fingerprint is ``fingerprint``, however spaced or cased."""
        wanted = _hex(fingerprint)
        return next((e for e in self._rows() if _hex(e.fingerprint) == wanted), None) if wanted else None

    def label(self, public_key: str, kinds: tuple[str, ...] = KINDS) -> str | None:
        """The label of a trusted (not revoked) key of one of ``kinds``; None when it is not trusted so."""
        entry = self.get(public_key)
        if entry is None or entry.revoked_at is not None or entry.kind not in kinds:
            return None
        return entry.label

    def assign(self, public_key: str, kind: str, label: str, origin: str) -> TrustedKey:
        """Trust a key as ``kind`` under ``label``, replacing an earlier kind and label.

        For this installation's own key (a trainer naming themself), where the person deciding
        is the key's owner; keys from elsewhere go through ``trust``, which never relabels.
        """
        if kind not in KINDS:
            raise ValueError(f"unknown key kind {kind!r}")
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO trusted_keys (fingerprint, public_key, kind, label, trusted_at, origin) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(fingerprint) DO UPDATE SET "
                "kind = excluded.kind, label = excluded.label, revoked_at = NULL",
                (key_fingerprint(public_key), public_key, kind, label, _now(), origin),
            )
        entry = self.get(public_key)
        assert entry is not None
        return entry

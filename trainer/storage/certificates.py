"""The certificates table: one row per certificate issued, keyed by its verification code."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from trainer.domain.certificate import CertificateRecord


def _record(row: dict[str, Any]) -> CertificateRecord:
    return CertificateRecord(
        code=row["code"],
        learner_id=row["learner_id"],
        kind=row["kind"],
        module_ids=tuple(json.loads(row["module_ids"])),
        content_versions=dict(json.loads(row["content_versions"])),
        score=float(row["score"]),
        issued=row["issued"],
        attempt_ids=tuple(json.loads(row["attempt_ids"])),
        credential=row.get("credential"),
    )


class CertificateStore:
    """Add and look up certificates. Like ``ProgressStore``, every write commits before it returns."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, record: CertificateRecord) -> CertificateRecord:
        """Store ``record`` unless its code is already there; return the stored row either way.

        Codes are derived from the evidence, so an existing row with the same code is the same
        certificate issued earlier, and its original issue date is kept.
        """
        self.db.execute(
            "INSERT INTO certificates "
            "(code, learner_id, kind, module_ids, content_versions, score, issued, attempt_ids, credential) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO NOTHING",
            [
                record.code,
                record.learner_id,
                record.kind,
                json.dumps(list(record.module_ids)),
                json.dumps(record.content_versions, sort_keys=True),
                record.score,
                record.issued,
                json.dumps(list(record.attempt_ids)),
                record.credential,
            ],
        )
        stored = self.get_by_code(record.code)
        if stored is None:  # only if the learner was deleted at the same moment
            raise KeyError(record.learner_id)
        return stored

    def get_by_code(self, code: str) -> CertificateRecord | None:
        """The certificate with exactly this (canonical ``XXXX-XXXX-XXXX``) code."""
        rows = list(self.db.query("SELECT * FROM certificates WHERE code = ?", [code]))
        return _record(rows[0]) if rows else None

    def for_learner(self, learner_id: str) -> list[CertificateRecord]:
        """Every certificate of a learner, oldest first."""
        rows = self.db.query(
            "SELECT * FROM certificates WHERE learner_id = ? ORDER BY issued, rowid",
            [learner_id],
        )
        return [_record(r) for r in rows]

    def every(self) -> list[CertificateRecord]:
        """Every certificate in this database, oldest first (for the trainer to check and endorse)."""
        return [_record(r) for r in self.db.query("SELECT * FROM certificates ORDER BY issued, rowid")]

    def add_endorsement(self, code: str, public_key: str, signature: str, endorsed_at: str) -> bool:
        """Keep a trainer's endorsement; a key endorses a certificate once (the first one stays).

        Returns whether it was new.
        """
        with self.db.atomic():
            cur = self.db.execute(
                "INSERT INTO certificate_endorsements (code, public_key, signature, endorsed_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(code, public_key) DO NOTHING",
                [code, public_key, signature, endorsed_at],
            )
        return cur.rowcount == 1

    def endorsements(self, code: str) -> list[str]:
        """The signed endorsements of a certificate, oldest first."""
        rows = self.db.query(
            "SELECT signature FROM certificate_endorsements WHERE code = ? ORDER BY endorsed_at, public_key", [code]
        )
        return [r["signature"] for r in rows]

    def endorsed_by(self, code: str, public_key: str) -> bool:
        rows = self.db.query(
            "SELECT 1 FROM certificate_endorsements WHERE code = ? AND public_key = ?", [code, public_key]
        )
        return any(True for _ in rows)

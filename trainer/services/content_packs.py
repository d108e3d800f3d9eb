"""Which publisher keys a content pack may be signed with here: the shipped official key plus trusted ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.content.signing import PublisherTrust
from trainer.services.trust_files import revoked_key_problem
from trainer.storage.trust import TrustStore

if TYPE_CHECKING:
    from sqlite_utils import Database


def publisher_trust(db: Database) -> PublisherTrust:
    """Read on the database's own thread; the result is plain data a worker thread may use.

    Revoked keys (any kind: a revoked device key cannot publish either) refuse the packs they sign,
    the shipped official key included.
    """
    trust = TrustStore(db)
    revoked = {k.public_key: revoked_key_problem(trust, k.public_key) or "" for k in trust.keys(include_revoked=True)}
    return PublisherTrust.shipped(
        {k.public_key for k in trust.keys("publisher")}, {k: why for k, why in revoked.items() if why}
    )

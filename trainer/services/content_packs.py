"""Which publisher keys a content pack may be signed with here: the shipped official key plus trusted ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.content.signing import PublisherTrust
from trainer.storage.trust import TrustStore

if TYPE_CHECKING:
    from sqlite_utils import Database


def publisher_trust(db: Database) -> PublisherTrust:
    """Read on the database's own thread; the result is plain data a worker thread may use."""
    return PublisherTrust.shipped({k.public_key for k in TrustStore(db).keys("publisher")})

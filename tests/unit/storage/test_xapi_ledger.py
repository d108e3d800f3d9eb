"""The xAPI ledger: a statement kept once is never replaced, acknowledgements are per LRS, and
deleting a learner deletes their kept statements and acknowledgements."""

from __future__ import annotations

from trainer.storage import xapi_ledger
from trainer.storage.learner_admin import LearnerAdminStore


def _statement(sid: str, learner_id: str, title: str) -> dict:
    return {"id": sid, "actor": {"account": {"name": learner_id}}, "object": {"definition": {"name": {"en": title}}}}


def test_a_kept_statement_is_never_replaced_and_acknowledgements_are_per_lrs(store):
    db = store.db
    learner = store.create_learner("A", "police", "Astana")
    assert xapi_ledger.has_ledger(db)
    assert xapi_ledger.keep(db, [_statement("s1", learner.id, "First"), _statement("s2", learner.id, "Two")]) == 2
    assert xapi_ledger.keep(db, [_statement("s1", learner.id, "Edited title")]) == 0
    assert xapi_ledger.kept(db, ["s1", "s3"]) == {"s1": _statement("s1", learner.id, "First")}

    xapi_ledger.acknowledge(db, "http://a/statements", ["s1"], ["s2"])
    assert xapi_ledger.acknowledged(db, "http://a/statements") == {"s1": "stored", "s2": "conflict"}
    assert xapi_ledger.acknowledged(db, "http://b/statements") == {}

    assert LearnerAdminStore(db).delete(learner.id)
    assert xapi_ledger.kept(db, ["s1", "s2"]) == {}
    assert xapi_ledger.acknowledged(db, "http://a/statements") == {}

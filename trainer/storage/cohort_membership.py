"""Whether a learner belongs to any cohort: one lookup in an index.

Home lists assignments and opens pre-/post-tests only through ``cohort_members`` (see
trainer.storage.cohorts and trainer.storage.session_measures). A learner in no cohort, as on most
laptops, needs neither, so the app does not load cohorts and session measures to show their home.
"""

from __future__ import annotations

from typing import Any


def in_a_cohort(db: Any, learner_id: str) -> bool:
    row = db.execute("SELECT 1 FROM cohort_members WHERE learner_id = ? LIMIT 1", [learner_id]).fetchone()
    return row is not None

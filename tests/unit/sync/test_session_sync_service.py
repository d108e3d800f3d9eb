"""A pre-test taken on an offline laptop counts in the trainer's gain figures: the cohort file carries
the test there, the progress bundle carries the sitting back, all through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import astuple

from tests.conftest import SAMPLE_MODULES
from tests.sync_helpers import trusting
from trainer.domain.grading import key_response
from trainer.services.context import AppContext

MODULES = ["sample-01-basics", "sample-02-practice"]


def test_a_pre_test_taken_on_a_laptop_is_paired_with_the_post_test_on_the_trainers_computer(tmp_path):
    trainer = AppContext.open(tmp_path / "trainer", SAMPLE_MODULES)
    laptop = AppContext.open(tmp_path / "laptop", SAMPLE_MODULES)
    try:
        cohort = trainer.cohorts.create("March", "A. Nurlanova", dt.date(2026, 3, 1), dt.date(2026, 3, 31))
        trainer.cohorts.assign(cohort.id, MODULES[0], dt.date(2026, 3, 12))
        pre = trainer.measures.open_test(cohort.id, "pre", MODULES, items=3)
        exported = trainer.cohorts.export_file(cohort.id, tmp_path / "march.qcohort")

        # The laptop: import the assignments and the pre-test, take it (two items right).
        checked = laptop.cohorts.check_file(exported.path)
        assert [(t.phase, t.module_ids, t.items) for t in checked.tests] == [("pre", tuple(MODULES), 3)]
        laptop.cohorts.trust_key(checked)
        aida = laptop.learners.create("Aida", "police", "astana")
        laptop.cohorts.import_file(checked, aida.id)
        assert laptop.measures.tests(cohort.id)["pre"] == pre
        [pending] = laptop.measures.pending(aida.id)
        assert (pending.cohort_id, pending.phase) == (cohort.id, "pre")
        sitting = laptop.measures.start(aida.id, cohort.id, "pre")
        for _, q in sitting.questions[:2]:
            laptop.measures.answer(sitting, q.id, key_response(q))
        laptop.measures.finish(sitting)
        laptop_items = sorted(map(astuple, laptop.measures.item_scores(cohort.id)))
        assert len(laptop_items) == len(sitting.attempt.plan) and {i[1] for i in laptop_items} == {"pre"}
        bundle = laptop.sync.export_progress(tmp_path / "aida.zip").path

        # The trainer: import the progress; the pre-test is there, and Aida is a member.
        result = trainer.sync.import_bundles([bundle], decisions=trusting(bundle))
        assert result.errors == [] and result.counts.new["prepost_attempts"] == 1
        assert sorted(map(astuple, trainer.measures.item_scores(cohort.id))) == laptop_items
        assert trainer.measures.gain(cohort.id).unpaired == (aida.id,)

        # Post-test on the trainer's computer: no item of the laptop's pre-test comes again.
        trainer.measures.open_test(cohort.id, "post")
        [pending] = trainer.measures.pending(aida.id)
        assert pending.phase == "post"
        post = trainer.measures.start(aida.id, cohort.id, "post")
        assert not {q.id for _, q in post.questions} & {q.id for _, q in sitting.questions}
        for _, q in post.questions:
            trainer.measures.answer(post, q.id, key_response(q))
        trainer.measures.finish(post)

        gain = trainer.measures.gain(cohort.id)
        pre_percent = 100.0 * 2 / len(sitting.attempt.plan)
        assert gain.unpaired == () and gain.cohort.n == 1
        assert abs(gain.learners[aida.id].pre - pre_percent) < 1e-9
        assert abs(gain.learners[aida.id].post - 100.0) < 1e-9
    finally:
        trainer.close()
        laptop.close()

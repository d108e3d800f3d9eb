"""The profile form takes no longer a name or unit than a progress bundle accepts (issue 15)."""

from __future__ import annotations

from trainer.domain.limits import NAME_MAX, UNIT_MAX
from trainer.services.learners import LearnerService
from trainer.storage.database import open_database
from trainer.storage.store import ProgressStore
from trainer.sync.records import check_record
from trainer.ui.profile_screens import ProfileForm


def test_a_ten_thousand_character_name_is_cut_to_the_limit_bundles_accept(qtbot):
    store = ProgressStore(open_database(None))
    form = ProfileForm(LearnerService(store))
    qtbot.addWidget(form)
    saved = []
    form.saved.connect(saved.append)
    form.name.setText("N" * 10_007)
    form.unit.setText("U" * 10_007)
    assert len(form.name.text()) == NAME_MAX and len(form.unit.text()) == UNIT_MAX
    form.save()
    [learner] = saved
    record = {
        "id": learner.id,
        "name": learner.name,
        "role": learner.role,
        "region": learner.region,
        "unit": learner.unit,
        "created": store.learner(learner.id).created,
        "active": True,
    }
    assert check_record("learners", record)["name"] == "N" * NAME_MAX  # every import accepts what was saved
    store.close()

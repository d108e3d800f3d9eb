"""Trainer-side learner management: list, deactivate, reset PIN, and delete with everything attached."""

from __future__ import annotations

import pytest

from trainer.services.learner_admin import LearnerAdminService
from trainer.services.learners import LearnerService, ProfileError
from trainer.services.pins import check_pin
from trainer.services.quiz import QuizService


@pytest.fixture
def admin(store) -> LearnerAdminService:
    return LearnerAdminService(store, LearnerService(store))


def _attempt(store, catalogue, learner_id: str, answers: int) -> None:
    quizzes = QuizService(store)
    module = next(iter(catalogue.modules.values()))
    session = quizzes.start_or_resume(learner_id, module)
    from trainer.domain.grading import key_response

    for q in session.questions[:answers]:
        quizzes.answer(session, q.id, key_response(q))
    quizzes.finish(session)


def test_rows_list_active_and_inactive_learners_with_counts(admin, store, catalogue):
    a = admin.learners.create("Aigerim", "police", "pavlodar")
    b = admin.learners.create("Marat", "judge", "astana", pin="1234")
    _attempt(store, catalogue, a.id, 2)
    _attempt(store, catalogue, a.id, 1)
    admin.set_active(b.id, False)
    rows = {r.name: r for r in admin.rows()}
    assert rows["Aigerim"].attempts == 2 and rows["Aigerim"].active
    assert rows["Marat"].attempts == 0 and not rows["Marat"].active and rows["Marat"].has_pin
    assert [p.name for p in admin.learners.profiles()] == ["Aigerim"]
    admin.set_active(b.id, True)
    assert len(admin.learners.profiles()) == 2


def test_delete_cascades_to_attempts_answers_certificates_and_reviews(admin, store, catalogue):
    from trainer.services.certificates import CertificateService
    from trainer.storage.certificates import CertificateStore

    keep = admin.learners.create("Keep", "police", "pavlodar")
    gone = admin.learners.create("Gone", "police", "pavlodar")
    for learner in (keep, gone):
        _attempt(store, catalogue, learner.id, 99)
        _attempt(store, catalogue, learner.id, 1)
        store.mark_lesson_read(learner.id, "m", "lesson-1")
    certs = CertificateService(store, CertificateStore(store.db), catalogue)
    module_id = next(iter(catalogue.modules))
    certs.issue_for_module(gone.id, module_id)
    fp = admin.footprint(gone.id)
    assert fp.attempts == 2 and fp.certificates == 1 and fp.lessons == 1 and fp.responses >= 2

    assert admin.delete(gone.id)

    def count(sql: str, learner_id: str) -> int:
        return store.db.execute(sql, [learner_id]).fetchone()[0]

    for learner_id, expected in ((gone.id, 0), (keep.id, 2)):
        assert count("SELECT COUNT(*) FROM attempts WHERE learner_id = ?", learner_id) == expected
    assert count("SELECT COUNT(*) FROM certificates WHERE learner_id = ?", gone.id) == 0
    assert count("SELECT COUNT(*) FROM lesson_progress WHERE learner_id = ?", gone.id) == 0
    assert count("SELECT COUNT(*) FROM review WHERE learner_id = ?", gone.id) == 0
    orphans = store.db.execute(
        "SELECT COUNT(*) FROM responses WHERE attempt_id NOT IN (SELECT id FROM attempts)"
    ).fetchone()[0]
    assert orphans == 0
    assert [r.name for r in admin.rows()] == ["Keep"]
    assert not admin.delete(gone.id)


def test_reset_pin_sets_a_new_one_or_removes_it(admin):
    learner = admin.learners.create("Aigerim", "police", "pavlodar", pin="1234")
    changed = admin.reset_pin(learner.id, "98765")
    assert check_pin("98765", changed.pin_hash) and not check_pin("1234", changed.pin_hash)
    assert not admin.reset_pin(learner.id, None).has_pin
    with pytest.raises(ProfileError):
        admin.reset_pin(learner.id, "12a4")


def test_edit_keeps_the_pin(admin):
    learner = admin.learners.create("Aigerim", "police", "pavlodar", pin="1234")
    edited = admin.edit(learner.id, "Aigerim S.", "judge", "astana", "Court no. 2")
    assert (edited.name, edited.role, edited.region, edited.unit) == ("Aigerim S.", "judge", "astana", "Court no. 2")
    assert check_pin("1234", edited.pin_hash)
    with pytest.raises(ProfileError):
        admin.edit(learner.id, " ", "judge", "astana", "")

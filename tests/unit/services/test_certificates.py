"""Certificates through the service: earned only by passing, idempotent, and verifiable by code."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from trainer.domain.certificate import CertificateRecord, certificate_code, normalise_code
from trainer.domain.grading import key_response
from trainer.services.certificates import CertificateService, NotEligible
from trainer.services.quiz import QuizService
from trainer.storage.certificates import CertificateStore

ALMATY = timezone(timedelta(hours=5))


def take_quiz(store, module, learner_id: str, correct: int | None = None) -> None:
    """Finish one attempt, answering the first ``correct`` questions right (all when None) and the rest blank."""
    quizzes = QuizService(store)
    session = quizzes.start_or_resume(learner_id, module, seed=7)
    questions = session.questions if correct is None else session.questions[:correct]
    for q in questions:
        quizzes.answer(session, q.id, key_response(q))
    quizzes.finish(session)


@pytest.fixture
def service(store, catalogue) -> CertificateService:
    return CertificateService(
        store, CertificateStore(store.db), catalogue, clock=lambda: datetime(2026, 3, 12, 2, 30, tzinfo=ALMATY)
    )


@pytest.fixture
def learner(store):
    return store.create_learner("Әлия Қасымқызы Иванова", "police", "Astana")


def test_no_certificate_before_the_module_is_passed(service, store, catalogue, learner):
    module = catalogue.modules["sample-01-basics"]
    with pytest.raises(NotEligible) as err:
        service.issue_for_module(learner.id, module.id)
    assert err.value.reason == "not_passed"
    QuizService(store).start_or_resume(learner.id, module)  # open, unfinished attempt
    take_quiz(store, module, learner.id, correct=0)  # finished but failed
    with pytest.raises(NotEligible):
        service.issue_for_module(learner.id, module.id)
    assert not service.can_issue_for_module(learner.id, module.id)
    assert service.certs.for_learner(learner.id) == []


def test_unknown_module_is_refused(service, learner):
    with pytest.raises(NotEligible) as err:
        service.issue_for_module(learner.id, "no-such-module")
    assert err.value.reason == "unknown_module"


def test_certificate_after_passing_names_the_learner_module_and_score(service, store, catalogue, learner):
    module = catalogue.modules["sample-01-basics"]
    take_quiz(store, module, learner.id)
    cert = service.issue_for_module(learner.id, module.id)
    assert (cert.learner_name, cert.role, cert.region, cert.kind) == (learner.name, "police", "Astana", "module")
    [m] = cert.modules
    assert (m.id, m.title, m.version) == (module.id, module.meta.title, "1.0.0")
    assert cert.score == 100
    assert cert.date.isoformat() == "2026-03-12"  # the local day, not the UTC one (2026-03-11)
    assert len(cert.code) == 14 and cert.code.count("-") == 2
    assert service.for_learner(learner.id) == [cert]


def test_titles_follow_the_language(service, store, catalogue, learner):
    module = catalogue.modules["sample-01-basics"]
    take_quiz(store, module, learner.id)
    cert = service.issue_for_module(learner.id, module.id, language="ru")
    assert cert.modules[0].title == module.title_in("ru") != module.meta.title
    assert service.verify(cert.code, language="ru") == cert


def test_issuing_again_returns_the_same_certificate(service, store, catalogue, learner):
    module = catalogue.modules["sample-01-basics"]
    take_quiz(store, module, learner.id)
    first = service.issue_for_module(learner.id, module.id)
    later = CertificateService(store, CertificateStore(store.db), catalogue)  # another day, another clock
    assert later.issue_for_module(learner.id, module.id) == first
    assert len(service.certs.for_learner(learner.id)) == 1


def test_an_equal_later_attempt_keeps_the_certificate_and_a_better_one_renews_it(service, store, catalogue, learner):
    module = catalogue.modules["sample-01-basics"]  # three questions, pass mark 70
    take_quiz(store, module, learner.id)
    first = service.issue_for_module(learner.id, module.id)
    take_quiz(store, module, learner.id)  # 100 again: the earlier attempt stays the best
    assert service.issue_for_module(learner.id, module.id).code == first.code

    other = store.create_learner("Dana", "judge", "Almaty")
    take_quiz(store, module, other.id, correct=len(module.quiz.questions) - 1)
    lower = service.issue_for_module(other.id, module.id)
    take_quiz(store, module, other.id)
    higher = service.issue_for_module(other.id, module.id)
    assert higher.code != lower.code and higher.score > lower.score
    assert service.verify(lower.code) == lower  # an earlier certificate stays valid


def test_track_certificate_needs_every_module_of_the_curriculum(service, store, catalogue, learner):
    first, second = catalogue.modules["sample-01-basics"], catalogue.modules["sample-02-practice"]
    assert service.curriculum(learner.id) == [first.id, second.id]
    take_quiz(store, first, learner.id)
    with pytest.raises(NotEligible) as err:
        service.issue_for_track(learner.id)
    assert err.value.reason == "curriculum_incomplete" and err.value.missing == (second.id,)
    assert service.missing_for_track(learner.id) == [second.id]

    take_quiz(store, second, learner.id)
    cert = service.issue_for_track(learner.id)
    assert cert.kind == "track"
    assert [m.id for m in cert.modules] == [first.id, second.id]
    best = [service.best_passed_attempt(learner.id, m).score for m in (first.id, second.id)]
    assert cert.score == round(sum(best) / 2, 2)
    assert service.issue_for_track(learner.id) == cert
    assert cert.code != service.issue_for_module(learner.id, first.id).code


def test_code_verifies_in_lower_case_and_without_dashes(service, store, catalogue, learner):
    module = catalogue.modules["sample-01-basics"]
    take_quiz(store, module, learner.id)
    cert = service.issue_for_module(learner.id, module.id)
    for typed in (
        cert.code,
        cert.code.lower(),
        cert.code.replace("-", ""),
        f"  {cert.code.lower().replace('-', ' ')} ",
    ):
        assert service.verify(typed) == cert, typed
    assert service.verify("AAAA-AAAA-AAAA") is None
    assert service.verify("not a code") is None
    assert service.verify("") is None


def test_lookalike_digits_are_read_as_letters():
    assert normalise_code("0ABC-1DEF-8GHJ") == "OABC-IDEF-BGHJ"
    assert normalise_code("abcd efgh jk") is None  # too short


def test_changing_any_field_changes_the_code():
    fields = {
        "learner_id": "learner-1",
        "kind": "module",
        "module_ids": ("core-01",),
        "content_versions": {"core-01": "1.0.0"},
        "attempt_ids": ("attempt-1",),
        "score": 85.0,
    }
    code = certificate_code(**fields)
    assert code == certificate_code(**fields)  # deterministic
    changes = {
        "learner_id": "learner-2",
        "kind": "track",
        "module_ids": ("core-02",),
        "content_versions": {"core-01": "1.0.1"},
        "attempt_ids": ("attempt-2",),
        "score": 85.01,
    }
    for name, value in changes.items():
        assert certificate_code(**{**fields, name: value}) != code, name


def test_a_record_changed_after_issue_no_longer_verifies(service, store, catalogue, learner):
    module = catalogue.modules["sample-01-basics"]
    take_quiz(store, module, learner.id, correct=len(module.quiz.questions) - 1)
    cert = service.issue_for_module(learner.id, module.id)
    record = service.certs.get_by_code(cert.code)
    assert isinstance(record, CertificateRecord) and record.intact
    assert not dataclasses.replace(record, score=100.0).intact
    store.db.execute("UPDATE certificates SET score = 100 WHERE code = ?", [cert.code])
    assert service.verify(cert.code) is None


def test_certificates_go_with_a_deleted_learner(service, store, catalogue, learner):
    module = catalogue.modules["sample-01-basics"]
    take_quiz(store, module, learner.id)
    cert = service.issue_for_module(learner.id, module.id)
    store.db.execute("DELETE FROM learners WHERE id = ?", [learner.id])
    assert service.verify(cert.code) is None


def test_certificate_code_and_service_import_no_qt_and_the_domain_only_stdlib():
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import trainer.domain.certificate\n"
        "new = {m.split('.')[0] for m in set(sys.modules) - before}\n"
        "assert new <= {'trainer'} | set(sys.stdlib_module_names), new\n"
        "import trainer.services.certificates, trainer.storage.certificates\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_first_schema_database_gains_the_certificates_table(tmp_path, catalogue):
    import shutil

    from tests.conftest import FIXTURES
    from trainer.storage.database import open_database, pending_migrations
    from trainer.storage.migrations import SCHEMA_VERSION
    from trainer.storage.store import ProgressStore

    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "db" / "schema-v1.db", path)
    assert pending_migrations(path)[0] == "m002_certificates"  # later migrations follow
    store = ProgressStore(open_database(path))
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 2
    learner = store.learners()[0]
    service = CertificateService(store, CertificateStore(store.db), catalogue)
    assert service.for_learner(learner.id) == []
    store.close()
    assert pending_migrations(path) == []

"""The bundled curriculum: complete, valid, traceable to the article."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.conftest import ROOT
from trainer.content.loader import load_catalogue
from trainer.content.report import coverage, coverage_markdown
from trainer.domain.model import QUESTION_TYPES, Scenario
from trainer.domain.scenario import all_paths


@pytest.fixture(scope="module")
def curriculum():
    return load_catalogue(ROOT / "modules")


def test_bundled_modules_load_without_problems(curriculum):
    assert curriculum.errors == []
    assert len(curriculum.glossary.terms) >= 20


def test_four_modules_in_every_track_and_enough_questions(curriculum):
    tracks = Counter(m.meta.track for m in curriculum.modules.values())
    assert all(tracks[t] >= 4 for t in ("core", "police", "justice", "social_work")), tracks
    questions = [q for m in curriculum.modules.values() for q in m.quiz.questions]
    assert len(questions) >= 160
    assert {q.type for q in questions} == set(QUESTION_TYPES)
    for m in curriculum.modules.values():
        assert len(m.quiz.questions) >= 10, m.id
        assert 2 <= len(m.meta.lessons) <= 4, m.id


def test_every_module_has_a_scenario_with_three_decisions_on_every_path(curriculum):
    scenarios = 0
    for m in curriculum.modules.values():
        mine = [q for q in m.quiz.questions if isinstance(q, Scenario)]
        assert mine, m.id
        scenarios += len(mine)
        assert any(min(len(p) for p in all_paths(s)) >= 3 for s in mine), m.id
    assert scenarios >= 16


def test_every_recommendation_is_taught_by_a_question(curriculum):
    rows = coverage(curriculum)
    assert rows and not [r.finding.id for r in rows if r.uncovered]


def test_sources_md_is_generated_from_the_content(curriculum):
    committed = (ROOT / "modules" / "SOURCES.md").read_text(encoding="utf-8")
    assert committed == coverage_markdown(curriculum), (
        "run: python main.py validate --coverage --markdown > modules/SOURCES.md"
    )
    assert "CC BY 4.0" in committed


def test_every_module_in_russian_and_kazakh_with_findings_and_glossary(curriculum):
    """Translations sit beside the English files; the validator already checked their structure."""
    from trainer.content.report import translation_gaps

    for m in curriculum.modules.values():
        gaps = translation_gaps(curriculum, m)
        assert gaps["ru"] == [], (m.id, gaps["ru"])
        assert gaps["kk"] == [], (m.id, gaps["kk"])
        for lang in m.translations:
            assert m.translations[lang].translator, (m.id, lang)
            assert not m.translations[lang].reviewed, "only a qualified legal translator sets reviewed"
    assert all(f.ru and f.kk for f in curriculum.findings.items)
    assert all(t.ru and t.kk for t in curriculum.glossary.terms)


def test_every_module_states_the_law_it_teaches(curriculum):
    from datetime import date

    for m in curriculum.modules.values():
        assert date.fromisoformat(m.meta.law_as_of) >= date(2024, 6, 16), m.id


def test_kazakh_readers_get_russian_before_english(sample_root):
    """A module not yet translated into Kazakh is shown in Russian, which Kazakh readers also read."""
    folder = sample_root / "sample-01-basics"
    (folder / "quiz.ru.yaml").write_text((folder / "quiz.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    cat = load_catalogue(sample_root)
    module = cat.modules["sample-01-basics"]
    assert "kk" not in module.quiz_translations and "ru" in module.quiz_translations
    assert module.quiz_in("kk") is module.quiz_translations["ru"]
    lesson = module.meta.lessons[0]
    assert cat.lesson_text(module, lesson, "kk") == cat.lesson_text(module, lesson, "ru")
    assert cat.lesson_text(module, lesson, "kk") != cat.lesson_text(module, lesson, "en")

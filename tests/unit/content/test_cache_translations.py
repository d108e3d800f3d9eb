"""Translated quizzes come from the cache only when asked for, and are always the right ones."""

from __future__ import annotations

import shutil

import pytest

from trainer.content import cache


@pytest.fixture
def translated_root(sample_root):
    """The sample modules with a Russian quiz (a copy of the English one with its prompts marked)."""
    folder = sample_root / "sample-01-basics"
    text = (folder / "quiz.yaml").read_text(encoding="utf-8")
    (folder / "quiz.ru.yaml").write_text(text, encoding="utf-8")
    return sample_root


def _cached(root, cache_dir):
    cache.load_catalogue_cached(root, [], cache_dir)  # fills the cache
    return cache.load_catalogue_cached(root, [], cache_dir)


def test_a_cached_catalogue_has_the_same_translated_quizzes(translated_root, tmp_path):
    fresh = cache.load_catalogue(translated_root)
    cached = _cached(translated_root, tmp_path / "cache")
    module, again = fresh.modules["sample-01-basics"], cached.modules["sample-01-basics"]
    assert list(again.quiz_translations) == ["ru"] and "kk" not in again.quiz_translations
    assert again.quiz_in("ru") == module.quiz_in("ru")
    assert again.quiz_in("kk") is again.quiz_in("ru")  # Kazakh readers get Russian, the same object each time
    assert dict(again.quiz_translations) == dict(module.quiz_translations)


def test_an_english_session_reads_no_translation_file(translated_root, tmp_path, monkeypatch):
    cached = _cached(translated_root, tmp_path / "cache")
    read = []
    real = cache.TranslatedQuizFiles._read
    monkeypatch.setattr(cache.TranslatedQuizFiles, "_read", lambda self, lang: read.append(lang) or real(self, lang))
    module = cached.modules["sample-01-basics"]
    assert module.quiz_in("en") is module.quiz
    assert "ru" in module.quiz_translations
    assert read == []
    module.quiz_in("ru")
    assert read == ["ru"]


@pytest.mark.parametrize("damage", ["missing", "garbage", "other content"])
def test_a_bad_translation_file_is_not_trusted(translated_root, tmp_path, damage):
    cache_dir = tmp_path / "cache"
    cached = _cached(translated_root, cache_dir)
    path = cache.quizzes_file(cache_dir, "ru")
    if damage == "missing":
        path.unlink()
    elif damage == "garbage":
        path.write_bytes(b"\x80\x04garbage")
    else:  # another process rebuilt the cache for other content meanwhile
        other = tmp_path / "other"
        shutil.copytree(translated_root, other)
        quiz = other / "sample-01-basics" / "quiz.ru.yaml"
        quiz.write_text(
            quiz.read_text(encoding="utf-8").replace("Article 20, feedback", "Article 20 (edited), feedback"),
            encoding="utf-8",
        )
        cache.load_catalogue_cached(other, [], other / "cache")
        path.write_bytes(cache.quizzes_file(other / "cache", "ru").read_bytes())
    expected = cache.load_catalogue(translated_root).modules["sample-01-basics"].quiz_in("ru")
    assert cached.modules["sample-01-basics"].quiz_in("ru") == expected

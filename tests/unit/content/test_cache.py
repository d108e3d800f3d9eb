"""The catalogue cache serves an unchanged content folder and never serves stale content."""

from __future__ import annotations

import os

from trainer.content import cache


def test_cache_is_used_then_rebuilt_after_an_edit(sample_root, tmp_path, monkeypatch):
    calls = []
    real = cache.load_catalogue
    monkeypatch.setattr(cache, "load_catalogue", lambda *a, **k: calls.append(1) or real(*a, **k))
    first = cache.load_catalogue_cached(sample_root, [], tmp_path / "cache")
    second = cache.load_catalogue_cached(sample_root, [], tmp_path / "cache")
    assert len(calls) == 1 and list(second.modules) == list(first.modules)
    quiz = sample_root / "sample-01-basics" / "quiz.yaml"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace("Article 20, feedback", "Article 20 (edited), feedback"), encoding="utf-8")
    os.utime(quiz, ns=(1, 1))  # even with an old timestamp the size differs
    third = cache.load_catalogue_cached(sample_root, [], tmp_path / "cache")
    assert len(calls) == 2
    texts = [o.text for o in third.modules["sample-01-basics"].quiz.questions[0].options]
    assert "Article 20 (edited)" in texts


def test_damaged_cache_is_rebuilt(sample_root, tmp_path):
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / cache.CACHE_NAME).write_bytes(b"\x80\x04garbage")
    cat = cache.load_catalogue_cached(sample_root, [], tmp_path / "cache")
    assert "sample-01-basics" in cat.modules and not cat.errors


def test_broken_content_is_still_reported_from_the_cache(sample_root, tmp_path):
    (sample_root / "sample-01-basics" / "quiz.yaml").write_text("questions: [\n", encoding="utf-8")
    cache.load_catalogue_cached(sample_root, [], tmp_path / "cache")
    again = cache.load_catalogue_cached(sample_root, [], tmp_path / "cache")
    assert "sample-01-basics" in again.skipped and again.errors

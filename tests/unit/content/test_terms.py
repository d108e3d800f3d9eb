"""The term base: refused variants are reported with file and line, marked uses pass, marks never show."""

from __future__ import annotations

from tests.conftest import ROOT


def errors_for(root):
    from trainer.content.loader import load_catalogue

    return [str(e) for e in load_catalogue(root).errors]


TERMS = r"""terms:
  - id: protective-order
    en: protective order
    ru: защитное предписание
    kk: қорғау нұсқамасы
    source: Law 214-IV Art. 20
    refuse:
      ru: ['охранн\w*\s+ордер\w*']
  - id: administrative-detention
    en: administrative detention
    ru: административное задержание
    kk: әкімшілік ұстап алу
    source: Law 214-IV Art. 21
    refuse:
      ru:
        - {pattern: 'административн\w*\s+арест\w*', near: ['стать\w*\s+21'], within: 25}
"""


def test_refused_variants_are_reported_with_file_and_line_and_marked_uses_pass(sample_root):
    (sample_root / "terms.yaml").write_text(TERMS, encoding="utf-8")
    lesson = sample_root / "sample-01-basics" / "lessons" / "01-protective-orders.ru.md"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(
        text
        + "\nПолиция выносит охранный ордер.\n"
        + "Статья 21 — административный арест на сутки.\n"
        + "Административный арест назначает только суд, это не мера статьи 21 закона.\n"
        + "Статья 21: административный арест<!-- term-ok: cited as the old text said --> в прежней редакции.\n",
        encoding="utf-8",
    )
    errs = [e for e in errors_for(sample_root) if "terms.yaml" in e]
    lines = len(text.splitlines())
    assert any(f"01-protective-orders.ru.md:{lines + 2}: 'охранный ордер'" in e for e in errs), errs
    assert any(f"01-protective-orders.ru.md:{lines + 3}: 'административный арест'" in e for e in errs), errs
    assert len(errs) == 2, errs  # the contrast sentence and the marked use pass


def test_a_term_mark_is_never_shown_to_the_learner():
    from trainer.content.markdown_render import render_markdown
    from trainer.content.terms import strip_marks_in

    assert "term-ok" not in render_markdown("Арест<!-- term-ok --> назначает суд.")
    assert strip_marks_in({"a": ["арест <!-- term-ok: why --> суда"]}) == {"a": ["арест суда"]}


def test_the_bundled_content_uses_the_term_base():
    errs = [e for e in errors_for(ROOT / "modules") if "terms.yaml" in e or "term base" in e]
    assert errs == [], "\n".join(errs[:20])

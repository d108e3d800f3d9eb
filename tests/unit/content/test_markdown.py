"""Lessons render to HTML with raw HTML neutralised and only safe links kept."""

from pathlib import Path

from tests.conftest import SAMPLE_MODULES
from trainer.content.markdown_render import render_markdown


def test_tables_quotes_and_images_render(catalogue):
    module = catalogue.modules["sample-01-basics"]
    html = render_markdown(catalogue.lesson_text(module, module.meta.lessons[0]), Path(module.folder))
    assert "<table>" in html and "<blockquote>" in html
    assert (SAMPLE_MODULES / "sample-01-basics" / "images" / "bar.png").as_uri() in html
    assert 'href="glossary:protective-order"' in html


def test_raw_html_and_scripts_are_shown_as_text():
    html = render_markdown("<script>alert(1)</script>\n\nHello <img src=x onerror=alert(1)>")
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_dangerous_links_and_outside_images_are_neutralised(tmp_path):
    html = render_markdown("[a](file:///etc/passwd) [b](javascript:alert(1)) ![c](/etc/passwd)", tmp_path)
    assert 'href="blocked:file:///etc/passwd"' in html
    assert 'href="blocked:javascript' in html
    assert "<img" not in html


def test_language_variant_falls_back_to_english(catalogue):
    module = catalogue.modules["sample-02-practice"]
    lesson = module.meta.lessons[0]
    assert catalogue.lesson_text(module, lesson, "kk") == catalogue.lesson_text(module, lesson, "en")
    basics = catalogue.modules["sample-01-basics"]
    assert catalogue.lesson_text(basics, basics.meta.lessons[0], "ru").startswith("# Защитные")

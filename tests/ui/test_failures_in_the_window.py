"""Faults as a learner meets them in the window: a full disk while answering, hostile modules."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import SAMPLE_MODULES
from tests.unit.services.test_write_faults import fill_disk, free_disk
from trainer.domain.grading import key_response
from trainer.services.context import AppContext
from trainer.ui.dialogs import Ask
from trainer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a, **k: True))
    ctx = AppContext.open(tmp_path / "data", SAMPLE_MODULES)
    ctx.learners.create("Dana Seitkali", "police", "astana")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    yield w
    ctx.close()


def test_an_answer_that_cannot_be_saved_shows_a_message_and_stays_on_the_question(window, monkeypatch):
    warnings = []
    monkeypatch.setattr(Ask, "warn", staticmethod(lambda parent, title, text: warnings.append(text)))
    window.take_quiz("sample-01-basics")
    runner = window.runner
    q = runner.current_question()
    fill_disk(window.ctx.store)
    runner.set_answer(key_response(q))
    runner.submit_button.click()
    assert len(warnings) == 1 and "disk is full" in warnings[0]
    assert runner.current_question() is q and runner.index == 0 and not runner.submitted
    assert runner.submit_button.isVisible() and runner.submit_button.isEnabled()
    assert window.ctx.store.responses(window.session.attempt.id) == []
    # Space is freed: the same answer is saved with one more click.
    free_disk(window.ctx.store.db)
    runner.submit_button.click()
    assert runner.submitted and [r.question_id for r in window.ctx.store.responses(window.session.attempt.id)] == [q.id]


HOSTILE_LESSON = """# Lesson

<script>alert('x')</script>
<iframe src="https://example.org"></iframe>
Read [the law](https://example.org/law) <img src=x onerror=alert(1)>
"""


def test_hostile_modules_are_refused_or_neutralised_and_the_others_load(qtbot, tmp_path):
    root = tmp_path / "modules"
    shutil.copytree(SAMPLE_MODULES, root)
    # A lesson path that escapes the module folder (zip-slip-like): the module is refused.
    meta = root / "sample-02-practice" / "module.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace("lessons/01-practice.md", "../../etc/passwd"), encoding="utf-8"
    )
    # Raw HTML and scripts, a web link: the module loads, and they are shown as text.
    lesson = root / "sample-01-basics" / "lessons" / "01-protective-orders.md"
    lesson.write_text(HOSTILE_LESSON, encoding="utf-8")
    ctx = AppContext.open(tmp_path / "data", root)
    assert "sample-02-practice" in ctx.catalogue.skipped and "sample-01-basics" in ctx.catalogue.modules
    assert any("outside the module folder" in str(e) and "module.yaml" in str(e) for e in ctx.catalogue.errors)
    ctx.learners.create("Dana Seitkali", "police", "astana")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert "could not be loaded" in window.statusBar().currentMessage()
    window.open_module("sample-01-basics", warn=False)
    html = window.reader.browser.toHtml()
    text = window.reader.browser.toPlainText()
    assert "<script" not in html and "<iframe" not in html and "<img" not in html
    assert "alert('x')" in text and "onerror" in text  # shown as text, never run
    assert 'href="https://example.org/law"' in html  # shown as an address, not opened (see the reader)
    ctx.close()


def test_file_links_and_outside_images_refuse_the_module_with_the_file_named(tmp_path):
    root = tmp_path / "modules"
    shutil.copytree(SAMPLE_MODULES, root)
    lesson = root / "sample-02-practice" / "lessons" / "01-practice.md"
    lesson.write_text("# L\n\n[passwords](file:///etc/passwd)\n\n![x](../../../../etc/hosts)\n", encoding="utf-8")
    ctx = AppContext.open(tmp_path / "data", root)
    problems = [str(e) for e in ctx.catalogue.skipped["sample-02-practice"]]
    assert any("01-practice.md" in p and "file:///etc/passwd" in p for p in problems), problems
    assert any("01-practice.md" in p and "etc/hosts" in p for p in problems), problems
    assert "sample-01-basics" in ctx.catalogue.modules
    ctx.close()


def test_deeply_nested_and_enormous_yaml_are_refused_and_the_others_load(tmp_path):
    root = tmp_path / "modules"
    shutil.copytree(SAMPLE_MODULES, root)
    (root / "sample-01-basics" / "quiz.yaml").write_text("q: " + "[" * 100_000 + "]" * 100_000, encoding="utf-8")
    (root / "sample-02-practice" / "quiz.yaml").write_text("x: " + "y" * 2_100_000, encoding="utf-8")
    ctx = AppContext.open(tmp_path / "data", root)
    problems = " ".join(str(e) for e in ctx.catalogue.errors)
    assert "sample-01-basics/quiz.yaml" in problems and "too large" in problems
    assert set(ctx.catalogue.skipped) == {"sample-01-basics", "sample-02-practice"}
    ctx.close()


def test_start_up_notices_are_shown_once_after_the_main_window_appears(qtbot, qapp, tmp_path, monkeypatch):
    """A restored or upgraded database: the user is told after the window is on screen."""
    import argparse

    from trainer.ui import bootstrap
    from trainer.ui.start_window import StartWindow

    data = tmp_path / "data"
    data.mkdir()
    (data / "qorgau.db").write_bytes(b"garbage" * 1000)
    shown = []
    monkeypatch.setattr(bootstrap, "show_notices", lambda parent, notices: shown.append((parent, notices)))
    shell = StartWindow()
    qtbot.addWidget(shell)
    shell.show()
    state: dict = {"context": None, "window": None, "code": 0}
    args = argparse.Namespace(exit_after_start=False, content_dir=str(SAMPLE_MODULES))
    window = bootstrap._open_main_window(qapp, args, data, shell, state)
    qtbot.addWidget(window)
    assert window.isVisible() and not shell.isVisible()
    qtbot.waitUntil(lambda: len(shown) == 1)
    parent, notices = shown[0]
    assert parent is window and "no automatic backup" in notices[0]
    state["context"].learners.create("Dana", "police", "astana")
    state["context"].close(backup=True)  # the clean-exit backup (taken because something was written)
    assert list((data / "backups").glob("qorgau-*-exit.db"))

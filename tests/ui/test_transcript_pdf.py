"""A learner's printable transcript: modules with their state, every attempt and certificate, as a PDF
the learner saves from the Profile menu and the trainer from the Learners tab."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import SAMPLE_MODULES
from tests.ui.test_trainer_workspace import _take
from trainer.documents.transcript_pdf import write_transcript_pdf
from trainer.services.context import AppContext
from trainer.services.transcript import default_transcript_filename, transcript_sheet
from trainer.ui.dialogs import Ask
from trainer.ui.main_window import MainWindow
from trainer.ui.trainer.workspace import TrainerWorkspace


@pytest.fixture
def ctx(tmp_path):
    """Айгерім passed the first module on her second attempt and holds its certificate."""
    ctx = AppContext.open(tmp_path / "data", SAMPLE_MODULES)
    first = next(iter(ctx.catalogue.modules))
    learner = ctx.learners.create("Айгерім Серікбаева", "police", "pavlodar", "Аудан бөлімі №2")
    _take(ctx, learner.id, first, right=False)
    _take(ctx, learner.id, first, right=True)
    ctx.certificates.issue_for_module(learner.id, first)
    ctx.ids = {"learner": learner.id, "module": first}
    yield ctx
    ctx.close()


def _text(path: Path) -> str:
    """The PDF's text with runs of white space as one space (pypdf writes tabs between words)."""
    return " ".join(" ".join((page.extract_text() or "") for page in PdfReader(path).pages).split())


def test_sheet_lists_modules_attempts_and_certificates(ctx):
    sheet = transcript_sheet(ctx.reports, ctx.curriculum, ctx.catalogue, ctx.ids["learner"])
    first = {m.module_id: m for m in sheet.modules}[ctx.ids["module"]]
    assert (first.state, first.best_score, first.attempts) == ("passed", 100.0, 2)
    assert [a.passed for a in sheet.attempts] == [False, True]  # oldest first
    assert sheet.attempts[1].wrong == 0 and sheet.attempts[1].right > 0
    assert sheet.attempts[0].right == 0
    [cert] = sheet.certificates
    assert cert.titles == (ctx.catalogue.modules[ctx.ids["module"]].title_in("en"),)
    assert default_transcript_filename(sheet).startswith("Qorgau-transcript-Айгерім-Серікбаева-")


def test_pdf_shows_the_record_in_whole_words(qapp, ctx, tmp_path):
    sheet = transcript_sheet(ctx.reports, ctx.curriculum, ctx.catalogue, ctx.ids["learner"])
    path = write_transcript_pdf(sheet, tmp_path / "t.pdf")
    text = _text(path)
    assert "Айгерім Серікбаева" in text  # Kazakh letters embedded and extractable
    assert sheet.certificates[0].code in text
    title = ctx.catalogue.modules[ctx.ids["module"]].title_in("en")
    # Every word of the title comes out whole: wrapping happens between words, never inside one.
    words = set(re.findall(r"\w+", text))
    assert all(w in words for w in re.findall(r"\w+", title))
    assert "not passed" in text and "100%" in text
    assert not list(tmp_path.glob(".transcript-*"))  # no temporary file left beside it


def test_unwritable_folder_is_an_error_that_names_it(qapp, ctx, tmp_path):
    sheet = transcript_sheet(ctx.reports, ctx.curriculum, ctx.catalogue, ctx.ids["learner"])
    with pytest.raises(OSError):
        write_transcript_pdf(sheet, tmp_path / "missing-folder" / "t.pdf")


def test_learner_prints_from_the_profile_menu(qtbot, ctx, tmp_path, monkeypatch):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_start()
    assert window.transcript_action.isEnabled()
    target = tmp_path / "mine"
    told = []
    monkeypatch.setattr(Ask, "save_path", staticmethod(lambda parent, title, suggested, f: str(target)))
    monkeypatch.setattr(Ask, "inform", staticmethod(lambda parent, title, text: told.append(text)))
    window.transcript_action.trigger()
    saved = target.with_suffix(".pdf")
    assert saved.is_file() and "Айгерім" in _text(saved)
    assert str(saved) in told[0]


def test_trainer_saves_the_selected_learners_transcript(qtbot, ctx, tmp_path, monkeypatch):
    workspace = TrainerWorkspace(ctx)
    qtbot.addWidget(workspace)
    tab = workspace.learners
    tab.refresh()
    assert not tab.transcript_button.isEnabled()  # nobody selected yet
    tab.select(ctx.ids["learner"])
    assert tab.transcript_button.isEnabled()
    suggested = []
    monkeypatch.setattr(
        Ask, "save_path", staticmethod(lambda p, t, s, f: suggested.append(s) or str(tmp_path / "trainer.pdf"))
    )
    monkeypatch.setattr(Ask, "inform", staticmethod(lambda *a: None))
    tab.transcript_button.click()
    assert Path(suggested[0]).name.startswith("Qorgau-transcript-")
    assert "Айгерім Серікбаева" in _text(tmp_path / "trainer.pdf")
    workspace.close()

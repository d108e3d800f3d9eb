"""Dialogs fit their text, Esc in a dialog leaves at once, and focus at a scenario's end goes to Submit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.ui.test_learner_flow import answer_current, open_app  # noqa: F401 - the fixture
from trainer.ui.theme import apply_theme
from trainer.ui.trainer.auth_dialogs import NewPasswordDialog, PasswordDialog


@pytest.fixture(params=[1.0, 2.0])
def text_scale(request, qapp):
    """100% and 200% text; the application's look is put back afterwards."""
    style, sheet, font, palette = qapp.style().name(), qapp.styleSheet(), qapp.font(), qapp.palette()
    apply_theme(qapp, "light", request.param)
    yield request.param
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyle(style)
    qapp.setProperty("qorgau_theme", None)


def _clipped(dialog) -> list[str]:
    """Visible parts of ``dialog`` that are cut off: wrapped text shorter than it needs, or outside."""
    problems = []
    inside = dialog.rect()
    for w in dialog.findChildren(QWidget):
        if not w.isVisibleTo(dialog):
            continue
        rect = w.geometry().translated(w.parentWidget().mapTo(dialog, w.parentWidget().rect().topLeft()))
        if not inside.contains(rect):
            problems.append(f"{type(w).__name__} {rect} outside {inside}")
        if isinstance(w, QLabel) and w.wordWrap() and w.text() and w.height() < w.heightForWidth(w.width()):
            problems.append(f"label {w.text()[:30]!r} is {w.height()} high, needs {w.heightForWidth(w.width())}")
    return problems


@pytest.mark.parametrize("first", [True, False])
def test_the_choose_password_dialog_sizes_to_its_text(qtbot, text_scale, first):
    """The whole explanation and every field show, at 100% and 200% text, also with an error shown."""
    dialog = NewPasswordDialog(first)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not _clipped(dialog), _clipped(dialog)
    dialog.new.setText("short")
    dialog.try_accept()
    assert dialog.error.isVisible()
    assert not _clipped(dialog), _clipped(dialog)
    dialog.resize(dialog.width() - 60, dialog.height())  # narrower: the text wraps onto more lines
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())


def test_the_password_dialog_shows_its_whole_message(qtbot, text_scale):
    dialog = PasswordDialog("That password is not correct. 4 more tries before trainer mode locks.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not _clipped(dialog), _clipped(dialog)


def _press_escape_in_dialog(seen: list[str]) -> None:
    """Press Esc in whichever dialog is open (called from inside its modal loop)."""
    dialog = QApplication.activeModalWidget()
    seen.append(type(dialog).__name__ if dialog is not None else "none")
    if dialog is not None:
        dialog.activateWindow()
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)  # as typed: shortcuts see it


@pytest.mark.parametrize("which", ["glossary", "search", "message"])
def test_escape_in_a_dialog_closes_it_and_covers_the_window(open_app, which):  # noqa: F811 - fixture
    """Leave now works from inside any dialog: the dialog closes and the lesson is hidden at once."""
    from trainer.ui.dialogs import inform

    window = open_app()
    window.ctx.learners.create("Saule", "social_worker", "kostanay")
    window.show_start()
    window.open_module("sample-01-basics")
    assert window.stack.currentWidget() is window.reader
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _press_escape_in_dialog(seen))
    if which == "glossary":
        window.glossary()
    elif which == "search":
        window.search("protective")
    else:
        inform(window, "Qorgau", "A message")
    assert seen and seen[0] != "none", "no dialog was open"
    assert QApplication.activeModalWidget() is None
    assert window.stack.currentWidget() is window.cover
    window.cover.button.click()
    assert window.stack.currentWidget() is window.reader


def test_focus_goes_to_submit_at_the_end_of_a_scenario(open_app, qtbot):  # noqa: F811 - fixture
    """Space after the last step submits the scenario instead of going back to the lessons."""
    from trainer.domain.grading import key_response
    from trainer.domain.model import Scenario

    window = open_app()
    window.ctx.learners.create("Aruzhan Bekova", "police", "astana")
    window.show_start()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.take_quiz("sample-02-practice")
    runner = window.runner
    while not isinstance(runner.current_question(), Scenario):
        answer_current(window)
        if runner.next_button.isVisible():
            runner.next_button.click()
    widget = runner.answer_widget
    path = list(key_response(runner.current_question()))
    for index in path:
        widget.choose(index)
        assert QApplication.focusWidget() is widget.continue_button
        qtbot.keyClick(widget.continue_button, Qt.Key.Key_Space)
    assert widget.finished()
    assert QApplication.focusWidget() is runner.submit_button
    assert QApplication.focusWidget() is not runner.lessons_button


def test_file_dialogs_start_in_documents(qtbot, monkeypatch, tmp_path):
    """Open and save dialogs start in the Documents folder, not the program's working folder."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from trainer.ui import dialogs, interop_actions, sync_actions

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert dialogs.documents_folder() == documents
    seen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda p, t, d, f: seen.append(d) or ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda p, t, d, f: seen.append(d) or ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda p, t, d, f: seen.append(d) or ([], "")))
    dialogs.save_path(None, "Save", "report.pdf", "PDF (*.pdf)")
    interop_actions._open_path(None, "Open", "ZIP (*.zip)")
    sync_actions._open_paths(None, "Open")
    assert seen[0].startswith(documents) and seen[0].endswith("report.pdf")
    assert seen[1:] == [documents, documents]

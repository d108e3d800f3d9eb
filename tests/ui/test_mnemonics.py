"""Alt + letter (the & mnemonics) is unique within each window and within each menu, in every language."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)

from tests.conftest import SAMPLE_MODULES
from tests.ui.test_learner_flow import answer_current
from trainer.i18n import LANGUAGES, Translators
from trainer.services.context import AppContext
from trainer.ui.dialogs import Ask
from trainer.ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), lower-cased; None if there is none."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def _texts(window: QWidget) -> list[str]:
    """Every text carrying a mnemonic that is live in ``window`` now: visible widgets and menu titles."""
    texts: list[str] = []
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.window() is not window:
            continue
        if isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QLabel) and w.buddy() is not None:
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts.extend(w.tabText(i) for i in range(w.count()) if w.isTabVisible(i))
    if hasattr(window, "menuBar") and window.menuBar().isVisibleTo(window):
        texts.extend(a.text() for a in window.menuBar().actions() if a.isVisible())
    return texts


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """Letters used by more than one of ``texts``."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter[letter].append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


def _report(found: dict[str, dict[str, list[str]]]) -> str:
    """Each clash once, with the first place it was seen."""
    seen: dict[tuple[str, ...], str] = {}
    for place, by_letter in found.items():
        for texts in by_letter.values():
            seen.setdefault(tuple(sorted(texts)), place)
    return "; ".join(f"{place}: {' / '.join(texts)}" for texts, place in seen.items())


def _menus(menu: QMenu, path: str):
    yield path, menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menus(action.menu(), path + " → " + action.text())


@pytest.fixture(params=list(LANGUAGES))
def language(request, qapp):
    """Install the translators of one language as the app does; English again afterwards."""
    translators = Translators()
    translators.install(request.param)
    yield request.param, translators
    translators.install("en")


@pytest.fixture
def app_window(qtbot, tmp_path, language, monkeypatch):
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a, **k: True))
    code, translators = language
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    window = MainWindow(ctx, code, translators)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.close()
    ctx.close()


def test_the_helper_reads_mnemonics():
    assert mnemonic("Save c&ertificate…") == "e" and mnemonic("Fish && chips") is None
    assert clashes(["&Home", "&Help", "&View"]) == {"h": ["&Home", "&Help"]}


def test_each_screen_of_the_learner_window_has_unique_alt_letters(app_window):
    """Welcome, profile form, chooser, home, reader, every question, results and the cover, with the menus."""
    window = app_window
    found: dict[str, dict[str, list[str]]] = {}

    def check(name: str) -> None:
        if c := clashes(_texts(window)):
            found[name] = c

    check("welcome")
    window.new_profile()
    check("profile form")
    window.ctx.learners.create("Saule", "police", "astana")
    window.ctx.learners.create("Marat", "police", "astana")
    window.show_start()
    check("chooser")
    window.set_learner(window.ctx.learners.profiles()[0])
    for row in range(window.home.tree.topLevelItemCount()):
        window.home.tree.setCurrentItem(window.home.tree.topLevelItem(row))
        check(f"home, row {row}")
    window.open_module("sample-01-basics")
    check("lesson reader")
    for module_id in ("sample-01-basics", "sample-02-practice"):
        window.request_quiz(module_id)
        check(f"start screen of {module_id}")
        window.quiz_start.start_button.click()
        n = 0
        while window.stack.currentWidget() is window.runner:
            check(f"quiz {module_id}, question {n}")
            answer_current(window)
            check(f"quiz {module_id}, feedback {n}")
            if window.runner.next_button.isVisible():
                window.runner.next_button.click()
            n += 1
        if window.stack.currentWidget() is window.navigator:
            check(f"question list of {module_id}")
            window.navigator.finish_button.click()
        check(f"results of {module_id}")
    window.leave_now()
    check("cover")
    assert not found, _report(found)


def test_each_menu_has_unique_alt_letters(app_window):
    found = {}
    for top in app_window.menuBar().actions():
        for path, menu in _menus(top.menu(), top.text()):
            if c := clashes([a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]):
                found[path] = c
    assert not found, _report(found)


def test_each_tab_of_the_trainer_workspace_has_unique_alt_letters(qtbot, tmp_path, language):
    from trainer.ui.trainer.workspace import TrainerWorkspace

    code, _ = language
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    ctx.learners.create("Saule", "police", "astana")
    workspace = TrainerWorkspace(ctx, code)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    found = {}
    try:
        for index in range(workspace.tabs.count()):
            workspace.tabs.setCurrentIndex(index)
            inner = [t for t in workspace.tabs.currentWidget().findChildren(QTabBar) if t.isVisibleTo(workspace)]
            for bar in inner or [None]:
                for sub in range(bar.count()) if bar is not None else [None]:
                    if bar is not None:
                        bar.setCurrentIndex(sub)
                    if c := clashes(_texts(workspace)):
                        found[f"tab {index}/{sub}"] = c
    finally:
        workspace.runner.shutdown()
        workspace.close()
        ctx.close()
    assert not found, _report(found)


def test_the_trainer_and_profile_dialogs_have_unique_alt_letters(qtbot, language):
    from trainer.ui.dialogs import ExternalLinkDialog, PinDialog
    from trainer.ui.trainer.auth_dialogs import NewPasswordDialog, PasswordDialog

    found = {}
    for dialog in (
        NewPasswordDialog(True),
        NewPasswordDialog(False),
        PasswordDialog("message"),
        PinDialog("Saule"),
        ExternalLinkDialog("https://example.org"),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        if c := clashes(_texts(dialog)):
            found[type(dialog).__name__] = c
        dialog.close()
    assert isinstance(dialog, QDialog)
    assert not found, _report(found)

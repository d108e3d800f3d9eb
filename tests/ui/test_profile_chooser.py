"""The profile chooser: names in the interface language's alphabetical order, and a search box."""

from __future__ import annotations

import pytest

from trainer.domain.records import Learner
from trainer.ui.profile_screens import ProfileChooser

NAMES = ["Індира", "Zhanna", "Айгерім", "Ерлан", "Әлия"]


def _learners() -> list[Learner]:
    return [Learner(id=str(n), name=name, role="police", region="astana", unit="", pin_hash=None, created="") for n, name in enumerate(NAMES)]


def _shown(chooser: ProfileChooser) -> list[str]:
    items = [chooser.list.item(i) for i in range(chooser.list.count())]
    return [i.data(0x0100).name for i in items if not i.isHidden()]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_names_sort_in_the_interface_language(qtbot, language):
    chooser = ProfileChooser(language)
    qtbot.addWidget(chooser)
    chooser.set_profiles(_learners())
    shown = _shown(chooser)
    assert shown.index("Айгерім") < shown.index("Әлия") < shown.index("Ерлан") < shown.index("Індира")
    assert chooser.list.currentRow() == 0


def test_search_filters_by_name_and_enter_opens_the_match(qtbot):
    chooser = ProfileChooser("kk")
    qtbot.addWidget(chooser)
    chooser.set_profiles(_learners())
    chooser.search.setText("інд")
    assert _shown(chooser) == ["Індира"]
    with qtbot.waitSignal(chooser.chosen) as opened:
        chooser.search.returnPressed.emit()
    assert opened.args[0].name == "Індира"
    chooser.search.setText("nobody")
    assert _shown(chooser) == [] and chooser.list.currentItem() is None
    with qtbot.assertNotEmitted(chooser.chosen):
        chooser.open_button.click()
    chooser.search.clear()
    assert len(_shown(chooser)) == len(NAMES)


def test_the_window_chooser_follows_the_interface_language(qtbot, tmp_path):
    from tests.conftest import SAMPLE_MODULES
    from trainer.services.context import AppContext
    from trainer.ui.main_window import MainWindow

    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    try:
        for name in ("Індира", "Айгерім"):
            ctx.learners.create(name, "police", "astana")
        window = MainWindow(ctx, language="kk")
        qtbot.addWidget(window)
        assert window.stack.currentWidget() is window.chooser
        assert _shown(window.chooser) == ["Айгерім", "Індира"]
    finally:
        ctx.close()

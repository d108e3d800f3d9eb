"""The profile chooser: names in the interface language's alphabetical order, read a page at a
time from the database, and a search box."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QModelIndex

from trainer.storage.database import open_database
from trainer.storage.profile_list import ProfileList
from trainer.storage.store import ProgressStore
from trainer.ui.profile_model import ProfileModel
from trainer.ui.profile_screens import ProfileChooser

NAMES = ["Індира", "Zhanna", "Айгерім", "Ерлан", "Әлия", "Ёлка", "Егор", "ербол", "Ғалым", "ivan", "Иван"]


@pytest.fixture
def store():
    db = open_database(None)
    store = ProgressStore(db)
    yield store
    db.close()


def _chooser(qtbot, store: ProgressStore, language: str) -> ProfileChooser:
    for name in NAMES:
        store.create_learner(name, "police", "astana")
    chooser = ProfileChooser(language)
    qtbot.addWidget(chooser)
    chooser.set_profiles(ProfileList(store.db), store.learner)
    return chooser


def _shown(chooser: ProfileChooser) -> list[str]:
    return [chooser.model.row(i).name for i in range(chooser.model.rowCount())]


def test_kazakh_names_sort_in_the_kazakh_alphabet(qtbot, store):
    chooser = _chooser(qtbot, store, "kk")
    shown = _shown(chooser)
    assert shown.index("Айгерім") < shown.index("Әлия") < shown.index("Ғалым") < shown.index("Ерлан")
    assert shown.index("Иван") < shown.index("Індира")  # І after И, not before А as by code point
    assert chooser.list.currentIndex().row() == 0 and sorted(shown) == sorted(NAMES)


def test_russian_order_keeps_e_and_yo_together_and_ignores_case(qtbot, store):
    chooser = _chooser(qtbot, store, "ru")
    shown = _shown(chooser)
    # Е and Ё, capitals and small letters, sort as one letter: Егор < Ёлка < ербол < Ерлан (г < л < р).
    assert shown.index("Егор") < shown.index("Ёлка") < shown.index("ербол") < shown.index("Ерлан") < shown.index("Иван")
    assert shown.index("ivan") < shown.index("Zhanna")


def test_search_filters_by_name_in_any_case_and_enter_opens_the_match(qtbot, store):
    chooser = _chooser(qtbot, store, "kk")
    chooser.search.setText("інд")
    assert _shown(chooser) == ["Індира"]
    with qtbot.waitSignal(chooser.chosen) as opened:
        chooser.search.returnPressed.emit()
    assert opened.args[0].name == "Індира" and opened.args[0].id
    chooser.search.setText("ЕРЛ")  # Cyrillic capitals find small letters
    assert _shown(chooser) == ["Ерлан"]
    chooser.search.setText("IVAN")
    assert _shown(chooser) == ["ivan"]
    chooser.search.setText("nobody")
    assert _shown(chooser) == [] and not chooser.list.currentIndex().isValid()
    with qtbot.assertNotEmitted(chooser.chosen):
        chooser.open_button.click()
    chooser.search.clear()
    assert len(_shown(chooser)) == len(NAMES)


def test_search_text_with_sql_wildcards_is_taken_literally(qtbot, store):
    store.create_learner("Dana_100%", "police", "astana")
    chooser = _chooser(qtbot, store, "en")
    chooser.search.setText("_100%")
    assert _shown(chooser) == ["Dana_100%"]
    chooser.search.setText("%")
    assert _shown(chooser) == ["Dana_100%"]


def test_a_long_list_is_read_a_page_at_a_time_in_alphabetical_order(qtbot, store, monkeypatch, qtmodeltester):
    monkeypatch.setattr(ProfileModel, "PAGE", 15)
    monkeypatch.setattr(ProfileModel, "SPLIT", 10)  # small buckets, so names are split by their second letter and more
    rng = random.Random(7)
    letters = "АӘБЕЁИІКҚҢӨҰҮЯаәеёіқabzZ@[_`1 "  # and characters on either side of the ASCII capitals
    names = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(400)]
    for name in names:
        store.create_learner(name, "police", "astana")
    retired = store.create_learner("Retired", "police", "astana")
    store.update_learner(retired.id, active=0)
    model = ProfileModel(ProfileList(store.db), "kk")
    model.reload()
    assert 15 <= model.rowCount() < len(names)  # only the first page is read
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    shown = [model.row(i).name for i in range(model.rowCount())]
    assert sorted(shown) == sorted(names)  # every active profile once; the inactive one is left out
    keys = [model.collator.sortKey(name) for name in shown]
    assert all(not keys[i + 1] < keys[i] for i in range(len(keys) - 1))  # the collation order throughout
    qtmodeltester.check(model)


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

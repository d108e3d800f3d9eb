"""PySide6's per-import check, answered from a raw read of the file, gives PySide6's own answers."""

from __future__ import annotations

import json
import sys
import types

import pytest

pytest.importorskip("PySide6.QtCore")

from trainer.ui import feature_scan


@pytest.fixture
def feature(monkeypatch):
    """PySide6's feature module with its own check in place (the app may have replaced it already),
    and whatever was there restored after the test."""
    module = sys.modules.get("shibokensupport.feature")
    check = getattr(module, "_mod_uses_pyside", None)
    if not callable(check):
        pytest.skip("this PySide6 has no per-import check")
    monkeypatch.setattr(module, "_mod_uses_pyside", getattr(check, "original", check))
    return module


def test_the_cheaper_check_answers_as_pyside6s_own(feature, tmp_path):
    own = feature._mod_uses_pyside
    uses = tmp_path / "uses_qt.py"
    uses.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    plain = tmp_path / "plain.py"
    plain.write_text("# Қорғау: no Qt here\nVALUE = 1\n", encoding="utf-8")
    modules = [types.ModuleType("uses_qt"), types.ModuleType("plain"), types.ModuleType("no_file"), sys, json]
    modules[0].__file__, modules[1].__file__ = str(uses), str(plain)
    expected = [own(m) for m in modules]
    assert expected[:2] == [True, False]

    assert feature_scan.install()
    assert feature._mod_uses_pyside is not own
    assert [feature._mod_uses_pyside(m) for m in modules] == expected


def test_installing_twice_wraps_once(feature):
    feature_scan.install()
    first = feature._mod_uses_pyside
    feature_scan.install()
    assert feature._mod_uses_pyside is first


def test_a_pyside6_without_the_check_is_left_alone(monkeypatch):
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("shibokensupport.feature"))
    assert feature_scan.install() is False

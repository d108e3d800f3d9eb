"""Shared fixtures: the sample modules, a fresh database, and a data folder per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE_MODULES = FIXTURES / "modules"


@pytest.fixture
def sample_root(tmp_path: Path) -> Path:
    """A private copy of the sample modules that a test may break."""
    dest = tmp_path / "modules"
    shutil.copytree(SAMPLE_MODULES, dest)
    return dest


@pytest.fixture
def catalogue():
    from trainer.content.loader import load_catalogue

    cat = load_catalogue(SAMPLE_MODULES)
    assert not cat.errors, cat.errors
    return cat


@pytest.fixture
def store():
    from trainer.storage.database import open_database
    from trainer.storage.store import ProgressStore

    s = ProgressStore(open_database(None))
    yield s
    s.close()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    monkeypatch.setenv("QORGAU_DATA_DIR", str(d))
    return d

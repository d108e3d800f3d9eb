"""What the first window and a learner's quiz load: libraries and screens they do not need stay unloaded.

Start-up time and memory depend on it (benchmarks/bench_startup.py, bench_memory.py). Each case
runs in a fresh process, as a learner starts the app on any day but the first (the content cache
is filled), and lists the modules loaded by the time the window is up.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_MODULES

# Libraries only trainer tools, imports, reports, signing and content checks need.
LIBRARIES = (
    "sqlite_utils",
    "click",
    "dateutil",
    "pluggy",
    "cryptography",
    "yaml",
    "pydantic",
    "xlsxwriter",
    "_hashlib",
)
# Services and screens of features the first window does not show.
FEATURES = (
    "markdown",
    "trainer.services.sync",
    "trainer.services.reports",
    "trainer.services.exports",
    "trainer.services.cohorts",
    "trainer.services.session_measures",
    "trainer.services.certificates",
    "trainer.ui.lesson_reader",
    "trainer.ui.quiz_runner",
    "trainer.ui.prepost_screen",
    "trainer.ui.assigned_block",
    "trainer.ui.trainer.workspace",
    "trainer.cli",  # a desktop launch's options are read without the command line's parser
    "trainer.commands",
)
# Standard modules only writes or backups need: uuid (with platform) for new ids, _strptime.
STANDARD = ("uuid", "platform", "_strptime")

START = """
import json, sys
from trainer.app import main
code = main(["--exit-after-start", "--data-dir", {data!r}, "--content-dir", {content!r}])
print("MODULES " + json.dumps(sorted(sys.modules)))
import linecache
print("SOURCES " + json.dumps(sorted(name for name in linecache.cache if "trainer" in name)))
sys.exit(code)
"""

QUIZ = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from trainer.services.context import AppContext
from trainer.ui.dialogs import Ask
from trainer.ui.main_window import MainWindow
Ask.confirm = staticmethod(lambda *a, **k: True)
ctx = AppContext.open(Path({data!r}), Path({content!r}))
window = MainWindow(ctx)
window.resize(1280, 720)
window.show()
window.open_module("sample-01-basics")
app.processEvents()
window.take_quiz("sample-01-basics")
app.processEvents()
assert window.stack.currentWidget() is window.runner
print("MODULES " + json.dumps(sorted(sys.modules)))
ctx.close()
"""


@pytest.fixture
def one_learner(tmp_path):
    """A data folder with one learner without a PIN (the app opens their home) and a filled content cache."""
    from trainer.services.context import AppContext

    data = tmp_path / "data"
    ctx = AppContext.open(data, SAMPLE_MODULES)
    ctx.learners.create("Aida Learner", "police", "astana")
    ctx.close()
    return data


def _run(code: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _printed(stdout: str, label: str) -> list[str]:
    line = next(x for x in stdout.splitlines() if x.startswith(label + " "))
    return json.loads(line.removeprefix(label + " "))


def _loaded(code: str) -> set[str]:
    return set(_printed(_run(code), "MODULES"))


def test_the_first_window_loads_no_library_or_screen_it_does_not_show(one_learner):
    stdout = _run(START.format(data=str(one_learner), content=str(SAMPLE_MODULES)))
    loaded = set(_printed(stdout, "MODULES"))
    assert "trainer.ui.home_screen" in loaded  # the learner's home was shown
    assert sorted(loaded & {*LIBRARIES, *FEATURES, *STANDARD}) == []
    # PySide6's check of each module imported after it reads the file without keeping its lines
    # (trainer.ui.feature_scan, itself the one module checked before that is in place).
    assert [Path(name).name for name in _printed(stdout, "SOURCES")] in ([], ["feature_scan.py"])


def test_a_learners_quiz_loads_no_trainer_library(one_learner):
    loaded = _loaded(QUIZ.format(data=str(one_learner), content=str(SAMPLE_MODULES)))
    assert {"trainer.ui.quiz_runner", "trainer.ui.lesson_reader"} <= loaded
    assert sorted(loaded & set(LIBRARIES)) == []

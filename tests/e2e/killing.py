"""Run the GUI driver until it reports 'ready', then SIGKILL it, as a power cut or `kill -9` would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SAMPLE_MODULES

DRIVER = ROOT / "tests" / "e2e" / "gui_driver.py"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def kill_after_ready(mode: str, data: Path) -> list[str]:
    """The words of the driver's 'ready' line; the process is dead (SIGKILL) when this returns."""
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), mode, str(data), str(SAMPLE_MODULES)], stdout=subprocess.PIPE, text=True, env=ENV
    )
    try:
        words = proc.stdout.readline().split()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    return words

"""Bundles, their storage and their services work without Qt (the command line and scripts use them)."""

import subprocess
import sys

from tests.conftest import ROOT


def test_sync_packages_import_no_qt():
    code = (
        "import sys\n"
        "import trainer.sync.bundle, trainer.sync.duplicates, trainer.storage.sync_store, trainer.services.sync\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr

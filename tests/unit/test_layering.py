"""The domain, content, storage and services packages work without Qt."""

import subprocess
import sys

from tests.conftest import ROOT


def test_core_packages_import_no_qt():
    code = (
        "import sys\n"
        "import trainer.domain.grading, trainer.domain.attempt, trainer.domain.review\n"
        "import trainer.content.loader, trainer.content.report\n"
        "import trainer.storage.store, trainer.storage.database\n"
        "import trainer.services.quiz, trainer.services.context, trainer.services.pins\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_domain_imports_no_third_party_package():
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import trainer.domain.grading, trainer.domain.attempt, trainer.domain.review, trainer.domain.records\n"
        "new = {m.split('.')[0] for m in set(sys.modules) - before}\n"
        "assert new <= {'trainer'} | set(sys.stdlib_module_names), new - set(sys.stdlib_module_names)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr

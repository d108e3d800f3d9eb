"""`make run` and `make test` first check the system packages Qt needs and print the exact install line."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.conftest import ROOT

SCRIPT = ROOT / "tools" / "check_system.sh"


def _fake_dpkg(folder: Path, missing: set[str]) -> Path:
    """A dpkg that reports every package installed except ``missing``."""
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    dpkg = bin_dir / "dpkg"
    cases = "|".join(sorted(missing)) or "__none__"
    dpkg.write_text(
        "#!/bin/sh\n"
        f'case "$2" in {cases}) exit 1 ;; esac\n'
        'printf "Package: %s\\nStatus: install ok installed\\n" "$2"\n'
    )
    dpkg.chmod(0o755)
    return bin_dir


def _run(mode: str, path: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["/bin/sh", str(SCRIPT), mode], capture_output=True, text=True, env={**os.environ, "PATH": path}
    )


def test_missing_packages_are_named_in_one_install_line(tmp_path):
    bin_dir = _fake_dpkg(tmp_path, {"libxcb-cursor0", "fonts-dejavu-core"})
    result = _run("run", f"{bin_dir}:/usr/bin:/bin")
    assert result.returncode == 1
    assert "sudo apt-get install fonts-dejavu-core libxcb-cursor0\n" in result.stderr


def test_the_test_suite_also_needs_its_tools(tmp_path):
    bin_dir = _fake_dpkg(tmp_path, {"poppler-utils", "python3-pyatspi"})
    assert _run("run", f"{bin_dir}:/usr/bin:/bin").returncode == 0
    result = _run("test", f"{bin_dir}:/usr/bin:/bin")
    assert result.returncode == 1
    assert "sudo apt-get install poppler-utils\n" in result.stderr
    assert "skipped; to run them too: sudo apt-get install python3-pyatspi" in result.stderr


def test_everything_installed_passes_quietly(tmp_path):
    bin_dir = _fake_dpkg(tmp_path, set())
    result = _run("test", f"{bin_dir}:/usr/bin:/bin")
    assert result.returncode == 0 and result.stderr == ""


def test_without_dpkg_the_check_is_skipped(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("grep",):
        os.symlink(shutil.which(tool), bin_dir / tool)
    result = _run("run", str(bin_dir))
    assert result.returncode == 0
    assert "not checking" in result.stderr

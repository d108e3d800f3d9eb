"""Content packs: installed whole or not at all, checked paths, newer versions win, uninstall."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_MODULES
from trainer.content.installed import installed_dir, version_key
from trainer.content.packs import PackError, install_pack, uninstall


def run(*args: str, data: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--content-dir", str(SAMPLE_MODULES), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def module_copy(
    tmp_path: Path, module_id: str = "sample-02-practice", version: str = "2.0.0", new_id: str | None = None
) -> Path:
    """A copy of a sample module, with a new version (and perhaps a new id)."""
    dest = tmp_path / "src" / (new_id or module_id)
    shutil.copytree(SAMPLE_MODULES / module_id, dest)
    meta = dest / "module.yaml"
    text = meta.read_text(encoding="utf-8").replace("version: 1.0.0", f"version: {version}")
    quiz = dest / "quiz.yaml"
    if new_id:
        text = text.replace(module_id, new_id)
        quiz.write_text(quiz.read_text(encoding="utf-8").replace(module_id, new_id), encoding="utf-8")
    meta.write_text(text, encoding="utf-8")
    return dest


def make_pack(path: Path, folders: list[Path], prefix: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for folder in folders:
            for f in sorted(folder.rglob("*")):
                if f.is_file():
                    zf.write(f, prefix + str(f.relative_to(folder.parent)))
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return (
        {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
        if folder.exists()
        else {}
    )


def test_cli_installs_a_newer_module_and_the_app_loads_it_then_uninstall_restores_the_bundled(tmp_path):
    data = tmp_path / "data"
    pack = make_pack(
        tmp_path / "pack.zip",
        [module_copy(tmp_path, version="1.1.0"), module_copy(tmp_path, new_id="extra-01", version="1.0.0")],
    )
    result = run("install-content", str(pack), data=data)
    assert result.returncode == 0, result.stderr
    assert "installed sample-02-practice version 1.1.0 (replaces version 1.0.0)" in result.stdout
    assert "installed extra-01 version 1.0.0" in result.stdout

    from trainer.services.context import AppContext

    ctx = AppContext.open(data, SAMPLE_MODULES)
    try:
        modules = ctx.catalogue.modules
        assert modules["sample-02-practice"].meta.version == "1.1.0"
        assert Path(modules["sample-02-practice"].folder).is_relative_to(installed_dir(data))
        assert "extra-01" in modules and "sample-01-basics" in modules
        assert not ctx.catalogue.errors
    finally:
        ctx.close()

    assert run("uninstall-content", "sample-02-practice", data=data).returncode == 0
    gone = run("uninstall-content", "sample-01-basics", data=data)
    assert gone.returncode == 1 and "bundled modules cannot be removed" in gone.stderr
    ctx = AppContext.open(data, SAMPLE_MODULES)
    try:
        assert ctx.catalogue.modules["sample-02-practice"].meta.version == "1.0.0"
    finally:
        ctx.close()


def test_attempts_keep_the_version_they_were_taken_on(tmp_path):
    from trainer.domain.grading import key_response
    from trainer.services.context import AppContext

    data = tmp_path / "data"
    data.mkdir()
    ctx = AppContext.open(data, SAMPLE_MODULES)
    learner = ctx.store.create_learner("Aruzhan", "police", "Akmola Region")
    session = ctx.quizzes.start_or_resume(learner.id, ctx.catalogue.modules["sample-02-practice"])
    q = session.questions[0]
    ctx.quizzes.answer(session, q.id, key_response(q))
    ctx.close()
    install_pack(make_pack(tmp_path / "p.zip", [module_copy(tmp_path, version="1.2.0")]), SAMPLE_MODULES, data)
    ctx = AppContext.open(data, SAMPLE_MODULES)
    try:
        assert ctx.catalogue.modules["sample-02-practice"].meta.version == "1.2.0"
        (attempt,) = ctx.store.attempts(learner.id)
        assert attempt.content_version == "1.0.0"
    finally:
        ctx.close()


def test_an_older_or_equal_version_is_refused(tmp_path):
    data = tmp_path / "data"
    install_pack(make_pack(tmp_path / "a.zip", [module_copy(tmp_path, version="3.0.0")]), SAMPLE_MODULES, data)
    shutil.rmtree(tmp_path / "src")
    before = snapshot(installed_dir(data))
    with pytest.raises(PackError, match="not newer"):
        install_pack(make_pack(tmp_path / "b.zip", [module_copy(tmp_path, version="2.9.0")]), SAMPLE_MODULES, data)
    assert snapshot(installed_dir(data)) == before


def test_a_pack_with_one_invalid_module_installs_nothing(tmp_path):
    data = tmp_path / "data"
    good = module_copy(tmp_path, new_id="good-01")
    bad = module_copy(tmp_path, new_id="bad-01")
    quiz = bad / "quiz.yaml"
    quiz.write_text(
        quiz.read_text(encoding="utf-8").replace("competency: legal_framework", "competency: nonsense", 1),
        encoding="utf-8",
    )
    pack = make_pack(tmp_path / "p.zip", [good, bad], prefix="my-pack/")
    result = run("install-content", str(pack), data=data)
    assert result.returncode == 1
    assert "nothing was changed" in result.stderr
    assert "bad-01/quiz.yaml" in result.stderr and "competency" in result.stderr
    assert snapshot(installed_dir(data)) == {}


def _zip_with(path: Path, name: str, data: bytes = b"x", mode: int | None = None) -> Path:
    src = module_copy(path.parent, new_id="evil-01")
    make_pack(path, [src])
    with zipfile.ZipFile(path, "a") as zf:
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        if mode is not None:
            info.external_attr = mode << 16
        zf.writestr(info, data)
    return path


@pytest.mark.parametrize(
    ("name", "mode", "message"),
    [
        ("../outside.txt", None, "'..'"),
        ("evil-01/../../outside.txt", None, "'..'"),
        ("/etc/evil.txt", None, "absolute path"),
        ("C:/evil.txt", None, "absolute path"),
        ("evil-01\\..\\x.txt", None, "backslashes"),
        ("evil-01/link", stat.S_IFLNK | 0o777, "links are not allowed"),
        ("stray.txt", None, "outside any module folder"),
    ],
)
def test_unsafe_paths_are_refused_before_anything_is_written(tmp_path, name, mode, message):
    data = tmp_path / "data"
    pack = _zip_with(tmp_path / "evil.zip", name, b"/etc/passwd", mode)
    with pytest.raises(PackError) as err:
        install_pack(pack, SAMPLE_MODULES, data)
    assert message in str(err.value)
    assert snapshot(installed_dir(data)) == {}
    assert not (tmp_path / "outside.txt").exists()


@pytest.mark.parametrize(("size_mb", "message"), [(10, "zip bomb"), (30, "too large")])
def test_zip_bombs_and_huge_files_are_refused(tmp_path, size_mb, message):
    pack = _zip_with(tmp_path / "bomb.zip", "evil-01/lessons/big.md", b"\0" * (size_mb * 1024 * 1024))
    with pytest.raises(PackError, match=message):
        install_pack(pack, SAMPLE_MODULES, tmp_path / "data")
    assert snapshot(installed_dir(tmp_path / "data")) == {}


def test_not_a_zip_is_a_clear_error(tmp_path):
    bad = tmp_path / "pack.zip"
    bad.write_bytes(b"not a zip at all")
    result = run("install-content", str(bad), data=tmp_path / "data")
    assert result.returncode == 1 and "not a readable zip file" in result.stderr


def test_uninstall_unknown_module_is_a_clear_error(tmp_path):
    with pytest.raises(KeyError):
        uninstall("../etc", tmp_path / "data")


def test_versions_compare_numerically():
    assert version_key("1.10.0") > version_key("1.9.2")
    assert version_key("2.0") > version_key("1.99.99")


def test_validate_of_a_path_ignores_installed_content(tmp_path):
    data = tmp_path / "data"
    install_pack(make_pack(tmp_path / "p.zip", [module_copy(tmp_path, new_id="extra-01")]), SAMPLE_MODULES, data)
    result = run("validate", str(SAMPLE_MODULES), data=data)
    assert result.returncode == 0 and "2 modules" in result.stdout

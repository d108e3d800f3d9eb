"""Content packs: installed whole or not at all, checked paths, newer versions win, uninstall.

Replacing a bundled module needs the official publisher's signature; tests make the official
key a test key (``official_key``) and sign packs with it.
"""

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
from trainer.commands.sign_content import sign_pack
from trainer.content.installed import installed_dir, version_key
from trainer.content.packs import PackError, install_pack, uninstall


def run(*args: str, data: Path, content: Path = SAMPLE_MODULES) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--content-dir", str(content), *args],
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


def new_key(path: Path) -> Path:
    """A PEM Ed25519 private key file (a publisher's key, made for the test)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path.write_bytes(pem)
    return path


def public_of(key_file: Path) -> str:
    from trainer.content.signing import read_private_key
    from trainer.sync.keys import public_key_text

    return public_key_text(read_private_key(key_file))


def signed(pack: Path, key_file: Path, publisher: str = "Test publisher") -> Path:
    """The pack signed in place by ``key_file``."""
    out = pack.with_name(pack.stem + "-signed.zip")
    sign_pack(pack, key_file, out, publisher)
    out.replace(pack)
    return pack


def make_official(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A test key that the app takes for the official publisher's (the real private key is not here)."""
    import trainer.content.signing as signing

    key = new_key(tmp_path / "official.pem")
    monkeypatch.setattr(signing, "official_keys", lambda folder=None: frozenset({public_of(key)}))
    return key


@pytest.fixture
def official_key(tmp_path, monkeypatch) -> Path:
    return make_official(tmp_path, monkeypatch)


def snapshot(folder: Path) -> dict[str, bytes]:
    return (
        {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
        if folder.exists()
        else {}
    )


def test_an_officially_signed_pack_replaces_a_bundled_module_then_uninstall_restores_it(tmp_path, official_key):
    data = tmp_path / "data"
    pack = make_pack(
        tmp_path / "pack.zip",
        [module_copy(tmp_path, version="1.1.0"), module_copy(tmp_path, new_id="extra-01", version="1.0.0")],
    )
    result = install_pack(signed(pack, official_key), SAMPLE_MODULES, data)
    assert result.kind == "official"
    assert [(m.id, m.version, m.replaced) for m in result.modules] == [
        ("extra-01", "1.0.0", None),
        ("sample-02-practice", "1.1.0", "1.0.0"),
    ]

    from trainer.services.context import AppContext

    ctx = AppContext.open(data, SAMPLE_MODULES)
    try:
        modules = ctx.catalogue.modules
        assert modules["sample-02-practice"].meta.version == "1.1.0"
        assert Path(modules["sample-02-practice"].folder).is_relative_to(installed_dir(data))
        assert modules["sample-02-practice"].provenance.kind == "official"
        assert not modules["extra-01"].unofficial and not modules["sample-01-basics"].unofficial
        assert not ctx.catalogue.errors
    finally:
        ctx.close()

    uninstall("sample-02-practice", data)
    with pytest.raises(KeyError):
        uninstall("sample-01-basics", data)
    ctx = AppContext.open(data, SAMPLE_MODULES)
    try:
        assert ctx.catalogue.modules["sample-02-practice"].meta.version == "1.0.0"
        assert ctx.catalogue.modules["sample-02-practice"].provenance.kind == "bundled"
    finally:
        ctx.close()


def test_cli_publisher_keys_trust_updates_and_unofficial_additions(tmp_path):
    """sign-content makes and uses a key; a trusted publisher updates only its own modules."""
    data = tmp_path / "data"
    made = run("sign-content", "--new-key", str(tmp_path / "pub.pem"), data=data)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "pub.pem.pub").is_file() and (tmp_path / "pub.pem").stat().st_mode & 0o077 == 0
    pack = make_pack(tmp_path / "v1.zip", [module_copy(tmp_path, new_id="extra-01", version="1.0.0")])
    sign = run("sign-content", str(pack), "--key", str(tmp_path / "pub.pem"), "--publisher", "Academy", data=data)
    assert sign.returncode == 0, sign.stderr
    pack = tmp_path / "v1-signed.zip"

    first = run("install-content", str(pack), "--trust-publisher", str(tmp_path / "pub.pem.pub"), data=data)
    assert first.returncode == 0, first.stderr
    assert "trusted publisher pub" in first.stdout
    assert "installed extra-01 version 1.0.0 [trusted publisher]" in first.stdout

    shutil.rmtree(tmp_path / "src")
    v2 = signed(
        make_pack(tmp_path / "v2.zip", [module_copy(tmp_path, new_id="extra-01", version="1.1.0")]),
        tmp_path / "pub.pem",
    )
    update = run("install-content", str(v2), data=data)  # the trust was kept in the database
    assert update.returncode == 0, update.stderr
    assert "installed extra-01 version 1.1.0 (replaces version 1.0.0) [trusted publisher]" in update.stdout

    shutil.rmtree(tmp_path / "src")
    other = signed(
        make_pack(tmp_path / "v3.zip", [module_copy(tmp_path, new_id="extra-01", version="1.2.0")]),
        new_key(tmp_path / "other.pem"),
    )
    refused = run("install-content", str(other), data=data)
    assert refused.returncode == 1
    assert "v3.zip" in refused.stderr and "extra-01: refused" in refused.stderr and "same publisher" in refused.stderr

    shutil.rmtree(tmp_path / "src")
    unsigned = make_pack(tmp_path / "u.zip", [module_copy(tmp_path, new_id="extra-02")])
    added = run("install-content", str(unsigned), data=data)
    assert added.returncode == 0, added.stderr
    assert "installed extra-02 version 2.0.0 [unofficial]" in added.stdout and "unsigned" in added.stdout

    from trainer.services.context import AppContext

    ctx = AppContext.open(data, SAMPLE_MODULES)
    try:
        modules = ctx.catalogue.modules
        assert modules["extra-01"].meta.version == "1.1.0" and modules["extra-01"].provenance.kind == "publisher"
        assert modules["extra-02"].unofficial
        assert not ctx.catalogue.errors
    finally:
        ctx.close()


def test_attempts_keep_the_version_they_were_taken_on(tmp_path, official_key):
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
    install_pack(
        signed(make_pack(tmp_path / "p.zip", [module_copy(tmp_path, version="1.2.0")]), official_key),
        SAMPLE_MODULES,
        data,
    )
    ctx = AppContext.open(data, SAMPLE_MODULES)
    try:
        assert ctx.catalogue.modules["sample-02-practice"].meta.version == "1.2.0"
        (attempt,) = ctx.store.attempts(learner.id)
        assert attempt.content_version == "1.0.0"
    finally:
        ctx.close()


def test_an_older_or_equal_version_is_refused(tmp_path, official_key):
    data = tmp_path / "data"
    a = signed(make_pack(tmp_path / "a.zip", [module_copy(tmp_path, version="3.0.0")]), official_key)
    install_pack(a, SAMPLE_MODULES, data)
    shutil.rmtree(tmp_path / "src")
    before = snapshot(installed_dir(data))
    with pytest.raises(PackError, match="not newer"):
        b = signed(make_pack(tmp_path / "b.zip", [module_copy(tmp_path, version="2.9.0")]), official_key)
        install_pack(b, SAMPLE_MODULES, data)
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

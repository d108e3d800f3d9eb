"""Signed content packs: only the official publisher replaces official modules; tampering is caught."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_MODULES
from tests.interop.test_content_packs import (
    make_official,
    make_pack,
    module_copy,
    new_key,
    public_of,
    run,
    signed,
    snapshot,
)
from trainer.content.installed import RECORD_NAME, installed_dir
from trainer.content.loader import load_catalogue
from trainer.content.packs import PackError, install_pack
from trainer.content.signing import PublisherTrust, official_keys
from trainer.domain.grading import grade

BUNDLED = ROOT / "modules"
ATTACKED = "core-01-legal-map.q15"


@pytest.fixture
def official_key(tmp_path, monkeypatch) -> Path:
    return make_official(tmp_path, monkeypatch)


def forged_legal_map(tmp_path: Path) -> Path:
    """core-01-legal-map as 9.0.0 with the answer of q15 moved from the right option to a wrong one."""
    dest = tmp_path / "src" / "core-01-legal-map"
    shutil.copytree(BUNDLED / "core-01-legal-map", dest)
    meta = dest / "module.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("version: 2.0.0", "version: 9.0.0", 1), encoding="utf-8")
    for name in ("quiz.yaml", "quiz.ru.yaml", "quiz.kk.yaml"):  # translations must agree, or it would not load
        quiz = dest / name
        text = quiz.read_text(encoding="utf-8")
        head, tail = text.split(f"id: {ATTACKED}", 1)
        assert "    answer: a\n" in tail
        quiz.write_text(
            head + f"id: {ATTACKED}" + tail.replace("    answer: a\n", "    answer: b\n", 1), encoding="utf-8"
        )
    return dest


def grades_of_the_attacked_question(data: Path) -> tuple[bool, bool]:
    """(is the right answer 'a' graded correct, is the forged answer 'b' graded correct)."""
    cat = load_catalogue(BUNDLED, overlays=[installed_dir(data)])
    module = cat.modules["core-01-legal-map"]
    q = module.quiz.question(ATTACKED)
    return grade(q, "a").correct, grade(q, "b").correct


def test_the_shipped_official_key_is_a_real_ed25519_public_key():
    (key,) = official_keys()
    assert len(key) == 44  # 32 raw bytes in base64
    assert not list((ROOT / "assets" / "keys").glob("*.pem")), "no private key may ship with the app"


@pytest.mark.parametrize("signer", ["unsigned", "unknown key"])
def test_a_forged_official_module_is_refused_and_the_official_one_still_grades_as_before(tmp_path, signer):
    data = tmp_path / "data"
    pack = make_pack(tmp_path / "legal-map-9.zip", [forged_legal_map(tmp_path)])
    if signer == "unknown key":
        signed(pack, new_key(tmp_path / "attacker.pem"), publisher="Qorgau official")
    assert grades_of_the_attacked_question(data) == (True, False)

    result = run("install-content", str(pack), data=data, content=BUNDLED)
    assert result.returncode == 1
    assert "legal-map-9.zip" in result.stderr and "core-01-legal-map: refused" in result.stderr
    assert "must be signed by the official publisher" in result.stderr
    assert ("unsigned" if signer == "unsigned" else "not trusted here") in result.stderr
    assert snapshot(installed_dir(data)) == {}
    assert grades_of_the_attacked_question(data) == (True, False)


def test_a_trusted_other_publisher_cannot_replace_a_bundled_module(tmp_path, official_key):
    other = new_key(tmp_path / "academy.pem")
    pack = signed(make_pack(tmp_path / "p.zip", [module_copy(tmp_path, version="5.0.0")]), other)
    trust = PublisherTrust.shipped({public_of(other)})
    with pytest.raises(PackError, match="sample-02-practice: refused: it replaces an official module"):
        install_pack(pack, SAMPLE_MODULES, tmp_path / "data", trust=trust)
    assert snapshot(installed_dir(tmp_path / "data")) == {}


def _rewrite(pack: Path, change) -> None:
    """Rewrite the zip with ``change(name, data) -> data | None`` applied (None drops the entry)."""
    with zipfile.ZipFile(pack) as zf:
        items = [(i.filename, zf.read(i)) for i in zf.infolist()]
    with zipfile.ZipFile(pack, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            data = change(name, data)
            if data is not None:
                zf.writestr(name, data)


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (lambda n, d: d.replace(b"answer:", b"answer: ") if n.endswith("/quiz.yaml") else d, "changed after signing"),
        (lambda n, d: None if n.endswith(".md") else d, "removed after signing"),
        ("add", "added after signing"),
        ("relist", "signature does not match"),
    ],
)
def test_a_signed_pack_changed_after_signing_is_refused(tmp_path, official_key, tamper, message):
    pack = signed(make_pack(tmp_path / "p.zip", [module_copy(tmp_path, version="1.1.0")]), official_key)
    if tamper == "add":
        with zipfile.ZipFile(pack, "a") as zf:
            zf.writestr("sample-02-practice/lessons/extra.md", "# Extra\n")
    elif tamper == "relist":

        def relist(name: str, data: bytes) -> bytes:
            if name != "SIGNATURE.json":
                return data
            sig = json.loads(data)
            sig["files"]["sample-02-practice/quiz.yaml"] = "0" * 64
            return json.dumps(sig).encode()

        _rewrite(pack, relist)
    else:
        _rewrite(pack, tamper)
    with pytest.raises(PackError, match=message):
        install_pack(pack, SAMPLE_MODULES, tmp_path / "data")
    assert snapshot(installed_dir(tmp_path / "data")) == {}


def test_an_installed_file_changed_on_disk_is_refused_even_with_its_old_size_and_time(tmp_path, official_key):
    """The start-up cache hashes installed files, so a changed quiz cannot hide behind a reset mtime."""
    from trainer.services.context import AppContext

    data = tmp_path / "data"
    pack = signed(make_pack(tmp_path / "p.zip", [module_copy(tmp_path, version="1.1.0")]), official_key)
    install_pack(pack, SAMPLE_MODULES, data)
    ctx = AppContext.open(data, SAMPLE_MODULES)
    assert ctx.catalogue.modules["sample-02-practice"].meta.version == "1.1.0"
    ctx.close()

    quiz = installed_dir(data) / "sample-02-practice" / "quiz.yaml"
    st = quiz.stat()
    text = quiz.read_text(encoding="utf-8")
    quiz.write_text(text.replace("prompt: ", "prompt:\t", 1), encoding="utf-8")  # same size, other bytes
    assert quiz.stat().st_size == st.st_size
    os.utime(quiz, ns=(st.st_atime_ns, st.st_mtime_ns))

    ctx = AppContext.open(data, SAMPLE_MODULES)
    try:
        module = ctx.catalogue.modules["sample-02-practice"]
        assert module.meta.version == "1.0.0" and module.provenance.kind == "bundled"
        problems = [str(e) for e in ctx.catalogue.errors]
        assert any(f"sample-02-practice/{RECORD_NAME}" in p and "quiz.yaml was changed" in p for p in problems)
    finally:
        ctx.close()


def test_an_install_record_cannot_make_a_module_official(tmp_path, official_key):
    """Editing PROVENANCE.json, or copying a folder in by hand, never replaces a bundled module."""
    data = tmp_path / "data"
    install_pack(make_pack(tmp_path / "p.zip", [module_copy(tmp_path, new_id="extra-01")]), SAMPLE_MODULES, data)
    record = installed_dir(data) / "extra-01" / RECORD_NAME
    doc = json.loads(record.read_text(encoding="utf-8"))
    doc["kind"] = "official"
    record.write_text(json.dumps(doc), encoding="utf-8")
    shutil.rmtree(tmp_path / "src")
    shutil.copytree(module_copy(tmp_path, version="7.0.0"), installed_dir(data) / "sample-02-practice")

    cat = load_catalogue(SAMPLE_MODULES, overlays=[installed_dir(data)])
    assert cat.modules["extra-01"].unofficial
    assert cat.modules["sample-02-practice"].meta.version == "1.0.0"
    assert any("sample-02-practice 7.0.0: not used" in str(e) for e in cat.errors)


def test_a_pack_may_not_carry_its_own_install_record(tmp_path):
    src = module_copy(tmp_path, new_id="extra-01")
    (src / RECORD_NAME).write_text("{}", encoding="utf-8")
    with pytest.raises(PackError, match="made by the installer"):
        install_pack(make_pack(tmp_path / "p.zip", [src]), SAMPLE_MODULES, tmp_path / "data")


def test_sign_content_signs_a_pack_with_a_top_folder_and_refuses_a_bad_key(tmp_path, official_key):
    pack = make_pack(tmp_path / "p.zip", [module_copy(tmp_path, version="1.1.0")], prefix="my-pack/")
    bad_key = tmp_path / "bad.pem"
    bad_key.write_text("not a key", encoding="utf-8")
    refused = run("sign-content", str(pack), "--key", str(bad_key), data=tmp_path / "data")
    assert refused.returncode == 1 and "bad.pem" in refused.stderr and not (tmp_path / "p-signed.zip").exists()

    result = install_pack(signed(pack, official_key), SAMPLE_MODULES, tmp_path / "data")
    assert result.kind == "official" and result.fingerprint
    with zipfile.ZipFile(pack) as zf:
        sig = json.loads(zf.read("SIGNATURE.json"))
    assert "sample-02-practice/quiz.yaml" in sig["files"] and sig["publisher"] == "Test publisher"


def test_a_bundled_module_that_fails_to_load_cannot_be_taken_over(tmp_path, sample_root):
    """A broken bundled module is still official: an unsigned pack may not slip in under its id."""
    quiz = sample_root / "sample-02-practice" / "quiz.yaml"
    quiz.write_text("questions: nonsense\n", encoding="utf-8")
    assert "sample-02-practice" not in load_catalogue(sample_root).modules
    pack = make_pack(tmp_path / "p.zip", [module_copy(tmp_path, version="1.1.0")])
    with pytest.raises(PackError, match="sample-02-practice: refused: it replaces an official module"):
        install_pack(pack, sample_root, tmp_path / "data")
    shutil.copytree(tmp_path / "src" / "sample-02-practice", installed_dir(tmp_path / "data") / "sample-02-practice")
    cat = load_catalogue(sample_root, overlays=[installed_dir(tmp_path / "data")])
    assert "sample-02-practice" not in cat.modules


def test_trust_publisher_by_fingerprint_must_match_the_key_that_signed(tmp_path):
    data = tmp_path / "data"
    key = new_key(tmp_path / "academy.pem")
    pack = signed(make_pack(tmp_path / "p.zip", [module_copy(tmp_path, new_id="extra-01")]), key, "Academy")
    with zipfile.ZipFile(pack) as zf:
        fingerprint = json.loads(zf.read("SIGNATURE.json"))["fingerprint"]
    wrong = run("install-content", str(pack), "--trust-publisher", "0000 0000 0000 0000", data=data)
    assert wrong.returncode == 1 and f"is signed by key {fingerprint}, not that one" in wrong.stderr
    assert snapshot(installed_dir(data)) == {}
    right = run("install-content", str(pack), "--trust-publisher", fingerprint.replace(" ", "").lower(), data=data)
    assert right.returncode == 0, right.stderr
    assert f"trusted publisher Academy with key {fingerprint}" in right.stdout and "[trusted publisher]" in right.stdout

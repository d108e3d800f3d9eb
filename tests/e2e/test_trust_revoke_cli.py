"""`trust revoke`, and what a revocation does to `trust import`, `verify-certificate` and `install-content`."""

from __future__ import annotations

import pytest

from tests.e2e.test_certificates_cli import run, signed  # noqa: F401 (fixture)
from tests.interop.test_content_packs import make_pack, module_copy, new_key, public_of
from tests.interop.test_content_packs import signed as signed_pack
from trainer.content.installed import installed_dir
from trainer.storage.database import DB_FILENAME, open_database
from trainer.storage.trust import TrustStore
from trainer.sync.keys import key_fingerprint, load_or_create_device_key, public_key_text


def trust_store(folder) -> TrustStore:
    return TrustStore(open_database(folder / DB_FILENAME))


@pytest.fixture
def trusted_elsewhere(signed, tmp_path):  # noqa: F811
    """Installation B trusts A's device key (through A's trust file); returns (A, B, certificate, fingerprint)."""
    a, cert = signed
    b = tmp_path / "B"
    assert (
        run("--data-dir", str(a), "trust", "export", "--out", str(tmp_path / "a.json"), "--label", "A").returncode == 0
    )
    assert run("--data-dir", str(b), "trust", "import", "--yes", str(tmp_path / "a.json")).returncode == 0
    return a, b, cert, key_fingerprint(public_key_text(load_or_create_device_key(a)))


def test_revoke_marks_the_key_and_the_certificate_no_longer_verifies(trusted_elsewhere):
    a, b, cert, fingerprint = trusted_elsewhere
    assert run("--data-dir", str(b), "verify-certificate", cert.credential).returncode == 0
    revoke = run("--data-dir", str(b), "trust", "revoke", fingerprint.lower(), "--reason", "laptop stolen", "--yes")
    assert revoke.returncode == 0, revoke.stderr
    assert f"Revoked the device key {fingerprint}" in revoke.stdout
    listed = run("--data-dir", str(b), "trust", "list", "--revoked")
    assert fingerprint in listed.stdout and "REVOKED" in listed.stdout and "laptop stolen" in listed.stdout
    assert fingerprint not in run("--data-dir", str(b), "trust", "list").stdout
    verify = run("--data-dir", str(b), "verify-certificate", cert.credential)
    assert verify.returncode == 4, verify.stdout + verify.stderr
    today = trust_store(b).revocation(public_key_text(load_or_create_device_key(a))).revoked_at[:10]
    assert f"revoked here on {today}" in verify.stdout and "laptop stolen" in verify.stdout
    # Dated (moments) before the revocation, but only the revoked key says so, and no trainer endorsed it.
    assert "NOT CONFIRMED" in verify.stdout and "Ask a trainer" in verify.stdout


def test_a_certificate_dated_after_the_revocation_is_not_valid(trusted_elsewhere):
    a, b, cert, fingerprint = trusted_elsewhere
    trust = trust_store(b)
    trust.revoke(public_key_text(load_or_create_device_key(a)), "laptop stolen", when="2020-01-01T00:00:00+00:00")
    trust.db.close()
    verify = run("--data-dir", str(b), "verify-certificate", cert.credential)
    assert verify.returncode == 4
    assert f"NOT VALID: certificate {cert.code} is dated" in verify.stdout
    assert f"({fingerprint}) was revoked here on 2020-01-01" in verify.stdout


def test_revoke_needs_a_reason_and_a_known_key(trusted_elsewhere):
    _, b, _, fingerprint = trusted_elsewhere
    unknown = run("--data-dir", str(b), "trust", "revoke", "0000 0000 0000 0000", "--reason", "x", "--yes")
    assert unknown.returncode == 1 and "No key 0000 0000 0000 0000" in unknown.stderr
    blank = run("--data-dir", str(b), "trust", "revoke", fingerprint, "--reason", "  ", "--yes")
    assert blank.returncode == 2 and "--reason" in blank.stderr
    assert trust_store(b).find(fingerprint).revoked_at is None


def test_a_revocation_travels_by_trust_file_and_an_import_never_undoes_it(trusted_elsewhere, tmp_path):
    _, b, cert, fingerprint = trusted_elsewhere
    run("--data-dir", str(b), "trust", "revoke", fingerprint, "--reason", "laptop stolen", "--yes")
    out = tmp_path / "b.json"
    assert run("--data-dir", str(b), "trust", "export", "--out", str(out)).returncode == 0
    c = tmp_path / "C"
    shown = run("--data-dir", str(c), "trust", "import", "--yes", str(out))
    assert shown.returncode == 0, shown.stderr
    assert "and revoke, for good" in shown.stdout and f"Revoked 1 key(s): {fingerprint}" in shown.stdout
    assert run("--data-dir", str(c), "verify-certificate", cert.credential).returncode == 4
    # A's own trust file lists A's key as trusted; signed by a revoked key, it is refused whole.
    again = run("--data-dir", str(c), "trust", "import", "--yes", str(tmp_path / "a.json"))
    assert again.returncode == 1 and f"signed by the key {fingerprint}, which was revoked here" in again.stderr
    assert trust_store(c).find(fingerprint).revoked_at is not None


def test_a_content_pack_by_a_revoked_publisher_is_refused(tmp_path):
    data = tmp_path / "data"
    key = new_key(tmp_path / "academy.pem")
    pack = signed_pack(make_pack(tmp_path / "p.zip", [module_copy(tmp_path, new_id="extra-01")]), key, "Academy")
    data.mkdir()
    trust = trust_store(data)
    trust.trust(public_of(key), "publisher", "Academy")
    entry = trust.revoke(public_of(key), "key leaked")
    trust.db.close()
    result = run("--data-dir", str(data), "install-content", str(pack))
    assert result.returncode == 1
    assert f"signed with the key {entry.fingerprint} (Academy), which was revoked here" in result.stderr
    assert "key leaked" in result.stderr
    assert not (installed_dir(data) / "extra-01").exists()

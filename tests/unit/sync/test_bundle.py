"""The bundle file on its own: what it holds, and the clear reason a bad one is refused."""

from __future__ import annotations

import json
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from trainer.sync import strictzip
from trainer.sync.bundle import FORMAT_VERSION, BundleError, BundleTooNew, parse_bundle, read_bundle, write_bundle
from trainer.sync.duplicates import normalise_name

DEVICE = "0f0e0d0c-0b0a-4908-8706-050403020100"
LEARNER = {
    "id": "2b7c1f0e-4d7a-4a43-9a52-2f3b9d3c1e11",
    "name": "Әлия",
    "role": "judge",
    "region": "almaty",
    "unit": "",
    "created": "2026-01-01T10:00:00+00:00",
    "active": True,
}


def write(path, records=None, key=None):
    return write_bundle(
        path,
        records or {"learners": [LEARNER]},
        device_id=DEVICE,
        key=key or Ed25519PrivateKey.generate(),
        app_version="9.9",
    )


def rewrite(src, dest, change):
    """Copy a bundle, letting ``change(name, data)`` alter entries, in the bundle's own layout."""
    entries = strictzip.read_zip(src.read_bytes())
    members = [(n, change(n, strictzip.inflate(e, 10**8)), e.method) for n, e in entries.items()]
    with open(dest, "wb") as f:
        strictzip.write_zip(f, members)
    return dest


def test_a_bundle_is_an_ordinary_zip_with_a_manifest_and_json_lines(tmp_path):
    path = write(tmp_path / "b.zip")
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
        learners = zf.read("learners.jsonl").decode().splitlines()
    assert names[:2] == ["manifest.json", "manifest.sig"]
    assert {
        "learners.jsonl",
        "lesson_progress.jsonl",
        "attempts.jsonl",
        "responses.jsonl",
        "certificates.jsonl",
    } <= set(names)
    assert (
        manifest["format_version"] == FORMAT_VERSION
        and manifest["device_id"] == DEVICE
        and manifest["app_version"] == "9.9"
    )
    assert set(manifest["entries"]["learners.jsonl"]) == {"records", "sha256", "stored_sha256"}
    assert json.loads(learners[0]) == LEARNER
    bundle = read_bundle(path)
    assert bundle.records["learners"] == [LEARNER] and bundle.public_key == manifest["public_key"]


def test_a_bundle_re_signed_with_the_data_changed_keeps_its_checksums_honest(tmp_path):
    """Changing a record and leaving the manifest: the checksum names the entry."""
    path = write(tmp_path / "b.zip")
    changed = rewrite(path, tmp_path / "c.zip", lambda n, d: d.replace("Әлия".encode(), b"Bolat"))
    with pytest.raises(BundleError, match=r"learners\.jsonl does not match its checksum"):
        read_bundle(changed)


def test_a_changed_manifest_fails_the_signature(tmp_path):
    path = write(tmp_path / "b.zip")
    changed = rewrite(
        path, tmp_path / "c.zip", lambda n, d: d.replace(b'"9.9"', b'"9.8"') if n == "manifest.json" else d
    )
    with pytest.raises(BundleError, match="signature that does not match"):
        read_bundle(changed)


def test_newer_format_names_the_version_needed(tmp_path):
    path = write(tmp_path / "b.zip")
    newer = rewrite(
        path,
        tmp_path / "n.zip",
        lambda n, d: (
            d.replace(b'"format_version": %d' % FORMAT_VERSION, b'"format_version": 7') if n == "manifest.json" else d
        ),
    )
    with pytest.raises(BundleTooNew, match="format 7 by a newer Qorgau"):
        read_bundle(newer)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "too short"),
        (b"PK\x03\x04" + b"\0" * 100, "end of the zip directory"),
        (b"just text" * 10, "end of the zip directory"),
    ],
)
def test_not_a_bundle(tmp_path, content, problem):
    path = tmp_path / "x.zip"
    path.write_bytes(content)
    with pytest.raises(BundleError, match=problem) as info:
        read_bundle(path)
    assert str(path) in str(info.value)


def test_a_zip_made_by_another_tool_is_refused(tmp_path):
    """Re-zipping a bundle (e.g. to add a file) breaks its layout even if every entry is intact."""
    path = write(tmp_path / "b.zip")
    other = tmp_path / "rezipped.zip"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(other, "w") as out:
        for name in src.namelist():
            out.writestr(name, src.read(name))
    with pytest.raises(BundleError, match="not a complete, unaltered progress bundle"):
        read_bundle(other)


def test_missing_file(tmp_path):
    with pytest.raises(BundleError, match="cannot be read"):
        read_bundle(tmp_path / "nowhere.zip")


def test_records_pointing_at_nothing_are_refused(tmp_path):
    attempt = {
        "id": "9a0c7d32-bf5e-4f39-8a43-5d4bd0a2b6f1",
        "learner_id": "11111111-1111-4111-8111-111111111111",
        "module_id": "m",
        "content_version": "1",
        "seed": 1,
        "plan": {"question_ids": [], "option_orders": {}},
        "started": "2026-01-01T10:00:00+00:00",
        "finished": None,
        "score": None,
        "passed": None,
    }
    path = write(tmp_path / "b.zip", {"learners": [LEARNER], "attempts": [attempt]})
    with pytest.raises(
        BundleError, match=r"attempts\.jsonl, line 1 \(attempt 9a0c7d32-.*\): field 'learner_id' names a learner"
    ):
        read_bundle(path)


def test_names_are_compared_without_case_spacing_or_unicode_form():
    assert normalise_name("  Әлия   ҚАСЫМҚЫЗЫ ") == normalise_name("әлия қасымқызы")
    assert normalise_name("Ａｌｉｙａ") == "aliya"


def test_every_single_bit_flip_anywhere_in_the_file_is_refused(tmp_path):
    """Not only records: time stamps, attributes and deflate padding are covered too."""
    path = write(tmp_path / "b.zip")
    data = path.read_bytes()
    accepted = []
    for position in range(len(data)):
        for bit in range(8):
            changed = bytearray(data)
            changed[position] ^= 1 << bit
            try:
                parse_bundle(path, bytes(changed))
            except BundleError:
                continue
            accepted.append((position, bit))
    assert accepted == []

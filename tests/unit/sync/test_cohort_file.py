"""The signed cohort file is read back only when nothing in it was changed and its contents make sense."""

from __future__ import annotations

import base64
import json
import uuid
import zlib
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from trainer.sync import cohort_file
from trainer.sync.cohort_file import CohortFileError, CohortFileTooNew, read_cohort_file, write_cohort_file
from trainer.sync.keys import public_key_text

KEY = Ed25519PrivateKey.generate()
COHORT = str(uuid.uuid4())
MEMBER = str(uuid.uuid4())


def _write(path: Path, **over) -> Path:
    args = dict(
        key=KEY,
        device_id=str(uuid.uuid4()),
        app_version="1.0",
        cohort_id=COHORT,
        name="Инспекторы, март",
        trainers="A. Nurlanova",
        starts=date(2026, 3, 1),
        ends=date(2026, 3, 14),
        assignments=[("core-01-legal-map", date(2026, 3, 12))],
        members=[MEMBER],
    )
    args.update(over)
    return write_cohort_file(path, **args)


def _resign(path: Path, payload: dict, key: Ed25519PrivateKey = KEY) -> None:
    """Write ``payload`` as a correctly signed file, to test the checks behind the signature."""
    raw = json.dumps(payload).encode("utf-8")
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = base64.b64encode(c.compress(raw) + c.flush()).decode("ascii")
    public = public_key_text(key)
    sig = base64.b64encode(key.sign(cohort_file._signed_bytes(public, packed))).decode("ascii")
    envelope = {
        "format": "qorgau-cohort",
        "format_version": 1,
        "public_key": public,
        "payload": packed,
        "signature": sig,
    }
    path.write_text(json.dumps(envelope), encoding="utf-8")


def _payload(path: Path) -> dict:
    envelope = json.loads(path.read_text(encoding="utf-8"))
    return json.loads(zlib.decompress(base64.b64decode(envelope["payload"]), -15))


def test_round_trip(tmp_path):
    f = read_cohort_file(_write(tmp_path / "c.qcohort"))
    assert (f.cohort_id, f.name, f.starts, f.ends) == (COHORT, "Инспекторы, март", date(2026, 3, 1), date(2026, 3, 14))
    assert f.assignments == (("core-01-legal-map", date(2026, 3, 12)),)
    assert f.members == (MEMBER,) and f.public_key == public_key_text(KEY)


@pytest.mark.parametrize("field", ["payload", "signature", "public_key"])
def test_a_changed_envelope_field_is_refused(tmp_path, field):
    path = _write(tmp_path / "c.qcohort")
    envelope = json.loads(path.read_text(encoding="utf-8"))
    if field == "public_key":
        envelope[field] = public_key_text(Ed25519PrivateKey.generate())
    else:
        raw = bytearray(base64.b64decode(envelope[field]))
        raw[len(raw) // 2] ^= 1
        envelope[field] = base64.b64encode(bytes(raw)).decode("ascii")
    path.write_text(json.dumps(envelope), encoding="utf-8")
    with pytest.raises(CohortFileError, match="signature that does not match"):
        read_cohort_file(path)


def test_an_unknown_field_is_refused_even_when_signed(tmp_path):
    path = _write(tmp_path / "c.qcohort")
    payload = _payload(path)
    payload["assignments"][0]["weight"] = 2
    _resign(path, payload)
    with pytest.raises(CohortFileError, match="does not know in assignment 1: 'weight'"):
        read_cohort_file(path)
    envelope = json.loads(_write(path).read_text(encoding="utf-8"))
    envelope["note"] = "hi"
    path.write_text(json.dumps(envelope), encoding="utf-8")
    with pytest.raises(CohortFileError, match="does not know: 'note'"):
        read_cohort_file(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda p: p["assignments"][0].update(due="2026-02-30"), "invalid date in assignment 1"),
        (lambda p: p["assignments"][0].update(due="3026-02-01"), "out of range"),
        (lambda p: p["cohort"].update(ends="2026-02-01"), "ends before it starts"),
        (lambda p: p["cohort"].update(name=""), "cohort name"),
        (lambda p: p["assignments"].append(dict(p["assignments"][0])), "same module twice"),
        (lambda p: p.update(members=["not-a-uuid"]), "member 1"),
        (lambda p: p["assignments"][0].update(module_id="../etc"), "module id"),
        (lambda p: p.update(exported="yesterday"), "export time"),
    ],
)
def test_a_signed_payload_that_makes_no_sense_is_refused(tmp_path, change, message):
    path = _write(tmp_path / "c.qcohort")
    payload = _payload(path)
    change(payload)
    _resign(path, payload)
    with pytest.raises(CohortFileError, match=message):
        read_cohort_file(path)


def test_the_unpacked_size_is_capped(tmp_path, monkeypatch):
    """A small file that inflates to more than the cap (a zip bomb) is refused before it is parsed."""
    monkeypatch.setattr(cohort_file, "MAX_PAYLOAD_BYTES", 10_000)
    path = _write(tmp_path / "c.qcohort", trainers="x" * 200, members=[str(uuid.uuid4()) for _ in range(400)])
    assert path.stat().st_size < 40_000
    with pytest.raises(CohortFileError, match="once unpacked"):
        read_cohort_file(path)


def test_the_file_size_is_capped(tmp_path, monkeypatch):
    monkeypatch.setattr(cohort_file, "MAX_FILE_BYTES", 100)
    with pytest.raises(CohortFileError, match="too large"):
        read_cohort_file(_write(tmp_path / "c.qcohort"))


def test_a_newer_format_says_so(tmp_path):
    path = _write(tmp_path / "c.qcohort")
    envelope = json.loads(path.read_text(encoding="utf-8"))
    envelope["format_version"] = cohort_file.FORMAT_VERSION + 1
    path.write_text(json.dumps(envelope), encoding="utf-8")
    with pytest.raises(CohortFileTooNew, match="newer Qorgau"):
        read_cohort_file(path)


def test_another_file_is_not_a_cohort_file(tmp_path):
    path = tmp_path / "c.qcohort"
    path.write_bytes(b"PK\x03\x04 not json")
    with pytest.raises(CohortFileError, match="not a Qorgau cohort file"):
        read_cohort_file(path)

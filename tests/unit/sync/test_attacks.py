"""The attacks of issue 15 on progress bundles, each shown to leave the genuine records unchanged.

Every forged bundle here is validly signed: the signature only says who made a file, so these
tests are about what the receiving database accepts from a signer (even a trusted one).
"""

from __future__ import annotations

import copy
import json
import re
import tracemalloc
import uuid
import zlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.conftest import SAMPLE_MODULES
from tests.sync_helpers import PROGRESS_TABLES, dump, export, fill_laptop, import_trusted, open_sync, rows
from trainer.content.loader import load_catalogue
from trainer.services.certificates import CertificateService
from trainer.services.learners import LearnerService, ProfileError
from trainer.services.sync import Decisions, ExportError, pass_marks_of
from trainer.storage.certificates import CertificateStore
from trainer.storage.database import DB_FILENAME, open_database
from trainer.storage.store import ProgressStore
from trainer.storage.sync_store import SyncStore
from trainer.sync import bundle as bundle_module
from trainer.sync import strictzip
from trainer.sync.bundle import BundleError, read_bundle, write_bundle
from trainer.sync.keys import load_or_create_device_key, public_key_text

GENUINE = [("Aliya Kasymova", "judge", "almaty")]


@pytest.fixture
def office(tmp_path):
    """A trainer's database holding one laptop's genuine progress, imported after trusting the laptop."""
    [learner_id] = fill_laptop(tmp_path / "laptop", GENUINE)
    result = import_trusted(tmp_path / "office", export(tmp_path / "laptop", tmp_path / "genuine.zip"))
    assert result.errors == [] and result.imported
    db = open_database(tmp_path / "laptop" / DB_FILENAME)
    try:
        records = SyncStore(db).export_records()
    finally:
        db.close()
    return {
        "tmp": tmp_path,
        "dir": tmp_path / "office",
        "learner": learner_id,
        "records": records,
        "key": load_or_create_device_key(tmp_path / "laptop"),
        "device": str(uuid.uuid4()),
    }


def forge(office, name: str, change, *, key: Ed25519PrivateKey | None = None, exported: str | None = None) -> Path:
    """A bundle of the genuine records after ``change(records)``, signed (by the laptop's own key by default)."""
    records = copy.deepcopy(office["records"])
    change(records)
    path = office["tmp"] / name
    write_bundle(
        path, records, device_id=office["device"], key=key or office["key"], app_version="9.9", exported=exported
    )
    return path


def import_(office, path: Path, decisions: Decisions | None = None):
    service = open_sync(office["dir"])
    try:
        return service.import_bundles([path], decisions=decisions)
    finally:
        service.close()


def verify(office, code: str):
    store = ProgressStore(open_database(office["dir"] / DB_FILENAME))
    try:
        certs = CertificateService(store, CertificateStore(store.db), load_catalogue(SAMPLE_MODULES))
        return certs.verify(code)
    finally:
        store.close()


# A bundle rewrites genuine records ------------------------------------------------------------
def test_a_certificate_with_an_earlier_issue_date_does_not_replace_the_genuine_one(office):
    before = dump(office["dir"], PROGRESS_TABLES)
    [cert] = office["records"]["certificates"]

    def earlier(records):
        records["certificates"][0]["issued"] = "2025-01-01T09:00:00+05:00"

    result = import_(office, forge(office, "earlier.zip", earlier))
    assert result.errors == []
    assert dump(office["dir"], PROGRESS_TABLES) == before
    [conflict] = result.counts.conflicts
    assert conflict.table == "certificates" and conflict.fields == ("issued",)
    assert conflict.stored["issued"] == cert["issued"] and conflict.incoming["issued"].startswith("2025-01-01")
    assert verify(office, cert["code"]).issued == cert["issued"]  # still verifies, with its own date
    kept = rows(office["dir"], "SELECT table_name, reason, fields FROM import_conflicts")
    assert kept == [("certificates", "differs", '["issued"]')]


def test_a_failed_copy_of_a_passed_attempt_changes_nothing(office):
    before = dump(office["dir"], PROGRESS_TABLES)
    [attempt] = office["records"]["attempts"]

    def failed(records):
        a = records["attempts"][0]
        a.update(score=0.0, passed=False)
        records["certificates"] = []  # its certificate would no longer rest on a passed attempt

    result = import_(office, forge(office, "failed.zip", failed))
    assert result.errors == []
    assert dump(office["dir"], PROGRESS_TABLES) == before
    assert rows(office["dir"], f"SELECT score, passed FROM attempts WHERE id = '{attempt['id']}'") == [
        (attempt["score"], 1)
    ]
    [conflict] = result.new_conflicts
    assert conflict.table == "attempts" and conflict.fields == ("passed", "score")
    again = import_(office, forge(office, "failed.zip", failed))
    assert again.new_conflicts == [] and len(again.counts.conflicts) == 1  # kept aside once
    assert rows(office["dir"], "SELECT COUNT(*) FROM import_conflicts") == [(1,)]


def test_an_attempt_id_under_another_learner_never_moves_the_attempt(office):
    """Knowing an attempt's id is not enough to take it (and its answers) for another profile."""
    before = dump(office["dir"], PROGRESS_TABLES)
    [attempt] = office["records"]["attempts"]
    thief = str(uuid.uuid4())

    def steal(records):
        learner = dict(records["learners"][0], id=thief, name="Thief")
        records["learners"] = [learner]
        records["lesson_progress"] = []
        records["certificates"] = []
        records["attempts"][0]["learner_id"] = thief
        for r in records["responses"]:
            r["id"] = str(uuid.uuid4())

    result = import_(office, forge(office, "steal.zip", steal))
    assert result.errors == []
    after = dump(office["dir"], PROGRESS_TABLES)
    assert after["attempts"] == before["attempts"] and after["responses"] == before["responses"]
    assert rows(office["dir"], f"SELECT learner_id FROM attempts WHERE id = '{attempt['id']}'") == [
        (office["learner"],)
    ]
    [moved] = [c for c in result.counts.conflicts if c.table == "attempts"]
    assert "learner_id" in moved.fields and moved.stored["learner_id"] == office["learner"]
    assert {c.table for c in result.counts.conflicts} == {"attempts", "responses"}  # answers not added either


def test_an_unfinished_attempt_stored_earlier_keeps_its_row_and_gains_its_answers(tmp_path):
    """An older Qorgau exported mid-quiz; the finished copy is a conflict, its new answers are added."""
    fill_laptop(tmp_path / "laptop", GENUINE)
    db = open_database(tmp_path / "laptop" / DB_FILENAME)
    try:
        [unfinished] = list(db.query("SELECT * FROM attempts WHERE finished IS NULL"))
        answers = list(db.query("SELECT * FROM responses WHERE attempt_id = ?", [unfinished["id"]]))
        records = SyncStore(db).export_records()
    finally:
        db.close()
    from trainer.storage.sync_store import _record

    key = load_or_create_device_key(tmp_path / "laptop")
    early = copy.deepcopy(records)  # as a Qorgau before this one exported it: with the open attempt
    early["attempts"].append(_record("attempts", unfinished))
    early["responses"] += [_record("responses", r) for r in answers]
    early_path = write_bundle(tmp_path / "early.zip", early, device_id=str(uuid.uuid4()), key=key, app_version="1")
    assert import_trusted(tmp_path / "office", early_path).errors == []
    before = dump(tmp_path / "office", PROGRESS_TABLES)

    store = ProgressStore(open_database(tmp_path / "laptop" / DB_FILENAME))
    quiz = store.attempt(unfinished["id"])
    store.record_response(quiz.id, quiz.question_ids[1], "x", 0.0, False)
    store.finish_attempt(quiz.id, 10.0, False)
    store.close()
    result = import_trusted(tmp_path / "office", export(tmp_path / "laptop", tmp_path / "late.zip"))
    assert result.errors == []
    after = dump(tmp_path / "office", PROGRESS_TABLES)
    assert after["attempts"] == before["attempts"]  # the stored row is not rewritten
    assert len(after["responses"]) == len(before["responses"]) + 1  # the new answer is added
    assert [(c.table, c.fields) for c in result.new_conflicts] == [("attempts", ("finished", "passed", "score"))]


# No range checks ------------------------------------------------------------------------------
def _first(table, **changes):
    def change(records):
        records[table][0].update(changes)

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_first("attempts", score=99_999_999_999.0), r"attempts\.jsonl, line 1 \(attempt .*\): field 'score' is out"),
        (_first("attempts", score=-500.0, passed=True), r"field 'score' is out of range \(-500; allowed 0 to 100\)"),
        (_first("attempts", score=10.0, passed=True), r"field 'passed' is true with a score below the pass mark"),
        (
            _first("attempts", started="2026-03-01T10:00:00+00:00", finished="2026-01-01T10:00:00+00:00"),
            r"field 'finished' \(2026-01-01T10:00:00\+00:00\) is before the start",
        ),
        (
            _first("attempts", finished="9999-01-01T00:00:00+00:00"),
            r"field 'finished' .* after the bundle was exported",
        ),
        (_first("attempts", started="2026-01-01 10:00:00"), r"field 'started' is not a UTC time"),
        (_first("attempts", started="2026-01-01T10:00:00+05:00"), r"field 'started' is not a UTC time"),
        (_first("responses", score=7.0), r"responses\.jsonl, line 1 \(answer to .*\): field 'score' is out of range"),
        (_first("certificates", score=50.0), r"certificates\.jsonl, line 1 \(certificate .*\): field 'score'"),
        (_first("lesson_progress", read_at="2019-01-01T00:00:00+00:00"), r"field 'read_at' .* before the lesson"),
    ],
)
def test_values_out_of_range_refuse_the_whole_bundle_naming_record_and_field(office, change, message):
    before = dump(office["dir"])
    service = open_sync(office["dir"])
    service.pass_marks = pass_marks_of(load_catalogue(SAMPLE_MODULES))
    try:
        result = service.import_bundles([forge(office, "bad.zip", change)])
    finally:
        service.close()
    assert result.imported == [] and len(result.errors) == 1
    assert "bad.zip" in result.errors[0] and "Nothing from this file was imported" in result.errors[0]
    assert re.search(message, result.errors[0]), result.errors[0]
    assert dump(office["dir"]) == before


def test_a_bundle_exported_in_the_future_is_refused(office):
    path = forge(office, "future.zip", lambda r: None, exported="2999-01-01T00:00:00+00:00")
    with pytest.raises(BundleError, match=r"manifest\.json: field 'exported' .* lies in the future"):
        read_bundle(path)


# Forged progress ------------------------------------------------------------------------------
def test_a_new_key_carrying_an_existing_learner_adds_nothing_without_two_decisions(office):
    """A brand-new key and device id with a genuine learner's id: refused (untrusted), and even once
    trusted, refused again (the learner came from another device) unless the trainer allows it."""
    before = dump(office["dir"])
    forger = Ed25519PrivateKey.generate()

    def passes(records):
        records["lesson_progress"] = []
        a = records["attempts"][0]
        for n in range(4):
            copy_ = dict(a, id=str(uuid.uuid4()), module_id=f"core-0{n + 1}", content_version="1.0.0")
            records["attempts"].append(copy_)
        records["attempts"].pop(0)
        records["responses"] = []
        records["certificates"] = []

    forged = forge(office, "forged.zip", passes, key=forger)
    first = import_(office, forged)
    assert first.imported == [] and "does not trust yet" in first.errors[0] and "--trust" in first.errors[0]
    assert dump(office["dir"]) == before

    service = open_sync(office["dir"])
    try:
        preview = service.preview_import([forged])
        [flagged] = preview.foreign
        assert flagged.learner.id == office["learner"] and flagged.records == 4
        assert [b.trusted for b in preview.bundles] == [False]
    finally:
        service.close()
    trusted = Decisions(trust={public_key_text(forger)})
    second = import_(office, forged, trusted)
    assert second.imported == [] and "registered here from another device" in second.errors[0]
    assert f"--allow-learner {office['learner']}" in second.errors[0]
    assert dump(office["dir"]) == before  # not even the trust was kept

    allowed = Decisions(trust=trusted.trust, allow_learners={office["learner"]})
    third = import_(office, forged, allowed)
    assert third.errors == [] and third.counts.new["attempts"] == 4  # the trainer's explicit decision
    assert rows(office["dir"], "SELECT how FROM learner_devices ORDER BY how") == [("allowed",), ("introduced",)]


def test_a_certificate_whose_score_does_not_match_its_attempts_is_refused(office):
    before = dump(office["dir"])

    def inflate(records):
        records["attempts"][0]["score"] = 90.0  # the certificate still says the real score

    result = import_(office, forge(office, "cert.zip", inflate))
    assert result.imported == [] and "certificates.jsonl, line 1" in result.errors[0]
    assert "field 'score'" in result.errors[0]
    assert dump(office["dir"]) == before


# Bundle bombs ---------------------------------------------------------------------------------
GIB = 1024**3


def _zeros_stream(total: int) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(1024 * 1024)
    out = [c.compress(block) for _ in range(total // len(block))]
    return b"".join(out) + c.flush()


def test_a_one_megabyte_bundle_inflating_to_a_gibibyte_stops_at_its_recorded_size(office, monkeypatch):
    bomb = _zeros_stream(GIB)
    assert len(bomb) < 1.1 * 1024 * 1024
    marker = "BOMB"

    def deflate(data: bytes) -> bytes:
        return bomb if marker.encode() in data else zlib_deflate(data)

    zlib_deflate = strictzip.deflate
    monkeypatch.setattr(strictzip, "deflate", deflate)
    monkeypatch.setattr(bundle_module, "deflate", deflate)
    path = forge(office, "bomb.zip", _first("learners", unit=marker))
    monkeypatch.undo()
    assert path.stat().st_size < 1.2 * 1024 * 1024
    budget = strictzip.Budget(bundle_module.MAX_TOTAL_BYTES)
    tracemalloc.start()
    try:
        with pytest.raises(BundleError, match=r"learners\.jsonl inflates to more than its recorded size"):
            bundle_module.parse_bundle(path, path.read_bytes(), budget=budget)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    recorded = len(json.dumps(office["records"]["learners"][0])) + 200  # a few hundred bytes
    assert budget.inflated <= recorded + strictzip.CHUNK  # not a gibibyte
    assert peak < 16 * 1024 * 1024


def test_an_entry_recording_a_size_over_the_cap_is_refused_before_inflating():
    entry = strictzip.RawEntry("responses.jsonl", strictzip.DEFLATED, _zeros_stream(1024 * 1024), 0, GIB)
    budget = strictzip.Budget(bundle_module.MAX_TOTAL_BYTES)
    with pytest.raises(strictzip.LayoutError, match="larger than allowed"):
        strictzip.inflate(entry, bundle_module.MAX_ENTRY_BYTES, budget)
    assert budget.inflated == 0


def test_a_fifty_megabyte_answer_is_refused(office):
    before = dump(office["dir"])
    path = forge(office, "answer.zip", _first("responses", response="a" * 50 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    result = import_(office, path)
    assert result.imported == []
    assert "responses.jsonl, line 1 (answer to" in result.errors[0]
    assert "field 'response' is larger than 16 KB (52,428,802 bytes)" in result.errors[0]
    assert dump(office["dir"]) == before


# Names that break sync ------------------------------------------------------------------------
def test_a_ten_thousand_character_name_is_refused_by_the_service_and_by_import(office):
    before = dump(office["dir"])
    name = "N" * 10_007
    store = ProgressStore(open_database(office["tmp"] / "laptop" / DB_FILENAME))
    try:
        with pytest.raises(ProfileError) as info:
            LearnerService(store).create(name, "judge", "almaty")
        assert (info.value.field, info.value.code) == ("name", "too_long")
    finally:
        store.close()
    result = import_(office, forge(office, "name.zip", _first("learners", name=name)))
    assert result.imported == []
    assert "learners.jsonl, line 1 (learner " in result.errors[0]
    assert "field 'name' is longer than 100 characters (10,007)" in result.errors[0]
    assert dump(office["dir"]) == before


def test_a_long_name_already_stored_is_named_at_export_instead_of_breaking_every_import(office):
    laptop = office["tmp"] / "laptop"
    db = open_database(laptop / DB_FILENAME)
    with db.conn:
        db.execute("UPDATE learners SET name = ?", ["N" * 10_007])
    db.close()
    with pytest.raises(ExportError, match=rf"learner {office['learner']} has a name no other computer would accept"):
        export(laptop, office["tmp"] / "long.zip")
    assert not (office["tmp"] / "long.zip").exists()


# PIN hashes travel ----------------------------------------------------------------------------
def test_pin_hashes_never_leave_the_device(tmp_path):
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    store = ProgressStore(open_database(laptop / DB_FILENAME))
    learner = LearnerService(store).create("Aliya", "judge", "almaty", pin="4821")
    pin_hash = store.learner(learner.id).pin_hash
    store.close()
    assert pin_hash
    path = export(laptop, tmp_path / "pin.zip")
    import zipfile

    with zipfile.ZipFile(path) as zf:
        everything = b"".join(zf.read(n) for n in zf.namelist())
    assert b"pin_hash" not in everything and pin_hash.encode() not in everything


def test_an_old_bundle_carrying_a_pin_hash_imports_without_it(tmp_path, monkeypatch):
    [learner_id] = fill_laptop(tmp_path / "laptop", GENUINE)
    db = open_database(tmp_path / "laptop" / DB_FILENAME)
    records = SyncStore(db).export_records()
    db.close()
    records["learners"][0]["pin_hash"] = "pbkdf2_sha256$1$salt$hash"
    monkeypatch.setattr(bundle_module, "FORMAT_VERSION", 1)
    key = load_or_create_device_key(tmp_path / "laptop")
    old = write_bundle(tmp_path / "old.zip", records, device_id=str(uuid.uuid4()), key=key, app_version="0.1")
    monkeypatch.undo()
    assert read_bundle(old).format_version == 1
    result = import_trusted(tmp_path / "office", old)
    assert result.errors == [] and result.counts.new["learners"] == 1
    assert rows(tmp_path / "office", f"SELECT pin_hash FROM learners WHERE id = '{learner_id}'") == [(None,)]

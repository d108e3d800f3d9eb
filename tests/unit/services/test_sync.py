"""Progress bundles through the services: laptops merge into a third database exactly once, in any order."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.sync_helpers import PROGRESS_TABLES, dump, fill_laptop, open_sync, records, rows, trusting
from trainer.services.sync import ExportError, SyncService
from trainer.storage.database import DB_FILENAME
from trainer.storage.sync_store import LinkError
from trainer.sync import bundle as bundle_module
from trainer.sync.keys import KEY_FILENAME

LAPTOP_A = [("Әлия Қасымқызы", "judge", "almaty"), ("Ivan Petrov", "police", "astana")]
LAPTOP_B = [("  әлия  ҚАСЫМҚЫЗЫ ", "judge", "almaty"), ("Dana Seitova", "social_worker", "shymkent")]


def export(data_dir: Path, out: Path, learner_ids: list[str] | None = None) -> Path:
    service = SyncService.open(data_dir)
    try:
        return service.export_progress(out, learner_ids).path
    finally:
        service.close()


def import_(data_dir: Path, *paths: Path):
    """Import as a trainer who compared the fingerprints and trusts every file's device."""
    service = open_sync(data_dir)
    try:
        return service.import_bundles(paths, decisions=trusting(*paths))
    finally:
        service.close()


@pytest.fixture
def laptops(tmp_path):
    """Two laptops' data folders filled through the services, and a bundle exported from each."""
    a_ids = fill_laptop(tmp_path / "a", LAPTOP_A)
    b_ids = fill_laptop(tmp_path / "b", LAPTOP_B)
    return {
        "a": export(tmp_path / "a", tmp_path / "a.zip"),
        "b": export(tmp_path / "b", tmp_path / "b.zip"),
        "a_ids": a_ids,
        "b_ids": b_ids,
        "tmp": tmp_path,
    }


def test_two_laptops_merge_into_a_third_exactly_once_in_either_order(laptops):
    """A then B, B then A, and both again: the same rows, every learner and attempt exactly once."""
    tmp = laptops["tmp"]
    import_(tmp / "c1", laptops["a"], laptops["b"])
    import_(tmp / "c2", laptops["b"])
    import_(tmp / "c2", laptops["a"])
    import_(tmp / "c2", laptops["a"], laptops["b"], laptops["a"])
    assert dump(tmp / "c1", PROGRESS_TABLES) == dump(tmp / "c2", PROGRESS_TABLES)

    learner_ids = [r[0] for r in rows(tmp / "c1", "SELECT id FROM learners")]
    assert sorted(learner_ids) == sorted(laptops["a_ids"] + laptops["b_ids"])
    attempts = rows(tmp / "c1", "SELECT id, finished IS NOT NULL FROM attempts")
    assert len(attempts) == len({a for a, _ in attempts}) == 4
    assert all(done for _, done in attempts)  # half-done attempts wait on the laptop until finished
    # The records are the laptops' own (same ids, same content), not copies.
    laptop_a, laptop_b, office = records(tmp / "a"), records(tmp / "b"), records(tmp / "c1")
    for table in PROGRESS_TABLES:
        assert office[table] == sorted(laptop_a[table] + laptop_b[table]), table


def test_importing_a_bundle_twice_changes_nothing(laptops):
    tmp = laptops["tmp"]
    import_(tmp / "c", laptops["a"])
    before = dump(tmp / "c")
    result = import_(tmp / "c", laptops["a"])
    assert dump(tmp / "c") == before  # every table, the import log included
    assert sum(result.counts.new.values()) == 0 and result.counts.conflicts == []
    assert sum(result.counts.present.values()) > 0


def test_a_trainers_database_exports_the_same_way(laptops):
    """An office merging a trainer's bundle gets what the trainer has; the laptops' bundles then add nothing."""
    tmp = laptops["tmp"]
    import_(tmp / "trainer", laptops["a"], laptops["b"])
    trainer_bundle = export(tmp / "trainer", tmp / "trainer.zip")
    import_(tmp / "office", trainer_bundle)
    assert dump(tmp / "office", PROGRESS_TABLES) == dump(tmp / "trainer", PROGRESS_TABLES)
    result = import_(tmp / "office", laptops["b"], laptops["a"])
    assert sum(result.counts.new.values()) == 0
    assert dump(tmp / "office", PROGRESS_TABLES) == dump(tmp / "trainer", PROGRESS_TABLES)


def test_preview_tells_what_import_does_and_changes_nothing(laptops):
    tmp = laptops["tmp"]
    import_(tmp / "c", laptops["a"])
    before = dump(tmp / "c")
    service = open_sync(tmp / "c")
    try:
        preview = service.preview_import([laptops["a"], laptops["b"], tmp / "missing.zip"])
    finally:
        service.close()
    assert dump(tmp / "c") == before
    assert {p.id for p in preview.new_learners} == set(laptops["b_ids"])
    assert preview.new_attempts == 2
    assert preview.already_present == sum(len(v) for v in records(tmp / "a").values())
    assert len(preview.errors) == 1 and "missing.zip" in preview.errors[0]
    assert len(preview.bundles) == 2
    [pair] = preview.possible_duplicates
    assert {pair.learner.id, pair.same_as.id} == {laptops["a_ids"][0], laptops["b_ids"][0]}


def test_a_flipped_byte_is_refused_and_every_table_is_unchanged(laptops):
    tmp = laptops["tmp"]
    import_(tmp / "c", laptops["b"])
    before = dump(tmp / "c")
    data = laptops["a"].read_bytes()
    bad = tmp / "flipped.zip"
    step = max(1, len(data) // 60)
    for position in [*range(0, len(data), step), len(data) - 1]:
        changed = bytearray(data)
        changed[position] ^= 0x01
        bad.write_bytes(bytes(changed))
        result = import_(tmp / "c", bad)
        assert result.imported == [] and len(result.errors) == 1, position
        assert "flipped.zip" in result.errors[0] and "Nothing from this file was imported" in result.errors[0]
        assert dump(tmp / "c") == before, position


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_a_truncated_bundle_is_refused(laptops, keep):
    tmp = laptops["tmp"]
    data = laptops["a"].read_bytes()
    cut = tmp / "cut.zip"
    cut.write_bytes(data[: int(len(data) * keep)])
    fill_laptop(tmp / "c", [("Someone", "judge", "astana")])
    before = dump(tmp / "c")
    result = import_(tmp / "c", cut)
    assert result.imported == [] and "cut.zip" in result.errors[0]
    assert dump(tmp / "c") == before


def test_a_bundle_from_a_newer_format_is_refused_with_the_reason(laptops, monkeypatch):
    tmp = laptops["tmp"]
    monkeypatch.setattr(bundle_module, "FORMAT_VERSION", 3)
    newer = export(tmp / "a", tmp / "newer.zip")
    monkeypatch.setattr(bundle_module, "FORMAT_VERSION", 2)
    result = import_(tmp / "c", newer)
    assert result.imported == []
    assert "newer.zip" in result.errors[0] and "format 3" in result.errors[0] and "newer Qorgau" in result.errors[0]
    assert rows(tmp / "c", "SELECT COUNT(*) FROM learners") == [(0,)]


def test_a_record_changed_after_export_fails_its_checksum(laptops):
    import re
    import zipfile

    tmp = laptops["tmp"]
    src = zipfile.ZipFile(laptops["a"])
    forged = tmp / "forged.zip"
    with zipfile.ZipFile(forged, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "attempts.jsonl":
                data = re.sub(rb'"score":[0-9.]+', b'"score":99.5', data)
                assert data != src.read(info)
            out.writestr(info, data)
    result = import_(tmp / "c", forged)
    assert result.imported == [] and "does not match its checksum" in result.errors[0]


def test_an_attempt_travels_once_finished_so_early_and_late_exports_merge_alike(tmp_path):
    """A laptop exported mid-quiz, then again after finishing: the same rows whatever the order."""
    from trainer.storage.database import open_database
    from trainer.storage.store import ProgressStore

    [learner_id] = fill_laptop(tmp_path / "a", [("Aigerim", "prosecutor", "karaganda")])
    early = export(tmp_path / "a", tmp_path / "early.zip")
    store = ProgressStore(open_database(tmp_path / "a" / DB_FILENAME))
    open_attempt = store.open_attempt(learner_id, "sample-01-basics")
    store.finish_attempt(open_attempt.id, 10.0, False)
    store.close()
    late = export(tmp_path / "a", tmp_path / "late.zip")

    import_(tmp_path / "c1", early, late)
    import_(tmp_path / "c2", late, early)
    assert dump(tmp_path / "c1", PROGRESS_TABLES) == dump(tmp_path / "c2", PROGRESS_TABLES)
    assert records(tmp_path / "c1") == records(tmp_path / "a")
    finished = rows(tmp_path / "c1", f"SELECT finished IS NOT NULL FROM attempts WHERE id = '{open_attempt.id}'")
    assert finished == [(1,)]
    assert rows(tmp_path / "c1", "SELECT COUNT(*) FROM import_conflicts") == [(0,)]


def test_export_of_chosen_learners_only(laptops):
    tmp = laptops["tmp"]
    first = laptops["a_ids"][0]
    only = export(tmp / "a", tmp / "one.zip", [first])
    import_(tmp / "c", only)
    assert rows(tmp / "c", "SELECT id FROM learners") == [(first,)]
    assert rows(tmp / "c", "SELECT DISTINCT learner_id FROM attempts") == [(first,)]
    assert rows(tmp / "c", "SELECT COUNT(*) FROM responses")[0][0] > 0


def test_export_of_an_unknown_learner_writes_nothing(laptops):
    tmp = laptops["tmp"]
    service = SyncService.open(tmp / "a")
    try:
        with pytest.raises(ExportError, match="no-such-id"):
            service.export_progress(tmp / "none.zip", ["no-such-id"])
    finally:
        service.close()
    assert not (tmp / "none.zip").exists()


def test_the_signing_key_is_made_once_and_only_its_owner_can_read_it(laptops):
    tmp = laptops["tmp"]
    key = tmp / "a" / KEY_FILENAME
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    first = key.read_bytes()
    again = SyncService.open(tmp / "a")
    try:
        fingerprint = again.export_progress(tmp / "again.zip").fingerprint
        assert key.read_bytes() == first
        preview = again.preview_import([laptops["a"]])
        assert preview.bundles[0].fingerprint == fingerprint
    finally:
        again.close()


def test_a_device_that_changes_its_key_is_flagged(laptops):
    tmp = laptops["tmp"]
    import_(tmp / "c", laptops["a"])
    (tmp / "a" / KEY_FILENAME).unlink()  # e.g. the data folder was restored without its key
    rekeyed = export(tmp / "a", tmp / "rekeyed.zip")
    service = open_sync(tmp / "c")
    try:
        preview = service.preview_import([rekeyed])
    finally:
        service.close()
    assert preview.errors == [] and len(preview.warnings) == 1 and "not the key" in preview.warnings[0]


def test_duplicates_are_offered_merged_on_confirmation_and_undone(laptops):
    tmp = laptops["tmp"]
    service = open_sync(tmp / "c")
    try:
        result = service.import_bundles([laptops["a"], laptops["b"]], decisions=trusting(laptops["a"], laptops["b"]))
        [pair] = result.possible_duplicates
        assert {pair.learner.id, pair.same_as.id} == {laptops["a_ids"][0], laptops["b_ids"][0]}
        b_aliya, a_aliya = pair.learner.id, pair.same_as.id
        assert service.same_person(b_aliya) == [b_aliya]  # nothing merged without confirmation
        before = dump(tmp / "c", PROGRESS_TABLES)

        link = service.merge_learners(b_aliya, a_aliya)
        assert service.same_person(b_aliya) == sorted([a_aliya, b_aliya])
        assert service.possible_duplicates() == []
        people = dict(rows(tmp / "c", "SELECT id, person_id FROM person_attempts"))
        assert len({p for p in people.values()}) == 3  # four learners' attempts, three people
        assert dump(tmp / "c", PROGRESS_TABLES) == before  # records are not rewritten
        with pytest.raises(LinkError):
            service.merge_learners(b_aliya, a_aliya)
        [merge] = service.merges()
        assert merge.link_id == link and merge.learner.id == b_aliya

        service.undo_merge(link)
        assert service.same_person(b_aliya) == [b_aliya]
        assert len(service.possible_duplicates()) == 1
        assert service.merges() == []
        with pytest.raises(LinkError, match="already undone"):
            service.undo_merge(link)
        # Importing again after a merge still adds nothing and keeps the link.
        link = service.merge_learners(b_aliya, a_aliya)
        again = service.import_bundles([laptops["b"]])
        assert sum(again.counts.new.values()) == 0 and again.possible_duplicates == []
        assert service.same_person(a_aliya) == sorted([a_aliya, b_aliya])
    finally:
        service.close()


def test_chained_merges_resolve_to_one_person(tmp_path):
    ids = fill_laptop(tmp_path / "a", [("X", "judge", "astana"), ("Y", "judge", "astana"), ("Z", "judge", "astana")])
    service = open_sync(tmp_path / "a")
    try:
        service.merge_learners(ids[0], ids[1])
        service.merge_learners(ids[1], ids[2])
        assert {service.store.person_of(i) for i in ids} == {ids[2]}
        with pytest.raises(LinkError):
            service.merge_learners(ids[2], ids[0])  # would make a cycle
    finally:
        service.close()

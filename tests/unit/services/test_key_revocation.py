"""Revoked keys: kept on record, spread by trust files, and refused for bundles, packs and new certificates."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest

from tests.sync_helpers import PROGRESS_TABLES, dump, fill_laptop, open_sync, trusting
from tests.unit.services.test_certificate_credentials import NAME, service_for
from tests.unit.services.test_certificates import take_quiz
from trainer.content.loader import Catalogue
from trainer.services import credentials
from trainer.services.sync import SyncService
from trainer.services.trust_files import TrustFileError, export_trust_file, import_trust_file, read_trust_file
from trainer.storage.database import DB_FILENAME, open_database
from trainer.storage.store import ProgressStore
from trainer.storage.trust import TrustStore
from trainer.sync.keys import key_fingerprint, load_or_create_device_key, public_key_text

BEFORE_ISSUE = "2026-03-12T04:00:00+00:00"  # the certificates below are issued 2026-03-12T05:00Z
AFTER_ISSUE = "2026-03-13T09:00:00+00:00"


def device_key(folder):
    folder.mkdir(parents=True, exist_ok=True)
    return load_or_create_device_key(folder)


def key_of(folder) -> str:
    return public_key_text(device_key(folder))


@pytest.fixture
def trust() -> TrustStore:
    return TrustStore(open_database(None))


# Stored ---------------------------------------------------------------------------------------
def test_a_revocation_keeps_the_row_with_time_reason_and_who(trust, tmp_path):
    key = key_of(tmp_path / "laptop")
    trust.trust(key, "device", "Laptop 3", "import of a.zip")
    entry = trust.revoke(key, "laptop stolen", "this computer")
    assert (entry.label, entry.origin, entry.revoked_reason, entry.revoked_by) == (
        "Laptop 3",
        "import of a.zip",
        "laptop stolen",
        "this computer",
    )
    assert entry.revoked_at and not trust.is_trusted(key) and trust.label(key) is None
    assert trust.keys() == [] and trust.keys(include_revoked=True) == [entry]
    # Revoking again keeps the first time and reason; trusting again changes nothing.
    assert trust.revoke(key, "another reason").revoked_reason == "laptop stolen"
    trust.trust(key, "device", "Laptop 3", "import of b.zip")
    assert trust.revocation(key) == entry


def test_a_key_can_be_found_by_its_fingerprint_however_typed(trust, tmp_path):
    key = key_of(tmp_path / "laptop")
    trust.trust(key, "device", "Laptop 3")
    typed = key_fingerprint(key).replace(" ", "").lower()
    assert trust.find(typed).public_key == key
    assert trust.find("0000 0000 0000 0000") is None and trust.find("") is None


# Trust files ----------------------------------------------------------------------------------
@pytest.fixture
def office(tmp_path):
    """The regional office: trusts a laptop and a trainer, then revokes the laptop; exports a trust file."""
    office = TrustStore(open_database(None))
    laptop, trainer = key_of(tmp_path / "laptop"), key_of(tmp_path / "trainer")
    office.trust(laptop, "device", "Laptop 3")
    office.trust(trainer, "trainer", "Гүлнар Ахметова")
    office.revoke(laptop, "laptop stolen", "this computer", when=BEFORE_ISSUE)
    path = tmp_path / "office.json"
    export_trust_file(office, device_key(tmp_path / "office"), path, label="Pavlodar office")
    return {"path": path, "laptop": laptop, "trainer": trainer}


def test_a_trust_file_carries_revocations_and_importing_applies_them(office, trust):
    tf = read_trust_file(office["path"])
    assert [r.public_key for r in tf.revocations] == [office["laptop"]]
    assert office["laptop"] not in {k.public_key for k in tf.keys}
    trust.trust(office["laptop"], "device", "Laptop 3 (here)", "import of a.zip")  # trusted here before
    result = import_trust_file(trust, tf)
    [revoked] = result.revoked
    assert revoked.reason == "laptop stolen"
    entry = trust.revocation(office["laptop"])
    assert (entry.revoked_at, entry.revoked_reason, entry.label) == (BEFORE_ISSUE, "laptop stolen", "Laptop 3 (here)")
    assert "office.json" in entry.revoked_by and trust.is_trusted(office["trainer"], ("trainer",))


def test_a_revocation_reaches_a_key_never_seen_here(office, trust):
    import_trust_file(trust, read_trust_file(office["path"]))
    entry = trust.revocation(office["laptop"])
    assert entry is not None and (entry.kind, entry.label) == ("device", "Laptop 3")


def test_an_import_never_trusts_a_revoked_key_again(office, trust, tmp_path):
    trust.trust(office["trainer"], "trainer", "Гүлнар", "test")
    trust.revoke(office["trainer"], "left the programme")
    result = import_trust_file(trust, read_trust_file(office["path"]))
    assert [e.public_key for e in result.still_revoked] == [office["trainer"]]
    assert not trust.is_trusted(office["trainer"]) and result.added[0].label == "Pavlodar office"


def test_a_revocation_wins_over_a_trust_entry_in_the_same_file(tmp_path, trust):
    """A hand-made file that both lists and revokes a key: the key ends revoked."""
    exporter = TrustStore(open_database(None))
    laptop = key_of(tmp_path / "laptop")
    exporter.trust(laptop, "device", "Laptop 3")
    signing = device_key(tmp_path / "office")
    path = tmp_path / "both.json"
    export_trust_file(exporter, signing, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["signed"]["revocations"] = [
        {"public_key": laptop, "kind": "device", "label": "", "revoked_at": BEFORE_ISSUE, "reason": "stolen"}
    ]
    document["signature"] = base64.b64encode(signing.sign(credentials.canonical_json(document["signed"]))).decode()
    path.write_text(json.dumps(document), encoding="utf-8")
    result = import_trust_file(trust, read_trust_file(path))
    assert laptop not in {e.public_key for e in result.added} and trust.revocation(laptop) is not None


def test_a_trust_file_signed_by_a_key_revoked_here_is_refused(office, trust, tmp_path):
    signer = key_of(tmp_path / "office")
    trust.trust(signer, "trainer", "Pavlodar office")
    trust.revoke(signer, "key leaked")
    with pytest.raises(TrustFileError, match=r"revoked here on .*key leaked.*nothing imported"):
        import_trust_file(trust, read_trust_file(office["path"]))
    assert trust.get(office["trainer"]) is None and trust.get(office["laptop"]) is None


@pytest.mark.parametrize(
    "change",
    [{"revoked_at": "yesterday"}, {"revoked_at": "2026-03-12T09:00:00+05:00"}, {"kind": "boss"}, {"reason": "a\nb"}],
)
def test_a_malformed_revocation_refuses_the_file_naming_it(tmp_path, change):
    signing = device_key(tmp_path / "office")
    path = tmp_path / "bad.json"
    export_trust_file(TrustStore(open_database(None)), signing, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    revocation = {"public_key": key_of(tmp_path / "x"), "kind": "device", "revoked_at": BEFORE_ISSUE, "reason": ""}
    document["signed"]["revocations"] = [{**revocation, **change}]
    document["signature"] = base64.b64encode(signing.sign(credentials.canonical_json(document["signed"]))).decode()
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(TrustFileError, match=r"bad\.json: revocation 1"):
        read_trust_file(path)


# Bundles --------------------------------------------------------------------------------------
def test_a_bundle_signed_by_a_revoked_key_is_refused_and_merged_records_stay(tmp_path):
    fill_laptop(tmp_path / "a", [("Әлия Қасымқызы", "judge", "almaty")])
    first = SyncService.open(tmp_path / "a")
    try:
        bundle = first.export_progress(tmp_path / "a.zip").path
    finally:
        first.close()
    office = open_sync(tmp_path / "office")
    try:
        assert office.import_bundles([bundle], decisions=trusting(bundle)).imported == [bundle]
        merged = dump(tmp_path / "office", PROGRESS_TABLES)
        key = key_of(tmp_path / "a")
        office.trust.revoke(key, "laptop stolen", "this computer")
        fingerprint = key_fingerprint(key)
        result = office.import_bundles([bundle], decisions=trusting(bundle))
        preview = office.preview_import([bundle], decisions=trusting(bundle))
    finally:
        office.close()
    [error] = result.errors
    assert f"signed with the key {fingerprint}" in error and "revoked here on" in error and "laptop stolen" in error
    assert "a.zip" in error and result.imported == []
    assert preview.errors == [error] and preview.bundles == []
    assert dump(tmp_path / "office", PROGRESS_TABLES) == merged  # records merged before stay
    still = TrustStore(open_database(tmp_path / "office" / DB_FILENAME)).revocation(key)
    assert still is not None  # trusting it in the import dialog did not undo the revocation


# Certificates ---------------------------------------------------------------------------------
@pytest.fixture
def cert(store, catalogue, tmp_path):
    issuer = service_for(store, catalogue, tmp_path / "A")
    learner = store.create_learner(NAME, "police", "Astana")
    take_quiz(store, catalogue.modules["sample-01-basics"], learner.id)
    return issuer.issue_for_module(learner.id, "sample-01-basics")


@pytest.fixture
def elsewhere(tmp_path):
    store = ProgressStore(open_database(None))
    service = service_for(store, Catalogue(tmp_path), tmp_path / "B")
    service.trust.trust(key_of(tmp_path / "A"), "device", "Astana laptop 3", "test")
    yield service
    store.close()


def test_a_certificate_dated_after_its_issuers_revocation_is_refused(cert, elsewhere, tmp_path):
    assert elsewhere.verify_credential(cert.credential).status == "valid"
    elsewhere.trust.revoke(key_of(tmp_path / "A"), "laptop stolen", when=BEFORE_ISSUE)
    result = elsewhere.verify_credential(cert.credential)
    assert result.status == "revoked"
    assert (result.issuer.revoked_at, result.issuer.revoked_reason, result.issuer.trusted) == (
        BEFORE_ISSUE,
        "laptop stolen",
        False,
    )


def test_a_certificate_dated_before_the_revocation_needs_an_unrevoked_trainers_endorsement(cert, elsewhere, tmp_path):
    elsewhere.trust.revoke(key_of(tmp_path / "A"), "laptop stolen", when=AFTER_ISSUE)
    assert elsewhere.verify_credential(cert.credential).status == "revoked"  # its date is the thief's word
    trainer_key = device_key(tmp_path / "T")
    when = datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
    signed = credentials.join(cert.credential, [credentials.endorse(cert.credential, trainer_key, "Гүлнар", when)])
    elsewhere.trust.trust(public_key_text(trainer_key), "trainer", "Гүлнар Ахметова", "test")
    result = elsewhere.verify_credential(signed)
    assert result.status == "valid" and result.issuer.revoked_at == AFTER_ISSUE
    elsewhere.trust.revoke(public_key_text(trainer_key), "key leaked")
    assert elsewhere.verify_credential(signed).status == "revoked"


def test_an_endorsement_never_rescues_a_certificate_dated_after_the_revocation(cert, elsewhere, tmp_path):
    elsewhere.trust.revoke(key_of(tmp_path / "A"), "laptop stolen", when=BEFORE_ISSUE)
    trainer_key = device_key(tmp_path / "T")
    when = datetime(2026, 3, 12, 8, 0, tzinfo=UTC)
    signed = credentials.join(cert.credential, [credentials.endorse(cert.credential, trainer_key, "Гүлнар", when)])
    elsewhere.trust.trust(public_key_text(trainer_key), "trainer", "Гүлнар Ахметова", "test")
    assert elsewhere.verify_credential(signed).status == "revoked"

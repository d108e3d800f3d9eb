"""Signed certificates: Open Badges 3.0 credentials that verify offline wherever the signer is trusted."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.unit.services.test_certificates import take_quiz
from trainer.content.loader import Catalogue
from trainer.services import credentials
from trainer.services.certificates import CertificateService, DeviceKey
from trainer.services.trust_files import TrustFileError, export_trust_file, import_trust_file, read_trust_file
from trainer.storage.certificates import CertificateStore
from trainer.storage.database import open_database
from trainer.storage.store import ProgressStore
from trainer.storage.trust import TrustStore
from trainer.sync.keys import key_fingerprint, load_or_create_device_key, public_key_text

ALMATY = timezone(timedelta(hours=5))
NAME = "Әлия Қасымқызы Иванова"


def service_for(store: ProgressStore, catalogue, folder) -> CertificateService:
    folder.mkdir(exist_ok=True)
    return CertificateService(
        store,
        CertificateStore(store.db),
        catalogue,
        clock=lambda: datetime(2026, 3, 12, 10, 0, tzinfo=ALMATY),
        key=DeviceKey(folder),
        trust=TrustStore(store.db),
    )


@pytest.fixture
def issuer(store, catalogue, tmp_path) -> CertificateService:
    """Installation A: a learner passed a module here."""
    return service_for(store, catalogue, tmp_path / "A")


@pytest.fixture
def cert(issuer, store, catalogue):
    learner = store.create_learner(NAME, "police", "Astana")
    take_quiz(store, catalogue.modules["sample-01-basics"], learner.id)
    return issuer.issue_for_module(learner.id, "sample-01-basics")


@pytest.fixture
def elsewhere(tmp_path):
    """Installation B: an empty database on another computer, with no content."""
    store = ProgressStore(open_database(None))
    yield service_for(store, Catalogue(tmp_path), tmp_path / "B")
    store.close()


def payload(jws: str, part: int = 1) -> dict:
    """The decoded JSON of one part of a compact JWS (0: header, 1: payload)."""
    text = jws.split(".")[part]
    return json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))


def test_a_certificate_is_an_open_badges_credential_signed_by_this_device(cert, tmp_path):
    assert payload(cert.credential, 0) == {"alg": "EdDSA", "typ": "vc+jwt"}
    vc = payload(cert.credential)
    assert vc["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert vc["issuer"]["id"] == credentials.did_key(public_key_text(load_or_create_device_key(tmp_path / "A")))
    assert vc["validFrom"] == "2026-03-12T10:00:00+05:00"
    subject = vc["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": NAME} in subject[
        "identifier"
    ]
    assert subject["achievement"]["name"] == "Sample - the 2009 Law in brief"
    assert subject["result"] == [{"type": ["Result"], "value": "100.0"}]
    assert vc["id"] == f"urn:qorgau:certificate:{cert.code}"


def test_the_credential_is_stored_and_issuing_again_keeps_it(issuer, cert):
    assert issuer.certs.get_by_code(cert.code).credential == cert.credential
    again = issuer.issue_for_module(cert.learner_id, "sample-01-basics")
    assert again.credential == cert.credential


def test_a_certificate_issued_unsigned_stays_as_stored(store, catalogue, tmp_path):
    """An older version's unsigned certificate is not rewritten when it is issued again with a key."""
    learner = store.create_learner(NAME, "police", "Astana")
    take_quiz(store, catalogue.modules["sample-01-basics"], learner.id)
    unsigned = CertificateService(store, CertificateStore(store.db), catalogue).issue_for_module(
        learner.id, "sample-01-basics"
    )
    assert not unsigned.credential
    before = store.db.execute("SELECT * FROM certificates").fetchall()
    again = service_for(store, catalogue, tmp_path / "A").issue_for_module(learner.id, "sample-01-basics")
    assert again.code == unsigned.code and not again.credential
    assert store.db.execute("SELECT * FROM certificates").fetchall() == before


def test_unknown_issuer_until_its_key_is_trusted(cert, elsewhere, tmp_path):
    result = elsewhere.verify_credential(cert.credential)
    assert result.status == "unknown_issuer"
    assert result.claims.learner_name == NAME and result.claims.score == 100
    device = public_key_text(load_or_create_device_key(tmp_path / "A"))
    elsewhere.trust.trust(device, "device", "Astana laptop 3", "test")
    result = elsewhere.verify_credential(cert.credential)
    assert result.status == "valid"
    assert (result.issuer.fingerprint, result.issuer.name) == (key_fingerprint(device), "Astana laptop 3")


def test_the_issuing_installation_vouches_for_its_own_certificates(issuer, cert):
    assert issuer.verify_credential(cert.credential).status == "valid"
    assert issuer.verify_code(cert.code).issuer.name == "this computer"


def test_whitespace_from_wrapping_or_typing_does_not_matter(issuer, cert):
    wrapped = "\n".join(cert.credential[i : i + 90] for i in range(0, len(cert.credential), 90))
    assert issuer.verify_credential(f"  {wrapped}\n").status == "valid"


@pytest.mark.parametrize("where", [5, 60, 400, 900, -40, -1])
def test_any_one_character_change_is_not_valid(issuer, cert, where):
    text = cert.credential
    i = where % len(text)
    if text[i] == ".":
        i += 1
    changed = text[:i] + ("A" if text[i] != "A" else "B") + text[i + 1 :]
    result = issuer.verify_credential(changed)
    assert result.status == "not_valid" and result.claims is None, i
    assert result.problem


def test_a_forged_certificate_signed_by_another_key_has_an_unknown_issuer(issuer, cert):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    forger = Ed25519PrivateKey.generate()
    forged = dict(payload(cert.credential))
    forged["issuer"] = {"id": credentials.did_key(public_key_text(forger)), "type": ["Profile"], "name": "Qorgau"}
    result = issuer.verify_credential(credentials.sign_jws(forged, forger))
    assert result.status == "unknown_issuer"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda vc: vc["credentialSubject"]["result"][0].update(value="1e+11"), "outside 0-100"),
        (lambda vc: vc["credentialSubject"]["result"][0].update(value="-500"), "outside 0-100"),
        (lambda vc: vc["credentialSubject"]["result"][0].update(value="nan"), "outside 0-100"),
        (lambda vc: vc.update(validFrom="9999-01-01T00:00:00+00:00"), "in the future"),
        (lambda vc: vc.update(validFrom="12/03/2026"), "not an ISO 8601"),
        (lambda vc: vc["credentialSubject"]["identifier"][0].update(identityHash="x" * 10_007), "longer than"),
        (lambda vc: vc["credentialSubject"]["result"][0].update(value="99.0"), "does not match the certificate code"),
    ],
)
def test_absurd_values_are_not_valid_even_when_signed_by_a_trusted_key(issuer, cert, tmp_path, change, problem):
    key = load_or_create_device_key(tmp_path / "A")
    vc = payload(cert.credential)
    change(vc)
    result = issuer.verify_credential(credentials.sign_jws(vc, key))
    assert result.status == "not_valid" and problem in result.problem


def test_an_endorsement_names_the_trainer_wherever_the_trainer_is_trusted(issuer, cert, elsewhere, tmp_path):
    issuer.set_trainer_name("Гүлнар Ахметова")
    assert issuer.endorse(cert.code).state == "endorsed"
    [signed] = issuer.for_learner(cert.learner_id)
    assert signed.credential.count("~") == 1
    assert elsewhere.verify_credential(signed.credential).status == "unknown_issuer"
    trainer = public_key_text(load_or_create_device_key(tmp_path / "A"))
    elsewhere.trust.trust(trainer, "trainer", "Гүлнар Ахметова", "test")
    result = elsewhere.verify_credential(signed.credential)
    assert result.status == "valid"
    [endorser] = result.endorsers
    assert (endorser.name, endorser.fingerprint, endorser.trusted) == (
        "Гүлнар Ахметова",
        key_fingerprint(trainer),
        True,
    )


def test_an_endorsement_cannot_be_moved_to_another_certificate(issuer, cert, store, catalogue):
    issuer.set_trainer_name("Trainer")
    issuer.endorse(cert.code)
    endorsement = issuer.certs.endorsements(cert.code)[0]
    other_learner = store.create_learner("Other", "judge", "Almaty")
    take_quiz(store, catalogue.modules["sample-01-basics"], other_learner.id)
    other = issuer.issue_for_module(other_learner.id, "sample-01-basics")
    result = issuer.verify_credential(credentials.join(other.credential, [endorsement]))
    assert result.status == "not_valid" and "another certificate" in result.problem


def test_only_certificates_whose_evidence_is_on_record_can_be_endorsed(issuer, cert, elsewhere):
    # B holds the certificate (as a bundle would bring it) but not the attempts it cites.
    elsewhere.store.db.execute(
        "INSERT INTO learners (id, name, role, region, unit, created) VALUES (?, ?, 'police', 'Astana', '', ?)",
        [cert.learner_id, NAME, "2026-03-01T00:00:00+00:00"],
    )
    elsewhere.certs.add(issuer.certs.get_by_code(cert.code))
    elsewhere.set_trainer_name("Trainer B")
    [standing] = elsewhere.standings()
    assert (standing.state, standing.detail) == ("no_attempt", cert.attempt_ids[0])
    assert elsewhere.endorse(cert.code).state == "no_attempt"
    assert elsewhere.certs.endorsements(cert.code) == []
    # A holds the attempts: ready, then endorsed once.
    issuer.set_trainer_name("Trainer A")
    assert [s.state for s in issuer.standings()] == ["ready"]
    assert [s.state for s in issuer.endorse_all()] == ["endorsed"]
    assert issuer.endorse_all() == []


def test_a_failed_attempt_cited_by_a_certificate_blocks_endorsement(issuer, cert):
    issuer.store.db.execute("UPDATE attempts SET passed = 0 WHERE id = ?", [cert.attempt_ids[0]])
    issuer.set_trainer_name("Trainer")
    assert issuer.endorse(cert.code).state == "not_passed"


def test_trust_file_round_trip_lets_another_installation_verify(cert, elsewhere, tmp_path):
    a_trust = TrustStore(open_database(None))
    path = tmp_path / "a-trust.json"
    written = export_trust_file(a_trust, load_or_create_device_key(tmp_path / "A"), path, label="Astana laptop 3")
    [entry] = written.keys
    assert (entry.kind, entry.label) == ("device", "Astana laptop 3")
    trust_file = read_trust_file(path)
    assert trust_file.exporter_fingerprint == entry.fingerprint
    assert import_trust_file(elsewhere.trust, trust_file).added == (entry,)
    again = import_trust_file(elsewhere.trust, trust_file)  # importing twice changes nothing
    assert (again.added, again.already) == ((), (entry,))
    assert elsewhere.verify_credential(cert.credential).status == "valid"


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d["signed"]["keys"][0].update(kind="publisher"),
        lambda d: d["signed"]["keys"][0].update(label="Ministry"),
        lambda d: d["signed"]["keys"].append({"public_key": base64.b64encode(b"k" * 32).decode(), "kind": "trainer"}),
        lambda d: d["signed"]["exported_by"].update(label="Someone else"),
        lambda d: d.update(signature=base64.b64encode(b"\0" * 64).decode()),
    ],
)
def test_a_tampered_trust_file_is_refused(tmp_path, tamper):
    path = tmp_path / "trust.json"
    export_trust_file(TrustStore(open_database(None)), load_or_create_device_key(tmp_path), path, label="A")
    document = json.loads(path.read_text(encoding="utf-8"))
    tamper(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(TrustFileError, match="changed after it was signed"):
        read_trust_file(path)


def test_a_trust_file_that_is_not_one_is_refused_with_its_name(tmp_path):
    path = tmp_path / "notes.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(TrustFileError, match=r"notes\.json is not a Qorgau trust file"):
        read_trust_file(path)


def test_endorsement_dates_in_the_future_are_not_valid(issuer, cert, tmp_path):
    key = load_or_create_device_key(tmp_path / "A")
    endorsement = credentials.endorse(cert.credential, key, "Trainer", datetime(2999, 1, 1, tzinfo=UTC))
    result = issuer.verify_credential(credentials.join(cert.credential, [endorsement]))
    assert result.status == "not_valid" and "future" in result.problem


def test_a_trust_file_never_changes_the_kind_of_a_key_trusted_here(tmp_path):
    key = load_or_create_device_key(tmp_path)
    here = TrustStore(open_database(None))
    here.trust(public_key_text(key), "device", "Laptop 3", "bundle import")
    path = tmp_path / "trust.json"
    exporter = TrustStore(open_database(None))
    exporter.assign(public_key_text(key), "trainer", "Trainer", "this computer")
    export_trust_file(exporter, key, path)
    result = import_trust_file(here, read_trust_file(path))
    [(entry, kind)] = result.different
    assert (entry.kind, kind, result.added) == ("trainer", "device", ())
    assert here.get(public_key_text(key)).kind == "device"
    assert here.label(public_key_text(key)) == "Laptop 3"

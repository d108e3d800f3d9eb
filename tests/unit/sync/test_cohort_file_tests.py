"""The cohort file carries the cohort's pre/post tests: checked like the rest of the file, and
imported insert only (a test already open on the laptop keeps its row)."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
import zlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.conftest import SAMPLE_MODULES
from trainer.services.context import AppContext
from trainer.sync import cohort_file
from trainer.sync.cohort_file import CohortFileError, CohortTest, read_cohort_file, write_cohort_file
from trainer.sync.keys import load_or_create_device_key, public_key_text

KEY = Ed25519PrivateKey.generate()
COHORT = str(uuid.uuid4())
PRE = CohortTest("pre", ("core-01-legal-map", "core-02-forms-and-dynamics"), 5, "2026-03-01T09:00:00+00:00")
POST = CohortTest("post", PRE.module_ids, 5, "2026-03-14T09:00:00+00:00")


def _write(path: Path, tests=(PRE, POST), key: Ed25519PrivateKey = KEY, **over) -> Path:
    args = dict(
        key=key,
        device_id=str(uuid.uuid4()),
        app_version="1.0",
        cohort_id=COHORT,
        name="March",
        trainers="A. Nurlanova",
        starts=dt.date(2026, 3, 1),
        ends=dt.date(2026, 3, 14),
        assignments=[("core-01-legal-map", dt.date(2026, 3, 12))],
        members=[],
        exported="2026-03-15T09:00:00+00:00",
        tests=list(tests),
    )
    args.update(over)
    return write_cohort_file(path, **args)


def _resigned(path: Path, change) -> Path:
    """The file with ``change(payload)`` applied and signed again, to reach the checks behind the signature."""
    envelope = json.loads(path.read_text(encoding="utf-8"))
    payload = json.loads(zlib.decompress(base64.b64decode(envelope["payload"]), -15))
    change(payload)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    packed = base64.b64encode(c.compress(json.dumps(payload).encode()) + c.flush()).decode("ascii")
    public = public_key_text(KEY)
    envelope.update(
        payload=packed,
        format_version=payload["format_version"],
        signature=base64.b64encode(KEY.sign(cohort_file._signed_bytes(public, packed))).decode("ascii"),
    )
    path.write_text(json.dumps(envelope), encoding="utf-8")
    return path


def test_tests_round_trip_and_a_file_without_tests_stays_format_1(tmp_path):
    checked = read_cohort_file(_write(tmp_path / "c.qcohort"))
    assert checked.tests == (PRE, POST)
    plain = _write(tmp_path / "plain.qcohort", tests=())
    assert json.loads(plain.read_text(encoding="utf-8"))["format_version"] == 1
    assert read_cohort_file(plain).tests == ()


def _test(index: int, **changes):
    return lambda p: p["tests"][index].update(changes)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_test(0, phase="mid"), r"unknown phase in test 1: 'mid' \(known: pre, post\)"),
        (_test(1, phase="pre"), "has the pre-test twice"),
        (lambda p: p["tests"].pop(0), "post-test without a pre-test"),
        (_test(0, items=0), r"has 0 items per module in the pre-test \(allowed 1 to 100\)"),
        (_test(0, items=101), "has 101 items per module"),
        (_test(0, items=True), "has True items per module"),
        (_test(0, module_ids=[]), "malformed list of modules in the pre-test"),
        (_test(0, module_ids=["../etc"]), "malformed module id in the pre-test"),
        (_test(0, module_ids=["core-01-legal-map", "core-01-legal-map"]), "names a module twice in the pre-test"),
        (_test(1, module_ids=["core-01-legal-map"]), "post-test on other modules"),
        (_test(0, opened="2026-03-01 09:00"), "invalid time in the pre-test"),
        (_test(0, opened="2026-03-01T09:00:00+05:00"), "invalid time in the pre-test"),
        (_test(1, opened="2027-01-01T00:00:00+00:00"), "post-test opened after the file was exported"),
        (_test(1, opened="2026-02-01T00:00:00+00:00"), "post-test opened before its pre-test"),
        (_test(0, weight=2), "does not know in test 1: 'weight'"),
        (lambda p: p.update(tests="pre"), "malformed list of tests"),
        (lambda p: p.update(format_version=1), "does not know in the file: 'tests'"),
    ],
)
def test_tests_that_make_no_sense_refuse_the_file(tmp_path, change, message):
    path = _resigned(_write(tmp_path / "c.qcohort"), change)
    with pytest.raises(CohortFileError, match=message) as info:
        read_cohort_file(path)
    assert str(path) in str(info.value) and "Nothing from this file was imported" in str(info.value)


def test_an_envelope_version_other_than_the_signed_one_is_refused(tmp_path):
    path = _write(tmp_path / "c.qcohort", tests=())
    envelope = json.loads(path.read_text(encoding="utf-8"))
    envelope["format_version"] = 2
    path.write_text(json.dumps(envelope), encoding="utf-8")
    with pytest.raises(CohortFileError, match="format version that differs"):
        read_cohort_file(path)


@pytest.fixture
def pair(tmp_path):
    trainer = AppContext.open(tmp_path / "trainer", SAMPLE_MODULES)
    laptop = AppContext.open(tmp_path / "laptop", SAMPLE_MODULES)
    yield trainer, laptop
    trainer.close()
    laptop.close()


def test_a_laptop_keeps_the_test_it_has_and_names_modules_it_lacks(pair, tmp_path):
    trainer, laptop = pair
    modules = list(trainer.catalogue.modules)
    cohort = trainer.cohorts.create("March")
    trainer.measures.open_test(cohort.id, "pre", modules, items=2)
    checked = laptop.cohorts.check_file(trainer.cohorts.export_file(cohort.id, tmp_path / "a.qcohort").path)
    laptop.cohorts.trust_key(checked)
    first = laptop.cohorts.import_file(checked)
    assert first.tests_added == ("pre",) and first.tests_kept == () and first.unknown_modules == ()
    stored = laptop.measures.tests(cohort.id)["pre"]
    assert stored == trainer.measures.tests(cohort.id)["pre"]

    # A later file from the same trainer key with another pre-test and a post-test on a module the
    # laptop lacks: the stored pre-test stays, the post-test is added, the missing module is named.
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    other = CohortTest("pre", (modules[0],), 4, stored.opened)
    post = CohortTest("post", (modules[0],), 4, now)
    later = _write(
        tmp_path / "b.qcohort",
        tests=(other, post),
        key=load_or_create_device_key(tmp_path / "trainer"),
        cohort_id=cohort.id,
        assignments=[("core-99-not-here", dt.date(2026, 3, 12))],
        exported=now,
    )
    outcome = laptop.cohorts.import_file(laptop.cohorts.check_file(later))
    assert outcome.tests_added == ("post",) and outcome.tests_kept == ("pre",)
    assert outcome.unknown_modules == ("core-99-not-here",)
    assert laptop.measures.tests(cohort.id) == {"pre": stored, "post": laptop.measures.tests(cohort.id)["post"]}
    assert laptop.measures.tests(cohort.id)["post"].module_ids == (modules[0],)

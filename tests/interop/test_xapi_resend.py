"""Sends that survive real deployments: an interrupted send says what was stored and resumes; numbers,
names and grouping of statements; ids that include the home page (no LRS needed: a stub on loopback)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import ROOT, SAMPLE_MODULES
from tests.interop.activity import fill
from trainer.content.loader import load_catalogue
from trainer.domain import model
from trainer.interop.xapi import DEFAULT_HOME_PAGE, interaction, response_text, statement_id


class StubLrs(ThreadingHTTPServer):
    """Stores POSTed statements by id; after ``fail_after`` batches it refuses every request."""

    def __init__(self, fail_after: int | None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fail_after = fail_after
        self.batches = 0
        self.held: dict[str, dict] = {}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/xAPI"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # quiet
        pass

    def do_POST(self) -> None:
        server: StubLrs = self.server  # type: ignore[assignment]
        batch = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if server.fail_after is not None and server.batches >= server.fail_after:
            body = b"the LRS is going down for maintenance"
            self.send_response(400)
        else:
            server.batches += 1
            new = [s["id"] for s in batch if s["id"] not in server.held]
            server.held.update({s["id"]: s for s in batch})
            body = json.dumps(new).encode()
            self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def stub():
    servers: list[StubLrs] = []

    def start(fail_after: int | None = None) -> StubLrs:
        server = StubLrs(fail_after)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _run(data, out, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            *(sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--content-dir", str(SAMPLE_MODULES)),
            *("export-xapi", "--out", str(out), "--user", "u", "--batch-size", "10", *extra),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "QORGAU_LRS_PASSWORD": "p"},
    )


def test_an_interrupted_send_says_how_many_were_stored_and_the_next_send_posts_only_the_rest(tmp_path, stub):
    data = tmp_path / "data"
    fill(data, SAMPLE_MODULES, learners=2)
    out = tmp_path / "s.json"
    lrs = stub(fail_after=3)
    broken = _run(data, out, "--lrs", lrs.url)
    total = len(json.loads(out.read_text(encoding="utf-8")))
    assert total > 30
    assert broken.returncode == 1
    assert "maintenance" in broken.stderr
    assert f"acknowledged 30 of the {total} statements to send (30 of them new)" in broken.stderr
    assert f"Run the same command again to send the other {total - 30}" in broken.stderr

    lrs.fail_after = None
    resumed = _run(data, out, "--lrs", lrs.url)
    assert resumed.returncode == 0, resumed.stderr
    assert (
        f"Sent {total - 30} statements" in resumed.stdout and f"{total - 30} new, 30 already stored" in resumed.stdout
    )
    assert "30 statements this LRS acknowledged on an earlier send were not sent again" in resumed.stdout
    assert len(lrs.held) == total and lrs.batches == 3 + -(-(total - 30) // 10)

    another = stub()  # a second LRS has acknowledged nothing: it gets everything
    second = _run(data, out, "--lrs", another.url)
    assert second.returncode == 0 and len(another.held) == total


def _numeric(**changes) -> model.Numeric:
    from dataclasses import replace

    catalogue = load_catalogue(SAMPLE_MODULES)
    q = next(q for m in catalogue.modules.values() for q in m.quiz.questions if isinstance(q, model.Numeric))
    return replace(q, **changes)


def test_numbers_are_written_exactly():
    numeric = _numeric(answer=1234567.0, tolerance=0.0)
    assert interaction(numeric)["correctResponsesPattern"] == ["1234567"]
    assert response_text(numeric, 1234567.0) == "1234567"
    assert response_text(numeric, 0.1) == "0.1"
    assert response_text(numeric, 2.5e-7) == "2.5e-07"
    assert response_text(numeric, 123456789.125) == "123456789.125"
    ranged = _numeric(answer=1000000.5, tolerance=0.25)
    assert interaction(ranged)["correctResponsesPattern"] == ["1000000.25[:]1000000.75"]


def test_the_home_page_is_part_of_the_id_and_the_default_keeps_earlier_ids():
    import uuid

    from trainer.interop.xapi import STATEMENT_NAMESPACE

    key = ("answered", "attempt-1", "q1", "2025-01-01T00:00:00")
    assert statement_id(DEFAULT_HOME_PAGE, *key) == str(uuid.uuid5(STATEMENT_NAMESPACE, "|".join(key)))
    assert statement_id("https://lms.example.kz/qorgau", *key) != statement_id(DEFAULT_HOME_PAGE, *key)
    assert statement_id("https://lms.example.kz/qorgau/", *key) == statement_id("https://lms.example.kz/qorgau", *key)


def test_questions_are_named_by_their_prompt_in_every_language_and_grouped_under_their_module(tmp_path):
    data = tmp_path / "data"
    learners = fill(data, SAMPLE_MODULES, learners=1)
    from trainer.services.context import AppContext

    ctx = AppContext.open(data, SAMPLE_MODULES)
    try:
        ctx.store.set_pref(learners[0], "language", "kk")
    finally:
        ctx.close()
    result = _run(data, tmp_path / "s.json")
    assert result.returncode == 0, result.stderr
    statements = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    catalogue = load_catalogue(SAMPLE_MODULES)
    answered = [s for s in statements if s["verb"]["id"].endswith("answered")]
    assert answered
    for s in answered:
        module_id = s["object"]["id"].split("/xapi/modules/")[1].split("/")[0]
        question_id = s["object"]["id"].rsplit("/", 1)[1]
        m = catalogue.modules[module_id]
        prompt = m.quiz.question(question_id).prompt
        definition = s["object"]["definition"]
        assert definition["name"]["en"] == prompt == definition["description"]["en"]
        for lang, quiz in m.quiz_translations.items():
            assert definition["name"][lang] == quiz.question(question_id).prompt
        activities = s["context"]["contextActivities"]
        assert activities["parent"][0]["id"].endswith(f"/xapi/modules/{module_id}/quiz")
        assert activities["grouping"][0]["id"].endswith(f"/xapi/modules/{module_id}")
        assert s["context"]["language"] == "kk"
    quiz_names = [
        s["object"]["definition"]["name"] for s in statements if s["verb"]["id"].endswith(("attempted", "passed"))
    ]
    basics = catalogue.modules["sample-01-basics"]
    assert {"en": basics.meta.title, **{k: t.title for k, t in basics.translations.items()}} in quiz_names

"""Statements reach a real Ralph LRS on loopback, read back intact, and a second send stores nothing.

Ralph (PyPI ``ralph-malph``) is a test-only dependency pinned in requirements.lock; the test is
skipped with the reason when it is not installed.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_MODULES
from tests.interop.activity import fill

# Ralph is started in its own process: importing its app here would need its environment first.
pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("ralph") is None or importlib.util.find_spec("uvicorn") is None,
    reason="the Ralph LRS (ralph-malph[lrs], a test-only dependency in requirements.lock) is not installed",
)
HELPER = Path(__file__).with_name("ralph_server.py")

USER, PASSWORD = "qorgau-test", "not-a-real-secret"
HOME_PAGE = "https://qorgau.invalid"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def ralph(tmp_path: Path):
    """A Ralph LRS on a free loopback port with its filesystem backend in a temporary folder."""
    app_dir = tmp_path / "ralph"
    store = app_dir / "lrs"
    store.mkdir(parents=True)
    port = _free_port()
    env = {
        **os.environ,
        "RALPH_APP_DIR": str(app_dir),
        "RALPH_AUTH_FILE": str(app_dir / "auth.json"),
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(store),
        "RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH": str(store),
    }
    made = subprocess.run(
        [sys.executable, str(HELPER), "auth", USER, PASSWORD, HOME_PAGE, str(app_dir / "auth.json")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    log = (tmp_path / "ralph.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, str(HELPER), "serve", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # up to 30 s for the first start on a cold machine
            if proc.poll() is not None:
                pytest.fail("Ralph exited: " + (tmp_path / "ralph.log").read_text())
            try:
                with urllib.request.urlopen(f"{url}/__heartbeat__", timeout=1):
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        else:
            pytest.fail("Ralph did not start: " + (tmp_path / "ralph.log").read_text())
        yield f"{url}/xAPI"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "QORGAU_LRS_PASSWORD": PASSWORD},
    )


def test_statements_reach_ralph_and_read_back_intact_and_a_second_send_adds_nothing(tmp_path, ralph):
    from trainer.interop.lrs import LrsClient

    data = tmp_path / "data"
    fill(data, SAMPLE_MODULES, learners=5)
    out = tmp_path / "statements.json"
    common = ["--data-dir", str(data), "--content-dir", str(SAMPLE_MODULES), "export-xapi", "--out", str(out)]
    lrs = ["--lrs", ralph, "--user", USER, "--batch-size", "25"]
    first = _run(*common, *lrs)
    assert first.returncode == 0, first.stdout + first.stderr
    sent = json.loads(out.read_text(encoding="utf-8"))
    assert len(sent) > 100  # more than one page of GET results, and several batches
    assert f"{len(sent)} new" in first.stdout

    client = LrsClient(ralph, USER, PASSWORD)
    stored = list(client.fetch(limit="40"))
    assert sorted(s["id"] for s in stored) == sorted(s["id"] for s in sent)
    by_id = {s["id"]: s for s in stored}
    for s in sent:
        back = by_id[s["id"]]
        for key in ("actor", "verb", "object", "result", "context", "timestamp"):
            assert back.get(key) == s.get(key), (key, s["id"])

    second = _run(*common, *lrs)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "0 new" in second.stdout and f"{len(sent)} already stored" in second.stdout
    assert len(list(client.fetch())) == len(sent)


def test_wrong_password_is_a_clear_error(tmp_path, ralph):
    data = tmp_path / "data"
    fill(data, SAMPLE_MODULES, learners=1)
    out = tmp_path / "statements.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--data-dir",
            str(data),
            "--content-dir",
            str(SAMPLE_MODULES),
            "export-xapi",
            "--out",
            str(out),
            "--lrs",
            ralph,
            "--user",
            USER,
            "--password",
            "wrong",
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert "refused the user name or password" in result.stderr


def test_resend_after_changing_home_page_title_and_language_stores_nothing_twice(tmp_path, ralph):
    """The issue's failure: a new home page, an edited title or a learner's new language gave conflicts forever."""
    import shutil

    from trainer.interop.lrs import LrsClient
    from trainer.services.context import AppContext

    content_dir = tmp_path / "content"
    shutil.copytree(SAMPLE_MODULES, content_dir)
    data = tmp_path / "data"
    learners = fill(data, content_dir, learners=2)
    out = tmp_path / "statements.json"
    common = ["--data-dir", str(data), "--content-dir", str(content_dir), "export-xapi", "--out", str(out)]
    lrs = ["--lrs", ralph, "--user", USER, "--batch-size", "40"]
    client = LrsClient(ralph, USER, PASSWORD)

    first = _run(*common, *lrs)
    assert first.returncode == 0, first.stdout + first.stderr
    sent = {s["id"]: s for s in json.loads(out.read_text(encoding="utf-8"))}

    # An edited English and Russian title, and a learner who switched to Russian.
    for name in ("module.yaml", "module.ru.yaml"):
        path = content_dir / "sample-01-basics" / name
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\ntitle: ", "\ntitle: Edited ", 1), encoding="utf-8")
    ctx = AppContext.open(data, content_dir)
    try:
        assert ctx.catalogue.modules["sample-01-basics"].meta.title.startswith("Edited ")
        ctx.store.set_pref(learners[0], "language", "ru")
    finally:
        ctx.close()
    again = _run(*common, *lrs)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "Sent 0 statements" in again.stdout and f"{len(sent)} already stored" in again.stdout
    assert {s["id"]: s for s in json.loads(out.read_text(encoding="utf-8"))} == sent  # kept, not rebuilt

    # Posting every kept statement once more (as a database that forgot its acknowledgements would) is
    # answered "already held"; a changed statement under a sent id is what the LRS calls a conflict.
    kept = json.loads(out.read_text(encoding="utf-8"))
    report = client.send(kept, 50)
    assert report.stored == 0 and report.conflicts == []
    changed = json.loads(json.dumps(kept[0]))
    changed["context"]["language"] = "kk"
    assert client.send([changed]).conflicts == [changed["id"]]

    # Another home page is another actor and other ids: stored once each, and once only.
    other = [*common, "--home-page", "https://lms.example.kz/qorgau"]
    moved = _run(*other, *lrs)
    assert moved.returncode == 0, moved.stdout + moved.stderr
    moved_ids = {s["id"] for s in json.loads(out.read_text(encoding="utf-8"))}
    assert len(moved_ids) == len(sent) and not moved_ids & set(sent)
    assert f"{len(sent)} new" in moved.stdout
    moved_again = _run(*other, *lrs)
    assert moved_again.returncode == 0 and "Sent 0 statements" in moved_again.stdout

    stored = list(client.fetch())
    assert len(stored) == 2 * len(sent) == len({s["id"] for s in stored})
    by_id = {s["id"]: s for s in stored}
    for sid, s in sent.items():
        assert by_id[sid]["context"] == s["context"] and by_id[sid]["object"] == s["object"]


def test_the_first_send_after_an_upgrade_adopts_what_an_earlier_version_sent(tmp_path, ralph):
    """Statements an earlier version sent with other wording are the same events: no conflict, exit 0."""
    from trainer.interop.lrs import LrsClient

    data = tmp_path / "data"
    fill(data, SAMPLE_MODULES, learners=2)
    out = tmp_path / "statements.json"
    common = ["--data-dir", str(data), "--content-dir", str(SAMPLE_MODULES), "export-xapi", "--out", str(out)]
    assert _run(*common).returncode == 0
    ours = json.loads(out.read_text(encoding="utf-8"))
    earlier = json.loads(json.dumps(ours))
    for s in earlier:  # as the earlier version worded them: other titles, English only
        definition = s["object"].get("definition")
        if definition and "name" in definition:
            definition["name"] = {"en-US": "An older title"}
    rival = json.loads(json.dumps(ours[0]))
    rival["id"] = ours[1]["id"]  # a different event under one of our ids: a true conflict
    client = LrsClient(ralph, USER, PASSWORD)
    client.send([*earlier[2:], rival])

    lrs = ["--lrs", ralph, "--user", USER, "--batch-size", "50"]
    first = _run(*common, *lrs)
    assert first.returncode == 1, first.stdout + first.stderr  # the rival is still a conflict
    assert f"{len(ours) - 2} statements were already in the LRS as an earlier Qorgau version worded them" in first.stdout
    assert "1 statements conflict" in first.stderr
    assert len(list(client.fetch())) == len(ours)  # ours[0] is new; nothing stored twice, nothing replaced

    kept = {s["id"]: s for s in json.loads(out.read_text(encoding="utf-8"))}
    again = _run(*common, *lrs)
    assert "Sent 0 statements" in again.stdout, again.stdout + again.stderr
    after = {s["id"]: s for s in json.loads(out.read_text(encoding="utf-8"))}
    adopted = [s for s in earlier[2:] if s["object"].get("definition", {}).get("name") == {"en-US": "An older title"}]
    assert adopted and all(after[s["id"]]["object"]["definition"]["name"] == {"en-US": "An older title"} for s in adopted)
    assert set(after) == set(kept)

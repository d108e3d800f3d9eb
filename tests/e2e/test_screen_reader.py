"""A screen-reader user completes two modules through AT-SPI alone, and hears what happened at each step.

The app runs under Xvfb in a D-Bus session with the accessibility bus; tests/e2e/atspi_driver.py
(Debian's python3 with pyatspi) creates a profile, opens the lessons, answers one question of every
type including a scenario, and reaches the results, recording every announcement. Skipped, with
the reason, where Xvfb, D-Bus, the accessibility bus or pyatspi is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_MODULES

DRIVER = ROOT / "tests" / "e2e" / "atspi_driver.py"
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")


def _missing() -> str | None:
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install xvfb dbus)"
    if not BUS_LAUNCHER.exists():
        return "the accessibility bus is not installed (apt-get install at-spi2-core)"
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "pyatspi is not installed for /usr/bin/python3 (apt-get install python3-pyatspi)"
    return None


def _plan() -> dict:
    from trainer.content.loader import load_catalogue
    from trainer.domain import model
    from trainer.domain.grading import key_response

    cat = load_catalogue(SAMPLE_MODULES)
    questions = {}
    for m in cat.modules.values():
        for q in m.quiz.questions:
            key = key_response(q)
            if isinstance(q, model.SingleChoice):
                plan = {"kind": "radio", "choose": next(o.text for o in q.options if o.id == key)}
            elif isinstance(q, model.TrueFalse):
                plan = {"kind": "radio", "choose": "True" if key else "False"}
            elif isinstance(q, model.MultipleResponse):
                plan = {"kind": "check", "choose": [o.text for o in q.options if o.id in key]}
            elif isinstance(q, model.Numeric):
                plan = {"kind": "text", "value": f"{key:g}"}
            elif isinstance(q, model.Ordering):
                texts = {i.id: i.text for i in q.items}
                plan = {"kind": "order", "order": [texts[i] for i in key]}
            elif isinstance(q, model.Matching):
                premises = {p.id: p.text for p in q.premises}
                responses = {r.id: r.text for r in q.responses}
                plan = {"kind": "match", "pairs": {premises[p]: responses[r] for p, r in key.items()}}
            else:
                node, steps = q.start, []
                for index in key:
                    choice = q.nodes[node].choices[index]
                    steps.append(choice.text)
                    node = choice.next
                plan = {"kind": "scenario", "steps": steps}
            questions[q.prompt] = plan
    return {"modules": [m.meta.title for m in cat.modules.values()], "questions": questions}


def test_a_screen_reader_user_completes_two_modules_hearing_each_step(tmp_path):
    reason = _missing()
    if reason:
        pytest.skip(reason)
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(_plan(), ensure_ascii=False), encoding="utf-8")
    display = f":{90 + os.getpid() % 100}"
    script = tmp_path / "session.sh"
    script.write_text(
        f"""set -u
Xvfb {display} -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY={display}
sleep 1
{BUS_LAUNCHER} --launch-immediately >/dev/null 2>&1 &
sleep 1
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb "{sys.executable}" "{ROOT / "main.py"}" \\
    --data-dir "{tmp_path / "data"}" --content-dir "{SAMPLE_MODULES}" >"{tmp_path / "app.log"}" 2>&1 &
app=$!
"{SYSTEM_PYTHON}" "{DRIVER}" "{plan_file}"
code=$?
kill $app $xvfb 2>/dev/null
exit $code
""",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", str(script)], capture_output=True, text=True, timeout=300, env=env
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no transcript; stderr: {done.stderr[-2000:]}; app: {(tmp_path / 'app.log').read_text()[-2000:]}"
    transcript = json.loads(lines[-1])
    assert "error" not in transcript, json.dumps(transcript, ensure_ascii=False, indent=1)[-4000:]
    steps = {entry["step"]: entry["heard"] for entry in transcript["log"] if "step" in entry}
    said = [" ".join(h) for h in steps.values()]

    # The lesson reader says which lesson of how many is open.
    assert any(h.startswith("Lesson 1 of") for h in steps["open lessons of Sample - the 2009 Law in brief"])
    # Each question is read out when it appears, and every answer is confirmed with its feedback.
    submitted = {k: v for k, v in steps.items() if k.startswith("submit: ")}
    assert len(submitted) == len(_plan()["questions"])
    assert all(any(h.startswith("Answer saved.") for h in v) for v in submitted.values())
    # With immediate feedback (the first module) the verdict and the explanation follow at once.
    verdicts = [h for v in submitted.values() for h in v if h.startswith("Answer saved. ✓ Correct.")]
    assert len(verdicts) == 4 and all("Source:" in h for h in verdicts)
    assert any(h.startswith("Question 2 of") for v in submitted.values() for h in v)
    # A scenario's consequence is spoken after each choice, then the next step or the ending.
    scenario = [v for k, v in steps.items() if k.startswith("scenario choice: ")]
    assert len(scenario) == len(next(p for p in _plan()["questions"].values() if p["kind"] == "scenario")["steps"])
    assert all(any(h.startswith("You chose:") for h in v) for v in scenario)
    onwards = [h for e in transcript["log"] if e.get("step") == "scenario continue" for h in e["heard"]]
    assert onwards[0].startswith("Step 2.") and onwards[-1].startswith("The end.") and "Ending:" in onwards[-1]
    # The result of each attempt is announced.
    results = [v for k, v in steps.items() if k.startswith("results of ")]
    assert len(results) == 2 and all(any("You scored 100%" in h for h in v) for v in results), [h for v in results for h in v if "Results" in h or "scored" in h]
    assert said

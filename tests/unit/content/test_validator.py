"""The validator finds each kind of mistake and names the file and line; a broken module is
skipped while the others still load."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from trainer.content.loader import load_catalogue
from trainer.content.report import summary


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def errors_for(root: Path) -> list[str]:
    return [str(e) for e in load_catalogue(root).errors]


def line_of(path: Path, needle: str) -> int:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(needle)


def test_samples_are_valid_and_use_all_seven_types(catalogue):
    report = summary(catalogue)
    assert report["ok"]
    types = set()
    for m in report["modules"]:
        types |= set(m["question_types"])
    assert types == {"single_choice", "multiple_response", "true_false", "ordering", "matching", "numeric", "scenario"}


def test_wrong_answer_key_names_file_and_line(sample_root):
    quiz = sample_root / "sample-01-basics" / "quiz.yaml"
    edit(quiz, "    answer: b\n", "    answer: z\n")
    errs = errors_for(sample_root)
    line = line_of(quiz, "answer: z")
    assert any(
        e.startswith(f"modules/sample-01-basics/quiz.yaml:{line}:") and "'z' is not one of the options" in e
        for e in errs
    ), errs


def test_broken_module_is_skipped_and_the_other_still_loads(sample_root):
    edit(sample_root / "sample-01-basics" / "quiz.yaml", "answer: 24", "answer: twenty-four")
    cat = load_catalogue(sample_root)
    assert "sample-01-basics" not in cat.modules
    assert "sample-01-basics" in cat.skipped
    assert "sample-02-practice" in cat.modules


def test_unrelated_module_survives_a_broken_neighbour(sample_root):
    (sample_root / "sample-01-basics" / "quiz.yaml").write_text("questions: [\n", encoding="utf-8")
    cat = load_catalogue(sample_root)
    assert list(cat.modules) == ["sample-02-practice"]
    assert any("YAML syntax error" in str(e) and "sample-01-basics/quiz.yaml:" in str(e) for e in cat.errors)


@pytest.mark.parametrize(
    "file,old,new,message",
    [
        ("sample-02-practice/quiz.yaml", "answer: [a17, a20, a21, a25]", "answer: [a17, a20, a21]", "permutation"),
        (
            "sample-02-practice/quiz.yaml",
            "answer: {a20: po, a21: det, a22: res}",
            "answer: {a20: po, a21: det}",
            "must map every premise",
        ),
        (
            "sample-02-practice/quiz.yaml",
            "answer: {a20: po, a21: det, a22: res}",
            "answer: {a20: po, a21: det, a22: zzz}",
            "is not one of the responses",
        ),
        ("sample-01-basics/quiz.yaml", "tolerance: 0", "tolerance: -1", "non-negative"),
        (
            "sample-01-basics/quiz.yaml",
            'law: "Law 214-IV Art. 20"}',
            'law: "Law 214-IV Art. 99"}',
            "is not listed in sources.yaml",
        ),
        ("sample-01-basics/quiz.yaml", 'source: {article: "§4.1.1", law: "Law 214-IV"}', "source: {}", "cites nothing"),
        ("sample-01-basics/quiz.yaml", "type: true_false", "type: essay", "unknown question type"),
        ("sample-01-basics/quiz.yaml", "difficulty: medium", "difficulty: medium\n    colour: red", "unknown field"),
        ("sample-01-basics/quiz.yaml", "covers: [F03]", "covers: [F99]", "not in findings.yaml"),
        (
            "sample-02-practice/quiz.yaml",
            "next: poor_end\n            feedback: Without",
            "next: nowhere\n            feedback: Without",
            "does not exist",
        ),
        ("sample-02-practice/quiz.yaml", "next: good_end", "next: arrive", "loops back"),
        ("sample-02-practice/quiz.yaml", "        outcome: mixed\n", "", "dead end"),
        (
            "sample-02-practice/quiz.yaml",
            "scores: {victim_safety: 2, victim_centred: 2}",
            "scores: {bravery: 2}",
            "not one of the dimensions",
        ),
        (
            "sample-01-basics/module.yaml",
            "file: lessons/01-protective-orders.md",
            "file: lessons/missing.md",
            "does not exist",
        ),
        ("sample-01-basics/module.yaml", "id: sample-01-basics\n", "id: other-id\n", "must equal the folder name"),
        (
            "sample-01-basics/lessons/01-protective-orders.md",
            "(images/bar.png)",
            "(images/none.png)",
            "image 'images/none.png' does not exist",
        ),
        (
            "sample-01-basics/lessons/01-protective-orders.md",
            "(images/bar.png)",
            "(../../../etc/passwd)",
            "outside the module folder",
        ),
        (
            "sample-01-basics/lessons/01-protective-orders.md",
            "(lesson:sample-02-practice.l1)",
            "(lesson:nowhere.l9)",
            "which does not exist",
        ),
        (
            "sample-01-basics/lessons/01-protective-orders.md",
            "(lesson:sample-02-practice.l1)",
            "(file:///etc/passwd)",
            "is not allowed",
        ),
    ],
)
def test_each_kind_of_mistake_is_reported(sample_root, file, old, new, message):
    edit(sample_root / file, old, new)
    errs = errors_for(sample_root)
    assert any(message in e for e in errs), errs
    module = file.split("/")[0]
    assert any(module in e for e in errs if message in e)


def test_unreachable_scenario_node(sample_root):
    quiz = sample_root / "sample-02-practice" / "quiz.yaml"
    edit(
        quiz,
        "      good_end:\n",
        "      orphan:\n        text: Nobody comes here.\n        outcome: poor\n        debrief: None.\n      good_end:\n",
    )
    assert any("cannot be reached" in e for e in errors_for(sample_root))


def test_ids_must_be_unique_across_modules(sample_root):
    edit(sample_root / "sample-02-practice" / "quiz.yaml", "id: sample-02-practice.q01", "id: sample-01-basics.q01")
    assert any("unique across all content" in e for e in errors_for(sample_root))


def test_translated_quiz_must_keep_the_structure(sample_root):
    folder = sample_root / "sample-01-basics"
    text = (folder / "quiz.yaml").read_text(encoding="utf-8")
    (folder / "quiz.ru.yaml").write_text(text.replace("Which article", "Какая статья"), encoding="utf-8")
    assert not errors_for(sample_root)
    (folder / "quiz.ru.yaml").write_text(text.replace("    answer: b\n", "    answer: a\n"), encoding="utf-8")
    assert any("quiz.ru.yaml" in e and "differs from quiz.yaml" in e for e in errors_for(sample_root))


def test_hostile_inputs_are_refused_cleanly(sample_root):
    quiz = sample_root / "sample-01-basics" / "quiz.yaml"
    quiz.write_text("a: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    (sample_root / "sample-02-practice" / "quiz.yaml").write_bytes(b"\xff\xfe\x00garbage")
    errs = errors_for(sample_root)
    assert any("sample-01-basics/quiz.yaml" in e for e in errs)
    assert any("sample-02-practice/quiz.yaml" in e and "UTF-8" in e for e in errs)
    huge = sample_root / "sample-01-basics" / "lessons" / "01-protective-orders.md"
    huge.write_text("x" * 1_200_000, encoding="utf-8")
    assert any("too large" in e for e in errors_for(sample_root))


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, timeout=120)


def test_validate_json_command_on_samples():
    result = run_cli("validate", str(ROOT / "tests" / "fixtures" / "modules"), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["errors"] == []
    first = report["modules"][0]
    assert set(first) >= {"id", "track", "roles", "lessons", "questions", "question_types", "languages"}
    assert "ru" in {lang for m in report["modules"] for lang in m["languages"]}


def test_validate_command_fails_with_file_and_line(sample_root):
    edit(sample_root / "sample-01-basics" / "quiz.yaml", "    answer: b\n", "    answer: z\n")
    result = run_cli("validate", str(sample_root))
    assert result.returncode == 1
    assert re.search(r"modules/sample-01-basics/quiz\.yaml:\d+: .*'z' is not one of the options", result.stdout)
    as_json = json.loads(run_cli("validate", str(sample_root), "--json").stdout)
    assert as_json["ok"] is False
    assert as_json["errors"][0]["file"] == "modules/sample-01-basics/quiz.yaml"
    assert isinstance(as_json["errors"][0]["line"], int)

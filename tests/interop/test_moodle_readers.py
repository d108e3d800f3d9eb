"""GIFT and Aiken read the way Moodle's own qformat_gift and qformat_aiken read them: one test per
case the issue lists, and numeric units kept on export and read back."""

from __future__ import annotations

from dataclasses import replace

from tests.interop.test_question_banks import VALID, _module
from trainer.content.schema import adapter
from trainer.interop.aiken import parse_aiken
from trainer.interop.gift import module_to_gift, parse_gift, question_to_gift
from trainer.interop.questions import to_entries


def _one(text: str):
    result = parse_gift(text)
    assert len(result.questions) == 1, result.problems
    return result.questions[0].fields, result.problems


def test_gift_one_line_numeric_with_wrong_answer_feedback():
    fields, problems = _one("What is 3 plus or minus 2? {#3:2~#Completely wrong}")
    assert (fields["type"], fields["answer"], fields["tolerance"]) == ("numeric", 3, 2)
    assert [p.kind for p in problems] == ["warning"] and "wrong answers" in problems[0].message
    plain, problems = _one("Escaped tilde is not feedback {#3:2}")
    assert plain["answer"] == 3 and problems == []


def test_gift_format_markers_are_stripped_from_options_feedback_and_matching_items():
    fields, _ = _one(
        "[markdown]Pick one {\n"
        "  =[plain]Right#[html]<b>Yes</b>, right\n"
        "  ~[moodle]Wrong#[plain]No\n"
        "  ####[markdown]General\n}"
    )
    assert [o["text"] for o in fields["options"]] == ["Right", "Wrong"]
    assert [o["feedback"] for o in fields["options"]] == ["Yes, right", "No"]
    assert fields["explanation"] == "General"
    match, _ = _one("Match {\n =[html]<p>One</p> -> [plain]1\n =[plain]Two -> [markdown]2\n}")
    assert [p["text"] for p in match["premises"]] == ["One", "Two"]
    assert [r["text"] for r in match["responses"]] == ["1", "2"]
    assert not any(f"[{m}]" in repr(fields) + repr(match) for m in ("html", "plain", "moodle", "markdown"))


def test_gift_true_false_keeps_wrong_answer_feedback_and_reports_dropped_right_feedback():
    fields, problems = _one("The sky is blue. {T#Look up again.#Yes, it is.}")
    assert fields["answer"] is True
    assert fields["feedback_wrong"] == "Look up again." and fields["explanation"] == "Yes, it is."
    assert problems == []
    fields, problems = _one("The sky is blue. {TRUE#Look up.#Yes.####Rayleigh scattering.}")
    assert fields["feedback_wrong"] == "Look up." and fields["explanation"] == "Rayleigh scattering."
    assert [p.kind for p in problems] == ["warning"] and "right-answer feedback" in problems[0].message
    entry = to_entries(parse_gift("Sky? {F#Wrong!}").questions, "rt-01", set(), VALID)[0]
    question = adapter("question").validate_python(entry)
    assert question.feedback_wrong == "Wrong!"


def test_gift_category_is_reported_not_ignored(tmp_path):
    from tests.interop.test_question_banks import run

    assert parse_gift("$CATEGORY: $course$/top/Law\n\nQ? {T}").categories == ["$course$/top/Law"]
    bank = tmp_path / "bank.gift"
    bank.write_text("$CATEGORY: $course$/top/Law\n\nQ? {T}\n", encoding="utf-8")
    content = tmp_path / "content"
    content.mkdir()
    result = run("import-questions", str(bank), "--format", "gift", "--module", "law-01", content=content)
    assert result.returncode == 0, result.stderr
    assert "Categories in the bank (1; Qorgau has none, so every question went into law-01): $course$/top/Law" in (
        result.stdout
    )


def test_gift_multi_line_question_text_keeps_its_line_breaks():
    fields, _ = _one("::T::First line\nsecond line\nthird line {T}")
    assert fields["prompt"] == "First line\nsecond line\nthird line"
    html, _ = _one("::T::[html]<p>First\nstill first</p><p>Second</p> {T}")
    assert html["prompt"] == "First still first\nSecond"


def test_gift_numeric_unit_is_kept_on_export_and_read_back():
    fields, problems = _one("From what distance does the signal become almost zero? {#=25} miles")
    assert (fields["answer"], fields.get("unit")) == (25, "miles") and problems == []
    assert fields["prompt"] == "From what distance does the signal become almost zero?"
    entry = to_entries([parse_gift("x {#1}").questions[0]], "rt-01", set(), VALID)[0]
    numeric = replace(adapter("question").validate_python(entry), prompt="How far?", answer=1234567.0, unit="miles")
    text = question_to_gift(numeric)
    assert "1234567" in text and "e+06" not in text and text.rstrip().endswith("} miles")
    again, _ = _one(text)
    assert (again["answer"], again["unit"], again["prompt"]) == (1234567, "miles", "How far?")
    gift, notices = module_to_gift(_module([numeric]))
    assert notices == [] and "} miles" in gift
    sentence, _ = _one("The law dates from {#2009}, as amended.")
    assert "unit" not in sentence and sentence["prompt"] == "The law dates from _____ , as amended."


def test_aiken_option_without_a_space_and_answer_with_its_text():
    result = parse_aiken("Pick the third\nA)First\nB.Second\nC) Third\nANSWER: C) Third\n")
    assert result.problems == []
    fields = result.questions[0].fields
    assert [o["text"] for o in fields["options"]] == ["First", "Second", "Third"]
    assert fields["answer"] == "c"
    assert parse_aiken("Q\nA. x\nB. y\nANSWER: B.\n").questions[0].fields["answer"] == "b"
    wrong = parse_aiken("Q\nA. x\nB. y\nANSWER: AB\n")
    assert not wrong.questions and "not one of the options" in wrong.problems[0].message

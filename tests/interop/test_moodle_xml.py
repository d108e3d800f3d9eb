"""Moodle XML banks: every supported question imported, the rest reported by line; round trip; hostile files refused."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SAMPLE_MODULES
from tests.interop.test_question_banks import VALID, _clean, _module, run
from trainer.content.schema import adapter
from trainer.interop.moodle_xml import MAX_XML_BYTES, module_to_moodle_xml, parse_moodle_xml
from trainer.interop.questions import BankError, to_entries

# Written in the shape of Moodle's question/format/xml/tests/fixtures (multichoice.xml, truefalse.xml)
# and qtype_ordering's testexport.moodle.xml: one question of each type, an embedded image, Cyrillic text.
XML = Path(__file__).resolve().parent / "moodle_xml" / "moodle-export.xml"


def _parse():
    return parse_moodle_xml(XML.read_text(encoding="utf-8"))


def test_moodle_xml_export_imports_every_supported_question_and_reports_the_rest_by_line():
    """Each supported type comes in with its answers and feedback; description and short answer are reported."""
    result = _parse()
    assert [(q.line, q.title, q.fields["type"]) for q in result.questions] == [
        (15, "Protective order", "single_choice"),
        (61, "Protective measures", "multiple_response"),
        (95, "Police officer (True)", "true_false"),
        (124, "Articles", "matching"),
        (159, "Order length", "numeric"),
        (192, "Order of articles", "ordering"),
        (242, "Защитное предписание", "single_choice"),
    ]
    assert [(p.line, p.kind) for p in result.problems] == [(226, "unsupported"), (273, "unsupported")]
    assert "description" in result.problems[0].message and "'About this bank'" in result.problems[0].message
    assert result.categories == ["$course$/Default for Qorgau/Protective orders"]
    single, multiple, tf, matching, numeric, ordering, cyrillic = (q.fields for q in result.questions)
    assert single["prompt"] == "Which article of the 2009 Law establishes protective orders?"  # HTML stripped
    assert single["answer"] == "b" and single["explanation"] == "Article 20 establishes protective orders."
    assert single["options"][0] == {
        "id": "a",
        "text": "Article 17",
        "feedback": "Article 17 is on preventive measures.",
    }
    assert multiple["answer"] == ["a", "b"] and multiple["options"][2]["feedback"] == "No — the victim is never fined."
    assert tf["answer"] is True and tf["feedback_wrong"] == "Read Article 20 again."
    assert tf["prompt"] == "The officer ![Police badge](images/badge.png) may issue a protective order."
    assert result.files["badge.png"].startswith(b"\x89PNG\r\n\x1a\n")
    assert matching["answer"] == {"p1": "r1", "p2": "r2"} and matching["responses"][2]["text"] == "Confidentiality"
    assert (numeric["answer"], numeric["tolerance"], numeric["unit"]) == (30.0, 1.0, "days")
    texts = {i["id"]: i["text"] for i in ordering["items"]}  # the file lists them shuffled, fraction = position
    assert [texts[i] for i in ordering["answer"]] == ["Article 17", "Article 20", "Article 21", "Article 25"]
    assert cyrillic["prompt"] == "Кто выносит защитное предписание?"
    assert cyrillic["options"][1] == {"id": "b", "text": "Суд", "feedback": "Қате: нет, не суд."}
    # Once the author's fields are filled in, every imported question is a valid Qorgau question.
    for entry in to_entries(result.questions, "mx-01", set(), VALID):
        adapter("question").validate_python({**entry, "explanation": entry["explanation"] or "x"})


def test_moodle_xml_round_trip_gives_the_same_questions():
    """Import, export, import again: the same types, texts, answers, feedback and image bytes."""
    first = _parse()
    entries = to_entries(first.questions, "rt-01", set(), VALID)
    mod = _module([adapter("question").validate_python(e) for e in entries])
    text, notices = module_to_moodle_xml(mod, images=first.files)
    assert notices == []
    assert "@@PLUGINFILE@@/badge.png" in text and '<file name="badge.png"' in text
    again = parse_moodle_xml(text)
    assert again.problems == []
    assert again.files == first.files
    assert [q.title for q in again.questions] == [e["id"] for e in entries]
    for a, b in zip(first.questions, again.questions, strict=True):
        assert a.fields == b.fields


def test_cli_import_writes_images_and_export_skips_scenarios(tmp_path):
    """The command writes the image into the module's images/ folder; export embeds it again."""
    content = tmp_path / "modules"
    shutil.copytree(SAMPLE_MODULES, content)
    result = run("import-questions", str(XML), "--format", "xml", "--module", "sample-01-basics", content=content)
    assert result.returncode == 0, result.stderr
    assert "line 226: unsupported" in result.stdout and "Images written to" in result.stdout
    image = content / "sample-01-basics" / "images" / "badge.png"
    assert image.read_bytes() == _parse().files["badge.png"]
    quiz = content / "sample-01-basics" / "quiz.yaml"
    text = quiz.read_text(encoding="utf-8")
    assert "Защитное предписание" not in text and "Кто выносит защитное предписание?" in text
    filled = text.replace("article: TODO", "article: §4.1.1").replace("competency: TODO", "competency: enforcement")
    filled = filled.replace("difficulty: TODO", "difficulty: easy").replace("explanation: ''", "explanation: See.")
    quiz.write_text(filled, encoding="utf-8")
    check = run("validate", str(content), content=content)
    assert check.returncode == 0, check.stdout
    out = tmp_path / "out.xml"
    result = run(
        "export-questions", "--module", "sample-01-basics", "--format", "xml", "--out", str(out), content=content
    )
    assert result.returncode == 0, result.stderr
    back = parse_moodle_xml(out.read_text(encoding="utf-8"))
    assert back.problems == [] and back.files == {"badge.png": image.read_bytes()}
    ids = [q["id"] for q in yaml.safe_load(filled)["questions"]]
    assert [q.title for q in back.questions] == ids
    result = run("export-questions", "--module", "sample-02-practice", "--format", "xml", content=SAMPLE_MODULES)
    assert result.returncode == 0, result.stderr
    assert "sample-02-practice.s1: scenario questions cannot be written as Moodle XML; skipped" in result.stderr
    assert "ordering" not in result.stderr
    assert parse_moodle_xml(result.stdout).questions[0].fields["type"] == "ordering"


# Hostile files ------------------------------------------------------------------------------------

BOMB = """<?xml version="1.0"?>
<!DOCTYPE quiz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<quiz><question type="truefalse"><name><text>&lol3;</text></name></question></quiz>
"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="description"><questiontext><text>&secret;</text></questiontext></question></quiz>
"""


# A comment that seems to open a CDATA section must not hide the declaration after it from the check.
HIDDEN = """<?xml version="1.0"?>
<!-- <![CDATA[ -->
<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa">]>
<!-- ]]> -->
<quiz><question type="truefalse"><name><text>&a;</text></name></question></quiz>
"""


@pytest.mark.parametrize("text", [BOMB, EXTERNAL, HIDDEN, BOMB.replace("<!DOCTYPE", "<!doctype")])
def test_entity_declarations_are_refused_before_parsing(text):
    with pytest.raises(BankError, match="declares a DOCTYPE"):
        parse_moodle_xml(text)


def test_cli_refuses_an_entity_bomb_and_writes_nothing(tmp_path):
    bank = tmp_path / "bomb.xml"
    bank.write_text(BOMB, encoding="utf-8")
    result = run(
        "import-questions",
        str(bank),
        "--format",
        "xml",
        "--module",
        "new-01",
        "--out",
        str(tmp_path / "o"),
        content=SAMPLE_MODULES,
    )
    assert result.returncode == 1
    assert "declares a DOCTYPE" in result.stderr and "nothing was imported" in result.stderr
    assert not (tmp_path / "o").exists()


def _with_file(name: str, src: str | None = None) -> str:
    data = base64.b64encode(b"\x89PNG\r\n\x1a\n").decode()
    src = src if src is not None else name
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Sneaky</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>Look <img src="@@PLUGINFILE@@/{src}" alt="x" /></p>]]></text>
      <file name="{name}" path="/" encoding="base64">{data}</file>
    </questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="truefalse">
    <name><text>Honest</text></name>
    <questiontext format="html"><text>Fine?</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
"""


@pytest.mark.parametrize("name", ["../evil.png", "..\\evil.png", "/etc/evil.png", "sub/evil.png", "..", ".hidden.png"])
def test_embedded_file_names_with_paths_are_refused_with_their_question(name):
    result = parse_moodle_xml(_with_file(name))
    assert [q.title for q in result.questions] == ["Honest"] and result.files == {}
    [problem] = result.problems
    assert problem.line == 3 and "'Sneaky'" in problem.message and "refused" in problem.message


def test_an_image_source_with_a_path_is_refused():
    result = parse_moodle_xml(_with_file("evil.png", src="..%2Fevil.png"))
    assert [q.title for q in result.questions] == ["Honest"] and result.files == {}
    assert "refused" in result.problems[0].message


def test_cli_refuses_a_traversing_file_name_and_writes_nothing_outside(tmp_path):
    bank = tmp_path / "bank.xml"
    bank.write_text(_with_file("../../evil.png"), encoding="utf-8")
    out = tmp_path / "a" / "b"
    result = run(
        "import-questions",
        str(bank),
        "--format",
        "xml",
        "--module",
        "new-01",
        "--out",
        str(out),
        content=SAMPLE_MODULES,
    )
    assert result.returncode == 0, result.stderr
    assert "line 3: error: 'Sneaky': embedded file name '../../evil.png'" in result.stdout
    assert not list(tmp_path.rglob("evil.png")) and not (out / "images").exists()


def test_cli_refuses_an_oversized_file(tmp_path):
    bank = tmp_path / "huge.xml"
    with bank.open("wb") as f:
        f.truncate(MAX_XML_BYTES + 1)  # sparse: large on paper, never read
    result = run(
        "import-questions",
        str(bank),
        "--format",
        "xml",
        "--module",
        "new-01",
        "--out",
        str(tmp_path / "o"),
        content=SAMPLE_MODULES,
    )
    assert result.returncode == 1
    assert f"too large ({MAX_XML_BYTES + 1} bytes; the limit is {MAX_XML_BYTES})" in result.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<quiz><question type='truefalse'>\n<name></quiz>", "not well-formed XML at line 2"),
        ("<questions/>", "top element is <questions>"),
        ("", "not well-formed XML"),
    ],
)
def test_broken_files_are_a_clear_error(text, message):
    with pytest.raises(BankError, match=message):
        parse_moodle_xml(text)


def test_check_is_linear_on_many_unterminated_comments():
    with pytest.raises(BankError, match="not well-formed"):
        parse_moodle_xml("<quiz>" + "<!--" * 1_000_000)


def test_a_doctype_mentioned_inside_cdata_is_only_text():
    text = XML.read_text(encoding="utf-8").replace("Put the articles", "&lt;!DOCTYPE&gt; Put the articles")
    text = text.replace("<text>Article 25</text>", "<text><![CDATA[<!DOCTYPE html> Article 25]]></text>", 1)
    assert len(parse_moodle_xml(text).questions) == 7


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_parser_survives_mutations_of_the_moodle_export(data):
    """A cut, a deletion or a changed character gives a clean import or a BankError, never a crash."""
    text = XML.read_text(encoding="utf-8")
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start, min(len(text), start + 40)))
    insert = data.draw(st.text(st.sampled_from(list("<>/\"'=&;![]CDATA-0123456789. ")), max_size=5))
    try:
        result = parse_moodle_xml(text[:start] + insert + text[end:])
    except BankError:
        return
    _clean(result)


def test_two_questions_embedding_different_files_under_one_name_keep_the_first():
    """The second question would show the first one's picture: it is refused, not silently wrong."""
    one = _with_file("pic.png")
    other = one.replace(base64.b64encode(b"\x89PNG\r\n\x1a\n").decode(), base64.b64encode(b"\x89PNG other").decode())
    body = other[other.index("<question") : other.rindex("</quiz>")]
    result = parse_moodle_xml(one.replace("</quiz>", body + "</quiz>"))
    assert [q.title for q in result.questions] == ["Sneaky", "Honest", "Honest"]
    assert result.files == {"pic.png": b"\x89PNG\r\n\x1a\n"}
    assert ["different file named 'pic.png'" in p.message for p in result.problems] == [True]


def test_cli_import_never_overwrites_a_different_image(tmp_path):
    out = tmp_path / "new-01"
    (out / "images").mkdir(parents=True)
    (out / "images" / "badge.png").write_bytes(b"the author's own picture")
    result = run(
        "import-questions", str(XML), "--format", "xml", "--module", "new-01", "--out", str(out), content=SAMPLE_MODULES
    )
    assert result.returncode == 1 and "already exists with different content" in result.stderr
    assert (out / "images" / "badge.png").read_bytes() == b"the author's own picture"
    assert not (out / "quiz.yaml").exists()

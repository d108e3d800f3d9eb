"""Moodle XML question banks (``<quiz><question type="...">``): read into Qorgau's content format, and write.

Read as Moodle's qformat_xml writes it. Supported: multichoice (one right answer, or several with
fractions), truefalse, matching, numerical (tolerance, the unit with multiplier 1), ordering
(qtype_ordering: the answers in their right order, ``fraction`` their position), per-answer and general
feedback, categories (reported), and images embedded as ``@@PLUGINFILE@@`` with ``<file
encoding="base64">``: they go into the module's images/ folder and the prompt refers to them as
``![alt](images/NAME)``. Descriptions, essays, short answers, Cloze and every other type are reported
with the line their ``<question>`` starts on.

The file is untrusted: it is refused whole when it declares a DOCTYPE or an ENTITY (billion laughs,
external entities) or is larger than MAX_XML_BYTES; an embedded file whose name is a path is refused
with its question.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from trainer.domain import model
from trainer.interop.questions import (
    BankError,
    Parsed,
    ParseResult,
    Problem,
    option_ids,
    plain_text,
    read_number,
    weight_notes,
)

MAX_XML_BYTES = 20_000_000  # images are embedded as base64, so larger than a text bank
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp")
_DECLARATION = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_PLUGINFILE = "@@PLUGINFILE@@/"
_SAFE_NAME = re.compile(r"^[^\x00-\x1f/\\:*?\"<>|]+$")
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(images/([^)\s/\\]+)\)")
HTML_FORMATS = ("html", "moodle_auto_format")


class _Skip(Exception):
    def __init__(self, message: str, kind: str = "error") -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind


_SKIPPED = (("<!--", "-->"), ("<![CDATA[", "]]>"), ("<?", "?>"))


def check_safe(text: str) -> None:
    """BankError if ``text`` declares a DOCTYPE or an ENTITY anywhere the XML parser would read markup.

    Scanned left to right as the parser's lexer does, so a declaration in a comment, CDATA section or
    processing instruction is only text, and a comment cannot hide one that follows it; linear time.
    """
    pos = 0
    while (i := text.find("<", pos)) >= 0:
        for opening, closing in _SKIPPED:
            if text.startswith(opening, i):
                end = text.find(closing, i + len(opening))
                if end < 0:
                    return  # unterminated: the parser reads no markup after it and reports the error
                pos = end + len(closing)
                break
        else:
            m = _DECLARATION.match(text, i)
            if m:
                raise BankError(
                    f"declares a {m.group(1).upper()}; Moodle XML never does, and entity declarations can expand "
                    "without bound or read other files, so the file is refused"
                )
            pos = i + 1


def _tree(text: str) -> tuple[ET.Element, dict[int, int]]:
    """The document's root and the line each ``<question>`` starts on (by element id)."""
    check_safe(text)
    text = _XML_DECL.sub("", text, count=1)  # already decoded; an encoding declaration would mislead expat
    parser = ET.XMLPullParser(events=("start",))
    lines: dict[int, int] = {}
    root: ET.Element | None = None
    try:
        for n, chunk in enumerate(text.splitlines(keepends=True), start=1):
            parser.feed(chunk)
            for _, el in parser.read_events():
                if root is None:
                    root = el
                if el.tag == "question":
                    lines[id(el)] = n
        parser.close()
    except ET.ParseError as exc:
        line, column = exc.position
        raise BankError(f"not well-formed XML at line {line}, column {column + 1}: {exc.msg}") from None
    if root is None or root.tag != "quiz":
        raise BankError(
            f"not a Moodle XML bank: the top element is <{root.tag if root is not None else ''}>, not <quiz>"
        )
    return root, lines


def parse_moodle_xml(text: str) -> ParseResult:
    """Every question of a Moodle XML file, and a line-numbered problem for each one left out.

    Raises:
        BankError: the file is not XML, not a ``<quiz>``, or declares a DOCTYPE or ENTITY.
    """
    root, lines = _tree(text)
    result = ParseResult()
    for el in root:
        if el.tag != "question":
            continue
        line = lines.get(id(el), 0)
        qtype = el.get("type", "")
        if qtype == "category":
            cat = _text(el.find("category"))
            if cat:
                result.categories.append(cat.strip())
            continue
        files: dict[str, bytes] = {}
        name = _text(el.find("name")).strip()
        label = f"{name!r}: " if name else ""
        try:
            parsed = _question(el, qtype, label, line, result.problems, files, result.files)
        except _Skip as skip:
            result.problems.append(Problem(line, skip.message, skip.kind))
            continue
        parsed.title = name or None
        result.files.update(files)
        result.questions.append(parsed)
    return result


def _text(el: ET.Element | None) -> str:
    """The ``<text>`` of a Moodle text field (``<name>``, ``<questiontext>``, ``<feedback>`` ...)."""
    if el is None:
        return ""
    t = el.find("text")
    return (t.text or "") if t is not None else (el.text or "").strip()


def _safe_file_name(name: str, label: str) -> str:
    if not name or name in (".", "..") or not _SAFE_NAME.match(name) or name.startswith("."):
        raise _Skip(f"{label}embedded file name {name!r} is a path or not a plain file name; refused")
    return name


class _Reader:
    """Turns one question's rich-text fields into plain text, collecting their embedded images."""

    def __init__(
        self, label: str, line: int, problems: list[Problem], files: dict[str, bytes], taken: dict[str, bytes]
    ) -> None:
        self.label, self.line, self.problems, self.files, self.taken = label, line, problems, files, taken

    def __call__(self, el: ET.Element | None) -> str:
        if el is None:
            return ""
        is_html = el.get("format", "html") in HTML_FORMATS
        embedded = {}
        for f in el.findall("file"):
            fname = _safe_file_name(f.get("name", ""), self.label)
            if "/" in (f.get("path") or "/").strip("/") or ".." in (f.get("path") or ""):
                raise _Skip(f"{self.label}embedded file {fname!r} has path {f.get('path')!r}; refused")
            if f.get("encoding", "base64") != "base64":
                raise _Skip(f"{self.label}embedded file {fname!r} is not base64")
            try:
                data = base64.b64decode("".join((f.text or "").split()), validate=True)
            except (binascii.Error, ValueError):
                raise _Skip(f"{self.label}embedded file {fname!r} is not valid base64") from None
            embedded[fname] = data
        text = _text(el)
        if is_html:
            text = _IMG.sub(lambda m: self._image(m.group(0), embedded), text)
        for fname in embedded:
            if not fname.lower().endswith(IMAGE_SUFFIXES):
                self.problems.append(
                    Problem(self.line, f"{self.label}embedded file {fname!r} is not an image; dropped", "warning")
                )
        return plain_text(text, is_html)

    def _image(self, tag: str, embedded: dict[str, bytes]) -> str:
        attrs = {
            m.group(1).lower(): html.unescape(m.group(2) if m.group(2) is not None else m.group(3) or "")
            for m in _ATTR.finditer(tag)
        }
        src, alt = attrs.get("src", ""), attrs.get("alt", "").replace("]", ")").replace("[", "(")
        if not src.startswith(_PLUGINFILE):
            self.problems.append(
                Problem(self.line, f"{self.label}image {src[:60]!r} is not embedded in the file; dropped", "warning")
            )
            return f"[{alt or 'image'}]"
        fname = _safe_file_name(unquote(src[len(_PLUGINFILE) :]), self.label)
        if fname not in embedded:
            raise _Skip(f"{self.label}image {fname!r} is referred to but not embedded")
        if not fname.lower().endswith(IMAGE_SUFFIXES):
            raise _Skip(f"{self.label}{fname!r} is shown as an image but is not a png, jpg, gif, svg or webp file")
        data = embedded[fname]
        if self.taken.get(fname, data) != data or self.files.get(fname, data) != data:
            raise _Skip(f"{self.label}another question embeds a different file named {fname!r}")
        self.files[fname] = data
        return f"![{alt}](images/{fname})"


def _number(text: str, label: str) -> float:
    return read_number(text, label, _Skip)


_UNSUPPORTED = {
    "description": "a description (text without answers) is not a question in Qorgau",
    "essay": "an essay question has no equivalent in Qorgau",
    "shortanswer": "a short-answer question (typed answers) has no equivalent in Qorgau",
    "multianswer": "embedded answers (Cloze) are not supported",
    "calculated": "calculated questions are not supported",
    "calculatedsimple": "calculated questions are not supported",
    "calculatedmulti": "calculated questions are not supported",
    "randomsamatch": "random short-answer matching is not supported",
}


def _question(
    el: ET.Element,
    qtype: str,
    label: str,
    line: int,
    problems: list[Problem],
    files: dict[str, bytes],
    taken: dict[str, bytes],
) -> Parsed:
    if qtype in _UNSUPPORTED:
        raise _Skip(f"{label}{_UNSUPPORTED[qtype]}", "unsupported")
    if qtype not in ("multichoice", "truefalse", "matching", "numerical", "ordering"):
        raise _Skip(f"{label}question type {qtype!r} has no equivalent in Qorgau", "unsupported")
    read = _Reader(label, line, problems, files, taken)
    prompt = read(el.find("questiontext"))
    if not prompt:
        raise _Skip(f"{label}the question has no text")
    general = read(el.find("generalfeedback"))
    combined = [
        t
        for t in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")
        if plain_text(_text(el.find(t)), True)
    ]
    if combined:
        problems.append(
            Problem(line, f"{label}{', '.join(combined)} dropped: Qorgau shows the general feedback", "warning")
        )
    answers = el.findall("answer")
    fields: dict[str, Any] = {"prompt": prompt}
    explanation = general
    if qtype == "multichoice":
        fields.update(_choice(el, answers, read, label, line, problems))
    elif qtype == "truefalse":
        tf, right_feedback = _true_false(answers, read, label)
        fields.update(tf)
        if not general:
            explanation = right_feedback
        elif right_feedback and right_feedback != general:
            problems.append(
                Problem(
                    line,
                    f"{label}the right-answer feedback is dropped: Qorgau shows the general feedback to everyone",
                    "warning",
                )
            )
    elif qtype == "matching":
        fields.update(_matching(el, read, label))
    elif qtype == "numerical":
        num, right_feedback = _numeric(el, answers, read, label, line, problems)
        fields.update(num)
        if not general:
            explanation = right_feedback
    else:
        fields.update(_ordering(el, answers, read, label, line, problems))
    fields["explanation"] = explanation
    return Parsed(line, None, fields)


def _fraction(answer: ET.Element, label: str) -> float:
    value = _number(answer.get("fraction", "0"), label)
    if not -100 <= value <= 100:
        raise _Skip(f"{label}answer fraction {value:g} is outside -100..100")
    return value


def _choice(el, answers, read, label: str, line: int, problems: list[Problem]) -> dict[str, Any]:
    if len(answers) < 2:
        raise _Skip(f"{label}a choice question needs at least two answers")
    single = (el.findtext("single") or "true").strip().lower() in ("true", "1")
    ids = option_ids(len(answers))
    options, weights = [], []
    for oid, a in zip(ids, answers, strict=True):
        text = read(a)
        if not text:
            raise _Skip(f"{label}an answer has no text")
        option: dict[str, Any] = {"id": oid, "text": text}
        feedback = read(a.find("feedback"))
        if feedback:
            option["feedback"] = feedback
        options.append(option)
        weights.append(_fraction(a, label))
    full = [oid for oid, w in zip(ids, weights, strict=True) if w >= 100 - 1e-6]
    positive = [oid for oid, w in zip(ids, weights, strict=True) if w > 0]
    if single:
        if len(full) != 1:
            raise _Skip(
                f"{label}a one-answer multichoice question needs exactly one answer worth 100% (it has {len(full)})"
            )
        problems.extend(weight_notes(weights, True, line, label, "fractions"))
        return {"type": "single_choice", "options": options, "answer": full[0]}
    if not positive:
        raise _Skip(f"{label}no answer has a positive fraction")
    problems.extend(weight_notes(weights, False, line, label, "fractions"))
    return {"type": "multiple_response", "options": options, "answer": positive}


def _true_false(answers, read, label: str) -> tuple[dict[str, Any], str]:
    by_value: dict[bool, ET.Element] = {}
    for a in answers:
        word = _text(a).strip().lower()
        if word not in ("true", "false"):
            raise _Skip(f"{label}a true/false answer reads {word[:20]!r}, not 'true' or 'false'")
        by_value[word == "true"] = a
    if len(by_value) != 2:
        raise _Skip(f"{label}a true/false question needs a 'true' and a 'false' answer")
    right = [v for v, a in by_value.items() if _fraction(a, label) >= 100 - 1e-6]
    if len(right) != 1:
        raise _Skip(f"{label}exactly one of 'true' and 'false' must be worth 100%")
    value = right[0]
    fields: dict[str, Any] = {"type": "true_false", "answer": value}
    wrong_feedback = read(by_value[not value].find("feedback"))
    if wrong_feedback:
        fields["feedback_wrong"] = wrong_feedback
    return fields, read(by_value[value].find("feedback"))


def _matching(el, read, label: str) -> dict[str, Any]:
    pairs = []
    for sub in el.findall("subquestion"):
        response = read(sub.find("answer"))
        if not response:
            raise _Skip(f"{label}a matching pair has no answer")
        pairs.append((read(sub), response))
    real = [(p, r) for p, r in pairs if p]
    if len(real) < 2:
        raise _Skip(f"{label}a matching question needs at least two pairs")
    premises = [p for p, _ in real]
    if len(set(premises)) != len(premises):
        raise _Skip(f"{label}the same item appears twice among the questions to match")
    responses = list(dict.fromkeys(r for _, r in pairs))
    rid = {r: f"r{i + 1}" for i, r in enumerate(responses)}
    return {
        "type": "matching",
        "premises": [{"id": f"p{i + 1}", "text": p} for i, (p, _) in enumerate(real)],
        "responses": [{"id": rid[r], "text": r} for r in responses],
        "answer": {f"p{i + 1}": rid[r] for i, (_, r) in enumerate(real)},
    }


def _numeric(el, answers, read, label: str, line: int, problems: list[Problem]) -> tuple[dict[str, Any], str]:
    full = [a for a in answers if _fraction(a, label) >= 100 - 1e-6 and _text(a).strip() != "*"]
    if not full:
        raise _Skip(f"{label}no numerical answer is worth 100%")
    if len(answers) > 1:
        problems.append(
            Problem(
                line,
                f"{label}only the first 100% answer is kept; other answers and their feedback are dropped",
                "warning",
            )
        )
    a = full[0]
    answer = _number(_text(a), label)
    tolerance = abs(_number(a.findtext("tolerance") or "0", label))
    fields: dict[str, Any] = {"type": "numeric", "answer": answer, "tolerance": tolerance}
    units = el.findall("units/unit")
    base = [u for u in units if _number(u.findtext("multiplier") or "1", label) == 1]
    if base and (base[0].findtext("unit_name") or "").strip():
        fields["unit"] = (base[0].findtext("unit_name") or "").strip()
    if len(units) > len(base[:1]):
        problems.append(Problem(line, f"{label}units with a multiplier other than 1 are dropped", "warning"))
    return fields, read(a.find("feedback"))


def _ordering(el, answers, read, label: str, line: int, problems: list[Problem]) -> dict[str, Any]:
    if len(answers) < 2:
        raise _Skip(f"{label}an ordering question needs at least two items")
    texts = []
    for a in answers:
        t = read(a)
        if not t:
            raise _Skip(f"{label}an item has no text")
        texts.append(t)
    try:
        positions = [float(a.get("fraction", "")) for a in answers]
    except ValueError:
        positions = []
    order = list(range(len(answers)))
    if len(set(positions)) == len(answers):
        order.sort(key=lambda i: positions[i])  # qtype_ordering writes each item's position as its fraction
    count = (el.findtext("selectcount") or "0").strip()
    if (el.findtext("selecttype") or "").strip().upper() not in ("", "ALL") and count not in ("0", str(len(answers))):
        problems.append(Problem(line, f"{label}Qorgau orders all items, not a subset of {count}", "warning"))
    ids = option_ids(len(answers))  # items listed in their right order, as Moodle keeps them (both shuffle)
    return {
        "type": "ordering",
        "items": [{"id": oid, "text": texts[i]} for oid, i in zip(ids, order, strict=True)],
        "answer": ids,
    }


# Writing ------------------------------------------------------------------------------------------


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) and abs(value) < 2**53 else repr(float(value))


class _Writer:
    """Builds text fields; prompts that show images become HTML with the image files embedded."""

    def __init__(self, images: dict[str, bytes], notices: list[str]) -> None:
        self.images, self.notices = images, notices

    def field(self, parent: ET.Element, tag: str, text: str, qid: str = "") -> ET.Element:
        el = ET.SubElement(parent, tag)
        found = [m for m in _MD_IMAGE.finditer(text) if m.group(2) in self.images]
        missing = [m.group(2) for m in _MD_IMAGE.finditer(text) if m.group(2) not in self.images]
        if missing:
            self.notices.append(
                f"{qid}: image(s) {', '.join(missing)} not in the module's images/ folder; left as text"
            )
        if not found:
            el.set("format", "plain_text")
            ET.SubElement(el, "text").text = text
            return el
        el.set("format", "html")
        out, pos = [], 0
        for m in found:
            out.append(html.escape(text[pos : m.start()]).replace("\n", "<br />\n"))
            out.append(f'<img src="{_PLUGINFILE}{html.escape(m.group(2))}" alt="{html.escape(m.group(1))}" />')
            pos = m.end()
        out.append(html.escape(text[pos:]).replace("\n", "<br />\n"))
        ET.SubElement(el, "text").text = "".join(out)
        for name in dict.fromkeys(m.group(2) for m in found):
            f = ET.SubElement(el, "file", name=name, path="/", encoding="base64")
            f.text = base64.b64encode(self.images[name]).decode("ascii")
        return el


def _head(root: ET.Element, qtype: str, q: model.Question, w: _Writer) -> ET.Element:
    root.append(ET.Comment(f" question: {q.id} "))
    el = ET.SubElement(root, "question", type=qtype)
    ET.SubElement(ET.SubElement(el, "name"), "text").text = q.id
    w.field(el, "questiontext", q.prompt, q.id)
    w.field(el, "generalfeedback", q.explanation, q.id)
    ET.SubElement(el, "defaultgrade").text = "1"
    ET.SubElement(el, "penalty").text = "0.3333333"
    ET.SubElement(el, "hidden").text = "0"
    return el


def _answer(parent: ET.Element, fraction: str, text: str, feedback: str | None, w: _Writer, qid: str) -> ET.Element:
    a = w.field(parent, "answer", text, qid)
    a.set("fraction", fraction)
    if feedback:
        w.field(a, "feedback", feedback, qid)
    return a


def _fraction_text(value: float) -> str:
    return f"{value:.7f}".rstrip("0").rstrip(".")


def question_to_xml(root: ET.Element, q: model.Question, w: _Writer) -> bool:
    """Appends one question to ``root``; False for kinds Moodle cannot express (scenarios)."""
    if isinstance(q, (model.SingleChoice, model.MultipleResponse)):
        el = _head(root, "multichoice", q, w)
        single = isinstance(q, model.SingleChoice)
        ET.SubElement(el, "single").text = "true" if single else "false"
        ET.SubElement(el, "shuffleanswers").text = "true"
        ET.SubElement(el, "answernumbering").text = "abc"
        share = 100 / (1 if single else len(q.answer))
        for o in q.options:
            right = o.id == q.answer if single else o.id in q.answer
            frac = share if right else (0 if single else -share)
            _answer(el, _fraction_text(frac), o.text, o.feedback, w, q.id)
        return True
    if isinstance(q, model.TrueFalse):
        el = _head(root, "truefalse", q, w)
        for value in (True, False):
            right = value == q.answer
            a = ET.SubElement(el, "answer", fraction="100" if right else "0", format="moodle_auto_format")
            ET.SubElement(a, "text").text = "true" if value else "false"
            if not right and q.feedback_wrong:
                w.field(a, "feedback", q.feedback_wrong, q.id)
        return True
    if isinstance(q, model.Numeric):
        el = _head(root, "numerical", q, w)
        a = ET.SubElement(el, "answer", fraction="100", format="moodle_auto_format")
        ET.SubElement(a, "text").text = _number_text(q.answer)
        ET.SubElement(a, "tolerance").text = _number_text(q.tolerance)
        if q.unit:
            unit = ET.SubElement(ET.SubElement(el, "units"), "unit")
            ET.SubElement(unit, "multiplier").text = "1"
            ET.SubElement(unit, "unit_name").text = q.unit
        ET.SubElement(el, "unitgradingtype").text = "0"
        ET.SubElement(el, "unitpenalty").text = "0.1000000"
        ET.SubElement(el, "showunits").text = "3"
        ET.SubElement(el, "unitsleft").text = "0"
        return True
    if isinstance(q, model.Matching):
        el = _head(root, "matching", q, w)
        ET.SubElement(el, "shuffleanswers").text = "true"
        text = {r.id: r.text for r in q.responses}
        for p in q.premises:
            sub = w.field(el, "subquestion", p.text, q.id)
            ET.SubElement(ET.SubElement(sub, "answer"), "text").text = text[q.answer[p.id]]
        used = set(q.answer.values())
        for r in q.responses:
            if r.id not in used:
                sub = w.field(el, "subquestion", "", q.id)
                ET.SubElement(ET.SubElement(sub, "answer"), "text").text = r.text
        return True
    if isinstance(q, model.Ordering):
        el = _head(root, "ordering", q, w)
        for tag, value in (
            ("layouttype", "VERTICAL"),
            ("selecttype", "ALL"),
            ("selectcount", "0"),
            ("gradingtype", "ABSOLUTE_POSITION"),
            ("showgrading", "SHOW"),
            ("numberingstyle", "none"),
        ):
            ET.SubElement(el, tag).text = value
        items = {i.id: i for i in q.items}
        for pos, iid in enumerate(q.answer, start=1):
            _answer(el, f"{pos}.0000000", items[iid].text, None, w, q.id)
        return True
    return False


def module_images(module: model.Module) -> dict[str, bytes]:
    """The files in the module's images/ folder that its questions show, by name."""
    if not module.folder:
        return {}
    folder = Path(module.folder) / "images"
    names = {m.group(2) for q in module.quiz.questions for m in _MD_IMAGE.finditer(f"{q.prompt}\n{q.explanation}")}
    out = {}
    for name in sorted(names):
        path = folder / name
        if path.is_file() and path.resolve().parent == folder.resolve():
            out[name] = path.read_bytes()
    return out


def module_to_moodle_xml(module: model.Module, images: dict[str, bytes] | None = None) -> tuple[str, list[str]]:
    """The module's questions as a Moodle XML file, and a notice for each question left out."""
    root = ET.Element("quiz")
    root.append(ET.Comment(f" Exported from Qorgau: module {module.id}, version {module.meta.version} "))
    cat = ET.SubElement(root, "question", type="category")
    ET.SubElement(ET.SubElement(cat, "category"), "text").text = f"$course$/top/{module.meta.title}"
    notices: list[str] = []
    w = _Writer(module_images(module) if images is None else images, notices)
    for q in module.quiz.questions:
        if not question_to_xml(root, q, w):
            notices.append(f"{q.id}: {q.type.replace('_', ' ')} questions cannot be written as Moodle XML; skipped")
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n", notices

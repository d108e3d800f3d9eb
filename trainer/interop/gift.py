"""Moodle GIFT question banks: read into Qorgau's content format, and write a module's questions.

Read as Moodle's own qformat_gift reads it. Supported: multiple choice (one right answer, partial
credit reported), multiple response (weighted answers), true/false (with its wrong- and right-answer
feedback), matching, numeric (tolerance or range, a one-line answer with ``~#feedback`` for wrong
answers, a unit after the answer block), missing-word questions, per-answer and general feedback,
titles, categories (reported), [html]/[moodle]/[plain]/[markdown] markers on every piece of text
(prompt, options, feedback, matching items) and backslash escapes. Line breaks of non-HTML question
text are kept. Essay, short answer, description and malformed questions are reported with their
line number.
"""

from __future__ import annotations

import math
import re
from typing import Any

from trainer.domain import model
from trainer.interop.questions import Parsed, ParseResult, Problem, option_ids, plain_text, read_number, weight_notes

# Escaped special characters become private-use characters while parsing, then turn back.
_ESCAPES = {"~": "\ue000", "=": "\ue001", "#": "\ue002", "{": "\ue003", "}": "\ue004", ":": "\ue005", "\\": "\ue006"}
_NEWLINE = "\ue007"
_RESTORE = {v: k for k, v in _ESCAPES.items()}
_FORMAT = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_TRUE_FALSE = re.compile(r"^(T|F|TRUE|FALSE)\s*(#|$)", re.IGNORECASE)
# Text after a numerical answer block that reads as its unit ("miles", "km/h", "days", "°C").
_UNIT = re.compile(r"[^\W\d_][^\s.?!,;]*(?: [^\W\d_][^\s.?!,;]*)?|[%°][^\s.?!]*")


def _protect(text: str) -> str:
    text = text.translate({ord(c): None for c in (*_RESTORE, _NEWLINE)})
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
            if nxt == "n":
                out.append(_NEWLINE)
                i += 2
                continue
        out.append(c)
        i += 1
    return "".join(out)


def _restore(text: str, keep_lines: bool = False) -> str:
    """Escapes turned back; the file's line breaks kept only where asked (non-HTML text, as Moodle does)."""
    if not keep_lines:
        text = text.replace("\n", " ")
    text = text.replace(_NEWLINE, "\n")
    return "".join(_RESTORE.get(c, c) for c in text)


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Questions are separated by blank lines; '//' comment lines are dropped (line numbers kept)."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for n, line in enumerate(text.split("\n"), start=1):
        if line.lstrip().startswith("//"):
            continue
        if not line.strip():
            if current:
                blocks.append((start, current))
                current = []
            continue
        if not current:
            start = n
        current.append(line)
    if current:
        blocks.append((start, current))
    return blocks


def parse_gift(text: str) -> ParseResult:
    """Every question of a GIFT file, and a line-numbered problem for each one left out."""
    result = ParseResult()
    for line, lines in _blocks(text):
        block = _protect("\n".join(lines))
        if block.lstrip().startswith("$CATEGORY:"):
            result.categories.append(_restore(block.split(":", 1)[1]).strip())  # the import command reports them
            continue
        try:
            parsed = _question(block, line, result.problems)
        except _Skip as skip:
            result.problems.append(Problem(line, skip.message, skip.kind))
            continue
        result.questions.append(parsed)
    return result


class _Skip(Exception):
    def __init__(self, message: str, kind: str = "error") -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind


def _question(block: str, line: int, problems: list[Problem]) -> Parsed:
    text = block.strip()
    title = None
    if text.startswith("::"):
        end = text.find("::", 2)
        if end < 0:
            raise _Skip("the title is not closed with '::'")
        title = _restore(text[2:end]).strip() or None
        text = text[end + 2 :]
    name = f"{title!r}: " if title else ""
    start = text.find("{")
    if start < 0:
        if "}" in text:
            raise _Skip(f"{name}'}}' without '{{'")
        raise _Skip(f"{name}a description (text without answers) is not a question in Qorgau", "unsupported")
    end = text.find("}", start)
    if end < 0:
        raise _Skip(f"{name}the answers are not closed with '}}'")
    if "{" in text[start + 1 : end] or "{" in text[end + 1 :] or "}" in text[end + 1 :]:
        raise _Skip(f"{name}more than one answer block (embedded answers/Cloze) is not supported", "unsupported")
    before, answers, after = text[:start], text[start + 1 : end], text[end + 1 :]
    fmt = _FORMAT.match(before)
    is_html = bool(fmt) and fmt.group(1).lower() in ("html", "moodle")
    if fmt:
        before = before[fmt.end() :]

    def clean(s: str) -> str:
        """Any piece of text may start with its own format marker; the question's format is the default."""
        piece = _FORMAT.match(s)
        html = is_html if piece is None else piece.group(1).lower() in ("html", "moodle")
        if piece is not None:
            s = s[piece.end() :]
        return plain_text(_restore(s, keep_lines=not html), html)

    prompt = clean(before)
    unit = None
    if after.strip():
        if answers.lstrip().startswith("#") and _UNIT.fullmatch(clean(after)):
            unit = clean(after)  # "How far? {#25} miles": the unit follows the number
        else:
            prompt = f"{prompt} _____ {clean(after)}".strip()
    if not prompt:
        raise _Skip(f"{name}the question has no text")
    general = ""
    if "####" in answers:
        answers, general = answers.split("####", 1)
        general = clean(general)
    body = answers.strip()
    fields: dict[str, Any] = {"prompt": prompt}
    if not body:
        raise _Skip(f"{name}an essay question (no answers) has no equivalent in Qorgau", "unsupported")
    if body.startswith("#"):
        fields.update(_numeric(body[1:], name, clean, line, problems))
        if unit:
            fields["unit"] = unit
        explanation = general
    elif _TRUE_FALSE.match(body):
        # Moodle: {T#feedback for a wrong answer#feedback for a right answer}
        parts = body.split("#", 2)
        value = parts[0].strip().upper() in ("T", "TRUE")
        wrong_feedback = clean(parts[1]) if len(parts) > 1 else ""
        right_feedback = clean(parts[2]) if len(parts) > 2 else ""
        fields.update({"type": "true_false", "answer": value})
        if wrong_feedback:
            fields["feedback_wrong"] = wrong_feedback
        explanation = general or right_feedback
        if general and right_feedback and right_feedback != general:
            problems.append(
                Problem(
                    line,
                    f"{name}the right-answer feedback is dropped: Qorgau shows the general feedback to everyone",
                    "warning",
                )
            )
    elif "->" in body and body.startswith("="):
        fields.update(_matching(body, name, clean, line, problems))
        explanation = general
    elif "~" in body:
        fields.update(_choice(body, name, clean, line, problems))
        explanation = general
    elif body.startswith("="):
        raise _Skip(f"{name}a short-answer question (typed answers) has no equivalent in Qorgau", "unsupported")
    else:
        raise _Skip(f"{name}cannot tell the question type from {_restore(body)[:40]!r}")
    fields["explanation"] = explanation
    return Parsed(line, title, fields)


def _answers(body: str, name: str) -> list[tuple[str, float, str, str]]:
    """(marker, weight, text, feedback) of each '~' or '=' answer."""
    parts = re.split(r"(?=[~=])", body.strip())
    if parts and parts[0].strip():
        raise _Skip(f"{name}text {parts[0].strip()[:30]!r} before the first answer")
    out = []
    for part in parts:
        if not part:
            continue
        marker, rest = part[0], part[1:]
        weight = 100.0 if marker == "=" else 0.0
        m = _WEIGHT.match(rest.strip())
        if m:
            weight = float(m.group(1))
            rest = rest.strip()[m.end() :]
        if not math.isfinite(weight) or not -100 <= weight <= 100:
            raise _Skip(f"{name}answer weight {weight:g}% is outside -100..100")
        text, _, feedback = rest.partition("#")
        out.append((marker, weight, text, feedback))
    return out


def _choice(body: str, name: str, clean, line: int, problems: list[Problem]) -> dict[str, Any]:
    answers = _answers(body, name)
    if len(answers) < 2:
        raise _Skip(f"{name}a choice question needs at least two answers")
    ids = option_ids(len(answers))
    options = []
    for oid, (_, _, text, feedback) in zip(ids, answers, strict=True):
        t = clean(text)
        if not t:
            raise _Skip(f"{name}an answer has no text")
        option: dict[str, Any] = {"id": oid, "text": t}
        if clean(feedback):
            option["feedback"] = clean(feedback)
        options.append(option)
    weights = [w for _, w, _, _ in answers]
    full = [oid for oid, w in zip(ids, weights, strict=True) if w >= 100]
    positive = [oid for oid, w in zip(ids, weights, strict=True) if w > 0]
    if len(full) > 1:
        raise _Skip(
            f"{name}{len(full)} answers are fully right; a Qorgau choice question has one right answer", "unsupported"
        )
    if len(full) == 1:
        problems.extend(weight_notes(weights, True, line, name, "weights"))
        return {"type": "single_choice", "options": options, "answer": full[0]}
    if not positive:
        raise _Skip(f"{name}no answer is right (no '=' and no positive weight)")
    problems.extend(weight_notes(weights, False, line, name, "weights"))
    return {"type": "multiple_response", "options": options, "answer": positive}


def _number(text: str, name: str) -> float:
    return read_number(text, name, _Skip)


def _numeric(body: str, name: str, clean, line: int, problems: list[Problem]) -> dict[str, Any]:
    raw = body.strip()
    if raw and raw[0] not in "=~" and "~" in raw:
        # Moodle: "{#3:2~#Completely wrong}" is one answer and feedback for any other answer.
        raw, wrong = raw.split("~", 1)
        if clean(wrong.lstrip().removeprefix("#")):
            problems.append(
                Problem(
                    line,
                    f"{name}the feedback for wrong answers is dropped: a Qorgau numeric question "
                    "shows its explanation to everyone",
                    "warning",
                )
            )
    body = _restore(raw).strip()
    if not body:
        raise _Skip(f"{name}a numerical question needs an answer")
    if body[0] in "=~":
        answers = [(w, t) for _, w, t, _ in _answers(_protect(body), name)]
    else:
        answers = [(100.0, body.partition("#")[0])]
    full = [t for w, t in answers if w >= 100]
    if not full:
        raise _Skip(f"{name}no numerical answer is worth 100%")
    if len(answers) > 1:
        problems.append(
            Problem(line, f"{name}only the 100% answer is kept; other accepted answers are dropped", "warning")
        )
    value = full[0].partition("#")[0].strip()
    if ".." in value:
        low_text, high_text = value.split("..", 1)
        low, high = _number(low_text, name), _number(high_text, name)
        if high < low:
            raise _Skip(f"{name}the range {value!r} ends below its start")
        answer, tolerance = (low + high) / 2, (high - low) / 2
    elif ":" in value:
        a, t = value.split(":", 1)
        answer, tolerance = _number(a, name), abs(_number(t, name))
    else:
        answer, tolerance = _number(value, name), 0.0
    if not (math.isfinite(answer) and math.isfinite(tolerance)):
        raise _Skip(f"{name}the answer is too large")
    return {"type": "numeric", "answer": answer, "tolerance": tolerance}


def _matching(body: str, name: str, clean, line: int, problems: list[Problem]) -> dict[str, Any]:
    pairs = []
    for part in re.split(r"(?==)", body.strip()):
        if not part.strip():
            continue
        rest = part[1:]
        if "#" in rest:
            rest = rest.split("#", 1)[0]
            problems.append(Problem(line, f"{name}feedback on matching pairs is dropped", "warning"))
        if "->" not in rest:
            raise _Skip(f"{name}a matching pair needs '->': {_restore(rest).strip()[:30]!r}")
        premise, response = rest.split("->", 1)
        pairs.append((clean(premise), clean(response)))
    for _, r in pairs:
        if not r:
            raise _Skip(f"{name}a matching pair has no answer after '->'")
    responses = list(dict.fromkeys(r for _, r in pairs))  # first-seen order, in linear time
    real = [(p, r) for p, r in pairs if p]
    if len(real) < 2:
        raise _Skip(f"{name}a matching question needs at least two pairs")
    premise_texts = [p for p, _ in real]
    if len(set(premise_texts)) != len(premise_texts):
        raise _Skip(f"{name}the same item appears twice on the left of '->'")
    rid = {r: f"r{i + 1}" for i, r in enumerate(responses)}
    return {
        "type": "matching",
        "premises": [{"id": f"p{i + 1}", "text": p} for i, (p, _) in enumerate(real)],
        "responses": [{"id": rid[r], "text": r} for r in responses],
        "answer": {f"p{i + 1}": rid[r] for i, (_, r) in enumerate(real)},
    }


# Writing ------------------------------------------------------------------------------------------


def escape(text: str) -> str:
    out = text.replace("\\", "\\\\")
    for c in "~=#{}:":
        out = out.replace(c, "\\" + c)
    return out.replace("\r\n", "\n").replace("\n", "\\n")


def _number_text(value: float) -> str:
    """A number written exactly (never %g's six digits)."""
    return str(int(value)) if value == int(value) and abs(value) < 2**53 else repr(float(value))


def _weight(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def _feedback(option: model.Option) -> str:
    return f"#{escape(option.feedback)}" if option.feedback else ""


def question_to_gift(q: model.Question) -> str | None:
    """One question as GIFT, or None for kinds GIFT cannot express (ordering, scenario)."""
    head = f"::{escape(q.id)}::[plain]{escape(q.prompt)}"
    general = f"\t####{escape(q.explanation)}\n" if q.explanation.strip() else ""
    if isinstance(q, model.SingleChoice):
        lines = [f"\t{'=' if o.id == q.answer else '~'}{escape(o.text)}{_feedback(o)}\n" for o in q.options]
        return head + "{\n" + "".join(lines) + general + "}\n"
    if isinstance(q, model.MultipleResponse):
        share = _weight(100 / len(q.answer))
        lines = [
            f"\t~%{share if o.id in q.answer else '-' + share}%{escape(o.text)}{_feedback(o)}\n" for o in q.options
        ]
        return head + "{\n" + "".join(lines) + general + "}\n"
    if isinstance(q, model.TrueFalse):
        wrong = f"#{escape(q.feedback_wrong)}" if q.feedback_wrong else ""  # Moodle: {T#wrong#right####general}
        general_tf = f"####{escape(q.explanation)}" if general else ""
        return head + "{" + ("TRUE" if q.answer else "FALSE") + wrong + general_tf + "}\n"
    if isinstance(q, model.Numeric):
        tol = f":{_number_text(q.tolerance)}" if q.tolerance else ""
        unit = f" {escape(q.unit)}" if q.unit else ""  # after the block, as a reader of the question sees it
        return head + "{#\n" + f"\t={_number_text(q.answer)}{tol}\n" + general + "}" + unit + "\n"
    if isinstance(q, model.Matching):
        text = {r.id: r.text for r in q.responses}
        lines = [f"\t={escape(p.text)} -> {escape(text[q.answer[p.id]])}\n" for p in q.premises]
        used = set(q.answer.values())
        lines += [f"\t= -> {escape(r.text)}\n" for r in q.responses if r.id not in used]
        return head + "{\n" + "".join(lines) + general + "}\n"
    return None


def module_to_gift(module: model.Module) -> tuple[str, list[str]]:
    """The module's questions as a GIFT file, and a notice for each question left out."""
    out = [
        f"// Exported from Qorgau: module {module.id}, version {module.meta.version}",
        f"$CATEGORY: $course$/top/{escape(module.meta.title)}",
        "",
    ]
    notices = []
    for q in module.quiz.questions:
        text = question_to_gift(q)
        if text is None:
            notices.append(f"{q.id}: {q.type.replace('_', ' ')} questions cannot be written as GIFT; skipped")
            continue
        out.append(f"// question: {q.id}")
        out.append(text)
    return "\n".join(out), notices

"""Aiken question banks (Moodle's simplest format): single-choice questions only.

    Which article of the 2009 Law establishes protective orders?
    A. Article 17
    B. Article 20
    ANSWER: B

Read as Moodle's qformat_aiken reads it: an option is a capital letter, '.' or ')', and optional
space (``A)Text`` too); the ANSWER line names a letter, which may be followed by the option's
marker and text (``ANSWER: C) Third``). Every malformed question is reported with the line it starts
on; the others are imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from trainer.interop.questions import Parsed, ParseResult, Problem

_OPTION = re.compile(r"^([A-Z])[.)]\s*(\S.*)$")
# "C", "C.", "C)", "C) Third", "C. Third": the letter is what counts, as in Moodle.
_ANSWER_LETTER = re.compile(r"^([A-Za-z])(?:[.)]\s*.*|\s+.*)?$")
_ANSWER = re.compile(r"^ANSWER\s*:\s*(.*)$", re.IGNORECASE)


@dataclass
class _Pending:
    line: int
    prompt: list[str] = field(default_factory=list)
    options: list[tuple[str, str]] = field(default_factory=list)


def parse_aiken(text: str) -> ParseResult:
    result = ParseResult()
    current: _Pending | None = None

    def fail(q: _Pending, message: str) -> None:
        result.problems.append(Problem(q.line, message))

    for n, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        answer = _ANSWER.match(line)
        option = _OPTION.match(line)
        if answer:
            if current is None or not current.prompt:
                result.problems.append(Problem(n, "ANSWER line without a question before it"))
                current = None
                continue
            letter = answer.group(1).strip()
            named = _ANSWER_LETTER.match(letter)
            letter = named.group(1).upper() if named else letter.upper()
            letters = [ltr for ltr, _ in current.options]
            if len(current.options) < 2:
                fail(current, "a question needs at least two options (A. ..., B. ...)")
            elif len(set(letters)) != len(letters):
                fail(current, "the same option letter is used twice")
            elif len(letter) != 1 or letter not in letters:
                fail(current, f"ANSWER {letter!r} is not one of the options {', '.join(letters)}")
            else:
                result.questions.append(
                    Parsed(
                        current.line,
                        None,
                        {
                            "type": "single_choice",
                            "prompt": " ".join(current.prompt),
                            "options": [{"id": ltr.lower(), "text": t} for ltr, t in current.options],
                            "answer": letter.lower(),
                            "explanation": "",
                        },
                    )
                )
            current = None
        elif option and current is not None and current.prompt:
            current.options.append((option.group(1), option.group(2).strip()))
        elif option and current is None:
            result.problems.append(Problem(n, "an option without a question before it"))
        else:
            if current is not None and current.options:
                fail(current, "no ANSWER line after the options")
                current = None
            if current is None:
                current = _Pending(n)
            current.prompt.append(line)
    if current is not None:
        fail(current, "no ANSWER line after the options" if current.options else "a question without options")
    return result

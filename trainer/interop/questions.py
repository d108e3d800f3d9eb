"""Questions from other systems' banks, in Qorgau's content format, and the report of what was left out.

Parsers (GIFT, Aiken, Moodle XML) give each question as the fields of Qorgau's quiz.yaml and report with its
line number every question they cannot convert; nothing is dropped without a word. What other
systems do not record (a citation, a competency, a difficulty) is written as a placeholder that
``python main.py validate`` then asks the author to fill in.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

MAX_BANK_BYTES = 5_000_000
PLACEHOLDER = "TODO"
PLACEHOLDER_FIELDS = ("source", "competency", "difficulty")


class BankError(Exception):
    """The whole file cannot be read (not text, too large); no question was imported."""


@dataclass(frozen=True)
class Problem:
    line: int
    message: str
    kind: Literal["unsupported", "error", "warning"] = "error"

    def __str__(self) -> str:
        return f"line {self.line}: {self.kind}: {self.message}"


@dataclass
class Parsed:
    """One converted question: where it started, its title in the bank, and its quiz.yaml fields."""

    line: int
    title: str | None
    fields: dict[str, Any]


@dataclass
class ParseResult:
    questions: list[Parsed] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    # Embedded files to write into the module's images/ folder (name -> bytes); Moodle XML only.
    files: dict[str, bytes] = field(default_factory=dict)


def read_bank(path: Path, limit: int = MAX_BANK_BYTES) -> str:
    """The bank's text; BankError names the file and the problem."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise BankError(f"{path}: too large ({size} bytes; the limit is {limit})")
        raw = path.read_bytes()
    except OSError as exc:
        raise BankError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BankError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again") from exc
    if "\x00" in text:
        raise BankError(f"{path}: binary data, not a text file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_TAG = re.compile(r"<[^>]*>")
_BREAK = re.compile(r"<\s*(br|/p|/div|/li)\s*/?\s*>", re.IGNORECASE)


def plain_text(text: str, is_html: bool) -> str:
    """Moodle's HTML question text as plain text (Qorgau renders its own formatting)."""
    if is_html:
        text = _BREAK.sub("\n", text)
        text = _TAG.sub("", text)
        text = html.unescape(text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line).strip()


def read_number(text: str, name: str, refuse: type[Exception]) -> float:
    """A finite number from a bank's text; anything else raises ``refuse`` naming the question."""
    try:
        value = float(text.strip())
    except ValueError:
        raise refuse(f"{name}{text.strip()[:30]!r} is not a number") from None
    if not math.isfinite(value):
        raise refuse(f"{name}{text.strip()[:30]!r} is not a finite number")
    return value


def weight_notes(weights: list[float], single: bool, line: int, name: str, word: str) -> list[Problem]:
    """What is lost when Moodle's answer weights ("fractions", in percent) become Qorgau's scoring.

    A one-answer question keeps only its fully right answer; a several-answer question scores each
    right option 1/n and takes 1/n away for each wrong one chosen, which Moodle's weights may not match.
    """
    if single:
        partial = [w for w in weights if 0 < w < 100 - 1e-6]
        if not partial:
            return []
        return [Problem(line, f"{name}partial credit ({', '.join(f'{w:g}%' for w in partial)}) is dropped", "warning")]
    n = sum(1 for w in weights if w > 0)
    expected = all(abs(w - 100 / n) < 0.01 for w in weights if w > 0) and all(
        w == 0 or abs(w + 100 / n) < 0.01 for w in weights if w <= 0
    )
    if expected:
        return []
    return [
        Problem(
            line,
            f"{name}Moodle's {word} become Qorgau's scoring for multiple response: each right option "
            f"earns 1/{n}, each wrong one chosen takes 1/{n} away",
            "warning",
        )
    ]


def option_ids(n: int) -> list[str]:
    """a, b, c, ... z, then o27, o28, ..."""
    return [chr(ord("a") + i) if i < 26 else f"o{i + 1}" for i in range(n)]


def next_ids(module_id: str, taken: set[str], n: int) -> list[str]:
    """``<module>.qNN`` ids that no question uses yet, continuing the module's numbering."""
    out: list[str] = []
    i = 1
    while len(out) < n:
        candidate = f"{module_id}.q{i:02d}"
        if candidate not in taken:
            out.append(candidate)
            taken.add(candidate)
        i += 1
    return out


def to_entries(
    parsed: list[Parsed], module_id: str, taken: set[str], defaults: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """quiz.yaml entries in the content format's key order, with placeholders where the bank has nothing."""
    defaults = defaults or {}
    ids = next_ids(module_id, taken, len(parsed))
    entries = []
    for qid, p in zip(ids, parsed, strict=True):
        f = dict(p.fields)
        entry: dict[str, Any] = {"id": qid, "type": f.pop("type"), "prompt": f.pop("prompt")}
        explanation = f.pop("explanation", "")
        entry.update(f)
        entry["explanation"] = explanation
        entry["source"] = defaults.get("source") or {"article": PLACEHOLDER}
        entry["competency"] = defaults.get("competency") or PLACEHOLDER
        entry["difficulty"] = defaults.get("difficulty") or PLACEHOLDER
        entries.append(entry)
    return entries


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_entries(entries: list[dict[str, Any]]) -> str:
    return yaml.dump(entries, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def extend_quiz_text(existing: str | None, entries: list[dict[str, Any]]) -> str:
    """quiz.yaml with ``entries`` appended; the author's existing text, comments included, is kept."""
    items = dump_entries(entries)
    if existing is None or not existing.strip():
        return "settings:\n  shuffle_questions: true\n  shuffle_options: true\nquestions:\n" + _indent(items, "  ")
    data = yaml.safe_load(existing)
    if not isinstance(data, dict):
        raise BankError("the existing quiz.yaml is not a mapping with 'settings' and 'questions'")
    keys = list(data)
    questions = data.get("questions")
    text = existing if existing.endswith("\n") else existing + "\n"
    if keys and keys[-1] == "questions" and isinstance(questions, list) and questions:
        # Block list at the end of the file: append items at the same indentation as the others.
        m = re.search(r"^questions:[ \t]*\n(?:[ \t]*#.*\n|[ \t]*\n)*([ \t]*)- ", text, re.MULTILINE)
        if m is not None:
            return text + _indent(items, m.group(1))
    if not questions:
        data["questions"] = entries
    else:
        data["questions"] = [*questions, *entries]
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def _indent(text: str, prefix: str) -> str:
    return "".join(prefix + line if line.strip() else line for line in text.splitlines(keepends=True))


def existing_ids(quiz_text: str | None) -> set[str]:
    if not quiz_text:
        return set()
    try:
        data = yaml.safe_load(quiz_text)
    except yaml.YAMLError:
        return set()
    questions = data.get("questions") if isinstance(data, dict) else None
    return {q["id"] for q in questions or [] if isinstance(q, dict) and isinstance(q.get("id"), str)}

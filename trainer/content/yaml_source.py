"""Safe YAML loading that remembers the line of every key, for precise error messages."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from trainer.content.errors import ContentError

MAX_YAML_BYTES = 2_000_000
# libyaml composes nested collections by C recursion: tens of thousands of nested brackets crash
# the whole process (a segmentation fault, not an exception), so deep nesting is refused first.
MAX_NESTING = 200
MAX_ALIASES = 100  # "billion laughs": aliases that multiply into more nodes than any module needs
_BRACKET_RE = re.compile(r"[\[\]{}]")
# libyaml's parser when PyYAML was built with it (the wheels are), else the pure-Python one.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Loc = tuple[object, ...]


class YamlDocument:
    """A parsed YAML file with a map from key paths to 1-based line numbers."""

    def __init__(self, path: Path, data: Any, lines: dict[Loc, int]) -> None:
        self.path = path
        self.data = data
        self._lines = lines

    def line(self, loc: Loc) -> int | None:
        """The line of the deepest known key along ``loc``."""
        loc = tuple(loc)
        while loc:
            if loc in self._lines:
                return self._lines[loc]
            loc = loc[:-1]
        return self._lines.get((), 1)


class YamlLoadError(Exception):
    def __init__(self, error: ContentError) -> None:
        super().__init__(str(error))
        self.error = error


def load_yaml(path: Path, display: str) -> YamlDocument:
    """Parse ``path`` with ``yaml.safe_load``; raise YamlLoadError naming file and line."""
    try:
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            raise YamlLoadError(
                ContentError(display, None, f"file is too large ({size} bytes; the limit is {MAX_YAML_BYTES})")
            )
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise YamlLoadError(ContentError(display, None, f"not UTF-8 text ({exc.reason})")) from exc
    except OSError as exc:
        raise YamlLoadError(ContentError(display, None, f"cannot be read: {exc.strerror}")) from exc
    problem = _too_deep_or_aliased(text)
    if problem:
        raise YamlLoadError(ContentError(display, None, problem))
    loader = _Loader(text)
    try:
        # One parse: compose the node tree (which knows its lines), then build the data from it.
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise YamlLoadError(ContentError(display, line, f"YAML syntax error: {exc.problem or exc}")) from exc
    except (yaml.YAMLError, RecursionError) as exc:
        raise YamlLoadError(ContentError(display, None, f"YAML cannot be parsed: {type(exc).__name__}")) from exc
    finally:
        loader.dispose()
    lines: dict[Loc, int] = {}
    if node is not None:
        lines[()] = node.start_mark.line + 1
        _record(node, (), lines, 0)
    from trainer.content.terms import strip_marks_in

    return YamlDocument(path, strip_marks_in(data), lines)


def _record(node: yaml.Node, loc: Loc, lines: dict[Loc, int], depth: int) -> None:
    if depth > 64:
        return
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            sub = (*loc, key)
            lines[sub] = key_node.start_mark.line + 1
            _record(value_node, sub, lines, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            sub = (*loc, i)
            lines[sub] = item.start_mark.line + 1
            _record(item, sub, lines, depth + 1)


def _too_deep_or_aliased(text: str) -> str | None:
    """Why ``text`` must not reach the parser, or None. Cheap: looks only at brackets and '*'."""
    depth = deepest = 0
    for m in _BRACKET_RE.finditer(text):
        depth = depth + 1 if m.group() in "[{" else max(0, depth - 1)
        deepest = max(deepest, depth)
        if deepest > MAX_NESTING:
            return f"nested too deeply (more than {MAX_NESTING} levels)"
    if text.count("*") > MAX_ALIASES and len(re.findall(r"(?:^|[\s\[{,:-])\*[^\s,\]}]+", text)) > MAX_ALIASES:
        return f"too many YAML aliases (more than {MAX_ALIASES})"
    return None

"""The translation files are kept up to date with every translatable string in the source."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import ROOT

I18N = ROOT / "assets" / "i18n"
LANGUAGES = ("ru", "kk")


def source_strings() -> set[tuple[str, str]]:
    """(context, text) of every self.tr("...") and translate("Context", "...") in trainer/."""
    found: set[tuple[str, str]] = set()
    for path in (ROOT / "trainer").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes: list[tuple[int, int, str]] = [
            (n.lineno, n.end_lineno or n.lineno, n.name) for n in ast.walk(tree) if isinstance(n, ast.ClassDef)
        ]
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            args = node.args
            if name == "tr" and isinstance(func, ast.Attribute) and args and _literal(args[0]):
                enclosing = [c for c in classes if c[0] <= node.lineno <= c[1]]
                if enclosing:
                    innermost = max(enclosing, key=lambda c: c[0])
                    found.add((innermost[2], args[0].value))
            elif name == "translate" and len(args) >= 2 and _literal(args[0]) and _literal(args[1]):
                found.add((args[0].value, args[1].value))
    return found


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def ts_strings(language: str) -> dict[tuple[str, str], str | None]:
    root = ET.parse(I18N / f"qorgau_{language}.ts").getroot()
    out: dict[tuple[str, str], str | None] = {}
    for context in root.iter("context"):
        ctx = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
            out[(ctx, message.findtext("source") or "")] = None if unfinished else (translation.text or "")
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_source_string_is_in_the_ts_file(language):
    missing = sorted(source_strings() - set(ts_strings(language)))
    assert not missing, f"qorgau_{language}.ts is out of date (run `make translations`): {missing[:10]}"


def _hidden_from_lupdate() -> list[str]:
    """Calls lupdate cannot read: inside f-strings, through an alias, or through a wrapper function."""
    problems = []
    for path in (ROOT / "trainer").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        rel = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and _call_name(inner) in ("tr", "translate"):
                        problems.append(f"{rel}:{inner.lineno}: translation inside an f-string")
            elif (
                isinstance(node, ast.Assign)
                and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id != "translate"
                and isinstance(node.value, ast.Attribute)
                and node.value.attr in ("tr", "translate")
            ):
                problems.append(f"{rel}:{node.lineno}: an alias of {ast.unparse(node.value)} hides its strings")
            elif isinstance(node, ast.FunctionDef) and len(node.body) <= 2:
                returned = node.body[-1]
                if (
                    isinstance(returned, ast.Return)
                    and isinstance(returned.value, ast.Call)
                    and _call_name(returned.value) == "translate"
                    and any(isinstance(a, ast.Name) for a in returned.value.args[1:2])
                ):
                    problems.append(f"{rel}:{node.lineno}: {node.name}() wraps translate(), hiding its strings")
    return problems


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def test_no_translation_is_hidden_from_lupdate():
    assert _hidden_from_lupdate() == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language):
    """lupdate/lrelease would report these as unfinished: the interface would show English."""
    unfinished = sorted(key for key, text in ts_strings(language).items() if not text)
    assert not unfinished, f"{len(unfinished)} untranslated in qorgau_{language}.ts: {unfinished[:10]}"

"""YAML that would crash or hang the parser is refused before parsing, with the file named."""

from __future__ import annotations

import pytest

from trainer.content.yaml_source import MAX_NESTING, YamlLoadError, load_yaml


@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 200_000])
def test_deep_nesting_is_refused_without_crashing(tmp_path, depth):
    """libyaml recurses in C: 100,000 levels once killed the whole app with a segmentation fault."""
    path = tmp_path / "quiz.yaml"
    path.write_text("q: " + "[" * depth + "]" * depth, encoding="utf-8")
    with pytest.raises(YamlLoadError) as err:
        load_yaml(path, "m/quiz.yaml")
    assert err.value.error.file == "m/quiz.yaml" and "nested too deeply" in err.value.error.message


def test_ordinary_nesting_and_brackets_in_text_still_load(tmp_path):
    path = tmp_path / "quiz.yaml"
    path.write_text("a: [[1, 2], {b: [3]}]\nc: 'text with ] and [ and a * star'\n", encoding="utf-8")
    assert load_yaml(path, "q.yaml").data["a"] == [[1, 2], {"b": [3]}]


def test_billion_laughs_is_refused(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, name in enumerate("bcdefghijklmnopqrstuvwxyz"[:20]):
        prev = "abcdefghijklmnopqrstuvwxyz"[i]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = tmp_path / "quiz.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(YamlLoadError) as err:
        load_yaml(path, "quiz.yaml")
    assert "aliases" in err.value.error.message

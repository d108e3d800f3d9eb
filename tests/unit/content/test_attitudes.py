"""attitudes.yaml: the shipped statements load cleanly, and a broken file is reported with file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

from trainer.content.attitudes import load_attitudes
from trainer.content.loader import load_catalogue

ROOT = Path(__file__).resolve().parents[3]


def test_shipped_statements_load_in_three_languages_with_sources() -> None:
    findings = {f.id for f in load_catalogue(ROOT / "modules").findings.items}
    statements, errors = load_attitudes(ROOT / "modules", findings)
    assert errors == []
    assert 8 <= len(statements) <= 12
    for s in statements:
        assert s.sections and s.covers
        assert all(s.text_in(lang).strip() for lang in ("en", "ru", "kk"))
        assert s.text_in("ru") != s.en and s.text_in("kk") != s.text_in("ru")


def test_a_broken_file_names_the_problem_and_keeps_nothing(tmp_path: Path) -> None:
    root = tmp_path / "modules"
    root.mkdir()
    shutil.copy(ROOT / "modules" / "terms.yaml", root / "terms.yaml")
    (root / "attitudes.yaml").write_text(
        "statements:\n"
        "  - id: a1\n    sections: ['§9.9']\n    en: One\n    ru: Один\n    kk: Бір\n"
        "  - id: a1\n    sections: ['§4.2']\n    en: Two\n    ru: охранный ордер\n    kk: Екі\n",
        encoding="utf-8",
    )
    statements, errors = load_attitudes(root)
    assert statements == []
    text = "\n".join(str(e) for e in errors)
    assert "modules/attitudes.yaml:2" in text and "unknown article section '§9.9'" in text
    assert "'a1' is listed twice" in text
    assert "ru: 'охранный ордер'" in text  # a refused variant of the term base
    (root / "attitudes.yaml").write_text("statements:\n  - id: a1\n    colour: red\n", encoding="utf-8")
    statements, errors = load_attitudes(root)
    assert statements == [] and any("colour" in str(e) for e in errors)

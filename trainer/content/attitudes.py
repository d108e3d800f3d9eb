"""Load ``attitudes.yaml``: the attitude statements of pre/post tests, checked like other content.

A broken file never stops a session: the statements are left out and each problem is reported
with its file and line, as the module loader does.
"""

from __future__ import annotations

from pathlib import Path

from trainer.content.citations import check_sections
from trainer.content.errors import ContentError
from trainer.content.yaml_source import YamlLoadError, load_yaml
from trainer.domain.prepost import AttitudeSet, AttitudeStatement

FILE_NAME = "attitudes.yaml"


def load_attitudes(
    root: Path, finding_ids: set[str] | None = None
) -> tuple[list[AttitudeStatement], list[ContentError]]:
    """The statements of ``root/attitudes.yaml`` (none when the file is absent) and the problems found."""
    from pydantic import TypeAdapter, ValidationError

    from trainer.content.schema import describe
    from trainer.content.terms import parse_term_base, scan_text

    path = root / FILE_NAME
    if not path.is_file():
        return [], []
    display = f"{root.name}/{FILE_NAME}"
    try:
        doc = load_yaml(path, display)
    except YamlLoadError as exc:
        return [], [exc.error]
    try:
        value: AttitudeSet = TypeAdapter(AttitudeSet).validate_python(doc.data)
    except ValidationError as exc:
        return [], describe(exc, doc, display)
    errors: list[ContentError] = []
    seen: set[str] = set()
    for i, s in enumerate(value.statements):
        line = doc.line(("statements", i))
        if s.id in seen:
            errors.append(ContentError(display, line, f"statement {s.id!r} is listed twice"))
        seen.add(s.id)
        errors.extend(
            ContentError(display, line, f"{s.id}: {msg}") for msg in check_sections(list(s.sections), None, None)
        )
        for c in s.covers:
            if finding_ids is not None and c not in finding_ids:
                errors.append(ContentError(display, line, f"{s.id}: covers {c!r}, which is not in findings.yaml"))
    terms_path = root / "terms.yaml"
    if terms_path.is_file():
        try:
            base, _ = parse_term_base(load_yaml(terms_path, "terms.yaml").data, "terms.yaml")
        except YamlLoadError:
            base = None
        for i, s in enumerate(value.statements if base else ()):
            for lang in ("en", "ru", "kk"):
                for _, _, found in scan_text(base, s.text_in(lang), lang):
                    line = doc.line(("statements", i, lang))
                    errors.append(ContentError(display, line, f"{s.id}: {lang}: {found!r} is not the term base's word"))
    if errors:
        return [], errors
    return list(value.statements), []

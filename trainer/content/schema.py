"""Pydantic adapters that validate YAML data straight into the domain dataclasses.

pydantic is imported on first use: a start-up served from the content cache never needs it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Annotated, Any

from trainer.content.errors import ContentError
from trainer.content.yaml_source import YamlDocument
from trainer.domain import model

if TYPE_CHECKING:
    from pydantic import TypeAdapter, ValidationError


@cache
def adapter(kind: str) -> TypeAdapter[Any]:
    """Adapters are built lazily: building them costs time the first screen should not pay."""
    from pydantic import Field, TypeAdapter

    types: dict[str, Any] = {
        "module": model.ModuleMeta,
        "translation": model.ModuleTranslation,
        "settings": model.QuizSettings,
        "question": Annotated[model.Question, Field(discriminator="type")],
        "glossary": model.Glossary,
        "findings": model.Findings,
        "sources": model.SourceList,
    }
    return TypeAdapter(types[kind])


def describe(errors: ValidationError, doc: YamlDocument, display: str, prefix: tuple = ()) -> list[ContentError]:
    """Turn pydantic's errors into ContentErrors with the YAML line of the offending key."""
    out = []
    for err in errors.errors():
        loc = tuple(err["loc"])
        # A discriminated union puts the tag first: ('single_choice', 'options', 0, 'id').
        if loc and isinstance(loc[0], str) and loc[0] in model.QUESTION_TYPES:
            loc = loc[1:]
        loc = (*prefix, *loc)
        field_path = ".".join(str(p) for p in loc) or "(file)"
        msg = err["msg"]
        if err["type"] == "unexpected_keyword_argument":
            msg = "unknown field"
        elif err["type"] == "union_tag_invalid":
            msg = f"unknown question type; use one of {', '.join(model.QUESTION_TYPES)}"
        elif err["type"] == "union_tag_not_found":
            msg = "question has no 'type'"
        out.append(ContentError(display, doc.line(loc), f"{field_path}: {msg}"))
    return out


def validate_into(
    kind: str, data: Any, doc: YamlDocument, display: str, prefix: tuple = ()
) -> tuple[Any, list[ContentError]]:
    from pydantic import ValidationError

    try:
        return adapter(kind).validate_python(data), []
    except ValidationError as exc:
        return None, describe(exc, doc, display, prefix)

"""The citations content may use: the article's sections and the laws it discusses.

A closed list keeps authors from citing a provision the article does not describe.
"""

from __future__ import annotations

ARTICLE_SECTIONS: frozenset[str] = frozenset(
    {"§1", "§2", "§3", "§4", "§4.1", "§4.1.1", "§4.1.2", "§4.1.3", "§4.2", "§5"}
)

LAWS: frozenset[str] = frozenset(
    {
        "Law 214-IV",
        "Law 214-IV Art. 17",
        "Law 214-IV Art. 17(3)",
        "Law 214-IV Art. 17(3-1)",
        "Law 214-IV Art. 20",
        "Law 214-IV Art. 21",
        "Law 214-IV Art. 22",
        "Law 214-IV Art. 25",
        "Law 72-VIII",
        "Administrative Offences Code (2023)",
        "Concept of Family and Gender Policy 2030",
        "Concept of Ensuring Public Safety 2024-2028",
        "CEDAW",
    }
)

INTERNATIONAL_PREFIXES: tuple[str, ...] = (
    "Istanbul Convention",
    "UN Essential Services Package",
    "WHO LIVES",
)


def check_source(article: str | list[str] | None, law: str | None, international: str | None) -> list[str]:
    """Problems with one citation, as messages."""
    problems: list[str] = []
    sections = [] if article is None else [article] if isinstance(article, str) else list(article)
    if not sections and not law and not international:
        problems.append("source cites nothing: give an article section and/or a law")
    for s in sections:
        if s not in ARTICLE_SECTIONS:
            problems.append(f"unknown article section {s!r}; use one of {', '.join(sorted(ARTICLE_SECTIONS))}")
    if law is not None and law not in LAWS:
        problems.append(f"unknown law citation {law!r}; see modules/README.md for the allowed list")
    if international is not None and not international.startswith(INTERNATIONAL_PREFIXES):
        problems.append(
            f"international source {international!r} must begin with one of: {', '.join(INTERNATIONAL_PREFIXES)}"
        )
    return problems

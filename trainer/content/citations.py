"""The citations content may use: the article's sections, and the sources in ``sources.yaml``.

The study's sections are a closed list; every other source (a law, a manual of international
practice) must be registered in ``modules/sources.yaml`` with its edition, so that no provision
is invented and ``modules/SOURCES.md`` can list every source with its date.
"""

from __future__ import annotations

from trainer.domain.model import SourceList

ARTICLE_SECTIONS: frozenset[str] = frozenset(
    {"§1", "§2", "§3", "§4", "§4.1", "§4.1.1", "§4.1.2", "§4.1.3", "§4.2", "§5"}
)


def check_sections(article: str | list[str] | None, law: str | None, international: str | None) -> list[str]:
    """Problems a citation has on its own: nothing cited, or a section the study does not have."""
    problems: list[str] = []
    sections = [] if article is None else [article] if isinstance(article, str) else list(article)
    if not sections and not law and not international:
        problems.append("source cites nothing: give an article section and/or a law")
    for s in sections:
        if s not in ARTICLE_SECTIONS:
            problems.append(f"unknown article section {s!r}; use one of {', '.join(sorted(ARTICLE_SECTIONS))}")
    return problems


def check_registered(law: str | None, international: str | None, registry: SourceList, keyed: bool) -> list[str]:
    """Problems of a citation against the registry; ``keyed`` citations (questions) need confirmed sources."""
    problems: list[str] = []
    if law is not None:
        entry = registry.law(law)
        if entry is None:
            problems.append(f"law citation {law!r} is not listed in sources.yaml")
        elif keyed and not entry.confirmed:
            problems.append(f"{law!r} is not confirmed in a primary text (sources.yaml); no question may key on it")
    if international is not None:
        entry = registry.international(international)
        if entry is None:
            ids = ", ".join(s.id for s in registry.sources if s.kind == "international") or "none listed"
            problems.append(f"international source {international!r} must begin with a source in sources.yaml ({ids})")
        elif keyed and not entry.confirmed:
            problems.append(f"{international!r} is not confirmed (sources.yaml); no question may key on it")
    return problems

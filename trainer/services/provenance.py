"""The "Unofficial" tag on module titles, for services and documents (no Qt here).

The tag text is passed in already translated by the caller that has Qt (``ui/``, ``documents/``);
``UNOFFICIAL`` is the English source text of ``QCoreApplication.translate("Provenance", "Unofficial")``
and the default where nothing translates (the command line).
"""

from __future__ import annotations

from trainer.domain.model import Module

UNOFFICIAL = "Unofficial"  # QT_TRANSLATE_NOOP("Provenance", "Unofficial")


def tagged_title(module: Module, language: str, tag: str = UNOFFICIAL) -> str:
    """The module's title in ``language``, with ``[tag]`` when no trusted publisher signed it."""
    title = module.title_in(language)
    return f"{title} [{tag}]" if module.unofficial else title

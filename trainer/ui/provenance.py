"""The "Unofficial" tag beside the title of a module no trusted publisher signed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainer.domain.model import Module
from trainer.services.provenance import tagged_title


def unofficial_tag() -> str:
    return QCoreApplication.translate("Provenance", "Unofficial")


def module_title(module: Module, language: str) -> str:
    """The module's title in ``language``, tagged when it came from an unsigned or untrusted pack."""
    return tagged_title(module, language, unofficial_tag())


def unofficial_note() -> str:
    """Why the tag is there, for a tooltip or a line under the title."""
    return QCoreApplication.translate(
        "Provenance",
        "Unofficial: installed from a content pack that no trusted publisher signed. "
        "Its content and answers have not been checked by the official publisher.",
    )

"""Fonts for PDF documents: DejaVu covers Latin, Cyrillic and the Kazakh letters (ә ғ қ ң ө ұ ү һ і)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from trainer import paths

FONT_FAMILY = "DejaVu Sans"
MONO_FAMILY = "DejaVu Sans Mono"


def ensure_fonts() -> None:
    """Register bundled DejaVu fonts (assets/fonts) when the system has none, as on Windows."""
    if FONT_FAMILY in QFontDatabase.families():
        return
    folder = paths.assets_dir() / "fonts"
    for ttf in sorted(folder.glob("DejaVu*.ttf")) if folder.is_dir() else []:
        QFontDatabase.addApplicationFont(str(ttf))

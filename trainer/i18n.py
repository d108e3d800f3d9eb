"""Interface language: Qt translators for Qorgau and for Qt's own dialogs, and the locale.

The language is a setting chosen at first run; content follows it (module.<lang>.yaml,
quiz.<lang>.yaml, lesson.<lang>.md) with English as the fallback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from trainer import paths

# Each language named in itself, so a learner finds their own whatever the current language.
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
DEFAULT_LANGUAGE = "en"


class Translators:
    """Keeps the installed QTranslator objects alive and swaps them when the language changes."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> list[str]:
        """Install translators for ``language``; return the names of files that were loaded."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(QLocale(language if language in LANGUAGES else DEFAULT_LANGUAGE))
        if language == DEFAULT_LANGUAGE or language not in LANGUAGES:
            return []
        loaded = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{language}", qt_dir), (f"qorgau_{language}", str(paths.assets_dir() / "i18n"))):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)
                loaded.append(name)
        return loaded


@contextmanager
def in_language(language: str) -> Iterator[None]:
    """Translate into ``language`` for the duration (documents printed in a second language).

    The extra translators are installed last, so Qt consults them first; on leaving, they are
    removed and the interface language and locale are as before.
    """
    app = QCoreApplication.instance()
    previous_locale = QLocale()
    extra: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"qorgau_{language}", str(paths.assets_dir() / "i18n"))):
        translator = QTranslator(app)
        if language != DEFAULT_LANGUAGE and translator.load(name, folder):
            app.installTranslator(translator)
            extra.append(translator)
    QLocale.setDefault(QLocale(language))
    try:
        yield
    finally:
        for translator in extra:
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)

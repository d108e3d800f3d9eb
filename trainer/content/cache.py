"""A cache of the loaded catalogue, so the app starts without parsing and validating every file.

The cache is keyed by the app version and the path, size and modification time of every file in
the bundled content folder, and by the SHA-256 of every file installed from content packs (the
data folder can be written by others than the app, and a changed file must not slip past the
checks against its install record with a reset modification time): any edit, added or removed
file, or new version of Qorgau rebuilds it, and rebuilding checks installed files again. It
lives in the user's data folder, which only that user can write.

The quizzes in Russian and Kazakh are two thirds of the catalogue. They are kept in a file per
language beside it and read the first time a quiz in that language is asked for, so an English
session never holds them, and a Russian one holds only Russian.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from trainer import __version__
from trainer.content.loader import Catalogue, load_catalogue
from trainer.domain.model import Quiz

CACHE_NAME = "catalogue.pickle"
CACHE_FORMAT = 3  # 2: modules carry their provenance; 3: translated quizzes in files of their own
_UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError, KeyError)


def fingerprint(folders: Sequence[Path], hashed: Sequence[Path] = (), extra: str = "") -> str:
    """A key for the content: stat data of ``folders``, the SHA-256 of every file in ``hashed``.

    The key is kept whole, not hashed: comparing a few tens of kilobytes costs nothing, can never
    collide, and a start-up without content packs loads no hash library (OpenSSL, 3 MiB).
    """
    lines = [f"{__version__}|{sys.version_info[:2]}|{CACHE_FORMAT}|{extra}"]
    for folder in hashed:
        lines.append(str(folder.resolve()))
        if folder.is_dir():
            from trainer.content.installed import file_hashes

            lines.extend(f"{rel}|{sha}" for rel, sha in file_hashes(folder).items())
    for folder in folders:
        lines.append(str(folder.resolve()))
        if not folder.is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames.sort()
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                lines.append(f"{path}|{st.st_size}|{st.st_mtime_ns}")
    return "\n".join(lines)


def quizzes_file(cache_dir: Path, language: str) -> Path:
    return cache_dir / f"catalogue-quizzes-{language}.pickle"


def load_catalogue_cached(
    root: Path, overlays: Sequence[Path], cache_dir: Path, official: frozenset[str] | None = None
) -> Catalogue:
    """The catalogue from the cache when the content has not changed, else loaded and cached."""
    from trainer.content.signing import official_keys

    official = official_keys() if official is None else official
    key = fingerprint([root], hashed=overlays, extra=",".join(sorted(official)))
    cache_file = cache_dir / CACHE_NAME
    try:
        with cache_file.open("rb") as fh:
            stored = pickle.load(fh)
        if isinstance(stored, dict) and stored.get("key") == key and isinstance(stored.get("catalogue"), Catalogue):
            files = TranslatedQuizFiles(
                cache_dir, key, lambda: load_catalogue(root, overlays=overlays, official=official)
            )
            return _with_lazy_quizzes(stored["catalogue"], stored["languages"], files)
    except _UNREADABLE:
        pass  # no cache yet, or one from another version: rebuild it
    catalogue = load_catalogue(root, overlays=overlays, official=official)
    try:
        _store(catalogue, key, cache_dir)
    except OSError:
        pass  # a read-only or full data folder only costs the next start-up some time
    return catalogue


def _store(catalogue: Catalogue, key: str, cache_dir: Path) -> None:
    """Write the translated quizzes (one file per language), then the catalogue without them."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    by_language: dict[str, dict[str, Quiz]] = {}
    for mid, module in catalogue.modules.items():
        for language, quiz in module.quiz_translations.items():
            by_language.setdefault(language, {})[mid] = quiz
    for language, quizzes in by_language.items():
        _write(quizzes_file(cache_dir, language), {"key": key, "quizzes": quizzes})
    lean = dataclasses.replace(
        catalogue,
        modules={mid: dataclasses.replace(m, quiz_translations={}) for mid, m in catalogue.modules.items()},
    )
    languages = {mid: tuple(m.quiz_translations) for mid, m in catalogue.modules.items()}
    _write(cache_dir / CACHE_NAME, {"key": key, "catalogue": lean, "languages": languages})


def _write(path: Path, payload: dict) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)


def _with_lazy_quizzes(
    catalogue: Catalogue, languages: Mapping[str, Sequence[str]], files: TranslatedQuizFiles
) -> Catalogue:
    for mid, module in list(catalogue.modules.items()):
        if languages.get(mid):
            lazy = TranslatedQuizzes(files, mid, languages[mid])
            catalogue.modules[mid] = dataclasses.replace(module, quiz_translations=lazy)
    return catalogue


class TranslatedQuizFiles:
    """The translated quizzes of one cached catalogue, read one language at a time on first use.

    A file that is missing, damaged or from another content (another process rebuilt the cache
    meanwhile) is not trusted: the content is loaded again and its translations used instead.
    """

    def __init__(self, cache_dir: Path, key: str, reload: Callable[[], Catalogue]) -> None:
        self.cache_dir = cache_dir
        self.key = key
        self._reload = reload
        self._loaded: dict[str, dict[str, Quiz]] = {}
        self._lock = threading.Lock()  # reports may ask from a worker thread

    def quizzes(self, language: str) -> dict[str, Quiz]:
        """Module id -> its quiz in ``language``."""
        with self._lock:
            found = self._loaded.get(language)
            if found is None:
                found = self._read(language)
                if found is None:
                    fresh = self._reload()
                    for mid, module in fresh.modules.items():
                        for lang, quiz in module.quiz_translations.items():
                            self._loaded.setdefault(lang, {}).setdefault(mid, quiz)
                    found = self._loaded.get(language, {})
                self._loaded[language] = found
            return found

    def _read(self, language: str) -> dict[str, Quiz] | None:
        try:
            with quizzes_file(self.cache_dir, language).open("rb") as fh:
                stored = pickle.load(fh)
            if isinstance(stored, dict) and stored.get("key") == self.key and isinstance(stored["quizzes"], dict):
                return stored["quizzes"]
        except _UNREADABLE:
            pass
        return None


class TranslatedQuizzes(Mapping[str, Quiz]):
    """``Module.quiz_translations`` of a cached module: the languages are known, the quizzes are
    read when first asked for (``lang in`` reads nothing)."""

    def __init__(self, files: TranslatedQuizFiles, module_id: str, languages: Iterable[str]) -> None:
        self._files = files
        self._module_id = module_id
        self._languages = tuple(languages)

    def __getitem__(self, language: str) -> Quiz:
        if language not in self._languages:
            raise KeyError(language)
        quiz = self._files.quizzes(language).get(self._module_id)
        if quiz is None:  # the content changed under the running app and lost this translation
            raise KeyError(language)
        return quiz

    def __contains__(self, language: object) -> bool:
        return language in self._languages

    def __iter__(self) -> Iterator[str]:
        return iter(self._languages)

    def __len__(self) -> int:
        return len(self._languages)

    def __repr__(self) -> str:
        return f"TranslatedQuizzes({self._module_id!r}, {self._languages!r})"

    def __reduce__(self) -> tuple:
        return (dict, (dict(self.items()),))  # a copy holds the quizzes themselves

"""A cache of the loaded catalogue, so the app starts without parsing and validating every file.

The cache is keyed by the app version and the path, size and modification time of every file in
the bundled content folder, and by the SHA-256 of every file installed from content packs (the
data folder can be written by others than the app, and a changed file must not slip past the
checks against its install record with a reset modification time): any edit, added or removed
file, or new version of Qorgau rebuilds it, and rebuilding checks installed files again. It
lives in the user's data folder, which only that user can write.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path

from trainer import __version__
from trainer.content.loader import Catalogue, load_catalogue

CACHE_NAME = "catalogue.pickle"
CACHE_FORMAT = 2  # 2: modules carry their provenance


def fingerprint(folders: Sequence[Path], hashed: Sequence[Path] = (), extra: str = "") -> str:
    """A key for the content: stat data of ``folders``, full contents of ``hashed``."""
    digest = hashlib.sha256(f"{__version__}|{sys.version_info[:2]}|{CACHE_FORMAT}|{extra}".encode())
    for folder in hashed:
        digest.update(str(folder.resolve()).encode())
        if folder.is_dir():
            from trainer.content.installed import file_hashes

            for rel, sha in file_hashes(folder).items():
                digest.update(f"{rel}|{sha}\n".encode())
    for folder in folders:
        digest.update(str(folder.resolve()).encode())
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
                digest.update(f"{path}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()


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
            return stored["catalogue"]
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass  # no cache yet, or one from another version: rebuild it
    catalogue = load_catalogue(root, overlays=overlays, official=official)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump({"key": key, "catalogue": catalogue}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache_file)
    except OSError:
        pass  # a read-only or full data folder only costs the next start-up some time
    return catalogue

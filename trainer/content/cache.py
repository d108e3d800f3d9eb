"""A cache of the loaded catalogue, so the app starts without parsing and validating every file.

The cache is keyed by the app version and the path, size and modification time of every file in
the content folders: any edit, added or removed file, or new version of Qorgau rebuilds it. It
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


def fingerprint(folders: Sequence[Path]) -> str:
    digest = hashlib.sha256(f"{__version__}|{sys.version_info[:2]}".encode())
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


def load_catalogue_cached(root: Path, overlays: Sequence[Path], cache_dir: Path) -> Catalogue:
    """The catalogue from the cache when the content has not changed, else loaded and cached."""
    key = fingerprint([root, *overlays])
    cache_file = cache_dir / CACHE_NAME
    try:
        with cache_file.open("rb") as fh:
            stored = pickle.load(fh)
        if isinstance(stored, dict) and stored.get("key") == key and isinstance(stored.get("catalogue"), Catalogue):
            return stored["catalogue"]
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass  # no cache yet, or one from another version: rebuild it
    catalogue = load_catalogue(root, overlays=overlays)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump({"key": key, "catalogue": catalogue}, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache_file)
    except OSError:
        pass  # a read-only or full data folder only costs the next start-up some time
    return catalogue

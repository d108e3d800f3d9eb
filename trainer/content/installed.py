"""Modules installed from content packs, loaded beside the bundled ones.

The bundled modules ship inside the executable and cannot change; a ministry sends new or
updated modules as content packs that are unpacked into the user's data folder
(``<data_dir>/content``). Where both hold a module, the newer version wins, so an update
replaces the bundled copy without rebuilding the app.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.content.loader import Catalogue, _Loaded

INSTALLED_FOLDER = "content"


def installed_dir(data_dir: Path) -> Path:
    """Where content packs are unpacked: a folder of module folders in the data folder."""
    return data_dir / INSTALLED_FOLDER


def version_key(version: str) -> tuple:
    """Sort key for versions like '1.2.10' (numerically, part by part); text parts sort after numbers."""
    parts = re.split(r"[.\-+]", version.strip())
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def is_newer(candidate: str, current: str) -> bool:
    return version_key(candidate) > version_key(current)


def overlay_modules(base: list[tuple[Path, _Loaded]], extra: list[tuple[Path, _Loaded]]) -> list[tuple[Path, _Loaded]]:
    """Join two lists of loaded module folders; for a module in both, keep the newer version.

    A folder that failed to load is kept (so its errors are reported) beside the one that loaded.
    On equal versions the installed copy wins: it is what the trainer chose to install.
    """
    out = list(base)
    index = {r.meta.id: i for i, (_, r) in enumerate(out) if r.meta is not None and r.module is not None}
    for folder, result in extra:
        if result.meta is None or result.module is None:
            out.append((folder, result))
            continue
        i = index.get(result.meta.id)
        if i is None:
            index[result.meta.id] = len(out)
            out.append((folder, result))
            continue
        current = out[i][1].meta
        assert current is not None
        if not is_newer(current.version, result.meta.version):
            out[i] = (folder, result)
    return out


def load_with_installed(bundled: Path, data_dir: Path) -> Catalogue:
    """The bundled modules plus those installed from content packs into ``data_dir``."""
    from trainer.content.loader import load_catalogue

    return load_catalogue(bundled, overlays=[installed_dir(data_dir)])

"""A cheaper form of PySide6's per-import check, which is paid for every module the app imports.

Once PySide6 is loaded, its ``__feature__`` import hook asks of every module named in an import
statement whether its source mentions "PySide6" (``shibokensupport.feature._mod_uses_pyside``),
and answers with ``inspect.getsource``: each file is decoded, split into lines and kept in
``linecache`` for the life of the process. Over the hundred modules of the start path that is
about 10 ms of every start, and memory. ``install`` gives the hook the same answer from one raw
read of the file; anything else (no file, not a ``.py`` file, an unreadable one) still goes to
PySide6's own check, and a PySide6 without that function is left as it is.
"""

from __future__ import annotations

import sys
from types import ModuleType


def install() -> bool:
    """Replace the check, once; False when this PySide6 has no such check (nothing changed)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original):
        return False
    if getattr(original, "reads_raw", False):
        return True

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    mod_uses_pyside.reads_raw = True  # type: ignore[attr-defined]
    mod_uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[union-attr]
    return True

"""Where things are: bundled resources (also when frozen by PyInstaller) and the user's data.

Bundled files are read-only; user data never goes inside the bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_ENV = "QORGAU_DATA_DIR"
CONTENT_ENV = "QORGAU_CONTENT_DIR"
# The data folder's lock (QLockFile): held by the app and by every command that writes there.
LOCK_FILENAME = "qorgau.lock"


def write_problem(folder: Path) -> str | None:
    """Why nothing can be written in ``folder`` (disk full, read-only), or None when a file can be made.

    Used to word a failure whose own error says too little, such as a lock file that could not
    be created.
    """
    import errno
    import tempfile

    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-") as f:
            f.write(b"x" * 4096)
            f.flush()
            os.fsync(f.fileno())
    except OSError as exc:
        if exc.errno == errno.ENOSPC or exc.errno == getattr(errno, "EDQUOT", None):
            return "the disk is full"
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "the folder is read-only or you lack permission to write there"
        return exc.strerror or str(exc)
    return None


def bundle_root() -> Path:
    """The folder holding modules/ and assets/: the PyInstaller bundle, or the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def content_dir(override: str | None = None) -> Path:
    value = override or os.environ.get(CONTENT_ENV)
    return Path(value) if value else bundle_root() / "modules"


def assets_dir() -> Path:
    return bundle_root() / "assets"


def portable_dir() -> Path | None:
    """A data folder beside the executable when a file named 'portable' sits there."""
    if not getattr(sys, "frozen", False):
        return None
    exe_dir = Path(sys.executable).resolve().parent
    return exe_dir / "data" if (exe_dir / "portable").exists() else None


def data_dir(override: str | None = None) -> Path:
    """--data-dir, then QORGAU_DATA_DIR, then portable mode, then the platform's app-data folder."""
    value = override or os.environ.get(DATA_ENV)
    if value:
        return Path(value)
    portable = portable_dir()
    if portable is not None:
        return portable
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName("Qorgau")
    QCoreApplication.setApplicationName("Qorgau")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)

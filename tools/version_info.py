"""The Windows version resource of Qorgau.exe, written by build.spec from trainer.__version__.

Written as PyInstaller's text form on every OS, so the Linux tests can check that it parses even
though only a Windows build embeds it.
"""

from __future__ import annotations

import re
from pathlib import Path


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' or '1.2.3rc1' -> (1, 2, 3, 0): Windows wants exactly four numbers."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def write_version_file(version: str, path: Path) -> Path:
    """Write the version resource for ``version`` to ``path`` and return the path."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    strings = {
        "CompanyName": "Qorgau",
        "FileDescription": "Qorgau: offline training on violence against women",
        "FileVersion": version,
        "InternalName": "Qorgau",
        "LegalCopyright": "GPL-3.0-or-later; training content CC BY 4.0",
        "OriginalFilename": "Qorgau.exe",
        "ProductName": "Qorgau",
        "ProductVersion": version,
    }
    info = VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo([StringTable("040904B0", [StringStruct(k, v) for k, v in strings.items()])]),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(str(info), encoding="utf-8")
    return path

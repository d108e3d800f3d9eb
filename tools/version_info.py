"""The Windows version resource of Qorgau.exe, written by build.spec from trainer.__version__.

Written as PyInstaller's text form on every OS, so the Linux tests can check that it parses even
though only a Windows build embeds it.
"""

from __future__ import annotations

import re
from pathlib import Path


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' or '1.2.3rc1' -> (1, 2, 3, 0): Windows wants exactly four numbers."""
    release = re.match(r"\d+(\.\d+)*", version)
    numbers = [int(n) for n in release.group().split(".")] if release else []
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def write_version_file(version: str, path: Path) -> Path:
    """Write the version resource for ``version`` to ``path`` and return the path.

    The text is what PyInstaller's ``VSVersionInfo`` prints and reads back with ``eval``; it is written
    directly because PyInstaller's classes import pefile, which is installed on Windows only.
    """
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
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    text = f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3F, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path

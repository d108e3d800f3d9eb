"""Draw Qorgau's icon (a shield with a "Q") and write it in every format the installers need.

Run ``python tools/make_icons.py`` after changing the drawing; the outputs are committed so a build
needs nothing but PyInstaller. The "Q" is drawn as paths, not text, so no font is needed and the
result is the same on every machine.

Writes assets/icons/qorgau.svg, qorgau.png (256 px), qorgau.ico (Windows: 16-256 px) and
qorgau.icns (macOS: 16-1024 px). ICO and ICNS hold PNG images, which both formats allow.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"

SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Qorgau</title>
  <defs>
    <linearGradient id="field" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1f5f8b"/>
      <stop offset="1" stop-color="#123a57"/>
    </linearGradient>
  </defs>
  <path d="M256 24 L448 88 C448 270 392 402 256 488 C120 402 64 270 64 88 Z"
        fill="url(#field)" stroke="#d4a72c" stroke-width="20" stroke-linejoin="round"/>
  <path d="M256 62 L414 114 C412 268 364 378 256 450 C148 378 100 268 98 114 Z"
        fill="none" stroke="#ffffff" stroke-opacity="0.25" stroke-width="4" stroke-linejoin="round"/>
  <circle cx="256" cy="238" r="92" fill="none" stroke="#ffffff" stroke-width="38"/>
  <path d="M280 282 L352 362" stroke="#ffffff" stroke-width="40" stroke-linecap="round"/>
</svg>
"""

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, by pixel size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render_png(svg: bytes, size: int) -> bytes:
    """The SVG drawn at size x size pixels with antialiasing, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("the icon SVG does not parse")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns made of PNG elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    svg = SVG.encode()
    (ICONS / "qorgau.svg").write_bytes(svg)
    sizes = sorted({*ICO_SIZES, *(s for _, s in ICNS_TYPES)})
    pngs = {size: render_png(svg, size) for size in sizes}
    (ICONS / "qorgau.png").write_bytes(pngs[256])
    (ICONS / "qorgau.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "qorgau.icns").write_bytes(icns(pngs))
    for name in ("qorgau.svg", "qorgau.png", "qorgau.ico", "qorgau.icns"):
        print(f"wrote {ICONS / name} ({(ICONS / name).stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

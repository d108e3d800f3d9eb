"""What a PyInstaller build of a PySide6 *widgets* app leaves out; shared by build.spec and benchmarks.

Excluding Python modules stops PyInstaller from analysing them, but the PySide6 hooks still collect
Qt plugins by category, and a plugin drags in the Qt libraries it links to: the virtual-keyboard
input plugin brings Qml and Quick, the PDF image-format plugin brings QtPdf, the gtk3 platform
theme brings the whole GTK stack. So after ``Analysis`` we drop the plugins a widgets app does not
load, then drop every library that only those plugins needed (worked out from the real link-time
dependencies, so nothing that a kept binary links to can be lost, on Linux, Windows or macOS).
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Iterable

# Qt for Python modules the app never imports. Essentials and Addons both install; without these
# excludes the PySide6 hooks would turn every Qt library a plugin links to into a Python import.
QT_MODULES_UNUSED = (
    "Qt3DAnimation Qt3DCore Qt3DExtras Qt3DInput Qt3DLogic Qt3DRender QtAxContainer QtBluetooth QtCanvasPainter "
    "QtConcurrent QtDataVisualization QtDBus QtDesigner QtGraphs QtGraphsWidgets QtHelp QtHttpServer "
    "QtLocation QtMultimedia QtMultimediaWidgets QtNetwork QtNetworkAuth QtNfc QtOpenGL QtOpenGLWidgets "
    "QtPdf QtPdfWidgets QtPositioning QtPrintSupport QtQml QtQuick QtQuick3D QtQuickControls2 QtQuickTest "
    "QtQuickWidgets QtRemoteObjects QtScxml QtSensors QtSerialBus QtSerialPort QtSpatialAudio QtSql "
    "QtStateMachine QtSvgWidgets QtTest QtTextToSpeech QtUiTools QtWebChannel QtWebEngineCore "
    "QtWebEngineQuick QtWebEngineWidgets QtWebSockets QtWebView QtXml"
).split()

# Python packages installed for development, or reached only through optional imports the app never
# takes (pydantic's e-mail validation, Markdown's code highlighting, async event loops).
PYTHON_UNUSED = (
    "tkinter _tkinter pytest _pytest pytestqt hypothesis pypdf ruff pip IPython "
    "pygments email_validator dns anyio sniffio trio uvloop dotenv httpx httpcore "
    "bcrypt passlib ralph uvicorn fastapi starlette requests "
    # East Asian codecs (0.9 MB): text the app reads is UTF-8, and Russian/Kazakh code pages are pure Python.
    "_codecs_cn _codecs_hk _codecs_jp _codecs_kr _codecs_tw _codecs_iso2022 _multibytecodec"
).split()

EXCLUDES = [f"PySide6.{name}" for name in QT_MODULES_UNUSED] + list(PYTHON_UNUSED)

# Plugin folders a widgets app loads from; plugins in any other folder are dropped.
PLUGIN_FOLDERS_KEPT = {
    "platforms",
    "platforminputcontexts",
    "platformthemes",
    "imageformats",
    "iconengines",
    "xcbglintegrations",
    "styles",
}
# Within the kept folders, plugins a widgets app does not need (matched against the file name).
PLUGINS_DROPPED = re.compile(
    r"virtualkeyboard"  # input panel written in QML: pulls in Qml, Quick and friends
    r"|qpdf"  # PDF image format: pulls in QtPdf; the app writes PDFs with QPdfWriter (QtGui)
    r"|gtk3"  # GTK platform theme: pulls in GTK, GDK, Pango, Cairo, ATK
    r"|qeglfs|qlinuxfb|qminimalegl|qvkkhrdisplay|qvnc|qwayland|qdirect2d"  # platforms other than xcb/offscreen
    r"|qtiff|qwebp|qtga|qwbmp|qicns",  # image formats no module or icon uses
    re.IGNORECASE,
)
# Qt's own translations: only the base ones (dialog buttons and the like) in the app's languages.
QT_TRANSLATIONS_KEPT = re.compile(r"^qt(base)?_(en|ru|kk)\.qm$")


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def plugin_kept(dest: str) -> bool:
    """False for a Qt plugin the app does not need; True for everything that is not a Qt plugin."""
    parts = _norm(dest).split("/")
    if "plugins" not in parts or not parts[0].startswith("PySide6"):
        return True
    folder = parts[parts.index("plugins") + 1] if parts.index("plugins") + 1 < len(parts) - 1 else ""
    return folder in PLUGIN_FOLDERS_KEPT and not PLUGINS_DROPPED.search(parts[-1])


def data_kept(dest: str) -> bool:
    """False for bundled Qt data the app does not use: QML files, WebEngine resources, other translations."""
    parts = _norm(dest).split("/")
    if not parts[0].startswith("PySide6"):
        return True
    if "qml" in parts or "resources" in parts or "metatypes" in parts:
        return False
    if "translations" in parts:
        return bool(QT_TRANSLATIONS_KEPT.match(parts[-1]))
    return True


def _closure(roots: Iterable[str], deps) -> set[str]:
    """Every file reachable from roots through link-time dependencies."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        todo.extend(deps(path))
    return seen


def filter_toc(binaries: list, datas: list, get_imports=None) -> tuple[list, list, list[str]]:
    """Drop unused plugins, the libraries only they needed, and unused Qt data.

    Args:
        binaries: ``a.binaries`` after Analysis: (dest, source, typecode) entries.
        datas: ``a.datas`` after Analysis.
        get_imports: ``f(path) -> iterable of (name, resolved path)``; PyInstaller's bindepend by default.

    Returns:
        The kept binaries, the kept datas, and the destination names that were dropped.
    """
    if get_imports is None:
        from PyInstaller.depend.bindepend import get_imports

    by_source = {os.path.realpath(src): (dest, src, kind) for dest, src, kind in binaries}
    by_name: dict[str, str] = {}
    for dest, src, _ in binaries:
        by_name.setdefault(os.path.basename(dest).lower(), os.path.realpath(src))

    def deps(path: str) -> list[str]:
        found = []
        for name, resolved in get_imports(path):
            real = os.path.realpath(resolved) if resolved else None
            if real in by_source:
                found.append(real)
            elif os.path.basename(name).lower() in by_name:
                found.append(by_name[os.path.basename(name).lower()])
        return found

    def is_root(dest: str, kind: str) -> bool:
        return kind == "EXTENSION" or "/plugins/" in "/" + _norm(dest)

    all_roots = [os.path.realpath(src) for dest, src, kind in binaries if is_root(dest, kind)]
    kept_roots = [os.path.realpath(src) for dest, src, kind in binaries if is_root(dest, kind) and plugin_kept(dest)]
    # Needed before but not after dropping plugins: only the dropped plugins used it. Files that no
    # root links to (loaded with dlopen, like libpython or opengl32sw.dll) are in neither set and stay.
    unneeded = _closure(all_roots, deps) - _closure(kept_roots, deps)
    gone = {_norm(dest) for dest, src, kind in binaries if kind != "SYMLINK" and os.path.realpath(src) in unneeded}
    gone |= {_norm(dest) for dest, _, kind in datas if kind != "SYMLINK" and not data_kept(dest)}

    def kept(entry: tuple) -> bool:
        dest, src, kind = entry
        if kind == "SYMLINK":  # PyInstaller's links (lib -> PySide6/Qt/lib/lib): go with their target
            return posixpath.normpath(posixpath.join(posixpath.dirname(_norm(dest)), _norm(src))) not in gone
        return _norm(dest) not in gone

    kept_binaries = [entry for entry in binaries if kept(entry)]
    kept_datas = [entry for entry in datas if kept(entry)]
    dropped = sorted({entry[0] for entry in binaries + datas} - {entry[0] for entry in kept_binaries + kept_datas})
    return kept_binaries, kept_datas, dropped

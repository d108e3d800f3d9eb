"""The packaging pieces that can be checked without building: filters, version resource, portable
mode, the About box, the Linux install script and the icons."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_MODULES
from trainer import __version__, paths

sys.path.insert(0, str(ROOT / "tools"))

from bundle_filters import EXCLUDES, filter_toc, plugin_kept
from version_info import version_tuple, write_version_file


def test_unused_qt_plugins_are_dropped_and_used_ones_kept():
    for dropped in (
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6\\plugins\\imageformats\\qpdf.dll",
    ):
        assert not plugin_kept(dropped), dropped
    for kept in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/lib/libQt6Core.so.6",
    ):
        assert plugin_kept(kept), kept


def test_excludes_keep_every_qt_module_the_app_uses():
    for used in ("QtCore", "QtGui", "QtWidgets", "QtCharts", "QtSvg"):
        assert f"PySide6.{used}" not in EXCLUDES
    for unused in ("QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtPdf"):
        assert f"PySide6.{unused}" in EXCLUDES


def test_only_libraries_that_dropped_plugins_alone_needed_are_dropped(tmp_path):
    """Libraries shared with a kept binary stay; libraries loaded by dlopen (linked by nothing) stay."""
    files = {}
    for name in ("xcb", "vkb", "Qml", "Core", "Gui", "python", "ext"):
        files[name] = tmp_path / name
        files[name].write_bytes(b"")
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", str(files["xcb"]), "BINARY"),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", str(files["vkb"]), "BINARY"),
        ("PySide6/Qt/lib/libQt6Qml.so.6", str(files["Qml"]), "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", str(files["Core"]), "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", str(files["Gui"]), "BINARY"),
        ("libpython3.11.so.1.0", str(files["python"]), "BINARY"),
        ("PySide6/QtGui.abi3.so", str(files["ext"]), "EXTENSION"),
        ("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    links = {
        "xcb": ["Gui"],
        "vkb": ["Qml", "Gui"],
        "Qml": ["Core"],
        "Gui": ["Core"],
        "ext": ["Gui"],
    }

    def get_imports(path):
        name = Path(path).name
        return [(f"lib{dep}", str(files[dep])) for dep in links.get(name, [])]

    datas = [
        ("PySide6/Qt/qml/QtQuick/qmldir", "x", "DATA"),
        ("PySide6/Qt/translations/qtbase_ru.qm", "x", "DATA"),
        ("PySide6/Qt/translations/qtwebengine_ru.qm", "x", "DATA"),
        ("modules/core/module.yaml", "x", "DATA"),
    ]
    kept_binaries, kept_datas, dropped = filter_toc(binaries, datas, get_imports)
    kept = {dest for dest, _, _ in kept_binaries + kept_datas}
    assert "PySide6/Qt/lib/libQt6Qml.so.6" not in kept and "libQt6Qml.so.6" not in kept
    assert "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so" not in kept
    for needed in ("PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "libQt6Core.so.6",
                   "libpython3.11.so.1.0", "modules/core/module.yaml", "PySide6/Qt/translations/qtbase_ru.qm"):  # fmt: skip
        assert needed in kept, needed
    assert "PySide6/Qt/qml/QtQuick/qmldir" in dropped
    assert "PySide6/Qt/translations/qtwebengine_ru.qm" in dropped


def test_windows_version_resource_carries_the_package_version(tmp_path):
    """The text PyInstaller evaluates on Windows: parsed here with stand-ins for its classes."""
    calls = {}

    def recorder(name):
        def make(*args, **kwargs):
            calls.setdefault(name, []).append((args, kwargs))
            return name

        return make

    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    text = write_version_file(__version__, tmp_path / "version.txt").read_text(encoding="utf-8")
    eval(text, {name: recorder(name) for name in names})
    numbers = version_tuple(__version__)
    assert calls["FixedFileInfo"][0][1]["filevers"] == numbers == calls["FixedFileInfo"][0][1]["prodvers"]
    strings = dict(args for args, _ in calls["StringStruct"])
    assert strings["ProductVersion"] == strings["FileVersion"] == __version__
    assert strings["OriginalFilename"] == "Qorgau.exe"
    assert version_tuple("1.2.3rc1") == (1, 2, 3, 0)


def test_portable_marker_beside_the_frozen_executable_keeps_data_beside_it(tmp_path, monkeypatch):
    monkeypatch.delenv(paths.DATA_ENV, raising=False)
    exe = tmp_path / "Qorgau"
    exe.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert paths.portable_dir() is None  # no marker: the user's app-data folder
    (tmp_path / "portable").write_text("")
    assert paths.portable_dir() == tmp_path.resolve() / "data"
    assert paths.data_dir() == tmp_path.resolve() / "data"
    assert paths.data_dir(str(tmp_path / "elsewhere")) == tmp_path / "elsewhere"  # --data-dir still wins


def test_portable_marker_is_ignored_when_running_from_source(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / "portable").write_text("")
    assert paths.portable_dir() is None


@pytest.mark.parametrize("portable", [False, True])
def test_about_box_names_the_data_folder_and_portable_mode(qtbot, tmp_path, monkeypatch, portable):
    from PySide6.QtWidgets import QMessageBox

    from trainer.services.context import AppContext
    from trainer.ui.main_window import MainWindow

    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(paths, "portable_dir", lambda: data if portable else None)
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    ctx = AppContext.open(data, SAMPLE_MODULES)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.about()
    finally:
        ctx.close()
    assert str(data) in shown[0] and __version__ in shown[0]
    assert ("(portable mode)" in shown[0]) == portable
    assert "CC BY 4.0" in shown[0]


def _fake_unpacked_app(folder: Path) -> Path:
    """The layout install.sh expects, with a stand-in executable."""
    app = folder / "Qorgau"
    (app / "_internal").mkdir(parents=True)
    (app / "Qorgau").write_text(f"#!/bin/sh\necho 'Qorgau {__version__}'\n")
    (app / "Qorgau").chmod(0o755)
    (app / "portable").write_text("")
    for source, name in (("assets/linux/install.sh", "install.sh"), ("assets/linux/qorgau.desktop", "qorgau.desktop"),
                         ("assets/icons/qorgau.png", "qorgau.png"), ("assets/icons/qorgau.svg", "qorgau.svg")):  # fmt: skip
        (app / name).write_bytes((ROOT / source).read_bytes())
    (app / "install.sh").chmod(0o755)
    return app


def test_install_script_installs_for_the_user_and_uninstalls_keeping_data(tmp_path):
    app = _fake_unpacked_app(tmp_path / "unpacked")
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    result = subprocess.run([str(app / "install.sh")], env=env, capture_output=True, text=True, check=True)
    assert f"Qorgau {__version__} installed" in result.stdout
    prefix = home / ".local/opt/qorgau"
    assert (prefix / "Qorgau").exists() and not (prefix / "portable").exists()
    assert os.readlink(home / ".local/bin/qorgau") == str(prefix / "Qorgau")
    desktop = (home / ".local/share/applications/qorgau.desktop").read_text()
    assert f"Exec={prefix}/Qorgau" in desktop and "Icon=qorgau" in desktop
    assert (home / ".local/share/icons/hicolor/256x256/apps/qorgau.png").exists()

    data = home / ".local/share/Qorgau/Qorgau"
    data.mkdir(parents=True)
    (data / "qorgau.db").write_text("progress")
    subprocess.run([str(app / "install.sh")], env=env, capture_output=True, check=True)  # upgrade in place
    result = subprocess.run([str(prefix / "install.sh"), "--uninstall"], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert not prefix.exists() and not (home / ".local/bin/qorgau").exists()
    assert not (home / ".local/share/applications/qorgau.desktop").exists()
    assert (data / "qorgau.db").read_text() == "progress"
    assert "kept" in result.stdout


def test_install_script_refuses_a_system_install_without_root(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("running as root")
    app = _fake_unpacked_app(tmp_path)
    result = subprocess.run([str(app / "install.sh"), "--system"], capture_output=True, text=True)
    assert result.returncode == 1 and "needs root" in result.stderr


def test_icons_exist_in_every_format():
    icons = ROOT / "assets/icons"
    assert (icons / "qorgau.svg").read_text().lstrip().startswith("<?xml")
    png = (icons / "qorgau.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (icons / "qorgau.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6])[:2] == (0, 1) and struct.unpack("<H", ico[4:6])[0] >= 5
    assert (icons / "qorgau.icns").read_bytes()[:4] == b"icns"

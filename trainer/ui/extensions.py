"""Menus and actions that areas of the app add to the main window (trainer mode, sync, ...).

Each module listed here has ``install(window)``; the main window calls them once, after its own
menus exist (``window.trainer_menu``, ``window.profile_menu``, ``window.help_menu``).
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QMainWindow

INSTALLERS: tuple[str, ...] = ("trainer.ui.trainer", "trainer.ui.sync_actions", "trainer.ui.interop_actions")


def install_all(window: QMainWindow) -> None:
    for name in INSTALLERS:
        importlib.import_module(name).install(window)

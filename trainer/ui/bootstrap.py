"""Start the GUI: QApplication, single-instance lock, database, content, main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from trainer import APP_NAME, __version__, paths


def tr(text: str) -> str:
    return QCoreApplication.translate("Bootstrap", text)


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)

    data = paths.data_dir(args.data_dir)
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        QMessageBox.critical(None, APP_NAME, tr("Cannot create the data folder {0}: {1}").format(data, exc.strerror))
        return 2
    lock = QLockFile(str(data / "qorgau.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        QMessageBox.warning(
            None,
            APP_NAME,
            tr("Qorgau is already open with the data folder {0}. Switch to the open window, or close it first.").format(
                data
            ),
        )
        return 3

    from trainer.services.context import AppContext, StartupError

    try:
        context = AppContext.open(data, paths.content_dir(args.content_dir))
    except StartupError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2

    from trainer.ui.main_window import MainWindow
    from trainer.ui.theme import apply_theme

    apply_theme(
        app,
        context.store.setting("theme", "light") or "light",
        float(context.store.setting("font_scale", "1.0") or 1.0),
    )
    window = MainWindow(context)
    window.resize(1280, 720)
    window.show()
    if args.exit_after_start:
        window.first_painted.connect(lambda: QTimer.singleShot(0, app.quit))
    elif context.catalogue.skipped:
        QTimer.singleShot(0, window.show_content_problems)
    code = app.exec()
    context.close()
    lock.unlock()
    return code

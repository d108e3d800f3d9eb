"""Start the GUI: QApplication, single-instance lock, database, content, main window."""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from trainer.ui.feature_scan import install as install_feature_scan

install_feature_scan()  # before any other module of ours: PySide6 checks each one as it is imported

from trainer import APP_NAME, __version__, paths  # noqa: E402

if TYPE_CHECKING:
    import argparse  # the options arrive as argparse's Namespace, or as trainer.app's equivalent

translate = QCoreApplication.translate




def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("qorgau")  # matches qorgau.desktop, so the dock shows the menu entry's icon
    app.setWindowIcon(QIcon(str(paths.assets_dir() / "icons" / "qorgau.png")))

    data = paths.data_dir(args.data_dir)
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        QMessageBox.critical(None, APP_NAME, translate("Bootstrap", "Cannot create the data folder {0}: {1}").format(data, exc.strerror))
        return 2
    lock = QLockFile(str(data / paths.LOCK_FILENAME))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        problem = None if lock.error() == QLockFile.LockError.LockFailedError else paths.write_problem(data)
        if problem == "the disk is full":
            text = translate(
                "Bootstrap", "Qorgau cannot start: the disk that holds the data folder {0} is full. Free some space, then start Qorgau again."
            )
        elif lock.error() == QLockFile.LockError.PermissionError or problem is not None:
            text = translate("Bootstrap", "Qorgau cannot write to the data folder {0}. Ask IT staff to make it writable.")
        else:
            text = translate(
                "Bootstrap", "Qorgau is already open with the data folder {0}. Switch to the open window, or close it first."
            )
        tell(args, QMessageBox.Icon.Warning, text.format(data))
        return 3

    # Paint a window at once; open the database and load the modules right after its first paint.
    from trainer.ui.start_window import StartWindow

    shell = StartWindow()
    shell.resize(1280, 720)
    state: dict = {"context": None, "window": None, "code": 0}

    def first_paint() -> None:
        if args.exit_after_start:
            print("first window painted", flush=True)
        QTimer.singleShot(0, finish)

    def finish() -> None:
        window = _open_main_window(app, args, data, shell, state)
        if window is None:
            gc.enable()
            app.exit(state["code"])
            return
        # What is loaded by now (modules, the catalogue, the window) lives as long as the app: the
        # cycle collector need not walk it again, neither in the session's pauses nor at exit.
        gc.freeze()
        gc.enable()  # trainer.app turned it off for the start-up
        if args.exit_after_start:
            window.first_painted.connect(lambda: QTimer.singleShot(0, app.quit))
        # The integrity check and the start backup, off the start path (see trainer.ui.upkeep).
        window.first_painted.connect(lambda: QTimer.singleShot(0, start_upkeep))

    def start_upkeep() -> None:
        from trainer.ui.upkeep import Upkeep

        upkeep = state["upkeep"] = Upkeep(state["context"], app)
        upkeep.damaged.connect(lambda problem: tell_damaged(args, problem, state["window"]))
        upkeep.start()

    shell.first_painted.connect(first_paint)
    shell.show()
    code = app.exec()
    if state.get("upkeep") is not None:
        state["upkeep"].stop()  # a check or backup still running stops within a moment
    context = state["context"]
    if context is not None:
        context.close(backup=code == 0)  # the clean-exit backup, when anything changed
    lock.unlock()
    return code or state["code"]


def tell(args: argparse.Namespace, icon: QMessageBox.Icon, text: str, parent=None) -> None:
    """Show a message (on stderr as well); scripted runs (--exit-after-start) never block on a dialog."""
    print(text, file=sys.stderr, flush=True)
    if not getattr(args, "exit_after_start", False):
        QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, parent).exec()


def _open_main_window(app: QApplication, args: argparse.Namespace, data, shell, state: dict):
    """Open the database and content, then swap the start window for the main window."""
    from trainer.services.context import AppContext, StartupError

    try:
        context = AppContext.open(data, paths.content_dir(args.content_dir), defer_check=True)
    except StartupError as exc:
        tell(args, QMessageBox.Icon.Critical, str(exc), shell)
        state["code"] = 2
        return None
    state["context"] = context

    from trainer.ui.main_window import MainWindow
    from trainer.ui.theme import apply_theme

    apply_theme(
        app,
        context.store.setting("theme", "light") or "light",
        float(context.store.setting("font_scale", "1.0") or 1.0),
    )
    from trainer.i18n import DEFAULT_LANGUAGE, Translators

    translators = Translators()
    language = context.store.setting("language") or DEFAULT_LANGUAGE
    translators.install(language)
    window = MainWindow(context, language, translators)
    window.setGeometry(shell.geometry())
    from trainer.ui import window_geometry

    window_geometry.restore(window, context.data_dir)  # where it was last time; maximised on a small screen
    window.offer_tour = True  # the home screen's tour, once per learner
    QTimer.singleShot(0, window.offer_first_tour)
    window.show()
    shell.close()
    state["window"] = window
    for notice in context.notices:
        print(notice, file=sys.stderr, flush=True)
    if not args.exit_after_start:
        if context.notices:
            QTimer.singleShot(0, lambda: show_notices(window, context.notices))
        elif context.catalogue.skipped:
            QTimer.singleShot(0, window.show_content_problems)
    return window


def tell_damaged(args: argparse.Namespace, problem: str, parent=None) -> None:
    """The check after start found damage: nothing more is saved; a restart restores the newest backup."""
    text = translate(
        "Bootstrap",
        "Qorgau found damage in your progress database ({0}). To keep your answers safe, nothing more "
        "is saved to it. Close Qorgau and start it again: it will restore the newest automatic backup.",
    ).format(problem)
    tell(args, QMessageBox.Icon.Critical, text, parent)


def show_notices(parent, notices: list[str]) -> None:
    """Tell the user, once, what happened to the database at start (restored, upgraded)."""
    QMessageBox.information(parent, translate("Bootstrap", "Your progress database"), "\n\n".join(notices))

"""The screenshot matrix: the main screens at 1366×768 in every language, theme and text size.

``docs/screenshots/matrix/<language>-<theme>-<scale>-<screen>.png`` for en/ru/kk, the light and
high-contrast themes, 100% and 200% text, and the screens home, lesson, question, feedback, results,
trainer dashboard and trainer learners; plus the help window and the home-screen tour for two of the
combinations. Run by ``make screenshots-matrix``; docs/screenshots/README.md says what was checked.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from trainer.domain.grading import key_response  # noqa: E402
from trainer.services.context import AppContext  # noqa: E402
from trainer.ui.dialogs import Ask  # noqa: E402
from trainer.ui.main_window import MainWindow  # noqa: E402
from trainer.ui.theme import apply_theme  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "matrix"
SIZE = (1366, 768)
LANGUAGES = ("en", "ru", "kk")
THEMES = {"light": "light", "high_contrast": "contrast"}
SCALES = {1.0: "100", 2.0: "200"}
EXTRAS = {("en", "light", 1.0), ("kk", "high_contrast", 2.0)}  # help window and tour as well
NAMES = {"en": "Aigerim Serikbayeva", "ru": "Айгерим Серикбаева", "kk": "Айгерім Серікбаева"}
MODULE = "core-01-legal-map"


def _shot(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print("wrote", path)


def _wrong(q):
    if q.type == "true_false":
        return not q.answer
    if q.type == "single_choice":
        return next(o.id for o in q.options if o.id != q.answer)
    return key_response(q)


def learner_screens(language: str, theme: str, scale: float, prefix: str, translators) -> None:
    """Home, lesson, a question, its feedback and the results, in a fresh data folder."""
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext.open(Path(tmp), ROOT / "modules")
        try:
            learner = ctx.learners.create(NAMES[language], "police", "pavlodar", "District police department no. 2")
            window = MainWindow(ctx, language, translators)
            window.resize(*SIZE)
            window.set_theme(theme)
            window.set_font_scale(scale)
            window.show()
            window.set_learner(learner)
            _shot(window, OUT / f"{prefix}-home.png")
            if (language, theme, scale) in EXTRAS:
                window.show_tour()
                window.tour.go(1)
                _shot(window, OUT / f"{prefix}-tour.png")
                window.tour.finish()
                window.show_help("learner")
                window.help_window.resize(900, 700)
                _shot(window.help_window, OUT / f"{prefix}-help.png")
                window.help_window.close()
            window.open_module(MODULE, warn=False)
            _shot(window, OUT / f"{prefix}-lesson.png")
            window.take_quiz(MODULE, warn=False)
            runner = window.runner
            _shot(window, OUT / f"{prefix}-question.png")
            first = True
            while window.stack.currentWidget() is runner:
                q = runner.current_question()
                runner.set_answer(_wrong(q) if first else key_response(q))
                runner.submit()
                if first:
                    _shot(window, OUT / f"{prefix}-feedback.png")
                    first = False
                if runner.next_button.isVisible():
                    runner.next_button.click()
            _shot(window, OUT / f"{prefix}-results.png")
            window.close()
        finally:
            ctx.close()


def trainer_screens(demo: Path, language: str, theme: str, scale: float, prefix: str) -> None:
    """The trainer dashboard and learners tab on a copy of the demo cohort."""
    from screenshots_trainer import _settle

    from trainer.ui.trainer.workspace import TrainerWorkspace

    app = QApplication.instance()
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(demo, tmp, dirs_exist_ok=True)
        ctx = AppContext.open(Path(tmp), ROOT / "modules")
        try:
            apply_theme(app, theme, scale)
            workspace = TrainerWorkspace(ctx, language)
            workspace.resize(*SIZE)
            workspace.show()
            _settle(app, workspace)
            _shot(workspace, OUT / f"{prefix}-trainer-dashboard.png")
            workspace.tabs.setCurrentWidget(workspace.learners)
            tab = workspace.learners
            tab.select(max(tab.model.rows, key=lambda r: r.attempts).id)
            _shot(workspace, OUT / f"{prefix}-trainer-learners.png")
            workspace.close()
        finally:
            ctx.close()


def main() -> int:
    from trainer.i18n import Translators

    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    Ask.confirm = staticmethod(lambda *a, **k: True)
    Ask.inform = staticmethod(lambda *a, **k: None)
    translators = Translators()
    with tempfile.TemporaryDirectory() as demo:
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", demo, "demo-data", "--learners", "150"],
            check=True,
            cwd=ROOT,
        )
        for language in LANGUAGES:
            translators.install(language)
            for theme, theme_name in THEMES.items():
                for scale, scale_name in SCALES.items():
                    prefix = f"{language}-{theme_name}-{scale_name}"
                    learner_screens(language, theme, scale, prefix, translators)
                    trainer_screens(Path(demo), language, theme, scale, prefix)
    translators.install("en")
    apply_theme(app, "light", 1.0)
    _shrink(sorted(OUT.glob("*.png")))
    return 0


def _shrink(files: list[Path]) -> None:
    """256-colour PNGs (ImageMagick, when installed): about half the size, the text as sharp."""
    if shutil.which("convert") is None:
        return
    for path in files:
        subprocess.run(["convert", str(path), "-colors", "256", f"PNG8:{path}"], check=True)


if __name__ == "__main__":
    sys.exit(main())

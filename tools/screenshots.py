"""Render every main screen to PNG in docs/screenshots/ (run by `make screenshots`).

Uses a throw-away data folder and the bundled modules, so the pictures show real content.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from trainer.domain.attempt import display_orders  # noqa: E402
from trainer.domain.grading import grade, key_response  # noqa: E402
from trainer.services.context import AppContext  # noqa: E402
from trainer.ui.dialogs import Ask  # noqa: E402
from trainer.ui.main_window import MainWindow  # noqa: E402
from trainer.ui.theme import apply_theme  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)


def shot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def main() -> int:
    """`python tools/screenshots.py [--language ru|kk] [--scale 2]`: English goes to docs/screenshots/,
    others to docs/screenshots/<language>/; a text scale other than 1 adds -<percent> to the folder."""
    global OUT
    language = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else "en"
    scale = float(sys.argv[sys.argv.index("--scale") + 1]) if "--scale" in sys.argv else 1.0
    if language != "en":
        OUT = OUT / language
    if scale != 1.0:
        OUT = OUT.parent / f"{OUT.name}-{scale * 100:.0f}" if language != "en" else OUT / f"en-{scale * 100:.0f}"
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from trainer.i18n import Translators

    translators = Translators()
    translators.install(language)
    Ask.confirm = staticmethod(lambda *a, **k: True)
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext.open(Path(tmp), ROOT / "modules")
        apply_theme(app, "light")
        window = MainWindow(ctx, language, translators)
        window.resize(*SIZE)
        if scale != 1.0:
            window.set_font_scale(scale)
        window.show()
        shot(window, "01-welcome")
        ctx.learners.create("Айгерим Серикбаева", "police", "pavlodar", "District police department no. 2")
        ctx.learners.create("Marat Zhaksylykov", "judge", "shymkent", "Specialised court")
        window.show_start()
        shot(window, "02-profile-chooser")
        learner = next(p for p in ctx.learners.profiles() if p.role == "police")
        window.set_learner(learner)
        shot(window, "03-home")
        window.open_module("core-01-legal-map")
        shot(window, "04-lesson")
        from trainer.ui.search_glossary import GlossaryDialog, SearchDialog

        search = SearchDialog(window.lesson_index(), {"ru": "защитное предписание", "kk": "қорғау нұсқамасы"}.get(language, "protective order"), window)
        search.show()
        shot(search, "04b-search")
        search.close()
        glossary = GlossaryDialog(ctx.catalogue, window.lesson_index(), language, "protective-order", window)
        glossary.show()
        shot(glossary, "04c-glossary")
        glossary.close()
        # One question of each type, in the quiz runner with feedback shown.
        seen = set()
        for module in ctx.catalogue.modules.values():
            for q in module.quiz_in(language).questions:
                if q.type in seen:
                    continue
                seen.add(q.type)
                window.session = None
                from trainer.ui.quiz_runner import QuestionFeed

                feed = QuestionFeed(
                    module.title_in(language),
                    [q],
                    display_orders([q], random.Random(3)),
                    lambda qid, r, q=q: grade(q, r),
                    True,
                    module_id=module.id,
                )
                window.stack.setCurrentWidget(window.runner)
                window.runner.start(feed)
                shot(window, f"05-question-{q.type}")
                if q.type == "scenario":
                    widget = window.runner.answer_widget
                    widget.choose(0)
                    shot(window, "06-scenario-consequence")
                    widget.continue_()
                    shot(window, "06b-scenario-story-so-far")
                window.runner.set_answer(_partly_wrong(q))
                window.runner.submit()
                shot(window, f"07-feedback-{q.type}")
        # A real attempt through to the results page.
        window.take_quiz("core-01-legal-map")
        runner = window.runner
        first = True
        while window.stack.currentWidget() is runner:
            q = runner.current_question()
            runner.set_answer(key_response(q) if not first else _wrong(q))
            first = False
            runner.submit()
            if runner.next_button.isVisible():
                runner.next_button.click()
        shot(window, "08-results")
        window.show_home()
        shot(window, "09-home-after-pass")
        cert = ctx.certificates.issue_for_module(learner.id, "core-01-legal-map", language=language)
        from trainer.documents.certificate_pdf import write_certificate_pdf

        pdf = Path(tmp) / "certificate.pdf"
        write_certificate_pdf(cert, pdf, language)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(OUT / "10-certificate")], check=False
        )
        print("wrote", OUT / "10-certificate.png")
        window.set_font_scale(1.5)
        window.set_theme("high_contrast")
        window.open_module("core-02-forms-and-dynamics", warn=False)
        shot(window, "11-lesson-high-contrast-150")
        window.close()
        ctx.close()
    from screenshots_trainer import trainer_screenshots  # tools/ is on sys.path when run as a script

    trainer_screenshots(OUT, language=language)
    return 0


def _partly_wrong(q):
    """An answer with one mistake, so the feedback shows how each wrong element is explained."""
    key = key_response(q)
    if q.type == "multiple_response":
        wrong = next((o.id for o in q.options if o.id not in key), None)
        return [*key[1:], *([wrong] if wrong else [])]
    if q.type == "matching":
        premises = list(key)
        swapped = dict(key)
        swapped[premises[0]], swapped[premises[1]] = key[premises[1]], key[premises[0]]
        return swapped
    if q.type == "ordering":
        return [key[1], key[0], *key[2:]]
    return key


def _wrong(q):
    if q.type == "true_false":
        return not q.answer
    if q.type == "single_choice":
        return next(o.id for o in q.options if o.id != q.answer)
    return key_response(q)


if __name__ == "__main__":
    sys.exit(main())

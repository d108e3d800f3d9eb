"""`self-test`: exercise each layer once; packaged builds run it to prove they work."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from trainer import paths


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("self-test", help="check that this installation works (loads content, grades, renders) and exit")
    p.set_defaults(func=cmd_self_test)


def cmd_self_test(args: argparse.Namespace) -> int:
    """Exercise each layer once; used on packaged builds, where a missing file shows up here."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from trainer.content.loader import load_catalogue
    from trainer.content.markdown_render import render_markdown
    from trainer.domain.grading import grade, key_response
    from trainer.services.quiz import QuizService
    from trainer.storage.database import open_database
    from trainer.storage.store import ProgressStore

    def check(ok: bool, what: str) -> None:
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            raise SystemExit(1)

    cat = load_catalogue(paths.content_dir(args.content_dir))
    check(not cat.errors and bool(cat.modules), f"content: {len(cat.modules)} modules, {len(cat.errors)} problems")
    by_type = {}
    for m in cat.modules.values():
        for q in m.quiz.questions:
            by_type.setdefault(q.type, (m, q))
    for qtype, (_, q) in sorted(by_type.items()):
        g = grade(q, key_response(q))
        check(g.correct and g.score == 1.0, f"grading {qtype} ({q.id})")
    with tempfile.TemporaryDirectory() as tmp:
        store = ProgressStore(open_database(Path(tmp) / "self-test.db"))
        learner = store.create_learner("Self test", "police", "Astana")
        module, q = next(iter(by_type.values()))
        service = QuizService(store)
        session = service.start_or_resume(learner.id, module, seed=1)
        qid = session.plan.question_ids[0]
        service.answer(session, qid, key_response(session.quiz.question(qid)))
        check(len(store.responses(session.attempt.id)) == 1, "database: an answer is stored")
        store.close()
    module = next(iter(cat.modules.values()))
    lesson = module.meta.lessons[0]
    html = render_markdown(cat.lesson_text(module, lesson), Path(module.folder))
    check("<h1" in html or "<p" in html, f"lesson rendered to HTML ({lesson.id})")
    from PySide6.QtWidgets import QApplication, QTextBrowser

    app = QApplication.instance() or QApplication([])
    browser = QTextBrowser()
    browser.setHtml(html)
    check(browser.document().characterCount() > 10, f"Qt widgets on platform {app.platformName()}")
    from PySide6.QtGui import QIcon

    icon = QIcon(str(paths.assets_dir() / "icons" / "qorgau.svg"))
    check(not icon.pixmap(64, 64).isNull(), "app icon drawn from assets/icons/qorgau.svg (QtSvg)")
    try:
        from PySide6.QtCharts import QChart

        check(QChart() is not None, "QtCharts for the trainer's charts")
    except ImportError as exc:
        check(False, f"QtCharts for the trainer's charts: {exc}")
    print("self-test passed")
    return 0


ROLE_NAMES = {
    "police": "Police officer",
    "judge": "Judge",
    "prosecutor": "Prosecutor",
    "social_worker": "Social worker",
}

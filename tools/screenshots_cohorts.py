"""Render the Cohorts tab and a learner's Home with assignments to docs/screenshots/ (1366×768).

`python tools/screenshots_cohorts.py [--language ru|kk]`: a throw-away trainer database and laptop,
the bundled modules, a cohort with members in every standing, and the signed cohort file between them.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from trainer.domain.grading import key_response  # noqa: E402
from trainer.services.context import AppContext  # noqa: E402
from trainer.ui.theme import apply_theme  # noqa: E402

SIZE = (1366, 768)


def shot(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print("wrote", path)


def _attempt(ctx: AppContext, learner_id: str, module_id: str, right: bool) -> None:
    session = ctx.quizzes.start_or_resume(learner_id, ctx.catalogue.modules[module_id])
    for i, q in enumerate(session.questions):
        if right or i % 2:
            ctx.quizzes.answer(session, q.id, key_response(q))
    ctx.quizzes.finish(session)


def main() -> int:
    language = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else "en"
    out = ROOT / "docs" / "screenshots" / ("" if language == "en" else language)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from trainer.i18n import Translators

    translators = Translators()
    translators.install(language)
    apply_theme(app, "light")
    with tempfile.TemporaryDirectory() as tmp:
        trainer = AppContext.open(Path(tmp) / "trainer", ROOT / "modules")
        laptop = AppContext.open(Path(tmp) / "laptop", ROOT / "modules")
        today = dt.date.today()
        modules = ["core-01-legal-map", "core-02-forms-and-dynamics", "police-01-first-response"]
        people = [
            ("Айгерим Серикбаева", "police", "pavlodar", [True, True]),
            ("Marat Zhaksylykov", "police", "astana", [True]),
            ("Dana Omarova", "police", "shymkent", [False]),
            ("Нұрлан Әбенов", "police", "almaty", []),
            ("Saule Bekova", "police", "karaganda", [True, True, True]),
        ]
        cohort = trainer.cohorts.create(
            "District inspectors, March",
            "A. Nurlanova, B. Seitkali",
            today - dt.timedelta(days=10),
            today + dt.timedelta(days=4),
        )
        for name, role, region, results in people:
            learner = trainer.learners.create(name, role, region, "District police department")
            for module_id, right in zip(modules, results, strict=False):
                _attempt(trainer, learner.id, module_id, right)
            trainer.cohorts.add_members(cohort.id, [learner.id])
        trainer.learners.create("Ербол Қасымов", "judge", "astana", "Specialised court")
        trainer.cohorts.create(
            "Judges, April", "A. Nurlanova", today + dt.timedelta(days=20), today + dt.timedelta(days=30)
        )
        for module_id, days in zip(modules, (-3, 2, 9), strict=True):
            trainer.cohorts.assign(cohort.id, module_id, today + dt.timedelta(days=days))
        # Seen a day on, with a one-day threshold, so that idle learners show as at risk.
        trainer.cohorts.clock = lambda: today + dt.timedelta(days=1)
        trainer.cohorts.set_at_risk_days(1)

        from trainer.ui.trainer.workspace import TrainerWorkspace

        workspace = TrainerWorkspace(trainer, language)
        workspace.resize(*SIZE)
        workspace.show()
        workspace.tabs.setCurrentWidget(workspace.cohorts)
        workspace.cohorts.select(cohort.id)
        shot(workspace, out / "30-cohorts.png")
        workspace.runner.shutdown()
        workspace.close()

        path = trainer.cohorts.export_file(cohort.id, Path(tmp) / "cohort.qcohort").path
        learner = laptop.learners.create("Айгерим Серикбаева", "police", "pavlodar", "District police department")
        _attempt(laptop, learner.id, modules[1], True)
        checked = laptop.cohorts.check_file(path)
        laptop.cohorts.trust_key(checked)
        laptop.cohorts.import_file(checked, learner.id)
        from trainer.ui.main_window import MainWindow

        window = MainWindow(laptop, language, translators)
        window.resize(*SIZE)
        window.show()
        window.set_learner(learner)
        shot(window, out / "31-home-assigned.png")
        window.close()
        trainer.close()
        laptop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

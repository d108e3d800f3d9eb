"""Screenshots of the trainer workspace on a 2,000-learner demo database (called by tools/screenshots.py).

Run on its own: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_trainer.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SIZE = (1280, 720)
LEARNERS = 2000


def _settle(app: QApplication, workspace) -> None:
    """Let background queries finish and their results reach the screen."""
    deadline = time.monotonic() + 60
    while (workspace.runner.busy or workspace.filter_bar._timer.isActive()) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def trainer_screenshots(out: Path, learners: int = LEARNERS, language: str = "en") -> list[Path]:
    """Write the dashboard (matrix, per module, charts), item analysis, learners, certificates and
    reports tabs as PNGs into ``out``; returns the files written."""
    from trainer.services.context import AppContext
    from trainer.ui.theme import apply_theme
    from trainer.ui.trainer.workspace import TrainerWorkspace

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    written: list[Path] = []

    def shot(widget: QWidget, name: str) -> None:
        app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)
        print("wrote", path)

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", tmp, "demo-data", "--learners", str(learners)],
            check=True,
            cwd=ROOT,
        )
        ctx = AppContext.open(Path(tmp), ROOT / "modules")
        apply_theme(app, "light")
        workspace = TrainerWorkspace(ctx, language)
        workspace.resize(*SIZE)
        workspace.show()
        _settle(app, workspace)
        shot(workspace, "20-trainer-dashboard-matrix")
        workspace.dashboard.inner.setCurrentIndex(1)
        shot(workspace, "21-trainer-dashboard-modules")
        workspace.dashboard.inner.setCurrentIndex(2)
        shot(workspace, "22-trainer-dashboard-charts")
        workspace.dashboard.inner.setCurrentIndex(0)
        workspace.tabs.setCurrentWidget(workspace.items)
        _settle(app, workspace)
        workspace.items.view.sortByColumn(
            5, workspace.items.view.horizontalHeader().sortIndicatorOrder().AscendingOrder
        )
        shot(workspace, "23-trainer-item-analysis")
        workspace.tabs.setCurrentWidget(workspace.learners)
        learners_tab = workspace.learners
        rows = sorted(learners_tab.model.rows, key=lambda r: -r.attempts)
        learners_tab.select(rows[0].id)
        shot(workspace, "24-trainer-learners")
        workspace.tabs.setCurrentWidget(workspace.certificates)
        code = ctx.store.db.execute("SELECT code FROM certificates ORDER BY issued LIMIT 1").fetchone()
        if code:
            workspace.certificates.code.setText(code[0])
            workspace.certificates.verify()
        shot(workspace, "25-trainer-certificates")
        workspace.tabs.setCurrentWidget(workspace.reports)
        bar = workspace.filter_bar
        bar.select(bar.role, "police")
        _settle(app, workspace)
        shot(workspace, "26-trainer-reports")
        workspace.close()
        ctx.close()
    return written


if __name__ == "__main__":
    trainer_screenshots(ROOT / "docs" / "screenshots")

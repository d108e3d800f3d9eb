"""The main window opens on the bundled database and content."""

from tests.conftest import SAMPLE_MODULES
from trainer.services.context import AppContext
from trainer.ui.main_window import MainWindow


def test_main_window_opens_and_reports_first_paint(qtbot, tmp_path):
    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert window.isVisible()
    ctx.close()

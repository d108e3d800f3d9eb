"""An unsigned add-on module carries the "Unofficial" tag wherever the trainer workspace and its reports name it."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from tests.conftest import SAMPLE_MODULES
from tests.interop.test_content_packs import make_pack, module_copy
from trainer.content.packs import install_pack
from trainer.domain.grading import key_response
from trainer.services.context import AppContext
from trainer.ui.trainer.models import CompletionMatrixModel
from trainer.ui.trainer.workspace import TrainerWorkspace

ADDON = "extra-01"
TAG = "[Unofficial]"


@pytest.fixture
def ctx(tmp_path):
    """A data folder with an unsigned pack's module installed, and a learner who passed it and a bundled one."""
    data = tmp_path / "data"
    install_pack(make_pack(tmp_path / "addon.zip", [module_copy(tmp_path, new_id=ADDON)]), SAMPLE_MODULES, data)
    ctx = AppContext.open(data, SAMPLE_MODULES)
    assert ctx.catalogue.modules[ADDON].unofficial
    learner = ctx.learners.create("Aigerim Serikbayeva", "police", "pavlodar", "District 2")
    for module_id in (ADDON, next(iter(ctx.catalogue.modules))):
        session = ctx.quizzes.start_or_resume(learner.id, ctx.catalogue.modules[module_id])
        for q in session.questions:
            ctx.quizzes.answer(session, q.id, key_response(q))
        ctx.quizzes.finish(session)
    yield ctx
    ctx.close()


@pytest.fixture
def workspace(qtbot, ctx):
    w = TrainerWorkspace(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.runner.busy, timeout=10000)
    yield w
    w.close()


def official_title(ctx: AppContext) -> str:
    return next(m for m in ctx.catalogue.modules.values() if not m.unofficial).title_in("en")


def test_the_filter_bar_module_chooser_tags_the_addon(workspace, ctx):
    combo = workspace.filter_bar.module
    texts = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert texts[ADDON] == f"{ctx.catalogue.modules[ADDON].title_in('en')} {TAG}"
    assert sum(TAG in t for t in texts.values()) == 1  # bundled modules are not tagged


def test_dashboard_matrix_and_item_analysis_tag_the_addon(qtbot, workspace, ctx):
    model = workspace.dashboard.matrix_model
    col = CompletionMatrixModel.FIXED + [m for m, _ in model.modules].index(ADDON)
    header = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert TAG in header
    with qtbot.waitSignal(workspace.items.loaded, timeout=10000):
        workspace.tabs.setCurrentWidget(workspace.items)
    items = workspace.items.model
    names = {items.rows[r].module_id: items.data(items.index(r, 0)) for r in range(items.rowCount())}
    assert names[ADDON].endswith(TAG) and len(names) == 2
    assert all(TAG not in name for mid, name in names.items() if mid != ADDON)


def test_csv_xlsx_and_pdf_reports_tag_the_addon(qapp, ctx, tmp_path):
    csv_path = ctx.exports.export("csv", tmp_path / "r.csv")
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    addon_rows = [line for line in lines if f",{ADDON}," in line]
    assert addon_rows and all(TAG in line for line in addon_rows)
    assert all(TAG not in line for line in lines if f",{ADDON}," not in line)
    pdf_path = ctx.exports.export("pdf", tmp_path / "r.pdf")
    text = " ".join(" ".join((page.extract_text() or "") for page in PdfReader(pdf_path).pages).split())
    assert TAG in text and official_title(ctx) in text
    import openpyxl

    book = openpyxl.load_workbook(ctx.exports.export("xlsx", tmp_path / "r.xlsx"), read_only=True)
    cells = {str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v}
    book.close()
    assert f"{ctx.catalogue.modules[ADDON].title_in('en')} {TAG}" in cells
    assert official_title(ctx) in cells and f"{official_title(ctx)} {TAG}" not in cells


def test_the_learners_tab_attempts_and_transcript_tag_the_addon(workspace, ctx):
    from trainer.services.transcript import transcript_sheet

    [learner] = ctx.store.learners()
    attempts = {a.module_id: a.module_title for a in ctx.reports.transcript(learner.id).attempts}
    assert attempts[ADDON].endswith(TAG) and sum(TAG in t for t in attempts.values()) == 1
    sheet = transcript_sheet(ctx.reports, ctx.curriculum, ctx.catalogue, learner.id)
    assert [a.title.endswith(TAG) for a in sheet.attempts if a.module_id == ADDON] == [True]


class Bracketed(QTranslator):
    """Translates the tag by bracketing it, so a report that misses the translation shows the English word."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧" if context == "Provenance" else None


def test_the_tag_in_reports_is_the_interface_languages(qtbot, qapp, ctx, tmp_path):
    translator = Bracketed()
    QCoreApplication.installTranslator(translator)
    try:
        w = TrainerWorkspace(ctx)
        qtbot.addWidget(w)
        qtbot.waitUntil(lambda: not w.runner.busy, timeout=10000)
        text = ctx.exports.export("csv", tmp_path / "r.csv").read_text(encoding="utf-8-sig")
        assert "[⟦Unofficial⟧]" in text and TAG not in text
        w.close()
    finally:
        QCoreApplication.removeTranslator(translator)

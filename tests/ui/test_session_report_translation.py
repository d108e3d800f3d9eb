"""The session report's pre/post, attitude and feedback words reach the translator in the context
lupdate files them under ("SessionReport"), so a Russian or Kazakh report is translated throughout."""

from __future__ import annotations

import ast
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from tests.conftest import ROOT, SAMPLE_MODULES
from trainer.content.attitudes import load_attitudes
from trainer.domain.grading import key_response
from trainer.services.context import AppContext

SOURCES = [ROOT / "trainer" / "services" / "session_measures.py", ROOT / "trainer" / "services" / "session_report.py"]


def _marked(path: Path) -> list[tuple[object, object]]:
    """(context, text) of every QT_TRANSLATE_NOOP call, as written in the source."""
    calls = [n for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.Call)]
    return [
        (getattr(c.args[0], "value", ast.unparse(c.args[0])), getattr(c.args[1], "value", None))
        for c in calls
        if isinstance(c.func, ast.Name) and c.func.id == "QT_TRANSLATE_NOOP" and len(c.args) == 2
    ]


class Brackets(QTranslator):
    """Translates every SessionReport text by bracketing it, so untranslated words stand out."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧" if context == "SessionReport" else None


def test_every_marked_text_has_a_literal_context_lupdate_can_read() -> None:
    found = [pair for path in SOURCES for pair in _marked(path)]
    assert len(found) > 40
    assert {context for context, _ in found} == {"SessionReport"}, "lupdate skips a context that is not a literal"
    assert all(isinstance(text, str) for _, text in found)


def test_the_measure_sections_are_translated_when_drawn(qapp, tmp_path: Path) -> None:
    from trainer.documents.session_report_pdf import session_report_html
    from trainer.services.session_report import build_session_report

    ctx = AppContext.open(tmp_path, SAMPLE_MODULES)
    translator = Brackets()
    try:
        ctx.measures.statements = load_attitudes(ROOT / "modules")[0]
        lid = ctx.store.create_learner("Aigul", "police", "almaty").id
        cohort = ctx.cohorts.create("Almaty March").id
        ctx.cohorts.add_members(cohort, [lid])
        ctx.measures.open_test(cohort, "pre", list(ctx.catalogue.modules))
        for phase in ("pre", "post"):
            if phase == "post":
                ctx.measures.open_test(cohort, "post")
            session = ctx.measures.start(lid, cohort, phase)
            ctx.measures.answer(session, session.questions[0][1].id, key_response(session.questions[0][1]))
            ctx.measures.finish(session)
        ctx.measures.give_feedback(lid, next(iter(ctx.catalogue.modules)), {"clarity": 4}, "ok", anonymous=False)
        QCoreApplication.installTranslator(translator)
        text = html.unescape(session_report_html(build_session_report(ctx.cohorts, cohort)))
    finally:
        QCoreApplication.removeTranslator(translator)
        ctx.close()
    marked = {t for _, t in _marked(SOURCES[0])}
    shown = [t for t in marked if "{" not in t and t in text]
    for words in ("Knowledge gain (pre-test and post-test)", "Whole cohort", "too few to conclude", "Clarity",
                  "Relevance to my work", "Attitude shift", "Raw gain (points)"):  # fmt: skip
        assert f"⟦{words}⟧" in text
    assert all(f"⟦{t}⟧" in text for t in shown), [t for t in shown if f"⟦{t}⟧" not in text]
    assert "⟦Written comments: 1 (exported separately as CSV).⟧" in text

"""The session report's "Flagged items": questions of the cohort's assigned modules that the
cohort's own answers mark as too easy, too hard or discriminating the wrong way.

The flags are the item analysis's (trainer.domain.analytics.flags_for), computed on the members'
finished attempts only, so the trainer sees which questions to discuss with this group or to report
to the content authors. A question needs MIN_RESPONSES_FOR_FLAGS answers before it is judged.
"""

from __future__ import annotations

from typing import Any

from trainer.domain.analytics import MIN_RESPONSES_FOR_FLAGS, ReportFilter
from trainer.services.session_report import QT_TRANSLATE_NOOP, Section, SessionReport, Table, Text

# The most serious first: a question that ranks learners the wrong way is likely keyed wrongly.
FLAG_ORDER: tuple[tuple[str, str], ...] = (
    ("negative_discrimination", QT_TRANSLATE_NOOP("SessionReport", "negative discrimination")),
    ("too_hard", QT_TRANSLATE_NOOP("SessionReport", "too hard")),
    ("too_easy", QT_TRANSLATE_NOOP("SessionReport", "too easy")),
)
PROMPT_MAX = 120  # characters of a question's prompt shown in the table


def flagged_items_section(reports: Any, report: SessionReport) -> Section:
    """The "flagged" section of ``report`` from ``reports`` (a ReportService)."""
    section = Section("flagged", QT_TRANSLATE_NOOP("SessionReport", "Flagged items"))
    modules = tuple(m.module_id for m in report.modules)
    items = reports.item_analysis(ReportFilter(module_ids=modules, cohort_id=report.cohort.id)) if modules else []
    titles = {m.module_id: m.title for m in report.modules}
    rows = []
    for item in items:
        flags = [label for flag, label in FLAG_ORDER if flag in item.flags]
        if not flags:
            continue
        rows.append(
            [
                titles.get(item.module_id, item.module_id),
                _short(item.prompt),
                item.responses,
                item.facility,
                item.discrimination,
                flags[0],
            ]
        )
    if not rows:
        section.body.append(
            Text(
                QT_TRANSLATE_NOOP(
                    "SessionReport",
                    "No question of the assigned modules is flagged by this cohort's answers. A question is "
                    "judged once it has {0} answers.",
                ),
                (MIN_RESPONSES_FOR_FLAGS,),
            )
        )
        return section
    section.body.append(
        Text(
            QT_TRANSLATE_NOOP(
                "SessionReport",
                "Questions that this cohort's answers mark as too easy (more than 90% right), too hard (fewer "
                "than 20% right) or with negative discrimination (the weaker learners did better than the "
                "stronger): worth discussing with the group, and reporting to the content authors if the "
                "question itself may be at fault.",
            )
        )
    )
    section.body.append(
        Table(
            [
                QT_TRANSLATE_NOOP("SessionReport", "Module"),
                QT_TRANSLATE_NOOP("SessionReport", "Question"),
                QT_TRANSLATE_NOOP("SessionReport", "Answers"),
                QT_TRANSLATE_NOOP("SessionReport", "Right"),
                QT_TRANSLATE_NOOP("SessionReport", "Discrimination"),
                QT_TRANSLATE_NOOP("SessionReport", "Flag"),
            ],
            ["text", "text", "int", "percent", "number2", "label"],
            rows,
        )
    )
    return section


def _short(prompt: str) -> str:
    text = " ".join(prompt.split())
    return text if len(text) <= PROMPT_MAX else text[: PROMPT_MAX - 1].rstrip() + "…"

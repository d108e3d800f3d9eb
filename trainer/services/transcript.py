"""A learner's transcript for printing: modules with their state, every attempt, every certificate.

Built from the same records the trainer's Learners tab shows (``ReportService.transcript``) and the
learner's curriculum (``CurriculumService.states``); no Qt here, so the CLI and tests can build one.
The PDF is drawn by ``trainer.documents.transcript_pdf``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from trainer.domain.records import Learner
from trainer.services.provenance import tagged_title

if TYPE_CHECKING:
    from trainer.content.loader import Catalogue
    from trainer.services.curriculum import CurriculumService
    from trainer.services.reports import ReportService

# A module's state on the transcript (the UI turns these codes into words).
MODULE_STATES = ("passed", "not_passed", "in_progress", "started", "not_started", "locked")


@dataclass(frozen=True)
class ModuleLine:
    module_id: str
    title: str
    state: str  # one of MODULE_STATES
    best_score: float | None  # 0..100, best finished attempt
    attempts: int  # finished attempts
    lessons_read: int
    lessons_total: int


@dataclass(frozen=True)
class AttemptLine:
    module_id: str
    title: str
    content_version: str
    started: str  # ISO 8601
    finished: str | None
    score: float | None
    passed: bool | None
    seconds: int | None
    right: int  # answers fully right
    partly: int  # answers with partial credit
    wrong: int


@dataclass(frozen=True)
class CertificateLine:
    code: str
    kind: str  # "module" or "track"
    titles: tuple[str, ...]
    score: float
    issued: str


@dataclass(frozen=True)
class TranscriptSheet:
    learner: Learner
    generated: datetime
    modules: list[ModuleLine]
    attempts: list[AttemptLine]
    certificates: list[CertificateLine]


def transcript_sheet(
    reports: ReportService,
    curriculum: CurriculumService,
    catalogue: Catalogue,
    learner_id: str,
    language: str = "en",
    now: datetime | None = None,
) -> TranscriptSheet:
    """Everything the printed transcript shows, titles in ``language``. KeyError if the learner is unknown."""
    record = reports.transcript(learner_id)

    def title(module_id: str) -> str:
        module = catalogue.modules.get(module_id)
        return tagged_title(module, language, reports.unofficial_tag) if module is not None else module_id

    finished: dict[str, int] = {}
    for a in record.attempts:
        if a.finished is not None:
            finished[a.module_id] = finished.get(a.module_id, 0) + 1
    modules = [
        ModuleLine(
            s.module.id,
            title(s.module.id),
            _state(s, finished.get(s.module.id, 0)),
            s.best_score,
            finished.get(s.module.id, 0),
            s.lessons_read,
            s.lessons_total,
        )
        for s in curriculum.states(record.learner)
    ]
    attempts = [
        AttemptLine(
            a.module_id,
            title(a.module_id),
            a.content_version,
            a.started,
            a.finished,
            a.score,
            a.passed,
            a.duration_seconds,
            right=sum(1 for r in a.responses if r.correct),
            partly=sum(1 for r in a.responses if not r.correct and r.score > 0),
            wrong=sum(1 for r in a.responses if not r.correct and r.score <= 0),
        )
        for a in sorted(record.attempts, key=lambda a: a.started)
    ]
    certificates = [
        CertificateLine(c.code, c.kind, tuple(title(m) for m in c.module_ids), c.score, c.issued)
        for c in sorted(record.certificates, key=lambda c: c.issued)
    ]
    return TranscriptSheet(record.learner, now or datetime.now().astimezone(), modules, attempts, certificates)


def _state(s, finished: int) -> str:
    if s.passed:
        return "passed"
    if s.in_progress:
        return "in_progress"
    if finished:
        return "not_passed"
    if s.locked:
        return "locked"
    return "started" if s.started else "not_started"


def default_transcript_filename(sheet: TranscriptSheet) -> str:
    """'Qorgau-transcript-Aigerim-Serikbayeva-2025-01-31.pdf': letters of any script are kept."""
    name = "-".join("".join(ch for ch in part if ch.isalnum()) for part in sheet.learner.name.split())
    return f"Qorgau-transcript-{name.strip('-') or 'learner'}-{sheet.generated:%Y-%m-%d}.pdf"

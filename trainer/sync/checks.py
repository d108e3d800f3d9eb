"""Checks across the records of one bundle: references, time stamps against the export time,
pass marks, and certificates against the attempts they cite.

Each check names the entry, the line, the record and the field, so a trainer can tell the owner
of the laptop exactly what is wrong. A single failing record refuses the whole bundle.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import fmean
from typing import Any

from trainer.domain.certificate import certificate_code
from trainer.sync.records import TIME_FIELDS, describe, moment, parse_time

CLOCK_TOLERANCE = timedelta(hours=24)
"""How far a time stamp may lie after the export time (or the export time after this computer's
clock): laptops' clocks drift and time zones get set wrongly; a day covers both."""

PASS_EPSILON = 0.01
"""Scores are stored rounded to two decimals while pass/fail is decided on the exact score."""

SCORE_EPSILON = 0.005 + 1e-9
"""A pre/post test's score is stored rounded to two decimals: it may differ by half a hundredth."""


@dataclass(frozen=True)
class PassMark:
    """The pass mark of one module at the content version this computer has."""

    version: str
    mark: float


class CheckFailed(ValueError):
    """A record that fails a check; ``str()`` says where (entry, line, record) and which field."""

    def __init__(self, table: str, line: int, record: Any, field: str | None, problem: str) -> None:
        self.table, self.line, self.field = table, line, field
        where = "manifest.json" if table == "manifest" else f"{table}.jsonl, line {line} ({describe(table, record)})"
        super().__init__(f"{where}: field {field!r} {problem}" if field else f"{where}: {problem}")


def check_references(records: Mapping[str, list[dict[str, Any]]]) -> None:
    """Every record points at a learner (or attempt) the bundle itself holds."""
    learners = {r["id"] for r in records["learners"]}
    attempts = {r["id"]: r["learner_id"] for r in records["attempts"]}
    for table in ("lesson_progress", "attempts", "certificates"):
        for line, r in enumerate(records[table], start=1):
            if r["learner_id"] not in learners:
                raise CheckFailed(table, line, r, "learner_id", "names a learner the bundle lacks")
    for line, r in enumerate(records["responses"], start=1):
        if r["attempt_id"] not in attempts:
            raise CheckFailed("responses", line, r, "attempt_id", "names an attempt the bundle lacks")
    for line, r in enumerate(records["certificates"], start=1):
        if any(attempts.get(a) != r["learner_id"] for a in r["attempt_ids"]):
            raise CheckFailed("certificates", line, r, "attempt_ids", "rests on attempts the bundle lacks")
    for table in ("cohort_members", "prepost_attempts", "attitude_answers", "module_feedback"):
        for line, r in enumerate(records.get(table, []), start=1):
            # Anonymous feedback names no learner: any trusted device may bring it.
            if r["learner_id"] is not None and r["learner_id"] not in learners:
                raise CheckFailed(table, line, r, "learner_id", "names a learner the bundle lacks")
    tests = {r["id"] for r in records.get("prepost_attempts", [])}
    for line, r in enumerate(records.get("prepost_responses", []), start=1):
        if r["attempt_id"] not in tests:
            raise CheckFailed("prepost_responses", line, r, "attempt_id", "names a test attempt the bundle lacks")


def check_times(records: Mapping[str, list[dict[str, Any]]], exported: datetime, now: datetime) -> None:
    """No time stamp after the export time, and no export time after this computer's clock (each + tolerance)."""
    if exported > now + CLOCK_TOLERANCE:
        raise CheckFailed("manifest", 0, {}, "exported", f"({exported.isoformat()}) lies in the future")
    latest = exported + CLOCK_TOLERANCE
    for table, fields in TIME_FIELDS.items():
        for line, r in enumerate(records.get(table, []), start=1):
            for name in fields:
                value = r.get(name)
                when = moment(table, name, value)
                if when is not None and when > latest:
                    raise CheckFailed(table, line, r, name, f"({value}) lies after the bundle was exported")


def check_pass_marks(attempts: list[dict[str, Any]], marks: Mapping[str, PassMark]) -> None:
    """``passed`` agrees with the score and the module's pass mark, where this computer knows it.

    An attempt of a module (or a content version) this computer does not have is only checked for
    a score in range, which ``check_record`` did.
    """
    for line, a in enumerate(attempts, start=1):
        mark = marks.get(a["module_id"])
        if a["finished"] is None or mark is None or mark.version != a["content_version"]:
            continue
        if a["passed"] and a["score"] + PASS_EPSILON < mark.mark:
            raise CheckFailed("attempts", line, a, "passed", f"is true with a score below the pass mark {mark.mark:g}")
        if not a["passed"] and a["score"] >= mark.mark + PASS_EPSILON:
            raise CheckFailed("attempts", line, a, "passed", f"is false with a score at the pass mark {mark.mark:g}")


def check_certificates(records: Mapping[str, list[dict[str, Any]]]) -> None:
    """A certificate names passed, finished attempts of its learner, and its score and code are
    what the certificate rules make of them (a module's best score; a track's mean, to 2 decimals)."""
    attempts = {a["id"]: a for a in records["attempts"]}
    for line, c in enumerate(records["certificates"], start=1):
        cited = [attempts[i] for i in c["attempt_ids"]]
        for a in cited:
            if a["finished"] is None or not a["passed"]:
                raise CheckFailed(
                    "certificates", line, c, "attempt_ids", f"cites attempt {a['id']}, which was not passed"
                )
        if c["module_ids"] != [a["module_id"] for a in cited]:
            raise CheckFailed("certificates", line, c, "module_ids", "differ from the modules of the attempts cited")
        if c["content_versions"] != {a["module_id"]: a["content_version"] for a in cited}:
            raise CheckFailed("certificates", line, c, "content_versions", "differ from the attempts cited")
        if c["kind"] == "module" and len(cited) != 1:
            raise CheckFailed("certificates", line, c, "attempt_ids", "must name one attempt for a module certificate")
        expected = round(fmean(a["score"] for a in cited), 2)
        if abs(c["score"] - expected) > 1e-9:
            raise CheckFailed(
                "certificates",
                line,
                c,
                "score",
                f"({c['score']:g}) is not {expected:g}, the score of the attempts cited",
            )
        code = certificate_code(
            c["learner_id"], c["kind"], c["module_ids"], c["content_versions"], c["attempt_ids"], c["score"]
        )
        if code != c["code"]:
            raise CheckFailed("certificates", line, c, "code", "does not match the certificate's contents")


def check_tests(records: Mapping[str, list[dict[str, Any]]]) -> None:
    """A pre/post test's answers are to questions its plan asks, from the module the plan names, and
    its score is what the test computes from them (each item 0–1, unanswered items 0, out of 100)."""
    attempts = {a["id"]: a for a in records.get("prepost_attempts", [])}
    once: set[tuple[str, str, str]] = set()
    for line, a in enumerate(attempts.values(), start=1):
        sitting = (a["learner_id"], a["cohort_id"], a["phase"])
        if sitting in once:
            raise CheckFailed("prepost_attempts", line, a, "id", f"is a second {a['phase']}-test of its learner")
        once.add(sitting)
    earned = dict.fromkeys(attempts, 0.0)
    plans = {a["id"]: dict((q, m) for m, q in a["plan"]) for a in attempts.values()}
    for line, r in enumerate(records.get("prepost_responses", []), start=1):
        module_id = plans[r["attempt_id"]].get(r["question_id"])
        if module_id is None:
            raise CheckFailed("prepost_responses", line, r, "question_id", "is not a question its test asks")
        if module_id != r["module_id"]:
            raise CheckFailed(
                "prepost_responses",
                line,
                r,
                "module_id",
                f"differs from the module its test asks it from ({module_id})",
            )
        earned[r["attempt_id"]] += r["score"]
    for line, a in enumerate(records.get("prepost_attempts", []), start=1):
        expected = 100.0 * earned[a["id"]] / len(a["plan"]) if a["plan"] else 0.0
        if abs(a["score"] - expected) > SCORE_EPSILON:
            raise CheckFailed(
                "prepost_attempts",
                line,
                a,
                "score",
                f"({a['score']:g}) is not {round(expected, 2):g}, the score of the answers the bundle holds",
            )


def check_bundle(
    records: Mapping[str, list[dict[str, Any]]],
    exported: str,
    now: datetime,
    pass_marks: Mapping[str, PassMark] | None = None,
) -> None:
    """Every check across records; raises CheckFailed for the first record that fails one."""
    check_references(records)
    exported_at = parse_time(exported)
    assert exported_at is not None  # the manifest check made sure
    check_times(records, exported_at, now)
    if pass_marks:
        check_pass_marks(records["attempts"], pass_marks)
    check_certificates(records)
    check_tests(records)

"""Every figure of the reports and exports equals one computed here, independently, from the raw rows."""

from __future__ import annotations

import csv
import io
import json
import math
import sqlite3
import statistics
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import ROOT
from trainer.domain.model import TRACK_FOR_ROLE

LEARNERS = 80


@pytest.fixture(scope="module")
def cohort(tmp_path_factory: pytest.TempPathFactory):
    """A demo database over the bundled modules, with the report and export services on it."""
    from trainer.content.loader import load_catalogue
    from trainer.services.demo_data import DemoDataService
    from trainer.services.exports import ExportService
    from trainer.services.reports import ReportService
    from trainer.storage.bulk import BulkWriter
    from trainer.storage.database import open_database

    folder = tmp_path_factory.mktemp("cohort")
    db_path = folder / "qorgau.db"
    db = open_database(db_path)
    catalogue = load_catalogue(ROOT / "modules")
    DemoDataService(BulkWriter(db), catalogue).generate(LEARNERS, seed=7)
    reports = ReportService(db, catalogue)
    yield db_path, catalogue, reports, ExportService(reports)
    reports.close()
    db.close()


# The independent computation ----------------------------------------------------------------


def _raw(db_path: Path):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    learners = [dict(r) for r in conn.execute("SELECT * FROM learners")]
    attempts = [dict(r) for r in conn.execute("SELECT * FROM attempts")]
    responses = [dict(r) for r in conn.execute("SELECT * FROM responses")]
    certificates = [dict(r) for r in conn.execute("SELECT * FROM certificates")]
    conn.close()
    return learners, attempts, responses, certificates


def _ascii_lower(text: str) -> str:
    return "".join(c.lower() if c.isascii() else c for c in text)


def _seconds(a: dict) -> int:
    return round((datetime.fromisoformat(a["finished"]) - datetime.fromisoformat(a["started"])).total_seconds())


def expected_matrix(db_path: Path, catalogue, roles=(), since: date | None = None, modules=()) -> list[dict]:
    learners, attempts, _, _ = _raw(db_path)
    order = [m for m in catalogue.modules if not modules or m in modules]
    by_pair = defaultdict(list)
    for a in attempts:
        if since and a["started"][:10] < since.isoformat():
            continue
        by_pair[(a["learner_id"], a["module_id"])].append(a)
    rows = []
    for learner in learners:
        if roles and learner["role"] not in roles:
            continue
        for i, mid in enumerate(order):
            track = catalogue.modules[mid].meta.track
            # The curriculum: the core, the role's track, and modules of other tracks that name the role.
            assigned = track in ("core", TRACK_FOR_ROLE[learner["role"]]) or learner["role"] in catalogue.modules[mid].meta.roles
            mine = by_pair.get((learner["id"], mid), [])
            if not assigned and not mine:
                continue
            finished = [a for a in mine if a["finished"]]
            passed = any(a["passed"] == 1 for a in finished)
            state = "passed" if passed else "completed" if finished else "in_progress" if mine else "not_started"
            rows.append(
                {
                    "key": (_ascii_lower(learner["name"]), learner["id"], i),
                    "learner_id": learner["id"],
                    "learner": learner["name"],
                    "role": learner["role"],
                    "region": learner["region"],
                    "module_id": mid,
                    "assigned": int(assigned),
                    "state": state,
                    "best_score": max((a["score"] for a in finished), default=None),
                    "attempts": len(mine),
                    "finished_attempts": len(finished),
                    "seconds": sum(_seconds(a) for a in finished),
                    "last_activity": max((a["finished"] or a["started"] for a in mine), default=None),
                }
            )
    rows.sort(key=lambda r: r["key"])
    return rows


def expected_modules(matrix: list[dict], catalogue) -> dict[str, dict]:
    out = {}
    for mid in catalogue.modules:
        pairs = [r for r in matrix if r["module_id"] == mid]
        started = [r for r in pairs if r["attempts"]]
        completed = [r for r in pairs if r["finished_attempts"]]
        passed = [r for r in pairs if r["state"] == "passed"]
        best = [r["best_score"] for r in completed]
        out[mid] = {
            "assigned": sum(r["assigned"] for r in pairs),
            "started": len(started),
            "completed": len(completed),
            "passed": len(passed),
            "pass_rate": len(passed) / len(completed) if completed else None,
            "mean": statistics.fmean(best) if best else None,
            "median": statistics.median(best) if best else None,
            "mean_minutes": statistics.fmean(r["seconds"] for r in completed) / 60 if completed else None,
            "attempts": sum(r["attempts"] for r in pairs),
        }
    return out


def expected_items(db_path: Path) -> dict[tuple[str, str], dict]:
    _, attempts, responses, _ = _raw(db_path)
    finished = {a["id"]: a for a in attempts if a["finished"]}
    ranked = defaultdict(list)
    for a in finished.values():
        ranked[a["module_id"]].append(a)
    group = {}
    for rows in ranked.values():
        rows.sort(key=lambda a: (-a["score"], a["id"]))
        k = len(rows) * 27 // 100
        for i, a in enumerate(rows):
            group[a["id"]] = 1 if i < k else -1 if i >= len(rows) - k else 0
    per = defaultdict(list)
    for r in responses:
        a = finished.get(r["attempt_id"])
        if a:
            per[(a["module_id"], r["question_id"])].append((r["correct"], a["score"], group[a["id"]], r))
    out = {}
    for key, rows in per.items():
        top = [c for c, _, g, _ in rows if g == 1]
        bottom = [c for c, _, g, _ in rows if g == -1]
        cs, xs = [c for c, *_ in rows], [x for _, x, *_ in rows]
        try:
            r_pb = statistics.correlation(cs, xs)
        except statistics.StatisticsError:
            r_pb = None
        out[key] = {
            "responses": len(rows),
            "facility": sum(cs) / len(cs),
            "discrimination": sum(top) / len(top) - sum(bottom) / len(bottom) if top and bottom else None,
            "point_biserial": r_pb,
            "wrong": [json.loads(r["response"]) for c, _, _, r in rows if not c],
        }
    return out


def _close(a, b, tol=1e-6) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=tol, abs_tol=tol)


# Figures ------------------------------------------------------------------------------------


def test_completion_matrix_equals_raw_rows(cohort):
    db_path, catalogue, reports, _ = cohort
    expected = expected_matrix(db_path, catalogue)
    got = reports.completion_matrix()
    assert len(got) == len(expected) == reports.count_matrix()
    for g, e in zip(got, expected, strict=True):
        assert (g.learner_id, g.module_id, g.state) == (e["learner_id"], e["module_id"], e["state"])
        assert (g.attempts, g.finished_attempts, int(g.assigned)) == (
            e["attempts"],
            e["finished_attempts"],
            e["assigned"],
        )
        assert _close(g.best_score, e["best_score"])
        assert g.time_spent_seconds == e["seconds"]
        assert g.last_activity == e["last_activity"]
    states = {r.state for r in got}
    assert {"passed", "completed", "not_started"} <= states


def test_module_stats_summary_regions_and_bins_equal_raw_rows(cohort):
    db_path, catalogue, reports, _ = cohort
    matrix = expected_matrix(db_path, catalogue)
    exp = expected_modules(matrix, catalogue)
    for m in reports.module_stats():
        e = exp[m.module_id]
        assert (m.assigned, m.started, m.completed, m.passed, m.attempts) == (
            e["assigned"], e["started"], e["completed"], e["passed"], e["attempts"],
        )  # fmt: skip
        assert _close(m.pass_rate, e["pass_rate"]) and _close(m.mean_score, e["mean"])
        assert _close(m.median_score, e["median"])
        assert _close(None if m.mean_time_seconds is None else m.mean_time_seconds / 60, e["mean_minutes"])
    learners, attempts, _, certificates = _raw(db_path)
    s = reports.summary()
    assert s.learners == LEARNERS and s.active_learners == sum(r["active"] for r in learners)
    assert s.attempts == len(attempts) and s.finished_attempts == sum(1 for a in attempts if a["finished"])
    assert s.certificates == len(certificates)
    assert s.assigned == sum(r["assigned"] for r in matrix)
    assert s.passed == sum(r["state"] == "passed" for r in matrix)
    best = [r["best_score"] for r in matrix if r["best_score"] is not None]
    assert _close(s.mean_score, statistics.fmean(best))
    bins = [0] * 10
    for b in best:
        bins[min(9, int(b // 10))] += 1
    assert [b.count for b in reports.score_distribution()] == bins
    region_of = {r["id"]: r["region"] for r in learners}
    for row in reports.region_completion():
        assigned = [r for r in matrix if r["assigned"] and region_of[r["learner_id"]] == row.region]
        assert row.assigned == len(assigned)
        assert row.completed == sum(1 for r in assigned if r["finished_attempts"])
        assert row.passed == sum(1 for r in assigned if r["state"] == "passed")
        assert row.learners == sum(1 for r in learners if r["region"] == row.region)


def test_item_analysis_equals_raw_rows_and_flags_planted_questions(cohort):
    db_path, catalogue, reports, _ = cohort
    exp = expected_items(db_path)
    items = reports.item_analysis()
    assert len(items) == len(exp)
    for it in items:
        e = exp[(it.module_id, it.question_id)]
        assert it.responses == e["responses"]
        assert _close(it.facility, e["facility"])
        assert _close(it.discrimination, e["discrimination"])
        assert _close(it.point_biserial, e["point_biserial"])
        if it.facility > 0.9 and it.responses >= 5:
            assert "too_easy" in it.flags
        if it.facility < 0.2 and it.responses >= 5:
            assert "too_hard" in it.flags
        question = catalogue.modules[it.module_id].quiz.question(it.question_id)
        if it.question_type == "single_choice" and it.wrong_options:
            counts = defaultdict(int)
            for w in e["wrong"]:
                counts[w] += 1
            top = max(counts.values())
            assert it.wrong_options[0].count == top and it.wrong_options[0].option_id != question.answer
        if it.question_type == "scenario":
            assert set(it.dimension_means) == set(question.dimensions)
            assert it.common_paths and sum(p.count for p in it.common_paths) <= it.responses
    flags = {f for it in items for f in it.flags}
    assert {"too_easy", "too_hard"} <= flags


def test_transcript_lists_every_attempt_answer_and_certificate(cohort):
    db_path, _, reports, _ = cohort
    _, attempts, responses, certificates = _raw(db_path)
    lid = certificates[0]["learner_id"]
    t = reports.transcript(lid)
    mine = {a["id"] for a in attempts if a["learner_id"] == lid}
    assert {a.id for a in t.attempts} == mine
    assert sum(len(a.responses) for a in t.attempts) == sum(1 for r in responses if r["attempt_id"] in mine)
    assert {c.code for c in t.certificates} == {c["code"] for c in certificates if c["learner_id"] == lid}
    with pytest.raises(KeyError):
        reports.transcript("nobody")


def test_filters_choose_learners_modules_and_days(cohort):
    from trainer.services.reports import ReportFilter

    db_path, catalogue, reports, _ = cohort
    police = reports.completion_matrix(ReportFilter(roles=("police",)))
    assert police and {r.role for r in police} == {"police"}
    assert len(police) == len(expected_matrix(db_path, catalogue, roles=("police",)))
    one = reports.completion_matrix(ReportFilter(module_ids=("core-01-legal-map",)))
    assert {r.module_id for r in one} == {"core-01-legal-map"} and len(one) == LEARNERS
    _, attempts, _, _ = _raw(db_path)
    days = sorted(a["started"][:10] for a in attempts)
    since = date.fromisoformat(days[len(days) // 2])
    later = reports.completion_matrix(ReportFilter(since=since))
    exp = expected_matrix(db_path, catalogue, since=since)
    assert [(r.learner_id, r.module_id, r.attempts, r.state) for r in later] == [
        (e["learner_id"], e["module_id"], e["attempts"], e["state"]) for e in exp
    ]
    assert reports.summary(ReportFilter(since=since)).attempts == sum(1 for d in days if d >= since.isoformat())
    inactive, active = reports.summary(ReportFilter(active=False)), reports.summary(ReportFilter(active=True))
    assert inactive.active_learners == 0 and inactive.learners + active.learners == LEARNERS
    options = reports.filter_options()
    assert "police" in options.roles and options.first_day == days[0]


# Exports ------------------------------------------------------------------------------------


def test_csv_has_bom_numbers_and_every_figure(cohort, tmp_path):
    db_path, catalogue, _, exports = cohort
    out = exports.export("csv", tmp_path / "r.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert any(ch in text for ch in "АӘБҒҚҢӨҰҮІ")  # Cyrillic and Kazakh names survive
    rows = list(csv.DictReader(io.StringIO(text)))
    expected = expected_matrix(db_path, catalogue)
    assert len(rows) == len(expected)
    for got, e in zip(rows, expected, strict=True):
        assert (got["learner_id"], got["learner"], got["module_id"], got["state"]) == (
            e["learner_id"], e["learner"], e["module_id"], e["state"],
        )  # fmt: skip
        assert int(got["attempts"]) == e["attempts"]
        assert _close(float(got["best_score"]) if got["best_score"] else None, e["best_score"])
        assert float(got["time_spent_minutes"]) == round(e["seconds"] / 60, 1)
    # Numbers are written as numbers: never quoted.
    assert '"1"' not in text.splitlines()[1]


def test_xlsx_opens_with_openpyxl_and_matches(cohort, tmp_path):
    import openpyxl

    db_path, catalogue, _, exports = cohort
    out = exports.export("xlsx", tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == ["Summary", "Learners", "Modules", "Items", "Attempts"]
    learners_rows = list(book["Learners"].iter_rows(min_row=2, values_only=True))
    expected = expected_matrix(db_path, catalogue)
    assert len(learners_rows) == len(expected)
    for got, e in zip(learners_rows, expected, strict=True):
        assert got[0] == e["learner_id"] and got[6] == e["module_id"] and got[9] == e["state"]
        assert got[11] == e["attempts"] and _close(got[10], e["best_score"])
    exp_modules = expected_modules(expected, catalogue)
    for row in book["Modules"].iter_rows(min_row=2, values_only=True):
        e = exp_modules[row[0]]
        assert row[2:6] == (e["assigned"], e["started"], e["completed"], e["passed"])
        assert _close(row[6], e["pass_rate"]) and _close(row[7], e["mean"]) and _close(row[8], e["median"])
    items = expected_items(db_path)
    item_rows = list(book["Items"].iter_rows(min_row=2, values_only=True))
    assert len(item_rows) == len(items)
    for row in item_rows:
        e = items[(row[0], row[1])]
        assert row[4] == e["responses"] and _close(row[6], e["facility"])
    _, attempts, _, certificates = _raw(db_path)
    assert sum(1 for _ in book["Attempts"].iter_rows(min_row=2)) == len(attempts)
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if r and r[0]}
    assert summary["Learners"] == LEARNERS and summary["Attempts"] == len(attempts)
    assert summary["Certificates"] == len(certificates)
    book.close()


def test_anonymised_csv_and_xlsx_hold_no_real_name(cohort, tmp_path):
    import openpyxl

    db_path, _, reports, exports = cohort
    learners, *_ = _raw(db_path)
    names = {r["name"] for r in learners}
    ids = {r["id"] for r in learners}
    first = exports.export("csv", tmp_path / "a.csv", anonymise=True).read_text(encoding="utf-8-sig")
    second = exports.export("csv", tmp_path / "b.csv", anonymise=True).read_text(encoding="utf-8-sig")
    assert first == second  # stable pseudonyms
    assert not any(n in first for n in names) and not any(i in first for i in ids)
    assert reports.pseudonym(learners[0]["id"]) in first
    book = openpyxl.load_workbook(exports.export("xlsx", tmp_path / "a.xlsx", anonymise=True), read_only=True)
    cells = {str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None}
    book.close()
    assert not (cells & names) and not (cells & ids)
    assert not any(n in c for c in cells for n in names)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_cancelled_export_leaves_no_file(cohort, tmp_path, kind):
    from trainer.services.exports import ExportCancelled

    _, _, _, exports = cohort
    folder = tmp_path / "out"
    folder.mkdir()
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return len(calls) < 2

    with pytest.raises(ExportCancelled):
        exports.export(kind, folder / f"r.{kind}", progress=progress)
    assert list(folder.iterdir()) == []


def test_default_filename_has_a_timestamp(cohort):
    _, _, _, exports = cohort
    assert exports.default_filename("csv", datetime(2025, 1, 31, 14, 5, 9)) == "Qorgau-report-2025-01-31-140509.csv"


def test_pseudonym_is_stable_and_keyed():
    from trainer.domain.analytics import pseudonym

    assert pseudonym(b"k", "a") == pseudonym(b"k", "a") != pseudonym(b"other", "a")
    assert pseudonym(b"k", "a").startswith("Learner ") and len(pseudonym(b"k", "a")) == len("Learner ") + 8

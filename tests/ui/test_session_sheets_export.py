"""Reports for a chosen cohort carry its cohort, pre/post, attitude, feedback and comment sheets,
in CSV, XLSX and PDF, from the Reports tab and the command line; figures equal the raw rows."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.conftest import ROOT, SAMPLE_MODULES
from trainer.content.attitudes import load_attitudes
from trainer.domain.grading import key_response
from trainer.services.context import AppContext
from trainer.services.reports import ReportFilter


def _take(ctx: AppContext, lid: str, cohort: str, phase: str, right: int) -> None:
    session = ctx.measures.start(lid, cohort, phase)
    for _, q in session.questions[:right]:
        ctx.measures.answer(session, q.id, key_response(q))
    ctx.measures.finish(session)


@pytest.fixture
def session(tmp_path: Path) -> Any:
    """Two members who share a name, an outsider, tests, attitudes and feedback (one comment anonymous)."""
    ctx = AppContext.open(tmp_path / "data", SAMPLE_MODULES)
    ctx.measures.statements = load_attitudes(ROOT / "modules")[0]
    first = ctx.measures.statements[0].id
    a1 = ctx.store.create_learner("Aigul", "police", "almaty").id
    a2 = ctx.store.create_learner("Aigul", "judge", "astana").id
    outsider = ctx.store.create_learner("Marat", "police", "almaty").id
    cohort = ctx.cohorts.create("Almaty March").id
    ctx.cohorts.add_members(cohort, [a1, a2])
    ctx.measures.open_test(cohort, "pre", list(ctx.catalogue.modules), items=2)
    _take(ctx, a1, cohort, "pre", 0)
    _take(ctx, a2, cohort, "pre", 1)
    ctx.measures.open_test(cohort, "post")
    _take(ctx, a1, cohort, "post", 3)
    _take(ctx, a2, cohort, "post", 1)
    ctx.measures.record_attitudes(a1, cohort, "pre", {first: 4})
    ctx.measures.record_attitudes(a1, cohort, "post", {first: 1})
    module = next(iter(ctx.catalogue.modules))
    ctx.measures.give_feedback(a1, module, {"relevance": 5, "clarity": 4}, "=HYPERLINK(1) clear", anonymous=True)
    ctx.measures.give_feedback(a2, module, {"relevance": 3}, None, anonymous=False)
    ctx.session = {"cohort": cohort, "a1": a1, "a2": a2, "outsider": outsider, "first": first, "module": module}
    yield ctx
    ctx.close()


def _percent_from_rows(ctx: AppContext, cohort: str) -> dict[tuple[str, str], float]:
    """Each learner's test percentage, straight from the tables (unanswered items score 0)."""
    rows = ctx.store.db.execute(
        """SELECT a.learner_id, a.phase, json_array_length(a.plan), COALESCE(SUM(r.score), 0)
           FROM prepost_attempts a LEFT JOIN prepost_responses r ON r.attempt_id = a.id
           WHERE a.cohort_id = ? AND a.finished IS NOT NULL GROUP BY a.id""",
        [cohort],
    )
    return {(lid, phase): 100 * earned / n for lid, phase, n, earned in rows}


def _cohort_filter(ctx: AppContext) -> ReportFilter:
    return ReportFilter(cohort_id=ctx.session["cohort"], cohort_name="Almaty March")


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_two_learners_of_one_name_count_as_two(session) -> None:
    """Gains are keyed by profile id: namesakes are two paired learners, each with their own gain."""
    s, ctx = session.session, session
    gain = ctx.measures.gain(s["cohort"])
    pct = _percent_from_rows(ctx, s["cohort"])
    assert gain.cohort.n == 2 and set(gain.learners) == {s["a1"], s["a2"]}
    for lid in (s["a1"], s["a2"]):
        assert gain.learners[lid].raw == pytest.approx(pct[(lid, "post")] - pct[(lid, "pre")])
    overall = [r for r in ctx.measures.sheets(s["cohort"])["Pre-post"][1:] if r[2] == ""]
    assert sorted(r[0] for r in overall) == sorted([s["a1"], s["a2"]]) and {r[1] for r in overall} == {"Aigul"}
    # The session report tells the two apart by the start of their profile id.
    from trainer.services.session_report import build_session_report

    per_learner = build_session_report(ctx.cohorts, s["cohort"]).section("pre_post").body[-1]
    assert sorted(row[0] for row in per_learner.rows) == sorted(f"Aigul · {lid[:8]}" for lid in (s["a1"], s["a2"]))


def test_csv_report_writes_the_cohort_sheets_beside_it(session, tmp_path: Path) -> None:
    s, ctx = session.session, session
    out = tmp_path / "report.csv"
    ctx.exports.export("csv", out, _cohort_filter(ctx), measures=ctx.measures)
    files = sorted(p.name for p in tmp_path.glob("report*.csv"))
    assert files == sorted(
        f"report{x}.csv" for x in ("", "-cohort", "-prepost", "-attitudes", "-feedback", "-comments")
    )
    assert not list(tmp_path.glob(".*.part"))
    members = _read_csv(tmp_path / "report-cohort.csv")
    assert {r[1] for r in members[1:]} == {s["a1"], s["a2"]}  # the outsider is not a member
    pct = _percent_from_rows(ctx, s["cohort"])
    head, *rows = _read_csv(tmp_path / "report-prepost.csv")
    assert head[:3] == ["learner_id", "learner", "module"]
    overall = {r[0]: r for r in rows if r[2] == ""}
    for lid in (s["a1"], s["a2"]):
        assert float(overall[lid][5]) == pytest.approx(pct[(lid, "post")] - pct[(lid, "pre")], abs=0.01)
    attitudes = {r[0]: r for r in _read_csv(tmp_path / "report-attitudes.csv")[1:]}
    assert attitudes[s["first"]][2:] == ["1", "4.0", "1.0", "-3.0"]
    feedback = _read_csv(tmp_path / "report-feedback.csv")
    relevance = next(r for r in feedback if r[1] == "relevance")
    assert relevance[:4] == [s["module"], "relevance", "2", "4.0"]
    [header, comment] = _read_csv(tmp_path / "report-comments.csv")
    assert header[-1] == "comment" and comment[-1] == "'=HYPERLINK(1) clear"  # never run as a formula
    assert "Aigul" not in ",".join(comment)
    # Without a cohort in the filter the report is the report alone.
    ctx.exports.export("csv", tmp_path / "all.csv", ReportFilter(), measures=ctx.measures)
    assert [p.name for p in tmp_path.glob("all*.csv")] == ["all.csv"]
    # A cohort deleted since it was chosen: a clear error, and no file at all.
    with pytest.raises(ValueError, match="no cohort gone"):
        ctx.exports.export("csv", tmp_path / "gone.csv", ReportFilter(cohort_id="gone"), measures=ctx.measures)
    assert not list(tmp_path.glob("gone*")) and not list(tmp_path.glob(".gone*"))


def test_anonymised_cohort_sheets_name_no_one(session, tmp_path: Path) -> None:
    s, ctx = session.session, session
    ctx.exports.export("csv", tmp_path / "anon.csv", _cohort_filter(ctx), anonymise=True, measures=ctx.measures)
    for name in ("anon-cohort.csv", "anon-prepost.csv"):
        text = (tmp_path / name).read_text(encoding="utf-8-sig")
        assert "Aigul" not in text and s["a1"] not in text and s["a2"] not in text
        assert ctx.reports.pseudonym(s["a1"]) in text and ctx.reports.pseudonym(s["a2"]) in text


def test_workbook_from_the_reports_tab_has_the_cohort_sheets(session, qtbot, tmp_path: Path) -> None:
    """The workspace's Reports tab exports the cohort chosen in the filters, on a worker thread."""
    from trainer.ui.trainer.workspace import TrainerWorkspace

    s, ctx = session.session, session
    workspace = TrainerWorkspace(ctx)
    qtbot.addWidget(workspace)
    tab = workspace.reports
    assert "Choose a cohort" in tab.session_note.text()
    combo = workspace.filter_bar.cohort
    combo.setCurrentIndex(combo.findData(s["cohort"]))
    workspace.apply_filters()
    assert "Almaty March" in tab.session_note.text()
    out = tmp_path / "report.xlsx"
    try:
        with qtbot.waitSignal(tab.finished, timeout=60000) as done:
            tab.start_export("xlsx", out)
    finally:
        workspace.runner.shutdown()
        workspace.close()
    assert done.args == [out], tab.last_error
    book = load_workbook(out, read_only=True)
    assert book.sheetnames[-5:] == ["Cohort", "Pre-post", "Attitudes", "Feedback", "Comments"]
    pct = _percent_from_rows(ctx, s["cohort"])
    rows = list(book["Pre-post"].iter_rows(values_only=True))
    overall = {r[0]: r for r in rows[1:] if not r[2]}
    for lid in (s["a1"], s["a2"]):
        assert overall[lid][5] == pytest.approx(pct[(lid, "post")] - pct[(lid, "pre")], abs=0.01)
    comments = list(book["Comments"].iter_rows(values_only=True))
    assert comments[1][-1] == "=HYPERLINK(1) clear"  # a string cell, not a formula
    assert {r[1] for r in list(book["Cohort"].iter_rows(values_only=True))[1:]} == {s["a1"], s["a2"]}


def test_pdf_report_shows_the_cohort_figures_and_no_names(session, qapp, tmp_path: Path) -> None:
    ctx = session
    out = ctx.exports.export("pdf", tmp_path / "report.pdf", _cohort_filter(ctx), measures=ctx.measures)
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(out).pages).split())
    assert "Cohort Almaty March" in text  # the filters say which cohort the figures are of
    for words in ("Knowledge gain (pre-test and post-test)", "Whole cohort", "Attitude shift", "Participant feedback"):
        assert words in text
    assert "Aigul" not in text and "HYPERLINK" not in text


def test_report_command_takes_a_cohort(session, tmp_path: Path) -> None:
    data = session.data_dir
    session.close()

    def run(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--content-dir", str(SAMPLE_MODULES),
             "report", "--format", "csv", *extra],
            capture_output=True, text=True, timeout=180, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip

    done = run("--out", str(tmp_path / "r.csv"), "--cohort", "almaty march")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "r-prepost.csv").is_file() and (tmp_path / "r-comments.csv").is_file()
    missing = run("--out", str(tmp_path / "x.csv"), "--cohort", "Nowhere")
    assert missing.returncode == 2 and "No cohort 'Nowhere'" in missing.stderr and "Almaty March" in missing.stderr
    assert not (tmp_path / "x.csv").exists()

"""The command line: every non-GUI subcommand, and the options shared with the GUI."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from trainer import APP_NAME, __version__, paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qorgau",
        description=f"{APP_NAME}: offline training for the response to violence against women in Kazakhstan.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"where progress is kept (default: the user's app-data folder; also ${paths.DATA_ENV})",
    )
    parser.add_argument(
        "--content-dir",
        metavar="DIR",
        help=f"training modules to load (default: the bundled modules/; also ${paths.CONTENT_ENV})",
    )
    parser.add_argument(
        "--exit-after-start",
        action="store_true",
        help="quit as soon as the first window is painted (for start-up benchmarks)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="open the app (the default)")

    v = sub.add_parser("validate", help="check the training modules and report every problem")
    v.add_argument("path", nargs="?", help="content folder (default: the bundled modules/)")
    v.add_argument("--json", action="store_true", help="print the report as JSON")
    v.add_argument("--coverage", action="store_true", help="show which questions teach each finding of the article")
    v.add_argument("--markdown", action="store_true", help="with --coverage: print modules/SOURCES.md")

    sub.add_parser("self-test", help="check that this installation works (loads content, grades, renders) and exit")

    vc = sub.add_parser(
        "verify-certificate",
        help="say what a certificate code certifies (looked up in this data folder)",
        description="Look up a certificate code in the progress database and print what it certifies. "
        "Case, spaces and dashes in the code do not matter. Exit status 0: valid; 1: unknown code.",
    )
    vc.add_argument(
        "code", metavar="CODE", help="the verification code printed on the certificate, e.g. ABCD-EFGH-JKLM"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    if args.command == "validate":
        return cmd_validate(args)
    if args.command == "self-test":
        return cmd_self_test(args)
    if args.command == "verify-certificate":
        return cmd_verify_certificate(args)
    raise SystemExit(f"unknown command {args.command!r}")


def cmd_validate(args: argparse.Namespace) -> int:
    from trainer.content.loader import load_catalogue
    from trainer.content.report import coverage, coverage_markdown, summary

    root = Path(args.path) if args.path else paths.content_dir(args.content_dir)
    cat = load_catalogue(root)
    if args.coverage:
        rows = coverage(cat)
        if args.markdown:
            sys.stdout.write(coverage_markdown(cat))
        else:
            for row in rows:
                mark = "MISSING" if row.uncovered else ""
                print(
                    f"{row.finding.id:4} {row.finding.kind:14} q={len(row.questions):3} l={len(row.lessons):3} {mark}"
                )
        uncovered = [r.finding.id for r in rows if r.uncovered]
        if uncovered:
            print(f"recommendations taught by no question: {', '.join(uncovered)}", file=sys.stderr)
        for e in cat.errors:
            print(e, file=sys.stderr)
        return 1 if uncovered or cat.errors or not rows else 0
    report = summary(cat)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for e in cat.errors:
            print(e)
        n_q = sum(m["questions"] for m in report["modules"])
        print(f"{len(report['modules'])} modules, {n_q} questions loaded; {len(cat.errors)} problems found.")
    return 0 if report["ok"] else 1


def cmd_self_test(args: argparse.Namespace) -> int:
    """Exercise each layer once; used on packaged builds, where a missing file shows up here."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from trainer.content.loader import load_catalogue
    from trainer.content.markdown_render import render_markdown
    from trainer.domain.grading import grade, key_response
    from trainer.services.quiz import QuizService
    from trainer.storage.database import open_database
    from trainer.storage.store import ProgressStore

    def check(ok: bool, what: str) -> None:
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            raise SystemExit(1)

    cat = load_catalogue(paths.content_dir(args.content_dir))
    check(not cat.errors and bool(cat.modules), f"content: {len(cat.modules)} modules, {len(cat.errors)} problems")
    by_type = {}
    for m in cat.modules.values():
        for q in m.quiz.questions:
            by_type.setdefault(q.type, (m, q))
    for qtype, (_, q) in sorted(by_type.items()):
        g = grade(q, key_response(q))
        check(g.correct and g.score == 1.0, f"grading {qtype} ({q.id})")
    with tempfile.TemporaryDirectory() as tmp:
        store = ProgressStore(open_database(Path(tmp) / "self-test.db"))
        learner = store.create_learner("Self test", "police", "Astana")
        module, q = next(iter(by_type.values()))
        service = QuizService(store)
        session = service.start_or_resume(learner.id, module, seed=1)
        qid = session.plan.question_ids[0]
        service.answer(session, qid, key_response(session.quiz.question(qid)))
        check(len(store.responses(session.attempt.id)) == 1, "database: an answer is stored")
        store.close()
    module = next(iter(cat.modules.values()))
    lesson = module.meta.lessons[0]
    html = render_markdown(cat.lesson_text(module, lesson), Path(module.folder))
    check("<h1" in html or "<p" in html, f"lesson rendered to HTML ({lesson.id})")
    from PySide6.QtWidgets import QApplication, QTextBrowser

    app = QApplication.instance() or QApplication([])
    browser = QTextBrowser()
    browser.setHtml(html)
    check(browser.document().characterCount() > 10, f"Qt widgets on platform {app.platformName()}")
    print("self-test passed")
    return 0


ROLE_NAMES = {
    "police": "Police officer",
    "judge": "Judge",
    "prosecutor": "Prosecutor",
    "social_worker": "Social worker",
}


def cmd_verify_certificate(args: argparse.Namespace) -> int:
    """Print what a certificate code certifies; exit 1 when this data folder does not know it.

    A missing database is not created, and a code that does not match its record
    (the record was changed after issue) counts as unknown.
    """
    from trainer.content.loader import load_catalogue
    from trainer.domain.certificate import normalise_code
    from trainer.services.certificates import CertificateService
    from trainer.storage.certificates import CertificateStore
    from trainer.storage.database import DB_FILENAME, StorageError, open_database
    from trainer.storage.store import ProgressStore

    code = normalise_code(args.code)
    if code is None:
        print(
            f"{args.code!r} is not a Qorgau certificate code: a code has 12 letters and digits, like ABCD-EFGH-JKLM.",
            file=sys.stderr,
        )
        return 1
    db_path = paths.data_dir(args.data_dir) / DB_FILENAME
    if not db_path.is_file():
        print(f"No certificate {code}: there is no Qorgau database at {db_path}.", file=sys.stderr)
        return 1
    try:
        store = ProgressStore(open_database(db_path))
    except StorageError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        catalogue = load_catalogue(paths.content_dir(args.content_dir))
        cert = CertificateService(store, CertificateStore(store.db), catalogue).verify(code)
    finally:
        store.close()
    if cert is None:
        print(
            f"No certificate {code} in {db_path}. Check the code, and that this is the data folder "
            "of the computer that issued it (--data-dir).",
            file=sys.stderr,
        )
        return 1
    what = "the full curriculum for the role" if cert.kind == "track" else "a module"
    print(f"Certificate {cert.code} is valid. It certifies that this learner completed {what}:")
    print(f"  Name:    {cert.learner_name}")
    print(f"  Role:    {ROLE_NAMES.get(cert.role, cert.role)}")
    print(f"  Region:  {cert.region}")
    for i, m in enumerate(cert.modules):
        label = "Modules:" if len(cert.modules) > 1 else "Module:"
        print(f"  {label if i == 0 else '':8} {m.title} ({m.id}, version {m.version})")
    print(f"  Score:   {cert.score:g}%")
    print(f"  Date:    {cert.date.isoformat()}")
    return 0

"""`import-questions FILE --format gift|aiken|xml --module ID`: question banks from Moodle into quiz.yaml."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer import paths
from trainer.domain import model


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import-questions",
        help="convert a Moodle GIFT, Aiken or Moodle XML question bank into a module's quiz.yaml",
        description="Convert the questions of a GIFT, Aiken or Moodle XML file into Qorgau's content format and append "
        "them to <content>/<ID>/quiz.yaml (created if needed), or to DIR/quiz.yaml with --out. Questions of "
        "a type Qorgau lacks, and malformed ones, are listed with their line number. Citation, competency "
        "and difficulty are not in these formats: they are written as TODO placeholders (or the values "
        "given below) that `validate` asks you to fill in. Images embedded in Moodle XML are written to the "
        "module's images/ folder. Exit status 0: questions imported; 1: none.",
    )
    p.add_argument("file", metavar="FILE", help="the question bank")
    p.add_argument("--format", choices=("gift", "aiken", "xml"), required=True)
    p.add_argument("--module", metavar="ID", required=True, help="the module the questions belong to")
    p.add_argument("--out", metavar="DIR", help="write DIR/quiz.yaml instead of the module folder in the content")
    p.add_argument("--competency", choices=model.COMPETENCIES, help="competency for every imported question")
    p.add_argument("--difficulty", choices=("easy", "medium", "hard"), help="difficulty for every imported question")
    p.add_argument("--article", metavar="SECTION", help="article section to cite, e.g. §4.1.1")
    p.add_argument("--law", metavar="LAW", help="law to cite, e.g. 'Law 214-IV Art. 20'")
    p.set_defaults(func=cmd_import_questions)


def cmd_import_questions(args: argparse.Namespace) -> int:
    import yaml

    from trainer.content.loader import MODULE_ID_RE, load_catalogue
    from trainer.interop.aiken import parse_aiken
    from trainer.interop.gift import parse_gift
    from trainer.interop.moodle_xml import MAX_XML_BYTES, parse_moodle_xml
    from trainer.interop.questions import BankError, existing_ids, extend_quiz_text, read_bank, to_entries

    if not MODULE_ID_RE.match(args.module):
        print(f"{args.module!r} is not a module id (lower-case letters, digits and '-').", file=sys.stderr)
        return 2
    try:
        if args.format == "xml":
            text = read_bank(Path(args.file), MAX_XML_BYTES)
            try:
                result = parse_moodle_xml(text)
            except BankError as exc:
                raise BankError(f"{args.file}: {exc}") from None
        else:
            text = read_bank(Path(args.file))
            result = (parse_gift if args.format == "gift" else parse_aiken)(text)
    except BankError as exc:
        print(f"{exc}; nothing was imported.", file=sys.stderr)
        return 1
    problems = sorted(result.problems, key=lambda p: p.line)
    content = paths.content_dir(args.content_dir)
    folder = Path(args.out) if args.out else content / args.module
    quiz_path = folder / "quiz.yaml"
    if not result.questions:
        for p in problems:
            print(f"{args.file}:{p}", file=sys.stderr)
        print(f"No question in {args.file} could be imported; nothing was written.", file=sys.stderr)
        return 1
    try:
        existing = quiz_path.read_text(encoding="utf-8") if quiz_path.is_file() else None
    except (OSError, UnicodeDecodeError) as exc:
        print(f"Cannot read {quiz_path}: {exc}; nothing was imported.", file=sys.stderr)
        return 1
    taken = existing_ids(existing)
    if content.is_dir():
        cat = load_catalogue(content)
        taken |= {q.id for m in cat.modules.values() for q in m.quiz.questions}
    source = {k: v for k, v in (("article", args.article), ("law", args.law)) if v}
    defaults = {"source": source or None, "competency": args.competency, "difficulty": args.difficulty}
    entries = to_entries(result.questions, args.module, taken, defaults)
    try:
        new_text = extend_quiz_text(existing, entries)
    except (BankError, yaml.YAMLError) as exc:
        print(f"{quiz_path}: {exc}; nothing was imported.", file=sys.stderr)
        return 1
    images = folder / "images"
    for name, data in result.files.items():
        target = images / name
        if Path(name).name != name or not target.resolve().is_relative_to(images.resolve()):
            print(f"{args.file}: embedded file name {name!r} is a path; nothing was imported.", file=sys.stderr)
            return 1
        if target.exists() and (not target.is_file() or target.read_bytes() != data):
            print(
                f"{target} already exists with different content; rename or remove it and import again. "
                "Nothing was imported.",
                file=sys.stderr,
            )
            return 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if result.files:
            images.mkdir(exist_ok=True)
        for name, data in result.files.items():
            (images / name).write_bytes(data)
        tmp = quiz_path.with_name(quiz_path.name + ".part")
        tmp.write_text(new_text, encoding="utf-8")
        tmp.replace(quiz_path)
    except OSError as exc:
        print(f"Cannot write {quiz_path}: {exc.strerror or exc}; nothing was imported.", file=sys.stderr)
        return 1

    print(f"Imported {len(entries)} questions from {args.file} into {quiz_path}:")
    for parsed, entry in zip(result.questions, entries, strict=True):
        title = f" ({parsed.title})" if parsed.title else ""
        print(f"  line {parsed.line}: {entry['id']} {entry['type']}{title}")
    if result.files:
        print(f"Images written to {images}: {', '.join(sorted(result.files))}")
    if result.categories:
        print(
            f"Categories in the bank ({len(result.categories)}; Qorgau has none, so every question went into "
            f"{args.module}): {'; '.join(result.categories)}"
        )
    left_out = [p for p in problems if p.kind != "warning"]
    if problems:
        print(f"Not imported: {len(left_out)} questions. Notes:" if left_out else "Notes:")
        for p in problems:
            print(f"  {args.file}:{p}")
    todo = []
    placeholders = [
        f for f, v in (("source", source), ("competency", args.competency), ("difficulty", args.difficulty)) if not v
    ]
    if placeholders:
        todo.append(f"{', '.join(placeholders)}: TODO placeholders in every imported question")
    no_explanation = [e["id"] for e in entries if not e["explanation"]]
    if no_explanation:
        todo.append(f"explanation: empty in {', '.join(no_explanation)} (the bank had no general feedback)")
    if not (folder / "module.yaml").is_file():
        todo.append(f"{folder / 'module.yaml'} does not exist yet (see modules/README.md)")
    if todo:
        print("Before the module validates, fill in:")
        for t in todo:
            print(f"  {t}")
        print(f"Then run: python main.py validate{' ' + str(folder.parent) if args.out else ''}")
    return 0

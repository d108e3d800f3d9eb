"""Load ``modules/`` into a Catalogue, collecting every problem instead of stopping at the first.

A module with any error is left out of the catalogue (the app warns and carries on with the
others); ``python main.py validate`` prints the same errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from trainer.content.errors import ContentError
from trainer.content.markdown_render import MAX_LESSON_BYTES, image_inside, scan_links
from trainer.domain import model

# Parsing and checking (yaml, pydantic) are imported by the functions that load files, so reading
# the catalogue from its cache (which imports this module for ``Catalogue``) does not pay for them.

MODULE_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
TRANSLATED = ("ru", "kk")


@dataclass
class Catalogue:
    """Every module that loaded cleanly, in curriculum order, with the glossary and findings."""

    root: Path
    modules: dict[str, model.Module] = field(default_factory=dict)
    glossary: model.Glossary = field(default_factory=model.Glossary)
    findings: model.Findings = field(default_factory=model.Findings)
    sources: model.SourceList = field(default_factory=model.SourceList)
    errors: list[ContentError] = field(default_factory=list)
    skipped: dict[str, list[ContentError]] = field(default_factory=dict)

    def lesson(self, lesson_id: str) -> tuple[model.Module, model.LessonRef]:
        for m in self.modules.values():
            for lesson in m.meta.lessons:
                if lesson.id == lesson_id:
                    return m, lesson
        raise KeyError(lesson_id)

    def lesson_text(self, module: model.Module, lesson: model.LessonRef, language: str = "en") -> str:
        """The Markdown of a lesson in ``language``, falling back as ``model.FALLBACKS`` says."""
        path = Path(module.folder) / lesson.file
        for lang in model.FALLBACKS.get(language, ()):
            variant = path.with_suffix(f".{lang}{path.suffix}")
            if variant.is_file():
                return variant.read_text(encoding="utf-8")
        return path.read_text(encoding="utf-8")

    def term(self, term_id: str) -> model.GlossaryTerm:
        for t in self.glossary.terms:
            if t.id == term_id:
                return t
        raise KeyError(term_id)

    def for_role(self, role: str) -> list[model.Module]:
        """The core modules, then the role's own track, then modules of other tracks that name the role.

        A module written for two tracks (evidence for police and prosecutors, say) lives in one
        track and lists the other track's roles in ``roles``.
        """
        track = model.TRACK_FOR_ROLE.get(role)
        own = [m for m in self.modules.values() if m.meta.track in ("core", track)]
        shared = [m for m in self.modules.values() if m.meta.track not in ("core", track) and role in m.meta.roles]
        return own + shared


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


@dataclass
class _Loaded:
    module: model.Module | None
    errors: list[ContentError]
    lesson_links: dict[str, tuple[str, int | None, object]]  # lesson id -> (display, line, links)
    meta: model.ModuleMeta | None = None


def load_module(folder: Path, root: Path) -> _Loaded:
    """Load and check one module folder on its own (cross-module checks come later)."""
    from trainer.content.schema import validate_into
    from trainer.content.yaml_source import YamlLoadError, load_yaml

    errors: list[ContentError] = []
    meta_path = folder / "module.yaml"
    display = _rel(meta_path, root)
    if not meta_path.is_file():
        return _Loaded(None, [ContentError(_rel(folder, root), None, "module.yaml is missing")], {})
    try:
        doc = load_yaml(meta_path, display)
    except YamlLoadError as exc:
        return _Loaded(None, [exc.error], {})
    meta, errs = validate_into("module", doc.data, doc, display)
    errors.extend(errs)
    if meta is None:
        return _Loaded(None, errors, {})
    if meta.id != folder.name:
        errors.append(
            ContentError(display, doc.line(("id",)), f"id {meta.id!r} must equal the folder name {folder.name!r}")
        )
    if not MODULE_ID_RE.match(meta.id):
        errors.append(ContentError(display, doc.line(("id",)), "id may hold only lower-case letters, digits and '-'"))
    if not 0 <= meta.pass_mark <= 100:
        errors.append(ContentError(display, doc.line(("pass_mark",)), "pass_mark must be between 0 and 100"))
    if not meta.lessons:
        errors.append(ContentError(display, doc.line(("lessons",)), "a module needs at least one lesson"))
    lesson_links = {}
    for i, lesson in enumerate(meta.lessons):
        line = doc.line(("lessons", i, "file"))
        path = folder / lesson.file
        if not path.resolve().is_relative_to(folder.resolve()):
            errors.append(ContentError(display, line, f"lesson file {lesson.file!r} lies outside the module folder"))
            continue
        if not path.is_file():
            errors.append(ContentError(display, line, f"lesson file {lesson.file!r} does not exist"))
            continue
        if path.stat().st_size > MAX_LESSON_BYTES:
            errors.append(ContentError(_rel(path, root), None, f"lesson is too large (limit {MAX_LESSON_BYTES} bytes)"))
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError) as exc:
            errors.append(ContentError(_rel(path, root), None, f"lesson cannot be read as UTF-8 text: {exc}"))
            continue
        links = scan_links(text)
        lesson_links[lesson.id] = (_rel(path, root), None, links)
        for target in links.images:
            img = image_inside(folder, target)
            if img is None:
                errors.append(
                    ContentError(
                        _rel(path, root), _line_of(text, target), f"image {target!r} lies outside the module folder"
                    )
                )
            elif not img.is_file():
                errors.append(
                    ContentError(_rel(path, root), _line_of(text, target), f"image {target!r} does not exist")
                )
        for target in links.blocked:
            errors.append(
                ContentError(
                    _rel(path, root),
                    _line_of(text, target),
                    f"link {target!r} is not allowed; use lesson:, glossary: or a web address",
                )
            )

    quiz, quiz_errors = _load_quiz(folder / "quiz.yaml", root, meta.pass_mark)
    errors.extend(quiz_errors)
    translations: dict[str, model.ModuleTranslation] = {}
    quiz_translations: dict[str, model.Quiz] = {}
    for lang in TRANSLATED:
        tr_path = folder / f"module.{lang}.yaml"
        if tr_path.is_file():
            tr_display = _rel(tr_path, root)
            try:
                tr_doc = load_yaml(tr_path, tr_display)
                tr, errs = validate_into("translation", tr_doc.data, tr_doc, tr_display)
                errors.extend(errs)
                if tr is not None:
                    unknown = set(tr.lessons) - {lesson.id for lesson in meta.lessons}
                    for lid in sorted(unknown):
                        errors.append(
                            ContentError(tr_display, tr_doc.line(("lessons", lid)), f"no lesson {lid!r} in module.yaml")
                        )
                    translations[lang] = tr
            except YamlLoadError as exc:
                errors.append(exc.error)
        q_path = folder / f"quiz.{lang}.yaml"
        if q_path.is_file() and quiz is not None:
            tq, errs = _load_quiz(q_path, root, meta.pass_mark)
            errors.extend(errs)
            if tq is not None:
                errors.extend(_compare_quiz(quiz, tq, _rel(q_path, root)))
                quiz_translations[lang] = tq
    if errors or quiz is None:
        return _Loaded(None, errors, lesson_links, meta)
    module = model.Module(meta, quiz, str(folder), translations, quiz_translations)
    return _Loaded(module, errors, lesson_links, meta)


def _line_of(text: str, needle: str) -> int | None:
    for n, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return n
    return None


def _load_quiz(path: Path, root: Path, pass_mark: float) -> tuple[model.Quiz | None, list[ContentError]]:
    from trainer.content.checks import check_question
    from trainer.content.schema import validate_into
    from trainer.content.yaml_source import YamlLoadError, load_yaml

    display = _rel(path, root)
    if not path.is_file():
        return None, [ContentError(display, None, "quiz.yaml is missing")]
    try:
        doc = load_yaml(path, display)
    except YamlLoadError as exc:
        return None, [exc.error]
    data = doc.data
    if not isinstance(data, dict):
        return None, [ContentError(display, 1, "a quiz file must be a mapping with 'settings' and 'questions'")]
    errors: list[ContentError] = []
    unknown = set(data) - {"settings", "questions"}
    for key in sorted(unknown):
        errors.append(ContentError(display, doc.line((key,)), f"{key}: unknown field"))
    settings, errs = validate_into("settings", data.get("settings") or {}, doc, display, ("settings",))
    errors.extend(errs)
    if settings is not None:
        if settings.draw is not None and settings.draw < 1:
            errors.append(ContentError(display, doc.line(("settings", "draw")), "draw must be at least 1"))
        if settings.max_attempts is not None and settings.max_attempts < 1:
            errors.append(
                ContentError(display, doc.line(("settings", "max_attempts")), "max_attempts must be at least 1")
            )
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        errors.append(ContentError(display, doc.line(("questions",)), "questions: the quiz needs a list of questions"))
        return None, errors
    questions = []
    for i, raw in enumerate(raw_questions):
        q, errs = validate_into("question", raw, doc, display, ("questions", i))
        errors.extend(errs)
        if q is None:
            continue
        for sub, msg in check_question(q):
            errors.append(
                ContentError(display, doc.line(("questions", i, *sub)), f"{q.id}: {'.'.join(map(str, sub))}: {msg}")
            )
        questions.append(q)
    seen: dict[str, int] = {}
    for i, q in enumerate(questions):
        if q.id in seen:
            errors.append(
                ContentError(display, doc.line(("questions", i, "id")), f"question id {q.id!r} is used twice")
            )
        seen[q.id] = i
    if settings is not None and settings.draw is not None and settings.draw > len(questions):
        errors.append(
            ContentError(
                display,
                doc.line(("settings", "draw")),
                f"draw {settings.draw} is more than the {len(questions)} questions",
            )
        )
    if errors or settings is None:
        return None, errors
    return model.Quiz(settings, tuple(questions)), []


def _compare_quiz(original: model.Quiz, translated: model.Quiz, display: str) -> list[ContentError]:
    """A translated quiz must differ from the original only in its words."""
    from trainer.content.checks import structure

    errors = []
    a = [q.id for q in original.questions]
    b = [q.id for q in translated.questions]
    if a != b:
        errors.append(
            ContentError(
                display,
                None,
                f"question ids differ from quiz.yaml: missing {sorted(set(a) - set(b))}, extra {sorted(set(b) - set(a))}",
            )
        )
        return errors
    for qa, qb in zip(original.questions, translated.questions, strict=True):
        if structure(qa) != structure(qb):
            errors.append(
                ContentError(display, None, f"{qa.id}: type, answer key or scenario graph differs from quiz.yaml")
            )
    if original.settings != translated.settings:
        errors.append(ContentError(display, None, "settings differ from quiz.yaml"))
    return errors


def _module_folders(root: Path) -> Iterable[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def _load_terms(root: Path, cat: Catalogue):
    """The term base, when the content has one (``terms.yaml``); its own errors go to the catalogue."""
    from trainer.content.terms import parse_term_base
    from trainer.content.yaml_source import YamlLoadError, load_yaml

    path = root / "terms.yaml"
    if not path.is_file():
        return None
    display = _rel(path, root)
    try:
        doc = load_yaml(path, display)
    except YamlLoadError as exc:
        cat.errors.append(exc.error)
        return None
    base, errors = parse_term_base(doc.data, display)
    cat.errors.extend(errors)
    return base


def load_catalogue(root: Path, overlays: Sequence[Path] = (), official: frozenset[str] | None = None) -> Catalogue:
    """Load every module under ``root`` plus glossary.yaml and findings.yaml, and cross-check them.

    Module folders in ``overlays`` (installed content packs) join them; where two folders hold the
    same module, the newer version wins if its publisher may replace the one in use (see
    trainer.content.installed). ``official`` are the official publisher's keys (default: shipped).
    """
    from trainer.content.citations import check_registered, check_sections
    from trainer.content.schema import validate_into
    from trainer.content.yaml_source import YamlLoadError, load_yaml

    cat = Catalogue(root=root)
    if not root.is_dir():
        cat.errors.append(ContentError(str(root), None, "content folder does not exist"))
        return cat
    glossary_doc = None
    terms = _load_terms(root, cat)
    for name, kind in (("sources.yaml", "sources"), ("glossary.yaml", "glossary"), ("findings.yaml", "findings")):
        path = root / name
        if not path.is_file():
            continue
        display = _rel(path, root)
        try:
            doc = load_yaml(path, display)
        except YamlLoadError as exc:
            cat.errors.append(exc.error)
            continue
        value, errs = validate_into(kind, doc.data, doc, display)
        cat.errors.extend(errs)
        if value is not None:
            setattr(cat, kind, value)
            if kind == "glossary":
                glossary_doc = (doc, display)
            elif kind == "sources":
                for d in {s.id for s in value.sources if [t.id for t in value.sources].count(s.id) > 1}:
                    cat.errors.append(ContentError(display, None, f"source {d!r} is listed twice"))
    if glossary_doc is not None and terms is not None:
        from trainer.content.terms import check_glossary_terms, check_glossary_text

        doc, display = glossary_doc
        cat.errors.extend(check_glossary_text(terms, cat.glossary, doc.line, display))
        cat.errors.extend(check_glossary_terms(terms, cat.glossary, display))
    if glossary_doc is not None:
        doc, display = glossary_doc
        for i, t in enumerate(cat.glossary.terms):
            src = t.source
            for msg in [
                *check_sections(src.article, src.law, src.international),
                *check_registered(src.law, src.international, cat.sources, keyed=False),
            ]:
                cat.errors.append(ContentError(display, doc.line(("terms", i, "source")), f"{t.id}: {msg}"))

    loaded: list[tuple[Path, _Loaded]] = [(f, load_module(f, root)) for f in _module_folders(root)]
    if overlays:
        from trainer.content.installed import load_installed, overlay_modules
        from trainer.content.signing import official_keys

        keys = official_keys() if official is None else official
        extra = [(f, load_installed(f, o, keys)) for o in overlays if o.is_dir() for f in _module_folders(o)]
        loaded = overlay_modules(loaded, extra)
    # Ids must be unique across all content: modules, lessons, questions.
    owners: dict[str, str] = {}
    for folder, result in loaded:
        if result.module is None:
            continue
        m = result.module
        display = _rel(folder / "module.yaml", root)
        ids = [m.id, *(lesson.id for lesson in m.meta.lessons), *(q.id for q in m.quiz.questions)]
        for i in ids:
            if i in owners and owners[i] != m.id:
                result.errors.append(
                    ContentError(
                        display,
                        None,
                        f"id {i!r} is also used by module {owners[i]!r}; ids must be unique across all content",
                    )
                )
            owners.setdefault(i, m.id)
    # Links may point into a module that failed on its own errors: that module is reported
    # already, and its neighbours should not be skipped because of it.
    lesson_ids = {lesson.id for _, r in loaded if r.meta for lesson in r.meta.lessons}
    module_ids = {r.meta.id for _, r in loaded if r.meta}
    term_ids = {t.id for t in cat.glossary.terms}
    finding_ids = {f.id for f in cat.findings.items}
    for folder, result in loaded:
        if result.module is None:
            continue
        m = result.module
        display = _rel(folder / "module.yaml", root)
        if not m.meta.law_as_of:
            result.errors.append(ContentError(display, None, "law_as_of: give the date of the law the module teaches"))
        else:
            try:
                date.fromisoformat(m.meta.law_as_of)
            except ValueError:
                result.errors.append(ContentError(display, None, f"law_as_of: {m.meta.law_as_of!r} is not a date (YYYY-MM-DD)"))
        for q in m.quiz.questions:
            for msg in check_registered(q.source.law, q.source.international, cat.sources, keyed=True):
                result.errors.append(ContentError(_rel(folder / "quiz.yaml", root), None, f"{q.id}: source: {msg}"))
        for p in m.meta.prerequisites:
            if p not in module_ids:
                result.errors.append(ContentError(display, None, f"prerequisite {p!r} is not a module"))
        for ldisplay, _, links in result.lesson_links.values():
            for target in links.lessons:
                if target not in lesson_ids:
                    result.errors.append(
                        ContentError(ldisplay, None, f"link to lesson {target!r}, which does not exist")
                    )
            for target in links.glossary:
                if target not in term_ids:
                    result.errors.append(
                        ContentError(ldisplay, None, f"link to glossary term {target!r}, which does not exist")
                    )
        if finding_ids:
            quiz_display = _rel(folder / "quiz.yaml", root)
            for q in m.quiz.questions:
                for c in q.covers:
                    if c not in finding_ids:
                        result.errors.append(
                            ContentError(quiz_display, None, f"{q.id}: covers {c!r}, which is not in findings.yaml")
                        )
            for lesson in m.meta.lessons:
                for c in lesson.covers:
                    if c not in finding_ids:
                        result.errors.append(
                            ContentError(display, None, f"{lesson.id}: covers {c!r}, which is not in findings.yaml")
                        )

    if terms is not None:
        from trainer.content.terms import check_files

        # Reported by validate (which fails on them), but a wrong word does not keep a module from the learner.
        for folder, _result in loaded:
            files = sorted(p for p in folder.rglob("*") if p.suffix in (".md", ".yaml") and p.is_file())
            cat.errors.extend(check_files(terms, root, files))

    ordered = sorted(
        (r for _, r in loaded),
        key=lambda r: (
            (model.TRACKS.index(r.module.meta.track), r.module.meta.order, r.module.id) if r.module else (99, 0, "")
        ),
    )
    for folder, result in loaded:
        cat.errors.extend(result.errors)
        if result.errors:
            cat.skipped[folder.name] = result.errors
    for r in ordered:
        if r.module is not None and not r.errors:
            cat.modules[r.module.id] = r.module
    return cat

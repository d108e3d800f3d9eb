"""Lesson Markdown to HTML that is safe to show.

Raw HTML in a lesson is shown as text, never interpreted; only ``lesson:``, ``glossary:``
and web links survive (the UI shows web addresses rather than opening them); images must
lie inside the module folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

MAX_LESSON_BYTES = 1_000_000
ALLOWED_SCHEMES = ("lesson:", "glossary:", "http://", "https://", "mailto:", "#")
_LINK_RE = re.compile(r"(?<!!)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_IMAGE_RE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


@dataclass(frozen=True)
class LessonLinks:
    """What a lesson's Markdown points at, for the validator."""

    lessons: list[str] = field(default_factory=list)
    glossary: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


def scan_links(text: str) -> LessonLinks:
    links = LessonLinks()
    for target in _LINK_RE.findall(text):
        if target.startswith("lesson:"):
            links.lessons.append(target.removeprefix("lesson:"))
        elif target.startswith("glossary:"):
            links.glossary.append(target.removeprefix("glossary:"))
        elif not target.startswith(ALLOWED_SCHEMES):
            links.blocked.append(target)
    links.images.extend(_IMAGE_RE.findall(text))
    return links


def image_inside(module_folder: Path, target: str) -> Path | None:
    """The image file if ``target`` is a relative path inside the module folder, else None."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target) or target.startswith(("/", "\\")):
        return None
    root = module_folder.resolve()
    path = (root / unquote(target)).resolve()
    if not path.is_relative_to(root):
        return None
    return path


def prompt_images(prompt: str) -> tuple[str, list[tuple[str, str]]]:
    """A question prompt without its Markdown image references, and those images as (alt, target).

    Prompts are shown as plain text (they may come from an imported bank), so an image reference
    such as ``![map](images/map.png)`` would otherwise show as its Markdown source.
    """
    images = [(m.group(0), m.group(1)) for m in _IMAGE_RE.finditer(prompt)]
    found: list[tuple[str, str]] = []
    for whole, target in images:
        alt = re.match(r"!\[([^\]]*)\]", whole)
        found.append((alt.group(1) if alt else "", target))
    text = _IMAGE_RE.sub("", prompt) if found else prompt
    if found:
        text = re.sub(r"(?<=\S) {2,}(?=\S)", " ", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text, found


def render_markdown(text: str, module_folder: Path | None = None) -> str:
    """HTML for a QTextBrowser; Python-Markdown is imported here so start-up does not pay for it."""
    import markdown
    from markdown.treeprocessors import Treeprocessor

    class _Sanitise(Treeprocessor):
        def run(self, root):
            for el in root.iter():
                if el.tag == "a":
                    href = el.get("href", "")
                    if not href.startswith(ALLOWED_SCHEMES):
                        el.set("href", "blocked:" + href)
                elif el.tag == "img":
                    src = el.get("src", "")
                    path = image_inside(module_folder, src) if module_folder else None
                    if path is None or not path.is_file():
                        el.tag = "span"
                        el.text = f"[{el.get('alt', 'image')}]"
                        for attr in ("src", "alt", "title"):
                            el.attrib.pop(attr, None)
                    else:
                        el.set("src", path.as_uri())
                        el.set("style", "max-width: 100%")

    from trainer.content.terms import strip_term_marks

    text = strip_term_marks(text)
    from markdown.extensions.fenced_code import FencedCodeExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension

    # Extension objects, not names: a name is looked up among every installed package's entry
    # points, which reads their metadata (about 4 MiB and 25 ms at the first lesson).
    md = markdown.Markdown(extensions=[TableExtension(), FencedCodeExtension(), SaneListExtension()])
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_Sanitise(md), "qorgau_sanitise", 0)
    return md.convert(text)

"""Stage 6, render: a composed document through the Jinja templates into HTML, for print or screen."""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, TemplateError
from markupsafe import Markup

from .. import __version__
from . import metadata
from .compose import Document
from ..errors import RenderError


def longdate(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d:%B} {d.day}, {d.year}"


@lru_cache(maxsize=8)
def environment(templates: Path) -> Environment:
    env = Environment(loader=FileSystemLoader(str(templates)), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True, bytecode_cache=_bytecode_cache(templates))
    env.filters["longdate"] = longdate
    return env


def _bytecode_cache(templates: Path) -> FileSystemBytecodeCache | None:
    """Compiled templates kept in the project's .cache/ (Jinja checks each template's source):
    a fresh process then skips compiling them, a fifth of a one-brief HTML build."""
    folder = templates.parent / ".cache" / "briefbuild" / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return FileSystemBytecodeCache(str(folder))


@lru_cache(maxsize=8)
def web_fonts(templates: Path) -> str:
    from .fonts import web_font_css
    return web_font_css(templates)


def stylesheet(templates: Path, medium: str) -> str:
    parts = [(templates / "css" / "base.css").read_text("utf-8"),
             (templates / "css" / f"{medium}.css").read_text("utf-8")]
    if medium == "screen":  # the page carries its own fonts; the PDF gets them from fonts.font_face_css
        parts.insert(0, web_fonts(templates))
    return "\n".join(parts)


def script(templates: Path, medium: str) -> str:
    """Inline script for the screen page (note popovers); the print page has none."""
    path = templates / "js" / f"{medium}.js"
    return path.read_text("utf-8") if path.is_file() else ""


def render_html(doc: Document, templates: Path, medium: str, extra_css: str = "", project=None) -> str:
    """The brief as one self-contained HTML page for `medium` ('print' feeds WeasyPrint).

    `project`, when given, lets the JSON-LD describe every cited source in full.
    """
    css = stylesheet(templates, medium)
    if medium == "print":
        css = f"@page {{ size: {doc.paper}; }}\n{extra_css}\n{css}"
    context = dict(doc=doc, medium=medium, css=Markup(css), version=__version__,
                   js=Markup(script(templates, medium).replace("</", "<\\/")),
                   json_ld=metadata.json_ld(metadata.report(doc, project)),
                   scholar=metadata.scholar_tags(doc), source_ref=metadata.source_ref,
                   site=project.config if project is not None else None)
    try:
        template = environment(templates).get_template("brief.html.j2")
        return template.render(**context)
    except (TemplateError, OSError) as exc:
        raise RenderError(f"template error while rendering '{doc.id}': {exc}") from None

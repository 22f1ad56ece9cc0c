"""Stage 6, render: a composed document through the Jinja templates into HTML, for print or screen."""
from __future__ import annotations

import os
from datetime import date
from functools import lru_cache
from pathlib import Path

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.loaders import split_template_path
from markupsafe import Markup

from .. import __version__
from ..chars import escape
from ..errors import RenderError
from ..files import MAX_ASSET, Refused, read_inside
from . import metadata
from .compose import Document
from .tables import cell_dir


def longdate(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d:%B} {d.day}, {d.year}"


def asset_text(templates: Path, rel: str) -> str:
    """A file of templates/ as text: a regular file of bounded size inside templates/ (a FIFO,
    a link to /dev/zero or one leading out of the folder is a RenderError, never a hang or a read)."""
    try:
        return read_inside(templates, templates / rel, MAX_ASSET).decode("utf-8")
    except (Refused, UnicodeDecodeError) as exc:
        raise RenderError(f"cannot use {escape(rel)} from templates/: {escape(str(exc))}") from None


class InsideLoader(FileSystemLoader):
    """Jinja's FileSystemLoader, but a template is read only as a regular file whose real path
    lies in its folder (templates/, or the theme's), of bounded size: Jinja's own loader
    followed any link, so `partials/x.html.j2 -> /etc/passwd` was printed into the page."""

    def get_source(self, environment, template):
        pieces = split_template_path(template)
        for searchpath in self.searchpath:
            path = Path(searchpath, *pieces)
            if not os.path.lexists(path):
                continue
            try:
                text = read_inside(Path(searchpath), path, MAX_ASSET).decode("utf-8")
            except (Refused, UnicodeDecodeError) as exc:
                raise TemplateError(f"cannot use template '{escape(template)}': {escape(str(exc))}") from None
            stamp = _mtime(path)
            return text, os.path.normpath(path), lambda path=path, stamp=stamp: _mtime(path) == stamp
        raise TemplateNotFound(template)


def _mtime(path: Path) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


@lru_cache(maxsize=8)
def environment(templates: Path, theme: Path | None = None) -> Environment:
    """Templates from the theme's templates/ first, then the project's templates/ (as mkdocs' custom_dir).
    Compiled templates stay in this process's memory only: Jinja's bytecode cache on disk is
    read back with marshal, and anyone who can write .cache/ (a restored CI cache) could run
    code on the next build, so there is none."""
    loader: BaseLoader = InsideLoader(str(templates))
    if theme is not None:
        loader = ChoiceLoader([InsideLoader(str(theme)), loader])
    env = Environment(loader=loader, autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    env.filters["longdate"] = longdate  # English; templates use t.date(iso) for the brief's language
    env.globals["cell_dir"] = cell_dir  # a table cell's dir, where its text runs against the brief's
    return env


def web_fonts(templates: Path) -> str:
    """The screen page's @font-face rules, made again whenever a font file under
    templates/fonts/ changes (the output keys hash those files: a watcher must use them)."""
    from ..hashing import digest
    try:  # by content, as the keys are: a few small files, each a regular file (a FIFO never hangs)
        stamps = tuple(sorted((p.name, digest(read_inside(templates, p, MAX_ASSET)))
                              for p in (templates / "fonts").glob("*.woff2")))
    except (OSError, Refused):
        stamps = ()
    return _web_fonts(templates, stamps)


@lru_cache(maxsize=8)
def _web_fonts(templates: Path, stamps: tuple) -> str:
    from .fonts import web_font_css
    return web_font_css(templates)


def stylesheet(templates: Path, medium: str) -> str:
    parts = [asset_text(templates, "css/base.css"), asset_text(templates, f"css/{medium}.css")]
    if medium == "screen":  # the page carries its own fonts; the PDF gets them from fonts.font_face_css
        parts.insert(0, web_fonts(templates))
    return "\n".join(parts)


def script(templates: Path, medium: str) -> str:
    """Inline script for the screen page (note popovers); the print page has none."""
    rel = f"js/{medium}.js"
    return asset_text(templates, rel) if os.path.lexists(templates / rel) else ""


def render_html(doc: Document, templates: Path, medium: str, extra_css: str = "", project=None) -> str:
    """The brief as one self-contained HTML page for `medium` ('print' feeds WeasyPrint).

    `project`, when given, lets the JSON-LD describe every cited source in full.
    """
    theme, lang = doc.theme, doc.language
    css = stylesheet(templates, medium)
    if theme is not None:  # the house style and the language's page numbers, after the defaults
        css += "\n" + theme.css(medium, lang.tag)
        if medium == "screen" and not theme.default_fonts:
            from .webfonts import theme_web_font_css
            css = theme_web_font_css(theme, templates.parent) + "\n" + css
    if medium == "print":
        page = lang.css_content("page", page="counter(page)", pages="counter(pages)")
        css = f"@page {{ size: {doc.paper}; }}\n{extra_css}\n{css}\n@page {{ @bottom-right {{ content: {page}; }} }}"
    context = dict(doc=doc, medium=medium, css=Markup(css), version=__version__, t=lang,
                   logo=theme.logo_uri() if theme else None,
                   js=Markup(script(templates, medium).replace("</", "<\\/")),
                   json_ld=metadata.json_ld(metadata.report(doc, project)),
                   scholar=metadata.scholar_tags(doc), source_ref=metadata.source_ref,
                   site=project.config if project is not None else None)
    try:
        template = environment(templates, theme.templates if theme else None).get_template("brief.html.j2")
        html = template.render(**context)
    except (TemplateError, OSError) as exc:
        where = template_line(exc, templates.parent)
        what = f"no template '{exc.name}' in templates/" if isinstance(exc, TemplateNotFound) else str(exc)
        raise RenderError(f"{where}template error while rendering '{doc.id}': {what}"
                          + (": fix the template there" if where else "")) from None
    unplaced = stale_table_quotes(doc, html)
    if unplaced:
        raise RenderError(f"brief '{doc.id}': the table template printed {unplaced[0]} as text, not as the quote it "
                          "places: partials/table.html.j2 predates quotes in table cells; copy briefbuild's "
                          "templates/partials/table.html.j2 into the project's templates/ (or the theme's)")
    return html


def stale_table_quotes(doc: Document, html: str) -> list[str]:
    """The quote placements of table cells that a page prints as text ({quote-id}): a project's own
    table template from before cells could place quotes prints each cell as it is. A brace never
    stands in prose (a claim's stray one is an input error), so one there is the template's."""
    placed = [part.quote.id for section in doc.sections for block in section.blocks
              for part in getattr(block.table, "quotes", {}).values()]
    return sorted({"{" + qid + "}" for qid in placed if "{" + qid + "}" in html})


def template_line(exc: BaseException, root: Path) -> str:
    """`templates/partials/section.html.j2:12: `: where a template error stands, relative to the
    project, so that an edit of a template is found at once (Jinja's own message names neither)."""
    found: tuple[str, int] | None = None
    if isinstance(exc, TemplateSyntaxError) and exc.filename:
        found = (exc.filename, exc.lineno)
    else:  # a runtime error: the innermost template frame of the traceback Jinja rewrote
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename.endswith(".j2"):
                found = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
            tb = tb.tb_next
    if found is None:
        return ""
    name, line = found
    try:
        name = Path(name).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        name = Path(name).name
    return f"{escape(name)}:{line}: "

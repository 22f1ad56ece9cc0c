"""The files a theme names, checked when it is loaded: each a regular file inside the theme's
folder, of bounded size, and what it claims to be.

A theme arrives in pull requests like any YAML, so what surrounds theme.yaml is input too:
a logo or font may be a link to a file outside the project, a FIFO, a huge file or not a
font at all; an SVG logo may carry a script. Each is a positioned error at `check` and
`build`, never a traceback from fontTools or WeasyPrint half-way through a render, and never
a read outside the project.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

from ..errors import Diagnostic
from ..files import MAX_ASSET, Refused, read_regular
from ..patterns import lazy

MAX_LOGO = 1_000_000  # an organisation's logo, drawn as SVG, is a few kilobytes
# The first bytes of the font files WeasyPrint and fontTools read: TrueType, OpenType (CFF), a collection.
FONT_MAGIC = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf")


def inside(folder: Path, rel: str) -> Path | None:
    """The real path of `rel` if it lies inside the theme folder (links resolved), else None."""
    try:
        path = (folder / rel).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return path if path.is_relative_to(folder.resolve()) else None


def read_in_theme(folder: Path, rel: str, max_bytes: int) -> bytes:
    """A file of the theme folder as bytes; Refused with the reason otherwise."""
    path = inside(folder, rel)
    if path is None:
        raise Refused(f"'{rel}' is not a file in the theme folder (missing, or a link leading out of it): "
                      "put the file itself in the folder")
    try:
        return read_regular(path, max_bytes)
    except Refused as exc:
        raise Refused(f"'{rel}': {exc}") from None


def font_problem(rel: str, data: bytes) -> str | None:
    """Why a font file of a theme cannot be used, or None."""
    if not data.startswith(FONT_MAGIC):
        return f"'{rel}' is not a font file (TrueType or OpenType, .ttf or .otf)"
    from fontTools.ttLib import TTFont, TTLibError
    try:
        font = TTFont(io.BytesIO(data), fontNumber=0, lazy=True)
        font["cmap"].getBestCmap()
    except (TTLibError, KeyError, ValueError, AssertionError, EOFError, IndexError, TypeError) as exc:
        return f"'{rel}' is a damaged font ({type(exc).__name__}): use the file as its foundry ships it"
    return None


# theme.css is written into the web page's <style>: it may not end that element, and, since the page
# loads nothing, may not pull anything in (a font or image goes in as data:, or through theme.yaml).
CSS_ESCAPE = lazy(r"</style|<!--|@import|url\(\s*[\"']?(?!data:|#)[^)\"'\s]+", re.I)


def css_problem(body: bytes) -> str | None:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"theme.css is not UTF-8 (byte {exc.start}): save it as UTF-8"
    from ..checking.assets import embedded_svg
    from ..checking.svgrefs import css_problem as reference_problem
    if found := CSS_ESCAPE.search(text):
        what = f"holds {found.group(0)[:60]!r}"
    elif found_as_read := reference_problem(text, embedded_svg):  # CSS escapes: \75 rl(…), @\69mport
        what = found_as_read[0] + " (once its escapes are read)"
    else:
        return None
    return (f"theme.css {what}: the page loads nothing and the CSS stays inside its <style>: embed images as "
            "data: URLs and give fonts in theme.yaml")


def theme_problems(doc, spec, folder: Path) -> list[Diagnostic]:
    """Every problem of the files `spec` (a ThemeFile) names, positioned at its key in theme.yaml."""
    from ..checking.assets import svg_problem
    from .contrast import contrast_problems
    problems = []
    for group, dark in (("colours", False), ("dark", True)):
        for key, message in contrast_problems(getattr(spec, group).model_dump(), dark):
            problems.append(doc.diag((group, key), message))
    if spec.logo:
        try:
            body = read_in_theme(folder, spec.logo, MAX_LOGO)
            problem = svg_problem(spec.logo, body)
        except Refused as exc:
            problem = str(exc)
        if problem:
            problems.append(doc.diag(("logo",), problem))
    for role in ("serif", "sans"):
        family = getattr(spec.fonts, role)
        for i, rel in enumerate(family.files):
            try:
                problem = font_problem(rel, read_in_theme(folder, rel, MAX_ASSET))
            except Refused as exc:
                problem = str(exc)
            if problem:
                problems.append(doc.diag(("fonts", role, "files", i), problem))
    for rel in ("theme.css", "templates"):
        if (folder / rel).exists() or (folder / rel).is_symlink():
            if inside(folder, rel) is None:
                problems.append(doc.diag((), f"themes/{folder.name}/{rel} leads out of the theme folder (a link?): "
                                             "keep the file itself in the folder"))
            elif rel == "theme.css":
                try:
                    problem = css_problem(read_in_theme(folder, rel, MAX_ASSET))
                except Refused as exc:
                    problem = str(exc)
                if problem:
                    problems.append(doc.diag((), f"themes/{folder.name}/{problem}"))
    return problems

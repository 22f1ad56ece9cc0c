"""Inline markup for prose from YAML: emphasis, code and safe links; raw HTML is text."""
from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from markupsafe import Markup

SAFE_SCHEMES = ("http://", "https://", "mailto:")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("zero", {"html": False, "typographer": False})
    md.enable(["emphasis", "backticks", "link", "escape", "newline"])
    md.validateLink = lambda url: url.strip().lower().startswith(SAFE_SCHEMES)  # type: ignore[method-assign]
    return md


def inline(text: str) -> Markup:
    """Render one paragraph of prose as inline HTML; everything else is escaped by markdown-it."""
    html = _parser().renderInline(" ".join(text.split()))
    # Keep one space at either edge: prose pieces meet quotes mid-sentence.
    lead = " " if text[:1].isspace() else ""
    tail = " " if text[-1:].isspace() and text.strip() else ""
    return Markup(lead + html + tail)

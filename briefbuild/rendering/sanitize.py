"""The only door by which a converter's HTML becomes Markup: an allow-list sanitiser (nh3).

pandoc's citeproc formats notes and the bibliography from text we hand it; its HTML (and
the same HTML read back from the notes cache in .cache/) is marked safe only after nh3,
a Rust port of the well-kept `ammonia`, has kept the few inline elements a note needs
and dropped everything else: no element, attribute or URL scheme a note does not use.
"""
from __future__ import annotations

import nh3
from markupsafe import Markup

from ..patterns import lazy

# What CSL styles produce through pandoc: emphasis, small caps and super/subscripts as spans
# and inline elements, links for URLs and DOIs, and cite.typeset's break points in URLs.
TAGS = {"em", "i", "strong", "b", "span", "sup", "sub", "a", "code", "br", "wbr"}
# lang: a cited title in its own language (cite.py). "*" is empty: without it ammonia lets its default
# generic attributes (title, lang) through on every element.
ATTRIBUTES: dict[str, set[str]] = {"*": set(), "a": {"href"}, "span": {"lang"}}
# Classes are named one by one: a note may not borrow the page's own (fn-call, fn-pop).
CLASSES = {"a": {"url"}, "span": {"nobr", "smallcaps", "nocase", "underline", "csl-no-emph", "csl-no-strong",
                                  "csl-no-smallcaps", "csl-block", "csl-left-margin", "csl-right-inline",
                                  "csl-indent"}}
URL_SCHEMES = {"http", "https", "mailto"}
_LANG = lazy(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")  # a BCP 47 tag as the CSL model validates it


def _attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "lang":
        return value if _LANG.fullmatch(value) else None
    return value


def safe_html(fragment: str) -> Markup:
    """`fragment` with only allowed inline markup left, ready to be marked safe."""
    clean = nh3.clean(fragment, tags=TAGS, attributes=ATTRIBUTES, allowed_classes=CLASSES,
                      url_schemes=URL_SCHEMES, url_relative="deny", link_rel=None, strip_comments=True,
                      clean_content_tags={"script", "style"}, attribute_filter=_attribute)
    # html5ever writes U+00A0 as &nbsp;: the same text, but the page keeps the character itself.
    return Markup(clean.replace("&nbsp;", "\u00a0"))

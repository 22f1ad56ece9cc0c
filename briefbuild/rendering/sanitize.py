"""The only door by which a converter's HTML becomes Markup: an allow-list sanitiser (nh3).

pandoc's citeproc formats notes and the bibliography from text we hand it; its HTML (and
the same HTML read back from the notes cache in .cache/) is marked safe only after nh3,
a Rust port of the well-kept `ammonia`, has kept the few inline elements a note needs
and dropped everything else: no element, attribute or URL scheme a note does not use.
"""
from __future__ import annotations

import nh3
from markupsafe import Markup

# What CSL styles produce through pandoc: emphasis, small caps and super/subscripts as spans
# and inline elements, and links for URLs and DOIs.
TAGS = {"em", "i", "strong", "b", "span", "sup", "sub", "a", "code", "br"}
ATTRIBUTES = {"span": {"class"}, "a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}


def safe_html(fragment: str) -> Markup:
    """`fragment` with only allowed inline markup left, ready to be marked safe."""
    return Markup(nh3.clean(fragment, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES,
                            link_rel=None, strip_comments=True, clean_content_tags={"script", "style"}))

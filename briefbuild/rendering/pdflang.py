"""Language of parts in the tagged PDF (PDF/UA-1 7.2, WCAG 2.1 SC 3.1.2).

WeasyPrint 70 builds the structure tree from the HTML but copies no element's `lang` into it:
the catalog's /Lang says "en", and a French quote or an Arabic title inside reads as English.
Its tree builder (weasyprint.pdf.tags._build_box_tree, which calls itself through the module)
is wrapped once so that every structure element made for an HTML element with a `lang`
attribute gets a /Lang entry; its descendants inherit it, as PDF 14.9.2 says. Where a later
WeasyPrint sets /Lang itself, or has no such builder, nothing is changed.
"""
from __future__ import annotations

import pydyf
from weasyprint.pdf import tags

_ROOTS = ("html", "body")  # the page's own language is the catalog's /Lang


def _lang(box) -> str | None:
    element = getattr(box, "element", None)
    if element is None or getattr(box, "element_tag", None) in _ROOTS:
        return None
    lang = element.get("lang") if hasattr(element, "get") else None
    return lang or None


def _with_lang(build):
    def build_with_lang(box, parent, pdf, *args, **kwargs):
        lang = _lang(box)
        for element in build(box, parent, pdf, *args, **kwargs):
            if lang and "Lang" not in element:
                element["Lang"] = pydyf.String(lang)
            yield element
    build_with_lang.briefbuild = True  # type: ignore[attr-defined]
    return build_with_lang


def install() -> None:
    build = getattr(tags, "_build_box_tree", None)
    if build is not None and not getattr(build, "briefbuild", False):
        tags._build_box_tree = _with_lang(build)

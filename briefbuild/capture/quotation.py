"""The quotation marks a browser shows for a page's `<q>`: its language's, not always English.

A `<q>`'s markup holds no marks; the browser draws them (CSS `quotes: auto`) in the language
of the element: the nearest `lang` (or `xml:lang`) around it, `<html lang>` included, else the
page's default, a `<meta http-equiv="content-language">` naming one language (the HTML
standard's pragma), else its Open Graph `og:locale` (`fr_FR`). The marks are the language's
catalogue's (`briefbuild/quotemarks.py`): French `«\u202f…\u202f»` with the narrow no-break
spaces French typography sets inside them, German `„…“`, Spanish `«…»`, Japanese `「…」`, and a
`<q>` inside another the inner pair (`‚…‘`, `“…”`, `『…』`). A language with no catalogue, or
none given, gets English `“…”` and `‘…’`.
"""
from __future__ import annotations

from ..quotemarks import Marks, of

ENGLISH = Marks("“", "”", "‘", "’", True)


def page_language(tree) -> str | None:
    """The page's default language where no element gives one: content-language, then og:locale."""
    pragma = tree.xpath("//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', 'content-language')='content-language']"
                        "/@content")
    if pragma and "," not in pragma[0] and pragma[0].strip():  # a list of languages sets none (HTML 4.2.5.3)
        return pragma[0].strip()
    locale = tree.xpath("//meta[@property='og:locale']/@content")
    return locale[0].strip() if locale and locale[0].strip() else None


def language_of(el, default: str | None) -> str | None:
    """The language of an element: the nearest lang around it (an empty one: unknown), else the page's."""
    for node in [el, *el.iterancestors()]:
        tag = node.get("lang") if node.get("lang") is not None else node.get("{http://www.w3.org/XML/1998/namespace}lang")
        if tag is not None:
            return tag.strip() or None
    return default


def mark(tree) -> None:
    """Each `<q>` between the marks a browser shows for it (its words keep their place)."""
    default = page_language(tree)
    for q in tree.xpath("//body//q"):
        marks = of(language_of(q, default)) or ENGLISH
        inner = len(q.xpath("ancestor::q")) % 2
        opening, closing = (marks.inner_open, marks.inner_close) if inner else (marks.open, marks.close)
        q.text = opening + ((q.text or "").lstrip() if opening[-1].isspace() else (q.text or ""))
        end = q.makeelement("span")
        end.text = closing
        if closing[0].isspace():  # the closing mark's own space stands for any the words end with
            if len(q):
                q[-1].tail = (q[-1].tail or "").rstrip()
            else:
                q.text = q.text.rstrip()
        q.append(end)


# What stands for a narrow no-break space through the extractor, which makes every Unicode space
# a plain one: printable and no space, the first the page does not hold (as html.LINE_BREAKS).
NARROW_STANDINS = "\u2423\u2422\u237d\u2e31"


def keep_narrow_spaces(tree) -> str:
    """Each U+202F of the page (the one French typography sets inside « », before ; : ! ?, and
    the one `mark` sets) as a stand-in the extractor keeps; returns it ("" when none is needed)."""
    shown = tree.text_content()
    if "\u202f" not in shown:
        return ""
    standin = next((s for s in NARROW_STANDINS if s not in shown), "")
    for el in tree.iter() if standin else ():
        if isinstance(el.tag, str) and el.text and "\u202f" in el.text:
            el.text = el.text.replace("\u202f", standin)
        if el.tail and "\u202f" in el.tail:
            el.tail = el.tail.replace("\u202f", standin)
    return standin

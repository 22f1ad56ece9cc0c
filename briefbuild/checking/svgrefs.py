"""References inside a parsed SVG, read as a renderer reads them: after XML's character
references (`&#117;rl(` is `url(`) and CSS's escapes and comments (`\\75 rl(`, `@\\69mport`),
and through the animations that set an attribute (`<set attributeName="href" to="https://…">`).

A byte-level search (assets.py) sees none of these; this sees the values a browser or WeasyPrint
would fetch. Only same-document references (`#id`) and `data:` URLs are allowed, and an SVG in
a data: URL is checked as a file of its own would be.
"""
from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from typing import TypeAlias
from urllib.parse import unquote_to_bytes
from xml.etree import ElementTree

from ..patterns import lazy

# What is wrong and which kind of wrong: ("refers to https://…", "reference"), ("holds @import", "active"),
# ("holds <set …>, an animation that changes a link", "animation"); assets.py words the fix for each kind.
Found: TypeAlias = "tuple[str, str] | None"
DataCheck: TypeAlias = Callable[[str], "tuple[str, str] | None"]

# The elements that change an attribute over time (SVG 1.1 and 2, SMIL).
ANIMATIONS = frozenset({"set", "animate", "animateColor", "animateMotion", "animateTransform"})
# Attributes whose value is an address: href (SVG 2), xlink:href, src, and xml:base, which would
# turn every "#id" into an address on another host.
ADDRESS_ATTRIBUTES = frozenset({"href", "src", "base"})
_COMMENT = lazy(r"/\*.*?(\*/|$)", re.S)
_ESCAPE = lazy(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\n|(.))", re.S)
_NAMESPACE_RULE = lazy(r"@namespace\b[^;{}]*;?", re.I)  # names a namespace, fetches nothing
_URL = lazy(r"""\b(?:url|src)\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))""", re.I)
# Functions that take a bare string as an image's address (image-set("a.png" 1x)).
_STRING_IMAGES = lazy(r"(?:-webkit-)?image-set\(|\bimage\(|cross-fade\(", re.I)
_STRING = lazy(r""""([^"]*)"|'([^']*)'""")


def css_text(raw: str) -> str:
    """CSS as its tokenizer reads it: comments gone (a space in their place), escapes decoded."""
    def decoded(m: re.Match) -> str:
        if m[1]:
            code = int(m[1], 16)
            return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
        return m[2] or ""  # an escaped newline continues a string
    return _ESCAPE.sub(decoded, _COMMENT.sub(" ", raw))


def css_problem(raw: str, check_data: DataCheck) -> Found:
    """What in CSS (a <style> element, a style or presentation attribute) pulls in another file."""
    text = _NAMESPACE_RULE.sub(" ", css_text(raw))
    if "@import" in text.lower():
        return "holds @import", "active"
    for m in _URL.finditer(text):
        if problem := address_problem(m[1] if m[1] is not None else m[2] if m[2] is not None else m[3], check_data):
            return problem
    for m in _STRING_IMAGES.finditer(text):
        inside = text[m.end():_closing(text, m.end())]
        for s in _STRING.finditer(inside):
            if problem := address_problem(s[1] if s[1] is not None else s[2], check_data):
                return problem
    return None


def address_problem(value: str, check_data: DataCheck) -> Found:
    """None for "", "#id" and a data: URL whose content passes; else what the value refers to."""
    target = value.strip()
    if not target or target.startswith("#"):
        return None
    if target[:5].lower() == "data:":
        return check_data(target)
    return f"refers to {target[:80]}", "reference"


def data_svg(url: str) -> bytes | None:
    """The SVG a data: URL holds (base64 or percent-encoded), or None if it holds something else."""
    head, _, payload = url[5:].partition(",")
    if "svg" not in head.lower():
        return None
    if head.lower().endswith(";base64"):
        try:
            return base64.b64decode(re.sub(r"\s+", "", unquote_to_bytes(payload).decode("ascii", "replace")))
        except (binascii.Error, ValueError):
            return b""
    return unquote_to_bytes(payload)


def tree_problem(root: ElementTree.Element, check_data: DataCheck) -> Found:
    """The first reference out of the drawing in a parsed SVG, as '<what it does>', or None."""
    for element in root.iter():
        if not isinstance(element.tag, str):  # a comment or processing instruction
            continue
        tag = local(element.tag)
        if tag in ANIMATIONS and local(element.get("attributeName", "")) in ADDRESS_ATTRIBUTES:
            name = element.get("attributeName", "")[:40]
            return f"holds <{tag} attributeName=\"{name}\">, an animation that changes a link", "animation"
        for name, value in element.attrib.items():
            if local(name) in ADDRESS_ATTRIBUTES and (problem := address_problem(value, check_data)):
                return problem
            if problem := css_problem(value, check_data):  # style="…", fill="url(…)", to="url(…)"
                return problem
        if tag == "style" and (problem := css_problem("".join(element.itertext()), check_data)):
            return problem
    return None


def local(name: str) -> str:
    """A tag or attribute name without its namespace ({http://www.w3.org/1999/xlink}href, xlink:href: href)."""
    return name.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _closing(text: str, start: int) -> int:
    """Where the parenthesis opened just before `start` closes (the end of the text if never)."""
    depth = 1
    for i in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return len(text)

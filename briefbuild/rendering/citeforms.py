"""A Japanese brief's notes in two forms: each source in the form of its own language.

Japanese notes cite a work in Japanese in the Japanese form (著者「論文名」『誌名』発行年月日、頁。,
著者『書名』出版社、発行年。) and a work in a Western language in that language's own form, here
Chicago's as an English brief prints it (dates and labels in English). A Japanese brief in a note
style is therefore cited twice by citeproc, with every source and every note each time, so that
first and later notes, and "ibid.", count every citation: once in the brief's style with the en-US
locale, once in the Japanese-form style (briefbuild/csl/japanese-notes.csl) with ja-JP. Each
citation of a note ends with a marker the input can never hold (chars.FORBIDDEN refuses U+FFF9-FFFB
in any YAML), numbered, so a note is cut into its citations, and each is taken from the run of its
source's form. A run of citations of one form keeps that run's delimiter and closing stop (`; ` and
`.`, or `。`); where the form changes, the next run starts as a new sentence.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..patterns import lazy

_OPEN, _COUNT, _CLOSE = "\ufff9", "\ufffa", "\ufffb"
_MARK = lazy(f"\\s*{_OPEN}({_COUNT}*){_CLOSE}")
_LEADING_DELIMITER = lazy(r"^\s*[;；,、。]\s*")


def japanese_style() -> Path:
    return Path(str(resources.files("briefbuild") / "csl" / "japanese-notes.csl"))


def in_japanese(item: dict) -> bool:
    """A source whose CSL `language` is Japanese (ja, ja-JP): nothing else is guessed."""
    return str(item.get("language", "")).split("-")[0].lower() == "ja"


def citation_mark(k: int) -> str:
    """The marker that ends the note's k-th citation (as a citation's suffix)."""
    return f" {_OPEN}{_COUNT * k}{_CLOSE}"


def citations(html: str) -> tuple[list[str], str] | None:
    """A note cut at its markers: each citation's text (with the delimiter before it) and what follows
    the last (the style's closing stop); None when the markers are not all there in order."""
    found = list(_MARK.finditer(html))
    if [len(m[1]) for m in found] != list(range(len(found))) or not found:
        return None
    pieces, start = [], 0
    for m in found:
        pieces.append(html[start:m.start()])
        start = m.end()
    return pieces, html[start:]


def japanese_locator(label: str, locator: str) -> str:
    """A locator written whole, as the Japanese form prints it: 12頁, 12–14、31頁, 第2段落, 第3節, 第1章, 12行."""
    text = locator.replace(", ", "、").replace("-", "–")
    if label == "timestamp":
        return locator
    return {"page": f"{text}頁", "paragraph": f"第{text}段落", "section": f"第{text}節",
            "chapter": f"第{text}章", "line": f"{text}行"}[label]


def joined(forms: list[bool], western: tuple[list[str], str], japanese: tuple[list[str], str]) -> str:
    """One note from its citations, each from the run of its form (True: Japanese), in their order."""
    out = ""
    k = 0
    while k < len(forms):
        end = k
        while end < len(forms) and forms[end] == forms[k]:
            end += 1
        pieces, close = japanese if forms[k] else western
        run = "".join(pieces[k:end])
        run = _LEADING_DELIMITER.sub("", run) if k else run
        if run[:4] == "ibid":  # a new sentence after the other form's stop (an "ibid." style)
            run = "I" + run[1:]
        if out and not forms[k - 1]:
            out += " "  # after a Latin full stop; none after 。
        out += run + close
        k = end
    return out

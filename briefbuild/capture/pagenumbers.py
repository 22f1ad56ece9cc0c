"""Which number each page of a PDF carries, so `page:` locators use the numbering a reader
cites: the folios printed in the running heads and feet, and the PDF's own page labels
(/PageLabels, what a viewer shows: 'i', 'ii', then '1', '2', ...) when the file has them.

The two agree in a well-made report, and the labels also number the pages that print no
folio (a chapter opening, a full-page chart). When they disagree, what is printed on the
page wins and the editor is told. A label a locator cannot name (a space or a hyphen, as in
'A-1', where '4-6' means a range) or one used twice leaves its page numbered by the PDF.
"""
from __future__ import annotations

import io
import re
from collections import Counter

from ..patterns import lazy
from . import clean_line

_ROMAN = lazy(r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_NUMBER = r"(\d{1,5}|[ivxlcdm]{1,8})"
_EDGE = lazy(rf"^(?:page\s+)?{_NUMBER}(?:\s*(?:of|/)\s*\d+)?(?:\s*[|·•—–-]\s*|\s+|$)(.*)$|"
             rf"^(.*?)(?:\s*[|·•—–-]\s*|\s+|^)(?:page\s+)?{_NUMBER}(?:\s*(?:of|/)\s*\d+)?$", re.IGNORECASE)
LOCATOR = lazy(r"[0-9A-Za-z]{1,20}")  # what a [page N] mark and a page: locator can hold (checking/pages.py)
MAX_LABEL = 200  # characters of a label read; a longer one is not a page number


def edge(text: str) -> tuple[str, str | None]:
    """A running line without the page number at its start or end: ('Harbor Institute', '4')."""
    m = _EDGE.match(text.strip())
    if not m:
        return text, None
    core, number = (m.group(2), m.group(1)) if m.group(1) else (m.group(3), m.group(4))
    if not number.isdigit() and not (number.islower() and _ROMAN.match(number)):
        return text, None
    return core, number


def printed(running: list[list[str]]) -> list[str | None]:
    """The number printed on each page, from its running lines: a number at the edge of a
    running line that counts up with the pages (a year in a running head stays the same, so
    it is no folio)."""
    candidates = [[number.lower() for text in lines if (number := edge(text)[1])] for lines in running]
    offsets = Counter(int(v) - k for k, found in enumerate(candidates) for v in set(found) if v.isdigit())
    numbered = sum(1 for found in candidates if any(v.isdigit() for v in found))
    common = offsets.most_common(1)[0] if offsets else (None, 0)
    offset = common[0] if common[1] >= 2 or (numbered == 1 and common[1] == 1) else None
    labels: list[str | None] = []
    for k, found in enumerate(candidates):
        arabic = [v for v in found if v.isdigit() and offset is not None and int(v) - k == offset]
        roman = [v for v in found if not v.isdigit()]
        labels.append(arabic[0] if arabic else roman[0] if roman else None)
    return labels


def declared(raw: bytes, count: int) -> list[str]:
    """The PDF's page labels for its first `count` pages ('' for each when it has none).
    Read with qpdf (pikepdf), not PDFium: PDFium recurses without end into a /PageLabels
    tree that contains itself and crashes the process; qpdf detects the loop."""
    import pikepdf
    try:
        with pikepdf.open(io.BytesIO(raw)) as pdf:
            if "/PageLabels" not in pdf.Root:
                return [""] * count
            labels = [str(page.label or "")[:MAX_LABEL] for page in pdf.pages[:count]]
    except Exception:  # noqa: BLE001 (a broken file or tree: no labels; PDFium reads the text or says why not)
        return [""] * count
    return [clean_line(label) if label else "" for label in labels] + [""] * (count - len(labels))


def reconcile(found: list[str | None], given: list[str], notes: list[str]) -> list[str | None]:
    """One label per page: the page labels where the file has them and they agree with the
    printed folios, the printed folios otherwise; notes say what was set aside."""
    labels = found
    if any(given):
        usable = [label if LOCATOR.fullmatch(label) else None for label in given]
        clash = [k for k, (f, u) in enumerate(zip(found, usable)) if f and u and f.lower() != u.lower()]
        if clash:
            notes.append(f"the PDF's page labels disagree with the numbers printed on {pdf_pages(clash)} "
                         f"(label '{given[clash[0]][:40]}', printed '{found[clash[0]]}'): the printed numbers are used")
        else:
            labels = [u if u is not None else f for f, u in zip(found, usable)]
            odd = [k for k, label in enumerate(given) if label and usable[k] is None and not found[k]]
            if odd:
                notes.append(f"{pdf_pages(odd)}: the page label '{given[odd[0]][:40]}' cannot be a page: locator "
                             "(letters and digits only): cite the paragraph there")
    labels = _between(labels, notes)
    seen: set[str] = set()
    twice = []
    for k, label in enumerate(labels):
        if label is not None and label in seen:
            twice.append(k)
        elif label is not None:
            seen.add(label)
    if twice:
        notes.append(f"{pdf_pages(twice)}: page '{labels[twice[0]]}' is numbered twice in this PDF: marked by "
                     "the PDF page; cite the paragraph there")
        labels = [None if k in twice else label for k, label in enumerate(labels)]
    return labels


def _between(labels: list[str | None], notes: list[str]) -> list[str | None]:
    """A page that prints no number (a chapter opening) inside a run of arabic numbers takes
    the number its place in the run gives it: the next numbered page counts on from it, and
    the one before, if any, counts up to it (a cover or front matter ends the run)."""
    out = list(labels)
    filled = []
    for k, label in enumerate(labels):
        if label is not None:
            continue
        after = next(((j, v) for j, v in enumerate(labels[k + 1:], k + 1) if v is not None), None)
        before = next(((j, v) for j, v in reversed(list(enumerate(labels[:k]))) if v is not None), None)
        if after is None or not after[1].isdigit():
            continue
        number = int(after[1]) - (after[0] - k)
        if number < 1 or (before and before[1].isdigit() and int(before[1]) + (k - before[0]) != number):
            continue
        if before and not before[1].isdigit() and number != 1 and labels[k - 1] is not None:
            continue  # front matter right before: this page is not in the run
        out[k] = str(number)
        filled.append(k)
    if filled:
        notes.append(f"{pdf_pages(filled)} print{'s' if len(filled) == 1 else ''} no number: numbered "
                     f"{', '.join(str(out[k]) for k in filled[:5])} from the pages around them")
    return out


def pdf_pages(indexes: list[int]) -> str:
    shown = ", ".join(str(k + 1) for k in indexes[:5]) + (f" and {len(indexes) - 5} more" if len(indexes) > 5 else "")
    return f"PDF page{'s' if len(indexes) > 1 else ''} {shown}"

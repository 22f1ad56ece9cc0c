"""A PDF (a report, a transcript) as a stored text, page by page, with PDFium.

Running headers and footers (lines at the top or bottom of the pages that repeat) and page
numbers are removed, words hyphenated at line ends rejoined, two columns read one after the
other, and paragraphs rebuilt from the layout (a gap, an indent, a short last line, a change
of type size). Each page starts with a [page N] mark (checking/pages.py), N as printed on
the page or given by the PDF's page labels (pagenumbers.py). PDFium (pypdfium2, Chromium's PDF reader) reads the
file as data: forms are never initialized, so no JavaScript runs, and no attachment or
link is opened. pdfplumber (pdfminer) reads the same text about ten times slower.
"""
from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from ..patterns import lazy
from . import Captured, CaptureError, clean_line, furniture, name_of, softhyphens
from .hyphens import Vocabulary, joint
from .pagenumbers import declared, edge, pdf_pages, printed, reconcile

MAX_PAGES = 2_000
MAX_CHARS_PER_PAGE = 100_000  # a page of text holds a few thousand characters; more is a hostile file
ZONE = 0.12  # top and bottom share of the page where running heads and folios may stand
LABEL = lazy(r"^([A-Z][\w.’' -]{0,60}?):\s")  # a transcript turn, as checking/verify.py reads it


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    left: float = 0.0  # the column's edges, for indents and short lines
    right: float = 0.0
    cells: tuple[tuple[float, float], ...] = ()  # (x0, x1) of runs of words set apart by a gap wider than an em
    row: bool = False  # a row of a table: its cells stand under those of the row next to it
    even: bool = False  # its spaces all alike: a justified line stretches them so (or a table of even columns)
    soft: bool = False  # it ends in an invisible soft hyphen: its last word runs on to the next line (softhyphens.py)


def capture_pdf(name: str, raw: bytes, transcript: bool = False) -> Captured:
    """The PDF's text page by page; `raw` is the file as read (capture.read bounds it)."""
    import pypdfium2 as pdfium
    notes: list[str] = []
    pages, heights = [], []
    try:
        pdf = pdfium.PdfDocument(raw)  # forms are not initialized: no JavaScript can run
        try:
            info = pdf.get_metadata_dict(skip_empty=True)
            count = len(pdf)
            if count > MAX_PAGES:
                notes.append(f"read the first {MAX_PAGES:,} of {count:,} pages")
            for k in range(min(count, MAX_PAGES)):
                page = pdf[k]
                pages.append(_lines(page, k + 1, notes))
                heights.append(float(page.get_height()))
                page.close()
        finally:
            pdf.close()
    except pdfium.PdfiumError as exc:
        detail = " ".join(str(exc).split())[:120]
        if "password" in detail.lower():  # locked to be opened at all (a permissions-only lock opens)
            raise CaptureError(f"{name}: the PDF is locked with a password: save an unlocked copy (open it with "
                               "the password and print to PDF, or qpdf --decrypt --password=PASSWORD IN OUT) and "
                               "capture that: nothing written") from None
        raise CaptureError(f"{name}: cannot read this PDF ({detail}): nothing written") from None
    for lines, starts in zip(pages, softhyphens.soft_breaks(raw, str(info.get("Producer") or ""), heights)):
        softhyphens.mark(lines, starts)
    empty = [k for k, lines in enumerate(pages) if not lines]
    if len(empty) == len(pages):  # marks alone would make a source with nothing to quote
        where = "its one page" if len(pages) == 1 else f"any of its {len(pages):,} pages" if pages else "it (no pages)"
        raise CaptureError(f"{name}: no text on {where}: "
                           "a scanned PDF (images of pages) needs OCR first (for example ocrmypdf), then capture "
                           "the searchable copy: nothing written")
    if empty:
        notes.append(f"{pdf_pages(empty)} hold{'s' if len(empty) == 1 else ''} no text (blank, or scanned "
                     "images: OCR the PDF to quote words on them)")
    given = declared(raw, len(pages))
    heads = _running(pages, heights, clean_line(str(info.get("Title") or "")))
    labels = reconcile(printed([[ln.text for ln in heads[k]] for k in range(len(pages))]), given, notes)
    body = [[ln for ln in lines if not any(ln is h for h in heads[k])] for k, lines in enumerate(pages)]
    turns = sum(1 for lines in body for ln in lines if LABEL.match(ln.text) and ln.text.split(":")[0].isupper())
    if not transcript and turns >= 5 and turns * 10 >= sum(len(lines) for lines in body):
        transcript = True  # each turn its own paragraph either way; the voice is the editor's call
        notes.append(f"{turns} lines open with a speaker's label: if this is a transcript, add --voice transcript")
    numbered = any(label is not None for label in labels)
    if not numbered:  # no page prints a number: the PDF's own order is the only numbering
        labels = [str(k + 1) for k in range(len(pages))]
    kept, dropped = furniture.split(_text(body, labels, transcript, _language(raw)).rstrip("\n").split("\n\n"))
    text = _tidy("\n\n".join(kept))
    notes += furniture.note(dropped)
    fields = _fields(info)
    return Captured(text=text, kind="pdf", fields=fields, notes=notes,
                    origins={k: "the PDF's document properties" for k in fields},
                    pages="printed" if numbered else "physical")


def _words(page, number: int, notes: list[str]) -> list[dict]:
    """The page's words with their boxes (top measured from the top of the page) and type size."""
    height = float(page.get_height())
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        if count > MAX_CHARS_PER_PAGE:
            notes.append(f"page {number}: read the first {MAX_CHARS_PER_PAGE:,} of {count:,} characters")
            count = MAX_CHARS_PER_PAGE
        text = textpage.get_text_range(0, count) if count else ""
        # PDFium marks a hyphen-minus it found at a line's end as U+FFFE: the word's own
        # ('dual-use') or the typesetter's ('inter-national'); hyphens.py tells which.
        text = text[:count].replace("\ufffe", "-")
        words: list[dict] = []
        # Two boxes per word (its first and last character) give its extent: a per-character
        # loop costs seconds on a 100-page report.
        for m in re.finditer(r"\S+", text):
            first, last = textpage.get_charbox(m.start(), loose=True), textpage.get_charbox(m.end() - 1, loose=True)
            size = max(first[3], last[3]) - min(first[1], last[1])
            if last[2] - first[0] > len(m.group()) * size * 0.9 or last[1] > first[3] or first[1] > last[3]:
                # Wider than its letters, or on two lines: two columns' words with no space
                # between them in the text; split it where the letters stand apart.
                words += _split_word(textpage, m.start(), m.end(), text, height)
                continue
            word = m.group()
            if word[-1].isdigit() and not word[0].isdigit():
                word, last = _call(textpage, m.start(), word, first, last)
            words.append(_word(word, first, last, height))
        return words
    finally:
        textpage.close()


UNIT = lazy(r"\(?(?:[kcmµ]?m|ft|in|mi|yd|sq|km/h|m/s)")


def _call(textpage, start: int, word: str, first, last):
    """A word without the footnote call set above its end ('partnership.¹' as 'partnership.1'):
    digits in smaller type, raised off the baseline, are the note's number, not the author's words."""
    digits = len(word) - len(word.rstrip("0123456789"))
    if digits > 3 or UNIT.fullmatch(word[:-digits]):  # km², m³: an exponent, not a call
        return word, last
    k = start + len(word) - digits
    call, before = textpage.get_charbox(k, loose=True), textpage.get_charbox(k - 1, loose=True)
    size = first[3] - first[1]
    if call[3] - call[1] < size * 0.85 and call[1] - first[1] > size * 0.15:
        return word[:-digits], before
    return word, last


def _word(text: str, first, last, height: float) -> dict:
    top, bottom = max(first[3], last[3]), min(first[1], last[1])
    # The type size is the first letter's: an exponent set above the last (km²) is not a bigger size.
    return {"text": text, "x0": first[0], "x1": last[2], "top": height - top, "bottom": height - bottom,
            "size": first[3] - first[1]}


def _split_word(textpage, start: int, end: int, text: str, height: float) -> list[dict]:
    boxes = [textpage.get_charbox(i, loose=True) for i in range(start, end)]
    words, begin = [], 0
    for k in range(1, len(boxes) + 1):
        if k == len(boxes) or boxes[k][0] - boxes[k - 1][2] > (boxes[k][3] - boxes[k][1]) * 0.25 \
                or abs(boxes[k][1] - boxes[k - 1][1]) > 2:
            words.append(_word(text[start + begin:start + k], boxes[begin], boxes[k - 1], height))
            begin = k
    return words


def _lines(page, number: int, notes: list[str]) -> list[Line]:
    """The page's lines in reading order: full-width lines split the page into bands, and
    within a band the left column is read before the right one."""
    raw = _group(_words(page, number, notes))
    split = _gutter(raw, float(page.get_width()), float(page.get_height()))
    ordered: list[Line] = []
    band_left: list[list[dict]] = []
    band_right: list[list[dict]] = []

    def flush():
        ordered.extend(_make(ws) for ws in band_left)
        ordered.extend(_make(ws) for ws in band_right)
        band_left.clear()
        band_right.clear()

    for ws in raw:
        if split is None or any(w["x0"] < split < w["x1"] for w in ws):
            flush()
            ordered.append(_make(ws))
            continue
        left = [w for w in ws if w["x1"] <= split]
        right = [w for w in ws if w["x0"] >= split]
        if left:
            band_left.append(left)
        if right:
            band_right.append(right)
    flush()
    _rows(ordered)
    _columns(ordered, split)
    return [ln for ln in ordered if ln.text]


def _group(words: list[dict]) -> list[list[dict]]:
    """Words into lines by their baseline (a small tolerance for superscripts)."""
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["bottom"], 1), w["x0"])):
        if lines and abs(lines[-1][0]["bottom"] - w["bottom"]) <= 2.0:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(ws, key=lambda w: w["x0"]) for ws in lines]


def _gutter(lines: list[list[dict]], width: float, height: float) -> float | None:
    """The x of an empty vertical band in the middle of the page that most lines respect."""
    body = [ws for ws in lines if height * ZONE < ws[0]["top"] < height * (1 - ZONE)]
    if len(body) < 6:
        return None
    step = 2.0
    slots = int(width / step) + 1
    crossing = [0] * slots
    for ws in body:
        for w in ws:
            for s in range(int(w["x0"] / step), min(slots, int(w["x1"] / step) + 1)):
                crossing[s] += 1
    allowed = max(1, len(body) // 20)
    best, run_start, best_run = None, None, 0.0
    lo, hi = int(width * 0.3 / step), int(width * 0.7 / step)
    for s in range(lo, hi + 1):
        if crossing[s] <= allowed:
            run_start = s if run_start is None else run_start
            if (s - run_start + 1) * step > best_run:
                best_run = (s - run_start + 1) * step
                best = (run_start + s + 1) * step / 2
        else:
            run_start = None
    if best is None or best_run < 8:
        return None
    left = sum(1 for ws in body if ws[0]["x1"] <= best)  # rows with text on each side
    right = sum(1 for ws in body if ws[-1]["x0"] >= best)
    return best if left >= 3 and right >= 3 else None


def _make(words: list[dict]) -> Line:
    text = clean_line(" ".join(w["text"] for w in words))
    sizes = [float(w.get("size") or 0) for w in words]
    size = max(sizes) if sizes else 0.0
    gaps = [b["x0"] - a["x1"] for a, b in pairwise(words)]
    cells = [[words[0]["x0"], words[0]["x1"]]]
    for a, b in pairwise(words):
        if b["x0"] - a["x1"] > max(size, 1.0) * CELL_GAP:
            cells.append([b["x0"], b["x1"]])
        cells[-1][1] = b["x1"]
    return Line(text, min(w["x0"] for w in words), max(w["x1"] for w in words),
                min(w["top"] for w in words), max(w["bottom"] for w in words), size,
                cells=tuple((a, b) for a, b in cells) if len(cells) > 1 else (),
                even=len(gaps) > 1 and max(gaps) - min(gaps) <= max(0.5, 0.01 * max(gaps)))


CELL_GAP = 0.6  # ems: wider than a word space
ALIGNED = 1.5  # points: cells of one column start or end within this of each other


def _rows(lines: list[Line]) -> None:
    """Mark the rows of a table: three lines or more running down the page whose cells (runs of
    words set apart by a gap wider than a word space) start or end at the same x inside the
    line, as a table's columns do (text set left, figures set right); the line of cells just
    above them is their heading row (set centred, it need not line up). A justified line may
    stretch its spaces as wide, but not at the same place three lines running, and the edges
    of the measure every line shares are no cell's; a line whose spaces are all alike (as a
    justified line stretches them, and a table of even columns sets them) needs every cell to
    stand under its fellow. A row is a paragraph of its own: run into
    the paragraph after the table, '2024 6 180.0' became part of it."""
    def near(a: Line, b: Line) -> bool:
        return 0 < b.top - a.top < 2.5 * max(a.size, b.size, 1.0)

    def edges(ln: Line) -> list[tuple[str, float]]:  # inside the line: not where it starts or ends
        return [("start", x) for x, _ in ln.cells[1:]] + [("end", x) for _, x in ln.cells[:-1]]

    def shared(a: Line, b: Line, c: Line) -> bool:
        if a.even or b.even or c.even:  # justified or not? every cell must stand under its fellow
            return all(len(ln.cells) == len(a.cells) and all(
                abs(x0 - y0) <= ALIGNED or abs(x1 - y1) <= ALIGNED for (x0, x1), (y0, y1) in zip(a.cells, ln.cells))
                for ln in (b, c))
        return any(any(k == j and abs(x - y) <= ALIGNED for j, y in edges(b))
                   and any(k == j and abs(x - z) <= ALIGNED for j, z in edges(c)) for k, x in edges(a))

    def columns(a: Line, b: Line) -> bool:  # the same columns: cell k of each overlaps cell k of the other alone
        def over(x, y) -> bool:
            return x[0] < y[1] and y[0] < x[1]
        return len(a.cells) == len(b.cells) and all(
            over(x, y) == (i == j) for i, x in enumerate(a.cells) for j, y in enumerate(b.cells))

    for a, b, c in zip(lines, lines[1:], lines[2:]):
        if a.cells and b.cells and c.cells and near(a, b) and near(b, c) and shared(a, b, c):
            a.row = b.row = c.row = True
    def under(a: Line, b: Line) -> bool:  # three cells or more, each after the first under its fellow
        return len(a.cells) == len(b.cells) >= 3 and all(
            abs(x0 - y0) <= ALIGNED or abs(x1 - y1) <= ALIGNED for (x0, x1), (y0, y1) in zip(a.cells[1:], b.cells[1:]))

    # A table of one row under its heading, or of two: two lines running whose cells stand in the
    # same columns. A ragged line's spaces are word spaces (no cells); justified lines stretch
    # theirs (often all alike) and span the same measure, so two lines of that shape (as a table
    # of even columns, or one with figures set right, may be) need three cells each under its fellow.
    for a, b in pairwise(lines):
        measure = abs(a.x0 - b.x0) <= ALIGNED and abs(a.x1 - b.x1) <= ALIGNED
        if not (a.row or b.row) and a.cells and b.cells and near(a, b) and columns(a, b) and (
                not (a.even or b.even or measure) or under(a, b)):
            a.row = b.row = True
    heads = [a for a, b in pairwise(lines) if b.row and not a.row and a.cells and near(a, b)]
    for a in heads:  # a heading row over the rows it heads
        a.row = True


def _columns(lines: list[Line], split: float | None) -> None:
    """Each line learns its column's edges (the extent of the lines that share it)."""
    def side(ln: Line) -> str:
        if split is None or ln.x0 < split < ln.x1:
            return "full"
        return "left" if ln.x1 <= split else "right"
    groups: dict[str, list[Line]] = {}
    for ln in lines:
        groups.setdefault(side(ln), []).append(ln)
    for key, members in groups.items():
        members = [ln for ln in members if not ln.row] or members  # a table's rows are no measure of the text
        # The edges most lines reach (a heading or a short line does not move them).
        left = Counter(round(ln.x0) for ln in members).most_common(1)[0][0]
        # The right edge two lines reach: a running head or folio set wider than the text
        # measure stands alone there (and would make every line of the page look short).
        ends = sorted((ln.x1 for ln in members), reverse=True)
        right = next((x for x, y in pairwise(ends) if x - y <= 1.0), ends[0])
        for ln in groups[key]:
            ln.left, ln.right = min(left, ln.x0), right


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", edge(text)[0].lower()).strip()


def _zone(lines: list[Line], height: float) -> list[Line]:
    """The rows at the top and bottom of a page that stand apart from the body, where running
    heads and folios are: within ZONE of the edge and separated from the next row by a gap."""
    rows: list[list[Line]] = []
    for ln in sorted(lines, key=lambda ln: ln.top):
        if rows and abs(rows[-1][0].top - ln.top) < 2:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    zone: list[Line] = []
    for order, near in ((rows, lambda r: r[0].top < height * ZONE), (rows[::-1], lambda r: r[0].bottom > height * (1 - ZONE))):
        for k, row in enumerate(order):
            if not near(row) or k + 1 >= len(order):
                break
            nxt = order[k + 1]
            gap = nxt[0].top - max(ln.bottom for ln in row) if order is rows else min(ln.top for ln in row) - nxt[0].bottom
            if gap < max(ln.size for ln in row) * 0.8:  # set with the body: body text
                break
            zone += row
    return zone


def _running(pages: list[list[Line]], heights: list[float], title: str = "") -> dict[int, list[Line]]:
    """Per page, its running header and footer lines and folios."""
    zones = [_zone(lines, height) for lines, height in zip(pages, heights)]
    heads = _first_page_heads(pages, zones, title)
    shapes: Counter[str] = Counter()
    for zone in zones:
        shapes.update({_shape(ln.text) for ln in zone})
    # A head that carries the folio may stand on fewer pages: a book's left and right pages
    # have heads of their own, and chapter openings have none.
    folio = {_shape(ln.text) for zone in zones for ln in zone if edge(ln.text)[1]}
    repeated = {s for s, n in shapes.items() if n >= 2 and (n >= len(pages) * 0.3 or s in folio)}
    # A head that carries the page's own folio is running even where it stands once: a short
    # report's right-hand head ('Title 3') when the first page has none. Set no larger than
    # the body, so a chapter's heading at the top of its page ('Chapter 3') stays.
    folios = printed([[ln.text for ln in zone] for zone in zones])
    sizes = sorted(ln.size for lines in pages for ln in lines)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    # A head that stands on one page only (a two-page release, whose page 2 alone repeats its
    # title or the outlet's name at the top) repeats what page 1 shows instead: the document's
    # title, the heading page 1 opens with, a line of page 1's head. Set apart at the top of a
    # later page and no larger than the body; a line that merely begins the same way is text.
    return {k: [ln for ln in zone if _shape(ln.text) in repeated or _shape(ln.text) == ""
                or (folios[k] is not None and edge(ln.text)[1] == folios[k] and ln.size <= body)
                or (k > 0 and ln.top < heights[k] * ZONE and ln.size <= body and _key(ln.text) in heads)]
            for k, zone in enumerate(zones)}


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", edge(text)[0].lower()))


def _first_page_heads(pages: list[list[Line]], zones: list[list[Line]], title: str) -> set[str]:
    """What a later page's head may repeat from the first: the PDF's title, the lines page 1
    opens with in type larger than the rest of it (a headline, a masthead; one over two
    lines also whole), and the lines of page 1's own head."""
    found = {_key(title)}
    if pages and pages[0]:
        first = pages[0]
        sizes = sorted(ln.size for ln in first)
        body = sizes[len(sizes) // 2]
        opening = []
        for ln in first:
            if ln.size <= body + 0.6:
                break
            opening.append(ln.text)
        found |= {_key(t) for t in opening} | {_key(" ".join(opening))}
        found |= {_key(ln.text) for ln in zones[0]}
    return found - {""}


def _language(raw: bytes) -> str | None:
    """The language the PDF's catalogue names (/Lang: Word, LibreOffice, WeasyPrint and LaTeX's
    hyperref `pdflang` write it), read with qpdf as the page labels are; None when it names none."""
    import pikepdf
    try:
        with pikepdf.open(io.BytesIO(raw)) as pdf:
            lang = pdf.Root.get("/Lang")
            return str(lang).strip()[:35] or None if isinstance(lang, pikepdf.String) else None
    except Exception:  # noqa: BLE001 (a broken catalogue: no language, the text decides alone)
        return None


def _text(pages: list[list[Line]], labels: list[str | None], transcript: bool, language: str | None = None) -> str:
    """Paragraphs joined across lines, columns and pages, with a mark where each page starts.
    A page's footnotes stay on their page, before the paragraph that runs on to the next one
    (so that paragraph stays whole)."""
    words = Vocabulary((ln.text for lines in pages for ln in lines), language)
    if any(ln.soft for lines in pages for ln in lines):
        words.typeset = True  # its breaks print no hyphen: a hyphen at a line's end is the word's own
    notes = _footnotes(pages)
    out: list[str] = []  # paragraphs and marks, one block each; a paragraph may hold marks inside
    current: list[str] = []
    held: list[str] = []  # the last page's notes, waiting for their place
    prev: Line | None = None
    gaps = [b.top - a.top for lines in pages for a, b in pairwise(lines)
            if 0 < b.top - a.top < 3 * max(a.size, 1) and abs(a.left - b.left) < 2]
    step = statistics.median(gaps) if gaps else 14.0

    def end_paragraph():
        if current:
            out.append("".join(current))
            current.clear()

    for k, lines in enumerate(pages):
        mark = _mark(labels[k], k + 1)
        first = True
        foot = {id(ln) for ln in notes[k]}
        for ln in (ln for ln in lines if id(ln) not in foot):
            starts = _starts_paragraph(prev, ln, step, transcript, new_page=first)
            if first:
                if starts or not current or (held and any(c.startswith("\n[") for c in current)):
                    end_paragraph()  # (a paragraph over a whole page with notes is cut at them)
                    out.extend(held)
                    out.append(mark)
                else:
                    out.extend(held)  # before the paragraph, which began on the notes' page
                    current.append("\n" + mark + "\n")
                held = []
                first = False
            elif starts:
                end_paragraph()
            if current and not current[-1].endswith("\n"):
                current.append(_link(prev, current[-1], ln.text, words))
            elif len(current) > 1:  # just after a mark inside the paragraph
                between = _link(prev, current[-2], ln.text, words)
                head = re.search(r"[\w'’]+[-\u2010\u00ad]?$", current[-2]) if between != " " else None
                if head:  # a word split across the pages: the mark goes before it
                    current[-2] = current[-2][:head.start()].rstrip()
                    current.append(head.group(0) + between)
            current.append(ln.text)
            prev = ln
        if first:  # a page with no text keeps its mark
            end_paragraph()
            out.extend(held)
            out.append(mark)
        held = _note_paragraphs(notes[k], words)
    end_paragraph()
    out.extend(held)
    return _tidy("\n\n".join(out))


NOTE = lazy(r"^(\d{1,3}|[*†‡§])[.)]?\s")


def _footnotes(pages: list[list[Line]]) -> list[list[Line]]:
    """Per page, the notes at its foot, top down: the lines below all its body text, in type
    smaller than the body's, from a line that opens with a note's number. (In two columns a
    note under the left one comes between the columns in reading order.)"""
    sizes = sorted(ln.size for lines in pages for ln in lines)
    body = sizes[len(sizes) // 2] if sizes else 0.0
    found = []
    for lines in pages:
        floor = max((ln.bottom for ln in lines if ln.size >= body * 0.9), default=0.0)
        foot = sorted((ln for ln in lines if ln.size < body * 0.9 and ln.top >= floor - 1), key=lambda ln: (ln.top, ln.x0))
        found.append(foot if foot and NOTE.match(foot[0].text) else [])
    return found


def _note_paragraphs(lines: list[Line], words: Vocabulary) -> list[str]:
    """A page's notes, one paragraph each."""
    paras: list[str] = []
    prev: Line | None = None
    for ln in lines:
        if paras and not NOTE.match(ln.text):
            paras[-1] += _link(prev, paras[-1], ln.text, words) + ln.text
        else:
            paras.append(ln.text)
        prev = ln
    return paras


def _link(prev: Line | None, before: str, after: str, words: Vocabulary) -> str:
    """What goes between two lines of a paragraph: nothing after a word split with an invisible
    soft hyphen, else as hyphens.joint says."""
    if prev is not None and prev.soft and before[-1:].isalpha() and after[:1].isalpha():
        return ""
    return joint(before, after, words)


def _mark(label: str | None, pdf: int) -> str:
    if label is None:
        return f"[PDF page {pdf}]"
    return f"[page {label}]" if label == str(pdf) else f"[page {label}, PDF page {pdf}]"


def _starts_paragraph(prev: Line | None, ln: Line, step: float, transcript: bool, new_page: bool) -> bool:
    if prev is None:
        return True
    if transcript and LABEL.match(ln.text):
        return True
    if ln.row or prev.row:  # a table's row stands alone (_rows)
        return True
    if abs(ln.size - prev.size) > 0.6:  # a heading, a caption, a footnote
        return True
    indent = ln.x0 - ln.left > max(ln.size, 6) * 0.8 and ln.x0 < ln.left + (ln.right - ln.left) * 0.3
    short = prev.x1 < prev.right - max(prev.right - prev.left, 1) * 0.12
    ends = prev.text.rstrip()[-1:] in ".!?:”\"’)"
    same_column = abs(ln.left - prev.left) < 2 and ln.top > prev.top and not new_page
    if same_column:
        gap = ln.top - prev.top
        if gap > max(step, prev.size * 1.2) * 1.3:
            return True
        return indent or (short and ends)
    # A new column or page: only the layout of the two lines tells.
    return indent or short or (ends and ln.text[:1].isupper() and prev.x1 < prev.right - 2)


def _tidy(text: str) -> str:
    # "\b" deletes the hyphen before it (a word split at a line end).
    text = re.sub(r"[-\u2010\u00ad]\x08", "", text)
    return text.replace("\x08", "").strip() + "\n"


def _fields(info: dict) -> dict[str, object]:
    """Title and author from the PDF's own information, when they look like a person's entry."""
    fields: dict[str, object] = {}
    title = clean_line(str(info.get("Title") or ""))
    if title and not re.match(r"(?i)(microsoft (word|powerpoint)|untitled|document\d*$)|.*\.(docx?|pdf|indd)$", title):
        fields["title"] = title
    author = clean_line(str(info.get("Author") or ""))
    if author and not re.search(r"(?i)\b(user|admin|owner|microsoft|adobe)\b", author):
        fields["author"] = [name_of(a.strip()) for a in re.split(r";|\band\b|,(?=\s*\w+\s+\w+)", author) if a.strip()]
    return fields

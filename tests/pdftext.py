"""Reading a PDF as a reader sees it: words with positions, note calls and notes per page."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pdfplumber


@dataclass
class Page:
    number: int
    calls: list[int]  # superscript note numbers in the body
    notes: list[int]  # note numbers printed in the footnote area
    body_bottom: float  # lowest body text (top-down coordinates)
    notes_top: float  # highest footnote text
    text: str


def _rule_y(page) -> float | None:
    """Top of the footnote area: the full-width box that ends on the bottom margin."""
    bottoms = [r for r in page.lines + page.rects if r["width"] > page.width * 0.6
               and page.height - 90 < r["bottom"] < page.height - 55]
    return min((r["top"] for r in bottoms), default=None)


def pages(path) -> list[Page]:
    out = []
    with pdfplumber.open(path) as pdf:
        for i, page in enumerate(pdf.pages, 1):
            rule = _rule_y(page)
            footer_y = page.height - 50  # "Page X of Y" sits below this
            words = page.extract_words(extra_attrs=["size"], use_text_flow=True, keep_blank_chars=False)
            body = [w for w in words if (rule is None or w["top"] < rule) and w["top"] < footer_y and w["top"] > 45]
            notes = [w for w in words if rule is not None and rule < w["top"] < footer_y]
            body_size = max((round(w["size"], 1) for w in body), key=[round(w["size"], 1) for w in body].count, default=10)
            calls = []
            # Superscript calls: digit runs clearly smaller than body text, not in the footnote area.
            sup = [c for c in page.chars if c["text"].isdigit() and c["size"] < body_size * 0.8
                   and (rule is None or c["top"] < rule) and 45 < c["top"] < footer_y]
            sup.sort(key=lambda c: (round(c["top"]), c["x0"]))
            run, last = "", None
            for c in sup:
                if last and abs(c["top"] - last["top"]) < 1 and c["x0"] - last["x1"] < 1.5:
                    run += c["text"]
                else:
                    if run:
                        calls.append(int(run))
                    run = c["text"]
                last = c
            if run:
                calls.append(int(run))
            lines: dict[float, list] = {}
            for w in notes:
                lines.setdefault(round(w["top"]), []).append(w)
            markers = []
            for top in sorted(lines):
                first = sorted(lines[top], key=lambda w: w["x0"])[0]["text"]
                m = re.match(r"^(\d+)\.(?!\d)", first)
                if m:
                    markers.append(int(m.group(1)))
            out.append(Page(
                number=i, calls=calls, notes=markers,
                body_bottom=max((w["bottom"] for w in body), default=0),
                notes_top=min((w["top"] for w in notes), default=page.height),
                text=page.extract_text() or ""))
    return out


def body_text(path) -> str:
    """All text above the footnote areas, below the running header, page after page."""
    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            rule = _rule_y(page)
            bottom = rule if rule is not None else page.height - 50
            words = page.crop((0, 45, page.width, bottom)).extract_words(use_text_flow=True)
            parts.append(" ".join(w["text"] for w in words))
    return " ".join(parts)

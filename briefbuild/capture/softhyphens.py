"""Where a PDF's lines end in an invisible soft hyphen (WeasyPrint's `hyphenate-character: "\\AD"`).

Such a typesetter splits a word at a line's end and prints its break as a soft hyphen, which
shows nothing and leaves no character in the PDF's text: `negoti` ends one line, `ations`
opens the next, and the text read `negoti ations`. No reading of the text alone tells that
break from a line ending at a word (`never` / `implemented` are two words, `the` / `rapist`
must never become one). WeasyPrint leaves a trace of its own: the line's text operator (TJ)
ends in an empty string where the hyphen would stand, which no other line of its text ends
in. Those lines are found here by where their text starts on the page; only a PDF whose
producer is WeasyPrint is read so.
"""
from __future__ import annotations

import io

from ..patterns import lazy

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
MAX_OPERATORS = 2_000_000  # a page's text operators: a report's page has a few thousand
_LAST_EMPTY = lazy(rb"(?:<>|\(\))[-+0-9.\s]*\]\s*TJ")  # an empty string, then at most a number, ends a TJ


def _times(a: Matrix, b: Matrix) -> Matrix:
    """a × b, PDF's row-vector convention (a applied first)."""
    return (a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5])


def soft_breaks(raw: bytes, producer: str, heights: list[float]) -> list[list[tuple[float, float]]]:
    """Per page, where each line ending in an invisible soft hyphen starts: (x, baseline from
    the top of the page). Empty lists for a PDF WeasyPrint did not make, or one not read."""
    found: list[list[tuple[float, float]]] = [[] for _ in heights]
    if "weasyprint" not in producer.lower():
        return found
    try:
        import pikepdf
        with pikepdf.open(io.BytesIO(raw)) as pdf:
            for k, page in enumerate(pdf.pages[:len(heights)]):
                if _has_empty_string(pikepdf, page):  # else no line can end in one: not parsed
                    found[k] = _page(pikepdf, page, heights[k])
    except Exception:  # noqa: BLE001 (a damaged stream: the lines are joined as their text says)
        return [[] for _ in heights]
    return found


def _has_empty_string(pikepdf, page) -> bool:
    """Whether the page's content holds a text array ending in an empty string (`<>0.0] TJ`): one
    search of its bytes, where parsing every operator in Python took 1.0 s of a 100-page report's
    2.5 s capture (justified lines hold empty strings too, inside their arrays)."""
    contents = page.obj.get("/Contents")
    streams = contents if isinstance(contents, pikepdf.Array) else [contents] if contents is not None else []
    data = b"".join(s.read_bytes() for s in streams if isinstance(s, pikepdf.Stream))
    return _LAST_EMPTY.search(data) is not None


def _page(pikepdf, page, height: float) -> list[tuple[float, float]]:
    ctm, stack, tm = IDENTITY, [], IDENTITY
    starts: list[tuple[float, float]] = []
    for n, (operands, operator) in enumerate(pikepdf.parse_content_stream(page)):
        if n > MAX_OPERATORS:
            break
        op = str(operator)
        if op == "q":
            stack.append(ctm)
        elif op == "Q" and stack:
            ctm = stack.pop()
        elif op == "cm" and len(operands) == 6:
            ctm = _times(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
        elif op == "BT":
            tm = IDENTITY
        elif op == "Tm" and len(operands) == 6:
            tm = tuple(float(v) for v in operands)  # type: ignore[assignment]
        elif op in ("Td", "TD") and len(operands) == 2:
            tm = _times((1.0, 0.0, 0.0, 1.0, float(operands[0]), float(operands[1])), tm)
        elif op == "TJ" and operands and _ends_empty(pikepdf, operands[0]):
            at = _times(tm, ctm)
            starts.append((at[4], height - at[5]))
    return starts


def _ends_empty(pikepdf, array) -> bool:
    """A TJ array whose last string is empty, after glyphs: the break's hyphen, printing nothing."""
    strings = [bytes(x) for x in array if isinstance(x, pikepdf.String)]
    return len(strings) >= 2 and strings[-1] == b"" and any(strings[:-1])


def mark(lines, starts: list[tuple[float, float]]) -> None:
    """Set `soft` on each line (pdf.Line) that one of `starts` begins."""
    for x, baseline in starts:
        for ln in lines:
            if abs(ln.x0 - x) < 3 and ln.top - 1 <= baseline <= ln.bottom + 1:
                ln.soft = True
                break

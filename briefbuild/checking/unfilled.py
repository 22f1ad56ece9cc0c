"""Placeholders from `new` left in a brief or source: each one an error at its own line and
column, all at once, whichever field it is in. Only the texts `new` writes count
(inputs/starters.py), so an author's own angle brackets (`<i>` in a title) never do."""
from __future__ import annotations

from bisect import bisect_right

from ..errors import Diagnostic
from ..inputs.load import YamlDoc, dotted
from ..inputs.starters import FIND, PASTE, PLACEHOLDERS
from ..patterns import lazy

FIND_BYTES = lazy(FIND.pattern.encode("utf-8"))

# The source's own words (its stored text, a quote, a past version): `<type>` may stand in
# them as printed; only the paste placeholder `new` writes there counts.
_VERBATIM = {("text",), ("quotes", "text"), ("quotes", "original"), ("history",)}


def _verbatim(loc: tuple) -> bool:
    names = tuple(p for p in loc if isinstance(p, str))
    return any(names[:len(v)] == v for v in _VERBATIM)


def _strings(data, loc: tuple):
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, loc + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _strings(value, loc + (i,))


def unfilled(doc: YamlDoc, raw: bytes | None) -> list[Diagnostic]:
    """One error per placeholder left in the document's values (`raw`: the file, to point at
    the placeholder itself rather than at its key; comments are not values, so never count)."""
    if not isinstance(doc.data, dict):
        return []
    if raw is not None and FIND_BYTES.search(raw) is None:
        return []  # none in the file at all (comments included): no walk through its values
    found = [(loc, [m.group(0) for m in FIND.finditer(value) if m.group(0) == PASTE or not _verbatim(loc)])
             for loc, value in _strings(doc.data, ()) if "<" in value]  # every placeholder opens with <
    found = [(loc, names) for loc, names in found if names]
    if not found:
        return []
    text = raw.decode("utf-8", "replace") if raw is not None else ""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    spots = sorted(doc.positions.values())

    def offset(line: int, col: int) -> int:
        return starts[line - 1] + col - 1 if 0 < line <= len(starts) else len(text)

    out = []
    for loc, names in found:
        line, col = doc.where(loc)
        at = offset(line, col)
        later = spots[bisect_right(spots, (line, col)):]
        end = offset(*later[0]) if later else len(text)  # the next value's start: no further
        for name in names:
            hit = text.find(name, at, end)
            if hit >= 0:
                at = hit + len(name)
                line_at = bisect_right(starts, hit)
                where = (line_at, hit - starts[line_at - 1] + 1)
            else:  # written otherwise in the file (folded, escaped): its key
                where = (line, col)
            out.append(Diagnostic(doc.name, *where, dotted(loc),
                                  f"placeholder from `new` left in: {PLACEHOLDERS[name]}"))
    return out


def covered(diag: Diagnostic, left: list[Diagnostic]) -> bool:
    """Whether a model error is about a value a placeholder stands in (`'<type>' is not allowed`):
    the placeholder's own message says what to write there."""
    return any(diag.key == d.key or diag.key.startswith(d.key + ".") for d in left if d.file == diag.file)

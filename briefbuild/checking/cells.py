"""Quotes in a table's cells: a "who said what" table, each quote in the row of the person who said it.

A cell of a table's inline rows may place one quote, `{quote-id}` and nothing else. The row's
header (its first column) is the attribution: it names the speaker by person id or by the name
sources/people.yaml gives, and the quote must be that person's, as a claim's verb must have the
speaker as its subject. The quote is verified with its source like any other; here only its place.
"""
from __future__ import annotations

import unicodedata

from ..errors import Code
from ..inputs.project import PLACEHOLDER, placeholders
from ..inputs.starters import PLACEHOLDERS
from ..patterns import lazy
from . import cuts
from .messages import unknown

_ONE = lazy(r"\s*" + PLACEHOLDER.pattern + r"\s*")


def placed(cell: str) -> str | None:
    """The quote id when the cell is one placement and nothing else, or None."""
    found = _ONE.fullmatch(cell)
    return found.group(1) if found else None


def placement_problem(cell: str) -> str | None:
    """Why a cell of a table's rows cannot hold the placements it has (words around one, or two), or None."""
    ids = placeholders(cell)
    if not ids or placed(cell) is not None:
        return None
    if len(ids) > 1:
        return (f"a cell places one quote, and this one places {len(ids)} ({', '.join('{' + i + '}' for i in ids)}): "
                "give each quote a row of its speaker's, or quote them together in a claim")
    return (f"a cell places one quote and nothing else: the words around {{{ids[0]}}} would stand beside the "
            "speaker's as if verified: give them a column of their own, or write the sentence as a claim")


def _fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def row_speakers(header: str, people: dict) -> list:
    """The people a row header names: one by id, or every person people.yaml gives that name."""
    if header in people:
        return [people[header]]
    key = _fold(header)
    return [p for p in people.values() if _fold(p.name) == key]


def check_rows(project, doc, here: tuple, table, diags: list, used_quotes: set[str]) -> None:
    """Every quote placed in a table's inline rows: known, in a column other than the row header,
    and the quote of the person the row header names. Adds each known quote to `used_quotes`."""
    if table.csv or not table.rows:
        return
    people, quotes = project.people, project.quotes
    for i, row in enumerate(table.rows):
        for j, cell in enumerate(row):
            qid = placed(cell)
            if qid is None or qid in PLACEHOLDERS:  # a starter's <quote-id>: reported where the file was read
                continue
            at = here + ("rows", i, j)
            if qid not in quotes:
                if project.quote_aside(qid):  # its own entry is at fault, and says so
                    continue
                diags.append(doc.diag(at, unknown("quote", qid, project.all_quote_ids),
                                      code=Code.UNKNOWN_ID))
                continue
            used_quotes.add(qid)
            if not table.row_headers:
                diags.append(doc.diag(at, f"quote '{qid}' needs its speaker named in the row's header: remove "
                                          "row-headers: false and name the person in the first column"))
                continue
            if j == 0:
                diags.append(doc.diag(at, f"the first column names each row's speaker: place quote '{qid}' in "
                                          "another column of the row, and the speaker's name or id here"))
                continue
            problem, header_at = _speaker_problem(qid, row[0], quotes[qid], people)
            if problem:
                diags.append(doc.diag(here + ("rows", i, 0) if header_at else at, problem))
            diags += [doc.diag(at, m) for m in cuts.alone(project, qid, "quote")]  # a cell's quote stands alone


def _speaker_problem(qid: str, header: str, quote, people: dict) -> tuple[str | None, bool]:
    """(why the row header does not attribute the quote to its speaker, whether the header is at fault)."""
    speaker = people.get(quote.speaker)
    if speaker is None:
        return None, False  # an unknown speaker is reported at the quote, in its source
    kind = "paraphrase" if quote.kind == "paraphrase" else "quote"
    named = row_speakers(header, people)
    if not named:
        return (f"the row header '{header}' names no one in sources/people.yaml: it gives the speaker of "
                f"{kind} '{qid}', so write the person's id or name as people.yaml has it "
                f"({speaker.id} or {speaker.name})"), True
    if len(named) > 1:
        return (f"the row header '{header}' is the name of {len(named)} people in sources/people.yaml "
                f"({', '.join(p.id for p in named)}): write the person's id"), True
    if named[0].id != speaker.id:
        other = named[0]
        return (f"{kind} '{qid}' is {speaker.name}'s ({speaker.id}), but the row header names {other.name} "
                f"({other.id}): place it in {speaker.name}'s row, or quote {other.name}"), False
    return None, False

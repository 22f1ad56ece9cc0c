"""Evidence a brief cites (a claim's `cite:`, a table's or figure's `source:`): every id known,
every locator inside the stored text."""
from __future__ import annotations

from ..errors import Code
from ..inputs.locators import last as last_of
from .messages import unknown


def check_evidence(project, doc, at: tuple, evidence, diags: list, used_quotes: set[str]) -> None:
    """Problems of each entry of `evidence`, positioned at `at + (index, key)`."""
    quotes, sources = project.quotes, project.sources
    for ei, ev in enumerate(evidence):
        loc = at + (ei,)
        if ev.quote:
            if ev.quote not in quotes:
                if project.quote_aside(ev.quote):  # its own entry is at fault, and says so
                    continue
                diags.append(doc.diag(loc + ("quote",), unknown("quote", ev.quote, project.all_quote_ids),
                                      code=Code.UNKNOWN_ID))
            else:
                used_quotes.add(ev.quote)
        elif ev.source not in sources:
            diags.append(doc.diag(loc + ("source",), unknown("source", ev.source, project.all_source_ids),
                                  code=Code.UNKNOWN_ID))
        elif ev.paragraph and ev.source in project.paragraphs and \
                (last := last_of("paragraph", ev.paragraph)) > len(project.paragraphs[ev.source]):
            diags.append(doc.diag(loc + ("paragraph",), f"paragraph {last} does not exist: "
                                  f"the stored text of '{ev.source}' has {len(project.paragraphs[ev.source])}"))

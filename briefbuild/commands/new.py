"""`build.py new brief ID` / `new source ID`: a commented starting file with the schema line.
Every <…> is a placeholder; once each is filled, the file passes `check`."""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import BriefError
from ..inputs.models import ID_PATTERN
from ..write import write_atomic
from .yamltext import SCHEMA_LINE

PLACEHOLDER = re.compile(r"<[^<>\n]+>")

BRIEF = """\
{schema}
# A brief. Fill every <…> placeholder, then run: python build.py check
# Field reference: README.md, "Every field"; the editor completes keys from the schema above.
title: <Title of the brief>
date: "<YYYY-MM-DD>"                # publication date; it also fixes the PDF's dates
organization: <Publishing organization>
# authors:                          # optional, as well as or instead of organization
#   - <Author name>
summary: >-
  <One paragraph: what the brief finds and what it recommends.>
key-findings:
  - <A finding, in a sentence or two.>
sections:
  - title: <Section title>
    blocks:
      # A claim places a quote of a source with {{quote-id}}; name the speaker before it.
      # Find quotes with: python build.py find "a phrase you remember"
      - claim: <Speaker's family name> said {{<quote-id>}}.
      # Or cite a source by paragraph (or page) without quoting it:
      # - claim: <A statement in your own words.>
      #   cite:
      #     - source: <source-id>
      #       paragraph: <number>
      - text: <A paragraph in your own words, without quotation marks.>
"""

SOURCE = """\
{schema}
# A source. Fill every <…> placeholder, then run: python build.py check
# Easier: capture a saved web page or PDF with: python build.py add FILE
type: <type>                        # article-newspaper, article-magazine, report, webpage, speech, interview, …
title: <Title as published>
container-title: <Newspaper, magazine or site>
issued: "<YYYY-MM-DD>"              # the date it was published (or YYYY-MM, YYYY)
# author:                           # only when the source shows it
#   - family: <Family name>
#     given: <Given names>
# URL: <https://…>                  # only when known
# accessed: "<YYYY-MM-DD>"          # when you read the URL
# voice: reported                   # the default from the type; transcript or authored otherwise
text: |
  <Paste the source's text here: paragraphs separated by blank lines.>
# Or keep the text in a file beside this one: text-file: {id}.txt (and remove text:)
# Quotes: build.py find "PHRASE" --add {id} --id QUOTE-ID appends them here.
"""


def new(root: Path, what: str, item_id: str) -> Path:
    """Write briefs/<id>.yaml or sources/<id>.yaml from the commented template; never overwrite."""
    if not re.fullmatch(ID_PATTERN, item_id):
        raise BriefError(f"'{item_id}': an id is lowercase words joined by hyphens, e.g. japan-nato")
    folder, template, name = {"brief": ("briefs", BRIEF, "brief"), "source": ("sources", SOURCE, "source")}[what]
    path = root / folder / f"{item_id}.yaml"
    if path.exists():
        raise BriefError(f"{folder}/{item_id}.yaml exists: choose another id")
    write_atomic(path, template.format(schema=SCHEMA_LINE.format(name=name), id=item_id).encode("utf-8"))
    return path


def placeholders(text: str) -> list[str]:
    """The <…> placeholders still in a file (comments included)."""
    return PLACEHOLDER.findall(text)

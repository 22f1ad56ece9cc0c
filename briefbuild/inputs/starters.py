"""The starting files `new` writes, and the placeholders in them: one definition, so that
`check` reports exactly the <…> texts `new` wrote and never an author's own angle brackets."""
from __future__ import annotations

import re

from ..patterns import lazy

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

PASTE = "<Paste the source's text here: paragraphs separated by blank lines.>"

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
  """ + PASTE + """
# Or keep the text in a file beside this one: text-file: {id}.txt (and remove text:)
# Quotes: build.py find "PHRASE" --add {id} --id QUOTE-ID appends them here.
"""

PEOPLE = """\
{schema}
# Everyone the sources quote, each once. Fill every <…> placeholder, then run: python build.py check
# Name, role and affiliation as the sources give them; quotes name a person by id (speaker: <person-id>).
people:
  - id: <person-id>                 # lowercase words joined by hyphens, e.g. fumio-kishida
    name: <Full name as the source gives it>
    role: <Role or title as the source gives it>
    affiliation: <Organization as the source gives it>   # or remove the line
    # introduction:                 # how a brief introduces them, by language (default: role and affiliation)
    #   en: <the prime minister of Japan>
"""

# What to write in place of each placeholder (commented-out lines included: an author may
# uncomment them). A placeholder added to a template without a line here gets the general fix.
_FIXES = {
    "<Title of the brief>": "write the brief's title",
    "<YYYY-MM-DD>": "write the date as YYYY-MM-DD",
    "<Publishing organization>": "write the publishing organization's name",
    "<Author name>": "write the author's name",
    "<One paragraph: what the brief finds and what it recommends.>":
        "write the summary: one paragraph on what the brief finds and recommends",
    "<A finding, in a sentence or two.>": "write a key finding in a sentence or two",
    "<Section title>": "write the section's title",
    "<Speaker's family name>": "name the speaker (their family name) before the quote",
    "<quote-id>": "write the id of a source's quote (find one with: build.py find \"PHRASE\")",
    "<A statement in your own words.>": "write the claim in your own words",
    "<source-id>": "write the id of the source cited (its file name in sources/, without .yaml)",
    "<number>": "write the paragraph's number (build.py show SOURCE-ID numbers them)",
    "<A paragraph in your own words, without quotation marks.>": "write a paragraph in your own words",
    "<type>": "write the source's type, e.g. article-newspaper, report, speech",
    "<Title as published>": "write the title as the source publishes it",
    "<Newspaper, magazine or site>": "write the newspaper, magazine or site that published it",
    "<Family name>": "write the author's family name",
    "<Given names>": "write the author's given names",
    "<https://…>": "write the source's URL, or remove the line",
    PASTE: "paste the source's text, paragraphs separated by blank lines",
    "<person-id>": "write the person's id: lowercase words joined by hyphens, e.g. fumio-kishida",
    "<Full name as the source gives it>": "write the person's full name as the source gives it",
    "<Role or title as the source gives it>": "write the person's role or title as the source gives it",
    "<Organization as the source gives it>": "write the organization as the source gives it, or remove the line",
    "<the prime minister of Japan>": "write how a brief introduces them after their name",
}
GENERAL_FIX = "replace it with your own text"

# Every <…> the templates write, except the `<…>` that names them in the comments.
PLACEHOLDERS: dict[str, str] = {
    p: _FIXES.get(p, GENERAL_FIX) for p in dict.fromkeys(re.findall(r"<[^<>\n]+>", BRIEF + SOURCE + PEOPLE)) if p != "<…>"}
# The longest first, so that one placeholder inside another's text is not taken for it.
FIND = lazy("|".join(re.escape(p) for p in sorted(PLACEHOLDERS, key=len, reverse=True)))

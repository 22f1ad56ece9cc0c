"""Quotes in table cells: a "who said what" table, each cell's quote attributed by its row header.

A table of cases, in-process (no PDF): what a cell may place, how the row header names the
speaker (by person id or by the name people.yaml gives), and every refusal with its position;
and a table of the brief's other words, which place no quote (a title, a caption…).
The build of such a table (PDF, web page, Word) is tested in tests/e2e/test_table_quotes.py.
"""
from __future__ import annotations

import pytest
from factory import CHAN, PEOPLE, brief, make_project

from briefbuild.checking.validate import load_project
from briefbuild.errors import InputError
from briefbuild.rendering.compose import compose
from briefbuild.rendering.docx import document_html
from briefbuild.rendering.render import render_html

B = "briefs/b1.yaml"


def table(rows: str, extra: str = "", columns: str = "[Who, Position]", before: str = "") -> str:
    """A brief whose block is a table of the given inline rows (YAML flow lists, one a line),
    after the `before` blocks if any."""
    lines = "".join(f"            - {row}\n" for row in rows.split("\n"))
    return brief(f"{before}      - table:\n          caption: Positions on the plan\n          columns: {columns}\n"
                 f"          rows:\n{lines}{extra}")


def files(rows: str, extra: str = "", **more) -> dict:
    return {"sources/s2.yaml": CHAN, B: table(rows, extra), **more}


# The table's rows start at line 14 of the brief, each row a line: row i at line 14 + i.
# (name, files, expected diagnostics)
CASES = [
    # What passes: the header names the quote's speaker, by id or by the name people.yaml gives.
    ("speaker by name", files('[Ann Lee, "{lee-act}"]\n[Bo Chan, "{chan-small}"]'), []),
    ("speaker by id", files('[ann-lee, "{lee-act}"]\n[bo-chan, "{chan-small}"]'), []),
    ("name in another case and spacing", files('[ANN  LEE, "{lee-act}"]'), []),
    ("a paraphrase", files('[Ann Lee, "{lee-ready}"]\n[Bo Chan, "{chan-more}"]'), []),
    ("a quote and a paraphrase in one row", {"sources/s2.yaml": CHAN, B: table(
        '[Bo Chan, "{chan-small}", "{chan-more}"]', columns="[Who, Said, Meant]")}, []),
    ("other columns are text", {"sources/s2.yaml": CHAN, B: table('[Bo Chan, Ministry, "{chan-small}"]',
                                                                   columns="[Who, Where, Said]")}, []),
    ("spaces around the id", files('[Ann Lee, " {lee-act} "]'), []),
    # The row header attributes the quote: someone else's, or no one's, is an error naming both.
    ("wrong speaker", files('[Bo Chan, "{lee-act}"]'),
     ["briefs/b1.yaml:14:25: sections.0.blocks.0.table.rows.0.1: quote 'lee-act' is Ann Lee's (ann-lee), but the "
      "row header names Bo Chan (bo-chan): place it in Ann Lee's row, or quote Bo Chan"]),
    ("wrong speaker by id", files('[Ann Lee, "{lee-act}"]\n[ann-lee, "{chan-more}"]'),
     ["briefs/b1.yaml:15:25: sections.0.blocks.0.table.rows.1.1: paraphrase 'chan-more' is Bo Chan's (bo-chan), but "
      "the row header names Ann Lee (ann-lee): place it in Bo Chan's row, or quote Ann Lee"]),
    ("family name alone", files('[Lee, "{lee-act}"]'),
     ["briefs/b1.yaml:14:16: sections.0.blocks.0.table.rows.0.0: the row header 'Lee' names no one in "
      "sources/people.yaml: it gives the speaker of quote 'lee-act', so write the person's id or name as "
      "people.yaml has it (ann-lee or Ann Lee)"]),
    ("a name people.yaml gives two people", files('[Ann Lee, "{lee-act}"]', **{"sources/people.yaml": PEOPLE + (
        "  - id: ann-lee-2\n    name: Ann Lee\n    family-name: Lee-Park\n    role: Mayor\n")}),
     ["briefs/b1.yaml:14:16: sections.0.blocks.0.table.rows.0.0: the row header 'Ann Lee' is the name of 2 people "
      "in sources/people.yaml (ann-lee, ann-lee-2): write the person's id"]),
    ("the same name, written as an id", files('[ann-lee, "{lee-act}"]', **{"sources/people.yaml": PEOPLE + (
        "  - id: ann-lee-2\n    name: Ann Lee\n    family-name: Lee-Park\n    role: Mayor\n")}), []),
    # A cell places one quote and nothing else.
    ("two ids in a cell", files('[Ann Lee, "{lee-act} {lee-ready}"]'),
     ["briefs/b1.yaml:14:25: sections.0.blocks.0.table.rows.0.1: a cell places one quote, and this one places 2 "
      "({lee-act}, {lee-ready}): give each quote a row of its speaker's, or quote them together in a claim"]),
    ("words around the id", files('[Ann Lee, "She said {lee-act}"]'),
     ["briefs/b1.yaml:14:25: sections.0.blocks.0.table.rows.0.1: a cell places one quote and nothing else: the "
      "words around {lee-act} would stand beside the speaker's as if verified: give them a column of their own, "
      "or write the sentence as a claim"]),
    ("unknown id", files('[Ann Lee, "{lee-acts}"]'),
     ["briefs/b1.yaml:14:25: sections.0.blocks.0.table.rows.0.1: unknown quote 'lee-acts' (did you mean 'lee-act'?)"
      ": use the id of a quote in a source's quotes (sources/), or add the quote there"]),
    ("a quote in the row header", files('["{lee-act}", Ann Lee]'),
     ["briefs/b1.yaml:14:16: sections.0.blocks.0.table.rows.0.0: the first column names each row's speaker: place "
      "quote 'lee-act' in another column of the row, and the speaker's name or id here"]),
    ("no row headers", files('[Ann Lee, "{lee-act}"]', "          row-headers: false\n"),
     ["briefs/b1.yaml:14:25: sections.0.blocks.0.table.rows.0.1: quote 'lee-act' needs its speaker named in the "
      "row's header: remove row-headers: false and name the person in the first column"]),
    # Column names, CSV cells and charts place no quote; bare quotation marks stay ours, refused.
    ("a column name", {"sources/s2.yaml": CHAN, B: table('[Ann Lee, x]', columns='[Who, "{lee-act}"]')},
     ["briefs/b1.yaml:12:26: sections.0.blocks.0.table.columns.1: a column name cannot place a quote: place it in "
      "a cell of its speaker's row, or in a claim"]),
    ("a CSV cell", {"assets/who.csv": "Who,Said\nAnn Lee,{lee-act}\n", B: brief(
        "      - table:\n          caption: Positions\n          csv: assets/who.csv\n")},
     ["briefs/b1.yaml:12:11: sections.0.blocks.0.table.csv: 'assets/who.csv' line 2, column 'Said': a quote is "
      "placed in a table's inline rows, not in its CSV file (the check reads quotes from the brief): write this "
      "table as columns: and rows:, or quote it in a claim beside it"]),
    ("a chart label", {B: brief("      - figure:\n          chart:\n            kind: bar\n            columns: [Who, N]\n"
                                "            rows: [['{lee-act}', '3']]\n          alt: One bar.\n          caption: Bars\n")},
     ["briefs/b1.yaml:14:21: sections.0.blocks.0.figure.chart.rows.0.0: a quote can only be placed in a claim or a "
      "table's cell, not in a chart: quote it in a claim beside it, or cite it in the block's source"]),
    ("bare quotation marks", files('[Ann Lee, "“We will act on the plan”"]'),
     ["briefs/b1.yaml:14:25: sections.0.blocks.0.table.rows.0.1: quotation mark “ in a table or chart: quote a "
      "source through a quote id like {quote-id} in a claim, or reword without quotation marks"]),
    # The quote is verified with its source as a claim's is: a misquote fails, naming the table's place.
    ("a misquote", files('[Bo Chan, "{chan-small}"]', **{"sources/s2.yaml": CHAN.replace(
        "text: The budget is too small for the plan", "text: The budget is far too small for the plan")}),
     ["sources/s2.yaml:13:5: quotes.0.text: quote 'chan-small': not verbatim in the source: fix the quote or mark "
      "changes with [brackets] and … (used by brief 'b1' at briefs/b1.yaml:14:25)"]),
    # ...at the cell's own line and column (its table block may run to many rows), beside a claim's block.
    ("a misquote in the second row", {"sources/s2.yaml": CHAN.replace("text: The budget is too small",
                                                                      "text: The budget is much too small"),
                                      B: table('[Ann Lee, Cabinet, "{lee-act}"]\n[Bo Chan, Ministry, "{chan-small}"]',
                                               columns="[Who, Where, Said]")},
     ["sources/s2.yaml:13:5: quotes.0.text: quote 'chan-small': not verbatim in the source: fix the quote or mark "
      "changes with [brackets] and … (used by brief 'b1' at briefs/b1.yaml:15:35)"]),
    ("a misquote in a claim and a cell", {"sources/s2.yaml": CHAN.replace(
        "text: The budget is too small for the plan", "text: The budget is small for the plan"), B: table(
        '[Bo Chan, "{chan-small}"]', before="      - claim: Chan said {chan-small}.\n")},
     ["sources/s2.yaml:13:5: quotes.0.text: quote 'chan-small': not verbatim in the source: fix the quote or mark "
      "changes with [brackets] and … (used by brief 'b1' at briefs/b1.yaml:10:9, 15:25)"]),
]


def diagnostics(root) -> list[str]:
    try:
        load_project(root)
    except InputError as exc:
        return [str(d).split("\n")[0] for d in exc.diagnostics if d.severity == "error"]
    return []


@pytest.mark.parametrize("name,given,expected", CASES, ids=[c[0] for c in CASES])
def test_a_cell_places_one_quote_of_the_rows_speaker(tmp_path, name, given, expected):
    assert diagnostics(make_project(tmp_path, given)) == expected


def elsewhere(old: str, new: str) -> dict:
    from factory import BRIEF
    assert old in BRIEF
    return {B: BRIEF.replace(old, new)}


OWN = "      - text: Our own words.\n"
TABLE = "      - table:\n          caption: Who\n          columns: [A]\n          rows: [[x]]\n"
WHERE = ("a quote can only be placed in a claim or a table's cell, not in {}: quote it in a claim "
         "(this would print the id in braces)")
# Our own words outside a claim or a cell place nothing: a {quote-id} there printed as it is, braces and all.
ELSEWHERE = [
    ("title", elsewhere("title: A Brief", "title: A Brief {lee-act}"), "1:1: title: " + WHERE.format("the title")),
    ("summary", elsewhere("summary: Short summary.", "summary: Short {lee-act}."),
     "4:1: summary: " + WHERE.format("the summary")),
    ("key finding", elsewhere("  - A finding.", "  - A finding, {lee-act}."),
     "6:5: key-findings.0: " + WHERE.format("a key finding")),
    ("section title", elsewhere("  - title: One", "  - title: One {lee-act}"),
     "8:5: sections.0.title: " + WHERE.format("a section's title")),
    ("list item", elsewhere(OWN, "      - items:\n          - Lee {lee-act}\n"),
     "13:13: sections.0.blocks.2.items.0: " + WHERE.format("a list")),
    ("table caption", elsewhere(OWN, TABLE.replace("caption: Who", "caption: Who {lee-act}")),
     "13:11: sections.0.blocks.2.table.caption: " + WHERE.format("a table's caption")),
    ("table notes", elsewhere(OWN, TABLE + "          notes:\n            - Per {lee-act}\n"),
     "17:15: sections.0.blocks.2.table.notes.0: " + WHERE.format("a table's notes")),
    ("figure alt", elsewhere(OWN, "      - figure:\n          chart: {kind: bar, columns: [A, N], rows: [[x, '1']]}\n"
                                  "          alt: Bars {lee-act}\n          caption: Bars\n"),
     "14:11: sections.0.blocks.2.figure.alt: " + WHERE.format("a figure's alt text")),
]


@pytest.mark.parametrize("name,given,expected", ELSEWHERE, ids=[c[0] for c in ELSEWHERE])
def test_a_quote_id_in_our_own_words_is_an_error(tmp_path, name, given, expected):
    assert diagnostics(make_project(tmp_path, given)) == ["briefs/b1.yaml:" + expected]


def _built(tmp_path, rows: str):
    root = make_project(tmp_path, files(rows))
    project = load_project(root)
    return root, project, compose(project, "b1")


def test_a_cell_quote_counts_as_used(tmp_path):
    # Chan is quoted in the table only; Lee's claim uses the factory's two quotes.
    root = make_project(tmp_path, {"sources/s2.yaml": CHAN, B: table(
        '[Bo Chan, "{chan-small}"]\n[Bo Chan, "{chan-more}"]', before="      - claim: Lee said {lee-act}, {lee-ready}.\n")})
    project = load_project(root)
    assert [w.message for w in project.warnings if "not used" in w.message] == []


def test_notes_are_numbered_in_reading_order_and_a_paraphrase_prints_without_marks(tmp_path):
    root, project, doc = _built(tmp_path, '[Ann Lee, "{lee-act}"]\n[bo-chan, "{chan-more}"]')
    view = doc.sections[0].blocks[0].table
    assert [row[0] for row in view.rows] == ["Ann Lee", "Bo Chan"]  # an id prints as the person's name
    assert [(p.kind, p.note.number) for p in view.quotes.values()] == [("direct", 1), ("paraphrase", 2)]
    for medium in ("screen", "print"):
        html = render_html(doc, root / "templates", medium, project=project)
        assert '<th scope="row" class="left">Bo Chan</th>' in html and "{chan-more}" not in html
        assert '<span class="quote" data-quote="lee-act">“We will act on the plan”</span>' in html
        assert '<span class="paraphrase" data-quote="chan-more">The ministry will ask for more next year</span>' in html
    screen = render_html(doc, root / "templates", "screen", project=project)
    assert ('data-quote="lee-act">“We will act on the plan”</span><a class="fn-call" href="#fn-1" id="fnref-1" '
            'role="doc-noteref" aria-describedby="fn-1"><span class="visually-hidden">Note </span><sup>1</sup></a></td>'
            ) in screen
    word = document_html(doc)
    assert '<td align="left"><span data-custom-style="Direct Quote">“We will act on the plan”</span><span class="fn">' \
        in word
    assert '<td align="left">The ministry will ask for more next year<span class="fn">' in word


def test_a_table_template_from_before_cell_quotes_fails_the_render(tmp_path):
    from briefbuild.errors import RenderError
    root, project, doc = _built(tmp_path, '[Ann Lee, "{lee-act}"]')
    old = (root / "templates/partials/table.html.j2").read_text("utf-8")
    start = old.index("{# A cell may place")
    old = old[:start] + ('{% for row in table.rows %}<tr>{% for cell in row %}<td>{{ cell }}</td>{% endfor %}</tr>\n'
                         '{% endfor %}') + old[old.index("</tbody>"):]
    (root / "templates/partials/table.html.j2").write_text(old, "utf-8")
    with pytest.raises(RenderError, match=r"printed \{lee-act\} as text, not as the quote it places"):
        render_html(doc, root / "templates", "screen", project=project)


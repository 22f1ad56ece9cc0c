"""The JSON Schema an editor uses and `check` give the same verdict (issue 14).

One table of inputs goes through both: the committed JSON Schema (jsonschema) on the YAML
as an editor reads it (YAML 1.2: an unquoted 12 is a number, a date stays text), and the
loader and models `check` uses. Known limit: JSON Schema counts an unquoted 3.0 or 1e3 as an
integer, which check refuses; no schema can tell those apart from 3, so they are left out.
"""
from __future__ import annotations

import json

import jsonschema
import pytest
import yaml
from factory import BRIEF, SOURCE

from briefbuild.checking.parsing import parse
from briefbuild.inputs.load import load_yaml
from briefbuild.inputs.models import Brief, Source
from briefbuild.inputs.schema import SCHEMA_DIR


class EditorLoader(yaml.SafeLoader):
    """YAML as an editor's language server reads it: no YAML 1.1 timestamps."""


EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}

CITED = BRIEF.replace("      - text: Our own words.", "      - claim: Plain.\n        cite:\n          - source: s1\n"
                                                     "            paragraph: 1")
PAGED = CITED.replace("            paragraph: 1", "            page: 1")


def case(name, base, old, new, valid):
    return pytest.param(base, old, new, valid, id=name)


CASES = [
    # dates: ISO only, in both
    case("issued ISO", SOURCE, 'issued: "2024-01-02"', 'issued: "2022-12-06"', True),
    case("issued year only, quoted", SOURCE, 'issued: "2024-01-02"', 'issued: "2022"', True),
    case("issued year only, unquoted", SOURCE, 'issued: "2024-01-02"', "issued: 2022", True),
    case("issued unquoted ISO", SOURCE, 'issued: "2024-01-02"', "issued: 2022-12-06", True),
    case("issued in words", SOURCE, 'issued: "2024-01-02"', 'issued: "6 Dec 2022"', False),
    case("issued with slashes", SOURCE, 'issued: "2024-01-02"', "issued: 2022/12/06", False),
    case("issued month 13", SOURCE, 'issued: "2024-01-02"', 'issued: "2022-13-01"', False),
    case("issued day 32", SOURCE, 'issued: "2024-01-02"', 'issued: "2022-12-32"', False),
    case("issued two-digit year", SOURCE, 'issued: "2024-01-02"', 'issued: "22-12-06"', False),
    case("accessed partial", SOURCE, 'issued: "2024-01-02"', 'issued: "2024-01-02"\naccessed: "2024-02"', True),
    case("issued a season", SOURCE, 'issued: "2024-01-02"', 'issued: "2023-21"', True),
    case("issued a range", SOURCE, 'issued: "2024-01-02"', 'issued: "2023-05-01/2023-05-04"', True),
    case("issued a range, end month 13", SOURCE, 'issued: "2024-01-02"', 'issued: "2023-05-01/2023-13-04"', False),
    case("issued a season 25", SOURCE, 'issued: "2024-01-02"', 'issued: "2023-25"', False),
    case("accessed in words", SOURCE, 'issued: "2024-01-02"', 'issued: "2024-01-02"\naccessed: "Feb 2, 2024"', False),
    case("accessed ISO", SOURCE, 'issued: "2024-01-02"', 'issued: "2024-01-02"\naccessed: "2024-02-03"', True),
    case("brief date in words", BRIEF, 'date: "2024-02-01"', 'date: "1 Feb 2024"', False),
    case("brief date partial", BRIEF, 'date: "2024-02-01"', 'date: "2024-02"', False),
    case("brief date unquoted", BRIEF, 'date: "2024-02-01"', "date: 2024-02-01", True),
    # paragraph numbers: a whole number from 1, quoted or not
    case("paragraph", SOURCE, "paragraph: 1", "paragraph: 1", True),
    case("paragraph quoted", SOURCE, "paragraph: 1", 'paragraph: "1"', True),
    case("paragraph with a plus", SOURCE, "paragraph: 1", "paragraph: +1", True),
    case("paragraph zero", SOURCE, "paragraph: 1", "paragraph: 0", False),
    case("paragraph zero quoted", SOURCE, "paragraph: 1", 'paragraph: "0"', False),
    case("paragraph negative", SOURCE, "paragraph: 1", "paragraph: -2", False),
    case("paragraph a word", SOURCE, "paragraph: 1", "paragraph: one", False),
    case("paragraph a fraction quoted", SOURCE, "paragraph: 1", 'paragraph: "1.0"', False),
    case("paragraph with underscores quoted", SOURCE, "paragraph: 1", 'paragraph: "1_0"', False),
    case("paragraph a fraction", SOURCE, "paragraph: 1", "paragraph: 1.5", False),
    case("paragraph empty", SOURCE, "paragraph: 1", "paragraph:", False),
    case("cite paragraph quoted", CITED, "paragraph: 1", 'paragraph: "1"', True),
    case("cite paragraph zero", CITED, "paragraph: 1", "paragraph: 0", False),
    case("cite paragraph a word", CITED, "paragraph: 1", "paragraph: first", False),
    # page locators: 12, 12-14 or xii, quoted or not
    case("page unquoted", PAGED, "page: 1", "page: 12", True),
    case("page range", PAGED, "page: 1", "page: 12-14", True),
    case("page roman", PAGED, "page: 1", "page: xii", True),
    case("page negative", PAGED, "page: 1", "page: -3", False),
    case("page a fraction", PAGED, "page: 1", "page: 12.5", False),
    case("page with spaces", PAGED, "page: 1", 'page: "12 to 14"', False),
    # bounded: nine digits, twenty characters (a 5,000-digit number was a traceback)
    case("page nine digits", PAGED, "page: 1", "page: 1-999999999", True),
    case("page 5,000 digits", PAGED, "page: 1", "page: 1-" + "9" * 5000, False),
    case("page 21 letters", PAGED, "page: 1", "page: " + "x" * 21, False),
    case("cite paragraph nine digits", CITED, "paragraph: 1", "paragraph: 999999999", True),
    case("cite paragraph ten digits", CITED, "paragraph: 1", "paragraph: 9999999999", False),
    case("cite paragraph 5,000 digits quoted", CITED, "paragraph: 1", 'paragraph: "1-' + "9" * 5000 + '"', False),
    case("paragraph nine digits", SOURCE, "paragraph: 1", "paragraph: 999999999", True),
    case("paragraph ten digits", SOURCE, "paragraph: 1", "paragraph: 9999999999", False),
    case("paragraph 30 digits", SOURCE, "paragraph: 1", "paragraph: " + "9" * 30, False),
    case("paragraph range of 5,000 digits", SOURCE, "paragraph: 1", 'paragraph: "1-' + "9" * 5000 + '"', False),
    case("last-paragraph ten digits", SOURCE, "paragraph: 1", "paragraph: 1\n    last-paragraph: 9999999999", False),
]


def schema_verdict(name: str, text: str) -> bool:
    schema = json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text("utf-8"))
    data = yaml.load(text, Loader=EditorLoader)
    return jsonschema.Draft202012Validator(schema).is_valid(data)


def check_verdict(model, text: str, tmp_path) -> bool:
    path = tmp_path / "file.yaml"
    path.write_text(text, "utf-8")
    doc, diags = load_yaml(path, "file.yaml")
    assert doc is not None, diags
    return parse(model, doc, diags) is not None and not diags


@pytest.mark.parametrize(("base", "old", "new", "valid"), CASES)
def test_the_editors_schema_and_check_give_the_same_verdict(tmp_path, base, old, new, valid):
    assert old in base
    text = base.replace(old, new, 1)
    model, name = (Source, "source") if base is SOURCE else (Brief, "brief")
    assert (schema_verdict(name, text), check_verdict(model, text, tmp_path)) == (valid, valid)

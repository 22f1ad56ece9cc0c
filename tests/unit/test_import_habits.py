"""Import reads what reference managers really write: Zotero's CSL-JSON (item URIs for ids,
date parts as strings, institutional authors as literals, free-text languages, several ISBNs),
and the dates pandoc gives for RIS (2023/// as 2023, 0, 0). Nothing is guessed: a value is
read as the same fact, or left out and said so."""
from __future__ import annotations

import json

import pytest
import yaml

from briefbuild.commands.importer import citation_key, import_file
from briefbuild.commands.refman import language, ris_date
from briefbuild.inputs.csl import date_from_csl

ZOTERO = [
    {"id": "http://zotero.org/users/123456/items/ABCD1234", "type": "article-journal",
     "title": "Alliance Signalling in the Indo-Pacific", "container-title": "Survival", "volume": "65",
     "issue": "4", "page": "85-100", "author": [{"family": "Kobayashi", "given": "Hana"},
                                                {"literal": "Example Institute"}],
     "issued": {"date-parts": [["2023", "8"]]}, "accessed": {"date-parts": [["2024", "1", "5"]]},
     "DOI": "https://doi.org/10.5555/jess.2023.0312", "language": "en-US", "abstract": "Long."},
    {"id": "http://zotero.org/users/123456/items/EFGH5678", "type": "webpage", "title": "Partnerships",
     "container-title": "Example Alliance", "author": [{"family": "", "given": "", "literal": "Example Alliance"}],
     "accessed": {"date-parts": [[2024, 3, 1]]}, "URL": "https://www.example.int/partnerships",
     "language": "English"},
    {"id": "http://zotero.org/users/123456/items/IJKL9012", "citation-key": "okafor2021partners", "type": "book",
     "title": "Partners Beyond the Treaty Area", "editor": [{"family": "Okafor", "given": "Grace"}],
     "issued": {"date-parts": [["2021"]]}, "ISBN": "978-0-306-40615-7 0-306-40615-2", "language": "Klingon"},
    {"id": "http://zotero.org/users/123456/items/MNOP3456", "type": "report", "title": "Raw Date",
     "author": [{"family": "Lee", "given": "Ann"}], "issued": {"raw": "2021-05"}},
]


@pytest.fixture
def imported(tmp_path):
    path = tmp_path / "My Library.json"
    path.write_text(json.dumps(ZOTERO), "utf-8-sig")  # saved with a byte-order mark, as on Windows
    (tmp_path / "sources").mkdir()
    report = import_file(tmp_path, path)
    return tmp_path / "sources", report


def test_a_zotero_export_is_imported_under_readable_ids(imported):
    folder, report = imported
    # item URIs are not citation keys: the key is the item's citation-key, else author-year-word
    assert [p.name for p in report.written] == [
        "kobayashi-2023-alliance.yaml", "example-nd-partnerships.yaml", "okafor2021partners.yaml", "lee-2021-raw.yaml"]
    assert report.refused == [] and report.kept == []
    assert report.dropped == ["kobayashi-2023-alliance: abstract (no such field in a source)"]
    assert report.notes == ["okafor2021partners: language: 'Klingon' is not a language code: write a BCP 47 tag "
                            "such as en, fr or en-US (left out)"]


def test_a_zotero_export_keeps_every_fact_in_a_source_s_spelling(imported):
    folder, _ = imported

    def read(name):
        return yaml.load((folder / name).read_text("utf-8"), Loader=yaml.BaseLoader)

    article = read("kobayashi-2023-alliance.yaml")
    assert article["issued"] == "2023-08" and article["accessed"] == "2024-01-05"
    assert article["DOI"] == "10.5555/jess.2023.0312"  # the resolver's address is not part of the DOI
    assert article["author"] == [{"family": "Kobayashi", "given": "Hana"}, {"literal": "Example Institute"}]
    assert article["language"] == "en-US"
    page = read("example-nd-partnerships.yaml")
    assert page["language"] == "en" and "issued" not in page  # no date invented
    assert page["author"] == [{"literal": "Example Alliance"}]  # empty family and given are no parts
    book = read("okafor2021partners.yaml")
    assert book["ISBN"] == "978-0-306-40615-7" and "language" not in book
    assert read("lee-2021-raw.yaml")["issued"] == "2021-05"


DATES = [
    ({"date-parts": [["2023", "8", "4"]]}, "2023-08-04"),  # Zotero: parts as strings
    ({"date-parts": [[2023], [0], [0], [0]]}, "2023"),  # pandoc's reading of RIS PY 2023///
    ({"date-parts": [[2023, 0, 0]]}, "2023"),
    ({"date-parts": []}, None),
    ({"raw": "2021-05"}, "2021-05"),
    ({"raw": "May 2021"}, None),
    ({"raw": "2024-01-05T10:22:31Z"}, "2024-01-05"),  # an access time: its day
    ({"literal": "Spring term"}, None),
    ({"date-parts": [[2022, 6, 28], [2022, 6, 30]]}, "2022-06-28/2022-06-30"),
]


@pytest.mark.parametrize("csl,text", DATES)
def test_dates_as_reference_managers_write_them(csl, text):
    assert date_from_csl(csl) == text


RIS_DATES = [("2023///", "2023"), ("2022/05/04/", "2022-05-04"), ("2022/05//Spring", "2022-05"),
             ("2022", "2022"), ("n.d.", None), ("/05/04/", None)]


@pytest.mark.parametrize("ris,text", RIS_DATES)
def test_ris_dates(ris, text):
    assert ris_date(ris) == text


LANGUAGES = [("English", "en"), ("français", "fr"), ("en_US", "en-US"), ("EN", "en"), ("de-DE", "de-DE"),
             ("日本語", "ja"), ("Klingon", None)]


@pytest.mark.parametrize("text,code", LANGUAGES)
def test_free_text_languages_are_codes(text, code):
    assert language(text) == code


KEYS = [
    ({"id": "http://zotero.org/users/1/items/ABC", "author": [{"family": "Kobayashi"}],
      "issued": {"date-parts": [["2023"]]}, "title": "The Alliance Signal"}, "kobayashi-2023-alliance"),
    ({"id": "http://zotero.org/users/1/items/ABC", "citation-key": "Kobayashi2023", "title": "T"}, "kobayashi2023"),
    ({"id": "urn:isbn:9780306406157", "title": "Partners", "editor": [{"family": "Okafor"}],
      "issued": "2021"}, "okafor-2021-partners"),
]


@pytest.mark.parametrize("item,key", KEYS)
def test_keys_never_come_from_item_uris(item, key):
    assert citation_key(item) == key

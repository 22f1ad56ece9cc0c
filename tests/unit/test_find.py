"""find: a remembered phrase leads to its source and paragraph, who said it, and an entry that passes check."""
from __future__ import annotations

import re

import pytest
from conftest import SAMPLE, SAMPLE_SOURCE, copy_project

from briefbuild.checking.validate import load_project
from briefbuild.commands import corpus
from briefbuild.commands import find as f
from briefbuild.commands.yamltext import append_list_item
from briefbuild.errors import BriefError

SAMPLE_QUOTES = corpus.load(SAMPLE, SAMPLE_SOURCE, []).source.quotes


def one_word_changed(text: str) -> str:
    """The quote as an editor half-remembers it: its longest word replaced."""
    words = text.split()
    k = max(range(len(words)), key=lambda i: len(re.sub(r"\W", "", words[i])))
    words[k] = "various"
    return " ".join(words)


@pytest.mark.parametrize("quote", SAMPLE_QUOTES, ids=lambda q: q.id)
def test_every_sample_quote_with_one_word_changed_is_found_where_it_stands(quote):
    matches, diags = f.find(SAMPLE, one_word_changed(quote.text))
    assert diags == []
    best = matches[0]
    assert (best.source, best.paragraph) == (SAMPLE_SOURCE, quote.paragraph)
    assert (best.kind, best.speaker) == (quote.kind, quote.speaker)
    assert best.problem is None


def test_the_suggested_entries_pass_check_as_they_are(tmp_path):
    root = copy_project(tmp_path / "p")
    path = root / "sources" / f"{SAMPLE_SOURCE}.yaml"
    taken = f.quote_ids(root)
    for quote in SAMPLE_QUOTES:
        best = f.find(root, one_word_changed(quote.text))[0][0]
        qid = f"found-{quote.id}"
        path.write_text(append_list_item(path.read_text("utf-8"), "quotes", best.entry(qid)), "utf-8")
        taken.add(qid)
    project = load_project(root)  # raises on any error
    assert {f"found-{q.id}" for q in SAMPLE_QUOTES} <= set(project.quotes)


def test_the_match_says_who_said_it_or_that_it_is_the_reporters_wording():
    direct = f.find(SAMPLE, "I see it as a triangle with the United States at the centre")[0][0]
    assert direct.who == "Jun Nagashima (in the source's quotation marks, attributed to them)"
    assert direct.passage == "I see it as a triangle, with the [United States] at the center"
    reported = f.find(SAMPLE, "Japan will need to ensure its interoperability with NATO")[0][0]
    assert (reported.kind, reported.paragraph) == ("paraphrase", 10)
    assert reported.who == "the reporter's wording, attributed to Jun Nagashima"


def test_add_appends_the_entry_and_keeps_every_line_of_the_file(tmp_path):
    root = copy_project(tmp_path / "p")
    path = root / "sources" / f"{SAMPLE_SOURCE}.yaml"
    before = path.read_text("utf-8")
    best = f.find(root, "they're looking East and West to Europe and Japan")[0][0]
    f.add_to_source(root, best, "nagashima-east-west", f.quote_ids(root))
    after = path.read_text("utf-8")
    assert after.startswith(before.rstrip("\n") + "\n")
    assert after[len(before.rstrip("\n")) + 1:] == (
        "\n  - id: nagashima-east-west\n    speaker: jun-nagashima\n    kind: direct\n    paragraph: 16\n"
        "    text: >-\n      they’re looking East and West to Europe and Japan\n")
    assert "nagashima-east-west" in load_project(root).quotes


@pytest.mark.parametrize("quote_id, message", [
    ("nagashima-triangle", "quote id 'nagashima-triangle' is already used: choose another --id"),
    ("Bad_Id", "--id Bad_Id: a quote id is lowercase words joined by hyphens, write bad-id"),
    ("nagashima triangle 2", "--id nagashima triangle 2: a quote id is lowercase words joined by hyphens, "
                             "write nagashima-triangle-2"),
    ("{x}", "--id {x}: a quote id is lowercase words joined by hyphens, e.g. tanaka-distance"),
])
def test_add_refuses_a_bad_or_taken_id_and_writes_nothing(tmp_path, quote_id, message):
    root = copy_project(tmp_path / "p")
    path = root / "sources" / f"{SAMPLE_SOURCE}.yaml"
    before = path.read_bytes()
    best = f.find(root, "they're looking East and West to Europe")[0][0]
    with pytest.raises(BriefError) as err:
        f.add_to_source(root, best, quote_id, f.quote_ids(root))
    assert err.value.message == message
    assert path.read_bytes() == before


@pytest.mark.parametrize("layout, expected", [
    ("title: T\nquotes: []\n", "title: T\nquotes:\n  - id: x\n    text: y\n"),
    ("title: T\n", "title: T\n\nquotes:\n  - id: x\n    text: y\n"),
    ("quotes:\n    - id: a\n      text: b\n# a comment\ntitle: T\n",
     "quotes:\n    - id: a\n      text: b\n    - id: x\n      text: y\n# a comment\ntitle: T\n"),
    ("quotes:\n- id: a\n  text: b\n", "quotes:\n- id: a\n  text: b\n- id: x\n  text: y\n"),
])
def test_append_keeps_the_lists_own_layout(layout, expected):
    assert append_list_item(layout, "quotes", ["  - id: x", "    text: y"]) == expected


def test_words_quoted_from_no_named_person_are_said_to_be_so(tmp_path):
    # QA: a report's "As one senior official told us, “…”" was called the reporter's wording.
    from factory import make_project
    source = ("type: report\ntitle: A Report\npublisher: An Institute\nissued: \"2024-01-02\"\ntext: |\n"
              "  Officials were warm. As one senior official told us, “Japan and NATO are natural partners, "
              "but we are not allies.”\n")
    root = make_project(tmp_path, {"sources/s2.yaml": source})
    best = f.find(root, "natural partners but we are not allies")[0][0]
    assert (best.source, best.paragraph, best.speaker) == ("s2", 1, None)
    assert best.who == ("in the source's quotation marks, attributed to no one in sources/people.yaml "
                        "(the attribution found: 'As one senior official told us,')")
    assert best.problem == ("the source gives these words to no named person: they cannot be quoted as anyone's; "
                            "cite the source by paragraph in a claim instead")


def test_a_phrase_across_a_stage_direction_is_the_speakers_without_it(tmp_path):
    # QA: a phrase across `(Laughter.)` in a State Department transcript was called no one's turn.
    from factory import make_project
    source = ("type: interview\ntitle: A Briefing\npublisher: A Department\nissued: \"2024-01-02\"\ntext: |\n"
              "  MS. LEE: I will not characterize the views of an Ally. (Laughter.) What I will say is that "
              "consensus works.\n")
    root = make_project(tmp_path, {"sources/s2.yaml": source})
    best = f.find(root, "the views of an Ally. What I will say is that consensus works")[0][0]
    assert (best.source, best.speaker, best.kind, best.problem) == ("s2", "ann-lee", "direct", None)
    assert "(Laughter.)" not in best.text


# The suggested id spells a name or a word as an English keyboard would: an accent never
# splits it (QA: `h-kk-nen-every-ship` for Häkkänen), and words of another script leave none.
@pytest.mark.parametrize("name,text,expected", [
    ("Antti Häkkänen", "Every ship that drags an anchor", "hakkanen-every-ship"),
    ("José Álvarez", "We will act", "alvarez-will"),
    ("Jonas Gahr Støre", "Norway’s position is clear", "store-norways-position"),
    ("Zoë Müller", "Die Straße bleibt gesperrt", "muller-strasse-bleibt"),
    ("Łukasz Kowalczyk", "Sécurité d’abord", "kowalczyk-securite-dabord"),
    ("Fumio Kishida", "日本は協力する", "kishida"),
    ("岸田文雄", "日本は協力する", "quote"),
])
def test_the_suggested_id_spells_names_and_words_without_accents(name, text, expected):
    from briefbuild.inputs.models import ID_PATTERN, Person
    person = Person(id="p", name=name, role="Minister")
    match = f.Match(source="s", paragraph=1, page=None, passage=text, score=100, kind="direct", speaker="p",
                    who=name, text=text)
    sid = f.suggest_quote_id(match, {"p": person}, set())
    assert sid == expected and re.fullmatch(ID_PATTERN, sid)

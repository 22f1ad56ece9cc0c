"""Messages a new user met: positions, counts, order, and errors that must not vanish (issue 14).

In-process: the loader and the validator on small generated projects, exact text asserted."""
from __future__ import annotations

import pytest
from factory import BRIEF, PEOPLE, SOURCE, make_project

from briefbuild.checking.validate import load_project
from briefbuild.errors import Code, Diagnostic, InputError
from briefbuild.inputs.load import load_yaml


def errors_of(root, **kwargs) -> list[str]:
    with pytest.raises(InputError) as caught:
        load_project(root, **kwargs)
    return [str(d) for d in caught.value.diagnostics] + [caught.value.message]


def test_a_source_that_fails_to_parse_hides_only_unknown_ids_not_other_errors_that_say_unknown(tmp_path):
    root = make_project(tmp_path, {
        "sources/broken.yaml": "title: [unclosed\n",
        "briefs/b1.yaml": BRIEF.replace("title: A Brief\n", "title: A Brief\nstyle: chicago-notes-bibliograpy\n")
                               .replace("{lee-ready}", "{maybe-in-broken}"),
    })
    lines = errors_of(root)
    assert any("briefs/b1.yaml:2:1: style: unknown CSL style 'chicago-notes-bibliograpy' "
               "(did you mean 'chicago-notes-bibliography'?)" in line for line in lines), lines
    assert not any("maybe-in-broken" in line for line in lines), "it may be defined in the file that failed"
    assert any(line.startswith("sources/broken.yaml:") for line in lines)


# A source whose only mistake is in its bibliographic fields still has its quotes verified,
# and the brief's references checked, in the same run (QA: a source saved without its date
# hid a misquote in it, a misattributing claim, an unknown quote id in the brief and an
# unknown speaker in another source, each found only after the date was fixed).
MISQUOTED = SOURCE.replace("    text: We will act on the plan\n", "    text: We will act on the plann\n")
OTHER = SOURCE.replace("lee-act", "o-act").replace("lee-ready", "o-ready").replace("speaker: ann-lee\n    kind: direct",
                                                                                   "speaker: ann-leee\n    kind: direct")


@pytest.mark.parametrize("mistake,source,message", [
    ("no date", MISQUOTED.replace('issued: "2024-01-02"\n', ""), "a source without issued needs accessed"),
    ("no date from add", MISQUOTED.replace('issued: "2024-01-02"', "issued:"), "issued: '' is not a date"),
    ("bad date", MISQUOTED.replace("2024-01-02", "2024-13-02"), "issued: '2024-13-02' is not a real date"),
    ("misspelt key", MISQUOTED.replace("container-title:", "container-titel:"), "unknown key 'container-titel'"),
    ("empty title", MISQUOTED.replace("title: A Story", "title:"), "title: must not be empty"),
    ("bad ISBN", MISQUOTED + "ISBN: 978-0-306-40615-6\n", "ISBN"),
])
def test_a_source_with_a_bibliographic_mistake_still_has_every_other_error_reported(tmp_path, mistake, source,
                                                                                      message):
    brief = BRIEF.replace("      - text: Our own words.\n", "      - claim: Chan said {lee-act}.\n"
                                                              "      - claim: Lee said {lee-actt}.\n")
    root = make_project(tmp_path, {"sources/s1.yaml": source, "sources/s2.yaml": OTHER, "briefs/b1.yaml": brief})
    text = "\n".join(errors_of(root))
    assert message in text
    assert "quote 'lee-act': not verbatim in the source" in text
    assert "direct quote 'lee-act' is Ann Lee's words, but the claim gives them to Bo Chan" in text
    assert "unknown quote 'lee-actt' (did you mean 'lee-act'?)" in text
    assert "sources/s2.yaml:11:5: quotes.0.speaker: unknown person 'ann-leee'" in text


# A mistake inside one quote of a source, or one entry of people.yaml, no longer fails the whole
# file: the quote or person at fault stands out of the checks (standins.source_stand_in,
# people_stand_in) and everything else is verified in the same run. What cites the one at fault is
# silent (its own error says what to fix), never "unknown quote" or "unknown person"; when its id
# cannot be read, no reference is called unknown (it may be that one).
# Rows: (what is wrong, the entry's lines, the key path of its error, whether its id can be read).
_AT_FAULT = "lee-more"
_ENTRY = f"  - id: {_AT_FAULT}\n    speaker: ann-lee\n    kind: paraphrase\n    text: the plan is ready\n    paragraph: 2\n"
QUOTE_MISTAKES = [
    ("a page below one", _ENTRY + "    page: -3\n", "quotes.2.page", True),
    ("a page range backwards", _ENTRY + "    page: 5-2\n", "quotes.2.page", True),
    ("a page as a list", _ENTRY + "    page: [3, 4]\n", "quotes.2.page", True),  # one error, not one per type
    ("a misspelled speaker key", _ENTRY.replace("speaker:", "speker:"), "quotes.2.speker", True),
    ("a speaker not an id", _ENTRY.replace("speaker: ann-lee", "speaker: [ann-lee]"), "quotes.2.speaker", True),
    ("a misspelled locator", _ENTRY.replace("paragraph:", "paragaph:"), "quotes.2.paragaph", True),
    ("paragraph zero", _ENTRY.replace("paragraph: 2", "paragraph: 0"), "quotes.2.paragraph", True),
    ("a range backwards", _ENTRY.replace("paragraph: 2", "paragraph: 2-1"), "quotes.2.paragraph", True),
    ("a last paragraph before the first", _ENTRY + "    last-paragraph: 1\n", "quotes.2.last-paragraph", True),
    ("a kind of no kind", _ENTRY.replace("kind: paraphrase", "kind: indirect"), "quotes.2.kind", True),
    ("a verb not a word", _ENTRY + "    verb: Said!\n", "quotes.2.verb", True),
    ("a translator without original", _ENTRY + "    translator: Bo Chan\n", "quotes.2", True),
    ("an unknown key", _ENTRY + "    note: check this\n", "quotes.2.note", True),
    ("no text", _ENTRY.replace("    text: the plan is ready\n", ""), "quotes.2.text", True),
    ("an id not an id", _ENTRY.replace(f"id: {_AT_FAULT}", "id: Lee More"), "quotes.2.id", False),
    ("a misspelled id key", _ENTRY.replace("- id:", "- ide:"), "quotes.2.ide", False),
    ("an entry not a mapping", "  - lee-more said the plan is ready\n", "quotes.2", False),
]


@pytest.mark.parametrize("what,entry,key,readable", QUOTE_MISTAKES, ids=[r[0] for r in QUOTE_MISTAKES])
@pytest.mark.parametrize("undated", [False, True], ids=["dated", "undated"])
def test_a_mistake_in_one_quote_leaves_the_sources_other_quotes_verified(tmp_path, what, entry, key, readable,
                                                                         undated):
    source = MISQUOTED + entry
    if undated:  # a bibliographic mistake besides: both stand in
        source = source.replace('issued: "2024-01-02"\n', "")
    brief = BRIEF.replace("      - text: Our own words.\n", "      - claim: Chan said {lee-act}.\n"
                          "      - claim: Lee said {lee-actt}.\n"
                          f"      - claim: Lee noted that {{{_AT_FAULT}}}.\n"
                          "        cite:\n          - quote: lee-more\n").replace(
                              "key-findings:", f"pull-quotes: [{_AT_FAULT}]\nkey-findings:")
    root = make_project(tmp_path, {"sources/s1.yaml": source, "sources/s2.yaml": OTHER, "briefs/b1.yaml": brief})
    with pytest.raises(InputError) as caught:
        load_project(root)
    found = [d for d in caught.value.diagnostics if d.severity == "error"]
    assert all(d.line > 0 and d.column > 0 and d.key for d in found)
    own = [d for d in found if d.key.startswith(key.split(".")[0] + ".2")]
    assert own and all(d.file == "sources/s1.yaml" and d.line >= 19 for d in own)  # at the entry itself
    assert key in [d.key for d in own]
    others = sorted((d.file, d.key, d.message.split(":")[0]) for d in found if d not in own
                    and not (undated and d.key == "issued"))
    assert others == sorted([
        ("briefs/b1.yaml", "sections.0.blocks.2.claim", "direct quote 'lee-act' is Ann Lee's words, but the claim "
                                                        "gives them to Bo Chan"),
        ("sources/s1.yaml", "quotes.0.text", "quote 'lee-act'"),
        ("sources/s2.yaml", "quotes.0.speaker", "unknown person 'ann-leee' (did you mean 'ann-lee'?)")]
        + ([("briefs/b1.yaml", "sections.0.blocks.3.claim", "unknown quote 'lee-actt' (did you mean 'lee-act'?)")]
           if readable else []))


# Rows: (what is wrong with one person's entry, the entry, its error's key path, whether its id can be read).
_PERSON = "  - id: cy-park\n    name: Cy Park\n    role: Mayor\n"
PERSON_MISTAKES = [
    ("a misspelled role key", _PERSON.replace("role:", "rol:"), "people.2.rol", True),
    ("a name not text", _PERSON.replace("name: Cy Park", "name: [Cy, Park]"), "people.2.name", True),
    ("pronouns of no kind", _PERSON + "    pronouns: she/3\n", "people.2.pronouns", True),
    ("an unknown key", _PERSON + "    party: Green\n", "people.2.party", True),
    ("an id not an id", _PERSON.replace("id: cy-park", "id: Cy Park"), "people.2.id", False),
    ("an entry not a mapping", "  - Cy Park, Mayor\n", "people.2", False),
]
_PARK = SOURCE.replace("lee-act", "park-act").replace("lee-ready", "park-ready").replace("ann-lee", "cy-park") \
              .replace("Lee", "Park").replace("type: article-newspaper\n", "type: speech\nspeaker: cy-park\n") \
              .replace("Chan agreed", "the council agreed")


@pytest.mark.parametrize("what,entry,key,readable", PERSON_MISTAKES, ids=[r[0] for r in PERSON_MISTAKES])
def test_a_mistake_in_one_person_leaves_the_other_people_s_quotes_verified(tmp_path, what, entry, key, readable):
    brief = BRIEF.replace("      - text: Our own words.\n", "      - claim: Chan said {lee-act}.\n"
                          "      - claim: Park said {park-act}.\n"
                          "      - claim: Lee said {lee-actt}.\n").replace(
                              "key-findings:", "introductions:\n  cy-park: the mayor\nkey-findings:")
    root = make_project(tmp_path, {"sources/people.yaml": PEOPLE + entry, "sources/s1.yaml": MISQUOTED,
                                   "sources/s2.yaml": OTHER, "sources/s3.yaml": _PARK, "briefs/b1.yaml": brief})
    with pytest.raises(InputError) as caught:
        load_project(root)
    found = [d for d in caught.value.diagnostics if d.severity == "error"]
    assert all(d.line > 0 and d.column > 0 and d.key for d in found)
    own = [d for d in found if d.file == "sources/people.yaml"]
    assert key in [d.key for d in own] and all(d.key.startswith("people.2") for d in own)
    others = sorted((d.file, d.key, d.message.split(":")[0]) for d in found if d not in own)
    assert others == sorted([
        ("briefs/b1.yaml", "sections.0.blocks.2.claim", "direct quote 'lee-act' is Ann Lee's words, but the claim "
                                                        "gives them to Bo Chan"),
        ("sources/s1.yaml", "quotes.0.text", "quote 'lee-act'"),
        ("briefs/b1.yaml", "sections.0.blocks.4.claim", "unknown quote 'lee-actt' (did you mean 'lee-act'?)")]
        + ([("sources/s2.yaml", "quotes.0.speaker", "unknown person 'ann-leee' (did you mean 'ann-lee'?)")]
           if readable else []))


def test_a_source_that_does_not_parse_leaves_the_other_sources_checked(tmp_path):
    root = make_project(tmp_path, {"sources/broken.yaml": "title: [unclosed\n", "sources/s2.yaml": OTHER})
    text = "\n".join(errors_of(root))
    assert "sources/broken.yaml:" in text
    assert "sources/s2.yaml:11:5: quotes.0.speaker: unknown person 'ann-leee'" in text


@pytest.mark.parametrize("files,first", [
    ({"sources/s1.yaml": SOURCE.replace("text: |\n  “We will act on the plan,” Lee said.\n\n  Lee also said the plan is "
                                        "ready, and Chan agreed.\n", "text-file: s1.txt\n"), "sources/s1.txt": ""},
     "sources/s1.yaml:5:1: text-file: the stored text is empty: store the source's text"),
    ({"sources/s1.yaml": SOURCE.replace("text: |\n  “We will act on the plan,” Lee said.\n\n  Lee also said the plan is "
                                        "ready, and Chan agreed.\n", "text-file: s1.txt\n"), "sources/s1.txt": "***\n"},
     "sources/s1.yaml:5:1: text-file: the stored text is empty: store the source's text"),
])
def test_an_empty_stored_text_is_one_error_not_one_per_quote(tmp_path, files, first):
    lines = errors_of(make_project(tmp_path, files))
    assert lines == [first, "1 error(s), 0 warning(s)"]


def test_unknown_id_diagnostics_carry_a_code():
    root_lines = Diagnostic("briefs/b1.yaml", 3, 5, "x", "unknown quote 'q'", code=Code.UNKNOWN_ID)
    assert root_lines.code is Code.UNKNOWN_ID and Diagnostic("f", 1, 1, "", "m").code is Code.OTHER


def test_an_unknown_brief_is_named_by_its_file_without_a_made_up_position(tmp_path):
    root = make_project(tmp_path)
    lines = errors_of(root, briefs=["b2"])
    assert lines[0] == "briefs/b2.yaml: not found (known: b1): give a brief's id (its file name in briefs/)"
    assert not any("briefs/:1:1" in line for line in lines)


def test_strict_with_warnings_only_says_what_failed(tmp_path):
    root = make_project(tmp_path, {"sources/s1.yaml": SOURCE + """\
  - id: lee-unused
    speaker: ann-lee
    kind: paraphrase
    text: the plan is ready
    paragraph: 2
"""})
    load_project(root)  # a warning alone passes without --strict
    lines = errors_of(root, strict=True)
    assert lines[-1] == "1 warning(s), which --strict treats as errors"
    assert "0 error(s)" not in "\n".join(lines)


def test_warnings_come_in_file_and_line_order(tmp_path):
    unused = "\n".join(f"""\
  - id: {qid}
    speaker: ann-lee
    kind: paraphrase
    text: the plan is ready
    paragraph: 2""" for qid in ("zz-first", "mm-second", "aa-third"))
    root = make_project(tmp_path, {"sources/s1.yaml": SOURCE + unused + "\n",
                                   "sources/a0.yaml": SOURCE.replace("lee-", "other-")})
    warnings = [str(w) for w in load_project(root).warnings]
    assert [w.split(": ")[0] for w in warnings] == sorted((w.split(": ")[0] for w in warnings),
                                                          key=lambda p: (p.split(":")[0], int(p.split(":")[1])))
    assert [w.split("'")[1] for w in warnings if w.startswith("sources/s1.yaml")] == ["zz-first", "mm-second", "aa-third"]
    assert warnings[0].startswith("sources/a0.yaml:")


@pytest.mark.parametrize(("text", "line"), [
    ("title: A\nsummary\n  more words\ndate: x\n", 2),
    ("title: A\nsections:\n  - title: One\n    blocks\n      - claim: x\n", 4),
    ("quotes:\n  - id: x\n    speaker y\n    kind: direct\n", 3),
])
def test_a_missing_colon_is_reported_on_the_line_of_the_key(tmp_path, text, line):
    path = tmp_path / "b.yaml"
    path.write_text(text, "utf-8")
    doc, diags = load_yaml(path, "b.yaml")
    assert doc is None
    assert [(d.line, d.message) for d in diags] == [
        (line, "YAML syntax: while scanning a simple key: could not find expected ':' (every key needs a colon after it)")]


QUOTE_ITEM = "quotes:\n  - id: a\n    speaker: b\n    kind: direct\n{bad}\n    text: words\n  - id: c\n    kind: direct\n"


@pytest.mark.parametrize(("text", "line", "message"), [
    # A key one space deeper than its neighbours continues the value above it (`direct paragraph`).
    (QUOTE_ITEM.format(bad="     paragraph: 3"), 5, "mapping values are not allowed in this context "
     "(line 5 is indented more than the line above: a key lines up with the keys beside it)"),
    # A key less deep than its neighbours, where the list's next '- ' item would start.
    (QUOTE_ITEM.format(bad="  paragraph: 3"), 5, "while parsing a block collection: did not find expected '-' indicator "
     "(line 5 is indented unlike the lines around it: line it up with the keys it belongs with)"),
    (QUOTE_ITEM.format(bad="   paragraph: 3"), 5, "while parsing a block collection: did not find expected '-' indicator "
     "(line 5 is indented unlike the lines around it: line it up with the keys it belongs with)"),
    # A top-level key indented.
    ("title: A\n  date: x\nsummary: s\n", 2, "mapping values are not allowed in this context "
     "(line 2 is indented more than the line above: a key lines up with the keys beside it)"),
    ("title: A\nsummary: s\n  organization: Org\nkey-findings:\n  - x\n", 3, "mapping values are not allowed in this context "
     "(line 3 is indented more than the line above: a key lines up with the keys beside it)"),
    ("sections:\n  - title: One\n    blocks:\n      - text: x\n  date: y\n", 5, "while parsing a block collection: "
     "did not find expected '-' indicator (line 5 is indented unlike the lines around it: line it up with the keys "
     "it belongs with)"),
    ('title: A\ndate: "2024-02-01"\n  organization: Org\n', 3, "while parsing a block mapping: "
     "did not find expected key (line 3 is indented 2 spaces, the keys it belongs with 0: line them up)"),
    ("summary: s\nauthors:\n    - A\n  - B\n", 4, "while parsing a block mapping: did not find expected key "
     "(line 4 is a list item where a key was expected: indent it like the items above it)"),
    # List items out of line.
    ("key-findings:\n  - One.\n- Two.\n", 3, "while parsing a block mapping: did not find expected key "
     "(line 3 is a list item where a key was expected: indent it like the items above it)"),
    ("quotes:\n  - id: a\n    kind: direct\n   - id: b\n", 4, "while parsing a block collection: did not find expected "
     "'-' indicator (line 4 is indented unlike the items around it: line its '- ' up with theirs)"),
    # Not indentation: the hints stay what they were.
    ("title: Japan and NATO: a partnership\n", 1, "mapping values are not allowed in this context "
     "(quote a value that contains ': ')"),
    # A value that opens a quotation and goes on after it closes: the fix, at the closing mark.
    ('title: "Japan" and NATO\n', 1, "while parsing a block mapping: did not find expected key (a value that starts "
     'with " ends at the next " (after "Japan"): put the whole value in single quotes, or start it with a word)'),
])
def test_an_indentation_mistake_is_named_as_one(tmp_path, text, line, message):
    path = tmp_path / "b.yaml"
    path.write_text(text, "utf-8")
    doc, diags = load_yaml(path, "b.yaml")
    assert doc is None
    assert [(d.line, d.message) for d in diags] == [(line, "YAML syntax: " + message)]


ITEMS = "quotes:\n  - id: a\n    speaker: b\n    kind: direct\n  - id: c\n    speaker: d\n{bad}\n    text: words\n"


# A syntax error names the key path of the line it is on, as that line is meant: a key or a list item out
# of line belongs with the keys or items it is nearest to (it was the item above's path, the list's, or none).
@pytest.mark.parametrize(("text", "line", "key"), [
    (ITEMS.format(bad="      kind: direct"), 7, "quotes.1.kind"),  # a key indented deeper than its neighbours
    (ITEMS.format(bad="   kind: direct"), 7, "quotes.1.kind"),  # ...less deep
    (ITEMS.format(bad="\tkind: direct"), 7, "quotes.1.kind"),  # a tab
    (ITEMS.format(bad="\u00a0   kind: direct"), 7, "quotes.1.kind"),  # a pasted non-breaking space
    (ITEMS.format(bad="    kind direct"), 7, "quotes.1"),  # no colon: no key, the item
    ("quotes:\n  - id: a\n    kind: direct\n- id: b\n    kind: direct\n", 4, "quotes.1.id"),  # an item at column 1
    ("quotes:\n  - id: a\n    kind: direct\n  -id: b\n    kind: direct\n", 4, "quotes.1.id"),  # '-id', no space
    ("quotes:\n- id: a\n    kind: direct\n", 3, "quotes.0.kind"),  # an item at column 1, its key deeper
    ("people:\n  - id: a\n    name: A\n   - id: b\n", 4, "people.1.id"),
    ("people:\n  - id: a\n    name: A\n - id: b\n", 4, "people.1.id"),
    ("people:\n  - id: a\n    name: A\n  - id: b\n    name: B\n- id: c\n", 6, "people.2.id"),
    ("key-findings:\n  - One.\n - Two.\n", 3, "key-findings.1"),
    ("sections:\n  - title: One\n    blocks:\n      - text: x\n      - text: y\n    - text: z\n", 6,
     "sections.0.blocks.2.text"),  # a block's dash under its section's keys
    ("sections:\n  - title: One\n    blocks:\n      - text: x\n- title: Two\n", 5, "sections.1.title"),
    ("title: A\n container-title: B\nsummary: s\n", 2, "container-title"),  # not the key above's
    ("quotes:\n  - id: a\n  -\n  id: b\n", 4, "quotes"),  # a key under an empty item is not a top-level key
    # Mistakes in a value keep their key: the item they are in, whichever it is.
    ("quotes:\n  - id: a\n  - id: b\n  - id: c\n    text: We: will\n", 5, "quotes.2.text"),
    ("quotes:\n  - id: a\n    text: We will\n    act now\n  - id: b\n", 4, "quotes.0"),
    ("quotes:\n  - id: a\n  - id: b\n    text: 'the plan's ready'\n", 4, "quotes.1.text"),
])
def test_a_syntax_error_names_the_key_path_of_its_line(tmp_path, text, line, key):
    path = tmp_path / "b.yaml"
    path.write_text(text, "utf-8")
    doc, diags = load_yaml(path, "b.yaml")
    assert doc is None
    assert [(d.line, d.key) for d in diags] == [(line, key)]


SAMPLE_IDS = ["kishida-crossroads", "kishida-inseparable", "kishida-deepen", "kishida-open-doors",
              "nagashima-perspective", "nagashima-triangle", "nagashima-new-domains", "nagashima-bilateral",
              "lee-act", "lee-ready", "ann-lee", "bo-chan"]


@pytest.mark.parametrize(("word", "meant"), [
    # A typo anywhere in the name, a letter left out or added, words joined: suggested.
    ("nagashima-triangel", "nagashima-triangle"), ("kishda-deepen", "kishida-deepen"),
    ("kishida-deepn", "kishida-deepen"), ("kishida-opendoors", "kishida-open-doors"),
    ("lee-acts", "lee-act"), ("lee-redy", "lee-ready"), ("ann-le", "ann-lee"), ("Lee-Act", "lee-act"),
    # The same words in another order, or another separator.
    ("kishida-doors-open", "kishida-open-doors"), ("open-doors-kishida", "kishida-open-doors"),
    ("bo_chan", "bo-chan"),
    # Only a shared speaker, a shared ending, or one name running on past another: no suggestion.
    ("kishida-partners", None), ("kishida-press", None), ("kishida", None), ("nagashima", None),
    ("kishida-deepen-ties", None), ("chan-act", None), ("lee-said", None), ("nagashima-new", None),
])
def test_did_you_mean_needs_real_likeness_not_a_shared_prefix(word, meant):
    from briefbuild.checking.messages import did_you_mean
    assert did_you_mean(word, SAMPLE_IDS, list_known=False) == (f" (did you mean '{meant}'?)" if meant else "")


def test_an_unknown_quote_id_sharing_only_the_speaker_lists_no_false_suggestion(tmp_path):
    root = make_project(tmp_path, {"briefs/b1.yaml": BRIEF.replace("{lee-act}", "{lee-partners}")})
    assert "briefs/b1.yaml:10:9: sections.0.blocks.0.claim: unknown quote 'lee-partners' (known: lee-act, lee-ready)" \
        ": use the id of a quote in a source's quotes (sources/), or add the quote there" \
        in errors_of(root)


# Editors' hints (claims round 4): text YAML reads as a mapping says how to keep it text, and items
# written without their '- ' are one mistake, told once. Before: "expected text, got a mapping:
# write a plain value" (nothing of the quotes to add), and a "duplicate key" message for every
# key of every item after the first.
_FLOW = ("expected text, got a mapping: a value that starts with '{{' is read as a YAML mapping: put the whole "
         "value in quotes (\"{v}\")")
_COLON = ("expected text, got a mapping: the ': ' after '{k}' makes YAML read it as a key: put the whole value "
          "in quotes (\"{k}: {v}\"), or write it on the lines after '>-'")
_PLAIN = "expected text, got a mapping: write a plain value"


@pytest.mark.parametrize("old,new,where,message", [
    ("      - text: Our own words.\n", "      - claim: {lee-ready}\n", "briefs/b1.yaml:12:9: sections.0.blocks.2.claim",
     _FLOW.format(v="{lee-ready}")),
    ("  - A finding.\n", "  - A finding, and: another\n", "briefs/b1.yaml:6:5: key-findings.0",
     _COLON.format(k="A finding, and", v="another")),
    ("  - A finding.\n", "  - Note: the plan is late\n", "briefs/b1.yaml:6:5: key-findings.0",
     _COLON.format(k="Note", v="the plan is late")),
    ("  - A finding.\n", "  - {a, b}\n", "briefs/b1.yaml:6:5: key-findings.0", _FLOW.format(v="{a, b}")),
    # a mapping on lines of its own, or a key of ours, is a structure in the wrong place: no such hint
    ("      - text: Our own words.\n", "      - claim:\n          source: s1\n",
     "briefs/b1.yaml:12:9: sections.0.blocks.2.claim", _PLAIN),
    ("  - A finding.\n", "  - text: a finding\n", "briefs/b1.yaml:6:5: key-findings.0", _PLAIN),
])
def test_text_yaml_reads_as_a_mapping_says_to_quote_it(tmp_path, old, new, where, message):
    root = make_project(tmp_path, {"briefs/b1.yaml": BRIEF.replace(old, new)})
    assert f"{where}: {message}" in errors_of(root)


_PEOPLE_NO_DASH = """\
people:
  - id: ann-lee
    name: Ann Lee
    role: Minister
    id: bo-chan
    name: Bo Chan
    role: Analyst
    id: cy-park
    name: Cy Park
    role: Envoy
"""


@pytest.mark.parametrize("people,lines", [
    (_PEOPLE_NO_DASH,
     ["sources/people.yaml:5:5: people.0: 'id' comes again at lines 5, 8 (first at line 2): a new item starts there "
      "without its '- ': start each new item with '- ' lined up with the one above"]),
    (_PEOPLE_NO_DASH.replace("  - id: ann-lee\n    ", "  id: ann-lee\n  ").replace("\n    ", "\n  "),
     ["sources/people.yaml:5:3: people: 'id' comes again at lines 5, 8 (first at line 2): a new item starts there "
      "without its '- ': write each item as '- id: …', the dash before its first key (line 2 too)"]),
    # a key written twice is still a duplicate, told at each, even the first key
    ("people:\n  - id: ann-lee\n    name: Ann Lee\n    role: Minister\n    role: Envoy\n",
     ["sources/people.yaml:5:5: people.0.role: duplicate key 'role' (first at line 4): keep one of them"]),
    ("people:\n  - id: ann-lee\n    name: Ann Lee\n    role: Minister\n    id: bo-chan\n",
     ["sources/people.yaml:5:5: people.0.id: duplicate key 'id' (first at line 2): keep one of them"]),
])
def test_items_without_their_dashes_are_one_message(tmp_path, people, lines):
    path = tmp_path / "sources" / "people.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(people, "utf-8")
    doc, diags = load_yaml(path, "sources/people.yaml")
    assert doc is None
    assert [str(d) for d in diags] == lines


# A brief's date written as people write it: both readings when day and month could be either
# (neither is chosen for the writer), the one reading otherwise, else the form to write.
@pytest.mark.parametrize("written,message", [
    ("6/12/2022", "'6/12/2022' is not an ISO date: it reads as 2022-06-12 (month first) or 2022-12-06 (day first): "
                  "write the one you mean as YYYY-MM-DD"),
    ("01.02.2024", "'01.02.2024' is not an ISO date: it reads as 2024-01-02 (month first) or 2024-02-01 (day "
                   "first): write the one you mean as YYYY-MM-DD"),
    ("1-2-2024", "'1-2-2024' is not an ISO date: it reads as 2024-01-02 (month first) or 2024-02-01 (day first): "
                 "write the one you mean as YYYY-MM-DD"),
    ("25/12/2023", "'25/12/2023' is not an ISO date: write 2023-12-25"),
    ("2024-2-1", "'2024-2-1' is not an ISO date: write 2024-02-01"),
    ("February 1, 2024", "'February 1, 2024' is not an ISO date: write 2024-02-01"),
    ("1st Feb 2024", "'1st Feb 2024' is not an ISO date: write 2024-02-01"),
    ("February 2024", "'February 2024' is not an ISO date: write YYYY-MM-DD"),  # a brief's date has its day
    ("30/02/2024", "'30/02/2024' is not an ISO date: write YYYY-MM-DD"),
    ("Frühling 2024", "'Frühling 2024' is not an ISO date: write YYYY-MM-DD"),
])
def test_a_date_not_in_iso_offers_its_readings_and_accepts_none(tmp_path, written, message):
    root = make_project(tmp_path, {"briefs/b1.yaml": BRIEF.replace('date: "2024-02-01"', f'date: "{written}"')})
    assert f"briefs/b1.yaml:2:1: date: {message}" in errors_of(root)


MANY = BRIEF.replace("summary: Short summary.\n", "summary: Short summary with {lee-act}.\n"
                     "style: chicago-notes-bibliografy\npull-quotes: [lee-ready, nope-quote]\n").replace(
    "      - text: Our own words.\n", """\
      - claim: Chan said {lee-act}.
      - claim: In short, {lee-readyy}.
      - claim: No evidence here.
      - text: A text with {lee-act}.
      - claim: Lee said {lee-act
      - table:
          caption: Who said what
          columns: [Speaker, Words]
          rows:
            - [Bo Chan, "{lee-act}"]
            - [Lee, "{lee-act}"]
            - [ann-lee, "{lee-act} and more"]
      - claim: Lee said {lee-act}.
        cite:
          - source: s9
            paragraph: 1
          - source: s1
            paragraph: 99
""")


def test_many_mistakes_across_three_files_come_at_once_in_order_each_once(tmp_path):
    """A brief, a source and the people file with 16 mistakes of 15 kinds between them (none a schema
    error: one of those stops a file's other checks): every one in one run, in file and line order, none
    twice, each at file:line:column under its key path, and the summary counting them."""
    source = SOURCE.replace("text: We will act on the plan", "text: We will act on the budget")
    people = PEOPLE + "  - id: ann-lee\n    name: Ann Lee\n    role: Minister\n"
    root = make_project(tmp_path, {"briefs/b1.yaml": MANY, "sources/s1.yaml": source, "sources/people.yaml": people})
    with pytest.raises(InputError) as caught:
        load_project(root)
    found = [d for d in caught.value.diagnostics if d.severity == "error"]
    where = [(d.file, d.line, d.column) for d in found]
    assert where == sorted(where) and len(set(where)) == len(where)
    assert all(d.line > 0 and d.column > 0 and d.key and d.message for d in found)
    assert [d.file for d in found].count("briefs/b1.yaml") == 14
    assert [(d.file, d.key) for d in found if d.file != "briefs/b1.yaml"] == [
        ("sources/people.yaml", "people.2.id"), ("sources/s1.yaml", "quotes.0.text")]
    assert caught.value.message == f"{len(found)} error(s), 0 warning(s)" and len(found) == 16


# A schema error in a brief no longer hides its other errors until the next run: the parts at
# fault stand in neutral and the rest is checked against the sources (standins.brief_stand_in).
# Rows: (what is wrong with the brief's schema, how to make it so, the schema error's key path).
_MISATTRIBUTED = "      - claim: Chan said {lee-act}.\n      - claim: Lee said {lee-nope}.\n"
SCHEMA_MISTAKES = [
    ("no date", lambda b: b.replace('date: "2024-02-01"\n', ""), "date"),
    ("a date not a date", lambda b: b.replace('date: "2024-02-01"', 'date: "2024-02-31"'), "date"),
    ("no summary", lambda b: b.replace("summary: Short summary.\n", ""), "summary"),
    ("no key findings", lambda b: b.replace("key-findings:\n  - A finding.\n", "key-findings: []\n"), "key-findings"),
    ("no byline", lambda b: b.replace("organization: Org\n", ""), ""),
    ("an unknown key", lambda b: b.replace("summary:", "sumary: x\nsummary:"), "sumary"),
    ("an introduce of no kind", lambda b: b.replace("summary:", "introduce: sometimes\nsummary:"), "introduce"),
    ("a pull quote not an id", lambda b: b.replace("summary:", "pull-quotes: [[lee-act]]\nsummary:"), "pull-quotes.0"),
    ("a block of an unknown kind", lambda b: b + "      - quote: Lee said it.\n", "sections.0.blocks.5.quote"),
    ("a claim's cite not a list", lambda b: b + "      - claim: Lee said {lee-act}.\n        cite: s1\n",
     "sections.0.blocks.5.cite"),
    ("a section title not text", lambda b: b.replace("  - title: One\n", "  - title: [One]\n"), "sections.0.title"),
]


@pytest.mark.parametrize("what,make,key", SCHEMA_MISTAKES, ids=[r[0] for r in SCHEMA_MISTAKES])
def test_a_schema_error_in_a_brief_does_not_hide_its_claims_errors(tmp_path, what, make, key):
    blocks = BRIEF.replace("      - text: Our own words.\n", "      - text: Our own words.\n" + _MISATTRIBUTED)
    root = make_project(tmp_path, {"briefs/b1.yaml": make(blocks)})
    with pytest.raises(InputError) as caught:
        load_project(root)
    found = [d for d in caught.value.diagnostics if d.severity == "error"]
    assert key in [d.key for d in found]  # the schema error itself
    assert ("sections.0.blocks.3.claim", "gives them to Bo Chan") in [
        (d.key, "gives them to Bo Chan" if "gives them to Bo Chan" in d.message else "") for d in found]
    assert any(d.key == "sections.0.blocks.4.claim" and "unknown quote 'lee-nope'" in d.message for d in found)
    where = [(d.file, d.line, d.column, d.key, d.message) for d in found]
    assert len(set(where)) == len(where)  # each once
    assert len(found) == 3  # and nothing of the stand-in's own (a date no source may follow)


def test_a_brief_whose_language_is_at_fault_is_not_read_in_another(tmp_path):
    """Its claims would be read as English: only the language's error, and the next run has the rest."""
    root = make_project(tmp_path, {"briefs/b1.yaml": BRIEF.replace("summary:", "language: klingon\nsummary:")})
    assert [m.split(": ")[1] for m in errors_of(root)[:-1]] == ["language"]


STOPPED = [  # (files, the line under the summary; None: no such line): libyaml stops at a file's first syntax
    # error, so nothing else in that file was checked, and the output says so once, naming the files
    ({"briefs/b1.yaml": "title: [unclosed\n"},
     "briefs/b1.yaml: nothing else in it was checked (the YAML parser stops at the first syntax error): fix it and check again"),
    ({"briefs/b1.yaml": "title: [unclosed\n", "sources/s1.yaml": "title: a: b: c\n"},
     "briefs/b1.yaml, sources/s1.yaml: nothing else in them was checked (the YAML parser stops at the first syntax "
     "error): fix each and check again"),
    ({"briefs/b1.yaml": "title: x\nsections:\n\t- title: y\n"}, "briefs/b1.yaml: nothing else in it was checked"),  # a tab
    ({"briefs/b1.yaml": "title: 3\n"}, None),  # a schema error: the file was read whole
]


@pytest.mark.parametrize("files,line", STOPPED)
def test_a_file_the_parser_stopped_in_is_said_to_be_checked_no_further(tmp_path, files, line):
    with pytest.raises(InputError) as caught:
        load_project(make_project(tmp_path, files))
    text = caught.value.format_message()
    syntax = [d for d in caught.value.diagnostics if d.code == Code.YAML_SYNTAX]
    if line is None:
        assert not syntax and "nothing else in" not in text, text
    else:
        assert syntax and text.splitlines()[-1].startswith(line), text


def test_a_label_that_names_no_one_is_one_error_however_often_it_opens_a_turn(tmp_path):
    # Three near-identical errors came out with their lines in text order ('line 11' before 'line 3').
    turns = "".join(f"  {label}: Words number {n}.\n\n" for n, label in enumerate(
        ["LEE", "MR. ZED", "LEE", "MR. ZED", "MS. ROE", "MR. ZED"], 1))
    source = (SOURCE.replace("type: article-newspaper", "type: speech\nvoice: transcript")
              .replace("text: |\n  “We will act on the plan,” Lee said.\n\n  Lee also said the plan is ready, and Chan "
                       "agreed.\n", "text: |\n" + turns)
              .replace("text: We will act on the plan\n    paragraph: 1", "text: Words number 1\n    paragraph: 1")
              .replace("text: the plan is ready\n    paragraph: 2", "text: words number 3\n    paragraph: 3"))
    found = [line for line in errors_of(make_project(tmp_path, {"sources/s1.yaml": source})) if "speaker label" in line]
    assert [line.split(" matches")[0].split("label ")[1] for line in found] == [
        "'MR. ZED' (lines 3, 7 and 11)", "'MS. ROE' (line 9)"], found


@pytest.mark.parametrize("kind,voice,says", [
    ("hearing", "", "set voice: transcript on the source"),  # a hearing's record read by a news story's rules
    ("report", "", "set voice: transcript on the source"),
    ("hearing", "voice: transcript\n", None),  # read as the transcript it is: Lee's own words
])
def test_a_labelled_text_read_as_news_says_which_voice_reads_it(tmp_path, kind, voice, says):
    # A hearing's record (`MS. LEE: …`) defaults to the reported voice: Lee's testimony was refused as
    # "the reporter's wording", with the fix to make it a paraphrase.
    source = SOURCE.replace("type: article-newspaper\ntitle: A Story\ncontainer-title: The Daily\n",
                            f"type: {kind}\ntitle: A Record\n{voice}").replace(
        "text: |\n  “We will act on the plan,” Lee said.\n\n  Lee also said the plan is ready, and Chan agreed.\n",
        "text: |\n  MS. LEE: We will act on the plan.\n\n  MR. CHAN: The plan is ready, and I agree.\n").replace(
        "  - id: lee-ready\n    speaker: ann-lee\n    kind: paraphrase\n    text: the plan is ready\n    paragraph: 2\n", "")
    root = make_project(tmp_path, {"sources/s1.yaml": source, "briefs/b1.yaml": BRIEF.replace(
        "      - claim: In short, {lee-ready}.\n", "")})
    if says is None:
        load_project(root)
        return
    found = [line for line in errors_of(root) if "lee-act" in line and line.startswith("sources/")]
    assert len(found) == 1 and says in found[0] and "is read as a news story's" in found[0], found

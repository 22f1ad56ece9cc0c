"""Issue 11, item 7: what a failed quote's message points at.

A source edit that breaks a quote names the line of the stored text where the words now
differ (not only the paragraph's first line); the closest passage keeps its punctuation and
brackets; a quote across two turns says so. In-process, through the real verifier.
"""
from __future__ import annotations

import pytest
from quotecheck import PEOPLE, source

from briefbuild.checking import textcheck, verify
from briefbuild.inputs.models import Quote

BRIEFING = ("PRESS BRIEFING\n"
            "\n"
            "MR. KIRBY: Good afternoon.\n"
            "We will deploy two additional destroyers to the region.\n"
            "That decision [on the destroyers] is final, and it will not change.\n"
            "\n"
            "Q: Will the destroyers carry the new system?\n")


def _check(text: str, quote: str, paragraph: int, speaker: str = "john-kirby", last: int | None = None):
    paras = verify.paragraphs(text)
    q = Quote(id="q", speaker=speaker, kind="direct", text=quote, paragraph=paragraph, last_paragraph=last)
    return verify.verify_quote(q, source(text, "transcript"), paras, PEOPLE)


def test_a_quote_verifies_before_the_edit():
    assert _check(BRIEFING, "That decision [on the destroyers] is final, and it will not change.", 2) == []


def test_an_edit_of_the_stored_text_points_at_the_line_that_changed():
    edited = BRIEFING.replace("it will not change", "it may change")
    (problem,) = _check(edited, "That decision [on the destroyers] is final, and it will not change.", 2)
    assert problem.message == "not verbatim in the source: fix the quote or mark changes with [brackets] and …"
    assert problem.line == 5  # the third line of paragraph 2, which starts on line 3
    assert problem.detail.splitlines()[0] == (
        "closest passage, paragraph 2: That decision [on the destroyers] is final, and it may change.")


def test_an_edit_on_the_first_line_of_a_paragraph_points_at_that_line():
    edited = BRIEFING.replace("Good afternoon.", "Good morning.")
    (problem,) = _check(edited, "Good afternoon. We will deploy two additional destroyers", 2)
    assert problem.line == 3


def test_the_closest_passage_keeps_its_punctuation_and_brackets():
    (problem,) = _check(BRIEFING, "That decision [on destroyers] is final and it will not change", 2)
    assert problem.detail == (
        "closest passage, paragraph 2: That decision [on the destroyers] is final, and it will not change.\n"
        "  difference: source has 'the' where the quote has nothing")


def test_a_quote_across_two_turns_says_so():
    (problem,) = _check(BRIEFING, "it will not change. … Will the destroyers carry the new system?", 2, last=3)
    assert problem.message == (
        "the quote runs across two turns: 'MR. KIRBY' (paragraph 2) and 'Q' (paragraph 3); an ellipsis may not "
        "join two speakers' words: quote one of them")


# Item 4: an invisible character in a quote, a bracket or prose is an error naming its code
# point, at its file:line:column, whether typed raw or as a YAML escape.
INVISIBLE = [
    ("sources/s1.yaml", "    text: We will act on the plan", '    text: "We will act on the [\\u200Bplan]"',
     "sources/s1.yaml:13:11: invisible character U+200B ZERO WIDTH SPACE in text: remove it"),
    ("sources/s1.yaml", "    text: We will act on the plan", "    text: We will act on\u2060 the plan",
     "sources/s1.yaml:13:25: invisible character U+2060 WORD JOINER in text: remove it"),
    ("briefs/b1.yaml", "      - text: Our own words.", '      - text: "Our own \\u202Ewords."',
     "briefs/b1.yaml:12:15: invisible bidirectional control character U+202E RIGHT-TO-LEFT OVERRIDE: remove it "
     "(set right-to-left text's direction with language)"),
]


def test_an_invisible_character_in_a_quote_a_bracket_or_prose_is_named_by_code_point(tmp_path):
    from factory import BRIEF, SOURCE, make_project

    from briefbuild.checking.validate import load_project
    from briefbuild.errors import InputError
    for n, (name, old, new, message) in enumerate(INVISIBLE):
        base = SOURCE if name.startswith("sources") else BRIEF
        assert old in base
        root = make_project(tmp_path / str(n), {name: base.replace(old, new)})
        with pytest.raises(InputError) as caught:
            load_project(root)
        assert [str(d) for d in caught.value.diagnostics if d.severity == "error"] == [message]


def test_the_closest_passage_is_shown_as_the_source_prints_it():
    text = "“We were close — very close — to an agreement,” Álvarez said. “Ministers don’t sign… yet.”"
    q = Quote(id="q", speaker="jose-alvarez", kind="direct", text="We were close - very near - to an agreement",
              paragraph=1)
    (problem,) = verify.verify_quote(q, source(text), verify.paragraphs(text), PEOPLE)
    assert problem.detail == ("closest passage, paragraph 1: We were close — very close — to an agreement,\n"
                              "  difference: quote has 'near', source has 'close'")


def test_a_change_of_punctuation_alone_is_shown_in_the_difference():
    text = "“We will act, not wait. Will we win? Yes.” Lee said."
    for quote, difference in [("We will act not wait", "quote has 'act', source has 'act,'"),
                              ("Will we win. Yes.", "quote has 'win.', source has 'win?'"),
                              ("We will act. Not wait.", "quote has 'act. Not', source has 'act, not'")]:
        q = Quote(id="q", speaker="ann-lee", kind="direct", text=quote, paragraph=1)
        (problem,) = verify.verify_quote(q, source(text), verify.paragraphs(text), PEOPLE)
        assert problem.message == "not verbatim in the source: fix the quote or mark changes with [brackets] and …"
        assert problem.detail.splitlines()[1] == f"  difference: punctuation or case: {difference}"


# Review of the editor's feedback, item 2: a long misquote's message shows a window of the
# passage and of each difference (… for what is cut), and names the paragraph that passage
# is in. Twenty paragraphs; a quote says paragraph 16 and its words are in paragraph 8.
SHORT = [f"Paragraph {i} is about item number {i} and nothing else." for i in range(1, 21)]
SHORT[7] = "“We will act on the harbour plan this spring,” Lee said."
SHORT[15] = "“Our budget is settled for the year,” Lee said."
TWELVE = " ".join(f"w{i}" for i in range(1, 121))
LONG = SHORT[:11] + ["“" + TWELVE + ",” Lee said."] + SHORT[12:]  # paragraph 12 of 120 words
SPRING = "We will act on the harbour plan this spring"

LONG_MISQUOTES = [
    # (stored paragraphs, quote, its paragraph, the paragraph named, lines the detail must have)
    (SHORT, " ".join(["budget"] * 3000) + " " + SPRING, 16, 8,
     ["  closest passage, paragraph 8: We will act on the harbour plan this spring,",
      "  difference: quote has 'budget budget budget budget budget budget … budget budget budget budget budget' "
      "where the source has nothing"]),
    (SHORT, "x" * 50_000 + " " + SPRING, 16, 8,
     ["  difference: quote has '" + "x" * 40 + " … " + "x" * 37 + "' where the source has nothing"]),
    # One word changed late in a long quote: the passage from a few words before it.
    (LONG, TWELVE.replace("w100", "changed"), 12, 12,
     ["  closest passage, paragraph 12: … " + " ".join(f"w{i}" for i in range(81, 121)) + ",",
      "  difference: quote has 'changed', source has 'w100'"]),
    (LONG, "w1 w2 w3 changed " + " ".join(f"w{i}" for i in range(5, 61)), 12, 12,
     ["  closest passage, paragraph 12: " + " ".join(f"w{i}" for i in range(1, 41)) + " …"]),
    # Twenty-four words changed: the first six differences, and how many more.
    (LONG, " ".join(f"w{i}" if i % 5 else f"v{i}" for i in range(1, 121)), 12, 12,
     ["  difference: " + "; ".join(f"quote has 'v{i}', source has 'w{i}'" for i in range(5, 31, 5)) + "; … (18 more)"]),
    # A quote longer than every paragraph: whichever passage is shown, the label names its paragraph.
    (LONG, " ".join(["budget"] * 3000) + " " + SPRING, 16, 12, []),
]


@pytest.mark.parametrize(("paras", "quote", "paragraph", "named", "want"), LONG_MISQUOTES)
def test_a_long_misquote_shows_a_window_and_names_the_paragraph_it_shows(tmp_path, paras, quote, paragraph, named,
                                                                         want):
    from factory import SOURCE, make_project

    from briefbuild.checking.validate import load_project
    from briefbuild.errors import InputError
    stored = "".join(f"  {p}\n\n" for p in paras).rstrip() + "\n"
    src = SOURCE.replace(SOURCE[SOURCE.index("text: |"):SOURCE.index("quotes:")], "text: |\n" + stored)
    src = src.replace("text: We will act on the plan\n    paragraph: 1", f"text: {quote}\n    paragraph: {paragraph}")
    src = src.replace("paragraph: 2", "paragraph: 16").replace("the plan is ready", "Our budget is settled")
    with pytest.raises(InputError) as caught:
        load_project(make_project(tmp_path, {"sources/s1.yaml": src}))
    (message,) = [d.message for d in caught.value.diagnostics if "lee-act" in d.message]
    lines = message.splitlines()
    assert all(line in lines for line in want), lines
    assert lines[1].startswith(f"  closest passage, paragraph {named}: ")
    assert lines[-1] == f"  stored text of paragraph {named}: sources/s1.yaml:{6 + 2 * (named - 1)}"
    assert max(len(line) for line in lines) <= 500


# A quote's text copied with its quotation marks: the marks are not the speaker's words, and the
# brief adds its own; the message says to leave them out (before: the generic "not verbatim").
# An apostrophe at either end (`'90s`, `the allies'`) is no quotation mark.
_WRAPPED = "not verbatim in the source: its text is wrapped in quotation marks: leave them out (the brief adds the " \
           "quotation marks itself)"
_BEGINS = "not verbatim in the source: its text begins with a quotation mark: leave it out (the brief adds the " \
          "quotation marks itself)"
_ENDS = "not verbatim in the source: its text ends with a quotation mark: leave it out (the brief adds the " \
        "quotation marks itself)"
_GENERIC = "not verbatim in the source: fix the quote or mark changes with [brackets] and …"
_LEE = "“We will act on the plan in the ’90s style, as the allies’ leaders asked,” Lee said."


@pytest.mark.parametrize("quote,message", [
    ("“We will act on the plan”", _WRAPPED),
    ('"We will act on the plan"', _WRAPPED),
    ("‘We will act on the plan’", _WRAPPED),
    ("'We will act on the plan'", _WRAPPED),
    ("«We will act on the plan»", _WRAPPED),
    ("„We will act on the plan“", _WRAPPED),
    ("»We will act on the plan«", _WRAPPED),
    ("“We will act on the plan", _BEGINS),
    ("We will act on the plan", ""),
    ("'90s style, as the allies' leaders asked", ""),
    ("'90s style, as the allies'", ""),
    ("'90s style, as the allie'", _GENERIC),
    ("We will act on the pan", _GENERIC),
    # A mark at one end of words that are the source's: before, they passed (the matcher reads
    # past it) and printed with two closing marks.
    ("We will act on the plan”", _ENDS),
    ("We will act on the plan,”", _ENDS),
    ('We will act on the plan"', _ENDS),
    ("We will act on the plan»", _ENDS),
    ("the allies’ leaders asked”", _ENDS),
    ("the allies’", ""),
])
def test_a_quote_in_its_own_quotation_marks_is_told_to_leave_them_out(quote, message):
    paras = verify.paragraphs(_LEE)
    q = Quote(id="q", speaker="ann-lee", kind="direct", text=quote, paragraph=1)
    found = verify.verify_quote(q, source(_LEE), paras, PEOPLE)
    assert " | ".join(p.message for p in found) == message


# The source's own inner quotation at a quote's end (British style: ‘… “a disaster”,’) is its
# words, marks and all: a mark that pairs with one inside the quote is not the copy's.
_INNER = "‘We will not call the plan “a disaster”, as Chan does,’ Lee said."


@pytest.mark.parametrize("quote,message", [
    ("We will not call the plan “a disaster”", ""),
    ("We will not call the plan a disaster”", _ENDS),
    ("“a disaster”, as Chan does", ""),
])
def test_an_inner_quotation_at_a_quotes_end_keeps_its_marks(quote, message):
    q = Quote(id="q", speaker="ann-lee", kind="direct", text=quote, paragraph=1)
    found = verify.verify_quote(q, source(_INNER), verify.paragraphs(_INNER), PEOPLE)
    assert " | ".join(p.message for p in found) == message


# An inner quotation that opens and never closes (or closes and never opened) in the middle of a
# quote's text passed: the matcher reads marks as typography, and the brief printed
# `“We will not call the plan “a disaster”` with the inner quotation left open. Each convention
# pairs its own marks; an apostrophe is not a mark.
@pytest.mark.parametrize("text,mark", [
    ("We will not call the plan “a disaster", "“"),
    ("the plan a disaster”, as Chan does", "”"),
    ("the plan “a disaster” and “a failure", "“"),
    ('We will not call the plan "a disaster', '"'),
    ("We will not call the plan ‘a disaster", "‘"),
    ("Wir nennen den Plan nicht „eine Katastrophe", "„"),
    ("Wir nennen den Plan nicht ‚eine Katastrophe", "‚"),
    ("Wir nennen den Plan nicht »eine Katastrophe", "»"),
    ("Nous n’appelons pas le plan « un désastre", "«"),
    ("Nous n’appelons pas le plan un désastre », comme Chan", "»"),
    ("計画を「失敗と呼ばない", "「"),
    ("We will not call the plan “a disaster”", None),
    ("“a disaster”, as Chan does", None),
    ('We will not call the plan "a disaster", as Chan does', None),
    ("the allies’ leaders, in the ’90s, liked rock ’n’ roll", None),
    ("the allies’ ‘red line’ in the ‘90s", None),
    ("Wir nennen den Plan nicht „eine Katastrophe“, wie Chan", None),
    ("Wir nennen den Plan nicht ‚eine Katastrophe‘, wie Chan", None),
    ("Wir nennen den Plan nicht »eine Katastrophe«, wie Chan", None),
    ("Vi kallar inte planen ”en katastrof”", None),
    ("Nous n’appelons pas le plan « un désastre », comme Chan", None),
    ("計画を「失敗」と呼ばない", None),
    ("It’s the ‘plan’ they’d call “a ‘disaster’ of sorts”", None),
    # A ’ before a letter is an apostrophe and closes nothing; with no source to read, a ’ between
    # words (`‘hawks’ in`) may close, as a plural's possessive may not be told from it
    ("We love ‘rock ’n’ roll", "‘"),
    ("the ‘goin’ rate", None),  # goin’ or the close: told by the source, as a plural's mark
    ("We love ‘rock ’n’ roll’, and the allies’ leaders know it", None),
    ("the ‘hawks’ in the cabinet", None),
    ("the ‘hawks’, the ‘doves’ and the ‘owls’", None),
    ("the ‘allies’ view’ of it", None),
])
def test_an_inner_quotation_that_never_closes_is_refused_naming_its_mark(text, mark):
    found = textcheck.unbalanced_mark(text)
    assert (found is None) == (mark is None), found
    if mark == '"':
        assert "odd number of straight quotation marks (\")" in found
    elif mark:
        assert found.startswith(f"its text has a quotation mark {mark} that pairs with no other (at '")
        assert found.endswith("an inner quotation must open and close within the quote; take in the "
                              "source's other mark, or leave this one out")


# A ’ after a plural and before a word is a possessive or the close of a quotation: the source
# decides. Where its quotation goes on past that word (`‘the allies’ view’ now`), the quote that
# stops at `view` leaves it open; where it closes there (`‘the hawks’ in`), the quote is whole.
_ALLIES = "“They call it ‘the allies’ view’ now, and ‘the hawks’ in the cabinet agree,” Lee said."


@pytest.mark.parametrize("quote,unclosed", [
    ("They call it ‘the allies’ view", True),
    ("‘the allies’ view", True),
    ("They call it ‘the allies’ view’ now", False),
    ("and ‘the hawks’ in the cabinet agree", False),
    ("and ‘the hawks’ in the cabinet", False),
    ("the allies’ view", False),
])
def test_a_plurals_mark_is_told_by_where_the_source_closes_its_quotation(quote, unclosed):
    q = Quote(id="q", speaker="ann-lee", kind="direct", text=quote, paragraph=1)
    found = [p.message for p in verify.verify_quote(q, source(_ALLIES), verify.paragraphs(_ALLIES), PEOPLE)]
    assert found == ([f"its text has a quotation mark ‘ that pairs with no other (at '{quote[:quote.index('view') + 4]}'): "
                      "an inner quotation must open and close within the quote; take in the source's other mark, or "
                      "leave this one out"] if unclosed else [])


_UNCLOSED = ("its text has a quotation mark “ that pairs with no other (at 'call the plan “a disaster'): an inner "
             "quotation must open and close within the quote; take in the source's other mark, or leave this one out")


@pytest.mark.parametrize("quote,messages", [
    ("We will not call the plan “a disaster", [_UNCLOSED]),
    ("We will not call the plan “a disaster”", []),
    ("We will not call the plan “a disastrous", [_UNCLOSED.replace("disaster'", "disastrous'"), _GENERIC]),
])
def test_a_quote_with_an_unclosed_inner_quotation_fails_with_its_other_problems(quote, messages):
    q = Quote(id="q", speaker="ann-lee", kind="direct", text=quote, paragraph=1)
    found = verify.verify_quote(q, source(_INNER), verify.paragraphs(_INNER), PEOPLE)
    assert [p.message for p in found] == messages


# A misquote with an ellipsis: the passage shown runs to the quote's last words however many the
# ellipsis leaves out, and the words it leaves out (or its standing for none) are no difference.
# Before, the passage stopped as many characters in as the quote has, and the ellipsis and the
# quote's own end were listed as differences (`quote has '…', source has 'beginning at bus stops'`).
PLANT = ("“We recommend that the city plant the first 5,000 trees within two years, beginning at bus stops and "
         "school yards, and that it measure again every summer,” Lee said.")
WHOLE = ("closest passage, paragraph 1: We recommend that the city plant the first 5,000 trees within two years, "
         "beginning at bus stops and school yards, and that it measure again every summer,")
ELLIPSIS_MISQUOTES = [
    # (quote, the closest passage, the difference)
    ("We recommend that the city plant the first 5,000 trees within three years … and that it measure again "
     "every summer", WHOLE, "quote has 'three', source has 'two'"),
    ("We recommend that the city plant the first 5,000 trees within three years ... and that it measure again "
     "every summer", WHOLE, "quote has 'three', source has 'two'"),
    ("We recommend that the city plant the first 5,000 trees within two years … and that it measure again "
     "every winter", WHOLE, "quote has 'winter', source has 'summer,'"),
    ("We recommend that the city plant … 5,000 trees … beginning at bus stops … and that it measure again "
     "every fall", WHOLE, "quote has 'fall', source has 'summer,'"),
    ("We recommend that the city plant the first 5,000 trees … beginning at Bus Stops and school yards, and that "
     "it measure again every summer", WHOLE, "punctuation or case: quote has 'Bus Stops', source has 'bus stops'"),
    ("We recommend that the city plant the first 500 trees … school yards, and that it measure again every "
     "summer", WHOLE, "quote has '500', source has '5,000'"),
]


@pytest.mark.parametrize(("quote", "passage", "difference"), ELLIPSIS_MISQUOTES)
def test_a_misquote_with_an_ellipsis_shows_the_whole_passage_and_only_what_differs(quote, passage, difference):
    q = Quote(id="q", speaker="ann-lee", kind="direct", text=quote, paragraph=1)
    (problem,) = verify.verify_quote(q, source(PLANT), verify.paragraphs(PLANT), PEOPLE)
    assert problem.message == "not verbatim in the source: fix the quote or mark changes with [brackets] and …"
    assert problem.detail.splitlines()[:2] == [passage, f"  difference: {difference}"]

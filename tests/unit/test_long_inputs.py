"""Text of hostile length in a claim or a stored text is checked in time proportional to it.

A regular expression that can split a run of spaces or letters two ways, or that a search
restarts inside every word, turns 20,000 characters into minutes (a claim with one long word
before `Lee said {q}` took 166 s; 1,500 spaces between two names, 50 s). The shapes below are
the runs such patterns backtrack on; each check must finish well inside the deadline, which
only stops a hang (a quadratic pattern takes minutes here, a linear one milliseconds).
"""
from __future__ import annotations

import pytest
from deadline import deadline
from quotecheck import PEOPLE, problems

from briefbuild.checking.claims import claim_problem
from briefbuild.inputs.models import Quote

N = 50_000
SHAPES = {  # a run a backtracking pattern splits many ways, or restarts a search inside
    "long word": "x" * N,
    "long number": "1" * N,
    "spaces": "a" + " " * N + "b",
    "tabs and spaces": "a" + " \t" * (N // 2) + "b",
    "hyphens": "-" * N,
    "dots": "." * N,
    "commas and spaces": ", " * (N // 2),
    "capitals": "Ab " * (N // 3),
    "apostrophes": "a'" * (N // 2),
    "names joined": "Lee and " * (N // 8),
    "em dashes": "a — " * (N // 4),
    "initials": "Q. A. " * (N // 6),  # a sentence end, each looked at for an abbreviation
    "verbs and names": "said Lee " * (N // 9),  # a verb of saying, each with its subject looked for
}
QUOTES = {"q": Quote(id="q", speaker="ann-lee", kind="direct", text="We will act on the plan", paragraph=1)}


@pytest.mark.parametrize("shape", SHAPES, ids=list(SHAPES))
@pytest.mark.parametrize("claim", ["{run} Lee said {{q}}.", "Lee{run}Chan said {{q}}.", "Lee{run}and Chan said {{q}}.",
                                   "Lee said {{q}}, {run}", "{{q}}, {run} Lee said."])
def test_a_claim_of_hostile_length_is_checked_in_linear_time(shape, claim):
    text = claim.format(run=SHAPES[shape])
    with deadline(10):
        claim_problem(text, "q", QUOTES, PEOPLE)


# The run inside the news story's own sentences, in each language read (each has its own attribution rules).
STORIES = {
    "en": "“We will act on the plan,” Lee said. {run} — “and then we wait.”",
    "fr": "« We will act on the plan », a déclaré Lee {run} »",
    "de": "„We will act on the plan“, sagte Lee {run}.",
    "es": "“We will act on the plan”, dijo Lee {run}.",
}


@pytest.mark.parametrize("language", STORIES)
@pytest.mark.parametrize("shape", SHAPES, ids=list(SHAPES))
def test_a_stored_text_of_hostile_length_is_verified_in_linear_time(shape, language):
    text = STORIES[language].format(run=SHAPES[shape])
    with deadline(10):
        found = problems(text, "We will act on the plan", "ann-lee", 1, language=language)
        # A run of `said Lee` makes the attribution itself unclear: an answer in time is what counts there.
        assert found == "" or shape == "verbs and names"
        problems(text, f"We will act {SHAPES[shape][:200]} on the plan", "ann-lee", 1, language=language)


# A page's line is furniture only as a whole paragraph of at most 400 characters (capture/furniture.py),
# but a page may hold tens of thousands of lines: each must be judged in time proportional to it.
STAMP_RUNS = {  # stamp words a pattern could split or read in many ways, then a word that ends the match
    "digits": "1" * 400,
    "capitals": "A" * 400,
    "digits and commas": "1," * 200,
    "dates and times": "12-12 10:32 " * 40,
    "stamp words abutting": "1stGMTa.m.Mon12-12" * 25,
    "stamp words spaced": "Mon , 1st an days | at 2022 12 a.m. GMT 12-12 UTC+9 – 10:32:00Z " * 7,
}


@pytest.mark.parametrize("run", STAMP_RUNS, ids=list(STAMP_RUNS))
@pytest.mark.parametrize("head", ["Published ", "Last updated on: ", "Date "])
def test_a_page_of_lines_like_furniture_is_judged_in_linear_time(head, run):
    from briefbuild.capture import furniture
    lines = [(head + STAMP_RUNS[run])[:399] + "x"] * 1_000  # at the length limit, and no stamp
    with deadline(10):
        kept, dropped = furniture.split(lines)
    assert len(kept) == 1_000 and not dropped


def test_a_hundred_thousand_short_lines_are_sorted_in_linear_time():
    from briefbuild.capture import furniture
    lines = [f"Published {i % 28 + 1} May" if i % 2 else f"Line {i} of the text." for i in range(100_000)]
    with deadline(10):
        kept, dropped = furniture.split(lines)
        note = furniture.note(dropped)
    assert len(kept) == len(dropped) == 50_000 and note[0].startswith("left out 50000 lines")

"""Quote matching runs in linear time in the text: no backtracking pattern over user text.

A `.*?` regex built from `the … the … the … zebra` took 31 s over a repetitive 500-byte
paragraph; difflib over every window of a 43 KB text took minutes to find the closest
passage. Times are printed for the record and bounded generously (a loaded CI machine).
"""
from __future__ import annotations

import time

from quotecheck import problems

REPETITIVE = " ".join(["the the the the"] * 31)  # ~500 bytes


def _timed(*args, **kwargs):
    start = time.perf_counter()
    found = problems(*args, **kwargs)
    return found, time.perf_counter() - start


def test_a_quote_of_many_ellipses_over_a_repetitive_paragraph_is_fast():
    text = f"LEE: {REPETITIVE}"
    quote = "the … the … the … the … the … the … the … zebra"
    found, seconds = _timed(text, quote, "ann-lee", 1, "transcript")
    print(f"\nbacktracking quote over {len(text)} bytes: {seconds * 1000:.1f} ms")
    assert found.startswith("not verbatim in the source")
    assert seconds <= 1.0


def test_a_quote_of_many_brackets_over_a_repetitive_paragraph_is_fast():
    text = f"LEE: {REPETITIVE}"
    quote = "the [a] the [a] the [a] the [a] the [a] zebra"
    found, seconds = _timed(text, quote, "ann-lee", 1, "transcript")
    print(f"\nbracket quote over {len(text)} bytes: {seconds * 1000:.1f} ms")
    assert found.startswith("not verbatim in the source")
    assert seconds <= 1.0


def test_a_long_misquote_against_43_kb_gets_its_closest_passage_quickly():
    sentences = [f"The alliance will review program {k} of the maritime strategy before the summit in year {2000 + k}."
                 for k in range(470)]
    paras = [" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)]
    text = "LEE: " + "\n\n".join(paras)
    assert len(text.encode()) > 43_000
    quote = ("The alliance will review program 212 of the maritime strategy after the summit in year 2212. "
             "The alliance will review program 213 of the naval strategy before the summit in year 2213")
    found, seconds = _timed(text, quote, "ann-lee", 43, "transcript")
    print(f"\nmisquote against {len(text.encode()) // 1000} KB with the closest passage: {seconds * 1000:.0f} ms")
    assert found.startswith("not verbatim in the source")
    assert seconds <= 5.0


def test_the_closest_passage_is_shown_with_its_punctuation_and_brackets():
    from quotecheck import PEOPLE, paras_of, source

    from briefbuild.checking import verify
    from briefbuild.inputs.models import Quote
    text = "“I see it as a triangle, with the [United States] at the center,” Lee said."
    q = Quote(id="q", speaker="ann-lee", kind="direct", text="I see it as a square, with the [United States] at the center",
              paragraph=1)
    (problem,) = verify.verify_quote(q, source(text), paras_of(text), PEOPLE)
    assert problem.detail == ("closest passage, paragraph 1: I see it as a triangle, with the [United States] at the center,\n"
                              "  difference: quote has 'square,', source has 'triangle,'")


def test_a_bracket_for_a_pronoun_reads_the_source_up_to_the_quote_once():
    # nested.unnamed_referent: the names of the text before the quote, read once per quote
    # however many readings and matches the verifier tries.
    sentences = [f"They will review program {k} of the maritime strategy with Japan before the summit in year {2000 + k}."
                 for k in range(470)]
    paras = [" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)]
    text = "LEE: " + "\n\n".join(paras)
    quote = "[The allies and Japan] will review program 452 of the maritime strategy"
    found, seconds = _timed(text, quote, "ann-lee", 91, "transcript")
    print(f"\nbracket for a pronoun, {len(text.encode()) // 1000} KB before it: {seconds * 1000:.1f} ms")
    assert found == ""
    assert seconds <= 1.0

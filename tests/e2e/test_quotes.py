"""Quote integrity: every sample quote survives only if it is the speaker's own words, verbatim."""
from __future__ import annotations

import re

import pytest
from conftest import SAMPLE_SOURCE, cli, shared_sample
from factory import make_project

from briefbuild.checking import verify
from briefbuild.checking.validate import load_project

PROJECT = load_project(shared_sample())
SOURCE = PROJECT.sources[SAMPLE_SOURCE]
PARAS = PROJECT.paragraphs[SAMPLE_SOURCE]
PEOPLE = PROJECT.people
DIRECT = sorted(q for q, v in PROJECT.quotes.items() if v.kind == "direct")
PARAPHRASE = sorted(q for q, v in PROJECT.quotes.items() if v.kind == "paraphrase")
OTHER = {"fumio-kishida": "jun-nagashima", "jun-nagashima": "liviu-lazar", "liviu-lazar": "fumio-kishida"}


def problems(qid: str, **changes) -> str:
    quote = PROJECT.quotes[qid].model_copy(update=changes)
    return " | ".join(f"{p.message} {p.detail}" for p in verify.verify_quote(quote, SOURCE, PARAS, PEOPLE))


def test_the_sample_has_quotes_from_all_three_and_lazar_only_paraphrased():
    speakers = {PROJECT.quotes[q].speaker for q in DIRECT}
    assert speakers == {"fumio-kishida", "jun-nagashima"}
    assert {PROJECT.quotes[q].speaker for q in PARAPHRASE} == {"fumio-kishida", "jun-nagashima", "liviu-lazar"}


@pytest.mark.parametrize("qid", DIRECT + PARAPHRASE)
def test_every_sample_quote_verifies(qid):
    assert problems(qid) == ""


def _words(text):
    return re.findall(r"[A-Za-z’']{4,}", text)


@pytest.mark.parametrize("qid", DIRECT)
def test_changing_a_word_fails(qid):
    text = PROJECT.quotes[qid].text
    word = max(_words(text), key=len)
    assert "not verbatim in the source" in problems(qid, text=text.replace(word, word[::-1], 1))


@pytest.mark.parametrize("qid", DIRECT)
def test_changing_a_name_fails(qid):
    text = PROJECT.quotes[qid].text
    names = [w for w in re.findall(r"\b[A-Z][a-z]+\b", re.sub(r"\[[^]]*\]", "", text)) if w not in ("As", "From", "I")]
    name = names[-1] if names else None
    mutated = text.replace(name, "Russia", 1) if name else text + " Russia"
    assert "not verbatim in the source" in problems(qid, text=mutated)


@pytest.mark.parametrize("qid", DIRECT)
def test_adding_not_fails(qid):
    text = PROJECT.quotes[qid].text
    mutated = re.sub(r"\b(is|are|see|looking)\b", r"\1 not", text, count=1)
    assert mutated != text
    assert "not verbatim in the source" in problems(qid, text=mutated)


@pytest.mark.parametrize("qid", DIRECT)
def test_adding_a_number_fails(qid):
    text = PROJECT.quotes[qid].text
    mutated = re.sub(r"\b(the|a)\b", r"\1 2022", text, count=1)
    assert "not verbatim in the source" in problems(qid, text=mutated)


@pytest.mark.parametrize("qid", DIRECT)
def test_swapping_the_speaker_of_a_direct_quote_fails(qid):
    real = PROJECT.quotes[qid].speaker
    found = problems(qid, speaker=OTHER[real])
    assert f"gives these words to {PEOPLE[real].name}, not to {PEOPLE[OTHER[real]].name}" in found


@pytest.mark.parametrize("qid", PARAPHRASE)
def test_swapping_the_speaker_of_a_paraphrase_fails(qid):
    other = OTHER[PROJECT.quotes[qid].speaker]
    assert f"does not attribute paragraph {PROJECT.quotes[qid].paragraph} to {PEOPLE[other].name}" in problems(qid, speaker=other)


@pytest.mark.parametrize("qid", PARAPHRASE)
def test_promoting_a_paraphrase_to_a_direct_quote_fails(qid):
    found = problems(qid, kind="direct")
    assert "not verbatim in the source" in found or "reporter's wording" in found


@pytest.mark.parametrize("qid", ["nagashima-new-domains", "nagashima-interoperability", "lazar-cnad", "kishida-deepen"])
def test_the_reporters_words_copied_letter_for_letter_are_not_a_direct_quote(qid):
    para = PARAS[PROJECT.quotes[qid].paragraph - 1]
    reporters = re.split(r",? (?:said|noted|signaled)\b", para)[0].removeprefix("[T]he ")
    found = problems(qid, kind="direct", text=reporters)
    assert "is the reporter's wording, not in the source's quotation marks" in found


@pytest.mark.parametrize("qid", DIRECT)
def test_editing_the_stored_text_under_a_direct_quote_fails(qid):
    quote = PROJECT.quotes[qid]
    i = quote.paragraph - 1
    word = max(_words(quote.text.replace("[United States]", "")), key=len)
    paras = list(PARAS)
    paras[i] = paras[i].replace(word, word.upper() + "X", 1)
    found = verify.verify_quote(quote, SOURCE, paras, PEOPLE)
    assert found and "not verbatim in the source" in found[0].message


@pytest.mark.parametrize("qid", PARAPHRASE)
def test_removing_the_speakers_name_from_the_stored_text_fails(qid):
    quote = PROJECT.quotes[qid]
    person = PEOPLE[quote.speaker]
    paras = [p.replace(person.name, "the official").replace(person.short, "the official") for p in PARAS]
    found = verify.verify_quote(quote, SOURCE, paras, PEOPLE)
    assert found and f"does not attribute paragraph {quote.paragraph}" in found[0].message


LEGITIMATE = [
    ("kishida-inseparable", "[T]he security of Europe and of the Indo-Pacific is inseparable"),
    ("kishida-inseparable", "the security of Europe and of the Indo-Pacific is inseparable."),
    ("kishida-crossroads", "as the international community stands at a crossroads in history"),
    ("kishida-partners", "the participation of NATO’s Asia-Pacific partners … expresses the realization"),
    ("kishida-partners", "the participation of NATO's Asia-Pacific partners ... in the NATO Summit"),
    ("kishida-partners", "…the security of Europe and of the Indo-Pacific is inseparable"),
    ("nagashima-triangle", "I see it as a triangle, with the [United States] at the center for interoperability."),
    ("nagashima-triangle", "[W]ith the [United States] at the center for interoperability"),
    ("nagashima-perspective",
     "From the U.S. perspective, they’re looking East and West to Europe and Japan… I see it as a triangle"),
    ("nagashima-perspective", "From the U.S. perspective, [Americans are] looking East and West to Europe and Japan"),
    ("nagashima-perspective", "From the U.S. perspective, they\u2019re looking East\u00a0and West to Europe and Japan"),
]


@pytest.mark.parametrize("qid,text", LEGITIMATE)
def test_legitimate_bracket_and_ellipsis_forms_pass(qid, text):
    assert problems(qid, text=text) == ""


ILLEGITIMATE = [
    ("nagashima-triangle", "I see it as a triangle, with [Japan] at the center for interoperability",
     "[Japan] replaces 'the [United States]', where the source has brackets of its own"),
    ("kishida-inseparable", "[T]he security of Europe [and of the whole wide world beyond] is inseparable",
     "may be 4 words at most"),
    ("kishida-crossroads", "As the international community stands at a crossroads [and Russia is to blame] in history",
     "may be 4 words at most"),
    ("kishida-inseparable", "[T]he security of Europe and of the Indo-Pacific is [not] inseparable",
     "adds a negation the source does not have"),
]


@pytest.mark.parametrize("qid,text,expected", ILLEGITIMATE)
def test_brackets_cannot_rewrite_the_source(qid, text, expected):
    found = problems(qid, text=text)
    assert found and expected in found


# --- Through the real CLI: edits to the YAML and to the stored text ---------------------------------

def test_check_fails_when_the_stored_text_changes_under_a_quote(project):
    txt = project / "sources" / f"{SAMPLE_SOURCE}.txt"
    txt.write_text(txt.read_text("utf-8").replace("at the center for interoperability", "at the heart of it"), "utf-8")
    run = cli(project, "check")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert re.search(r"sources/national-defense-2022-12-06-japan-nato\.yaml:\d+:\d+: quotes\.\d+\.text: quote "
                     r"'nagashima-triangle': not verbatim in the source", run.stderr), run.stderr
    assert "used by brief 'japan-nato' at briefs/japan-nato.yaml:" in run.stderr
    assert "closest passage, paragraph 16:" in run.stderr and "difference:" in run.stderr


def test_check_fails_when_a_quote_is_given_to_the_wrong_person(project):
    yml = project / "sources" / f"{SAMPLE_SOURCE}.yaml"
    text = yml.read_text("utf-8")
    text = text.replace("- id: nagashima-triangle\n    speaker: jun-nagashima",
                        "- id: nagashima-triangle\n    speaker: liviu-lazar")
    yml.write_text(text, "utf-8")
    run = cli(project, "check")
    assert run.returncode == 1
    assert "'nagashima-triangle': paragraph 16 gives these words to Jun Nagashima, not to Liviu Lazar" in run.stderr


def test_check_fails_when_lazar_is_promoted_to_a_direct_quote(project):
    yml = project / "sources" / f"{SAMPLE_SOURCE}.yaml"
    text = yml.read_text("utf-8")
    text = text.replace("- id: lazar-cnad\n    speaker: liviu-lazar\n    kind: paraphrase",
                        "- id: lazar-cnad\n    speaker: liviu-lazar\n    kind: direct")
    yml.write_text(text, "utf-8")
    run = cli(project, "check")
    assert run.returncode == 1
    assert "quote 'lazar-cnad': not verbatim in the source" in run.stderr


# --- Other kinds of source ---------------------------------------------------------------------------

TRANSCRIPT = """\
type: interview
title: Press Conference
issued: "2024-01-02"
text: |
  Lee: We will act on the plan this year.

  Moderator: Will the budget be enough?

  Lee: It will be enough.

  Chan: The plan is ready, I think.
quotes:
  - id: lee-act
    speaker: ann-lee
    kind: direct
    text: We will act on the plan
    paragraph: 1
  - id: lee-ready
    speaker: ann-lee
    kind: paraphrase
    text: the plan is on track
    paragraph: 3
"""

SPEECH = """\
type: speech
title: Address to Parliament
issued: "2024-01-02"
speaker: ann-lee
text: |
  We will act on the plan. As my colleague Chan put it, “the plan is ready.”

  Thank you.
quotes:
  - id: lee-act
    speaker: ann-lee
    kind: direct
    text: We will act on the plan
    paragraph: 1
  - id: lee-ready
    speaker: ann-lee
    kind: paraphrase
    text: her colleague thinks the plan is ready
    paragraph: 1
"""


def _check(tmp_path, source: str) -> str:
    root = make_project(tmp_path, {"sources/s1.yaml": source})
    run = cli(root, "check")
    return "" if run.returncode == 0 else run.stderr


def test_transcript_turns_are_the_speakers_words(tmp_path):
    assert _check(tmp_path, TRANSCRIPT) == ""


def test_transcript_words_of_another_turn_are_not_the_speakers(tmp_path):
    err = _check(tmp_path, TRANSCRIPT.replace("text: We will act on the plan\n    paragraph: 1",
                                              "text: Will the budget be enough\n    paragraph: 2"))
    assert "paragraph 2 is in the turn of 'Moderator' (line 3), whose words no person can be quoted from, not Ann Lee's" in err


def test_transcript_words_of_a_named_other_speaker(tmp_path):
    err = _check(tmp_path, TRANSCRIPT.replace("text: We will act on the plan\n    paragraph: 1",
                                              "text: The plan is ready\n    paragraph: 4"))
    assert "paragraph 4 gives these words to Bo Chan, not to Ann Lee: fix the speaker" in err


def test_speech_text_is_the_speakers_own(tmp_path):
    assert _check(tmp_path, SPEECH) == ""


def test_a_speech_quoting_someone_else_is_not_the_speakers_words(tmp_path):
    err = _check(tmp_path, SPEECH.replace("text: We will act on the plan\n", "text: the plan is ready\n"))
    # the words stand inside a quotation within Lee's own: second-hand, not Lee's (nor Chan's) to quote alone
    assert "quote 'lee-act'" in err and "quotation within Lee’s words" in err


def test_numbers_in_a_quote_are_checked(tmp_path):
    source = make_project(tmp_path, {}).joinpath("sources/s1.yaml").read_text("utf-8")
    source = source.replace("“We will act on the plan,” Lee said.", "“We will spend 40 billion on 7 programs,” Lee said.")
    ok = source.replace("text: We will act on the plan", "text: We will spend 40 billion on 7 programs")
    assert _check(tmp_path / "a", ok) == ""
    bad = source.replace("text: We will act on the plan", "text: We will spend 45 billion on 7 programs")
    assert "not verbatim in the source" in _check(tmp_path / "b", bad)

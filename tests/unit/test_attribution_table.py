"""Who said it, and alterations that never change what was said: the adversarial table.

Every legitimate quoting form passes (a false alarm is a defect too), every misquote fails
with its exact message. In-process: a Source and the people, then the real verifier.
"""
from __future__ import annotations

import pytest
from attribution_cases import (
    ANSWERS_ONLY,
    CLAIM_QUOTES,
    CLAIMS,
    COMMITTEE,
    FAIL,
    FOREIGN_CLAIM_QUOTES,
    FOREIGN_CLAIMS,
    FOREIGN_PARAPHRASES,
    GIVES,
    JAPANESE_CAST,
    JAPANESE_CLAIM_QUOTES,
    JAPANESE_CLAIMS,
    JAPANESE_FAIL,
    JAPANESE_PARAPHRASES,
    JAPANESE_PASS,
    LABEL_FAIL,
    MONCLOA,
    NEWS_EXCHANGE,
    NEWSROOM_FAIL,
    NEWSROOM_PASS,
    OFFICE_TURNS,
    OFFICES_NEWS,
    PASS,
    PRONOUN_CLAIMS,
    PRONOUN_SOURCES,
    PRONOUNS,
    PROSE_FAIL,
    PROSE_PASS,
    READ_ON,
    RELAYED,
    REPEATED,
    SPELLED,
    SPELLING_CLAIMS,
    SPELLINGS,
    TWO_LEES,
    TWO_LEES_MESSAGE,
    UNATTRIBUTED,
    UNKNOWN_TURN,
)
from quotecheck import PEOPLE, labels, problems

from briefbuild.checking.claims import claim_grammar, claim_problem, foreign_own_attribution
from briefbuild.inputs.models import Person, Quote, _prose


def _id(row) -> str:
    return f"{row[2]}-p{row[3]}-{row[4][:40]}"


def test_the_table_is_large_enough():
    assert len(FAIL) + len(LABEL_FAIL) + len(CLAIMS) + len(PROSE_FAIL) >= 150 + 20
    assert len(FAIL) >= 150 and len(PASS) >= 60


@pytest.mark.parametrize("row", PASS, ids=[_id(r) for r in PASS])
def test_a_legitimate_quoting_form_passes(row):
    text, voice, speaker, paragraph, quote = row[:5]
    last = row[5] if len(row) > 5 else None
    assert problems(text, quote, speaker, paragraph, voice, last=last) == ""


@pytest.mark.parametrize("row", FAIL, ids=[_id(r) for r in FAIL])
def test_a_misquote_fails_with_its_exact_message(row):
    text, voice, speaker, paragraph, quote = row[:5]
    last = row[5] if len(row) == 7 else None
    assert problems(text, quote, speaker, paragraph, voice, last=last) == row[-1]


@pytest.mark.parametrize("row", NEWSROOM_PASS, ids=[f"{r[0]}-{r[1][:40]}" for r in NEWSROOM_PASS])
def test_a_newsroom_attribution_in_the_sources_language_passes(row):
    language, text, speaker, paragraph, quote = row
    assert problems(text, quote, speaker, paragraph, language=language) == ""


@pytest.mark.parametrize("row", NEWSROOM_FAIL, ids=[f"{r[0]}-{r[1][:40]}" for r in NEWSROOM_FAIL])
def test_a_newsroom_misattribution_fails_with_its_exact_message(row):
    language, text, speaker, paragraph, quote, message = row
    assert problems(text, quote, speaker, paragraph, language=language) == message


def test_without_a_language_a_french_attribution_is_read_as_english():
    text = "« Nous agirons sur le plan », a déclaré Dupont."
    assert problems(text, "Nous agirons sur le plan", "anne-dupont", 1, language="fr") == ""
    assert problems(text, "Nous agirons sur le plan", "anne-dupont", 1) == (
        "paragraph 1 does not attribute these words to one named person (the attribution found: "
        "', a déclaré Dupont.'): they cannot be quoted as Anne Dupont's")


@pytest.mark.parametrize("text,message", LABEL_FAIL)
def test_a_label_of_no_known_person_is_an_error_naming_it_and_its_line(text, message):
    assert labels(text) == [message]


def test_a_label_two_people_answer_to_is_an_error():
    people = dict(PEOPLE, **{"bo-lee": Person(id="bo-lee", name="Bo Lee", role="Analyst")})
    from quotecheck import paras_of, source

    from briefbuild.checking import verify
    q = Quote(id="q", speaker="ann-lee", kind="paraphrase", text="x", paragraph=1)
    found = verify.source_problems(source(TWO_LEES, "transcript", quotes=[q]), paras_of(TWO_LEES), people)
    assert [p.message for p in found] == [TWO_LEES_MESSAGE]


def test_every_label_of_the_fixtures_names_someone_or_nobody():
    from attribution_cases import DOD, HANSARD, HEARING_TEXT, NATO, NATO_NFD, RADIO, UN, WH
    for text in (DOD, NATO, NATO_NFD, RADIO, WH, HANSARD, UN, HEARING_TEXT):
        assert labels(text) == []


@pytest.mark.parametrize("text,message", [
    ("The Prime Minister: The plan is working.",  # Hansard names the office's holder once, in brackets
     "the transcript's speaker label 'The Prime Minister' (line 1) matches no person: add the speaker to "
     "sources/people.yaml (or labels: [The Prime Minister] to the person it names)"),
    ("The Prime Minister (Rishi Sunak): Yes.\n\nThe Chancellor: No.",
     "the transcript's speaker label 'The Chancellor' (line 3) matches no person: add the speaker to "
     "sources/people.yaml (or labels: [The Chancellor] to the person it names)"),
])
def test_an_office_is_a_person_only_once_the_transcript_names_its_holder(text, message):
    assert labels(text) == [message]


@pytest.mark.parametrize("text,speaker,paragraph,quote,message", UNKNOWN_TURN)
def test_words_after_an_unknown_label_are_never_the_last_speakers(text, speaker, paragraph, quote, message):
    assert problems(text, quote, speaker, paragraph, "transcript") == message
    if "OFFICIAL" in text or text.startswith("CHAIR:"):  # an anonymous official's label, or an office the
        assert labels(text) == []                        # record never names, is nobody's, not an unknown person


_CLAIM_QUOTES = {qid: Quote(id=qid, speaker=pid, kind="direct", text="x", paragraph=1)
                 for qid, pid in CLAIM_QUOTES.items()}
_CLAIM_QUOTES |= {qid: Quote(id=qid, speaker=pid, kind="paraphrase", text="x", paragraph=1)
                  for qid, pid in {"lee-p": "ann-lee", "chan-p": "bo-chan"}.items()}


@pytest.mark.parametrize("claim,qid,message", CLAIMS)
def test_a_claim_gives_a_quote_to_the_subject_of_its_verb(claim, qid, message):
    assert (claim_problem(claim, qid, _CLAIM_QUOTES, PEOPLE) or "") == message


_FOREIGN_QUOTES = {qid: Quote(id=qid, speaker=pid, kind="direct", text="x", paragraph=1)
                   for qid, pid in FOREIGN_CLAIM_QUOTES.items()}


@pytest.mark.parametrize("language,claim,qid,message", FOREIGN_CLAIMS, ids=[f"{r[0]}-{r[1][:40]}" for r in FOREIGN_CLAIMS])
def test_a_claim_in_the_briefs_language_gives_a_quote_to_the_subject_of_its_verb(language, claim, qid, message):
    assert (claim_problem(claim, qid, _FOREIGN_QUOTES, PEOPLE, language) or "") == message


_FOREIGN_QUOTES |= {qid: Quote(id=qid, speaker=pid, kind="paraphrase", text="x", paragraph=1)
                    for qid, pid in {"dupont-p": "anne-dupont", "perez-p": "carlos-perez", "muller-p": "zoe-muller"}.items()}


@pytest.mark.parametrize("language,claim,qid,own,message", FOREIGN_PARAPHRASES,
                         ids=[f"{r[0]}-{r[1][:40]}" for r in FOREIGN_PARAPHRASES])
def test_a_paraphrase_a_claim_in_the_briefs_language_introduces_must_be_its_speakers(language, claim, qid, own, message):
    grammar = claim_grammar(language)
    assert grammar is not None
    assert bool(foreign_own_attribution(grammar, claim, qid, _FOREIGN_QUOTES, PEOPLE)) is own
    assert (claim_problem(claim, qid, _FOREIGN_QUOTES, PEOPLE, language) or "") == message


def test_a_claim_in_an_english_brief_is_read_as_english():
    claim = "{dupont-q}, a déclaré Dupont."
    assert claim_problem(claim, "dupont-q", _FOREIGN_QUOTES, PEOPLE, "fr") is None
    assert claim_problem(claim, "dupont-q", _FOREIGN_QUOTES, PEOPLE, "en") == \
        claim_problem(claim, "dupont-q", _FOREIGN_QUOTES, PEOPLE) == UNATTRIBUTED.format(q="dupont-q", s="Dupont")


@pytest.mark.parametrize("text", PROSE_FAIL)
def test_prose_has_no_quotation_marks_of_any_kind(text):
    with pytest.raises(ValueError, match=r"^quotation mark . in prose: quote a source through a quote id like "
                                         r"\{quote-id\} in a claim, or reword without quotation marks$"):
        _prose(text)


@pytest.mark.parametrize("text", PROSE_PASS)
def test_apostrophes_stay_allowed_in_prose(text):
    assert _prose(text) == text


def test_a_source_word_with_a_look_alike_letter_is_shown_by_code_point():
    from quotecheck import paras_of, source

    from briefbuild.checking import verify
    text = "“We will act on the рlan,” Lee said."  # Cyrillic er in the stored text
    q = Quote(id="q", speaker="ann-lee", kind="direct", text="We will act on the plan", paragraph=1)
    (problem,) = verify.verify_quote(q, source(text), paras_of(text), PEOPLE)
    assert problem.message == "not verbatim in the source: fix the quote or mark changes with [brackets] and …"
    assert problem.detail == (
        "closest passage, paragraph 1: We will act on the рlan,\n"
        "  difference: quote has 'plan', source has 'рlan,'\n"
        "  look-alike letters: quote has U+0070 LATIN SMALL LETTER P where the source has U+0440 CYRILLIC SMALL LETTER ER")


SMITHS = ("Mark Smith, the committee’s ranking member, spoke first. “We will act,” Smith said.\n\n"
          "Anna Smith, the minister, replied. “We will not,” Smith said.\n\n"
          "“Nobody knows,” said Smith.")


def test_a_family_name_two_people_share_is_the_one_named_most_recently():
    people = dict(PEOPLE, **{"anna-smith": Person(id="anna-smith", name="Anna Smith", role="Minister")})
    assert problems(SMITHS, "We will act", "mark-smith", 1, people=people) == ""
    assert problems(SMITHS, "We will not", "anna-smith", 2, people=people) == ""
    assert problems(SMITHS, "Nobody knows", "anna-smith", 3, people=people) == ""
    assert problems(SMITHS, "We will not", "mark-smith", 2, people=people) == \
        "paragraph 2 gives these words to Anna Smith, not to Mark Smith: fix the speaker"


def test_a_claim_may_use_a_family_name_two_people_share():
    people = dict(PEOPLE, **{"anna-smith": Person(id="anna-smith", name="Anna Smith", role="Minister")})
    assert claim_problem("Smith said {smith-q}.", "smith-q", _CLAIM_QUOTES, people) is None
    assert claim_problem("Lee said {smith-q}.", "smith-q", _CLAIM_QUOTES, people) == GIVES.format(
        q="smith-q", a="Mark Smith", b="Ann Lee", s="Smith")


@pytest.mark.parametrize("text,near", [("rock ‘n’ roll", "rock ‘n’ roll"), ("the ‘90s", "the ‘90s")])
def test_a_word_processors_opening_mark_before_an_elision_says_to_write_an_apostrophe(text, near):
    with pytest.raises(ValueError) as caught:
        _prose(text)
    assert str(caught.value) == (f"‘ opens a quotation; an apostrophe is ’ (’em, rock ’n’ roll, the ’90s): "
                                 f"write ’ or ' in '{near}'")


QA = "Q: Will you act?\n\nA: We will act on the plan.\n\nQ: When?\n\nA: Soon."
QA_PRINTED = QA.replace("Q:", "Q.").replace("A:", "A.")  # a court's record, a printed interview: `A.` is a label too


@pytest.mark.parametrize("qa", [QA, QA_PRINTED], ids=["colons", "full stops"])
@pytest.mark.parametrize("speaker,quote,who,paragraph,message", [
    ("ann-lee", "We will act on the plan.", "ann-lee", 2, ""),
    ("ann-lee", "Soon.", "ann-lee", 4, ""),
    (None, "We will act on the plan.", "ann-lee", 2,
     "paragraph 2 is in the turn of 'A' (line 3), whose words no person can be quoted from (a Q&A's answers: "
     "set speaker: on the source to the person who gives them), not Ann Lee's"),
    ("ann-lee", "Will you act?", "ann-lee", 1,
     "paragraph 1 is in the turn of 'Q' (line 1), whose words no person can be quoted from, not Ann Lee's"),
    ("ann-lee", "We will act on the plan.", "bo-chan", 2,
     "paragraph 2 gives these words to Ann Lee, not to Bo Chan: fix the speaker"),
])
def test_a_published_q_and_a_gives_its_answers_to_the_sources_speaker(qa, speaker, quote, who, paragraph, message):
    from quotecheck import paras_of, source

    from briefbuild.checking import verify
    q = Quote(id="q", speaker=who, kind="direct", text=quote, paragraph=paragraph)
    found = verify.verify_quote(q, source(qa, "transcript", speaker=speaker), paras_of(qa), PEOPLE)
    assert " | ".join(p.message for p in found) == message


@pytest.mark.parametrize("text,quote,paragraph,message", ANSWERS_ONLY, ids=[f"{r[2]}-{r[1][:30]}" for r in ANSWERS_ONLY])
def test_an_unlabelled_question_after_a_labelled_answer_is_nobodys(text, quote, paragraph, message):
    from quotecheck import paras_of, source

    from briefbuild.checking import verify
    q = Quote(id="q", speaker="ann-lee", kind="direct", text=quote, paragraph=paragraph)
    found = verify.verify_quote(q, source(text, "transcript", speaker="ann-lee"), paras_of(text), PEOPLE)
    assert " | ".join(p.message for p in found) == message


def test_a_generational_suffix_is_not_the_family_name():
    people = dict(PEOPLE, **{"joe-biden": Person(id="joe-biden", name="Joseph R. Biden Jr.", role="President"),
                             "mlk": Person(id="mlk", name="Martin Luther King, Jr.", role="Pastor")})
    assert (people["joe-biden"].short, people["mlk"].short) == ("Biden", "King")
    turns = "PRESIDENT BIDEN: We will act.\n\nDR. KING: We shall overcome."
    assert problems(turns, "We will act", "joe-biden", 1, "transcript", people=people) == ""
    assert problems(turns, "We shall overcome", "mlk", 2, "transcript", people=people) == ""
    assert problems(turns, "We shall overcome", "joe-biden", 2, "transcript", people=people) == \
        "paragraph 2 gives these words to Martin Luther King, Jr., not to Joseph R. Biden Jr.: fix the speaker"
    news = "“We will act,” Biden said. “We shall overcome,” King said."
    assert problems(news, "We will act", "joe-biden", 1, people=people) == ""


def test_two_people_alike_without_diacritics_make_a_plain_label_ambiguous():
    people = dict(PEOPLE, **{"hans-muller": Person(id="hans-muller", name="Hans Muller", role="Analyst")})
    from quotecheck import paras_of, source

    from briefbuild.checking import verify
    text = "MULLER: Yes.\n\nMÜLLER: No."
    q = Quote(id="q", speaker="ann-lee", kind="paraphrase", text="x", paragraph=1)
    found = verify.source_problems(source(text, "transcript", quotes=[q]), paras_of(text), people)
    assert [p.message for p in found] == [
        "the transcript's speaker label 'MULLER' (line 1) could be Hans Muller or Zoë Müller: give the right person "
        "labels: [MULLER]"]


def _spelled_people(speaker: str | None = None):
    """The cast and the people SPELLED files; a Mueller's rows without Zoë Müller, the others
    without the Mueller (both at once make `Mueller` either: the last test)."""
    people = dict(PEOPLE, **{pid: Person(id=pid, name=name, role="Official") for pid, name in SPELLED.items()})
    if speaker is not None:
        del people["zoe-muller" if speaker == "hans-mueller" else "hans-mueller"]
    return people


@pytest.mark.parametrize("text,voice,speaker,message", SPELLINGS)
def test_a_name_spelled_as_newsrooms_do_is_the_same_person(text, voice, speaker, message):
    assert problems(text, "Nobody moved", speaker, 1, voice, people=_spelled_people(speaker)) == message


@pytest.mark.parametrize("claim,speaker,message", SPELLING_CLAIMS)
def test_a_claim_may_spell_a_name_as_newsrooms_do(claim, speaker, message):
    quotes = {"q": Quote(id="q", speaker=speaker, kind="direct", text="x", paragraph=1)}
    assert (claim_problem(claim, "q", quotes, _spelled_people(speaker)) or "") == message


def test_two_people_one_spelling_makes_apart_are_both_found():
    """Müller and a Mueller: `Mueller` could be either; `Müller` as printed is Müller."""
    people = _spelled_people()
    assert problems("“Nobody moved,” Mueller said.", "Nobody moved", "hans-mueller", 1, people=people) == (
        "paragraph 1 does not attribute these words to one named person (the attribution found: 'Mueller said.'): "
        "they cannot be quoted as Hans Mueller's")
    assert problems("“Nobody moved,” Müller said.", "Nobody moved", "zoe-muller", 1, people=people) == ""


# The UN's noon briefing as press.un.org prints it: `Spokesman:` and `Question:` in mixed case
# (QA: `Spokesman:` read as a sentence, so his answers fell into the question's turn).
UN_MIXED = ("Spokesman: Good afternoon. The convoy reached the city this morning, with 12 trucks.\n\n"
            "Question: Steph, does he plan to travel there?\n\nSpokesman: I have no travel to announce at this point.")


@pytest.mark.parametrize("paragraph,quote,message", [
    (3, "I have no travel to announce at this point.", ""),
    (1, "The convoy reached the city this morning, with 12 trucks.", ""),
    (2, "does he plan to travel there?",
     "paragraph 2 is in the turn of 'Question' (line 3), whose words no person can be quoted from, not Stéphane Dujarric's"),
    (3, "Steph, does he plan to travel there? I have no travel to announce",
     "the quote runs across two turns: 'Question' (paragraph 2) and 'Spokesman' (paragraph 3); an ellipsis may not "
     "join two speakers' words: quote one of them"),
])
def test_a_un_briefings_spokesman_label_opens_his_turn(paragraph, quote, message):
    people = dict(PEOPLE, **{"stephane-dujarric": PEOPLE["stephane-dujarric"].model_copy(update={"labels": ["Spokesman"]})})
    assert problems(UN_MIXED, quote, "stephane-dujarric", paragraph, "transcript", people=people) == message


def test_a_role_label_of_no_known_person_is_an_error_not_the_last_turns_words():
    assert labels(UN_MIXED) == [
        "the transcript's speaker label 'Spokesman' (lines 1 and 5) matches no person: add the speaker to "
        "sources/people.yaml (or labels: [Spokesman] to the person it names)"]  # one error for the label, not one a turn
    assert problems(UN_MIXED, "I have no travel to announce at this point.", "stephane-dujarric", 3, "transcript") == \
        "paragraph 3 is in the turn of 'Spokesman' (line 5), a label that names no known person, not Stéphane Dujarric"


_JA_PEOPLE = dict(PEOPLE, **{p["id"]: Person(**p) for p in JAPANESE_CAST})


@pytest.mark.parametrize("row", JAPANESE_PASS, ids=[r[0][:30] for r in JAPANESE_PASS])
def test_a_japanese_newspaper_attribution_passes(row):
    text, speaker, quote = row
    paragraph = text.count("\n\n") + 1
    assert problems(text, quote, speaker, paragraph, people=_JA_PEOPLE, language="ja") == ""


@pytest.mark.parametrize("row", JAPANESE_FAIL, ids=[r[0][:30] for r in JAPANESE_FAIL])
def test_a_japanese_misattribution_fails_with_its_exact_message(row):
    text, speaker, quote, message = row
    assert problems(text, quote, speaker, 1, people=_JA_PEOPLE, language="ja") == message


def test_a_japanese_paraphrase_outside_the_quotation_marks_passes_as_a_paraphrase():
    assert problems("岸田首相は日本は行動すると述べた。", "日本は行動する", "kishida-fumio", 1, kind="paraphrase",
                    people=_JA_PEOPLE, language="ja") == ""


_JA_QUOTES = {qid: Quote(id=qid, speaker=pid, kind="direct", text="x", paragraph=1)
              for qid, pid in JAPANESE_CLAIM_QUOTES.items()}
_JA_QUOTES["kishida-p"] = Quote(id="kishida-p", speaker="kishida-fumio", kind="paraphrase", text="x", paragraph=1)


@pytest.mark.parametrize("claim,qid,message", JAPANESE_CLAIMS, ids=[r[0][:30] for r in JAPANESE_CLAIMS])
def test_a_claim_in_a_japanese_brief_gives_a_quote_to_the_subject_of_its_verb(claim, qid, message):
    assert (claim_problem(claim, qid, _JA_QUOTES, _JA_PEOPLE, "ja") or "") == message


@pytest.mark.parametrize("claim,qid,own,message", JAPANESE_PARAPHRASES, ids=[r[0][:30] for r in JAPANESE_PARAPHRASES])
def test_a_paraphrase_a_japanese_claim_introduces_must_be_its_speakers(claim, qid, own, message):
    assert bool(foreign_own_attribution(claim_grammar("ja"), claim, qid, _JA_QUOTES, _JA_PEOPLE)) is own
    assert (claim_problem(claim, qid, _JA_QUOTES, _JA_PEOPLE, "ja") or "") == message


def test_a_name_in_japanese_script_puts_the_family_name_first():
    assert Person(id="t", name="田中 花子", role="大臣").short == "田中"
    assert Person(id="f", name="Fumio Kishida", role="PM").short == "Kishida"


@pytest.mark.parametrize("language,claim,qid,messages", REPEATED, ids=[r[1][:40] for r in REPEATED])
def test_a_quote_placed_twice_is_read_at_each_place(language, claim, qid, messages):
    quotes, people = (_JA_QUOTES, _JA_PEOPLE) if language == "ja" else (_FOREIGN_QUOTES | _CLAIM_QUOTES, PEOPLE)
    assert claim.count("{" + qid + "}") == len(messages)
    assert [claim_problem(claim, qid, quotes, people, language, nth=n) or "" for n in range(len(messages))] == messages


def test_an_interpreters_paraphrase_is_the_speakers():
    text = "Chan, Lee's interpreter, said the plan is ready."
    assert problems(text, "the plan is ready", "ann-lee", 1, kind="paraphrase") == ""
    assert problems(text, "the plan is ready", "bo-chan", 1, kind="paraphrase") == (
        "the source does not attribute paragraph 1 to Bo Chan (it never gives words to Chan): fix the speaker or the paragraph")

_READ_ON_QUOTES = _CLAIM_QUOTES | _FOREIGN_QUOTES | _JA_QUOTES


@pytest.mark.parametrize("language,before,claim,qid,message", READ_ON, ids=[f"{r[0]}-{r[2][:40]}" for r in READ_ON])
def test_a_pronoun_the_claim_names_no_one_for_stands_for_the_last_person_of_the_block_before(
        language, before, claim, qid, message):
    people = _JA_PEOPLE if language == "ja" else PEOPLE
    assert (claim_problem(claim, qid, _READ_ON_QUOTES, people, language, before=before) or "") == message
    if message:  # read alone, the claim is no better
        assert claim_problem(claim, qid, _READ_ON_QUOTES, people, language)


def test_a_paraphrase_by_title_is_the_person_the_text_introduced_so():
    text = "Defence Minister Jane Doe arrived on Monday. The minister said the plan was ready."
    assert problems(text, "the plan was ready", "jane-doe", 1, kind="paraphrase") == ""
    two = "Defence Minister Jane Doe met Foreign Minister Ann Lee. The minister said the plan was ready."
    assert problems(two, "the plan was ready", "jane-doe", 1, kind="paraphrase") == (
        "the source does not attribute paragraph 1 to Jane Doe (it never gives words to Doe): fix the speaker or the paragraph")


@pytest.mark.parametrize("genre,offices,text,speaker,paragraph,quote,kind,message", RELAYED,
                         ids=[f"{r[0]}-{r[3]}-{r[5][:30]}" for r in RELAYED])
def test_an_authored_report_gives_quotations_as_news_does_and_a_speech_keeps_them_the_authors(
        genre, offices, text, speaker, paragraph, quote, kind, message):
    assert problems(text, quote, speaker, paragraph, "authored", kind=kind, genre=genre, offices=offices) == message


@pytest.mark.parametrize("row", NEWS_EXCHANGE, ids=[f"{r[1]}-p{r[2]}-{r[4]}-{r[3][:30]}" for r in NEWS_EXCHANGE])
def test_a_story_quoting_an_exchange_over_paragraphs_gives_each_turn_to_its_label(row):
    text, speaker, paragraph, quote, kind, message = row[:6]
    last = row[6] if len(row) > 6 else None
    assert problems(text, quote, speaker, paragraph, kind=kind, last=last) == message


@pytest.mark.parametrize("offices,text,speaker,paragraph,message", OFFICES_NEWS)
def test_a_sources_offices_name_their_holders_as_an_introduction_would(offices, text, speaker, paragraph, message):
    assert problems(text, "We will act on the plan", speaker, paragraph, offices=offices) == message


def _with_pronouns() -> dict[str, Person]:
    return {pid: p.model_copy(update={"pronouns": PRONOUNS.get(pid)}) for pid, p in PEOPLE.items()}


@pytest.mark.parametrize("language,claim,qid,message", PRONOUN_CLAIMS, ids=[f"{r[0]}-{r[1][:40]}" for r in PRONOUN_CLAIMS])
def test_a_pronoun_that_does_not_agree_with_a_persons_pronouns_is_not_theirs(language, claim, qid, message):
    quotes = _CLAIM_QUOTES | _FOREIGN_QUOTES
    assert (claim_problem(claim, qid, quotes, _with_pronouns(), language) or "") == message


@pytest.mark.parametrize("text,speaker,paragraph,message", PRONOUN_SOURCES)
def test_a_sources_pronoun_that_does_not_agree_is_not_theirs(text, speaker, paragraph, message):
    assert problems(text, "We will act on the plan", speaker, paragraph, people=_with_pronouns()) == message


@pytest.mark.parametrize("text,offices,speaker,paragraph,quote,message", OFFICE_TURNS)
def test_committee_and_moncloa_labels_open_turns(text, offices, speaker, paragraph, quote, message):
    assert problems(text, quote, speaker, paragraph, "transcript", offices=offices) == message


def test_committee_and_moncloa_labels_name_someone_or_nobody():
    from quotecheck import paras_of, source

    from briefbuild.checking import verify
    for text, offices in ((COMMITTEE, {"Chair": "bo-chan"}), (MONCLOA, {"Portavoz": "ann-lee"})):
        q = Quote(id="q", speaker="ann-lee", kind="paraphrase", text="x", paragraph=1)
        src = source(text, "transcript", quotes=[q], offices=offices)
        assert [p.message for p in verify.source_problems(src, paras_of(text), PEOPLE)] == []


@pytest.mark.parametrize("verb,ok", [("said", True), ("afirmó", True), ("a déclaré", True), ("erklärte", True),
                                     ("заявил", True), ("述べた", True), ("Said", False), ("said that it", False)])
def test_a_paraphrase_verb_may_be_in_the_briefs_language(verb, ok):
    from pydantic import ValidationError
    try:
        Quote(id="q", speaker="ann-lee", kind="paraphrase", text="x", paragraph=1, verb=verb)
    except ValidationError:
        assert not ok
    else:
        assert ok

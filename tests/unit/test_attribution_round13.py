"""Held-out real texts, round 13 (benchmarks/realtext/): the rules their false alarms and misses asked
for, each as rows that pass and rows that fail with the exact message.

- Historic Hansard sets each speaker's name on a line of its own, a title before it (`Mr. Speaker`,
  `Mr. G. Brown`, `Hon. Members`): the line opens the turn; after an honorific whoever it names (an
  unknown name is an error), after `The` only when it names someone (`The Economy` stays text).
- A deposition prints `Q` and `A` with no stop: `A` is the answer's label in a text that pairs them,
  and the words before the first `A` (a question going on from the page before) are no one's.
- The Bundestag's and the French chambers' record notes the room and interjections in parentheses
  inside a speech (`(Beifall bei der SPD)`, `(Zuruf … [AfD]: …)`, `(Applaudissements …)`): never the
  speaker's words.
- An ellipsis may not drop one condition's outcome and the next condition (`When we can, … we will
  vote against it`): it sets the second outcome under the first condition.
"""
from __future__ import annotations

import pytest
from quotecheck import PEOPLE, paras_of, source

from briefbuild.checking import verify
from briefbuild.inputs.models import Quote

_HANSARD = ("Mr. Speaker\n\nI have a statement to make to the House.\n\nHon. Members\n\nHear, hear.\n\n"
            "Mrs. Lee\n\nI thank you for your statement, Mr. Speaker.")
_DEPOSITION = ("you had a role in the talks, correct?\n\nA Every day. I was in every meeting.\n\n"
               "Q And when did you start?\n\nA In April 2018.")
_GAGGLE = "Q Will you sign?\n\nMS. LEE: A decision is near.\n\nA lot of work remains."
_PLENAR = ("Herr Präsident, das ist nicht unser Niveau.\n\n(Beifall bei der SPD – Bo Chan [AfD]: Aufstehen, Frau Lee!)\n\n"
           "Wir bleiben dabei. (Zurufe von der AfD) Das wird Ihnen nicht gelingen!\n\n"
           "Nous voterons contre. (Applaudissements sur les bancs du groupe SOC.)\n\n"
           "We will act (as we promised in May) on the plan.")
_VOTE = ("When we can support a bill, we will vote in favour, and when we can't, we will vote against it. "
         "If the talks fail, we will leave; if they succeed, we will stay. If the talks fail, as we said, we will go.")
NOTE = "'{note}' in paragraph {k} is the transcriber's note, not Lee’s words: leave it out of the quote"
SWAP = ("the ellipsis drops the outcome of '{kept}' and the condition '{dropped}', whose outcome the words after it are: "
        "the quote sets them under the first condition instead; quote each condition with its own clause")

# (text, voice, offices, quoted speaker, paragraph, quote)
PASS = [
    (_HANSARD, "transcript", {"Mr. Speaker": "bo-chan"}, "bo-chan", 2, "I have a statement to make to the House."),
    (_HANSARD, "transcript", {"Mr. Speaker": "bo-chan"}, "ann-lee", 6, "I thank you for your statement, Mr. Speaker."),
    (_DEPOSITION, "deposition", {}, "ann-lee", 2, "I was in every meeting."),
    (_DEPOSITION, "deposition", {}, "ann-lee", 4, "In April 2018."),
    (_GAGGLE, "transcript", {}, "ann-lee", 3, "A lot of work remains."),
    (_PLENAR, "authored", {}, "ann-lee", 1, "das ist nicht unser Niveau"),
    (_PLENAR, "authored", {}, "ann-lee", 3, "Wir bleiben dabei. Das wird Ihnen nicht gelingen!"),
    (_PLENAR, "authored", {}, "ann-lee", 4, "Nous voterons contre."),
    (_PLENAR, "authored", {}, "ann-lee", 5, "We will act (as we promised in May) on the plan."),
    (_VOTE, "authored", {}, "ann-lee", 1, "when we can't, we will vote against it"),
    (_VOTE, "authored", {}, "ann-lee", 1, "If the talks fail, we will leave"),
    (_VOTE, "authored", {}, "ann-lee", 1, "If the talks fail, … we will go."),
]

FAIL = [
    (_HANSARD, "transcript", {"Mr. Speaker": "bo-chan"}, "ann-lee", 4, "Hear, hear.",
     "paragraph 4 is in the turn of 'Hon. Members' (line 5), whose words no person can be quoted from, not Ann Lee's"),
    (_HANSARD, "transcript", {"Mr. Speaker": "bo-chan"}, "bo-chan", 6, "I thank you for your statement",
     "paragraph 6 gives these words to Ann Lee, not to Bo Chan: fix the speaker"),
    (_HANSARD, "transcript", {"Mr. Speaker": "bo-chan"}, "ann-lee", 2, "I have a statement to make to the House.",
     "paragraph 2 gives these words to Bo Chan, not to Ann Lee: fix the speaker"),
    (_DEPOSITION, "deposition", {}, "ann-lee", 1, "you had a role in the talks, correct?",
     "paragraph 1 comes before the transcript's first speaker label: no one is given these words, not Ann Lee"),
    (_DEPOSITION, "deposition", {}, "ann-lee", 3, "And when did you start?",
     "paragraph 3 is in the turn of 'Q' (line 5), whose words no person can be quoted from, not Ann Lee's"),
    (_PLENAR, "authored", {}, "ann-lee", 2, "Aufstehen, Frau Lee!",
     NOTE.format(note="(Beifall bei der SPD - Bo Chan [AfD]: Aufstehen, Frau Lee!)", k=2)),
    (_PLENAR, "authored", {}, "ann-lee", 3, "Zurufe von der AfD", NOTE.format(note="(Zurufe von der AfD)", k=3)),
    (_PLENAR, "authored", {}, "ann-lee", 4, "Applaudissements sur les bancs du groupe SOC",
     NOTE.format(note="(Applaudissements sur les bancs du groupe SOC.)", k=4)),
    (_VOTE, "authored", {}, "ann-lee", 1, "When we can support a bill, … we will vote against it.",
     SWAP.format(kept="When we can support a bill", dropped="when we can't")),
    (_VOTE, "authored", {}, "ann-lee", 1, "If the talks fail, … we will stay.",
     SWAP.format(kept="If the talks fail", dropped="if they succeed")),
]

UNKNOWN = "the transcript's speaker label '{label}' (line {line}) matches no person: add the speaker to " \
          "sources/people.yaml (or labels: [{label}] to the person it names)"
LABELS = [
    ("Mrs. Lee\n\nWe spoke.\n\nMr. Quinn\n\nWe will oppose it.", [UNKNOWN.format(label="Mr. Quinn", line=5)]),
    ("Mrs. Lee\n\nWe spoke.\n\nThe Economy\n\nGrowth was strong.", []),
    ("Mrs. Lee\n\nWe spoke. Thank you, Mr. Chan.", []),
]


def _source(text: str, voice: str, offices: dict):
    if voice == "deposition":  # the witness is the source's speaker, whose turns are the `A` ones
        return source(text, "transcript", speaker="ann-lee")
    return source(text, voice, offices=offices)


def _problems(text: str, voice: str, offices: dict, speaker: str, paragraph: int, quote: str) -> str:
    q = Quote(id="q", speaker=speaker, kind="direct", text=quote, paragraph=paragraph)
    return " | ".join(p.message for p in verify.verify_quote(q, _source(text, voice, offices), paras_of(text), PEOPLE))


@pytest.mark.parametrize("row", PASS, ids=[f"{r[3]}-{r[5][:30]}" for r in PASS])
def test_a_legitimate_form_of_the_round_13_texts_passes(row):
    assert _problems(*row) == ""


@pytest.mark.parametrize("row", FAIL, ids=[f"{r[3]}-{r[5][:30]}" for r in FAIL])
def test_a_misquote_of_the_round_13_forms_fails_with_its_exact_message(row):
    *args, message = row
    assert _problems(*args) == message


@pytest.mark.parametrize("row", LABELS, ids=[r[0][:30] for r in LABELS])
def test_a_name_line_with_an_honorific_is_a_label_and_a_heading_stays_text(row):
    text, messages = row
    q = Quote(id="q", speaker="ann-lee", kind="paraphrase", text="x", paragraph=1)
    found = verify.source_problems(source(text, "transcript", quotes=[q]), paras_of(text), PEOPLE)
    assert [p.message for p in found] == messages

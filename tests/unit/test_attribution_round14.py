"""Held-out real texts, round 14 (benchmarks/realtext/): the rules their false alarms and misses asked
for, each as rows that pass and rows that fail with the exact message.

- A U.S. court transcript numbers its lines 1-25 in the margin and a copy runs them into the words
  (`17 THE COURT: Is your law clerk … 18 Okay.`): in a text whose paragraphs open so, the numbers that
  go on with the count are no one's words (linenumbers.py), so labels read and quotes read over them.
- A court's voice from the floor names itself (`A VOICE: Daniel Kummer from NBC Universal, and…`);
  `PRESS REPRESENTATIVE:` names no one.
- A bracket for a turn's `you` names whom the turn speaks to: the speaker before it, or the one its sentence
  first calls (`Mr. Chan, is your client here?`), never another (addressees.py).
- The Japanese Diet's record prints `名前君 ` and `議長(名前君) ` before the words, and ○ in the NDL's
  edition (printedlabels.py); a bracket may add the name a title stands for (`[岸田]総理`) when the
  paragraph names that person, never another (japanese.py).
- TheyWorkForYou's speaker line: the name, the party and the time (`Mark Drakeford Labour 1:53, 19
  March 2024`) on a line of its own (partylines.py).
- A broadcaster's shotlist gives a soundbite after its timecode and speaker (`00:00:35 SOUNDBITE by Ann Lee,
  Minister (In English) saying that: …`), a journalist's question inside it, then the answer (shotlists.py).
- A story's second reference by office (`the secretary`) and its `he said` are the person it introduced
  as `Acting Secretary of the Army Les Brownlee` (an acting holder holds the office; `the` after `of`).
"""
from __future__ import annotations

import pytest
from quotecheck import PEOPLE, paras_of, source

from briefbuild.checking import verify
from briefbuild.inputs.models import Person, Quote

CAST = {**PEOPLE,
        "hanako-sato": Person(id="hanako-sato", name="Hanako Sato", role="Speaker", labels=["佐藤花子"]),
        "taro-yamada": Person(id="taro-yamada", name="Taro Yamada", role="Member", labels=["山田太郎"])}

_COURT = ("1 (Case called)\n\n"
          "2 MR. CHAN: Good morning, your Honor. Bo Chan for the 3 government.\n\n"
          "4 THE COURT: Good morning. We will sit until 5 5 o'clock. Not today, 6 tomorrow.\n\n"
          "7 MS. LEE: Thank you.\n\n"
          "8 A VOICE: Ruth Jones from Reuters, and with 9 me is a colleague.\n\n"
          "10 PRESS REPRESENTATIVE: We hope to stay 11 all day.")
_JUDGE = {"THE COURT": "jane-doe"}
_BAR = ("1 MR. CHAN: Bo Chan for the 2 government.\n\n3 A VOICE: Ruth Jones from Reuters, and with 4 me is a colleague.\n\n"
        "5 THE COURT: Is your colleague in front of the 6 bar? Mr. Chan, is your client here?")
ADDRESSED = ("[{who}] names {name} for the source's 'your', but the turn speaks to Ruth Jones, who spoke before it: a "
             "bracket for 'you' may only name whom the speaker addresses; name Jones or keep 'your'")
_DIET = ("議長(佐藤花子君) これより会議を開きます。山田太郎君。\n\n〔山田太郎君登壇〕\n\n山田太郎君 自由党の山田太郎です。\n\n"
         " 岸田内閣は続きます。総理の責任は重大であります。")
_NDL = "○議長(佐藤花子君)　開会します。\n\n○山田太郎君　質問します。"
_MARKED = "○佐藤花子　開会します。\n\n○山田太郎　質問します。"
_TWFY = ("Ann Lee Labour 1:51, 19 March 2024\n\nQuestions now from the party leaders.\n\nBo Chan Plaid Cymru\n\n"
         "Will the minister act?\n\nAnn Lee Labour 1:53, 19 March 2024\n\nI thank the member for that question.")
_SHOT = ("00:00:00 Title 00:00:05\n\n00:00:05 Arrival of Bo Chan , President 00:00:30\n\n"
         "00:00:35 SOUNDBITE by Ann Lee, Minister (In English) saying that: We will act. Journalist: Question on budget "
         "We will see. Journalist: Will you resign? No, I will stay. 00:01:18\n\n"
         "00:01:20 SOUNDBITE (English) Bo Chan: The summit went well. 00:01:30")
_NAVY = ("NORFOLK (Navy News Service) - Acting Secretary of the Navy Jane Doe visited sailors on Monday.\n\n"
         "The secretary said she sees progress in the fleet.\n\n"
         'The work is "never easy," she said. "We are proud of them."')
_DEPUTY = ("NORFOLK (Navy News Service) - Deputy Secretary of the Navy Jane Doe visited sailors on Monday.\n\n"
           'The work is "never easy," the secretary said.')
NOT_FOUND_NUMBER = "not verbatim in the source: fix the quote or mark changes with [brackets] and …"

# (text, voice, offices, quoted speaker, paragraph, quote)
PASS = [
    (_COURT, "transcript", _JUDGE, "bo-chan", 2, "Bo Chan for the government."),
    (_COURT, "transcript", _JUDGE, "jane-doe", 3, "Not today, tomorrow."),
    (_COURT, "transcript", _JUDGE, "jane-doe", 3, "We will sit until 5 o'clock."),
    (_COURT, "transcript", _JUDGE, "ann-lee", 4, "Thank you."),
    (_COURT, "transcript", _JUDGE, "ruth-jones", 5, "Ruth Jones from Reuters, and with me is a colleague."),
    (_BAR, "transcript", _JUDGE, "jane-doe", 3, "Is [Ms. Jones's] colleague in front of the bar?"),
    (_BAR, "transcript", _JUDGE, "jane-doe", 3, "is [Mr. Chan's] client here?"),
    (_BAR, "transcript", _JUDGE, "jane-doe", 3, "Is [the reporter's] colleague in front of the bar?"),
    (_DIET, "transcript", {}, "hanako-sato", 1, "これより会議を開きます。"),
    (_DIET, "transcript", {}, "taro-yamada", 3, "自由党の山田太郎です。"),
    (_DIET, "transcript", {}, "taro-yamada", 4, "総理の責任は重大であります。"),
    (_DIET, "transcript", {}, "taro-yamada", 4, "岸田内閣は続きます。[岸田]総理の責任は重大であります。"),
    (_NDL, "transcript", {}, "hanako-sato", 1, "開会します。"),
    (_NDL, "transcript", {}, "taro-yamada", 2, "質問します。"),
    (_MARKED, "transcript", {}, "hanako-sato", 1, "開会します。"),
    (_MARKED, "transcript", {}, "taro-yamada", 2, "質問します。"),
    (_TWFY, "transcript", {}, "ann-lee", 2, "Questions now from the party leaders."),
    (_TWFY, "transcript", {}, "bo-chan", 4, "Will the minister act?"),
    (_TWFY, "transcript", {}, "ann-lee", 6, "I thank the member for that question."),
    (_SHOT, "transcript", {}, "ann-lee", 3, "We will act."),
    (_SHOT, "transcript", {}, "ann-lee", 3, "We will see."),
    (_SHOT, "transcript", {}, "ann-lee", 3, "No, I will stay."),
    (_SHOT, "transcript", {}, "bo-chan", 4, "The summit went well."),
    (_NAVY, "reported", {}, "jane-doe", 3, "never easy"),
    (_NAVY, "reported", {}, "jane-doe", 3, "We are proud of them."),
]

FAIL = [
    (_COURT, "transcript", _JUDGE, "jane-doe", 3, "Not today, 6 tomorrow.", NOT_FOUND_NUMBER),
    (_COURT, "transcript", _JUDGE, "ruth-jones", 6, "We hope to stay all day.",
     "paragraph 6 is in the turn of 'PRESS REPRESENTATIVE' (line 11), whose words no person can be quoted from, "
     "not Ruth Jones's"),
    (_COURT, "transcript", _JUDGE, "bo-chan", 4, "Thank you.",
     "paragraph 4 gives these words to Ann Lee, not to Bo Chan: fix the speaker"),
    (_BAR, "transcript", _JUDGE, "jane-doe", 3, "Is [Mr. Chan's] colleague in front of the bar?",
     ADDRESSED.format(who="Mr. Chan's", name="Chan")),
    (_DIET, "transcript", {}, "taro-yamada", 1, "これより会議を開きます。",
     "paragraph 1 gives these words to Hanako Sato, not to Taro Yamada: fix the speaker"),
    (_DIET, "transcript", {}, "hanako-sato", 3, "自由党の山田太郎です。",
     "paragraph 3 gives these words to Taro Yamada, not to Hanako Sato: fix the speaker"),
    (_DIET, "transcript", {}, "taro-yamada", 4, "岸田内閣は続きます。[安倍]総理の責任は重大であります。",
     "[安倍] makes '総理の責任は重大であります' into '安倍総理の責任は重大であります', another word: a bracket "
     "inside a word may only change its case or inflection"),
    (_NDL, "transcript", {}, "hanako-sato", 2, "質問します。",
     "paragraph 2 gives these words to Taro Yamada, not to Hanako Sato: fix the speaker"),
    (_TWFY, "transcript", {}, "ann-lee", 4, "Will the minister act?",
     "paragraph 4 gives these words to Bo Chan, not to Ann Lee: fix the speaker"),
    (_SHOT, "transcript", {}, "ann-lee", 3, "Will you resign?",
     "paragraph 3 is in the turn of 'Journalist' (line 5), whose words no person can be quoted from, not Ann Lee's"),
    (_SHOT, "transcript", {}, "bo-chan", 2, "Arrival of Bo Chan",
     "paragraph 2 comes before the transcript's first speaker label: no one is given these words, not Bo Chan"),
    (_SHOT, "transcript", {}, "bo-chan", 3, "We will act.",
     "paragraph 3 gives these words to Ann Lee, not to Bo Chan: fix the speaker"),
    (_DEPUTY, "reported", {}, "jane-doe", 2, "never easy",
     "paragraph 2 does not attribute these words to one named person (the attribution found: 'the secretary "
     "said.'): they cannot be quoted as Jane Doe's"),
]


def _problems(text: str, voice: str, offices: dict, speaker: str, paragraph: int, quote: str) -> str:
    q = Quote(id="q", speaker=speaker, kind="direct", text=quote, paragraph=paragraph)
    src = source(text, voice, offices=offices, language="ja" if "君" in text else None)
    return " | ".join(p.message for p in verify.verify_quote(q, src, paras_of(text), CAST))


@pytest.mark.parametrize("row", PASS, ids=[f"{r[3]}-{r[5][:30]}" for r in PASS])
def test_a_legitimate_form_of_the_round_14_texts_passes(row):
    assert _problems(*row) == ""


@pytest.mark.parametrize("row", FAIL, ids=[f"{r[3]}-{r[5][:30]}" for r in FAIL])
def test_a_misquote_of_the_round_14_forms_fails_with_its_exact_message(row):
    *args, message = row
    assert _problems(*args) == message


# A line that opens with a known name and goes on as a sentence stays text; the layouts are read only where
# a text shows them (three numbered turns; a known person's Diet label).
LINES = [
    ("Ann Lee Labour 1:51, 19 March 2024\n\nWe act.\n\nBo Chan said the plan works\n\nIt does.", 3, "bo-chan",
     "the source does not name Bo Chan at paragraph 3: check the speaker"),
    ("2 MR. CHAN: We need 3 more days.", 1, "bo-chan",
     "paragraph 1 comes before the transcript's first speaker label: no one is given these words, not Bo Chan"),
]


@pytest.mark.parametrize("row", LINES, ids=[r[0][:30] for r in LINES])
def test_a_sentence_after_a_name_and_a_lone_numbered_line_stay_text(row):
    text, paragraph, speaker, message = row
    assert _problems(text, "transcript", {}, speaker, paragraph, text.split("\n\n")[paragraph - 1][:20]) == message

"""Claims that name a speaker by title: AP's second reference, as the sources read it (titles.py).

`the <office>` names the person the text before it last introduced with that office (`Defence
Minister Jane Doe`, `Jane Doe, the defence minister,`); with no one introduced so, the one person
named before it whom people.yaml gives the office (role, labels, introduction); no one when two
hold it there, or none. An office with a rank before it lends no noun. A title that is the subject
of a verb of saying, with no one before it, may name the person the same sentence then names as
the subject of its next verb of saying, when people.yaml gives them the title. Before, only the
subject of a verb of saying in the sentence just before counted (`Austin said X. {q}, the
secretary said.` passed, `Lee left. The minister said {q}` failed).
"""
from __future__ import annotations

from attribution_cases import GIVES, UNATTRIBUTED

# Beside the cast of quotecheck.py: a secretary to refer forward to, a vice president, and a
# person whose office only their introduction gives.
EXTRA_CAST = [
    dict(id="leo-park", name="Leo Park", role="Secretary of Defense"),
    dict(id="vera-lind", name="Vera Lind", role="Vice President"),
    dict(id="tomo-abe", name="Tomo Abe", role="Official", introduction={"en": "the foreign minister of Ruritania"}),
]
TITLE_QUOTES = {"lee-q": "ann-lee", "lee-q2": "ann-lee", "chan-q": "bo-chan", "chan-q2": "bo-chan",
                "doe-q": "jane-doe", "kishida-q": "fumio-kishida", "santos-q": "maria-santos",
                "akesson-q": "bjorn-akesson", "dujarric-q": "stephane-dujarric", "kjp-q": "karine-jean-pierre",
                "park-q": "leo-park", "park-q2": "leo-park", "lind-q": "vera-lind", "abe-q": "tomo-abe"}
AMBIGUOUS = ("direct quote '{q}' is not attributed: '{t}' could be {a} or {b}, each named before it and holding that "
             "office: name {s} in its place ({s} said {{{q}}})")
_TRUMAN = "The secretary said former President Santos was {%s}, and Park quoted the former president, saying {%s}."

# (block before the claim, claim, quote id, message or '')
TITLE_CLAIMS = [
    # people.yaml gives the office: the one person named before the title who holds it
    ("", "Lee left. The minister said {lee-q}.", "lee-q", ""),
    ("", "Lee left. {lee-q}, the minister said.", "lee-q", ""),
    ("", "Lee left. {lee-q}, said the minister.", "lee-q", ""),
    ("", "Lee left. {lee-q}, the minister told reporters.", "lee-q", ""),
    ("", "Lee met Chan, and the minister said {lee-q}.", "lee-q", ""),
    ("", "In Tokyo, after Lee met Chan, the minister told reporters {lee-q}.", "lee-q", ""),
    ("", "Lee left. The minister, speaking in Tokyo, said {lee-q}.", "lee-q", ""),
    ("", "Lee left. According to the minister, {lee-q}.", "lee-q", ""),
    ("", "Lee left. {lee-q}, according to the minister.", "lee-q", ""),
    ("", "Lee left. As the minister said, {lee-q}.", "lee-q", ""),
    ("", "Lee left. In the minister’s words, {lee-q}.", "lee-q", ""),
    ("", "Lee left. The minister’s answer was blunt: {lee-q}.", "lee-q", ""),
    ("", "Lee left. Did the minister say {lee-q}?", "lee-q", ""),
    ("", "Kishida met Lee. The minister said {lee-q}.", "lee-q", ""),  # a prime minister is not `the minister`
    ("", "Lee met Kishida. The prime minister said {kishida-q}.", "kishida-q", ""),
    ("", "Santos arrived. The president said {santos-q}.", "santos-q", ""),
    ("", "Åkesson arrived. {akesson-q}, the Secretary-General said.", "akesson-q", ""),
    ("", "Abe arrived. The foreign minister said {abe-q}.", "abe-q", ""),  # from the introduction
    ("", "The plan is ready, Park said. {park-q}, the secretary said.", "park-q", ""),
    # the text introduced the office: that person, before anyone people.yaml gives it
    ("", "Defence Minister Jane Doe met Chan. The minister said {doe-q}.", "doe-q", ""),
    ("", "Jane Doe, the defence minister, met Chan. {doe-q}, the minister said.", "doe-q", ""),
    ("", "Defence Minister Jane Doe met Lee. The minister said {doe-q}.", "doe-q", ""),
    # the block before the claim, when the claim names no one for the title
    ("Lee spoke on Tuesday.", "The minister said {lee-q}.", "lee-q", ""),
    ("Defence Minister Jane Doe spoke on Tuesday.", "{doe-q}, the minister said.", "doe-q", ""),
    # forward: the subject of the sentence's next verb of saying, when people.yaml gives them the title
    ("", _TRUMAN % ("park-q", "santos-q"), "park-q", ""),
    ("", _TRUMAN % ("park-q", "santos-q"), "santos-q", ""),
    ("", "{park-q}, the secretary said, and Park added {park-q2}.", "park-q", ""),
    ("", "The minister said {lee-q}, and Lee added {lee-q2}.", "lee-q", ""),
    # no one, or someone else
    ("", "Chan left. The minister said {lee-q}.", "lee-q", UNATTRIBUTED.format(q="lee-q", s="Lee")),
    ("", "Chan left. {lee-q}, said the minister.", "lee-q", UNATTRIBUTED.format(q="lee-q", s="Lee")),
    ("", "Chan left. In the minister’s words, {lee-q}.", "lee-q", UNATTRIBUTED.format(q="lee-q", s="Lee")),
    ("", "The minister said {lee-q}.", "lee-q", UNATTRIBUTED.format(q="lee-q", s="Lee")),
    ("", "The minister said Lee was {lee-q}.", "lee-q", UNATTRIBUTED.format(q="lee-q", s="Lee")),
    ("", "Lee left. The spokesman for the minister said {lee-q}.", "lee-q", UNATTRIBUTED.format(q="lee-q", s="Lee")),
    ("", "Lee left. The wife of the minister said {lee-q}.", "lee-q", UNATTRIBUTED.format(q="lee-q", s="Lee")),
    ("", "Lee left. The former minister said {lee-q}.", "lee-q", UNATTRIBUTED.format(q="lee-q", s="Lee")),
    ("", "Lind arrived. The president said {lind-q}.", "lind-q", UNATTRIBUTED.format(q="lind-q", s="Lind")),
    ("", "Vice President Vera Lind arrived. The president said {lind-q}.", "lind-q",
     UNATTRIBUTED.format(q="lind-q", s="Lind")),
    ("", "Jean-Pierre arrived. The secretary said {kjp-q}.", "kjp-q", UNATTRIBUTED.format(q="kjp-q", s="Jean-Pierre")),
    ("", "Dujarric arrived. The secretary-general said {dujarric-q}.", "dujarric-q",
     UNATTRIBUTED.format(q="dujarric-q", s="Dujarric")),
    ("", "Lee met Doe. The minister said {lee-q}.", "lee-q",
     AMBIGUOUS.format(q="lee-q", t="the minister", a="Ann Lee", b="Jane Doe", s="Lee")),
    ("", "Defence Minister Jane Doe met Minister Ann Lee. The minister said {lee-q}.", "lee-q",
     AMBIGUOUS.format(q="lee-q", t="the minister", a="Ann Lee", b="Jane Doe", s="Lee")),
    ("", "Defence Minister Jane Doe met Lee. The minister said {lee-q}.", "lee-q",
     GIVES.format(q="lee-q", a="Ann Lee", b="Jane Doe", s="Lee")),
    ("", "Lee met Kishida. The prime minister said {lee-q}.", "lee-q",
     GIVES.format(q="lee-q", a="Ann Lee", b="Fumio Kishida", s="Lee")),
    ("", "Kishida met Lee. The minister said {kishida-q}.", "kishida-q",
     GIVES.format(q="kishida-q", a="Fumio Kishida", b="Ann Lee", s="Kishida")),
    ("", "Kishida met Lee. In the minister’s words, {kishida-q}.", "kishida-q",
     GIVES.format(q="kishida-q", a="Fumio Kishida", b="Ann Lee", s="Kishida")),
    ("", "The plan is ready, Park said. {lee-q}, the secretary said.", "lee-q",
     GIVES.format(q="lee-q", a="Ann Lee", b="Leo Park", s="Lee")),
    ("Chan spoke on Tuesday.", "The minister said {lee-q}.", "lee-q", UNATTRIBUTED.format(q="lee-q", s="Lee")),
    ("Kishida spoke on Tuesday.", "The prime minister said {lee-q}.", "lee-q",
     GIVES.format(q="lee-q", a="Ann Lee", b="Fumio Kishida", s="Lee")),
    # the block's minister comes first: the sentence ahead is read only when no one is named before
    ("Defence Minister Jane Doe spoke on Tuesday.", "The minister said {lee-q}, and Lee added {lee-q2}.", "lee-q",
     GIVES.format(q="lee-q", a="Ann Lee", b="Jane Doe", s="Lee")),
    ("", _TRUMAN % ("santos-q", "park-q"), "santos-q", GIVES.format(q="santos-q", a="Maria Santos", b="Leo Park", s="Santos")),
    ("", "The secretary said the plan was {chan-q}, and Chan added {chan-q2}.", "chan-q",
     UNATTRIBUTED.format(q="chan-q", s="Chan")),
    ("", "The secretary said the plan was {lee-q}, and Park added {park-q}.", "lee-q",
     GIVES.format(q="lee-q", a="Ann Lee", b="Leo Park", s="Lee")),
    # A participle of saying after an inverted attribution by title (`a {q}, said the Secretary General,
    # adding that {q2}`, NATO's release of 16 February 2022): the participle's subject is the title the
    # quote before it was given to; before, only `the secretary said, adding` was read so.
    ("", "Park thanked Lee for the help. These contributions are a {park-q}, said the secretary, adding that "
         "{park-q2}", "park-q2", ""),
    ("", "Park thanked Lee. It is a {park-q}, said the Secretary of Defense, adding that {park-q2}", "park-q2", ""),
    ("", "Lee thanked Park. It is a {park-q}, said the minister, adding that {park-q2}", "park-q2",
     GIVES.format(q="park-q2", a="Leo Park", b="Ann Lee", s="Park")),
    ("", "Park and Lee met. It is a {park-q}, said the secretary, adding that {lee-q}", "lee-q",
     GIVES.format(q="lee-q", a="Ann Lee", b="Leo Park", s="Lee")),
    ("", "Lee thanked Park. It was good, said the secretary, adding that {park-q2}", "park-q2",
     UNATTRIBUTED.format(q="park-q2", s="Park")),  # no quote before it: an inverted title is read after one only
]

"""A claim's first person is its writers; a person quoted is told something by them (claimspeaker.WRITERS).

On the source side a speaker's `I` is the speaker (a transcript, a speech). In a brief's own prose,
`I said`, `we noted`, `as I argued` are the analyst's words: a quote they introduce is not given to
the last person named (`Lee spoke. I said: {q}` passed as Lee's). A person who tells the writer
something (`Lee told me`, `Lee m'a dit`, `Lee nos dijo`, `Lee sagte uns`) is still the speaker: French
object pronouns before the verb (`me`, `m'`, `nous`, `vous`) are no subject (`Lee nous a dit que {q}`
was refused as naming no one).
"""
from __future__ import annotations

import pytest
from quotecheck import PEOPLE

from briefbuild.checking.claims import claim_problem
from briefbuild.inputs.models import Quote

QUOTES = {"lee-q": Quote(id="lee-q", speaker="ann-lee", kind="direct", text="We will act", paragraph=1),
          "lee-p": Quote(id="lee-p", speaker="ann-lee", kind="paraphrase", text="she will act", paragraph=1)}
WRITER = ("direct quote 'lee-q' is Ann Lee's words, but the claim gives them to '{w}', which in the brief's own words "
          "is its writers: make Lee the subject of the verb that introduces it (Lee said {{lee-q}})")
FOREIGN_NONE = "direct quote 'lee-q' is not attributed: name Lee before it"
CHAN = ("direct quote 'lee-q' is Ann Lee's words, but the claim gives them to Bo Chan: make Lee the subject of the "
        "verb that introduces it (or, if they are Bo Chan's words, correct the quote's speaker in its source)")

# (claim, language, quote id, message or "")
ROWS = [
    ("Lee spoke. I said: {lee-q}.", None, "lee-q", WRITER.format(w="I")),
    ("Lee spoke. We said {lee-q}.", None, "lee-q", WRITER.format(w="We")),
    ("Lee spoke first. As I noted, {lee-q}.", None, "lee-q", WRITER.format(w="I")),
    ("Lee spoke. I would argue {lee-q}.", None, "lee-q", WRITER.format(w="I")),
    ("I told Lee that {lee-q}.", None, "lee-q", WRITER.format(w="I")),
    ("Lee spoke. I said {lee-p}.", None, "lee-p",
     "paraphrase 'lee-p' is Ann Lee's, but the claim introduces it with 'I', which in the brief's own words is its "
     "writers: make Lee the subject of the verb that introduces it, or place {lee-p} alone (it prints as "
     "'Lee said that …')"),
    ("Lee told me {lee-q}.", None, "lee-q", ""),
    ("Lee told us that {lee-q}.", None, "lee-q", ""),
    ("I asked Lee about it. She said {lee-q}.", None, "lee-q", ""),
    ("When I met Lee, she said {lee-q}.", None, "lee-q", ""),
    ("We asked Lee, who said {lee-q}.", None, "lee-q", ""),
    ("Lee told me that {lee-p}.", None, "lee-p", ""),
    ("Lee m'a dit que {lee-q}.", "fr", "lee-q", ""),
    ("Lee nous a dit que {lee-q}.", "fr", "lee-q", ""),
    ("Lee m'a confié : {lee-q}.", "fr", "lee-q", ""),
    ("Lee vous a dit que {lee-q}.", "fr", "lee-q", ""),
    ("Chan nous a dit que {lee-q}.", "fr", "lee-q", CHAN),
    ("Lee a parlé. J'ai dit : {lee-q}.", "fr", "lee-q", FOREIGN_NONE),
    ("Lee a parlé. Nous avons dit que {lee-q}.", "fr", "lee-q", FOREIGN_NONE),
    ("Lee me dijo que {lee-q}.", "es", "lee-q", ""),
    ("Lee nos dijo que {lee-q}.", "es", "lee-q", ""),
    ("Lee habló. Yo dije: {lee-q}.", "es", "lee-q", FOREIGN_NONE),
    ("Lee sagte uns: {lee-q}.", "de", "lee-q", ""),
    ("Lee hat mir gesagt, {lee-q}.", "de", "lee-q", ""),
    ("Lee sprach. Ich sagte: {lee-q}.", "de", "lee-q", FOREIGN_NONE),
]


@pytest.mark.parametrize("claim,language,qid,message", ROWS, ids=[r[0] for r in ROWS])
def test_a_claims_first_person_is_its_writers(claim, language, qid, message):
    assert (claim_problem(claim, qid, QUOTES, PEOPLE, language=language) or "") == message

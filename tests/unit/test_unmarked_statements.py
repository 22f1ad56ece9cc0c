"""A statement set off below `Name said:` without quotation marks (GOV.UK's block quote in a plain copy)
runs on over the next paragraphs while they speak in the speaker's first person, and stops for good
at the first that is the writer’s again (statements.py): rows that pass and rows that fail, exact messages.
"""
from __future__ import annotations

import pytest
from quotecheck import problems

REPORTER = ("the text of paragraph {k} is the reporter's wording, not in the source's quotation marks: it is not "
            "Lee’s own words; nor does the source attribute that paragraph to them: check the speaker")
# DfE's release of 22 December 2022 in this shape: two paragraphs of the minister's, then the release's own
_RELEASE = ("The government confirmed the funding.\n\nEducation Secretary Ann Lee said:\n\n"
            "Giving children meals supports them.\n\n{next}")
_DELIGHTED = _RELEASE.format(next="It's fantastic to see it work, and I'm delighted to announce it.\n\n{next}")
# MOD's statement of 14 April 2021 in this shape: three paragraphs, the first without `I` or `we`
_STATEMENT = ("Ann Lee, Defence Minister, said:\n\nThe people deserve peace.\n\n"
              "As we draw down, our people remain our priority.\n\nWe must remember those who paid.")

PASS = [
    (_DELIGHTED.format(next="The programme started as a pilot in 2018."), 4, None, "I'm delighted to announce it"),
    (_DELIGHTED.format(next=""), 3, 4, "Giving children meals supports them. It's fantastic to see it work"),
    (_STATEMENT, 3, None, "our people remain our priority"),
    (_STATEMENT, 4, None, "We must remember those who paid"),
    (_STATEMENT, 2, 4, "The people deserve peace. As we draw down, … We must remember those who paid"),
    (_DELIGHTED.format(next="We will fund the clubs."), 5, None, "We will fund the clubs"),
    # the writer's `we` before the statement: `I` still marks the speaker
    ("We are funding the clubs.\n\nAnn Lee said:\n\nThe clubs matter.\n\nI will fund them.", 4, None,
     "I will fund them"),
]

FAIL = [
    # the third person is the writer's, and the block does not resume after it
    (_DELIGHTED.format(next="The programme started as a pilot in 2018."), 5, "The programme started as a pilot",
     REPORTER.format(k=5)),
    (_DELIGHTED.format(next="The programme started in 2018.\n\nWe will fund it."), 6, "We will fund it",
     REPORTER.format(k=6)),
    # a release's closing sections, a heading, a contact line
    (_DELIGHTED.format(next="Notes to editors\n\nWe will publish the data in May."), 6,
     "We will publish the data in May", REPORTER.format(k=6)),
    (_DELIGHTED.format(next="Notes to editors: we will publish the data in May."), 5,
     "we will publish the data in May", REPORTER.format(k=5)),
    (_DELIGHTED.format(next="ENDS\n\nWe will fund the clubs."), 6, "We will fund the clubs", REPORTER.format(k=6)),
    (_DELIGHTED.format(next="Background\n\nWe will fund the clubs."), 6, "We will fund the clubs",
     REPORTER.format(k=6)),
    (_DELIGHTED.format(next="Our plans for 2024\n\nWe will fund the clubs."), 6, "We will fund the clubs",
     REPORTER.format(k=6)),
    (_DELIGHTED.format(next="Media enquiries: our press office, 020 7946 0000"), 5, "our press office",
     REPORTER.format(k=5)),
    # the writer names the speaker, or a new attribution begins
    (_DELIGHTED.format(next="Ms Lee visited our club in Guildford today."), 5, "visited our club in Guildford",
     REPORTER.format(k=5)),
    (_DELIGHTED.format(next="Bo Chan said we should wait."), 5, "we should wait", REPORTER.format(k=5)),
    (_DELIGHTED.format(next="The minister said we should wait."), 5, "we should wait", REPORTER.format(k=5)),
    (_DELIGHTED.format(next="She added that we should wait."), 5, "we should wait",
     "the text of paragraph 5 is the reporter's wording, not in the source's quotation marks: it is not Lee’s own "
     "words; make it kind: paraphrase"),
    # the writer says `we` too: `we` no longer tells the voices apart
    ("We are funding the clubs.\n\nAnn Lee said:\n\nThe clubs matter.\n\nWe will fund them.", 4, "We will fund them",
     REPORTER.format(k=4)),
]


@pytest.mark.parametrize("row", PASS, ids=[r[3][:40] for r in PASS])
def test_a_statement_runs_on_while_it_speaks_in_the_first_person(row):
    text, paragraph, last, quote = row
    assert problems(text, quote, "ann-lee", paragraph, last=last) == ""


@pytest.mark.parametrize("row", FAIL, ids=[r[2][:40] for r in FAIL])
def test_the_writers_paragraph_after_a_statement_is_not_the_speakers(row):
    text, paragraph, quote, message = row
    assert problems(text, quote, "ann-lee", paragraph) == message

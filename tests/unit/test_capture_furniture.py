"""Page furniture (capture/furniture.py): the lines newsrooms and press offices print around an
article, as whole paragraphs, and the lines that look like them but are someone's text.

The forms follow the conventions: '###' and '-30-' end a US press release, 'ENDS' a UK one
('- more -' at a page's foot says it goes on); GOV.UK, the BBC, the Guardian and Reuters stamp
'Published …'/'Last updated …'/'Updated … GMT'; Reuters and AP close with 'Reporting by …;
Editing by …'; sites add share bars, 'Read more:'/'Related:' teasers, sign-up, paywall and
cookie prompts, and bylines.
"""
from __future__ import annotations

import pytest

from briefbuild.capture.furniture import kind, note

FURNITURE = [
    ("###", "end"), ("# # #", "end"), ("-30-", "end"), ("- 30 -", "end"), ("ENDS", "end"), ("-ENDS-", "end"),
    ("END", "end"), ("- more -", "end"),
    ("Published 6 December 2022", "stamp"), ("Last updated 12 January 2023", "stamp"),
    ("Published: 12:00 AM, December 6, 2022", "stamp"), ("Updated 3 hours ago", "stamp"),
    ("First published on Tue 6 Dec 2022 10.32 GMT", "stamp"), ("Posted on December 6, 2022 at 10:32 am", "stamp"),
    ("Released 6 December 2022 | 10:00 JST", "stamp"), ("Last updated on 2022-12-06T10:32:00Z", "stamp"),
    ("Share this article", "share"), ("Share on Twitter", "share"), ("Share this article Twitter Facebook", "share"),
    ("Print this page", "share"), ("Copy link", "share"),
    ("Read more: UK announces new frigate programme", "teaser"), ("Related: Japan's defence budget grows", "teaser"),
    ("READ MORE", "teaser"), ("Most read", "teaser"),
    ("Advertisement", "advertising"), ("Story continues below advertisement", "advertising"),
    ("We use cookies to improve your experience. Accept all cookies", "cookies"),
    ("Sign up to our newsletter for the latest defence news.", "subscription"),
    ("Subscribe now for $1 a week. Already a subscriber? Log in", "subscription"),
    ("You have read 3 of 3 free articles this month.", "subscription"),
    ("Subscribe to read the rest of this article.", "paywall"),
    ("Sign in to read the full story. Already a subscriber? Log in", "paywall"),
    ("This article is for subscribers only.", "paywall"),
    ("Reporting by Kiyoshi Takenaka; Editing by Alex Richardson", "credits"),
    ("(Reporting by Kiyoshi Takenaka in Tokyo; additional reporting by Ann Lee)", "credits"),
    ("By Jane Doe", "byline"), ("By Jane Doe, Defence Correspondent", "byline"), ("By JANE DOE | Harbor Times", "byline"),
    # A print view's header and footer, and the reprint notice of Dow Jones and others.
    ("Harbor Times — printed from harbortimes.example", "print"), ("Printed from harbortimes.example", "print"),
    ("Printed from https://www.harbortimes.example/world/2024/05/14/japan-nato", "print"),
    ("Printed from harbortimes.example on 14 May 2024", "print"), ("Printed on December 6, 2022 at 10:32 am", "print"),
    ("The Harbor Times | Printed on 2024-05-14", "print"),
    ("This copy is for your personal, non-commercial use only.", "print"),
    ("This copy is for your personal, non-commercial use only. To order presentation-ready copies for distribution to "
     "your colleagues, clients or customers visit https://www.djreprints.com.", "print"),
]

# Text: the same words inside a sentence, someone's words in quotation marks, a correction.
TEXT = [
    "The end of the war came in May.", "End the blockade now, the protesters demanded.",
    "Updated with new data", "Updated: the minister resigned on Friday.", "Published by the ministry in March.",
    "Update 12 January: a line on the parliamentary timetable was added.",
    "Related to this, the ministry said it would publish its plan.",
    "Read more: ‘We will not back down’, says minister", "Related: “We will act,” says minister",
    "Share prices fell 3% on the news.", "Print editions were delayed by the strike.",
    "Websites that use cookies must ask first, the regulator said.",
    "Subscribe to the treaty, the minister urged allies.", "Sign up for the reserve opened in May, the ministry said.",
    "Subscribers to the scheme will get updates from the ministry, officials said.",
    "By Tuesday, the talks had collapsed.", "By then it was too late.", "By then it was", "By land and sea",
    "“ENDS”", "6 December 2022",
    "Editing by hand, the clerks said, took weeks.",
    "Printed copies of the proposal were handed to ministers last week, officials said.",
    "Printed from the ministry's archive, the list names 40 officials.", "Printed on recycled paper.",
    "Printed on 6 December, the leaflets urged voters to stay home.", "The Times printed from its own presses until 1998.",
    "This copy of the treaty is for the ministry's use only, the note says.",
]


@pytest.mark.parametrize("line, expected", FURNITURE)
def test_furniture_is_known_by_its_form(line, expected):
    assert kind(line) == expected


@pytest.mark.parametrize("line", TEXT)
def test_text_that_looks_like_furniture_is_kept(line):
    assert kind(line) is None


def test_every_line_left_out_is_listed_once_with_its_count():
    assert note(["Share this article", "Advertisement", "Share this article"]) == [
        "left out 3 lines of page furniture, not the source's words: 'Share this article' (×2), 'Advertisement'"]
    assert note([]) == []

"""A saved live blog keeps each entry's time, and a sentence keeps the words of its inline
elements (<time>, <q>), as the page shows them. Pages written here in the shapes live blogs
and CMSs use (entries in wrappers with a header, entries set one after another, times shown as
a clock, as '2h ago', over one day or several)."""
from __future__ import annotations

import pytest
from quotecheck import problems

from briefbuild.capture import capture
from briefbuild.checking.verify import paragraphs

LEE = "<p>Ann Lee spoke to reporters outside the venue.</p><p>“We will act on the plan,” she said.</p>"
CHAN = "<p>Bo Chan left the venue shortly after six in a motorcade.</p>"
ROAD = "<p>The first leaders arrived at the venue under heavy security.</p>"


def entry(when: str, shown: str, body: str, head: str = "") -> str:
    return (f"<div class='live-post'><header><time datetime='{when}'>{shown}</time></header>"
            f"{f'<h2>{head}</h2>' if head else ''}{body}</div>")


LIVE = [
    # Entries in wrappers, each time shown as a clock (the Guardian's '1.05pm GMT'; BBC's '14:15').
    ("clock shown",
     entry("2025-07-09T18:40:00+01:00", "6.40pm BST", CHAN) + entry("2025-07-09T14:15:00+01:00", "2.15pm BST", LEE),
     ["[6.40pm BST] Bo Chan left the venue shortly after six in a motorcade.",
      "[2.15pm BST] Ann Lee spoke to reporters outside the venue.", "“We will act on the plan,” she said."]),
    # A heading over the entry takes the stamp; its paragraphs follow.
    ("heading",
     entry("2025-07-09T18:40:00+02:00", "18:40", CHAN, "Chan leaves")
     + entry("2025-07-09T09:02:00+02:00", "09:02", ROAD, "Leaders arrive"),
     ["[18:40] Chan leaves", "Bo Chan left the venue shortly after six in a motorcade.", "[09:02] Leaders arrive",
      "The first leaders arrived at the venue under heavy security."]),
    # A time shown as '2h ago' is no clock: the datetime's own, UTC named only when it is UTC.
    ("relative",
     entry("2025-07-09T16:40:00Z", "2h ago", CHAN) + entry("2025-07-09T07:02:00+02:00", "9h ago", ROAD),
     ["[16:40 UTC] Bo Chan left the venue shortly after six in a motorcade.",
      "[07:02] The first leaders arrived at the venue under heavy security."]),
    # Over two days: each stamp carries its date.
    ("two days",
     entry("2025-07-10T09:02:00+02:00", "09:02", ROAD) + entry("2025-07-09T18:40:00+02:00", "18:40", CHAN),
     ["[2025-07-10 09:02] The first leaders arrived at the venue under heavy security.",
      "[2025-07-09 18:40] Bo Chan left the venue shortly after six in a motorcade."]),
    # Entries set one after another with no wrapper of their own.
    ("unwrapped",
     "<time datetime='2025-07-09T18:40'>18:40</time>" + CHAN + "<time datetime='2025-07-09T14:15'>14:15</time>" + LEE,
     ["[18:40] Bo Chan left the venue shortly after six in a motorcade.",
      "[14:15] Ann Lee spoke to reporters outside the venue.", "“We will act on the plan,” she said."]),
    # No live blog: an article's own published and updated times over its text stamp nothing.
    ("published and updated",
     "<div class='meta'><time datetime='2025-07-09T08:00:00Z'>9 July 2025</time> <time datetime='2025-07-09T10:"
     "30:00Z'>Updated 10:30</time></div>" + CHAN + ROAD,
     ["Bo Chan left the venue shortly after six in a motorcade.",
      "The first leaders arrived at the venue under heavy security."]),
    ("one time", "<header><time datetime='2025-07-09T08:00:00Z'>08:00</time></header>" + CHAN + ROAD,
     ["Bo Chan left the venue shortly after six in a motorcade.",
      "The first leaders arrived at the venue under heavy security."]),
    # A time set under its entry (its foot) opens nothing: no stamp is moved onto the next entry.
    ("time at the foot",
     f"<div class='update'>{CHAN}<footer><time datetime='2025-07-09T18:40'>18:40</time></footer></div>"
     f"<div class='update'>{ROAD}<footer><time datetime='2025-07-09T09:02'>09:02</time></footer></div>",
     ["Bo Chan left the venue shortly after six in a motorcade.",
      "The first leaders arrived at the venue under heavy security."]),
    # A date alone (no time of day) is no entry's time.
    ("dates only",
     entry("2025-07-10", "10 July", ROAD) + entry("2025-07-09", "9 July", CHAN),
     ["The first leaders arrived at the venue under heavy security.",
      "Bo Chan left the venue shortly after six in a motorcade."]),
]


def page(tmp_path, body: str):
    path = tmp_path / "p.html"
    path.write_text(f"<html><head><title>Summit: live</title></head><body><main><article><p>Leaders of the alliance "
                    f"and its partners meet for a second day in the capital.</p>{body}</article></main></body></html>",
                    "utf-8")
    return capture(path)


@pytest.mark.parametrize("name, body, paras", LIVE, ids=[c[0] for c in LIVE])
def test_each_live_entry_opens_with_its_time(tmp_path, name, body, paras):
    # Before: every <time> was dropped, so the entries ran together with nothing to tell them apart.
    got = page(tmp_path, body)
    assert paragraphs(got.text)[1:] == paras
    stamped = sum(p.startswith("[") for p in paras)
    assert any("a live blog" in n for n in got.notes) == bool(stamped)


def test_a_quote_in_a_stamped_entry_is_its_speakers(tmp_path):
    # The stamp is no subject: 'she' is Ann Lee, named after it, whatever form the stamp takes.
    for _, body, _ in LIVE[:5]:
        text = page(tmp_path, body).text
        if "Ann Lee" in text:
            k = next(i for i, p in enumerate(paragraphs(text), 1) if p.startswith("“We will act"))
            assert problems(text, "We will act on the plan", "ann-lee", k) == ""


INLINE = [
    # A time inside a sentence keeps its words (before: 'spoke at today').
    ("<p>Ann Lee spoke at <time datetime='2025-07-09T13:05'>1.05pm</time> today in the chamber.</p>",
     ["Ann Lee spoke at 1.05pm today in the chamber."]),
    ("<p>The talks, held on <time datetime='2025-07-09'>9 July</time>, ended without a statement.</p>",
     ["The talks, held on 9 July, ended without a statement."]),
    # An inline quotation: a browser shows it between quotation marks (before: no marks, and
    # the paragraph ended after it).
    ("<p>Ann Lee called the plan <q>a first step</q> and left the room.</p>",
     ["Ann Lee called the plan “a first step” and left the room."]),
    ("<p>Ann Lee said <q>the word <q>never</q> is not in my plan</q> to reporters.</p>",
     ["Ann Lee said “the word ‘never’ is not in my plan” to reporters."]),
    ("<p>Ann Lee said: <q>We will <em>act</em> on the plan.</q></p><p>Bo Chan said nothing.</p>",
     ["Ann Lee said: “We will act on the plan.”", "Bo Chan said nothing."]),
]


@pytest.mark.parametrize("body, paras", INLINE)
def test_inline_elements_keep_their_words_in_the_sentence(tmp_path, body, paras):
    assert paragraphs(page(tmp_path, body).text)[1:] == paras


def test_an_inline_quotation_is_its_speakers_words(tmp_path):
    text = page(tmp_path, "<p>Ann Lee called the plan <q>a first step toward peace</q> on Tuesday.</p>").text
    assert problems(text, "a first step toward peace", "ann-lee", 2) == ""

"""show: the stored text numbered as check numbers it, each quote marked where it stands."""
from __future__ import annotations

import pytest
from conftest import SAMPLE, SAMPLE_SOURCE

from briefbuild.commands.show import show
from briefbuild.errors import BriefError, InputError


def test_sample_paragraphs_are_numbered_and_quotes_marked_where_they_stand():
    shown = show(SAMPLE, SAMPLE_SOURCE)
    flat = shown.replace("\n     ", " ")
    assert shown.splitlines()[:3] == ["Japan Seeks Deeper Defense Ties with NATO", f"sources/{SAMPLE_SOURCE}.yaml",
                                      "article-magazine, voice reported, 16 paragraphs"]
    assert ("[3] [q:kishida-crossroads] “As the international community stands at a crossroads in history, "
            "[q:kishida-partners] the participation of NATO’s Asia-Pacific partners") in flat
    assert "expresses the realization that [q:kishida-inseparable] the security of Europe" in flat
    assert "[4] Kishida signaled that Japan is looking to deepen its relationship with NATO further…. " \
           "[q:kishida-deepen]" in flat
    assert "[16] [q:nagashima-perspective] “From the U.S. perspective" in flat
    assert max(len(line) for line in shown.splitlines()) <= 88
    assert [line.split("]")[0] for line in shown.splitlines() if line[:1] == "["] == [f"[{k}" for k in range(1, 17)]


def test_an_unknown_source_suggests_the_closest_id():
    with pytest.raises(BriefError) as err:
        show(SAMPLE, "national-defense-2022-12-06-japan-nat")
    assert err.value.message == ("no source 'national-defense-2022-12-06-japan-nat' in sources/ "
                                 f"(did you mean '{SAMPLE_SOURCE}'?): give a source's id (its file name in sources/, "
                                 "without .yaml)")


# A capture whose bibliographic fields are not filled in yet (`add report.pdf` from a PDF with no
# title metadata) is read before they are: show and find use check's stand-in for it and give the
# fields' errors as warnings. A source at fault where its text or quotes are read still fails.
_UNFILLED = [
    ("title: A Story\n", 'title: ""\n', "title: must not be empty"),
    ("title: A Story\n", "", "missing required key 'title'"),
    ('issued: "2024-01-02"\n', 'issued: ""\n', "issued: '' is not a date"),
    ("container-title: The Daily\n", "container-title: The Daily\nathor: Ann Lee\n", "athor"),
]


@pytest.mark.parametrize("old,new,warning", _UNFILLED)
def test_a_source_whose_bibliographic_fields_are_unfilled_is_shown_and_searched(tmp_path, old, new, warning):
    from factory import SOURCE, make_project

    from briefbuild.commands import find as f
    root = make_project(tmp_path, {"sources/s1.yaml": SOURCE.replace(old, new)})
    warnings: list = []
    shown = show(root, "s1", warnings=warnings)
    assert shown.splitlines()[1:3] == ["sources/s1.yaml", "article-newspaper, voice reported, 2 paragraphs"]
    assert "[1] [q:lee-act] “We will act on the plan,” Lee said." in shown
    assert "untitled" not in shown
    assert [w.severity for w in warnings] == ["warning"] and warning in str(warnings[0])
    matches, diags = f.find(root, "act on the plan")
    assert [(m.source, m.paragraph, m.speaker) for m in matches[:1]] == [("s1", 1, "ann-lee")]
    assert [d.severity for d in diags] == ["warning"] and warning in str(diags[0])


@pytest.mark.parametrize("old,new", [
    ("    speaker: ann-lee\n    kind: direct\n", "    kind: direct\n"),  # a quote at fault
    ("type: article-newspaper\n", "type: newspaper-article\n"),  # how its text is read
])
def test_a_source_at_fault_where_its_text_is_read_is_still_refused(tmp_path, old, new):
    from factory import SOURCE, make_project
    root = make_project(tmp_path, {"sources/s1.yaml": SOURCE.replace(old, new)})
    with pytest.raises(InputError):
        show(root, "s1")


_TRANSCRIPT = 'type: interview\ntitle: A Briefing\npublisher: A Department\nissued: "2024-01-02"\ntext: |\n'
_ARTICLE = 'type: article-newspaper\ntitle: A Story\ncontainer-title: The Daily\nissued: "2024-01-02"\ntext: |\n'

# The [q:id] mark stands before the quote's first word wherever its words run (QA: a quote over
# `(Laughter.)` was marked at the end of its paragraph): over the transcriber's notes, a page
# mark, into the next paragraph, after brackets and ellipses. (head, stored text, quote, shown)
_MARKED = [
    (_TRANSCRIPT, "MS. LEE: Good afternoon. I will not characterize the views of an Ally. (Laughter.) What I "
                  "will say is that consensus works.",
     "text: I will not characterize the views of an Ally. What I will say is that consensus works",
     "Good afternoon. [q:q1] I will not characterize"),
    (_TRANSCRIPT, "MS. LEE: Thank you. We stand with Kyiv [Applause.] and we will not waver.",
     "text: We stand with Kyiv and we will not waver", "Thank you. [q:q1] We stand with Kyiv"),
    (_TRANSCRIPT, "MS. LEE: Well. We will - (applause) - we will win this.",
     "text: We will - we will win this", "Well. [q:q1] We will - (applause)"),
    (_TRANSCRIPT, "MS. LEE: First, thanks. The ports are ready\n[page 3]\n(Laughter.) and the ships too.",
     "text: The ports are ready and the ships too", "thanks. [q:q1] The ports are ready --- page 3"),
    (_TRANSCRIPT, "MS. LEE: So. We said it then (Laughter.) and I say it again: the plan is ready.",
     "text: We said it then … the plan is ready", "So. [q:q1] We said it then"),
    (_ARTICLE, "Lee added: “We talked about ships and ports.\n\n“And we will act on all of it.”",
     "text: We talked about ships and ports. And we will act\n    last-paragraph: 2",
     "Lee added: [q:q1] “We talked about"),
    (_ARTICLE, "She said the plan was late. “The plan is ready now, and the ships are too,” Lee said.",
     "text: \"[T]he … ships are too\"", "late. [q:q1] “The plan is ready now"),
    (_ARTICLE, "Lee said: “The harbor, as we know, is full of ships.”",
     "text: \"… is full of ships\"", "as we know, [q:q1] is full of ships"),
    (_ARTICLE, "Lee said: “Our [sic] harbor is full.”", "text: Our [sic] harbor is full",
     "Lee said: [q:q1] “Our [sic] harbor"),
]


@pytest.mark.parametrize("head,stored,quote,shown", _MARKED)
def test_a_quotes_mark_stands_before_its_first_word(tmp_path, head, stored, quote, shown):
    from factory import make_project
    source = (head + "".join(f"  {line}\n" if line.strip() else "\n" for line in stored.split("\n"))
              + f"quotes:\n  - id: q1\n    speaker: ann-lee\n    kind: direct\n    {quote}\n    paragraph: 1\n")
    root = make_project(tmp_path, {"sources/s2.yaml": source})
    flat = " ".join(show(root, "s2").replace("\n     ", " ").split())
    assert shown in flat

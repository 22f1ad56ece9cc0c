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

"""show: the stored text numbered as check numbers it, each quote marked where it stands."""
from __future__ import annotations

import pytest
from conftest import SAMPLE, SAMPLE_SOURCE

from briefbuild.commands.show import show
from briefbuild.errors import BriefError


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
                                 f"(did you mean '{SAMPLE_SOURCE}'?)")

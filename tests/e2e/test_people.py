"""People introduced on first mention: full name with role and affiliation the first time a
brief quotes or paraphrases them, the family name after; pull quotes always say who."""
from __future__ import annotations

import html as htmllib
import re

import pytest
from conftest import SAMPLE_BRIEF, cli
from factory import BRIEF, make_project
from overlays import pdf_text

from briefbuild.inputs.models import Person
from briefbuild.rendering.i18n import language
from briefbuild.rendering.markup import inline
from briefbuild.rendering.people import introduce_in

INTRODUCED = {  # as tests/fixtures/sample/sources/people.yaml introduces them in English
    "Kishida": "Fumio Kishida, the prime minister of Japan,",
    "Nagashima": "Jun Nagashima, an adjunct professor at the National Defense Academy of Japan and a former "
                 "liaison officer to NATO and the European Union,",
    "Lazar": "Liviu Lazar, industry relations coordinator at NATO,",
}


def main_text(page: str) -> str:
    """The body's words, without the pull quotes (they stand apart and always name their speaker)."""
    body = page[page.index('<main'):page.index('</main>')]
    body = re.sub(r'<div class="pull".*?</div>', " ", body, flags=re.S)
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", "", body)).split())


def test_each_person_is_introduced_once_then_named(sample_build):
    text = main_text((sample_build / f"{SAMPLE_BRIEF}.html").read_text("utf-8"))
    for family, intro in INTRODUCED.items():
        assert text.count(intro) == 1, family
        assert text.count(family) > text.count(intro)  # later mentions are by family name
        assert text.index(intro) < min(text.index(f"{family} {verb}") for verb in
                                       ("signaled", "noted", "argued", "observed", "said", "stated", "’s")
                                       if f"{family} {verb}" in text)
    # A direct quote: the prose that names Kishida before his first quote introduces him.
    assert "In Madrid, Fumio Kishida, the prime minister of Japan, placed Japan’s presence in a global frame: “As" in text
    # Paraphrases: the attribution itself introduces Nagashima and Lazar.
    assert f"{INTRODUCED['Nagashima']} cautioned that Tokyo must ensure" in text
    assert f"{INTRODUCED['Lazar']} noted that Japan has taken part" in text
    assert "Lazar said that Japan has worked with the alliance" in text and "Nagashima argued that" in text


def test_pull_quotes_say_who_with_role(sample_build):
    page = (sample_build / f"{SAMPLE_BRIEF}.html").read_text("utf-8")
    who = [htmllib.unescape(w) for w in re.findall(r'<p class="pull-who">(.*?)</p>', page)]
    assert who == ["Fumio Kishida (the prime minister of Japan)",
                   "Jun Nagashima (an adjunct professor at the National Defense Academy of Japan and a former "
                   "liaison officer to NATO and the European Union)"]


def test_the_pdf_introduces_them_too(sample_build):
    text = " ".join(pdf_text(sample_build / f"{SAMPLE_BRIEF}.pdf").split())
    text = re.sub(r"(\w)- (\w)", r"\1\2", text)  # words hyphenated at line ends
    assert "Fumio Kishida, the prime minister of Japan, placed" in text
    assert "Liviu Lazar, industry relations coordinator at NATO, noted that" in text
    assert text.count("industry relations coordinator at NATO") == 1


def test_a_brief_can_turn_introductions_off(tmp_path):
    root = make_project(tmp_path, {"briefs/b1.yaml": BRIEF.replace("organization: Org", "organization: Org\nintroduce: none")})
    run = cli(root, "build", "--format", "html")
    assert run.returncode == 0, run.stderr
    page = (root / "dist" / "b1.html").read_text("utf-8")
    assert "Minister" not in main_text(page) and "Lee said <span" in page


@pytest.mark.parametrize("prose,expected", [
    # An appositive where a verb follows; parentheses where punctuation or a possessive would follow.
    ("Lee said it", "Ann Lee, the minister, said it"),
    ("In the end, Ann Lee put it plainly", "In the end, Ann Lee, the minister, put it plainly"),
    ("As Lee: ", "As Ann Lee (the minister): "),
    ("Lee’s view", "Ann Lee (the minister)’s view"),
    ("Leeward winds", None),  # not a mention: part of a longer word
    # The prose already gives a title or a role: the full name, not a second role.
    ("Foreign Minister Lee said it", "Foreign Minister Ann Lee said it"),
    ("The ministry's spokeswoman, Lee, said it", "The ministry's spokeswoman, Ann Lee, said it"),
    ("In Madrid, Lee said it", "In Madrid, Ann Lee, the minister, said it"),
])
def test_introduction_reads_in_its_sentence(prose, expected):
    person = Person(id="ann-lee", name="Ann Lee", role="Minister", introduction={"en": "the minister"})
    parts = introduce_in(prose, person, language("en"), inline)
    got = None if parts is None else htmllib.unescape("".join(parts))
    assert got == expected


def test_default_introduction_is_role_and_affiliation():
    person = Person(id="bo-chan", name="Bo Chan", role="Analyst", affiliation="Test Institute")
    parts = introduce_in("Chan said so", person, language("en"), inline)
    assert "".join(parts) == "Bo Chan (Analyst, Test Institute) said so"


def test_a_brief_chooses_its_own_introduction(tmp_path):
    brief = BRIEF.replace("organization: Org", "organization: Org\nintroductions:\n  ann-lee: the minister for plans")
    root = make_project(tmp_path, {"briefs/b1.yaml": brief})
    run = cli(root, "build", "--format", "html")
    assert run.returncode == 0, run.stderr
    assert "Ann Lee, the minister for plans, said <span" in (root / "dist" / "b1.html").read_text("utf-8")


def test_introducing_an_unknown_person_is_a_positioned_error(tmp_path):
    brief = BRIEF.replace("organization: Org", "organization: Org\nintroductions:\n  ann-le: the minister")
    run = cli(make_project(tmp_path, {"briefs/b1.yaml": brief}), "check")
    assert run.returncode == 1
    assert "briefs/b1.yaml:5:3: introductions.ann-le: unknown person 'ann-le' (did you mean 'ann-lee'?)" in run.stderr

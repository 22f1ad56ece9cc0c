"""How quotes, paraphrases and notes are set in the page (HTML build through the real CLI)."""
from __future__ import annotations

import re

from conftest import cli
from factory import BRIEF, SOURCE, make_project

LONG = ("We will act on the plan this year and the next, because the plan is the only way to keep "
        "our people safe, our economy open, our partners close, and our institutions strong enough "
        "to meet every test that the coming decade will bring to this country")


def html_of(root) -> str:
    run = cli(root, "build", "--format", "html")
    assert run.returncode == 0, run.stderr
    return (root / "dist" / "b1.html").read_text("utf-8")


def test_long_direct_quote_is_a_block_without_quotation_marks(tmp_path):
    source = SOURCE.replace("“We will act on the plan,” Lee said.", f"“{LONG},” Lee said.")
    brief = BRIEF.replace("Lee said {lee-act}.", "'Lee put it at length: {lee-act} That was the plan.'")
    html = html_of(make_project(tmp_path, {"sources/s1.yaml": source.replace(
        "text: We will act on the plan\n", f"text: {LONG}\n"), "briefs/b1.yaml": brief}))
    block = re.search(r'<blockquote class="quote block" data-quote="lee-act">\s*<p>(.*?)</p>', html, re.S).group(1)
    assert block.startswith("We will act on the plan this year") and "“" not in block
    assert 'href="#fn-1"' in block
    assert re.search(r'<p>Ann Lee \(Minister\) put it at length:\s*</p>', html)  # introduced: people.py
    assert '<p class="continued">' in html and "That was the plan." in html


def test_run_in_quote_takes_the_period_inside_and_the_note_after(tmp_path):
    html = html_of(make_project(tmp_path))
    assert re.search(r'Ann Lee \(Minister\) said <span class="quote" data-quote="lee-act">“We will act on the plan\.”</span>'
                     r'<a class="fn-call" href="#fn-1"', html), html


def test_paraphrase_is_attributed_and_not_quoted(tmp_path):
    html = html_of(make_project(tmp_path))
    assert ('<span class="paraphrase" data-quote="lee-ready">Lee said that the plan is ready</span>.'
            '<a class="fn-call" href="#fn-2"') in html


# A claim that introduces a paraphrase itself prints the paraphrase's clause alone (QA: `Chan
# argued that {p}` printed `Chan argued that Chan said that …`), introducing the speaker in its prose.
OWN_ATTRIBUTION = [
    ("Lee argued that {lee-ready}.", "Ann Lee (Minister) argued that ", "the plan is ready"),
    ("According to Lee, {lee-ready}.", "According to Ann Lee (Minister), ", "the plan is ready"),
    ("Lee warned {lee-ready}.", "Ann Lee (Minister) warned ", "that the plan is ready"),
    ("In Lee’s view, {lee-ready}.", "In Ann Lee (Minister)’s view, ", "the plan is ready"),
    ("Lee spoke first. She argued that {lee-ready}.", "Ann Lee (Minister) spoke first. She argued that ", "the plan is ready"),
    ("In short, {lee-ready}.", "In short, ", "Ann Lee (Minister) said that the plan is ready"),
    ("As Lee said, {lee-ready}.", "As Ann Lee (Minister) said, ", "the plan is ready"),
]


def test_a_paraphrase_the_claim_attributes_prints_its_clause_alone(tmp_path):
    for n, (claim, prose, clause) in enumerate(OWN_ATTRIBUTION):
        brief = BRIEF.replace("      - claim: Lee said {lee-act}.\n", "").replace("In short, {lee-ready}.", claim)
        html = html_of(make_project(tmp_path / str(n), {"briefs/b1.yaml": brief}))
        found = re.search(r'<p>(.*?)<span class="paraphrase" data-quote="lee-ready">(.*?)</span>', html, re.S)
        assert found and (found.group(1), found.group(2)) == (prose, clause), (claim, found and found.groups())


def test_a_quote_ending_a_claim_with_evidence_gets_one_note_not_two(tmp_path):
    brief = BRIEF.replace("      - claim: Lee said {lee-act}.\n",
                          "      - claim: Lee said {lee-act}.\n        cite:\n          - source: s1\n            paragraph: 2\n")
    html = html_of(make_project(tmp_path, {"briefs/b1.yaml": brief}))
    assert len(re.findall(r'class="fn-call"', html)) == 2
    note1 = re.search(r'<li id="fn-1"[^>]*>(.*?)</li>', html, re.S).group(1)
    assert "paras.\u00a01–2" in note1  # one source in one note: one citation, one locator


def test_yaml_text_is_escaped(tmp_path):
    brief = BRIEF.replace("Our own words.", "Our <b>own</b> words & <script>alert(1)</script>.")
    html = html_of(make_project(tmp_path, {"briefs/b1.yaml": brief}))
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_claim_that_ends_with_a_quote_keeps_its_full_stop(tmp_path):
    # QA: `Price also said {quote}` (no full stop after the placeholder) printed the quote
    # without its own full stop, and the sentence ended with none.
    brief = BRIEF.replace("Lee said {lee-act}.", "Lee said {lee-act}")
    html = html_of(make_project(tmp_path, {"briefs/b1.yaml": brief}))
    assert re.search(r'said <span class="quote" data-quote="lee-act">“We will act on the plan\.”</span>'
                     r'<a class="fn-call" href="#fn-1"', html), html


def test_a_claim_ending_with_a_quote_within_a_quote_adds_no_second_full_stop(tmp_path):
    # QA: “… are ‘inseparable.’.” — the full stop inside the inner quotation ends the sentence.
    source = SOURCE.replace("“We will act on the plan,” Lee said.",
                            "“We will act on what the plan calls ‘the first step.’” Lee said.").replace(
        "text: We will act on the plan\n", "text: We will act on what the plan calls 'the first step.'\n")
    for n, (claim, style) in enumerate([("Lee said {lee-act}", ""), ("Lee said {lee-act}.", ""),
                                        ("Lee said {lee-act}.", "style: apa\n")]):
        brief = BRIEF.replace("Lee said {lee-act}.", claim).replace("organization: Org\n", "organization: Org\n" + style)
        html = html_of(make_project(tmp_path / str(n), {"sources/s1.yaml": source, "briefs/b1.yaml": brief}))
        if style:  # author-date: the sentence's full stop after the citation
            assert re.search(r'‘the first step’”</span>\s*<span class="cite">\(.*?\)</span>\.', html), html
        else:
            assert "“We will act on what the plan calls ‘the first step.’”</span>" in html, html


def test_a_paraphrase_placed_twice_prints_each_place_by_its_own_attribution(tmp_path):
    # QA: only the first placement was read, so `In short, {p}. Lee argued that {p}.` printed
    # `Lee argued that Lee said that …` at the second.
    brief = BRIEF.replace("      - claim: Lee said {lee-act}.\n", "").replace(
        "In short, {lee-ready}.", "In short, {lee-ready}. Lee argued that {lee-ready}.")
    html = html_of(make_project(tmp_path, {"briefs/b1.yaml": brief}))
    spans = re.findall(r'<span class="paraphrase" data-quote="lee-ready">(.*?)</span>', html)
    assert spans == ["Ann Lee (Minister) said that the plan is ready", "the plan is ready"], spans


# The same in a brief written in French, Spanish or German: `Selon Lee, {p}` printed "Selon Ann
# Lee (Minister), selon Lee, …". The clause prints alone; a paraphrase placed alone names its speaker.
FOREIGN_OWN = [
    ("fr", "Selon Lee, {lee-ready}.", "Selon Ann Lee (Minister), ", "the plan is ready"),
    ("fr", "En bref, {lee-ready}.", "En bref, ", "selon Ann Lee (Minister), the plan is ready"),
    ("es", "Lee dijo que {lee-ready}.", "Ann Lee (Minister) dijo que ", "the plan is ready"),
    ("de", "Lee zufolge {lee-ready}.", "Ann Lee (Minister) zufolge ", "the plan is ready"),
    ("fr", "Comme l'a dit Lee, {lee-ready}.", "Comme l'a dit Ann Lee (Minister), ", "the plan is ready"),
]


def test_a_paraphrase_a_claim_in_the_briefs_language_attributes_prints_its_clause_alone(tmp_path):
    for n, (lang, claim, prose, clause) in enumerate(FOREIGN_OWN):
        brief = BRIEF.replace("      - claim: Lee said {lee-act}.\n", "").replace("In short, {lee-ready}.", claim) \
            .replace("organization: Org\n", f"organization: Org\nlanguage: {lang}\n")
        html = html_of(make_project(tmp_path / str(n), {"briefs/b1.yaml": brief}))
        found = re.search(r'<p>(.*?)<span class="paraphrase" data-quote="lee-ready"[^>]*>(.*?)</span>', html, re.S)
        assert found and (found.group(1), found.group(2)) == (prose, clause), (claim, found and found.groups())


# A pronoun introduces a paraphrase as a name does, standing for the last person named before it
# (here in the paragraph before the claim): the clause prints alone. Before, `Selon elle, {p}`
# printed "Selon elle, selon Ann Lee (Minister), …" and `According to her, {p}` failed the check.
PRONOUN_OWN = [
    ("fr", "Ann Lee a présenté le plan mardi.", "Selon elle, {lee-ready}.", "Selon elle, "),
    ("es", "Ann Lee presentó el plan el martes.", "Según ella, {lee-ready}.", "Según ella, "),
    ("de", "Ann Lee stellte den Plan am Dienstag vor.", "Laut ihr {lee-ready}.", "Laut ihr "),
    ("en", "Ann Lee presented the plan on Tuesday.", "According to her, {lee-ready}.", "According to her, "),
    ("en", "Ann Lee presented the plan on Tuesday.", "In her view, {lee-ready}.", "In her view, "),
]


def _pronoun_brief(lang: str, before: str, claim: str) -> str:
    brief = BRIEF.replace("      - claim: Lee said {lee-act}.\n      - claim: In short, {lee-ready}.\n",
                          (f"      - text: {before}\n" if before else "") + f"      - claim: {claim}\n")
    return brief if lang == "en" else brief.replace("organization: Org\n", f"organization: Org\nlanguage: {lang}\n")


def test_a_paraphrase_a_pronoun_introduces_prints_its_clause_alone(tmp_path):
    for n, (lang, before, claim, prose) in enumerate(PRONOUN_OWN):
        html = html_of(make_project(tmp_path / str(n), {"briefs/b1.yaml": _pronoun_brief(lang, before, claim)}))
        found = re.search(r'<p>([^<]*)<span class="paraphrase" data-quote="lee-ready"[^>]*>(.*?)</span>', html, re.S)
        assert found and found.groups() == (prose, "the plan is ready"), (claim, found and found.groups())


def test_a_pronoun_with_no_one_named_before_it_fails_the_check_saying_so(tmp_path):
    root = make_project(tmp_path, {"briefs/b1.yaml": _pronoun_brief("fr", "Le plan a été présenté mardi.",
                                                                    "Selon elle, {lee-ready}.")})
    run = cli(root, "check")
    assert run.returncode == 1
    assert ("sections.0.blocks.1.claim: paraphrase 'lee-ready' is Ann Lee's, but the claim introduces it with 'elle', "
            "which stands for no one named before it (in the claim or the block before it)") in run.stderr, run.stderr

"""Attribution through the real `check`: positioned messages for labels, stored-text edits and
claims, and the real-format fixtures (tests/fixtures/texts/) as a project whose quotes all verify."""
from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path

from conftest import SAMPLE_SOURCE, cli
from factory import BRIEF, make_project

TEXTS = Path(__file__).resolve().parents[1] / "fixtures" / "texts"

PEOPLE = """\
people:
  - id: john-kirby
    name: John Kirby
    role: Pentagon press secretary
  - id: mark-milley
    name: Mark Milley
    role: Chairman of the Joint Chiefs of Staff
  - id: bjorn-akesson
    name: Björn Åkesson
    role: NATO Secretary General
  - id: fumio-kishida
    name: Fumio Kishida
    role: Prime Minister
  - id: marie-claire-de-la-tour
    name: Marie-Claire de la Tour
    family-name: de la Tour
    role: President
  - id: ahmed-al-sayed
    name: Ahmed al-Sayed
    family-name: al-Sayed
    role: Minister of Foreign Affairs
  - id: ruth-jones
    name: Ruth Jones
    role: Senior fellow
  - id: mark-smith
    name: Mark Smith
    role: Ranking member
  - id: jose-alvarez
    name: José Álvarez
    role: Trade minister
  - id: zoe-muller
    name: Zoë Müller
    role: Chief negotiator
  - id: jane-doe
    name: Jane Doe
    role: Defence Minister
  - id: charles-de-gaulle
    name: Charles de Gaulle
    family-name: de Gaulle
    role: Backbencher
  - id: ann-lee
    name: Ann Lee
    role: Foreign Minister
  - id: bo-chan
    name: Bo Chan
    role: Foreign Minister
  - id: karine-jean-pierre
    name: Karine Jean-Pierre
    family-name: Jean-Pierre
    role: Press Secretary
  - id: rishi-sunak
    name: Rishi Sunak
    role: Prime Minister
  - id: keir-starmer
    name: Keir Starmer
    role: Leader of the Opposition
  - id: harriet-harman
    name: Harriet Harman
    role: Member of Parliament
  - id: lindsay-hoyle
    name: Lindsay Hoyle
    role: Speaker of the House of Commons
    labels: [Mr Speaker]
  - id: stephane-dujarric
    name: Stéphane Dujarric
    role: Spokesman for the Secretary-General
    labels: [SPOKESPERSON]
"""

# (fixture, CSL type, [(speaker, paragraph, kind, text)]) — quotes a fact-checker would sign.
FIXTURES = {
    "dod-briefing": ("interview", [
        ("john-kirby", 5, "direct", "We will deploy two additional destroyers to the region by the end of the year"),
        ("mark-milley", 11, "direct", "The review is nearly complete."),
        ("john-kirby", 16, "paraphrase", "Japan has not asked for more help")]),
    "nato-summit-press-conference": ("interview", [
        ("bjorn-akesson", 4, "direct", "Security in Europe and in the Indo-Pacific is inseparable"),
        ("fumio-kishida", 6, "direct", "Japan will double its contribution to the NATO trust funds"),
        ("marie-claire-de-la-tour", 7, "paraphrase", "Portugal welcomes the agreement")]),
    "radio-interview": ("interview", [
        ("ahmed-al-sayed", 4, "direct", "The talks are not over."),
        ("ahmed-al-sayed", 8, "paraphrase", "whether talks continue is not in doubt")]),
    "news-pacific-deployment": ("article-newspaper", [
        ("ruth-jones", 4, "direct", "That is the right decision."),
        ("mark-smith", 11, "direct", "First, we must fund the navy, … and then we can talk about new ships"),
        ("ruth-jones", 10, "paraphrase", "the plan will survive the election")]),
    "news-trade-talks": ("article-newspaper", [
        ("jose-alvarez", 4, "direct", "We were close — very close — to an agreement"),
        ("zoe-muller", 5, "direct", "Nobody moved any goalposts")]),
    "news-parliament-debate": ("article-newspaper", [
        ("jane-doe", 4, "direct", "It does not cut a single regiment"),
        ("charles-de-gaulle", 10, "direct", "I support it, … but I will not support another like it")]),
    # The second round: formats the rules were not written from.
    "whitehouse-briefing": ("interview", [
        ("john-kirby", 8, "direct", "we have not seen any movement on the ceasefire … since Sunday"),
        ("karine-jean-pierre", 6, "direct", "The President will travel to Tokyo next week.")]),
    "hansard-pmqs": ("hearing", [
        ("rishi-sunak", 6, "direct", "The plan is working."),
        ("keir-starmer", 9, "direct", "Tell that to the 7.6 million people waiting for treatment.")]),
    "un-noon-briefing": ("interview", [
        ("stephane-dujarric", 10, "direct", "We expect the first [four hundred] officers by the end of the month.")]),
    "news-four-speakers": ("article-newspaper", [
        ("ann-lee", 7, "direct", "a convenient story"),
        ("mark-smith", 9, "direct", "If they do not sign by March, … the insurers will."),
        ("bo-chan", 13, "paraphrase", "both ministers remain committed to a shared solution")]),
    "news-wire-defence-ties": ("article-newspaper", [
        ("ann-lee", 4, "direct", "a new chapter"),
        ("bo-chan", 8, "direct", "We urge the relevant parties to stop hyping up the so-called ‘China threat’")]),
    "news-brackets": ("article-newspaper", [
        ("ruth-jones", 4, "direct", "It did not correct them for three years."),
        ("ann-lee", 3, "direct", "He [Chan] has never understood the port")]),
}
VOICES = {"hansard-pmqs": "transcript"}  # a debate's record: its turns are labelled like a transcript


def _source(name: str, kind: str, quotes) -> str:
    lines = [f"type: {kind}", f"title: {name}", "container-title: Test texts", 'issued: "2024-01-02"',
             f"text-file: {name}.txt"] + ([f"voice: {VOICES[name]}"] if name in VOICES else []) + ["quotes:"]
    for n, (speaker, paragraph, qkind, text) in enumerate(quotes):
        lines += [f"  - id: {name}-{n}", f"    speaker: {speaker}", f"    kind: {qkind}",
                  f"    paragraph: {paragraph}", f"    text: '{text}'"]
    return "\n".join(lines) + "\n"


def _brief(names) -> str:
    claims = []
    for name in names:
        for n, (speaker, _, kind, _) in enumerate(FIXTURES[name][1]):
            family = {"marie-claire-de-la-tour": "de la Tour", "ahmed-al-sayed": "al-Sayed",
                      "charles-de-gaulle": "de Gaulle"}.get(speaker, speaker.split("-")[-1].capitalize())
            family = {"Akesson": "Åkesson", "Alvarez": "Álvarez", "Muller": "Müller", "Pierre": "Jean-Pierre",
                      "Dujarric": "Dujarric"}.get(family, family)
            lead = f"{family} said " if kind == "direct" else "In short, "
            claims.append(f"      - claim: {lead}{{{name}-{n}}}.")
    return ("title: Fixtures\ndate: \"2024-02-01\"\norganization: Org\nsummary: Short.\nkey-findings:\n  - A finding.\n"
            "sections:\n  - title: One\n    blocks:\n" + "\n".join(claims) + "\n")


def _fixture_project(root: Path) -> Path:
    files = {"sources/people.yaml": PEOPLE, "sources/s1.yaml": None, "briefs/b1.yaml": _brief(FIXTURES)}
    for name, (kind, quotes) in FIXTURES.items():
        files[f"sources/{name}.yaml"] = _source(name, kind, quotes)
    make_project(root, files)
    (root / "sources" / "s1.yaml").unlink(missing_ok=True)
    for name in FIXTURES:
        shutil.copy(TEXTS / f"{name}.txt", root / "sources" / f"{name}.txt")
    return root


def test_every_quote_of_the_real_format_fixtures_verifies(tmp_path):
    root = _fixture_project(tmp_path)
    run = cli(root, "check")
    assert run.returncode == 0, run.stderr


def test_a_stored_text_in_nfd_still_verifies(tmp_path):
    root = _fixture_project(tmp_path)
    for name in ("nato-summit-press-conference", "news-trade-talks"):
        path = root / "sources" / f"{name}.txt"
        path.write_text(unicodedata.normalize("NFD", path.read_text("utf-8")), "utf-8")
    run = cli(root, "check")
    assert run.returncode == 0, run.stderr


def test_an_unknown_transcript_label_is_a_positioned_error_naming_its_line(tmp_path):
    root = _fixture_project(tmp_path)
    path = root / "sources" / "dod-briefing.txt"
    path.write_text(path.read_text("utf-8").replace("GEN. MILLEY: Let me", "ADM. GRADY: Let me"), "utf-8")
    run = cli(root, "check")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert re.search(r"sources/dod-briefing\.yaml:5:\d+: text-file: the transcript's speaker label 'ADM\. GRADY' "
                     r"\(line 21\) matches no person: add the speaker to sources/people\.yaml \(or labels: "
                     r"\[ADM\. GRADY\] to the person it names\) \(sources/dod-briefing\.txt:21\)", run.stderr), run.stderr
    # and its words are not merged into the turn before: Milley's quote now fails too
    assert "quote 'dod-briefing-1': paragraph 11 is in the turn of 'ADM. GRADY' (line 21), a label that names " \
           "no known person, not Mark Milley" in run.stderr


def test_a_source_edit_that_breaks_a_quote_points_at_the_changed_line_of_the_text_file(project):
    txt = project / "sources" / f"{SAMPLE_SOURCE}.txt"
    txt.write_text(txt.read_text("utf-8").replace("at the center for interoperability", "at the heart of it"), "utf-8")
    run = cli(project, "check")
    assert run.returncode == 1
    assert f"\n  stored text of paragraph 16: sources/{SAMPLE_SOURCE}.txt:41\n" in run.stderr + "\n", run.stderr
    assert ("closest passage, paragraph 16: I see it as a triangle, with the [United States] at the heart of it."
            in run.stderr), run.stderr


def test_a_claim_that_names_another_speaker_as_subject_is_a_positioned_error(tmp_path):
    root = make_project(tmp_path, {"briefs/b1.yaml": BRIEF.replace("Lee said {lee-act}.", "Unlike Lee, Chan said {lee-act}.")})
    run = cli(root, "check")
    assert run.returncode == 1
    assert ("briefs/b1.yaml:10:9: sections.0.blocks.0.claim: direct quote 'lee-act' is Ann Lee's words, but the claim "
            "gives them to Bo Chan: make Lee the subject of the verb that introduces it") in run.stderr, run.stderr


def test_single_quotation_marks_in_prose_are_a_positioned_error(tmp_path):
    root = make_project(tmp_path, {"briefs/b1.yaml": BRIEF.replace("Our own words.", "Our so-called ‘own’ words.")})
    run = cli(root, "check")
    assert run.returncode == 1
    assert re.search(r"briefs/b1\.yaml:12:\d+: sections\.0\.blocks\.2\.text: quotation mark ‘ in prose", run.stderr), run.stderr


def test_a_look_alike_letter_in_a_claim_is_a_positioned_error_naming_both_code_points(tmp_path):
    root = make_project(tmp_path, {"briefs/b1.yaml": BRIEF.replace("Our own words.", "Our own wоrds.")})
    run = cli(root, "check")
    assert run.returncode == 1
    assert ("briefs/b1.yaml:12:9: sections.0.blocks.2.text: the word 'wоrds' mixes scripts: 'w' is U+0077 LATIN "
            "SMALL LETTER W but 'о' is U+043E CYRILLIC SMALL LETTER O; retype the word in one script") in run.stderr, run.stderr


def test_an_edit_inside_a_paragraph_of_several_lines_points_at_the_line_that_changed(tmp_path):
    root = _fixture_project(tmp_path)
    path = root / "sources" / "hansard-pmqs.txt"
    path.write_text(path.read_text("utf-8").replace(
        "The Prime Minister: The plan is working. Waiting",
        "The Prime Minister: Let me answer.\nThe plan is surely working. Waiting"),
        "utf-8")
    run = cli(root, "check")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert ("quote 'hansard-pmqs-0': not verbatim in the source: fix the quote or mark changes with [brackets] and …"
            in run.stderr), run.stderr
    assert "closest passage, paragraph 6: The plan is surely working." in run.stderr, run.stderr
    # paragraph 6 starts on line 11 (the label); the words changed on the next line
    assert "\n  stored text of paragraph 6: sources/hansard-pmqs.txt:12\n" in run.stderr + "\n", run.stderr

"""new: starting files that pass check once filled; add --update: a corrected article replaces the
stored text, quotes that moved are re-anchored and reported, quotes whose words are gone stop it."""
from __future__ import annotations

import difflib
import re
import shutil
from datetime import date

import pytest
from factory import TEMPLATES, brief, make_project

from briefbuild.checking.validate import load_project
from briefbuild.commands import find as f
from briefbuild.commands.add import add, parse_fields
from briefbuild.commands.new import new, placeholders
from briefbuild.commands.update import update
from briefbuild.errors import BriefError, InputError
from briefbuild.hashing import digest

FILLED = {
    "<Title of the brief>": "Acting on the Plan", "<YYYY-MM-DD>": "2024-02-01",
    "<Publishing organization>": "Harbor Institute",
    "<One paragraph: what the brief finds and what it recommends.>": "The plan is ready and the council will act.",
    "<A finding, in a sentence or two.>": "The council will act.", "<Section title>": "The plan",
    "<Speaker's family name>": "Lee", "<quote-id>": "lee-act",
    "<A paragraph in your own words, without quotation marks.>": "The council meets again in March.",
    "<type>": "article-newspaper", "<Title as published>": "The Council Meets",
    "<Newspaper, magazine or site>": "The Daily",
    "<Paste the source's text here: paragraphs separated by blank lines.>": "“We act now,” Lee said.",
}


def fill(text: str, values: dict[str, str]) -> str:
    out = []
    for line in text.splitlines():
        if not line.lstrip().startswith("#"):
            for placeholder, value in values.items():
                line = line.replace(placeholder, value)
        out.append(line)
    return "\n".join(out) + "\n"


def test_new_brief_and_source_pass_check_once_their_placeholders_are_filled(tmp_path):
    root = make_project(tmp_path)
    brief, source = new(root, "brief", "acting"), new(root, "source", "daily-2024-01-03-council")
    for path, values in ((brief, FILLED), (source, {**FILLED, "<YYYY-MM-DD>": "2024-01-03"})):
        text = path.read_text("utf-8")
        assert text.startswith("# yaml-language-server: $schema=../briefbuild/schemas/")
        with pytest.raises(InputError):
            load_project(root)  # placeholders left: not valid yet
        path.write_text(fill(text, values), "utf-8")
        rest = [p for line in path.read_text("utf-8").splitlines() if not line.lstrip().startswith("#")
                for p in placeholders(line)]
        assert rest == []
    project = load_project(root)
    assert {"acting", "b1"} <= set(project.briefs) and "daily-2024-01-03-council" in project.sources


PERSON = {"<person-id>": "ann-lee", "<Full name as the source gives it>": "Ann Lee",
          "<Role or title as the source gives it>": "Minister",
          "<Organization as the source gives it>": "City Council"}


def test_a_project_started_with_new_alone_passes_check_and_builds(tmp_path):
    """A new project has no sources/people.yaml: `new` writes its starter too, and check reports
    its placeholders like the others'; filled in, the three files pass and the brief builds."""
    from click.testing import CliRunner

    from briefbuild.cli import main
    root = tmp_path / "project"
    shutil.copytree(TEMPLATES, root / "templates")
    (root / "pyproject.toml").write_text("[tool.briefbuild]\n", "utf-8")
    run = lambda *args: CliRunner().invoke(main, ["--root", str(root), *args], obj={})  # noqa: E731
    first, second = run("new", "brief", "acting"), run("new", "source", "daily-2024-01-03-council")
    assert first.output.splitlines() == [
        "wrote briefs/acting.yaml: fill its <…> placeholders, then run: build.py check",
        "wrote sources/people.yaml: fill its <…> placeholders, then run: build.py check"]
    assert second.output.splitlines() == [
        "wrote sources/daily-2024-01-03-council.yaml: fill its <…> placeholders, then run: build.py check"]
    people = root / "sources" / "people.yaml"
    assert people.read_text("utf-8").startswith("# yaml-language-server: $schema=../briefbuild/schemas/people.schema.json")
    with pytest.raises(InputError) as caught:
        load_project(root)
    assert [str(d) for d in caught.value.diagnostics if d.file == "sources/people.yaml"] == [
        "sources/people.yaml:5:9: people.0.id: placeholder from `new` left in: write the person's id: lowercase "
        "words joined by hyphens, e.g. fumio-kishida",
        "sources/people.yaml:6:11: people.0.name: placeholder from `new` left in: write the person's full name as "
        "the source gives it",
        "sources/people.yaml:7:11: people.0.role: placeholder from `new` left in: write the person's role or title "
        "as the source gives it",
        "sources/people.yaml:8:18: people.0.affiliation: placeholder from `new` left in: write the organization as "
        "the source gives it, or remove the line"]
    for path, values in ((root / "briefs/acting.yaml", FILLED), (people, PERSON),
                         (root / "sources/daily-2024-01-03-council.yaml", {**FILLED, "<YYYY-MM-DD>": "2024-01-03"})):
        path.write_text(fill(path.read_text("utf-8"), values), "utf-8")
    source = root / "sources/daily-2024-01-03-council.yaml"
    source.write_text(source.read_text("utf-8") + "quotes:\n  - {id: lee-act, speaker: ann-lee, kind: direct, "
                      "text: We act now, paragraph: 1}\n", "utf-8")
    assert set(load_project(root).briefs) == {"acting"}
    built = run("build", "--format", "html")
    assert built.exit_code == 0, built.output
    assert "We act now" in (root / "dist" / "acting.html").read_text("utf-8")
    assert run("new", "people").output.endswith("sources/people.yaml exists: add each person to it as a new "
                                                 "entry under people:\n")


NEW_IDS = [  # (the id given to `new brief`, the message): a plainly written name is told its id
    ("heat plan 2026", "'heat plan 2026': an id is lowercase words joined by hyphens, write heat-plan-2026"),
    ("Japan_NATO", "'Japan_NATO': an id is lowercase words joined by hyphens, write japan-nato"),
    ("Défense", "'Défense': an id is lowercase words joined by hyphens, write defense"),
    ("<b>", "'<b>': an id is lowercase words joined by hyphens, e.g. japan-nato"),
]


@pytest.mark.parametrize(("given", "message"), NEW_IDS)
def test_new_with_a_name_that_is_not_an_id_says_the_id(tmp_path, given, message):
    root = make_project(tmp_path)
    with pytest.raises(BriefError) as err:
        new(root, "brief", given)
    assert err.value.message == message
    assert not list((root / "briefs").glob("*.yaml"))[1:], "nothing written"


def test_new_never_overwrites(tmp_path):
    root = make_project(tmp_path)
    with pytest.raises(BriefError) as err:
        new(root, "brief", "b1")
    assert err.value.message == "briefs/b1.yaml exists: choose another id"


V1 = """The council met on Monday to discuss the plan.

“We will act on the plan,” Lee said after the meeting.

Lee also said the plan is ready, and Chan agreed.
"""
BRIEF2 = brief("""\
      - claim: Lee said {lee-act2}; {lee-ready2}.
""", title="Two")


@pytest.fixture
def captured(tmp_path):
    """A source added from a text file, two quotes found and added, a brief that uses them."""
    root = make_project(tmp_path / "p", {"briefs/b2.yaml": BRIEF2})
    v1 = tmp_path / "article.txt"
    v1.write_text(V1, "utf-8")
    done = add(root, v1, source_id="daily-council", kind="article-newspaper",
               fields=parse_fields(["title=The Council Meets", "issued=2024-01-03", "container-title=The Daily"]))
    assert done.missing == ["author", "URL"]
    for phrase, qid in (("We will act on the plan", "lee-act2"), ("the plan is ready", "lee-ready2")):
        f.add_to_source(root, f.find(root, phrase, only="daily-council")[0][0], qid, f.quote_ids(root))
    path = root / "sources" / "daily-council.yaml"
    path.write_text(path.read_text("utf-8").replace("quotes:", "quotes:  # the editor's comment", 1), "utf-8")
    load_project(root)
    return root, tmp_path


def test_add_writes_the_source_and_its_text_and_never_overwrites(captured):
    root, tmp = captured
    text = (root / "sources" / "daily-council.yaml").read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=../briefbuild/schemas/source.schema.json\n")
    assert f"captured-from: {{file: article.txt, sha256: {digest(V1.encode())}}}" in text
    assert "accessed" not in text
    assert (root / "sources" / "daily-council.txt").read_text("utf-8") == V1
    with pytest.raises(BriefError) as err:
        add(root, tmp / "article.txt", source_id="daily-council")
    assert err.value.message == ("sources/daily-council.yaml exists: choose another --id, or capture a newer "
                                 "version with: build.py add article.txt --update daily-council")


def test_update_re_anchors_moved_quotes_reports_each_and_keeps_history(captured):
    root, tmp = captured
    path = root / "sources" / "daily-council.yaml"
    before = path.read_text("utf-8")
    v2 = tmp / "article-corrected.txt"
    v2.write_text("Correction: an earlier version misstated the date of the meeting.\n\n" + V1, "utf-8")
    done = update(root, v2, "daily-council", today=date(2024, 1, 5))
    assert done.moves == ["quote 'lee-act2' moved: paragraph 2 -> paragraph 3",
                          "quote 'lee-ready2' moved: paragraph 3 -> paragraph 4"]
    after = path.read_text("utf-8")
    assert "quotes:  # the editor's comment" in after
    assert f"captured-from: {{file: article-corrected.txt, sha256: {digest(v2.read_bytes())}}}" in after
    assert (f"  - {{text-sha256: {digest(V1.encode())}, captured-from: {{file: article.txt, sha256: "
            f"{digest(V1.encode())}}}, replaced: \"2024-01-05\"}}") in after
    # Nothing else changed: only the paragraph numbers and the capture lines differ.
    diff = [re.sub(r"[0-9a-f]{64}", "H", line) for line in difflib.ndiff(before.splitlines(), after.splitlines())
            if line[:1] in "+-"]
    assert diff == [
        "- captured-from: {file: article.txt, sha256: H}",
        "+ captured-from: {file: article-corrected.txt, sha256: H}", "+ history:",
        "+   - {text-sha256: H, captured-from: {file: article.txt, sha256: H}, replaced: \"2024-01-05\"}",
        "-     paragraph: 2", "+     paragraph: 3", "-     paragraph: 3", "+     paragraph: 4"]
    project = load_project(root)
    assert project.sources["daily-council"].history[0].text_sha256 == digest(V1.encode())
    # A second correction: the history keeps both earlier texts, oldest first.
    v3 = tmp / "article-v3.txt"
    v3.write_text(v2.read_text("utf-8") + "\nThe council meets again in March.\n", "utf-8")
    assert update(root, v3, "daily-council", today=date(2024, 1, 9)).moves == []
    history = load_project(root).sources["daily-council"].history
    assert [h.text_sha256 for h in history] == [digest(V1.encode()), digest(v2.read_bytes())]
    assert history[1].captured_from.file == "article-corrected.txt" and history[1].replaced == "2024-01-09"


def test_update_fails_listing_every_quote_whose_words_are_gone_and_writes_nothing(captured):
    root, tmp = captured
    files = {p: p.read_bytes() for p in (root / "sources").iterdir()}
    v3 = tmp / "article-v3.txt"
    v3.write_text(V1.replace("We will act on the plan", "We may act on a plan").replace(
        "Lee also said the plan is ready, and Chan agreed.", "Officials disagreed about timing."), "utf-8")
    with pytest.raises(InputError) as err:
        update(root, v3, "daily-council", today=date(2024, 1, 5))
    messages = [d.message for d in err.value.diagnostics]
    assert messages[0].startswith("quote 'lee-act2': its words are gone or changed in the new version "
                                  "(used by brief 'b2' at briefs/b2.yaml:")
    assert messages[1].startswith("quote 'lee-ready2': the paragraph it paraphrases is gone or reworded in the "
                                  "new version (used by brief 'b2' at briefs/b2.yaml:")
    assert {p: p.read_bytes() for p in (root / "sources").iterdir()} == files


def test_update_of_the_same_text_writes_nothing(captured):
    root, tmp = captured
    same = tmp / "again.txt"
    same.write_text(V1, "utf-8")
    assert update(root, same, "daily-council", today=date(2024, 1, 5)).unchanged


def test_update_re_anchors_a_quote_whose_page_moved(tmp_path):
    root = make_project(tmp_path / "p")
    v1 = tmp_path / "report.txt"
    v1.write_text("[page 1]\n\nThe council met on Monday.\n\n“We will act on the plan,” Lee said.\n\n"
                  "[page 2]\n\nThe end.\n", "utf-8")
    add(root, v1, source_id="report", kind="report", fields=parse_fields(["title=A Report", "issued=2024-01-03"]))
    best = f.find(root, "We will act on the plan", only="report")[0][0]
    assert (best.paragraph, best.page) == (2, "1")
    f.add_to_source(root, best, "lee-act-report", f.quote_ids(root))
    v2 = tmp_path / "report-v2.txt"
    v2.write_text("[page 1]\n\nA new preface fills the first page.\n\n[page 2]\n\nThe council met on Monday.\n\n"
                  "“We will act on the plan,” Lee said.\n\n[page 3]\n\nThe end.\n", "utf-8")
    done = update(root, v2, "report", today=date(2024, 1, 5))
    assert done.moves == ["quote 'lee-act-report' moved: paragraph 2, page 1 -> paragraph 3, page 2"]
    quote = load_project(root).quotes["lee-act-report"]
    assert (quote.paragraph, quote.page) == (3, "2")


def test_update_reports_fields_the_new_version_shows_differently_and_changes_none(captured):
    root, tmp = captured
    v2 = tmp / "article.md"
    v2.write_text("# The Council Meets Again\n\n" + V1, "utf-8")
    done = update(root, v2, "daily-council", today=date(2024, 1, 5))
    assert done.unchanged
    assert done.notes == ["the new version shows title 'The Council Meets Again' (the source has 'The Council "
                          "Meets'): not changed"]
    assert load_project(root).sources["daily-council"].title == "The Council Meets"


def test_update_moves_flow_style_entries_and_a_quotation_over_paragraphs_whole(tmp_path):
    # QA: an editor's one-line `- {id: …, paragraph: 11, …}` entries made --update fail with a
    # traceback, and a quote with last-paragraph was reported gone when it had only moved.
    text = ("The council met.\n\n“We will act on the plan,” Lee said. “The plan is ready.\n\n"
            "“And we are ready too.”\n")
    source = ("type: article-newspaper\ntitle: T\ncontainer-title: The Daily\nissued: \"2024-01-03\"\n"
              "text-file: s2.txt\nquotes:\n"
              "  - {id: lee-act2, speaker: ann-lee, kind: direct, paragraph: 2, text: We will act on the plan}\n"
              "  - {id: lee-ready2, speaker: ann-lee, kind: direct, paragraph: 2, last-paragraph: 3, "
              "text: \"The plan is ready. And we are ready too.\"}\n")
    brief = BRIEF2.replace("Lee said {lee-act2}; {lee-ready2}.", "Lee said {lee-act2}; she said {lee-ready2}.")
    root = make_project(tmp_path / "p", {"sources/s2.yaml": source, "sources/s2.txt": text, "briefs/b2.yaml": brief})
    load_project(root)
    v2 = tmp_path / "v2.txt"
    v2.write_text("Correction: an earlier version misstated the date.\n\n" + text, "utf-8")
    done = update(root, v2, "s2", today=date(2024, 1, 5))
    assert done.moves == ["quote 'lee-act2' moved: paragraph 2 -> paragraph 3",
                          "quote 'lee-ready2' moved: paragraph 2 -> paragraph 3"]
    after = (root / "sources" / "s2.yaml").read_text("utf-8")
    assert "  - {id: lee-act2, speaker: ann-lee, kind: direct, paragraph: 3, text: We will act on the plan}" in after
    assert "paragraph: 3, last-paragraph: 4, text:" in after
    assert load_project(root).quotes["lee-ready2"].last_paragraph == 4


def test_update_keeps_each_version_it_is_given_never_over_an_earlier_one(captured):
    root, tmp = captured
    versions = []
    for k, extra in enumerate(("The council meets again in March.", "The council met again in March.")):
        path = tmp / f"article-v{k + 2}.txt"
        path.write_text(V1 + "\n" + extra + "\n", "utf-8")
        update(root, path, "daily-council", today=date(2024, 1, 5), keep=True)
        versions.append(path.read_bytes())
    originals = root / "sources" / "originals"
    assert sorted(p.name for p in originals.iterdir()) == ["daily-council-2024-01-05-2.txt", "daily-council-2024-01-05.txt"]
    assert [(originals / n).read_bytes() for n in ("daily-council-2024-01-05.txt", "daily-council-2024-01-05-2.txt")] \
        == versions

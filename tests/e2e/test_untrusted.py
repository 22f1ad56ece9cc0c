"""The probes of issue 17 through the real CLI: what surrounds the YAML (file names, dist/,
.cache/, the disk, Ctrl-C, the PDF page) is input too, and every failure is one clean line."""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pdfplumber
import pytest
from conftest import cli, copy_project
from factory import BRIEF, SOURCE, make_project

from briefbuild.seal import opened, seal

XSS_ID = "x}<img src=data:,x onerror=alert(1)>{x"


def one_error_line(stderr: str) -> str:
    """The one 'Error:' line a failure ends with (progress lines may come before it)."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr, stderr
    assert [line for line in lines if line.startswith("Error:")] == lines[-1:], stderr
    return lines[-1]


# ------------------------------------------------------------------ the file-name XSS

def test_a_source_named_as_markup_is_an_error_and_never_reaches_a_page(tmp_path):
    source = SOURCE.replace("id: lee-", "id: x-")
    brief = BRIEF.replace("      - text: Our own words.\n", "      - claim: Lee said {x-act}.\n")
    root = make_project(tmp_path, {f"sources/{XSS_ID}.yaml": source, "briefs/b1.yaml": brief})
    run = cli(root, "build", "--format", "html")
    page = root / "dist" / "b1.html"
    if page.exists():  # what the old code built: a script that runs in a browser
        from playwright.sync_api import sync_playwright

        from briefbuild.commands.look import CHROMIUM_ARGS, sandbox_args
        from briefbuild.tools import find_chromium
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(find_chromium()), args=CHROMIUM_ARGS + sandbox_args()[0],
                                        headless=True)
            tab = browser.new_page()
            fired = []
            tab.on("dialog", lambda d: (fired.append(d.message), d.dismiss()))
            tab.goto(page.as_uri())
            tab.wait_for_timeout(300)
            handlers = tab.evaluate("document.querySelectorAll('[onerror]').length")
            browser.close()
        assert not fired and not handlers, "the file name's markup ran in Chromium"
    assert run.returncode == 1
    assert (f"sources/{XSS_ID}.yaml:1:1: file name '{XSS_ID}' is not a valid id: rename the file to lowercase "
            "letters, digits and single hyphens (e.g. japan-nato.yaml)") in run.stderr


# ------------------------------------------------------------------ dist/ and .cache/

def test_a_manifest_entry_cannot_delete_a_file_outside_the_output_folder(tmp_path):
    root = make_project(tmp_path / "p")
    assert cli(root, "build", "--format", "html").returncode == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", "utf-8")
    path = root / "dist" / ".briefbuild-manifest.json"
    manifest = json.loads(path.read_text("utf-8"))
    entry = dict(next(iter(manifest["outputs"].values())), brief="gone",
                 output=hashlib.sha256(b"precious").hexdigest())
    manifest["outputs"]["../../victim.txt"] = entry
    manifest["outputs"]["gone.html"] = dict(entry, inputs={"/dev/zero": None, "../../victim.txt": None})
    path.write_text(json.dumps(manifest), "utf-8")
    run = cli(root, "build", "--format", "html", "--verbose")
    assert run.returncode == 0, run.stderr
    assert victim.read_text("utf-8") == "precious"
    assert f"ignored {path}: entry '../../victim.txt': output name is not <brief id>.pdf, .html or .docx, or a file of the site" \
        in run.stderr
    assert f"ignored {path}: entry 'gone.html': an input is not a file of briefs/, sources/ or assets/ with its sha256" \
        in run.stderr


class _Canary:
    """Unpickled, it creates its file: what a poisoned Jinja bytecode cache entry did."""

    def __init__(self, path: Path):
        self.path = path

    def __reduce__(self):
        return (os.system, (f"touch {self.path}",))


def test_a_poisoned_cache_neither_runs_code_nor_puts_markup_in_the_page(tmp_path):
    root = make_project(tmp_path / "p")
    assert cli(root, "build", "--format", "html").returncode == 0
    canary = tmp_path / "canary"
    # Jinja's FileSystemBytecodeCache layout: a file per template, named from sha1(name|filename),
    # whose header is read with pickle.
    folder = root / ".cache" / "briefbuild" / "jinja"
    folder.mkdir(parents=True, exist_ok=True)
    templates = str((root / "templates").resolve())
    for template in (root / "templates").rglob("*.j2"):
        name = template.relative_to(root / "templates").as_posix()
        key = hashlib.sha1(name.encode("utf-8"))
        key.update(f"|{os.path.normpath(os.path.join(templates, *name.split('/')))}".encode())
        magic = b"j2" + pickle.dumps(5, 2) + pickle.dumps((sys.version_info[0] << 24) | sys.version_info[1], 2)
        (folder / f"__jinja2_{key.hexdigest()}.cache").write_bytes(magic + pickle.dumps(_Canary(canary), 2))
    # The notes entries are sealed with this machine's key (seal.py): poison them as if the key
    # had leaked, so what is tested is the sanitiser that still stands behind the seal.
    for entry in (root / ".cache" / "briefbuild" / "notes").glob("*.json"):
        data = json.loads(opened(entry.read_bytes(), f"notes/{entry.stem}"))
        data["notes"] = ['<img src=x onerror="alert(1)"><script>alert(2)</script>' + n for n in data["notes"]]
        entry.write_bytes(seal(json.dumps(data).encode("utf-8"), f"notes/{entry.stem}"))
    run = cli(root, "build", "--format", "html", "--force")
    assert run.returncode == 0, run.stderr
    assert not canary.exists(), "a cache entry ran a command"
    html = (root / "dist" / "b1.html").read_text("utf-8")
    assert "onerror" not in html and "alert(2)" not in html


LINKED_OUT = [  # (the link in the project, the command, exit status, the message after 'Error: ')
    ("dist", ("build", "--format", "html"), 3, "dist: a symbolic link leads it out of the project (to {away}): "
     "remove the link, or name that folder with an absolute --out"),
    ("dist", ("site",), 3, "dist: a symbolic link leads it out of the project (to {away}): "
     "remove the link, or name that folder with an absolute --out"),
    ("dist/export", ("export",), 3, "dist/export: a symbolic link leads it out of the project (to {away}): "
     "remove the link, or name that folder with an absolute --out"),
    ("dist", ("gather", "shard-1"), 3, "dist: a symbolic link leads it out of the project (to {away}): "
     "remove the link, or name that folder with an absolute --out"),
    (".cache", ("check",), 1, ".cache: a symbolic link leads out of the project (to {away}): "
     "delete it (rm .cache); the next command makes a new one"),
    (".cache/briefbuild", ("build", "--format", "html"), 1, ".cache/briefbuild: a symbolic link leads out of "
     "the project (to {away}): delete it (rm .cache/briefbuild); the next command makes a new one"),
    (".cache/briefbuild/notes", ("build", "--format", "html"), 1, ".cache/briefbuild/notes: a symbolic link leads "
     "out of the project (to {away}): delete it (rm .cache/briefbuild/notes); the next command makes a new one"),
]


@pytest.mark.parametrize("link, args, status, message", LINKED_OUT, ids=[f"{c[0]} {c[1][0]}" for c in LINKED_OUT])
def test_a_link_taking_dist_or_cache_out_of_the_project_is_refused_and_nothing_lands_there(
        tmp_path, link, args, status, message):
    """A repository can hold `dist -> /var/www` or `.cache -> ~`: the build wrote pages, the
    manifest and cache records there, and removed stale outputs there."""
    root = make_project(tmp_path / "p")
    away = tmp_path / "away"
    away.mkdir()
    (root / link).parent.mkdir(parents=True, exist_ok=True)
    (root / link).symlink_to(away)
    run = cli(root, *args)
    assert (run.returncode, one_error_line(run.stderr)) == (status, "Error: " + message.format(away=away))
    assert list(away.iterdir()) == []


# A source whose stored text is a file named as a brief's page: what a build into sources/ overwrote.
TEXT_AS_PAGE = SOURCE.replace("text: |\n  “We will act on the plan,” Lee said.\n\n  Lee also said the plan is ready, "
                              "and Chan agreed.\n", "text-file: b1.html\n")
INTO_INPUTS = [  # (a link in the project or None, the command, the folder named, the input folder it is or lies in)
    (("dist", "sources"), ("build", "--format", "html"), "dist", "sources"),
    (None, ("build", "--format", "html", "--out", "sources"), "sources", "sources"),
    (None, ("build", "--format", "html", "--out", "templates/site"), "templates/site", "templates"),
    (("dist", "briefs"), ("site",), "dist", "briefs"),
    (("dist", ".cache"), ("build", "--format", "html"), "dist", ".cache"),
    (("dist", "sources"), ("gather", "shard-1"), "dist", "sources"),
    (("out", "assets"), ("export", "--out", "out/x"), "out/x", "assets"),
]


@pytest.mark.parametrize("link, args, named, folder", INTO_INPUTS, ids=[" ".join(c[1][:1] + c[1][-1:]) for c in INTO_INPUTS])
def test_an_output_folder_among_the_projects_inputs_is_refused_and_nothing_is_overwritten(
        tmp_path, link, args, named, folder):
    """`dist -> sources` stays inside the project, so it passed: the build wrote b1.html over the stored
    text of a source (and every later check failed on a page of markup)."""
    root = make_project(tmp_path / "p", {"sources/s1.yaml": TEXT_AS_PAGE, "sources/b1.html":
                                         "“We will act on the plan,” Lee said.\n\nLee also said the plan is ready, "
                                         "and Chan agreed.\n", "assets/keep.txt": "kept\n"})
    assert cli(root, "check").returncode == 0
    (root / ".cache").mkdir(exist_ok=True)
    if link:
        (root / link[0]).symlink_to(link[1])
    before = {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}
    run = cli(root, *args)
    assert (run.returncode, one_error_line(run.stderr)) == (3, f"Error: {named}: outputs would be written into "
                                                               f"{folder}/, among the project's inputs (a build would "
                                                               "overwrite them): remove the link, or build into another "
                                                               "folder with --out")
    after = {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}
    assert {p for p in after if ".cache" not in p.parts} == {p for p in before if ".cache" not in p.parts}
    assert all(after[p] == before[p] for p in before if p in after and ".cache" not in p.parts)


LINKED_OUTPUTS = [  # (the formats built, the output a link stands in for)
    ("html", "b1.html"),
    ("html,site", "index.html"),
    ("html,site", "feed.xml"),
]


@pytest.mark.parametrize("formats, name", LINKED_OUTPUTS)
def test_a_link_in_place_of_an_output_is_never_taken_for_it(tmp_path, formats, name):
    """dist/ comes back from a CI artifact: a link there leading out of the project, to a file whose
    bytes the manifest records (copied there, or a forged entry), was 'up to date', so the
    build read it and left it for the site to publish whatever it led to."""
    root = make_project(tmp_path / "p", {"pyproject.toml": '[tool.briefbuild]\nstyle = "chicago-notes-bibliography"\n'
                                                           'base-url = "https://example.org/briefs/"\n'})
    assert cli(root, "build", "--format", formats).returncode == 0
    away = tmp_path / "away"
    away.mkdir()
    planted = root / "dist" / name
    (away / name).write_bytes(planted.read_bytes())  # what the manifest records: the link's target matches it
    planted.unlink()
    planted.symlink_to(away / name)
    run = cli(root, "build", "--format", formats)
    assert run.returncode == 0, run.stderr
    assert f"wrote dist/{name}" in run.stderr + run.stdout
    assert not planted.is_symlink() and planted.is_file()
    assert (away / name).read_bytes() == planted.read_bytes(), "the link's target was left as it was"


def test_gather_copies_no_link_from_a_shards_folder(tmp_path):
    root = make_project(tmp_path / "p")
    assert cli(root, "build", "--format", "html", "--shard", "1/1", "--out", "shard-1").returncode == 0
    away = tmp_path / "away.html"
    planted = root / "shard-1" / "b1.html"
    away.write_bytes(planted.read_bytes())
    planted.unlink()
    planted.symlink_to(away)
    run = cli(root, "gather", "shard-1", "--out", "dist")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("gathered 0 file(s)") and not (root / "dist" / "b1.html").exists()


SECRET = "/* CI-SECRET-7731 */\n"
TEMPLATES_LINKED_OUT = [  # (a file of templates/ made a link out of the project, the formats built)
    ("css/base.css", "html"),
    ("css/print.css", "pdf"),
    ("css/site.css", "site"),
    ("js/screen.js", "html"),
    ("brief.html.j2", "html"),
    ("partials/section.html.j2", "html"),
    ("site/index.html.j2", "site"),
    ("fonts/brief-serif-regular.woff2", "html"),
    ("reference.docx", "docx"),
]


@pytest.mark.parametrize("rel, formats", TEMPLATES_LINKED_OUT, ids=[c[0] for c in TEMPLATES_LINKED_OUT])
def test_a_template_file_linked_out_of_the_project_is_never_read_into_a_page(tmp_path, rel, formats):
    """templates/ arrives in pull requests: `templates/js/screen.js -> /proc/self/environ` had a CI
    build print the runner's environment, its secrets with it, into every published page."""
    root = make_project(tmp_path / "p")
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, "utf-8")
    (root / "templates" / rel).unlink()
    (root / "templates" / rel).symlink_to(secret)
    run = cli(root, "build", "--format", formats)
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert f"{rel} from templates/: a symbolic link leads out of templates/ (to {secret})" in run.stderr \
        or f"template '{rel}': a symbolic link leads out of templates/ (to {secret})" in run.stderr, run.stderr
    out = root / "dist"
    assert not [p for p in (out.iterdir() if out.exists() else ()) if b"CI-SECRET" in p.read_bytes()]


def test_a_template_file_linked_inside_templates_is_used(tmp_path):
    root = make_project(tmp_path / "p")
    css = root / "templates" / "css"
    (css / "shared.css").write_text((css / "base.css").read_text("utf-8") + "\n/* shared */\n", "utf-8")
    (css / "base.css").unlink()
    (css / "base.css").symlink_to("shared.css")
    assert cli(root, "build", "--format", "html").returncode == 0
    assert "/* shared */" in (root / "dist" / "b1.html").read_text("utf-8")


def test_an_out_folder_the_user_names_outside_the_project_is_theirs_to_choose(tmp_path):
    root = make_project(tmp_path / "p")
    (tmp_path / "away").mkdir()
    assert cli(root, "build", "--format", "html", "--out", str(tmp_path / "away")).returncode == 0
    assert cli(root, "build", "--format", "html", "--out", "../elsewhere").returncode == 0
    assert (tmp_path / "away" / "b1.html").exists() and (tmp_path / "elsewhere" / "b1.html").exists()


# ------------------------------------------------------------------ write errors

@pytest.fixture(params=["160k", "240k"])
def small_disk(tmp_path, request):
    """A tmpfs with no room for the sample's 190 KB page (160k), or room for it but not the PDF too."""
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={request.param}", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.fail(f"this test mounts a small tmpfs and needs root: {done.stderr.decode()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=True)


def _consistent(out: Path) -> None:
    """Every output in the folder is the one the manifest records, and nothing else is there."""
    path = out / ".briefbuild-manifest.json"
    outputs = json.loads(path.read_text("utf-8"))["outputs"] if path.exists() else {}
    present = sorted(p.name for p in out.iterdir() if p.suffix in (".pdf", ".html"))
    assert present == sorted(outputs), (present, outputs)
    for name, entry in outputs.items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == entry["output"]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_full_disk_is_one_line_exit_3_and_a_consistent_manifest(tmp_path, small_disk):
    root = copy_project(tmp_path / "p")
    run = cli(root, "build", "--out", str(small_disk))
    assert run.returncode == 3, run.stderr
    line = one_error_line(run.stderr)
    assert "No space left on device" in line and line.endswith("build into another folder with --out")
    _consistent(small_disk)


@pytest.mark.parametrize("kind", ["read-only", "inside a file"])
def test_an_unwritable_output_folder_is_one_line_exit_3(tmp_path, kind):
    root = make_project(tmp_path / "p")
    out = tmp_path / "out"
    if kind == "inside a file":
        out.write_text("not a folder", "utf-8")
        out = out / "dist"
    else:
        out.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(out)], capture_output=True)
        if done.returncode != 0:
            pytest.fail(f"this test mounts a read-only tmpfs and needs root: {done.stderr.decode()}")
    try:
        run = cli(root, "build", "--format", "html", "--out", str(out))
    finally:
        if kind != "inside a file":
            subprocess.run(["umount", "-l", str(out)], check=True)
    assert run.returncode == 3
    line = one_error_line(run.stderr)
    reason = "Read-only file system" if kind == "read-only" else "Not a directory"
    assert line.startswith(f"Error: cannot write to {out if kind == 'read-only' else out.parent}: {reason}: ")
    assert line.endswith("free disk space, make the folder writable, or build into another folder with --out")


TAKEN = "build into another folder with --out"
# A path that is taken is no matter of disk space or permissions: the message names that exact
# path and says to move it (before: "cannot write b1.pdf: Is a directory: free disk space, …",
# and "cannot write to <project>: File exists: …" naming the project for a file called dist).
PLACES_TAKEN = [  # (what, format, make it in the project, the error line)
    ("a folder where the PDF goes", "pdf", lambda root: (root / "dist" / "b1.pdf").mkdir(parents=True),
     "Error: cannot write {root}/dist/b1.pdf: Is a directory: a folder stands where this output file goes: "
     "move or remove that folder, or " + TAKEN),
    ("a folder where the page goes", "html", lambda root: (root / "dist" / "b1.html").mkdir(parents=True),
     "Error: cannot write {root}/dist/b1.html: Is a directory: a folder stands where this output file goes: "
     "move or remove that folder, or " + TAKEN),
    ("a folder where the feed goes", "html,site", lambda root: (root / "dist" / "feed.xml").mkdir(parents=True),
     "Error: cannot write {root}/dist/feed.xml: Is a directory: a folder stands where this output file goes: "
     "move or remove that folder, or " + TAKEN),
    ("a file named dist", "html", lambda root: (root / "dist").write_text("notes", "utf-8"),
     "Error: cannot write to {root}/dist: it is a file, not a folder: move or remove that file, or " + TAKEN),
]


@pytest.mark.parametrize("what, formats, make, expected", PLACES_TAKEN, ids=[w for w, *_ in PLACES_TAKEN])
def test_a_taken_output_path_is_named_with_the_fix_that_frees_it(tmp_path, what, formats, make, expected):
    root = make_project(tmp_path / "p")
    make(root)
    run = cli(root, "build", "--format", formats)
    assert run.returncode == 3, run.stderr
    assert one_error_line(run.stderr) == expected.format(root=root)


def test_serve_on_a_busy_port_is_one_line_exit_3(tmp_path):
    import socket
    root = make_project(tmp_path / "p")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = cli(root, "serve", "--format", "html", "--port", str(port))
    assert run.returncode == 3
    assert one_error_line(run.stderr) == (f"Error: cannot serve on 127.0.0.1:{port}: Address already in use: stop "
                                          "the program using it or choose another --port (0 picks a free one)")


def test_broken_toml_is_a_positioned_error_not_defaults(tmp_path):
    root = make_project(tmp_path, {"pyproject.toml": "[tool.briefbuild]\nstyle = \"apa\n"})
    run = cli(root, "check")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "pyproject.toml:2:13: TOML syntax: Illegal character '\\n' (fix the TOML syntax)" in run.stderr


@pytest.mark.parametrize("command, wait", [(("build", "--force"), 1.5),
                                           (("serve", "--format", "html", "--port", "0"), 6.0)])
def test_ctrl_c_exits_130_without_a_traceback(tmp_path, command, wait):
    root = copy_project(tmp_path / "p")
    proc = subprocess.Popen([sys.executable, "-m", "briefbuild", "--root", str(root), *command],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(wait)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1].startswith("interrupted:")


def test_a_render_over_its_time_limit_fails_clearly(tmp_path):
    root = make_project(tmp_path, {"pyproject.toml": "[tool.briefbuild]\nrender-timeout = 0.001\n"})
    run = cli(root, "build", "--format", "pdf")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert ("brief 'b1' (PDF) took longer than 0.001 s to render: simplify it, or raise render-timeout under "
            "[tool.briefbuild] in pyproject.toml") in run.stderr


# ------------------------------------------------------------------ citations and the page box

def test_a_citation_citeproc_cannot_resolve_is_an_error_never_a_question_mark():
    from briefbuild.errors import RenderError
    from briefbuild.rendering.cite import _resolved, run_citeproc
    from briefbuild.styles import style_path
    group = {"csl": str(style_path("chicago-notes-bibliography")),
             "references": [{"id": "0/a", "type": "book", "title": "A", "issued": {"date-parts": [[2020]]}}],
             "notes": ["[@{0/a}, para. 1]", "[@{0/missing}, para. 2]", "<img src=x onerror=alert(1)>"]}
    result = run_citeproc([group])[0]
    assert result["unresolved"] == [{"note": 2, "id": "0/missing"}, {"note": 3, "id": ""}]
    assert "<img" not in "".join(result["notes"])

    class Doc:
        id, notes = "b1", [1, 2, 3]
    with pytest.raises(RenderError) as caught:
        _resolved([Doc()], result)
    assert caught.value.format_message() == (
        "citation 'missing' in note 2 of brief 'b1' could not be resolved by citeproc (2 in all): "
        "check that every cited source id is a file in sources/")


def test_a_300_character_url_and_word_stay_inside_the_pdf_page(tmp_path):
    url = "https://example.org/" + "a" * 280
    word = "Intergovernmentalization" * 12
    source = SOURCE.replace("container-title: The Daily\n", f"container-title: The Daily\nURL: {url}\n"
                            "accessed: \"2024-01-03\"\n")
    brief = BRIEF.replace("Our own words.", f"Our own words, {word}.")
    root = make_project(tmp_path, {"sources/s1.yaml": source, "briefs/b1.yaml": brief})
    run = cli(root, "build", "--format", "pdf")
    assert run.returncode == 0, run.stderr
    with pdfplumber.open(root / "dist" / "b1.pdf") as pdf:
        text = "".join(page.extract_text() for page in pdf.pages)
        assert "aaaaaaaaaa" in text and "Intergovernmentalization" in text
        for page in pdf.pages:
            assert all(0 <= ch["x0"] and ch["x1"] <= page.width - 36 for ch in page.chars), \
                max(ch["x1"] for ch in page.chars)


# ------------------------------------------------------------------ look

def test_look_blocks_every_request_leaving_the_page_and_explains_a_lowered_sandbox(tmp_path):
    import http.server
    import threading
    hits = []

    class Record(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Record)
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    serving.start()
    port = server.server_address[1]
    root = make_project(tmp_path / "p")
    template = root / "templates" / "brief.html.j2"
    leaks = (f'{{% if medium == "screen" %}}<img src="http://127.0.0.1:{port}/img.png" alt="">'
             f'<iframe src="file:///etc/hostname"></iframe>'
             f'<script>fetch("http://127.0.0.1:{port}/fetch"); new Image().src = "http://127.0.0.1:{port}/js";'
             f'</script>{{% endif %}}</main>')
    template.write_text(template.read_text("utf-8").replace("</main>", leaks, 1), "utf-8")
    try:
        run = cli(root, "look", "b1")
    finally:
        server.shutdown()
        server.server_close()
        serving.join()  # no thread outlives the test: a later one may fork (parallel.py)
    assert run.returncode == 0, run.stderr
    assert hits == [], f"look let the page reach the network: {hits}"
    if os.geteuid() == 0:
        assert "note: running as root: Chromium's sandbox cannot run for root" in run.stderr
    else:
        assert "sandbox" not in run.stderr
    assert len(list((root / "dist" / "look").glob("b1-*.png"))) >= 5

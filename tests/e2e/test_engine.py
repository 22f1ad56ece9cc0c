"""The build engine through the real CLI: reproducible bytes, incremental rebuilds, parallel
workers, isolated failures, atomic writes and shards. Real pandoc, real WeasyPrint."""
from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pikepdf
import pytest
from conftest import REPO, SAMPLE_BRIEF, SAMPLE_SOURCE, cli, copy_project

from briefbuild.build.shards import costs_of, split

sys.path.insert(0, str(REPO / "benchmarks"))
from corpus import generate  # noqa: E402

MANIFEST = ".briefbuild-manifest.json"


def written(run: subprocess.CompletedProcess) -> set[str]:
    """Output names a build reports as written."""
    return {Path(p).name for p in re.findall(r"^wrote (\S+)$", run.stdout, re.M)}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Four generated briefs over four sources; each brief uses three of them."""
    return generate(tmp_path / "corpus", briefs=4, sources_per_brief=3)


@pytest.mark.slow
def test_two_builds_in_different_folders_and_hash_seeds_are_byte_identical(tmp_path):
    roots = [copy_project(tmp_path / name) for name in ("first", "second-folder")]
    for seed, root in zip(("1", "987"), roots):
        for variant, out in (("pdf/ua-1", "dist"), ("pdf/a-3b", "dist-a3")):
            run = cli(root, "build", "--pdf-variant", variant, "--out", out, env={"PYTHONHASHSEED": seed})
            assert run.returncode == 0, run.stderr
    for out in ("dist", "dist-a3"):
        for name in (f"{SAMPLE_BRIEF}.pdf", f"{SAMPLE_BRIEF}.html"):
            a, b = (root / out / name for root in roots)
            assert a.read_bytes() == b.read_bytes(), f"{out}/{name} differs between the two builds"
    # The print HTML holds absolute font URLs; the PDF must not.
    for out in ("dist", "dist-a3"):
        assert str(tmp_path).encode() not in (roots[0] / out / f"{SAMPLE_BRIEF}.pdf").read_bytes()


def test_no_op_build_skips_validation_pandoc_and_weasyprint(project):
    assert cli(project, "build").returncode == 0
    code = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from briefbuild.build.engine import Options, build\n"
        f"r = build(Path({str(project)!r}), [], Options())\n"
        "print(json.dumps({'validated': r.validated, 'written': len(r.written), 'fresh': len(r.up_to_date),\n"
        "  'loaded': sorted(m for m in ('weasyprint', 'pydantic', 'briefbuild.rendering.cite', 'briefbuild.checking.validate')\n"
        "                   if m in sys.modules)}))\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {"validated": False, "written": 0, "fresh": 2, "loaded": []}


def test_html_only_build_never_imports_weasyprint(project):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from briefbuild.build.engine import Options, build\n"
        f"r = build(Path({str(project)!r}), [], Options(formats=('html',)))\n"
        "assert [p.name for p in r.written] == ['japan-nato.html'], r\n"
        "print('weasyprint' in sys.modules)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "False"


# Which HTML outputs each kind of edit rebuilds. In the corpus brief-n uses sources
# n, n+1 and n+2 (mod 4): source-000 is used by briefs 0, 2 and 3, not by brief 1.
EDITS = [
    ("nothing", None, set()),
    ("brief", ("briefs/brief-000.yaml", "subtitle: The", "subtitle: Again the"), {0}),
    ("source text", ("sources/source-000.txt", "\n", " Added words.\n"), {0, 2, 3}),
    ("source yaml", ("sources/source-001.yaml", "title: Speech", "title: A speech"), {0, 1, 3}),
    ("people", ("sources/people.yaml", "role: Minister", "role: Former minister"), {0, 1, 2, 3}),
    ("template", ("templates/brief.html.j2", "{% block body %}", "{% block body %}{# edited #}"), {0, 1, 2, 3}),
    ("stylesheet", ("templates/css/screen.css", "", "/* edited */\n"), {0, 1, 2, 3}),
    ("pyproject", ("pyproject.toml", "[tool.briefbuild]", "# edited\n[tool.briefbuild]"), {0, 1, 2, 3}),
]


@pytest.mark.parametrize("name, change, rebuilt", EDITS, ids=[e[0] for e in EDITS])
def test_an_edit_rebuilds_exactly_the_briefs_that_depend_on_it(corpus, name, change, rebuilt):
    first = cli(corpus, "build", "--format", "html")
    assert first.returncode == 0, first.stderr
    assert written(first) == {f"brief-00{i}.html" for i in range(4)}
    before = snapshot(corpus / "dist")
    if change:
        edit(corpus / change[0], change[1], change[2])
    run = cli(corpus, "build", "--format", "html")
    assert run.returncode == 0, run.stderr
    assert written(run) == {f"brief-00{i}.html" for i in rebuilt}
    after = snapshot(corpus / "dist")
    for i in set(range(4)) - rebuilt:
        assert after[f"brief-00{i}.html"] == before[f"brief-00{i}.html"]
    assert written(cli(corpus, "build", "--format", "html")) == set(), "a second build is a no-op"
    forced = cli(corpus, "build", "--format", "html", "--force")
    assert written(forced) == {f"brief-00{i}.html" for i in range(4)}


def test_options_rebuild_only_the_outputs_they_reach(project):
    assert written(cli(project, "build")) == {"japan-nato.pdf", "japan-nato.html"}
    assert written(cli(project, "build", "--paper", "a4")) == {"japan-nato.pdf"}
    assert written(cli(project, "build", "--paper", "a4")) == set()
    assert written(cli(project, "build", "--paper", "a4", "--pdf-variant", "pdf/a-3b")) == {"japan-nato.pdf"}
    # A deleted or altered output is rebuilt even though its inputs did not change.
    (project / "dist" / "japan-nato.html").write_text("tampered", "utf-8")
    assert written(cli(project, "build", "--paper", "a4", "--pdf-variant", "pdf/a-3b")) == {"japan-nato.html"}


def test_invalid_input_stops_before_anything_is_written(project):
    assert cli(project, "build", "--format", "html").returncode == 0
    before = snapshot(project / "dist")
    edit(project / "briefs" / f"{SAMPLE_BRIEF}.yaml", 'date: "2022-12-12"', 'date: "2022-13-12"')
    (project / "templates" / "css" / "screen.css").write_text("/* changed */", "utf-8")
    run = cli(project, "build", "--format", "html")
    assert run.returncode == 1
    assert "briefs/japan-nato.yaml:5:1: date: '2022-13-12' is not a real date" in run.stderr
    assert snapshot(project / "dist") == before
    # The manifest never records invalid inputs as validated: the error repeats.
    assert cli(project, "build", "--format", "html").returncode == 1


def test_a_brief_that_fails_to_render_does_not_stop_the_others(corpus):
    edit(corpus / "templates" / "brief.html.j2", "{% block body %}\n",
         '{% block body %}\n'
         '{% if doc.id == "brief-001" and medium == "print" %}<img src="file:///etc/hostname">{% endif %}\n'
         '{% if doc.id == "brief-002" and medium == "screen" %}{{ no_such_variable }}{% endif %}\n')
    run = cli(corpus, "build", "--jobs", "2")
    assert run.returncode == 1
    assert written(run) == {f"brief-00{i}.{f}" for i in range(4) for f in ("pdf", "html")} - \
        {"brief-001.pdf", "brief-002.html"}
    assert "2 output(s) failed: brief-001.pdf, brief-002.html" in run.stderr
    assert "brief 'brief-001': refused to read file:///etc/hostname" in run.stderr
    assert "'no_such_variable' is undefined" in run.stderr
    assert not (corpus / "dist" / "brief-001.pdf").exists() and not (corpus / "dist" / "brief-002.html").exists()
    manifest = json.loads((corpus / "dist" / MANIFEST).read_text("utf-8"))
    assert set(manifest["outputs"]) == written(run)
    # A failure is not remembered as built: the next build tries exactly those again.
    again = cli(corpus, "build", "--jobs", "2")
    assert again.returncode == 1 and written(again) == set()
    assert "2 written" not in again.stdout and "0 written, 6 up to date, 2 failed" in again.stdout


def test_shards_partition_the_briefs_exactly_and_stably(tmp_path):
    root = generate(tmp_path / "corpus", briefs=9, sources_per_brief=3)
    seen: list[str] = []
    for k in (1, 2, 3):
        run = cli(root, "build", "--format", "html", "--shard", f"{k}/3", "--out", f"shard-{k}")
        assert run.returncode == 0, run.stderr
        names = sorted(p.stem for p in (root / f"shard-{k}").glob("*.html"))
        # Never built into these folders, so no costs are recorded: shares balanced by YAML size.
        ids = [f"brief-{n:03d}" for n in range(9)]
        owner = split(costs_of(ids, {}, {b: (root / "briefs" / f"{b}.yaml").stat().st_size for b in ids}), 3)
        assert names == [b for b in ids if owner[b] == k - 1]
        again = cli(root, "build", "--format", "html", "--shard", f"{k}/3", "--out", f"shard-{k}")
        assert "0 written" in again.stdout, "the same share on a second run"
        seen += names
    assert sorted(seen) == [f"brief-{n:03d}" for n in range(9)]
    bad = cli(root, "build", "--shard", "4/3")
    assert bad.returncode == 2 and "is not K/N" in bad.stderr


def test_a_killed_build_leaves_every_output_old_or_new_never_broken(corpus):
    assert cli(corpus, "build", "--jobs", "2").returncode == 0
    old = snapshot(corpus / "dist")
    for n in range(4):
        edit(corpus / "briefs" / f"brief-00{n}.yaml", "subtitle: The", "subtitle: Revised, the")
    partial = []
    for delay in (0.6, 1.5, 2.5, 3.5):
        proc = subprocess.Popen([sys.executable, "-m", "briefbuild", "--root", str(corpus), "build", "--jobs", "2",
                                 "--force"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)  # the build and its workers, mid-way
        proc.wait()
        partial.append(snapshot(corpus / "dist"))
    assert cli(corpus, "build", "--jobs", "2").returncode == 0
    new = snapshot(corpus / "dist")
    outputs = [name for name in old if name.endswith((".pdf", ".html"))]
    assert all(old[name] != new[name] for name in outputs), "every output changed with its brief"
    for state in partial:
        for name in outputs:
            assert state[name] in (old[name], new[name]), f"{name} is neither the old nor the new file"
            if name.endswith(".pdf"):
                with pikepdf.Pdf.open(io.BytesIO(state[name])) as pdf:
                    assert len(pdf.pages) >= 1


def test_warnings_are_repeated_by_a_no_op_build_and_strict_still_fails(project):
    source = project / "sources" / f"{SAMPLE_SOURCE}.yaml"
    source.write_text(source.read_text("utf-8") + (
        "\n  - id: kishida-unused\n    speaker: fumio-kishida\n    kind: paraphrase\n    paragraph: 3\n"
        "    text: Europe and Asia are linked\n"), "utf-8")
    warning = "quote 'kishida-unused' is not used by any brief"
    first = cli(project, "build", "--format", "html")
    assert first.returncode == 0 and warning in first.stderr
    again = cli(project, "build", "--format", "html")
    assert again.returncode == 0 and written(again) == set() and warning in again.stderr
    strict = cli(project, "build", "--format", "html", "--strict")
    assert strict.returncode == 1 and warning in strict.stderr


def test_progress_is_plain_off_a_terminal_and_silent_with_quiet(project):
    run = cli(project, "build", "--format", "html")
    assert (run.stdout + run.stderr).count("japan-nato.html") == 1, "each output is named once: wrote …"
    assert "wrote dist/japan-nato.html" in run.stdout.splitlines()
    assert "\r" not in run.stderr and "\033" not in run.stderr
    quiet = cli(project, "build", "--format", "html", "--force", "--quiet")
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""
    verbose = cli(project, "build", "--format", "html", "--force", "--verbose")
    assert re.search(r"^\[1/1\] ok +japan-nato\.html \(\d+\.\d\d s\)$", verbose.stderr, re.M)
    assert "load and validate:" in verbose.stderr and "cite 1 brief(s):" in verbose.stderr


def test_outputs_of_a_deleted_brief_go_unless_someone_changed_them(corpus):
    assert cli(corpus, "build", "--format", "html").returncode == 0
    (corpus / "briefs" / "brief-001.yaml").unlink()
    (corpus / "briefs" / "brief-002.yaml").unlink()
    (corpus / "dist" / "brief-002.html").write_text("an editor's own notes", "utf-8")
    run = cli(corpus, "build", "--format", "html")
    assert run.returncode == 0, run.stderr
    assert "removed dist/brief-001.html (its brief was deleted)" in run.stdout
    assert not (corpus / "dist" / "brief-001.html").exists()
    assert (corpus / "dist" / "brief-002.html").read_text("utf-8") == "an editor's own notes"
    outputs = json.loads((corpus / "dist" / MANIFEST).read_text("utf-8"))["outputs"]
    assert sorted(outputs) == ["brief-000.html", "brief-003.html"]
    assert "0 written, 2 up to date" in cli(corpus, "build", "--format", "html").stdout


def test_temporary_files_of_a_dead_build_are_swept_and_live_ones_kept(project):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dist = project / "dist"
    dist.mkdir()
    left = dist / f".japan-nato.pdf.{int(dead.stdout)}-k1ll3d.tmp"  # its writer has exited
    live = dist / f".japan-nato.html.{os.getpid()}-w0rk1ng.tmp"  # this process is alive
    left.write_bytes(b"%PDF-1.7 half")
    live.write_bytes(b"<html")
    assert cli(project, "build", "--format", "html").returncode == 0
    assert not left.exists() and live.read_bytes() == b"<html"

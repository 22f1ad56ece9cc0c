"""A whole check split between two processes (checking/parallel.py) finds exactly what one
process finds: the same errors and warnings, the same record of what each brief uses, every
brief a misquote would spoil named, whichever process verified it. If the child fails, the
parent does its share."""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from factory import PEOPLE, brief, make_project
from factory import numbered_source as source

from briefbuild.checking import parallel, validate
from briefbuild.checking.verdict import VERDICT
from briefbuild.errors import InputError
from briefbuild.inputs.load import DiskCache

pytestmark = pytest.mark.skipif(not parallel.possible(), reason="needs Linux and two CPUs (CI has both)")


@pytest.fixture(autouse=True)
def alone():
    """The split forks only a process with no other thread (parallel.possible). A thread an
    earlier test in this worker left behind (a test server's, the reader of a finished
    process) is given time to end; one that does not is named, not taken for a failed split."""
    deadline = time.monotonic() + 10
    for thread in threading.enumerate():
        if thread is not threading.main_thread():
            thread.join(max(0.0, deadline - time.monotonic()))
    left = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
    assert not left, f"threads left running by an earlier test: {left}"


def many(tmp: Path, faults: dict[str, str | None]) -> Path:
    """30 sources and 24 briefs, each brief citing three sources, with `faults` written over them."""
    files: dict[str, str | None] = {"sources/people.yaml": PEOPLE, "sources/s1.yaml": None, "briefs/b1.yaml": None}
    for n in range(30):
        files[f"sources/s{n:02d}.yaml"] = source(n)
    for b in range(24):
        cited = [(b + k) % 30 for k in range(3)]
        blocks = "".join(f"      - claim: Lee said {{q{n}}}.\n      - claim: In short, {{p{n}}}.\n" for n in cited)
        files[f"briefs/b{b:02d}.yaml"] = brief(blocks, title=f"Brief {b}")
    files.update(faults)
    return make_project(tmp, files)


FAULTS = {
    # a misquote in a source that briefs in both shares use
    "sources/s05.yaml": source(5).replace("text: We will act on plan 5", "text: We shall act on plan 5"),
    # a source that names a person nobody knows, and a quote with an unknown speaker
    "sources/s11.yaml": source(11, "  - id: x11\n    speaker: no-one\n    kind: paraphrase\n"
                                   "    text: the plan 11 is ready\n    paragraph: 2\n"),
    # the same quote id in two files
    "sources/s17.yaml": source(17).replace("id: p17", "id: p16"),
    # a brief that cites a quote nobody defined, and one that gives a quote to the wrong person
    "briefs/b03.yaml": brief("      - claim: Lee said {q3}.\n      - claim: We cite {nope}.\n", "Brief 3"),
    "briefs/b08.yaml": brief("      - claim: Chan said {q9}.\n", "Brief 8"),
    # a brief whose YAML does not parse
    "briefs/b13.yaml": "title: [unclosed\n",
    # a source with one bad quote (the others stand in it), and one whose stored text is missing
    "sources/s22.yaml": source(22, "  - id: bad22\n    speaker: ann-lee\n    kind: direct\n    paragraph: 1\n"),
    "sources/s26.yaml": source(26).replace(
        "text: |\n  “We will act on plan 26,” Lee said.\n\n  Chan said the plan 26 is ready.\n", "text-file: s26.txt\n"),
}


def check(root: Path, split: bool, monkeypatch) -> list[str]:
    """Every diagnostic of a whole check (errors and warnings), as printed."""
    monkeypatch.setattr(validate, "SPLIT_AT", 0 if split else 10**9)
    forks = []
    real = parallel.in_two
    monkeypatch.setattr(parallel, "in_two", lambda *a: forks.append(1) or real(*a))
    try:
        project = validate.load_project(root, include=())
        found = [str(d) for d in project.warnings]
    except InputError as exc:
        found = [str(d) for d in exc.diagnostics]
    assert len(forks) == 2 * split  # the split did happen (or not): sources read, then checked, in two
    return found


@pytest.mark.parametrize("faults", [{}, FAULTS, {k: v for k, v in FAULTS.items() if k != "briefs/b13.yaml"}],
                         ids=["clean", "faults", "faults-all-parse"])
def test_split_check_finds_what_one_process_finds(tmp_path, monkeypatch, faults):
    one = check(many(tmp_path / "one", faults), False, monkeypatch)
    two = check(many(tmp_path / "two", faults), True, monkeypatch)
    assert one == two
    if faults:
        assert any("We shall act" in d or "quote 'q5'" in d for d in two), two
        assert any("unknown quote 'nope'" in d for d in two)
        assert any("duplicate quote id 'p16'" in d for d in two)
        assert any("unknown person 'no-one'" in d for d in two)
        assert any("s22.yaml:20:5: quotes.2.text: missing required key" in d for d in two), two
        assert any("text file 's26.txt' not found" in d for d in two), two


def test_a_misquote_names_every_brief_that_uses_it_whichever_process_found_it(tmp_path, monkeypatch):
    # q05 is cited by b03, b04 and b05 (each brief cites three sources in a row)
    found = check(many(tmp_path, {"sources/s05.yaml": FAULTS["sources/s05.yaml"]}), True, monkeypatch)
    message = next(d for d in found if "quote 'q5'" in d)
    assert all(f"brief 'b{b:02d}'" in message for b in (3, 4, 5)), message


def test_split_check_records_the_same_verdict(tmp_path, monkeypatch):
    clean: dict[str, str | None] = {}
    records = []
    for split in (False, True):
        root = many(tmp_path / str(split), clean)
        check(root, split, monkeypatch)
        records.append((root / VERDICT).read_bytes())
    assert records[0] == records[1]


def test_a_second_check_reuses_the_split_checks_cache(tmp_path, monkeypatch):
    """The child's parsed briefs reach .cache/ through the parent: a later one-brief load finds them."""
    root = many(tmp_path, {})
    check(root, True, monkeypatch)
    session_disk = DiskCache(root / ".cache" / "briefbuild" / "yaml")
    stored = session_disk.entries.keys()
    assert len(stored) == 24 + 30 + 1  # every brief, every source, the people


def test_the_childs_parsed_sources_reach_the_sessions_memory(tmp_path, monkeypatch):
    """A watcher's next check parses no source again, whichever process first read it."""
    root = many(tmp_path, {})
    monkeypatch.setattr(validate, "SPLIT_AT", 0)
    session = validate.Session()
    forks = []
    real = parallel.in_two
    monkeypatch.setattr(parallel, "in_two", lambda work, count: forks.append(count) or real(work, count))
    validate.load_project(root, include=(), session=session)
    assert forks[0] == 30  # the source files were read in two processes
    remembered = {Path(path).name for path, model in session.parsed if model == "Source"}
    assert remembered == {f"s{n:02d}.yaml" for n in range(30)}
    assert all(entry[2] is not None and entry[2].quotes for key, entry in session.parsed.items() if key[1] == "Source")


@pytest.mark.parametrize("dies_in", ["_load_briefs", "_parse_source"])
def test_when_the_child_fails_the_parent_does_its_share(tmp_path, monkeypatch, dies_in):
    parent = os.getpid()
    real = getattr(validate, dies_in)

    died = tmp_path / "child-died"

    def dies_in_child(*args, **kwargs):
        if os.getpid() != parent:
            died.touch()
            os._exit(9)  # as if killed: no result comes back
        time.sleep(0.05)  # on a loaded machine the parent could take every item before the child starts
        return real(*args, **kwargs)

    root = many(tmp_path / "two", FAULTS)
    one = check(many(tmp_path / "one", FAULTS), False, monkeypatch)
    monkeypatch.setattr(validate, dies_in, dies_in_child)
    assert check(root, True, monkeypatch) == one
    assert died.exists()  # the child did take a brief, and its share was done here


@pytest.mark.parametrize("count", [0, 1, 2, 7, 1023, 1024, 1025, 5000])
def test_every_item_is_taken_exactly_once(count):
    mine, theirs = parallel.in_two(list, count)
    assert sorted(mine + theirs) == list(range(count))
    assert not set(mine) & set(theirs)


def children() -> set[int]:
    me = os.getpid()
    return {int(c) for c in Path(f"/proc/{me}/task/{me}/children").read_text().split()}


def test_an_error_in_this_process_stops_the_child_and_is_raised():
    def work(taken):
        items = list(taken)
        if os.getpid() == parent:
            raise KeyboardInterrupt
        time.sleep(30)  # the child would outlive the test unless it is killed
        return items

    parent, before = os.getpid(), children()
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        parallel.in_two(work, 100)
    assert time.monotonic() - started < 10  # killed, not waited for
    assert children() == before  # and reaped: no zombie left behind


def test_briefs_a_build_renders_are_loaded_in_this_process(tmp_path, monkeypatch):
    """A fresh full build passes the briefs it will render as `include`: their models must be
    in the parent, whatever the child checked."""
    root = many(tmp_path, {})
    monkeypatch.setattr(validate, "SPLIT_AT", 0)
    project = validate.load_project(root, include={"b02", "b05", "b19"})
    assert {"b02", "b05", "b19"} <= set(project.briefs)
    assert project.briefs["b05"].title == "Brief 5"
    assert len(project.all_brief_ids) == 24 and len(project.sources) == 30


def test_when_no_second_process_can_start_the_check_runs_in_one(tmp_path, monkeypatch):
    one = check(many(tmp_path / "one", FAULTS), False, monkeypatch)

    def no_fork():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    assert check(many(tmp_path / "two", FAULTS), True, monkeypatch) == one


def test_ctrl_c_while_the_child_is_being_made_ends_it_without_a_traceback(tmp_path):
    """A Ctrl-C that reaches the child while Python runs its at-fork handlers printed
    "Exception ignored in: <function _after_fork …>" and a traceback (seen once in CI). It is
    held back across the fork: the child then ends quietly on it, and the parent does its share."""
    import subprocess
    import sys
    import textwrap
    script = tmp_path / "race.py"
    script.write_text(textwrap.dedent("""\
        import os, signal
        from briefbuild.checking import parallel
        # the Ctrl-C, at the worst moment: inside the child's at-fork handlers
        os.register_at_fork(after_in_child=lambda: os.kill(os.getpid(), signal.SIGINT))
        mine, theirs = parallel.in_two(lambda taken: list(taken), 50)
        print(sorted(mine + theirs) == list(range(50)))
        """), "utf-8")
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(root)})
    assert run.returncode == 0 and run.stdout.strip() == "True", run.stderr
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr, run.stderr

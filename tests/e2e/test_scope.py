"""`build BRIEF` checks that brief, the people and the sources it cites; `check` and a full
build check everything. A quote id is found through the index of source files, which
follows every edit."""
from __future__ import annotations

import json

import pytest
from conftest import cli
from factory import BRIEF, SOURCE, make_project

from briefbuild.cache import Packs
from briefbuild.checking.validate import load_project
from briefbuild.errors import InputError
from briefbuild.seal import opened

# A second brief and source; s2's quote is misquoted (the text says "plans", not "plan").
SOURCE2 = SOURCE.replace("lee-act", "lee-act-2").replace("lee-ready", "lee-ready-2") \
    .replace("text: We will act on the plan\n", "text: We will act on the plans\n")
BRIEF2 = BRIEF.replace("{lee-act}", "{lee-act-2}").replace("{lee-ready}", "{lee-ready-2}")
BROKEN = {"sources/s2.yaml": SOURCE2, "briefs/b2.yaml": BRIEF2}


def test_one_brief_build_checks_only_what_it_uses(tmp_path):
    root = make_project(tmp_path, BROKEN)
    alone = cli(root, "build", "b1", "--format", "html")
    assert alone.returncode == 0, alone.stderr
    assert (root / "dist" / "b1.html").is_file()
    # The misquote in s2 still fails everything that uses it, and every full check.
    for args in (("build", "b2", "--format", "html"), ("build", "--format", "html"), ("check",)):
        run = cli(root, *args)
        assert run.returncode == 1, args
        assert "sources/s2.yaml:13:5: quotes.0.text: quote 'lee-act-2': not verbatim" in run.stderr, args
    assert not (root / "dist" / "b2.html").exists()


def test_scoped_load_holds_only_the_briefs_sources_and_people(tmp_path):
    root = make_project(tmp_path, {"sources/s2.yaml": SOURCE2.replace("plans", "plan"), "briefs/b2.yaml": BRIEF2})
    project = load_project(root, briefs=["b2"])
    assert set(project.briefs) == {"b2"}
    assert set(project.sources) == {"s2"}
    assert set(project.quotes) == {"lee-act-2", "lee-ready-2"}
    assert project.all_quote_ids == {"lee-act", "lee-ready", "lee-act-2", "lee-ready-2"}
    assert set(project.people) == {"ann-lee", "bo-chan"}
    assert not project.warnings  # "unused" needs every brief: that is check's job


def test_the_quote_index_follows_edits_to_sources(tmp_path):
    root = make_project(tmp_path, {"sources/s2.yaml": SOURCE2.replace("plans", "plan"), "briefs/b2.yaml": BRIEF2})
    assert cli(root, "check").returncode == 0  # a full load writes the index
    index = json.loads(opened((root / ".cache/briefbuild/quote-index.json").read_bytes()))["files"]
    assert index["sources/s2.yaml"][1] == ["lee-act-2", "lee-ready-2"]
    # The quote moves to a new file: the index is stale for s2 and new for s3; both are found.
    moved = SOURCE2.replace("plans", "plan").replace("lee-ready-2", "lee-ready-3")
    (root / "sources/s3.yaml").write_text(moved.replace("lee-act-2", "lee-act-3"), "utf-8")
    (root / "briefs/b2.yaml").write_text(BRIEF2.replace("{lee-ready-2}", "{lee-ready-3}"), "utf-8")
    project = load_project(root, briefs=["b2"])
    assert project.quote_source["lee-ready-3"] == "s3" and project.quote_source["lee-act-2"] == "s2"
    assert set(project.sources) == {"s2", "s3"}


def test_unknown_and_duplicate_quote_ids_are_reported_in_a_scoped_build(tmp_path):
    # b1 uses lee-act; s2 defines lee-act too: the build of b1 cannot tell which one is meant.
    root = make_project(tmp_path, {"sources/s2.yaml": SOURCE, "briefs/b1.yaml": BRIEF.replace("{lee-ready}", "{lee-redy}")})
    with pytest.raises(InputError) as caught:
        load_project(root, briefs=["b1"])
    messages = [str(d) for d in caught.value.diagnostics]
    assert any("duplicate quote id 'lee-act' (also in sources/s1.yaml:10)" in m for m in messages), messages
    assert any("unknown quote 'lee-redy' (did you mean 'lee-ready'?)" in m for m in messages), messages


def test_a_quote_in_a_source_that_does_not_parse_is_not_called_unknown(tmp_path):
    # s2 is broken YAML and holds the quote b2 uses: the parse error is shown, not "unknown quote".
    root = make_project(tmp_path, {"sources/s2.yaml": SOURCE2.replace("title: A Story", "title: [A Story"),
                                   "briefs/b2.yaml": BRIEF2})
    run = cli(root, "build", "b2", "--format", "html")
    assert run.returncode == 1
    assert "sources/s2.yaml:" in run.stderr and "unknown quote" not in run.stderr
    assert cli(root, "build", "b1", "--format", "html").returncode == 0


def test_a_scoped_build_never_lets_a_full_build_skip_validation(tmp_path):
    root = make_project(tmp_path, BROKEN)
    assert cli(root, "build", "b1", "--format", "html").returncode == 0
    (root / "briefs/b2.yaml").unlink()
    (root / "sources/s2.yaml").write_text(SOURCE2, "utf-8")  # still misquoted, now unused
    run = cli(root, "build", "--format", "html")
    assert run.returncode == 1 and "quote 'lee-act-2'" in run.stderr


def test_a_one_brief_build_keeps_the_caches_of_the_whole_project(tmp_path):
    one_claim = "      - claim: In short, {lee-ready}.\n"
    root = make_project(tmp_path, {"sources/s2.yaml": SOURCE2.replace("plans", "plan"), "briefs/b2.yaml": BRIEF2,
                                   "briefs/b3.yaml": BRIEF.replace(one_claim, ""),
                                   "briefs/b4.yaml": BRIEF2.replace(one_claim.replace("lee-ready", "lee-ready-2"), "")})
    assert cli(root, "build", "--format", "html").returncode == 0
    cache = root / ".cache" / "briefbuild"
    notes = {p.name for p in (cache / "notes").iterdir()}
    parsed = Packs(next((cache / "yaml").iterdir())).keys()
    assert len(notes) == 4 and len(parsed) == 7  # four briefs' notes; people, two sources, four briefs
    # b1 now cites differently: its new notes join the cache, and nobody else's are dropped.
    (root / "briefs/b1.yaml").write_text(BRIEF.replace("In short, {lee-ready}.", "In short, {lee-ready}, {lee-act}."),
                                         "utf-8")
    assert cli(root, "build", "b1", "--format", "html").returncode == 0
    assert notes < {p.name for p in (cache / "notes").iterdir()}
    assert parsed < Packs(next((cache / "yaml").iterdir())).keys()

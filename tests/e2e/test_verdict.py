"""A full check reuses what the last one proved: with sources/ unchanged, only new and
edited briefs are loaded and checked, and the project-wide warnings stay exact."""
from __future__ import annotations

import pytest
from conftest import cli
from factory import BRIEF, make_project

from briefbuild.cache import Packs
from briefbuild.checking.validate import load_project
from briefbuild.errors import InputError

BRIEF2 = BRIEF.replace("      - claim: In short, {lee-ready}.\n", "")  # uses lee-act only


def loaded(root, **kw):
    return set(load_project(root, include=(), **kw).briefs)


def test_only_new_and_edited_briefs_are_checked_again(tmp_path):
    root = make_project(tmp_path, {"briefs/b2.yaml": BRIEF2})
    assert loaded(root) == {"b1", "b2"}  # no record yet: everything
    assert loaded(root) == set()  # nothing changed: nothing to load
    (root / "briefs/b2.yaml").write_text(BRIEF2.replace("A Brief", "Another Brief"), "utf-8")
    assert loaded(root) == {"b2"}
    (root / "briefs/b3.yaml").write_text(BRIEF2, "utf-8")
    assert loaded(root) == {"b3"}
    assert set(load_project(root, include={"b1"}).briefs) == {"b1"}  # a build needs b1's outputs
    # Any change under sources/ means a full check.
    (root / "sources/people.yaml").write_text((root / "sources/people.yaml").read_text("utf-8") + "\n", "utf-8")
    assert loaded(root) == {"b1", "b2", "b3"}


def test_warnings_follow_edits_and_deletions_of_briefs(tmp_path):
    # Each brief its own title: two alike are warned of (the next test).
    root = make_project(tmp_path, {"briefs/b2.yaml": BRIEF2.replace("title: A Brief", "title: Another Brief")})
    assert not load_project(root, include=()).warnings
    (root / "briefs/b1.yaml").write_text(BRIEF2, "utf-8")  # now nobody uses lee-ready
    project = load_project(root, include=())
    assert set(project.briefs) == {"b1"}
    assert [str(w) for w in project.warnings] == [
        "sources/s1.yaml:15:5: warning: quotes.1.id: quote 'lee-ready' is not used by any brief"]
    (root / "briefs/b1.yaml").unlink()
    (root / "briefs/b2.yaml").unlink()
    (root / "briefs/b3.yaml").write_text(BRIEF.replace("{lee-act}", "{lee-ready}"), "utf-8")
    assert [str(w) for w in load_project(root, include=()).warnings] == [
        "sources/s1.yaml:10:5: warning: quotes.0.id: quote 'lee-act' is not used by any brief"]
    with pytest.raises(InputError):
        load_project(root, include=(), strict=True)


def alike(b: str, other: str, heading: str = "A Brief") -> str:
    return (f"briefs/{b}.yaml:1:1: warning: title: '{heading}' is also the title of briefs/{other}.yaml: the site's "
            "index and feed would list them alike; give each brief its own title (or subtitle)")


def test_two_briefs_of_one_title_are_warned_of_with_both_files_named(tmp_path):
    """The site's index would list them as two identical entries. The title of a brief the record
    answers for counts too: a new brief is compared with those not loaded again."""
    root = make_project(tmp_path, {"briefs/b2.yaml": BRIEF2.replace("title: A Brief", "title: Another Brief")})
    assert not load_project(root, include=()).warnings
    (root / "briefs/b3.yaml").write_text(BRIEF2.replace("title: A Brief", "title: a  BRIEF"), "utf-8")
    project = load_project(root, include=())
    assert set(project.briefs) == {"b3"}  # b1 from the record
    assert [str(w) for w in project.warnings] == [alike("b1", "b3"), alike("b3", "b1", "a  BRIEF")]
    with pytest.raises(InputError):
        load_project(root, include=(), strict=True)
    # A subtitle of its own tells the two apart on the index, in the feed and in a reader's tabs.
    (root / "briefs/b3.yaml").write_text(BRIEF2.replace("title: A Brief", "title: A Brief\nsubtitle: Part two"),
                                         "utf-8")
    assert not load_project(root, include=()).warnings
    (root / "briefs/b2.yaml").write_text(BRIEF2, "utf-8")  # three files now, two of them alike
    assert [str(w) for w in load_project(root, include=()).warnings] == [alike("b1", "b2"), alike("b2", "b1")]
    (root / "briefs/b1.yaml").unlink()  # (b1 alone used lee-ready)
    assert [w.message for w in load_project(root, include=()).warnings] == ["quote 'lee-ready' is not used by any brief"]


def test_an_invalid_edit_is_caught_and_never_recorded_as_passed(tmp_path):
    root = make_project(tmp_path)
    assert loaded(root) == {"b1"}
    good = (root / "briefs/b1.yaml").read_text("utf-8")
    (root / "briefs/b1.yaml").write_text(good.replace("{lee-act}", "{lee-acts}"), "utf-8")
    for _ in range(2):  # the failure is not remembered as a pass
        with pytest.raises(InputError) as caught:
            load_project(root, include=())
        assert "unknown quote 'lee-acts' (did you mean 'lee-act'?)" in caught.value.format_message()
    (root / "briefs/b1.yaml").write_text(good, "utf-8")
    assert loaded(root) == set()  # back to the bytes that passed


def test_check_and_a_full_build_use_the_record(tmp_path):
    root = make_project(tmp_path, {"briefs/b2.yaml": BRIEF2})
    first = cli(root, "build", "--format", "html", "-v")
    assert first.returncode == 0, first.stderr
    (root / "briefs/b2.yaml").write_text(BRIEF2.replace("A Brief", "Another Brief"), "utf-8")
    again = cli(root, "build", "--format", "html")
    assert "wrote dist/b2.html" in again.stdout and "1 written, 1 up to date" in again.stdout
    check = cli(root, "check")
    assert check.returncode == 0, check.stderr
    assert "ok: 2 brief(s), 1 source(s), 2 quote(s) verified; 0 brief(s) checked now, the rest unchanged" in check.stdout
    # A misquote in the (changed) source is found, and named with the briefs that use it.
    source = (root / "sources/s1.yaml").read_text("utf-8")
    (root / "sources/s1.yaml").write_text(source.replace("text: We will act on the plan", "text: We act on the plan"), "utf-8")
    bad = cli(root, "check")
    assert bad.returncode == 1
    assert "quote 'lee-act': not verbatim in the source" in bad.stderr
    assert "(used by brief 'b1' at briefs/b1.yaml:10:9; brief 'b2' at briefs/b2.yaml:10:9)" in bad.stderr


def test_reusing_the_record_keeps_the_parsed_entries_of_files_it_did_not_read(tmp_path):
    from factory import SOURCE
    root = make_project(tmp_path, {"sources/s2.yaml": SOURCE.replace("lee-", "other-")})  # s2: cited by nobody
    assert loaded(root) == {"b1"}
    entries = root / ".cache" / "briefbuild" / "yaml"
    [folder] = entries.iterdir()
    before = Packs(folder).keys()
    assert len(before) == 4  # people, s1, s2, b1
    (root / "briefs/b1.yaml").write_text(BRIEF.replace("A Brief", "The Brief"), "utf-8")
    # A fresh process loads every brief (--force) but not s2: it must not drop s2's entry.
    assert cli(root, "build", "--force", "--format", "html").returncode == 0
    assert before <= Packs(folder).keys()


@pytest.mark.parametrize("damage", ['{"base": "x", "briefs": [], "quotes": {}, "sources": {}}',
                                    '{"base": 1, "briefs": {"b1": {"quotes": 3}}, "quotes": {}, "sources": {}}',
                                    '{"base": "", "briefs": {}, "quotes": {"q": [1]}, "sources": {}}', "[]", "{",
                                    '{"version": 2, "outputs": {"b1.html": {"brief": "b1", "format": "html", '
                                    '"key": "k", "inputs": 7, "output": "o"}}}'])
def test_damaged_records_and_caches_mean_more_work_never_a_traceback(tmp_path, damage):
    root = make_project(tmp_path)
    assert cli(root, "check").returncode == 0
    assert cli(root, "build", "--format", "html").returncode == 0
    for path in (root / ".cache/briefbuild/verdict.json", root / ".cache/briefbuild/quote-index.json",
                 root / "dist/.briefbuild-manifest.json", *(root / ".cache/briefbuild").glob("*/*.json"),
                 *(root / ".cache/briefbuild").glob("*/*/*.json"), *(root / ".cache/briefbuild").glob("*/*/*.pack")):
        path.write_text(damage, "utf-8")
    for args in (("check",), ("build", "--format", "html"), ("build", "b1", "--format", "html")):
        run = cli(root, *args)
        assert run.returncode == 0 and "Traceback" not in run.stderr, (args, run.stderr)


@pytest.mark.parametrize(("name", "expected"), [
    (".#b1.yaml", []),  # an editor's lock file, hidden: no input, as a first check finds too
    ("b1 copy.yaml", ["briefs/b1 copy.yaml:1:1: file name 'b1 copy' is not a valid id: rename the file to "
                      "b1-copy.yaml (lowercase letters, digits and single hyphens)"]),
])
def test_a_file_that_is_no_brief_gets_the_same_verdict_with_and_without_the_record(tmp_path, name, expected):
    root = make_project(tmp_path)
    load_project(root)  # passes: the record is written
    (root / "briefs" / name).write_text(BRIEF, "utf-8")

    def found(**kw) -> list[str]:
        try:
            load_project(root, **kw)
        except InputError as exc:
            return [str(d) for d in exc.diagnostics]
        return []
    assert found(include=()) == expected, "with the record"
    assert found() == expected, "again"


def test_a_misnamed_yaml_file_stops_a_build_that_was_up_to_date(tmp_path):
    root = make_project(tmp_path)
    assert cli(root, "build", "--format", "html").returncode == 0
    (root / "briefs" / "b2.yml").write_text(BRIEF, "utf-8")
    run = cli(root, "build", "--format", "html")
    assert run.returncode == 1, run.stderr
    assert "briefs/b2.yml:1:1: not read: inputs are files ending in .yaml (lowercase): rename it to b2.yaml" in run.stderr

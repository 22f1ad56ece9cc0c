"""A Session is what one command remembers, and nothing outlives it (issue 14)."""
from __future__ import annotations

from factory import BRIEF, make_project

from briefbuild.checking import validate
from briefbuild.hashing import file_hash
from briefbuild.session import Session


def test_a_session_reuses_what_is_unchanged_and_sees_every_edit(tmp_path):
    root = make_project(tmp_path)
    session = Session()
    first = validate.load_project(root, session=session)
    again = validate.load_project(root, session=session)
    assert again.sources["s1"] is first.sources["s1"], "an unchanged file is not parsed again"
    (root / "briefs" / "b1.yaml").write_text(BRIEF.replace("title: A Brief", "title: An Edited Brief"), "utf-8")
    edited = validate.load_project(root, session=session)
    assert edited.briefs["b1"].title == "An Edited Brief"
    assert edited.sources["s1"] is first.sources["s1"]


def test_sessions_share_nothing(tmp_path):
    root = make_project(tmp_path)
    one, two = Session(), Session()
    first = validate.load_project(root, session=one)
    second = validate.load_project(root, session=two)
    assert second.sources["s1"] is not first.sources["s1"]
    assert validate.load_project(root).sources["s1"] is not first.sources["s1"], "no session: nothing reused"
    assert one.parsed and one.parsed.keys() == two.parsed.keys() and one.parsed is not two.parsed


def test_nothing_is_remembered_by_the_process():
    """The process-wide caches and flags the session replaced are gone."""
    import briefbuild.build.workers as workers
    import briefbuild.hashing as hashing
    for module, name in ((validate, "_PARSED"), (validate, "_DISKS"), (validate, "_INDEXES"),
                         (hashing, "_SEEN"), (workers, "_unavailable")):
        assert not hasattr(module, name), f"{module.__name__}.{name}"


def test_file_hashes_are_remembered_only_by_the_session_that_made_them(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("a", "utf-8")
    session = Session()
    value = file_hash(path, session.seen)
    assert value == file_hash(path) and Session().seen == {}

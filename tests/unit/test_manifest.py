"""Hashing inputs and outputs: a long-running process skips unchanged files, never changed ones."""
from __future__ import annotations

from briefbuild.hashing import file_hash


def test_a_same_size_edit_in_the_same_instant_is_seen(tmp_path):
    path = tmp_path / "b1.yaml"
    path.write_text("title: A\n", "utf-8")
    first = file_hash(path)
    path.write_text("title: B\n", "utf-8")  # same size, same inode, within the file system's time tick
    assert file_hash(path) != first


def test_an_unchanged_file_is_not_read_again_and_an_edit_still_is(tmp_path, monkeypatch):
    from briefbuild import hashing as manifest
    monkeypatch.setattr(manifest, "RACY_NS", -1)  # as if every file were older than a second
    reads = []
    real = manifest.hash_regular
    monkeypatch.setattr(manifest, "hash_regular", lambda path, hasher, *how: reads.append(path.name) or real(path, hasher, *how))
    path = tmp_path / "s1.yaml"
    path.write_text("title: A\n", "utf-8")
    seen: dict = {}  # a Session's memo
    value = file_hash(path, seen)
    assert file_hash(path, seen) == value and reads == ["s1.yaml"]
    assert file_hash(path) == value and reads == ["s1.yaml"] * 2, "without a session nothing is remembered"
    path.write_text("title: Bb\n", "utf-8")
    assert file_hash(path, seen) != value and reads == ["s1.yaml"] * 3


def test_library_versions_are_those_importlib_metadata_reports():
    """The tool hash reads the libraries' versions from dist-info folder names (40 ms faster
    per process): the same versions importlib.metadata gives."""
    from importlib.metadata import version

    from briefbuild.hashing import LIBRARIES, _library_versions
    assert _library_versions() == {name: version(name) for name in LIBRARIES}

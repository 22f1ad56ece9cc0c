"""File stamps kept across processes (.cache/briefbuild/stamps.json): a file whose size, times
and inode are unchanged is not hashed again; a changed file is; a damaged table is ignored."""
from __future__ import annotations

import time

import pytest

from briefbuild import hashing
from briefbuild.hashing import digest, file_hash, load_stamps, save_stamps


@pytest.fixture
def fresh(monkeypatch):
    """An empty table, as in a new process."""
    monkeypatch.setattr(hashing, "_SEEN", {})
    monkeypatch.setattr(hashing, "_STAMPS", {"read": set(), "entries": 0})


def test_a_new_process_takes_the_hash_of_an_unchanged_file_from_the_table(tmp_path, fresh, monkeypatch):
    path, table = tmp_path / "a.yaml", tmp_path / "stamps.json"
    path.write_bytes(b"one")
    time.sleep(1.1)  # older than the racy window, so the stamp may be kept
    assert file_hash(path) == digest(b"one")
    save_stamps(table)
    monkeypatch.setattr(hashing, "_SEEN", {})
    monkeypatch.setattr(hashing, "_STAMPS", {"read": set(), "entries": 0})
    load_stamps(table)
    assert hashing._SEEN[str(path)][1] == digest(b"one")
    reads = []
    monkeypatch.setattr(type(path), "read_bytes", lambda self: reads.append(self) or b"")
    assert file_hash(path) == digest(b"one") and reads == [], "taken from the table, not read"


def test_a_changed_file_is_read_again(tmp_path, fresh):
    path, table = tmp_path / "a.yaml", tmp_path / "stamps.json"
    path.write_bytes(b"one")
    time.sleep(1.1)
    file_hash(path)
    save_stamps(table)
    path.write_bytes(b"two")  # same size; the times and the change time differ
    hashing._SEEN.clear()
    hashing._STAMPS["read"].clear()
    load_stamps(table)
    assert file_hash(path) == digest(b"two")


@pytest.mark.parametrize("damage", [b"", b"{", b"[]", b'{"files": []}', b'{"files": {"x": [1, 2]}}', b"\xff\xfe"])
def test_a_damaged_table_means_reading_files(tmp_path, fresh, damage):
    path, table = tmp_path / "a.yaml", tmp_path / "stamps.json"
    path.write_bytes(b"one")
    table.write_bytes(damage)
    load_stamps(table)
    assert file_hash(path) == digest(b"one")

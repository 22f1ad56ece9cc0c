"""A reference file that cannot be imported is one line naming the file (and the line, where
there is one) and what to do: never a traceback, and nothing written."""
from __future__ import annotations

import os

import pytest
from factory import make_project

from briefbuild.commands.importer import import_file
from briefbuild.errors import ToolError

ONE = '[{"id": "k", "citation-key": "kishi", "type": "book", "title": "A Book", "issued": {"date-parts": [[2020]]}}]'

CASES = [
    ("latin.json", b'[{"id": "x",\n "title": "T\xff"}]', "latin.json:2: not UTF-8 (byte 0xff): export the file again as UTF-8"),
    ("lib.bib", b"@book{k,\n title = {\xe9t\xe9}}\n", "lib.bib:2: not UTF-8 (byte 0xe9)"),
    ("bad.ris", b"TY  - JOUR\n", "bad.ris:2:1: pandoc cannot read this as RIS (unexpected '\\n'): fix the entry there"),
    ("empty.json", b"[]", "empty.json: no references found in it"),
    ("empty.bib", b"% nothing here\n", "empty.bib: no references found in it"),
    ("shape.json", b'{"items": 3}', "shape.json: expected a list of CSL-JSON items"),
    ("broken.json", b'[{"id": "x"', "broken.json:1:12: not JSON"),
    ("notes.txt", b"x", "notes.txt: unknown kind of file"),
]


@pytest.mark.parametrize(("name", "data", "message"), CASES, ids=[c[0] for c in CASES])
def test_a_file_that_cannot_be_imported_is_one_clear_error(tmp_path, name, data, message):
    root = make_project(tmp_path / "p")
    before = sorted(p.name for p in (root / "sources").iterdir())
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ToolError) as err:
        import_file(root, path)
    assert str(err.value).startswith(message), str(err.value)
    assert "\n" not in str(err.value)
    assert sorted(p.name for p in (root / "sources").iterdir()) == before


def test_a_fifo_is_refused_without_waiting(tmp_path):
    root = make_project(tmp_path / "p")
    os.mkfifo(tmp_path / "lib.json")
    with pytest.raises(ToolError, match=r"^lib.json: not a regular file"):
        import_file(root, tmp_path / "lib.json")


@pytest.mark.parametrize("existing", ["a: [unclosed\n", "- a list\n", b"title: caf\xe9\n"])
def test_update_over_a_source_that_cannot_be_read_refuses_that_item_and_keeps_the_file(tmp_path, existing):
    root = make_project(tmp_path / "p")
    target = root / "sources" / "kishi.yaml"
    target.write_bytes(existing if isinstance(existing, bytes) else existing.encode("utf-8"))
    (tmp_path / "lib.json").write_text(ONE, "utf-8")
    report = import_file(root, tmp_path / "lib.json", update=True)
    assert report.written == []
    assert report.refused == ["item 1 (k): sources/kishi.yaml is not a mapping of fields that can be read: fix it "
                              "(`python build.py check` shows where), or replace it with --force"]
    assert target.read_bytes() == (existing if isinstance(existing, bytes) else existing.encode("utf-8"))

"""The scan's memo of file hashes, kept in .cache/ between processes (as git's index): used only
for a file whose size, times and inode are unchanged, and only when sealed with this machine's key."""
from __future__ import annotations

import json
import os
import time

from factory import make_project

from briefbuild import cache
from briefbuild.hashing import file_hash
from briefbuild.inputs.scan import MEMO, Scan
from briefbuild.seal import seal
from briefbuild.session import Session

FAKE = "f" * 64


def memo_claiming(root, rel: str, value: str, sealed: bool = True) -> None:
    """A memo that gives `rel`, as it is now on disk, the hash `value`."""
    path = root / rel
    st = os.stat(path)
    data = json.dumps({"files": {str(path): [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, value]}})
    (root / MEMO).parent.mkdir(parents=True, exist_ok=True)
    (root / MEMO).write_bytes(seal(data.encode("utf-8")) if sealed else data.encode("utf-8"))


def test_a_fresh_process_takes_the_hash_of_an_unchanged_file_from_the_memo(tmp_path):
    root = make_project(tmp_path / "p").resolve()
    memo_claiming(root, "briefs/b1.yaml", FAKE)
    assert Scan.read(root, Session()).files["briefs/b1.yaml"] == FAKE  # not read: the memo answered
    # Any change to the file changes its stamp: hashed again.
    (root / "briefs/b1.yaml").write_text((root / "briefs/b1.yaml").read_text("utf-8") + "\n", "utf-8")
    assert Scan.read(root, Session()).files["briefs/b1.yaml"] == file_hash(root / "briefs/b1.yaml")


def test_a_memo_not_sealed_with_this_machines_key_or_of_the_wrong_shape_is_ignored(tmp_path):
    root = make_project(tmp_path / "p").resolve()
    real = file_hash(root / "briefs/b1.yaml")
    cache.REJECTED.clear()
    memo_claiming(root, "briefs/b1.yaml", FAKE, sealed=False)
    assert Scan.read(root, Session()).files["briefs/b1.yaml"] == real
    memo_claiming(root, "briefs/b1.yaml", "not a hash")
    assert Scan.read(root, Session()).files["briefs/b1.yaml"] == real
    os.symlink("/dev/zero", root / "zero")
    (root / MEMO).unlink()
    os.symlink(root / "zero", root / MEMO)
    assert Scan.read(root, Session()).files["briefs/b1.yaml"] == real
    assert cache.REJECTED == [f"ignored {root / MEMO}: not sealed with this machine's cache key",
                              f"ignored {root / MEMO}: not a record of file hashes",
                              f"ignored {root / MEMO}: not a regular file"]
    cache.REJECTED.clear()


def test_the_memo_is_written_for_files_unchanged_for_a_second(tmp_path):
    root = make_project(tmp_path / "p").resolve()
    time.sleep(1.1)  # a file changed within the last second is never remembered (hashing.RACY_NS)
    first = Scan.read(root, Session())
    assert (root / MEMO).is_file()
    memo_claiming(root, "briefs/b1.yaml", FAKE)  # proves the next scan reads the memo, not the file
    assert Scan.read(root, Session()).files["briefs/b1.yaml"] == FAKE
    assert first.files["briefs/b1.yaml"] == file_hash(root / "briefs/b1.yaml")


def test_a_file_name_that_is_not_utf8_stays_out_of_the_memo_and_breaks_nothing(tmp_path):
    """Python holds such a name's bytes as surrogates, which JSON cannot carry: writing the
    memo raised a TypeError (a traceback on the second check) until those names were left out."""
    root = make_project(tmp_path / "p").resolve()
    odd = os.path.join(os.fsencode(root / "sources"), b"caf\xe9.txt")
    with open(odd, "wb") as fh:
        fh.write(b"x")
    time.sleep(1.1)  # old enough to be remembered (hashing.RACY_NS)
    for _ in range(2):
        assert Scan.read(root, Session()).files[os.fsdecode(b"sources/caf\xe9.txt")] == file_hash(os.fsdecode(odd))
    assert (root / MEMO).is_file()
    assert Scan.read(root, Session()).files["briefs/b1.yaml"] == file_hash(root / "briefs/b1.yaml")

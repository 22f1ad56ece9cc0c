"""Content hashes of every project input, read before any other work."""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from ..cache import reject
from ..chars import escape
from ..files import MAX_RECORD, Refused, read_regular
from ..hashing import file_hash, hash_json
from ..patterns import lazy
from ..seal import opened, seal
from ..session import Session
from ..write import write_atomic

Seen = dict  # a Session's memo of file hashes (session.Session.seen)

# models.ID_PATTERN, without importing pydantic (a no-op build imports nothing heavy).
_ID = lazy(r"[a-z0-9]+(-[a-z0-9]+)*")


# A brief's id names its outputs and their temporary files (`.<id>.docx.<pid>-<random>.tmp`):
# a name of 255 bytes passed check, then every build failed with "File name too long".
MAX_ID = 100


def valid_id(name: str) -> bool:
    """True for a name usable as an id: a file named otherwise is an input error, never an id."""
    return len(name) <= MAX_ID and _ID.fullmatch(name) is not None


# A name a person would give a file (`Council Vote 2025`, `harbour_review`, `Défense`): its id is
# plain to see. A name of other signs (markup, controls) gets no suggestion: it may be no one's.
_PLAIN_NAME = lazy(r"[\w .'-]+")


def id_for(name: str) -> str | None:
    """The id a plainly written name stands for (`Council Vote 2025` -> council-vote-2025), or None."""
    if not _PLAIN_NAME.fullmatch(name):
        return None
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    found = "-".join(re.findall(r"[a-z0-9]+", folded))
    return found if found != name and valid_id(found) else None


def name_problem(name: str) -> str | None:
    """Why a file in briefs/ or sources/ that is meant as YAML input cannot be read as one
    (`b2.yml`, `B 2.yaml`, an id of 150 characters), as the fix to print; None when it can,
    or when it is no YAML input at all (`s1.txt`, an editor's hidden `.#b1.yaml`, the owner file
    `~$b1.yaml` Word keeps beside a file it has open)."""
    base, dot, ext = name.rpartition(".")
    if name.startswith((".", "~$")) or not dot or not base or ext.lower() not in ("yml", "yaml"):
        return None
    if ext != "yaml":
        return f"not read: inputs are files ending in .yaml (lowercase): rename it to {escape(base)}.yaml"
    if len(base) > MAX_ID and _ID.fullmatch(base):
        return (f"file name '{escape(base[:40])}…' is {len(base)} characters long, over the limit of {MAX_ID} "
                "(its outputs could not be written): rename the file to a shorter id")
    if not valid_id(base):
        if suggested := id_for(base):
            return (f"file name '{escape(base)}' is not a valid id: rename the file to {suggested}.yaml "
                    "(lowercase letters, digits and single hyphens)")
        return (f"file name '{escape(base)}' is not a valid id: rename the file to lowercase letters, "
                "digits and single hyphens (e.g. japan-nato.yaml)")
    return None


def _tree(root: Path, folder: Path, recursive: bool, seen: Seen | None) -> dict[str, str | None]:
    if not recursive:
        return _folder(root, folder, seen)
    return {p.relative_to(root).as_posix(): _inside_hash(root, p, seen) for p in sorted(folder.rglob("*")) if p.is_file()}


def _folder(root: Path, folder: Path, seen: Seen | None) -> dict[str, str | None]:
    """The files of one folder, as _tree finds them, from one directory listing: a folder of
    thousands of sources is not stat-ed file by file and sorted as paths first."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError:
        return {}
    prefix = folder.relative_to(root).as_posix() + "/"
    found: dict[str, str | None] = {}
    for entry in entries:
        try:
            if not entry.is_file():  # follows links, as Path.is_file does
                continue
            link = entry.is_symlink()
        except OSError:
            continue
        # entry.path is the folder's path and the name as text: no Path object per file (a
        # tenth of a no-op build of 1,000 briefs went into building 15,000 of them).
        found[prefix + entry.name] = _inside_hash(root, Path(entry.path), seen) if link else file_hash(entry.path, seen)
    return found


def _inside_hash(root: Path, path: Path, seen: Seen | None) -> str | None:
    """The hash of a file in the project; None for a link that leads out of it, which is
    never read (validation reports it), so hashing cannot be made to read /etc/hostname."""
    if path.is_symlink():
        try:
            if not path.resolve(strict=True).is_relative_to(root.resolve()):
                return None
        except (OSError, RuntimeError):  # dangling, or a loop
            return None
    return file_hash(path, seen)


@dataclass(frozen=True)
class Scan:
    """Content hashes of every project input, read before any other work."""

    root: Path
    files: dict[str, str | None]  # briefs/*.yaml, sources/*, pyproject.toml -> sha256 (None: unreadable)
    templates: str  # one hash over templates/**
    seen: Seen = field(default_factory=dict, compare=False, repr=False)  # the session's memo
    known: dict | None = field(default=None, compare=False, repr=False)  # the memo as on disk (None: not ours)

    @classmethod
    def read(cls, root: Path, session: Session | None = None) -> Scan:
        seen = (session or Session()).seen
        known = _load_memo(root, seen) if not seen else None  # a session's first scan
        # The themes (themes/<name>/: templates, logo, colours, fonts) are part of the look, like templates/.
        look = {**_tree(root, root / "templates", True, seen), **_tree(root, root / "themes", True, seen)}
        scan = cls(root, cls.inputs(root, seen), hash_json(look), seen, known)
        scan.remember()
        return scan

    def remember(self) -> None:
        """Keep the hashes of files under the project (inputs, and outputs once a build has
        checked them) for the next process: .cache/briefbuild/hashes.json, if changed."""
        if self.known is not None:
            _save_memo(self.root, self.seen, self.known)

    @staticmethod
    def inputs(root: Path, seen: Seen | None = None) -> dict[str, str | None]:
        """briefs/*, sources/*, assets/** (tables' and figures' files) and pyproject.toml: what validation reads."""
        files = {**_tree(root, root / "briefs", False, seen), **_tree(root, root / "sources", False, seen),
                 **_tree(root, root / "assets", True, seen)}
        files["pyproject.toml"] = _inside_hash(root, root / "pyproject.toml", seen)
        return files

    @property
    def brief_ids(self) -> list[str]:
        stems = (Path(p).stem for p in self.files if p.startswith("briefs/") and p.endswith(".yaml"))
        return sorted(stem for stem in stems if valid_id(stem))

    def hash_of(self, rel: str) -> str | None:
        return self.files[rel] if rel in self.files else _inside_hash(self.root, self.root / rel, self.seen)


# The session's memo of file hashes, kept in .cache/ for the next process, as git keeps its
# index: a no-op build of 1,000 briefs otherwise reads and hashes 46 MB of inputs only to
# find them unchanged. Sealed like every record there (seal.py): a forged memo could claim
# any hash for a file. An entry is used only while size, mtime, ctime and inode are all the
# same, and none is kept for a file changed within a second of hashing (hashing.RACY_NS).
MEMO = Path(".cache") / "briefbuild" / "hashes.json"
_HEX = lazy(r"[0-9a-f]{64}")


def _load_memo(root: Path, seen: Seen) -> dict:
    """Fill `seen` from the record; return what it held (to save only what changed)."""
    path = root / MEMO
    try:
        record = orjson.loads(opened(read_regular(path, MAX_RECORD, follow=False)))
    except Refused:  # none yet (or not a file): every file is hashed
        if path.is_symlink() or path.exists():
            reject(path, "not a regular file")
        return {}
    except ValueError as exc:
        reject(path, str(exc) if "sealed" in str(exc) else "not valid JSON")
        return {}
    files = record.get("files") if isinstance(record, dict) else None
    prefix = str(root) + os.sep
    if not isinstance(files, dict) or not all(
            isinstance(k, str) and k.startswith(prefix) and type(v) is list and len(v) == 5
            and type(v[0]) is int and type(v[1]) is int and type(v[2]) is int and type(v[3]) is int
            and type(v[4]) is str and _HEX.fullmatch(v[4]) for k, v in files.items()):
        reject(path, "not a record of file hashes")
        return {}
    for name, entry in files.items():
        seen[name] = (tuple(entry[:4]), entry[4])
    return dict(seen)


def _utf8(name: str) -> bool:
    """False for a file name that is not UTF-8 on disk (Python holds its bytes as surrogates,
    which JSON cannot carry): such a file is simply hashed again by each process."""
    try:
        return name.isascii() or bool(name.encode("utf-8"))
    except UnicodeEncodeError:
        return False


def _save_memo(root: Path, seen: Seen, known: dict) -> None:
    prefix = str(root) + os.sep
    mine = {k: v for k, v in seen.items() if k.startswith(prefix) and _utf8(k)}
    if mine == known:
        return
    known.clear()
    known.update(mine)
    data = {"files": {k: [*stamp, value] for k, (stamp, value) in sorted(mine.items())}}
    try:
        write_atomic(root / MEMO, seal(orjson.dumps(data)), durable=False)
    except OSError:  # a read-only checkout: the next process hashes again
        pass

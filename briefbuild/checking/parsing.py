"""Stage 2a, parse: a file's YAML as a typed model, each error positioned, the result reused for
unchanged bytes (the session's memory, the parse cache on disk)."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ValidationError

from ..errors import Diagnostic
from ..files import Refused, read_regular
from ..inputs.load import DiskCache, YamlDoc, load_yaml
from ..inputs.project import Project
from ..session import Session
from .messages import explain, kind_of
from .unfilled import covered, unfilled

PEOPLE_FILE = "people.yaml"

# A long-running process (watch, serve) keeps one Session and re-validates on every save:
# files whose bytes did not change are not parsed again (Session.parsed, keyed by path,
# model and a digest of the bytes).


def disk_cache(session: Session, root: Path) -> DiskCache | None:
    """The project's parse cache on disk, read and written by the first load of a session only:
    after that, the session's own memory answers, and a watcher's save stays fast."""
    if root in session.disks:
        return None
    session.disks[root] = disk = DiskCache(root / ".cache" / "briefbuild" / "yaml")
    return disk


class Caches(NamedTuple):
    """What a load reuses: the session (its parsed files) and the parse cache on disk (first load only)."""

    session: Session
    disk: DiskCache | None

    def parse(self, model: type[BaseModel], path: Path, name: str, diags: list[Diagnostic]):
        return load_and_parse(model, path, name, diags, self.disk, self.session.parsed)


def load_and_parse(model: type[BaseModel], path: Path, name: str, diags: list[Diagnostic],
                   disk: DiskCache | None = None, parsed: dict | None = None):
    """load_yaml + parse, reusing the result for a file whose bytes are unchanged
    (in `parsed`, a Session's memory, or parsed YAML from `disk`)."""
    parsed = {} if parsed is None else parsed
    try:
        raw = read_regular(path) if not path.is_symlink() else None
    except Refused:  # load_yaml reports why
        raw = None
    key = (str(path), model.__name__)
    digest = hashlib.blake2b(raw, digest_size=16).digest() if raw is not None else None
    hit = parsed.get(key)
    if digest is not None and hit and hit[0] == digest:
        if disk is not None and hit[1] is not None:
            disk.keep(hit[1], digest.hex())  # still in use: the disk cache keeps it (or adds it)
        diags += hit[3]
        return hit[1], hit[2]
    mine: list[Diagnostic] = []
    doc = disk.load(path, name, digest.hex()) if disk is not None and digest is not None else None
    if doc is None:
        doc, errs = load_yaml(path, name, raw)  # the bytes just hashed, not read a second time
        mine += errs
        if doc is not None and disk is not None and digest is not None:
            disk.keep(doc, digest.hex())
    left = unfilled(doc, raw) if doc else []
    invalid: list[Diagnostic] = []
    result = doc and parse(model, doc, invalid)
    mine += left + [d for d in invalid if not covered(d, left)]
    if digest is not None:
        parsed[key] = (digest, doc, result, list(mine))
    diags += mine
    return doc, result


def parse(model: type[BaseModel], doc: YamlDoc, diags: list[Diagnostic]):
    """Validate one document against a model, adding a positioned diagnostic per error."""
    if not isinstance(doc.data, dict):
        diags.append(doc.diag((), f"expected a mapping of keys at the top, got {kind_of(doc.data)}"))
        return None
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        errors = exc.errors()
        # A misspelled required key (`spekaer:`) is one mistake, told once, on its own line: not
        # also "missing required key 'speaker'" at the top of its mapping.
        typos = {(tuple(e["loc"][:-1]), misspelled) for e in errors if e["type"] == "extra_forbidden"
                 for misspelled in [_meant(model, e)] if misspelled}
        for err in errors:
            if err["type"] == "missing" and (tuple(err["loc"][:-1]), err["loc"][-1]) in typos:
                continue
            diags.append(doc.diag(err["loc"], explain(model, err, _inline(doc, err))))
        return None


def _inline(doc: YamlDoc, err) -> bool:
    """Whether a mapping where text belongs starts on its key's line (`claim: {lee-ready}`)."""
    value, loc = err.get("input"), tuple(err["loc"])
    if not isinstance(value, dict) or not value or loc not in doc.positions:
        return False
    inner = doc.positions.get(loc + (next(iter(value)),))
    return inner is not None and inner[0] == doc.positions[loc][0]


def _meant(model: type[BaseModel], err) -> str | None:
    """The key an unknown key was meant to be, when explain suggests one."""
    from .messages import _keys, _model_at, suggestion
    holder = _model_at(model, tuple(err["loc"][:-1]))
    return suggestion(err["loc"][-1], _keys(holder)) if holder else None

def rel_path(project: Project, path: Path) -> str:
    text, root = str(path), str(project.root)
    if text.startswith(root + "/") and "/.." not in text and "/./" not in text:  # relative_to, in a tenth of the time
        return text[len(root) + 1:]
    return path.relative_to(project.root).as_posix()

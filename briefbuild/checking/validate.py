"""Stage 2, validate: typed models, cross-references and quote checks, every error at once."""
from __future__ import annotations

import gc
import os
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import NamedTuple

from ..errors import Code, Diagnostic, InputError
from ..inputs.load import YamlDoc, no_links_below, read_text
from ..inputs.models import Brief, PeopleFile, Source
from ..inputs.project import Config, Project
from ..inputs.scan import Scan, name_problem, valid_id
from ..session import Session
from . import pages, parallel
from .crosscheck import check_brief, check_source
from .messages import did_you_mean
from .parsing import PEOPLE_FILE, Caches, disk_cache, rel_path
from .scope import QuoteIndex, wanted
from .speakers import names
from .standins import brief_stand_in, people_stand_in, source_stand_in
from .verdict import Spot, Usage, Verdict, brief_digests, record


def _quote_index(session: Session, root: Path) -> QuoteIndex:
    if root not in session.indexes:
        from ..hashing import tool_hash
        session.indexes[root] = QuoteIndex(root, tool_hash())
    return session.indexes[root]










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
    disk = disk_cache(session, root)
    cache = Caches(session, disk)
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




def _source_files(project: Project) -> list[Path]:
    return [p for p in _files(project.root / "sources") if p.name != PEOPLE_FILE]


def _load_sources(project: Project, diags: list[Diagnostic], cache: Caches, files: list[Path]) -> bool:
    """Load people and the given source files; True when every one of those files parsed."""
    folder = project.root / "sources"
    parsed = True
    people_path = folder / PEOPLE_FILE
    if not people_path.is_file():
        diags.append(Diagnostic(f"sources/{PEOPLE_FILE}", 1, 1, "", "missing: list the people the sources quote "
                                "here (`build.py new people` writes a starting file)"))
    else:
        doc, model = cache.parse(PeopleFile, people_path, rel_path(project, people_path), diags)
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


def _parse_source(project: Project, cache: Caches, path: Path) -> _ParsedSource:
    found: list[Diagnostic] = []
    doc, source = cache.parse(Source, path, rel_path(project, path), found)
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


def _parse_sources(project: Project, cache: Caches, files: list[Path]) -> list[_ParsedSource]:
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
    text, errs = read_text(real, rel_path(project, path))
    diags += errs
    return text


def _load_briefs(project: Project, diags: list[Diagnostic], cache: Caches, files: list[Path]) -> bool:
    """Load the given briefs; True when all of them parsed."""
    parsed = True
    for path in files:
        doc, brief = cache.parse(Brief, path, rel_path(project, path), diags)
        parsed &= bool(brief)
        brief = brief or (brief_stand_in(doc.data) if doc is not None else None)
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


def _check_whole(project: Project, diags: list[Diagnostic], cache: Caches, sources_parsed: bool,
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
                    check_source(project, name, held.get(name, []), found)
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
                 cache: Caches) -> tuple[bool, bool]:
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
    index.forget_except({rel_path(project, p) for p in source_files})
    index.save()
    project.all_quote_ids = set(holders)
    needed = {path for qid in quotes for path in holders.get(qid, ())}
    needed |= {path for path in source_files if path.stem in sources}
    if unreadable and quotes - set(holders):  # a quote not found may be in a file that does not parse
        needed |= set(unreadable)
    return _load_sources(project, diags, cache, sorted(needed)), parsed


def _quote_ids(index: QuoteIndex, project: Project, path: Path, scan: Scan, cache: Caches) -> list[str] | None:
    """The quote ids a source file holds (None if it does not parse), parsing only changed files."""
    rel = rel_path(project, path)
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


def _index_all(project: Project, source_files: list[Path], scan: Scan, cache: Caches) -> None:
    """A full load refreshes the whole quote index for later one-brief builds."""
    index = _quote_index(cache.session, project.root)
    for sid, source in project.sources.items():
        rel = rel_path(project, project.docs[f"source:{sid}"].path)
        digest = scan.hash_of(rel)
        if digest is not None:
            index.record(rel, digest, [q.id for q in source.quotes])
    index.forget_except({rel_path(project, p) for p in source_files})
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
                check_source(project, sid, held.get(sid, []), diags)
        sink: list[Diagnostic] = []
        for bid in brief_ids:
            check_brief(project, bid, project.briefs[bid], sink, set())
        diags += [d for d in sink if d.code != Code.UNKNOWN_ID]
        return {}
    for sid in sids:
        check_source(project, sid, held.get(sid, []), diags)
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
    used_sources = check_brief(project, bid, brief, diags, used_quotes)
    diags += pages.brief_problems(project, bid)
    line, column = project.docs[f"brief:{bid}"].where(("title",))
    heading = brief.title + (f": {brief.subtitle}" if brief.subtitle else "")
    return used_quotes, used_sources, (heading, line, column)








def _spots(project: Project) -> tuple[dict[str, Spot], dict[str, Spot]]:
    """Where each quote id and each source is, for "not used" warnings."""
    def spot(d: Diagnostic) -> Spot:
        return d.file, d.line, d.column, d.key
    quotes = {qid: spot(doc.diag(loc + ("id",), "")) for qid, (doc, loc) in project.quote_at.items()}
    sources = {sid: spot(project.docs[f"source:{sid}"].diag((), "")) for sid in project.sources}
    return quotes, sources















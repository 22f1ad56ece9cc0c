"""The pipeline: load → validate → verify → compose → cite → render → typeset → write.

A build first hashes its inputs (cheap: no pydantic, no pandoc, no WeasyPrint) and
compares them with dist/.briefbuild-manifest.json; when nothing changed it stops there.
Otherwise everything is gathered and checked before the first byte is written, so an
invalid input never leaves a half-built dist/. Then the stale outputs are rendered:
HTML here, PDFs in warm worker processes, each written atomically. A brief that fails
to render is reported and the others go on.

Validation is a pure function of the input bytes and the tool, so what passed before
is not checked again: a full build re-checks new and edited briefs when sources/ is
unchanged (verdict.py), and `build BRIEF` checks that brief and what it cites (scope.py).
"""
from __future__ import annotations

import os
import queue
import threading
import time
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..cache import Entries
from ..errors import BriefError
from ..hashing import digest, hash_json
from .manifest import Entry, Manifest, output_key
from ..inputs.scan import Scan
from .progress import Progress, silent
from ..write import sweep, write_atomic

FORMATS = ("pdf", "html", "docx", "site")  # "site": index, feed and sitemap of all briefs (site.py)
DEFAULT_FORMATS = ("pdf", "html")
NOTES_CACHE = Path(".cache") / "briefbuild" / "notes"  # in the project: shared by every --out
STAMPS = Path(".cache") / "briefbuild" / "stamps.json"  # file stamps -> digests (hashing.py)


@dataclass(frozen=True)
class Options:
    formats: tuple[str, ...] = DEFAULT_FORMATS
    out: Path = Path("dist")
    paper: str | None = None
    pdf_variant: str = "pdf/ua-1"
    strict: bool = False
    force: bool = False
    """Rebuild every selected output even if it is up to date."""
    jobs: int | None = None
    """Typesetting worker processes (default: the number of CPUs)."""
    shard: tuple[int, int] | None = None
    """(k, n): build only the k-th of n stable shares of the briefs (1 ≤ k ≤ n)."""

    def for_format(self, fmt: str) -> dict:
        """The options that reach an output of this format (part of its key)."""
        return {"paper": self.paper, "variant": self.pdf_variant} if fmt == "pdf" else {}


@dataclass(frozen=True)
class Failure:
    path: Path
    message: str


@dataclass
class Result:
    written: list[Path] = field(default_factory=list)
    up_to_date: list[Path] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)  # outputs of briefs that were deleted
    warnings: list[str] = field(default_factory=list)
    validated: bool = False  # False for a no-op: nothing changed since the inputs passed
    worker_rss_mb: float = 0.0  # the highest peak memory of a typesetting worker
    workers_lost: bool = False  # a worker died (killed, out of memory): its pool is broken


def output_dir(root: Path, options: Options) -> Path:
    return options.out if options.out.is_absolute() else root / options.out


def chosen_ids(root: Path, brief_ids: list[str], scan: Scan, manifest: Manifest, options: Options) -> list[str]:
    """The briefs asked for (else all), only this shard's share with --shard (balanced by cost: shards.py)."""
    from .shards import shard_ids
    return shard_ids(list(dict.fromkeys(brief_ids or scan.brief_ids)), root, manifest.costs, options.shard)


def select(project, brief_ids: list[str]) -> list[str]:
    """The briefs asked for (load_project has reported unknown ones), else every brief."""
    return list(dict.fromkeys(brief_ids)) or sorted(project.briefs)


def prepare(root: Path, brief_ids: list[str], options: Options):
    """Load and check everything, then compose and cite the chosen briefs: (project, documents)."""
    from ..checking.validate import load_project
    project = load_project(root, strict=options.strict, briefs=brief_ids)
    docs = compose_all(project, select(project, brief_ids), options)
    cite_cached(project, docs, None)
    return project, docs


def compose_all(project, brief_ids: list[str], options: Options):
    from ..rendering.compose import compose
    docs = [compose(project, bid) for bid in brief_ids]
    for doc in docs:
        doc.paper = options.paper or doc.paper
    return docs


def cite_cached(project, docs, cache: Entries | None) -> None:
    """cite.cite for the documents whose notes are not in `cache` (keyed by the exact request)."""
    from markupsafe import Markup
    from ..rendering.cite import cite, request_for
    from ..hashing import tool_hash
    keys = {doc.id: hash_json([tool_hash(), request_for(project, doc)]) for doc in docs}
    hits = {}
    for doc in docs if cache is not None else ():
        hit = cache.get(keys[doc.id])
        if _fits(hit, doc):
            hits[doc.id] = hit
    missing = [doc for doc in docs if doc.id not in hits]
    cite(project, missing)
    for doc in docs:
        if doc.id in hits:
            cache.touch(keys[doc.id])
            for note, html in zip(doc.notes, hits[doc.id]["notes"], strict=True):
                note.html = Markup(html)
            doc.bibliography = [Markup(b) for b in hits[doc.id]["bibliography"]]
        elif cache is not None:
            cache.put(keys[doc.id], {"notes": [str(n.html) for n in doc.notes],
                                     "bibliography": [str(b) for b in doc.bibliography]})


def _fits(hit, doc) -> bool:
    """A cached entry with the shape this document needs (a damaged one is a miss)."""
    return (isinstance(hit, dict) and isinstance(hit.get("notes"), list) and len(hit["notes"]) == len(doc.notes)
            and all(isinstance(n, str) for n in hit["notes"]) and isinstance(hit.get("bibliography"), list)
            and all(isinstance(b, str) for b in hit["bibliography"]))


def typeset_roots(project) -> list[Path]:
    from ..rendering.fonts import font_dirs
    return [project.root / "templates", *font_dirs()]


def evidence_files(project, brief_id: str) -> list[tuple[str, bytes]]:
    """The brief's own inputs, to embed in a PDF/A-3 so the PDF carries its evidence."""
    return [(p.relative_to(project.root).as_posix(), p.read_bytes()) for p in project.inputs_of(brief_id)]


def stale_by_manifest(scan: Scan, manifest: Manifest, ids: list[str], options: Options) -> list[str]:
    """Outputs out of date judged by the manifest's record of each output's inputs alone."""
    stale = []
    for bid in ids:
        for fmt in options.formats:
            name = f"{bid}.{fmt}"
            entry = manifest.outputs.get(name)
            if entry is None:
                stale.append(name)
                continue
            inputs = {rel: scan.hash_of(rel) for rel in entry.inputs}
            if not manifest.current(name, output_key(scan, fmt, options.for_format(fmt), inputs)):
                stale.append(name)
    return stale


def build(root: Path, brief_ids: list[str], options: Options, progress: Progress | None = None,
          executor: Executor | None = None) -> Result:
    """Build the stale outputs of the chosen briefs. Raises InputError before writing anything
    if the inputs are invalid; render failures are listed in Result.failed.

    `executor` lets a long-running caller (watch) keep its warm workers between builds.
    The format "site" adds the index, feed and sitemap of every brief (site.py) after the briefs."""
    from ..hashing import load_stamps, save_stamps
    load_stamps(root.resolve() / STAMPS)
    per_brief = replace(options, formats=tuple(f for f in options.formats if f != "site"))
    try:
        result = _build_briefs(root, brief_ids, per_brief, progress, executor) if per_brief.formats else Result()
        if "site" in options.formats:
            from .site import build_site
            build_site(root.resolve(), output_dir(root.resolve(), options), options, result, progress or silent())
    finally:
        save_stamps(root.resolve() / STAMPS)
    return result


def _build_briefs(root: Path, brief_ids: list[str], options: Options, progress: Progress | None,
                  executor: Executor | None) -> Result:
    progress = progress or silent()
    root = root.resolve()
    out = output_dir(root, options)
    clock = time.perf_counter()
    sweep(out)  # what a killed build left behind
    sweep(root / NOTES_CACHE.parent)
    scan = Scan.read(root)
    manifest = Manifest.load(out)
    result = Result()
    ids = chosen_ids(root, brief_ids, scan, manifest, options)
    stale = stale_by_manifest(scan, manifest, ids, options)
    existing = set(scan.brief_ids)
    orphans = [name for name, entry in manifest.outputs.items() if entry.format != "site" and entry.brief not in existing]
    if not options.force and not stale and not orphans and set(brief_ids) <= existing:
        from ..checking.verdict import Verdict
        verdict = Verdict.load(root)
        warnings = [str(w) for w in verdict.warnings(scan.files)]
        if verdict.complete(scan.files) and not (options.strict and warnings):
            result.up_to_date = [out / f"{b}.{f}" for b in ids for f in options.formats]
            result.warnings = warnings
            if options.shard is not None:
                _record_costs(out, manifest, ids, options)
            progress.stage("no-op check", time.perf_counter() - clock)
            return result
    progress.stage("hash inputs", time.perf_counter() - clock)
    # The workers import WeasyPrint while this process validates and cites; as many as
    # the manifest says PDFs are stale (it is exact unless a brief's own file changed).
    pdfs = sum(name.endswith(".pdf") for name in stale) if not options.force else \
        len(ids) if "pdf" in options.formats else 0
    workers = Workers(max(1, options.jobs or os.cpu_count() or 1), executor, root / "templates")
    try:
        workers.start(pdfs)
        _build(root, out, scan, manifest, brief_ids, stale, options, progress, workers, result)
        _record_costs(out, manifest, ids, options)
    finally:
        workers.shutdown()
        progress.finish()
    return result


class Workers:
    """The typesetting pool: the caller's (kept warm by watch) or our own, started on demand."""

    def __init__(self, jobs: int, executor: Executor | None, templates: Path):
        self.jobs, self.executor, self.own, self.templates = jobs, executor, executor is None, templates

    def start(self, needed: int) -> None:
        if self.executor is None and needed:
            from .workers import pool
            self.executor = pool(min(self.jobs, needed), self.templates)

    def submit(self, fn, *args) -> Future:
        from concurrent.futures.process import BrokenProcessPool
        self.start(self.jobs)
        try:
            return self.executor.submit(fn, *args)
        except BrokenProcessPool as exc:  # a worker died since the last build: this job fails like it
            future: Future = Future()
            future.set_exception(exc)
            return future

    def shutdown(self) -> None:
        if self.own and self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)


def _build(root, out, scan, manifest, brief_ids, stale, options, progress, workers, result) -> None:
    from ..checking.validate import load_project
    clock = time.perf_counter()
    ids = chosen_ids(root, brief_ids, scan, manifest, options)
    if brief_ids:  # named briefs: only what they use is checked
        project = load_project(root, strict=options.strict, briefs=brief_ids, scan=scan)
    else:  # everything is checked, but only new and edited briefs, and those to build, are loaded
        to_build = set(ids) if options.force else {name.rsplit(".", 1)[0] for name in stale}
        project = load_project(root, strict=options.strict, include=to_build, scan=scan)
    result.validated = True
    result.warnings = [str(w) for w in project.warnings]
    progress.stage("load and validate", time.perf_counter() - clock)

    todo: dict[str, list[tuple[str, str, dict]]] = {}  # brief -> [(format, key, inputs)]
    for bid in ids:
        if bid not in project.briefs:  # unchanged since it passed, and its outputs are up to date
            result.up_to_date += [out / f"{bid}.{fmt}" for fmt in options.formats]
            continue
        inputs = {p.relative_to(root).as_posix(): None for p in project.inputs_of(bid)}
        inputs = {rel: scan.hash_of(rel) for rel in sorted(inputs)}
        for fmt in options.formats:
            key = output_key(scan, fmt, options.for_format(fmt), inputs)
            if options.force or not manifest.current(f"{bid}.{fmt}", key):
                todo.setdefault(bid, []).append((fmt, key, inputs))
            else:
                result.up_to_date.append(out / f"{bid}.{fmt}")
    _remove_orphans(out, manifest, set(scan.brief_ids), result)
    progress.plan(sum(map(len, todo.values())), len(result.up_to_date))
    workers.start(sum(fmt == "pdf" for wanted in todo.values() for fmt, *_ in wanted))  # before any thread
    if not todo:
        manifest.save()
        return

    clock = time.perf_counter()
    docs = compose_all(project, list(todo), options)
    progress.stage("compose", time.perf_counter() - clock)
    cache = Entries(root / NOTES_CACHE)
    pending: dict[Future, tuple[Path, str, str, dict]] = {}
    jobs = max(1, options.jobs or os.cpu_count() or 1)
    # pandoc runs in a thread, batch after batch, while this thread renders the HTML of
    # the batches already cited and the workers typeset them: all three stay busy.
    batches = _batches(docs, 2 * jobs) if "pdf" in options.formats else [docs]
    cited: queue.Queue = queue.Queue()
    feeder = threading.Thread(target=_cite_batches, args=(project, batches, cache, cited), daemon=True)
    feeder.start()
    try:
        while (item := cited.get()) is not None:
            batch, error, seconds = item
            if error is not None and not isinstance(error, BriefError):
                raise error
            progress.stage(f"cite {len(batch)} brief(s)", seconds)
            for doc in batch:
                if error is not None:
                    for fmt, *_ in todo[doc.id]:
                        _fail(result, manifest, progress, out / f"{doc.id}.{fmt}", error.format_message(), 0.0)
                else:
                    _render(project, doc, todo[doc.id], out, options, progress, workers, pending, result, manifest)
        _collect(pending, progress, result, manifest)
    finally:
        feeder.join()
        if cache.added:  # the most recently used, a few per brief
            cache.prune_oldest(3 * max(len(project.all_brief_ids), len(project.briefs)))
        manifest.save()


def _record_costs(out: Path, manifest: Manifest, ids: list[str], options: Options) -> None:
    """A full build records each brief's cost for the next split; a shard's build leaves the
    costs as they were (every shard of a run must split alike) and records what it owned."""
    from .shards import recorded_costs, write_record
    if options.shard is None:
        manifest.costs = recorded_costs(manifest.outputs)
        manifest.save()
    else:
        write_record(out, options.shard, ids)


def _remove_orphans(out: Path, manifest: Manifest, existing: set[str], result: Result) -> None:
    """The outputs of deleted briefs go too, if they are still the bytes this tool wrote
    (a file someone changed or put there is never deleted)."""
    from ..hashing import file_hash
    for name, entry in sorted(manifest.outputs.items()):
        if entry.brief in existing or entry.format == "site":  # the site's files belong to no one brief
            continue
        if file_hash(out / name) == entry.output:
            (out / name).unlink(missing_ok=True)
            result.removed.append(out / name)
        del manifest.outputs[name]


def _batches(docs: list, first: int, largest: int = 24) -> list[list]:
    """Small batches first (the workers start sooner), then larger ones (fewer pandoc starts)."""
    batches, size, i = [], first, 0
    while i < len(docs):
        batches.append(docs[i:i + size])
        i, size = i + size, min(2 * size, largest)
    return batches


def _cite_batches(project, batches, cache, cited: queue.Queue) -> None:
    try:
        for batch in batches:
            clock = time.perf_counter()
            try:
                cite_cached(project, batch, cache)
                cited.put((batch, None, time.perf_counter() - clock))
            except BaseException as exc:  # handed to the main thread: a tool error fails this batch
                cited.put((batch, exc, time.perf_counter() - clock))
                if not isinstance(exc, BriefError):
                    return
    finally:
        cited.put(None)


def print_job(project, doc, options: Options, path: Path):
    """What a worker needs to typeset one brief's PDF into `path`."""
    from ..rendering.fonts import font_face_css
    from ..rendering.render import render_html
    from .workers import Job
    templates = project.root / "templates"
    html = render_html(doc, templates, "print", font_face_css())
    attachments = evidence_files(project, doc.id) if options.pdf_variant.startswith("pdf/a-3") else []
    return Job(doc.id, html, tuple(typeset_roots(project)), templates, options.pdf_variant,
               tuple(attachments), doc.brief.date, path)


def _render(project, doc, wanted, out, options, progress, workers, pending, result, manifest) -> None:
    templates = project.root / "templates"
    for fmt, key, inputs in wanted:
        path = out / f"{doc.id}.{fmt}"
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            if fmt in ("html", "docx"):
                data = _document(project, doc, templates, fmt)
                write_atomic(path, data)
                _done(result, manifest, progress, path, doc.id, fmt, key, inputs, digest(data),
                      time.perf_counter() - start, time.thread_time() - cpu)
                continue
            job = print_job(project, doc, options, path)
        except BriefError as exc:
            _fail(result, manifest, progress, path, exc.format_message(), time.perf_counter() - start)
            continue
        from .workers import typeset_job
        pending[workers.submit(typeset_job, job)] = (path, fmt, key, inputs)


def _document(project, doc, templates: Path, fmt: str) -> bytes:
    if fmt == "docx":  # Word for reviewers, through pandoc (docx.py)
        from ..rendering.docx import render_docx
        return render_docx(doc, templates)
    from ..rendering.render import render_html
    return render_html(doc, templates, "screen", project=project).encode("utf-8")


def _collect(pending, progress, result, manifest) -> None:
    from concurrent.futures import as_completed
    for future in as_completed(pending):
        path, fmt, key, inputs = pending[future]
        try:
            done = future.result()
        except Exception as exc:  # a worker died (killed, out of memory): that brief failed
            result.workers_lost = True
            _fail(result, manifest, progress, path, f"typesetting worker failed: {type(exc).__name__}: {exc}", 0.0)
            continue
        result.worker_rss_mb = max(result.worker_rss_mb, done.max_rss_mb)
        if done.error:
            _fail(result, manifest, progress, path, done.error, done.seconds)
        else:
            _done(result, manifest, progress, path, done.brief_id, fmt, key, inputs, done.output, done.seconds,
                  done.cpu)


def _done(result, manifest, progress, path, brief_id, fmt, key, inputs, output, seconds, cpu) -> None:
    manifest.outputs[path.name] = Entry(brief_id, fmt, key, inputs, output, round(cpu, 4))
    result.written.append(path)
    progress.output(path.name, seconds)


def _fail(result, manifest, progress, path, message, seconds) -> None:
    manifest.outputs.pop(path.name, None)
    result.failed.append(Failure(path, message))
    progress.output(path.name, seconds, message)

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
from ..chars import escape
from ..errors import BriefError, OutputError
from ..files import leads_out
from ..hashing import digest, hash_json
from ..inputs.scan import Scan
from ..session import Session
from ..write import sweep, write_atomic
from .manifest import Entry, Manifest, output_key
from .options import FORMATS, Options  # noqa: F401 - FORMATS is imported from here by callers
from .progress import Progress, silent

NOTES_CACHE = Path(".cache") / "briefbuild" / "notes"  # in the project: shared by every --out


@dataclass(frozen=True)
class Failure:
    path: Path
    message: str
    write: bool = False  # the output could not be written (disk full, read-only), not rendered


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
    """The output folder; refused when a link in the project (`dist -> /var/www`) leads it out:
    the build would write, and remove stale outputs, there."""
    out = options.out if options.out.is_absolute() else root / options.out
    real = leads_out(root, out)
    if real:
        raise OutputError(f"{escape(str(options.out))}: a symbolic link leads it out of the project (to "
                          f"{escape(real)}): remove the link, or name that folder with an absolute --out")
    if inputs := input_folder(root, out):
        raise OutputError(f"{escape(str(options.out))}: outputs would be written into {inputs}/, among the project's "
                          "inputs (a build would overwrite them): remove the link, or build into another folder with --out")
    return out


# The folders whose files are the project's input: an output folder is never one of them, nor inside one.
INPUT_FOLDERS = ("briefs", "sources", "assets", "templates", "themes", ".cache")


def input_folder(root: Path, out: Path) -> str | None:
    """The input folder `out` is, or lies in, once every link is resolved (`dist -> sources`,
    `--out sources`): a build there overwrote `sources/b1.html`, the stored text of a source."""
    real = Path(os.path.realpath(out))
    for name in INPUT_FOLDERS:
        folder = Path(os.path.realpath(root / name))
        if real == folder or real.is_relative_to(folder):
            return name
    return None


def chosen_ids(root: Path, brief_ids: list[str], scan: Scan, manifest: Manifest, options: Options) -> list[str]:
    """The briefs asked for (else all), only this shard's share with --shard (balanced by cost: shards.py)."""
    from .shards import shard_ids
    return shard_ids(list(dict.fromkeys(brief_ids or scan.brief_ids)), root, manifest.costs, options.shard)


def select(project, brief_ids: list[str]) -> list[str]:
    """The briefs asked for (load_project has reported unknown ones), else every brief."""
    return list(dict.fromkeys(brief_ids)) or sorted(project.briefs)


def prepare(root: Path, brief_ids: list[str], options: Options, session: Session | None = None):
    """Load and check everything, then compose and cite the chosen briefs: (project, documents)."""
    from ..checking.validate import load_project
    project = load_project(root, strict=options.strict, briefs=brief_ids, session=session)
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
    from ..hashing import tool_hash
    from ..rendering.cite import cite, request_for
    from ..rendering.sanitize import safe_html
    keys = {doc.id: hash_json([tool_hash(), request_for(project, doc)]) for doc in docs}
    hits: dict[str, dict] = {}
    for doc in docs if cache is not None else ():
        hit = cache.get(keys[doc.id]) if cache is not None else None
        if isinstance(hit, dict) and _fits(hit, doc):
            hits[doc.id] = hit
    missing = [doc for doc in docs if doc.id not in hits]
    cite(project, missing)
    for doc in docs:
        if doc.id in hits:
            if cache is not None:
                cache.touch(keys[doc.id])
            # .cache/ is data: what it holds goes through the same sanitiser as pandoc's output.
            for note, html in zip(doc.notes, hits[doc.id]["notes"], strict=True):
                note.html = safe_html(html)
            doc.bibliography = [safe_html(b) for b in hits[doc.id]["bibliography"]]
        elif cache is not None:
            cache.put(keys[doc.id], {"notes": [str(n.html) for n in doc.notes],
                                     "bibliography": [str(b) for b in doc.bibliography]})


def _fits(hit, doc) -> bool:
    """A cached entry with the shape this document needs (a damaged one is a miss)."""
    return (isinstance(hit, dict) and isinstance(hit.get("notes"), list) and len(hit["notes"]) == len(doc.notes)
            and all(isinstance(n, str) for n in hit["notes"]) and isinstance(hit.get("bibliography"), list)
            and all(isinstance(b, str) for b in hit["bibliography"]))


def typeset_roots(project, theme=None) -> list[Path]:
    """What WeasyPrint may read: templates/, assets/ (figures), the theme's folder and fonts, the font
    packages and Debian's Noto CJK (Japanese)."""
    from ..rendering.fonts import font_dirs
    from ..rendering.theme import CJK_DIR
    return [project.root / "templates", project.root / "assets", *(theme.roots() if theme else ()),
            *font_dirs(), CJK_DIR]


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
          executor: Executor | None = None, session: Session | None = None) -> Result:
    """Build the stale outputs of the chosen briefs. Raises InputError before writing anything
    if the inputs are invalid; render failures are listed in Result.failed.

    `executor` and `session` let a long-running caller (watch) keep its warm workers, and what
    it hashed and parsed, between builds. The format "site" adds the index, feed and sitemap of
    every brief (site.py) after the briefs."""
    per_brief = replace(options, formats=tuple(f for f in options.formats if f != "site"))
    result = _build_briefs(root, brief_ids, per_brief, progress, executor, session) if per_brief.formats else Result()
    if "site" in options.formats:
        from .site import build_site
        build_site(root.resolve(), output_dir(root.resolve(), options), options, result, progress or silent())
    return result


def _build_briefs(root: Path, brief_ids: list[str], options: Options, progress: Progress | None,
                  executor: Executor | None, session: Session | None) -> Result:
    progress = progress or silent()
    root = root.resolve()
    out = output_dir(root, options)
    clock = time.perf_counter()
    sweep(out)  # what a killed build left behind
    sweep(root / NOTES_CACHE.parent)
    session = session or Session()
    scan = Scan.read(root, session)
    manifest = Manifest.load(out, session.seen)
    result = Result()
    ids = chosen_ids(root, brief_ids, scan, manifest, options)
    stale = stale_by_manifest(scan, manifest, ids, options)
    scan.remember()  # with the hashes of the outputs just compared, for the next no-op
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
    workers = Workers(options.job_count, executor, root / "templates")
    started = time.time_ns()
    try:
        workers.start(pdfs)
        _build(root, out, scan, manifest, brief_ids, stale, options, progress, workers, result, session)
        _record_costs(out, manifest, ids, options)
    except OSError as exc:  # reading failures are diagnostics by now: this is a write that failed
        workers.shutdown()  # jobs already running finish writing before the manifest is squared
        _reconcile(out, [out / f"{b}.{f}" for b in ids for f in options.formats], started)
        raise write_error(exc, out) from None
    finally:
        workers.shutdown()
        progress.finish()
    return result


def write_error(exc: OSError, out: Path) -> OutputError:
    """One line: the exact path that could not be written, why, and what to do (unwritable.py)."""
    from .unwritable import write_problem
    return OutputError(escape(write_problem(exc, out)))


def _reconcile(out: Path, paths: list[Path], since_ns: int) -> None:
    """After a failed write: an output written by this build that the manifest on disk does
    not record is removed, so the manifest and dist/ agree (the next build makes it again)."""
    from ..hashing import file_hash
    recorded = Manifest.load(out).outputs
    for path in paths:
        try:
            written_now = path.stat().st_mtime_ns >= since_ns
        except OSError:
            continue
        entry = recorded.get(path.name)
        if written_now and not (entry and file_hash(path, follow=False) == entry.output):
            path.unlink(missing_ok=True)


class Workers:
    """The typesetting pool: the caller's (kept warm by watch) or our own, started on demand."""

    def __init__(self, jobs: int, executor: Executor | None, templates: Path):
        self.jobs, self.executor, self.own, self.templates = jobs, executor, executor is None, templates
        self.threads: Executor | None = None

    def start(self, needed: int) -> None:
        if self.executor is None and needed:
            from .workers import pool
            self.executor = pool(min(self.jobs, needed), self.templates)

    def submit(self, fn, *args) -> Future:
        from concurrent.futures.process import BrokenProcessPool
        self.start(self.jobs)
        assert self.executor is not None  # started just above
        try:
            return self.executor.submit(fn, *args)
        except BrokenProcessPool as exc:  # a worker died since the last build: this job fails like it
            future: Future = Future()
            future.set_exception(exc)
            return future

    def thread(self, fn, *args) -> Future:
        """fn(*args) in one of `jobs` threads of this build, for work that waits on a subprocess
        (pandoc writing a .docx): the threads start after the workers have forked."""
        if self.threads is None:
            from concurrent.futures import ThreadPoolExecutor
            self.threads = ThreadPoolExecutor(self.jobs, thread_name_prefix="pandoc")
        return self.threads.submit(fn, *args)

    def shutdown(self) -> None:
        if self.threads is not None:
            self.threads.shutdown(wait=True, cancel_futures=True)
        if self.own and self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)


def _build(root, out, scan, manifest, brief_ids, stale, options, progress, workers, result, session) -> None:
    from ..checking.validate import load_project
    clock = time.perf_counter()
    ids = chosen_ids(root, brief_ids, scan, manifest, options)
    if brief_ids:  # named briefs: only what they use is checked
        project = load_project(root, strict=options.strict, briefs=brief_ids, scan=scan, session=session)
    else:  # everything is checked, but only new and edited briefs, and those to build, are loaded
        to_build = set(ids) if options.force else {name.rsplit(".", 1)[0] for name in stale}
        project = load_project(root, strict=options.strict, include=to_build, scan=scan, session=session)
    result.validated = True
    result.warnings = [str(w) for w in project.warnings]
    progress.stage("load and validate", time.perf_counter() - clock)

    todo: dict[str, list[tuple[str, str, dict]]] = {}  # brief -> [(format, key, inputs)]
    for bid in ids:
        if bid not in project.briefs:  # unchanged since it passed, and its outputs are up to date
            result.up_to_date += [out / f"{bid}.{fmt}" for fmt in options.formats]
            continue
        rels = dict.fromkeys(p.relative_to(root).as_posix() for p in project.inputs_of(bid))
        inputs = {rel: scan.hash_of(rel) for rel in sorted(rels)}
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
    jobs = options.job_count
    # pandoc cites batch after batch in threads while this thread renders the HTML of the
    # batches already cited and the workers typeset them: all stay busy. With PDFs the workers
    # have the CPUs, and one citing thread feeds them small batches first so they start soon.
    # Without, citing is the longest stage (~50 ms a brief in pandoc), so each job gets one
    # pandoc and one share of the briefs (every run more costs ~0.2 s of start-up and style).
    batches: queue.SimpleQueue = queue.SimpleQueue()
    if "pdf" in options.formats:
        feeders, shares = 1, _batches(docs, 2 * jobs)
    else:
        feeders = min(jobs, len(docs))
        shares = [docs[k::feeders] for k in range(feeders)]  # interleaved: long and short briefs alike
    for batch in shares:
        batches.put(batch)
    cited: queue.Queue = queue.Queue()
    stop = threading.Event()
    threads = [threading.Thread(target=_cite_batches, args=(project, batches, cache, cited, stop), daemon=True)
               for _ in range(feeders)]
    for thread in threads:
        thread.start()
    try:
        running = feeders
        while running:
            item = cited.get()
            if item is None:
                running -= 1
                continue
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
        stop.set()  # an error or Ctrl-C here: no thread starts another batch
        for thread in threads:
            thread.join()
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
        if file_hash(out / name, follow=False) == entry.output:
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


def _cite_batches(project, batches: queue.SimpleQueue, cache, cited: queue.Queue, stop: threading.Event) -> None:
    """Cite batches until none is left (or `stop`); each ends with None in `cited`."""
    try:
        while not stop.is_set():
            try:
                batch = batches.get_nowait()
            except queue.Empty:
                return
            clock = time.perf_counter()
            try:
                cite_cached(project, batch, cache)
                cited.put((batch, None, time.perf_counter() - clock))
            except BaseException as exc:  # noqa: BLE001 - handed to the main thread: a tool error fails this batch
                cited.put((batch, exc, time.perf_counter() - clock))
                if not isinstance(exc, BriefError):
                    stop.set()
                    return
    finally:
        cited.put(None)


def print_job(project, doc, options: Options, path: Path):
    """What a worker needs to typeset one brief's PDF into `path`."""
    from ..rendering.fonts import font_face_css
    from ..rendering.render import render_html
    from .workers import Job
    templates = project.root / "templates"
    fonts = doc.theme.font_face_css() if doc.theme and not doc.theme.default_fonts else font_face_css()
    if doc.language.base == "ja":
        fonts += "\n" + doc.theme.cjk_face_css()
    html = render_html(doc, templates, "print", fonts)
    attachments = evidence_files(project, doc.id) if options.pdf_variant.startswith("pdf/a-3") else []
    return Job(doc.id, html, tuple(typeset_roots(project, doc.theme)), templates, options.pdf_variant,
               tuple(attachments), doc.brief.date, path, project.config.render_timeout)


def _render(project, doc, wanted, out, options, progress, workers, pending, result, manifest) -> None:
    from ..rendering.timelimit import time_limit
    templates = project.root / "templates"
    for fmt, key, inputs in wanted:
        path = out / f"{doc.id}.{fmt}"
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            if fmt == "html":
                from ..rendering.render import render_html
                with time_limit(project.config.render_timeout, f"brief '{doc.id}' (HTML)"):
                    data = render_html(doc, templates, "screen", project=project).encode("utf-8")
                write_atomic(path, data)
                _done(result, manifest, progress, path, doc.id, fmt, key, inputs, digest(data),
                      time.perf_counter() - start, time.thread_time() - cpu)
                continue
            if fmt == "docx":  # Word for reviewers: prepared here, pandoc in a thread (docx.py)
                from ..rendering.docx import word_job
                from .workers import word_done
                with time_limit(project.config.render_timeout, f"brief '{doc.id}' (DOCX)"):
                    word = word_job(doc, templates)
                prepared = time.thread_time() - cpu
                pending[workers.thread(word_done, word, path, project.config.render_timeout, prepared)] = \
                    (path, fmt, key, inputs)
                continue
            job = print_job(project, doc, options, path)
        except BriefError as exc:
            _fail(result, manifest, progress, path, exc.format_message(), time.perf_counter() - start)
            continue
        from .workers import typeset_job
        pending[workers.submit(typeset_job, job)] = (path, fmt, key, inputs)


def _collect(pending, progress, result, manifest) -> None:
    from concurrent.futures import as_completed
    for future in as_completed(pending):
        path, fmt, key, inputs = pending[future]
        try:
            done = future.result()
        except Exception as exc:  # noqa: BLE001 - a worker died (killed, out of memory): that brief failed
            result.workers_lost = True
            _fail(result, manifest, progress, path, f"typesetting worker failed: {type(exc).__name__}: {exc}", 0.0)
            continue
        result.worker_rss_mb = max(result.worker_rss_mb, done.max_rss_mb)
        if done.error:
            _fail(result, manifest, progress, path, done.error, done.seconds, write=done.write_failed)
        else:
            _done(result, manifest, progress, path, done.brief_id, fmt, key, inputs, done.output, done.seconds,
                  done.cpu)


def _done(result, manifest, progress, path, brief_id, fmt, key, inputs, output, seconds, cpu) -> None:
    manifest.outputs[path.name] = Entry(brief_id, fmt, key, inputs, output, round(cpu, 4))
    result.written.append(path)
    progress.output(path.name, seconds)


def _fail(result, manifest, progress, path, message, seconds, write: bool = False) -> None:
    manifest.outputs.pop(path.name, None)
    result.failed.append(Failure(path, message, write))
    progress.output(path.name, seconds, message)

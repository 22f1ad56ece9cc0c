"""Typesetting in worker processes that stay warm: WeasyPrint is imported and its font
configuration built once per worker, then reused for every brief the worker gets.

A job carries everything it needs (the print HTML, the allowed roots, the attachments);
the worker writes its PDF atomically and reports back, so one failing brief never
stops or damages the others.
"""
from __future__ import annotations

import multiprocessing
import os
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..errors import BriefError
from ..hashing import digest
from ..write import write_atomic
from .options import DEFAULT_PDF_VARIANT
from .unwritable import write_problem


@dataclass(frozen=True)
class Job:
    brief_id: str
    html: str
    roots: tuple[Path, ...]
    base: Path
    variant: str
    attachments: tuple[tuple[str, bytes], ...]
    created: str
    path: Path
    timeout: float | None = None  # seconds this brief may take (render-timeout)


@dataclass(frozen=True)
class Done:
    brief_id: str
    path: Path
    seconds: float
    output: str = ""  # sha256 of the bytes written; empty on failure
    error: str = ""
    max_rss_mb: float = 0.0  # this worker's peak memory so far
    write_failed: bool = False  # the PDF was made but could not be written (disk full, read-only)
    cpu: float = 0.0  # CPU seconds of the render: a brief's cost for balancing shards, deaf to other load


@dataclass
class WorkerState:
    """A worker process's own state, for the worker's life: set by warm() (the pool's
    initializer, in the worker), read by each job it runs. Never set in the build process."""

    unavailable: str = ""
    """Why this worker cannot typeset (WeasyPrint failed to load); empty when it can."""


_WORKER = WorkerState()


def die_with(parent: int) -> None:
    """Linux: a worker whose build is killed (kill -9, the OOM killer) dies with it, instead of
    waiting forever for a job that will never come (found by tests/test_kill.py)."""
    try:
        import ctypes
        import signal
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux
        return
    if os.getppid() != parent:  # the build died before prctl took effect
        os._exit(1)


def warm(parent: int | None = None, templates: Path | None = None) -> None:
    """Worker initializer: pay WeasyPrint's import, font set-up and first-render costs
    before the first brief arrives."""
    if parent is not None:  # a forked worker
        die_with(parent)
        import signal
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the build's to handle, once
    try:
        from ..rendering.pdf import font_config, quiet_weasyprint
    except BriefError as exc:  # e.g. no Pango: a raising initializer would break the pool with a traceback
        _WORKER.unavailable = exc.format_message()
        return
    quiet_weasyprint()
    font_config()
    if templates is not None:
        rehearse(templates)


def ready() -> None:
    """A no-op task: submitting it starts the workers (and their warm-up) early."""


# Narrow, with long words (so hyphenation runs), a footnote, a quote, a list and a link: the
# features whose first use costs most.
REHEARSAL = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rehearsal</title>
<style>{css}</style></head><body class="print"><main style="width: 4cm"><h1>A <em>rehearsal</em></h1>
<p>Typesetting this page loads the hyphenation dictionary, fonts and declarations a first brief
would otherwise pay for<span class="fn">Internationalization, <a href="#n">interoperability</a>.</span>:
<strong>internationalization</strong> of interoperability, incomprehensibility, counterproductive
responsibilities, characteristically uncharacteristic.</p><ul><li>Intergovernmental</li></ul>
<blockquote class="quote"><p>\u201cInternationalization.\u201d</p></blockquote></main></body></html>"""


def rehearse(templates: Path) -> None:
    """Typeset a small page in the project's print style and discard it: a worker's first
    brief would otherwise be 0.2–0.3 s slower than the next (cffi type parsing, hyphenation
    dictionary, glyph caches). Runs while the build process is still validating."""
    from ..rendering.fonts import font_dirs, font_face_css
    from ..rendering.pdf import typeset
    try:
        from ..rendering.render import asset_text  # a FIFO in templates/ must not hang the warm-up
        css = "\n".join([font_face_css(), *(asset_text(templates, f"css/{name}.css")
                                             for name in ("base", "print"))])
        typeset(REHEARSAL.format(css=css.replace("</", "<\\/")), "rehearsal", [templates, *font_dirs()],
                templates, DEFAULT_PDF_VARIANT)
    except Exception:  # noqa: BLE001 - a broken stylesheet is reported by the real build
        pass


def rehearse_brief(job: Job) -> None:
    """Typeset a real brief and discard it: a watcher's idle workers then render the first
    save as fast as the next (0.43 s instead of 0.58 s for the sample brief)."""
    from ..rendering.pdf import typeset
    try:
        typeset(job.html, job.brief_id, list(job.roots), job.base, job.variant, job.attachments, job.created)
    except Exception:  # noqa: BLE001 - the real build reports it
        pass


def typeset_job(job: Job) -> Done:
    start, cpu = time.perf_counter(), time.process_time()
    if _WORKER.unavailable:  # every PDF fails with the reason and the pointer to `doctor`
        return Done(job.brief_id, job.path, 0.0, "", _WORKER.unavailable, max_rss_mb())
    from ..rendering.pdf import typeset
    from ..rendering.timelimit import time_limit
    try:
        with time_limit(job.timeout, f"brief '{job.brief_id}' (PDF)"):
            data = typeset(job.html, job.brief_id, list(job.roots), job.base, job.variant,
                           job.attachments, job.created)
        try:
            write_atomic(job.path, data)
        except OSError as exc:
            return Done(job.brief_id, job.path, time.perf_counter() - start, "",
                        write_problem(exc, job.path.parent, job.path), max_rss_mb(), write_failed=True)
        output, error = digest(data), ""
    except BriefError as exc:
        output, error = "", exc.format_message()
    except Exception as exc:  # noqa: BLE001 - reported per brief, never a crash of the pool
        output, error = "", f"brief '{job.brief_id}': {type(exc).__name__}: {exc}"
    return Done(job.brief_id, job.path, time.perf_counter() - start, output, error, max_rss_mb(),
                cpu=time.process_time() - cpu)


def word_done(job, path: Path, timeout: float | None, prepared: float) -> Done:
    """One brief's .docx through pandoc, written atomically: run in a thread of the build
    (pandoc is a subprocess, so threads run side by side). Its cost is the CPU spent preparing
    it plus pandoc's elapsed time (pandoc's own CPU time is not measured per child)."""
    from ..rendering.docx import write_docx
    start = time.perf_counter()
    try:
        data = write_docx(job, timeout)
    except BriefError as exc:
        return Done(job.brief_id, path, time.perf_counter() - start, "", exc.format_message())
    except Exception as exc:  # noqa: BLE001 - reported for this brief, never a crash of the build
        return Done(job.brief_id, path, time.perf_counter() - start, "", f"brief '{job.brief_id}': "
                    f"{type(exc).__name__}: {exc}")
    seconds = time.perf_counter() - start
    try:
        write_atomic(path, data)
    except OSError as exc:
        return Done(job.brief_id, path, seconds, "", write_problem(exc, path.parent, path), write_failed=True)
    return Done(job.brief_id, path, seconds, digest(data), cpu=prepared + seconds)


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pool(jobs: int, templates: Path | None = None) -> ProcessPoolExecutor:
    """Forked workers (cheap to start: they inherit what is imported), warmed at once;
    with `templates`, each rehearses a page in the project's print style."""
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
                                   initializer=warm, initargs=(os.getpid(), templates))
    executor.submit(ready)
    return executor


class WorkerPool:
    """Warm workers a long-running command (watch, serve) keeps across builds. A worker that
    dies (killed, out of memory) breaks its executor for good (BrokenProcessPool), so the
    pool is replaced whoever made it, and the next build typesets again."""

    def __init__(self, jobs: int, templates: Path | None = None):
        self.jobs, self.templates = jobs, templates
        self.executor = pool(jobs, templates)

    def renew(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = pool(self.jobs, self.templates)

    def shutdown(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)

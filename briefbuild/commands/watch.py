"""Rebuild on save: the briefs an edit affects, and only those (the manifest's keys decide).

The watcher keeps its typesetting workers, so WeasyPrint is imported and its fonts set
up once, not per save. An invalid edit prints its positioned errors and the watcher
keeps going; the next good save builds again.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor
from pathlib import Path

from ..build.engine import Options, Result, build, output_dir
from ..build.progress import Progress, report
from ..build.workers import WorkerPool
from ..errors import BriefError
from ..patterns import lazy
from ..session import Session

WATCHED = ("briefs", "sources", "assets", "templates", "themes", "pyproject.toml")


# Files editors write beside the one being saved: Emacs's lock (.#x) and autosave (#x#),
# backups (x~, x.bak), Vim's swap files (.x.swp, .swo, .swx) and its write test "4913",
# Word's owner file (~$x) on a share, JetBrains' x___jb_tmp___, `sed -i`'s sedXXXXXX, and the
# temporary files of atomic saves (x.tmp, .goutputstream-*, x.part).
_TEMP_SUFFIXES = (".swp", ".swo", ".swx", ".swn", ".tmp", ".temp", ".bak", ".part", ".crdownload",
                  "___jb_tmp___", "___jb_old___")
_SED_TEMP = lazy(r"sed[A-Za-z0-9]{6}")

# How long the inputs must stay quiet before a build starts (ms): a burst of saves (a formatter,
# "save all", a checkout, 20 saves in a second) is one rebuild, never one of a half-written
# file, and one save still shows within README's 0.3 s. watchfiles' own `step` cannot do this:
# it yields once its set of changes stops growing, and a file saved again is the same change.
# LONGEST_MS: a file written without a pause still gets a build this often.
QUIET_MS, LONGEST_MS = 120, 2000


def editor_temp(name: str) -> bool:
    """True for a file an editor writes while saving, never a project input."""
    return (name.startswith((".", "#", "~$")) or name.endswith(("~", "#")) or name.endswith(_TEMP_SUFFIXES)
            or name.isdigit() or _SED_TEMP.fullmatch(name) is not None)


def changes_filter(out: Path) -> Callable[[object, str], bool]:
    """The watchfiles filter: a change matters unless it is an editor's temporary file or an output."""
    def relevant(change: object, path: str) -> bool:
        p = Path(path)
        return not (editor_temp(p.name) or p.is_relative_to(out))
    return relevant


def watched_paths(root: Path) -> list[Path]:
    return [root / name for name in WATCHED if (root / name).exists()]


def build_once(root: Path, brief_ids: list[str], options: Options, progress: Progress,
               executor: Executor | None, echo: Callable[[str], None], session: Session | None = None,
               on_fail: Callable[[str], None] | None = None) -> Result | None:
    """One build that never raises an input or tool error: it prints it (and hands it to
    `on_fail`) and returns None."""
    try:
        result = build(root, brief_ids, options, progress, executor, session)
    except (BriefError, OSError) as exc:  # OSError: a file vanished mid-save, a full disk
        message = exc.format_message() if isinstance(exc, BriefError) else f"Error: {exc}"
        echo(message)
        echo("waiting for the next save...")
        if on_fail:
            on_fail(message)
        return None
    report(result, root, progress.quiet, out=echo, err=echo)
    if result.failed and on_fail:  # a brief that failed to render (a broken template): shown over the page too
        on_fail("\n".join(f"{_shown(root, f.path)}: {f.message}" for f in result.failed))
    return result


def _shown(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def prime(root: Path, brief_ids: list[str], options: Options, executor: Executor | None,
          session: Session | None = None) -> None:
    """Warm what a save will need: here the validator and renderer imported, every quote's
    pattern compiled, the templates compiled; in each worker, one real brief typeset."""
    from ..build.engine import cite_cached, compose_all, print_job, select
    from ..checking.validate import load_project
    from ..rendering.render import render_html
    try:
        project = load_project(root, briefs=brief_ids, session=session)
        docs = compose_all(project, select(project, brief_ids)[:1], options)
        cite_cached(project, docs, None)
        for doc in docs:
            render_html(doc, root / "templates", "screen", project=project)
        if executor is None or not docs:
            return
        job = print_job(project, docs[0], options, Path(os.devnull))
    except BriefError:
        return
    from ..build.workers import rehearse_brief
    for _ in range(options.job_count):  # an idle worker takes each
        executor.submit(rehearse_brief, job)


def watch(root: Path, brief_ids: list[str], options: Options, progress: Progress | None = None,
          workers: WorkerPool | None = None, on_build: Callable[[Result], None] | None = None,
          stop: threading.Event | None = None, on_fail: Callable[[str], None] | None = None) -> None:
    """Build, then rebuild after every change under briefs/, sources/, templates/ until stopped.

    One Session for the watcher's life: a save re-hashes and re-parses only what changed.
    `workers` (serve's, forked before its threads) or our own: renewed when a worker dies."""
    from watchfiles import watch as changes

    def echo(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    progress = progress or Progress()
    root = root.resolve()
    out = output_dir(root, options).resolve()
    own = workers is None and "pdf" in options.formats
    if own:
        workers = WorkerPool(options.job_count, root / "templates")
    session = Session()
    try:
        result = build_once(root, brief_ids, options, progress, (workers.executor if workers else None), echo, session, on_fail)
        if result and on_build and not (result.failed and on_fail):  # a failure stays over the page
            on_build(result)
        prime(root, brief_ids, options, (workers.executor if workers else None), session)
        echo(f"watching {', '.join(p.name for p in watched_paths(root))} (Ctrl-C to stop)")

        def rebuild(names: list[str]) -> None:
            echo(f"changed: {', '.join(names[:5])}{' …' if len(names) > 5 else ''}")
            result = build_once(root, brief_ids, options, progress, (workers.executor if workers else None), echo,
                                session, on_fail)
            if result and on_build and not (result.failed and on_fail):  # a failure stays over the page
                on_build(result)
            if result and result.workers_lost and workers is not None:
                echo("a typesetting worker died: starting new ones and building again")
                workers.renew()  # then the outputs it failed, now, not at the next save
                result = build_once(root, brief_ids, options, progress, workers.executor, echo, session, on_fail)
                if result and on_build and not (result.failed and on_fail):  # a failure stays over the page
                    on_build(result)

        while True:
            # A folder made after the start (a first theme, assets/) is watched from then on:
            # watchfiles watches only paths that exist, so its appearance restarts the watch.
            missing = [root / name for name in WATCHED if not (root / name).exists()]
            until = _Until(stop, missing)
            pending: set[str] = set()
            since = 0.0
            for batch in changes(*watched_paths(root), watch_filter=changes_filter(out), step=30,
                                 rust_timeout=QUIET_MS, yield_on_timeout=True,  # an empty batch: quiet that long
                                 stop_event=until, raise_interrupt=True):  # Ctrl-C: exit 130 (cli.run)
                if batch and not pending:
                    since = time.monotonic()
                pending |= {Path(p).relative_to(root).as_posix() for _, p in batch}
                if pending and (not batch or time.monotonic() - since > LONGEST_MS / 1000):
                    rebuild(sorted(pending))
                    pending = set()
            appeared = [p.name for p in missing if p.exists()]
            if (stop is not None and stop.is_set()) or not appeared:
                break
            rebuild(appeared)
            echo(f"watching {', '.join(p.name for p in watched_paths(root))} (Ctrl-C to stop)")
    finally:
        if own and workers is not None:
            workers.shutdown()


class _Until:
    """watchfiles' stop event: set when the caller stops the watch, or when one of the watched
    names that did not exist when it started (themes/, assets/, pyproject.toml) appears."""

    def __init__(self, stop: threading.Event | None, missing: list[Path]):
        self.stop, self.missing = stop, missing

    def is_set(self) -> bool:
        return (self.stop is not None and self.stop.is_set()) or any(p.exists() for p in self.missing)

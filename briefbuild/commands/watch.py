"""Rebuild on save: the briefs an edit affects, and only those (the manifest's keys decide).

The watcher keeps its typesetting workers, so WeasyPrint is imported and its fonts set
up once, not per save. An invalid edit prints its positioned errors and the watcher
keeps going; the next good save builds again.
"""
from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Executor
from pathlib import Path

from ..build.engine import Options, Result, build, output_dir
from ..errors import BriefError
from ..build.progress import Progress

WATCHED = ("briefs", "sources", "templates", "pyproject.toml")


def watched_paths(root: Path) -> list[Path]:
    return [root / name for name in WATCHED if (root / name).exists()]


def build_once(root: Path, brief_ids: list[str], options: Options, progress: Progress,
               executor: Executor | None, echo: Callable[[str], None]) -> Result | None:
    """One build that never raises an input or tool error: it prints it and returns None."""
    try:
        result = build(root, brief_ids, options, progress, executor)
    except BriefError as exc:
        echo(exc.format_message())
        echo("waiting for the next save...")
        return None
    except OSError as exc:  # a file vanished mid-save, a full disk: the next save tries again
        echo(f"Error: {exc}")
        echo("waiting for the next save...")
        return None
    for warning in result.warnings:
        echo(warning)
    echo(f"{len(result.written)} written, {len(result.up_to_date)} up to date, {len(result.failed)} failed")
    return result


def prime(root: Path, brief_ids: list[str], options: Options, executor: Executor | None) -> None:
    """Warm what a save will need: here the validator and renderer imported, every quote's
    pattern compiled, the templates compiled; in each worker, one real brief typeset."""
    from ..build.engine import cite_cached, compose_all, print_job, select
    from ..rendering.render import render_html
    from ..checking.validate import load_project
    try:
        project = load_project(root, briefs=brief_ids)
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
    for _ in range(max(1, options.jobs or os.cpu_count() or 1)):  # an idle worker takes each
        executor.submit(rehearse_brief, job)


def watch(root: Path, brief_ids: list[str], options: Options, progress: Progress | None = None,
          executor: Executor | None = None, on_build: Callable[[Result], None] | None = None,
          stop: threading.Event | None = None) -> None:
    """Build, then rebuild after every change under briefs/, sources/, templates/ until stopped."""
    from watchfiles import watch as changes

    def echo(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    progress = progress or Progress()
    root = root.resolve()
    out = output_dir(root, options).resolve()
    own = executor is None and "pdf" in options.formats
    from ..build.workers import pool
    if own:
        executor = pool(max(1, options.jobs or os.cpu_count() or 1), root / "templates")
    try:
        result = build_once(root, brief_ids, options, progress, executor, echo)
        if result and on_build:
            on_build(result)
        prime(root, brief_ids, options, executor)
        echo(f"watching {', '.join(p.name for p in watched_paths(root))} (Ctrl-C to stop)")

        def relevant(change, path: str) -> bool:
            p = Path(path)
            return not (p.name.startswith(".") or p.name.endswith("~") or p.is_relative_to(out))

        for batch in changes(*watched_paths(root), watch_filter=relevant, debounce=400, step=30,
                             stop_event=stop, raise_interrupt=False):
            names = sorted({Path(p).relative_to(root).as_posix() for _, p in batch})
            echo(f"changed: {', '.join(names[:5])}{' …' if len(names) > 5 else ''}")
            result = build_once(root, brief_ids, options, progress, executor, echo)
            if result and on_build:
                on_build(result)
            if result and result.workers_lost and own:
                echo("a typesetting worker died: starting new ones")
                executor.shutdown(wait=False, cancel_futures=True)
                executor = pool(max(1, options.jobs or os.cpu_count() or 1), root / "templates")
    finally:
        if own:
            executor.shutdown(wait=False, cancel_futures=True)

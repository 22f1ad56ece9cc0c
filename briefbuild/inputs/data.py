"""Files a brief's tables and figures read from the project's assets/ folder: read safely, parsed once.

Only regular files under `<project>/assets/` are read, every symlink resolved first, so a
brief cannot make the tool read anything else on the machine.
"""
from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

MAX_BYTES = 5_000_000  # a table or a figure of a brief, not a data set


class AssetError(ValueError):
    """A file a table or figure names cannot be used; the message says why and what to do."""


def asset_path(root: Path, rel: str) -> Path:
    """The real path of `rel` if it is a regular file inside the project's assets/."""
    assets = (root / "assets").resolve()
    try:
        path = (root / rel).resolve(strict=True)
    except (OSError, RuntimeError):
        raise AssetError(f"'{rel}' does not exist: put the file in the project's assets/ folder") from None
    if not path.is_relative_to(assets):
        raise AssetError(f"'{rel}' leads out of assets/ (a link?): keep the file itself in assets/")
    if not path.is_file():
        raise AssetError(f"'{rel}' is not a file")
    return path


def read_asset(root: Path, rel: str) -> bytes:
    path = asset_path(root, rel)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise AssetError(f"'{rel}' cannot be read ({exc.strerror})") from None
    if len(data) > MAX_BYTES:
        raise AssetError(f"'{rel}' is over {MAX_BYTES // 1_000_000} MB: a brief's table or figure should be smaller")
    return data


def parse_csv(data: bytes, rel: str) -> tuple[list[str], list[list[str]]]:
    """(columns, rows) of a UTF-8 CSV whose first row names the columns."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AssetError(f"'{rel}' is not UTF-8 (byte {exc.start}): save it as UTF-8") from None
    try:
        table = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text, newline="")) if row]
    except csv.Error as exc:
        raise AssetError(f"'{rel}' is not valid CSV ({exc})") from None
    if not table or not all(table[0]):
        raise AssetError(f"'{rel}' needs a header row naming every column")
    columns, rows = table[0], table[1:]
    for i, row in enumerate(rows, 2):
        if len(row) != len(columns):
            raise AssetError(f"'{rel}' line {i} has {len(row)} cells for {len(columns)} columns")
    if not rows:
        raise AssetError(f"'{rel}' has a header row but no data")
    return columns, rows


def table_data(root: Path, data) -> tuple[list[str], list[list[str]]]:
    """The columns and rows of a Data block (a Table or a Chart), inline or from its CSV."""
    if data.csv:
        return parse_csv(read_asset(root, data.csv), data.csv)
    return list(data.columns), [list(r) for r in data.rows]


# How a language writes 1,234.5 (CLDR, tests/unit/test_data_block_models.py compares with Babel):
# its decimal sign, and the signs that group thousands (any space also groups, as SI writes).
DECIMAL_COMMA = {"de", "fr", "es"}
_SPACES = " \u00a0\u202f\u2009"
_NUMBER = {comma: re.compile(rf"([+-]?)(\d{{1,3}}(?:[{re.escape(_SPACES + ('.' if comma else ','))}]\d{{3}})+|\d+)"
                             rf"(?:{',' if comma else '[.]'}(\d+))?") for comma in (False, True)}


def number(cell: str, language: str = "en") -> float | None:
    """A cell's value if it is a number as the brief's language writes it: 1,234.5 in English,
    1.234,5 in German, 1 234,5 in French; with a sign (− or -), a % or a currency sign.
    A cell the language would not write (1.234,5 in English, 3.5 in German) is not a number:
    read in the other convention it would silently be a thousand times off."""
    text = cell.strip().replace("\u2212", "-")
    text = text.removeprefix("$").removeprefix("€").removeprefix("£").removeprefix("¥")
    text = text.removesuffix("%").removesuffix("€").rstrip(_SPACES)
    found = _NUMBER[language.split("-")[0] in DECIMAL_COMMA].fullmatch(text)
    if not found:
        return None
    sign, whole, fraction = found.groups()
    digits = "".join(ch for ch in whole if ch.isdigit())
    return float(f"{sign}{digits}.{fraction or 0}")

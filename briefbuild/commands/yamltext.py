"""Writing and editing YAML as text, so an editor's comments and layout stay as they were.

The commands that change a source (find --add, add --update) never load and dump the file:
they append or replace lines, then parse the result strictly and refuse to write it unless
it means exactly what was intended.
"""
from __future__ import annotations

import json
import re
import textwrap
from itertools import pairwise

from ..errors import Diagnostic
from ..inputs.load import YamlDoc, load_yaml
from ..patterns import lazy

SCHEMA_LINE = "# yaml-language-server: $schema=../briefbuild/schemas/{name}.schema.json"
_PLAIN = lazy(r"^[A-Za-z0-9(][\w .,;()/'’&–—-]*$")


def scalar(value: str) -> str:
    """A YAML scalar for one line: plain when it cannot be misread, else double-quoted (JSON)."""
    value = str(value)
    if _PLAIN.match(value) and not re.search(r"(:\s|\s#|^\d{4}-\d|^(yes|no|on|off|true|false|null|~)$)", value, re.IGNORECASE):
        return value
    return json.dumps(value, ensure_ascii=False)


def folded(key: str, value: str, indent: int, width: int = 88) -> list[str]:
    """`key: >-` and the text wrapped under it (folding joins the lines with spaces)."""
    pad = " " * (indent + 2)
    value = " ".join(value.split())
    lines = textwrap.wrap(value, width=max(40, width - len(pad)), break_long_words=False, break_on_hyphens=False)
    return [" " * indent + f"{key}: >-"] + [pad + line for line in lines]


def top_level_blocks(text: str) -> list[tuple[str, int, int]]:
    """(key, first line, end line) of each top-level key, 0-based, end exclusive; trailing
    blank and comment lines belong to the next key."""
    lines = text.split("\n")
    starts = [(m.group(1), i) for i, line in enumerate(lines)
              if (m := re.match(r"^([A-Za-z_][\w-]*|\"[^\"]+\"):", line))]
    blocks = []
    for k, (key, start) in enumerate(starts):
        end = starts[k + 1][1] if k + 1 < len(starts) else len(lines)
        while end - 1 > start and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
            end -= 1
        blocks.append((key.strip('"'), start, end))
    return blocks


def append_list_item(text: str, key: str, item: list[str]) -> str:
    """Add `item` (lines, written for an indent of two under `key`) at the end of the top-level
    list `key`, creating the key at the end of the file when it is absent."""
    lines = text.rstrip("\n").split("\n")
    block = next((b for b in top_level_blocks(text) if b[0] == key), None)
    if block is None:
        return "\n".join(lines + ["", f"{key}:"] + item) + "\n"
    _, start, end = block
    head = lines[start]
    if re.match(rf"^{re.escape(key)}:\s*\[\s*\]\s*(#.*)?$", head):  # an empty flow list: becomes a block list
        lines[start] = f"{key}:"
        end = start + 1
    shift = _dash_column(lines[start + 1:end]) - 2  # the item is written with its dash in column 2
    shifted = [(" " * shift + line if shift >= 0 else line[-shift:]) if line.strip() else line for line in item]
    gap = [""] if end > start + 1 and _spaced(lines[start + 1:end]) else []
    return "\n".join(lines[:end] + gap + shifted + lines[end:]) + "\n"


def _dash_column(lines: list[str]) -> int:
    for line in lines:
        m = re.match(r"^(\s*)- ", line)
        if m:
            return len(m.group(1))
    return 2


def _spaced(lines: list[str]) -> bool:
    """Whether the list's items are separated by blank lines (the sample's layout)."""
    return any(not a.strip() and re.match(r"^\s*- ", b) for a, b in pairwise(lines))


def replace_value(text: str, doc: YamlDoc, loc: tuple, value: str) -> str:
    """Replace the one-line scalar at key path `loc` (positions from the parsed document)."""
    if loc not in doc.positions:
        raise KeyError(loc)
    line_no, column = doc.positions[loc]
    lines = text.split("\n")
    line = lines[line_no - 1]
    m = re.match(r"^(\s*(?:- )?[\w-]+:\s*)(\"[^\"]*\"|'[^']*'|[^#\s][^#]*?)(\s*(#.*)?)$", line)
    if m:
        lines[line_no - 1] = m.group(1) + value + m.group(3)
        return "\n".join(lines)
    # A key of a flow mapping (`- {id: q1, paragraph: 11, …}`): the scalar after it.
    flow = re.compile(r"[\w-]+:\s*(\"[^\"]*\"|'[^']*'|[^,{}\[\]#\s](?:[^,{}\[\]#]*[^,{}\[\]#\s])?)").match(
        line, column - 1)
    if not flow or "{" not in line[:column - 1]:
        raise ValueError(f"line {line_no} is not a one-line key: value")
    lines[line_no - 1] = line[:flow.start(1)] + value + line[flow.end(1):]
    return "\n".join(lines)


def key_line(doc: YamlDoc, key: str) -> int | None:
    """The 0-based line of a top-level key's value."""
    where = doc.positions.get((key,))
    return where[0] - 1 if where else None


def parse_text(text: str, name: str) -> tuple[YamlDoc | None, list[Diagnostic]]:
    """Parse YAML text strictly, as if it were the file `name` (a copy in a private temporary
    folder: nothing appears in the project before it is known to be right)."""
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory(prefix="briefbuild-") as folder:
        path = Path(folder) / Path(name).name
        path.write_text(text, "utf-8")
        return load_yaml(path, name)

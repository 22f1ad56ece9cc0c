"""Stage 1, load: strict YAML on PyYAML's C parser, with a position for every value.

PyYAML's own constructors are bypassed on purpose: they keep the last of two
duplicate keys, turn `no` into False, `3.10` into 3.1 and dates into objects.
Here every scalar stays text (or None), and the typed models decide what it means.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .. import chars
from ..errors import Code, Diagnostic
from ..files import Refused, read_regular
from ..patterns import lazy

_Base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is ~10x faster, where libyaml is


class _Loader(_Base):
    """Skips YAML 1.1's implicit typing of plain scalars: they stay text (and it is a third of parsing)."""

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode and implicit[0] and value != "<<":  # merges stay refusable
            return "tag:yaml.org,2002:str"
        return super().resolve(kind, value, implicit)

MAX_BYTES = 2_000_000  # a brief or source is text: anything bigger is a mistake or an attack
MAX_NODES = 200_000  # caps alias expansion ("billion laughs")
# ... and so does the text: one 1 MB anchor named by 1,000 aliases is few nodes but a gigabyte.
MAX_CHARS = 2 * MAX_BYTES
MAX_DEPTH = 64  # libyaml itself stops at 1,000 levels of flow or block nesting
_NULLS = {"", "~", "null", "Null", "NULL"}
_STD = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {_STD + t for t in ("str", "map", "seq", "int", "float", "bool", "null", "timestamp")}

Key = tuple  # a key path: str keys and int list indices


@dataclass
class YamlDoc:
    """One parsed file: plain data plus the 1-based (line, column) of every key path."""

    path: Path
    name: str  # the path shown to the user, relative to the project
    data: object
    positions: dict[Key, tuple[int, int]] = field(default_factory=dict)

    def where(self, loc: Key) -> tuple[int, int]:
        """Position of the deepest existing prefix of `loc` (a missing key points at its parent)."""
        loc = tuple(loc)
        while loc and loc not in self.positions:
            loc = loc[:-1]
        return self.positions.get(loc, (1, 1))

    def diag(self, loc: Key, message: str, severity: str = "error", code: Code = Code.OTHER) -> Diagnostic:
        line, col = self.where(loc)
        return Diagnostic(self.name, line, col, dotted(loc), message, severity, code)


def dotted(loc: Key) -> str:
    return ".".join(str(p) for p in loc)


class _Refused(Exception):
    def __init__(self, node, message: str):
        self.node, self.message = node, message


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def read_text(path: Path, name: str, max_bytes: int = MAX_BYTES,
              raw: bytes | None = None) -> tuple[str | None, list[Diagnostic]]:
    """Read a UTF-8 text file, refusing what an editor would not mean to save. `raw`: its
    bytes, when the caller has just read them with read_regular (within `max_bytes`)."""

    def fail(line, col, msg):
        return None, [Diagnostic(name, line, col, "", msg)]

    try:
        raw = read_regular(path, max_bytes) if raw is None else raw
    except Refused as exc:
        return fail(1, 1, str(exc))
    if raw.startswith(b"\xef\xbb\xbf"):
        return fail(1, 1, "file starts with a byte-order mark: save it as UTF-8 without BOM")
    wide = chars.wide_encoding(raw)
    if wide:
        return fail(1, 1, f"file is saved as {wide}, not UTF-8: save it as UTF-8 (in Notepad: Save as, "
                          "Encoding: UTF-8; in VS Code: Save with Encoding, UTF-8)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(raw[: exc.start].decode("utf-8", "replace"), exc.start)
        return fail(line, col, f"byte 0x{raw[exc.start]:02x} is not UTF-8: save the file as UTF-8")
    bad = chars.find_forbidden(text, in_file=True)
    if bad >= 0:
        return fail(*_line_col(text, bad), chars.problem(text[bad]))
    return text, []


def project_root(path: Path, name: str) -> Path | None:
    """The project folder, from a file's path and its name relative to the project."""
    parts = Path(name).parts
    if not parts or Path(name).is_absolute() or path.parts[-len(parts):] != parts:
        return None
    return path.parents[len(parts) - 1]


def outside_project(path: Path, name: str) -> bool:
    """True when `path` is a symlink (or has one on its way) leading out of the project."""
    root = project_root(path, name)
    if root is None:
        return False
    if no_links_below(root, Path(name).parts):
        return False
    try:
        return not path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a symlink loop leads nowhere inside either
        return True


def no_links_below(base: Path, parts: tuple[str, ...]) -> bool:
    """True when no name on the way from `base` down through `parts` is a symbolic link (or
    `..`): the path then resolves inside `base`, wherever `base` itself is. Two lstat calls
    for briefs/x.yaml, where resolving the whole path and the root walks every folder from /
    (a tenth of a `check` of a large project). False also when unsure: resolve then decides."""
    at = str(base)
    for part in parts:
        if part in ("", ".", ".."):
            return False
        at = os.path.join(at, part)
        try:
            if stat.S_ISLNK(os.lstat(at).st_mode):
                return False
        except FileNotFoundError:
            return True  # nothing there to lead anywhere: reading it fails on its own
        except OSError:
            return False
    return True


def load_yaml(path: Path, name: str, raw: bytes | None = None) -> tuple[YamlDoc | None, list[Diagnostic]]:
    """Parse one YAML file strictly; on failure return every problem found in it. `raw`: the
    file's bytes, when the caller has just read them (read_regular, within MAX_BYTES)."""
    if outside_project(path, name):
        return None, [Diagnostic(name, 1, 1, "", "symbolic link leading outside the project: "
                                                 "copy the file into the project instead")]
    text, diags = read_text(path, name, raw=raw)
    if text is None:
        return None, diags
    if not text.strip() or all(row.strip().startswith("#") or not row.strip() for row in text.splitlines()):
        return None, [Diagnostic(name, 1, 1, "", "file is empty: add content or delete the file")]
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_error(text, name, exc)]
    except yaml.YAMLError as exc:  # reader errors: control characters and the like
        line, col = _line_col(text, getattr(exc, "position", 0) or 0)
        reason = getattr(exc, "reason", None) or str(exc)
        return None, [Diagnostic(name, line, col, "", f"YAML: {reason} (remove the character)", code=Code.YAML_SYNTAX)]
    doc = YamlDoc(path, name, None)
    builder = _Builder(doc)
    try:
        doc.data = builder.build(node, ())
    except _Refused as exc:
        line, col = exc.node.start_mark.line + 1, exc.node.start_mark.column + 1
        builder.diags.append(Diagnostic(name, line, col, "", exc.message))
    if builder.diags:
        return None, builder.diags
    return doc, []


# Where a construct that runs on past its line opened: an unclosed quotation mark or bracket
# is reported where it opens, not where libyaml gave up (the file's end, lines later).
_OPENED = {"while scanning a quoted scalar": "the quotation mark opened here is never closed: end the value with {ch}",
           "while parsing a flow sequence": "the '[' opened here is never closed: close the list with ']', "
                                            "or put the whole value in quotes if it is text",
           "while parsing a flow mapping": "the '{{' opened here is never closed: put the whole value in quotes "
                                           "if it is text"}
# Spaces a copy from a web page or Word brings that YAML does not take for spaces.
_ODD_SPACES = lazy(r"[\u00a0\u2000-\u200a\u202f\u3000]")


def _syntax_error(text: str, name: str, exc: yaml.MarkedYAMLError) -> Diagnostic:
    """One positioned message for a file libyaml cannot parse: where the mistake is, the key
    path it is under, what is wrong and the fix."""
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or str(exc)
    hint = None
    if exc.context == "while scanning a simple key" and exc.context_mark:
        mark = exc.context_mark  # a missing colon: the key's own line, not where libyaml gave up
    opened = exc.context_mark if exc.context in _OPENED else None
    if opened is not None and exc.problem_mark is not None and exc.problem_mark.line > opened.line:
        mark = opened
        hint = _OPENED[exc.context or ""].format(ch=text[opened.index:opened.index + 1])
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    last = text.count("\n") + 1
    if line > last:  # libyaml can point one line past the end of a file without a final newline
        line, col = last, len(text.rsplit("\n", 1)[-1]) + 1
    path_line = line
    if hint is None and mark and line <= last:
        block = _block_above(text, line) if exc.context == "while scanning a simple key" else None
        if block:
            hint, path_line = block
        else:
            found = _value_hint(text, exc, mark, line)
            if found:
                hint, col = found  # at the value's first character, where the fix goes
        hint = hint or _indent_hint(text, exc, mark, line)
    hint = hint or _SYNTAX_HINTS.get(problem, "fix the YAML syntax")
    if mark and text[mark.index:mark.index + 1] == "\t":
        problem, hint = "tab character", "indent with spaces, not tabs"
    odd = _odd_space(text, line)
    if odd:  # what libyaml says of it is beside the point
        line, col, space = odd
        return Diagnostic(name, line, col, dotted(_path_at(text, line)),
                          f"YAML syntax: {space} where YAML needs a plain space (retype it as a space: "
                          "a copy from a web page or a word processor brings these)", code=Code.YAML_SYNTAX)
    if exc.context and exc.context not in problem:
        problem = f"{exc.context}: {problem}"
    return Diagnostic(name, line, col, dotted(_path_at(text, path_line)), f"YAML syntax: {problem} ({hint})",
                      code=Code.YAML_SYNTAX)


def _odd_space(text: str, line: int) -> tuple[int, int, str] | None:
    """A non-breaking (or other Unicode) space in the indentation or after a key's colon, on the
    line of the error or the one above it: YAML reads it as text, and the error libyaml gives
    then says nothing of it."""
    rows = text.split("\n")
    for n in (line - 1, line):
        row = rows[n - 1] if 0 < n <= len(rows) else ""
        head = re.match(r"[ \u00a0\u2000-\u200a\u202f\u3000]*(?:-[ \u00a0]+)?(?:[\w-]+:)?[ \u00a0]*", row)
        found = _ODD_SPACES.search(head.group(0)) if head else None
        if found:
            return n, found.start() + 1, f"U+{ord(found.group()):04X} {unicodedata.name(found.group(), 'SPACE')}"
    return None


_MARKER = "briefbuild-path-marker"


def _path_at(text: str, line: int) -> Key:
    """The key path of the line the error is on: the file up to that line, with that line's own
    key (or list dash) given a plain value, parsed for where that value lands; if that too
    fails, the keys above it that it is indented under."""
    rows = text.split("\n")
    head = "\n".join(rows[:max(line - 1, 0)])
    row = rows[line - 1] if 0 < line <= len(rows) else ""
    row = re.sub(r"^(\s*)-(?=[^\s-])", r"\1- ", row)  # '-id: x' is a list item without its space
    row = re.sub(r"^\s+", lambda m: _ODD_SPACES.sub(" ", m.group(0)), row)  # a pasted space: YAML reads it as text
    lead = re.match(r"\s*(?:-\s+)*(?:[^\s'\"#{\[\]}&*!|>%@`-][^:#]*?:(?=\s|$))?", row)
    indent = len(row) - len(row.lstrip(" \t\u00a0"))  # a tab or a pasted space is where the mistake is
    open_at = _scalar_path(head, None) or []
    if lead and lead.group(0).strip():
        # the line as written, then (a line out of line) its key or dash moved to where a key or list
        # that is open above it starts: the line above's first, then the nearest to where it is
        above = next((r for r in reversed(rows[:max(line - 1, 0)]) if r.strip() and not r.lstrip().startswith("#")), "")
        near = len(re.match(r"\s*(?:-\s+)*", above).group(0))  # type: ignore[union-attr]
        dash = lead.group(0).lstrip().startswith("-")  # an item goes where a list starts, a key where a mapping does
        starts = {column for _, column, mapping in open_at if mapping != dash} | (set() if dash else {0})
        # never out past a list or mapping the line is indented into: '  id: x' under an empty '  -' is not
        # a top-level key
        starts = {c for c in starts if c >= indent or not any(c < x <= indent for _, x, _ in open_at)}
        columns = sorted(starts, key=lambda c: (c != near, abs(c - indent), -c))  # a tie: the inner one
        for at in [None, *columns]:
            moved = lead.group(0).rstrip() if at is None else " " * at + lead.group(0).strip()
            found = _scalar_path(f"{head}\n{moved} {_MARKER}\n", _MARKER)
            if found is not None:
                return tuple(part for part, *_ in found)
    return tuple(part for part, column, _ in open_at if column < indent)


def _scalar_path(text: str, marker: str | None) -> list[tuple] | None:
    """The key path of the value scalar `marker` in `text`, or (marker None) of its last value
    scalar, each part with the column of its mapping or list and whether it is a mapping; None when there is none or the text
    does not parse that far."""
    frames: list[list] = []  # per open collection: [is a mapping, key or index, a value is open, column]
    last = None
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                frames.pop()
                if frames and frames[-1][0]:
                    frames[-1][2] = False
                continue
            if not isinstance(event, yaml.NodeEvent) or not frames and not isinstance(event, yaml.CollectionStartEvent):
                continue
            if frames and frames[-1][0] and not frames[-1][2]:  # a mapping's key
                frames[-1][1:] = [getattr(event, "value", None), True, event.start_mark.column]
                if isinstance(event, yaml.CollectionStartEvent):  # a list or map as a key: refused later
                    frames.append([isinstance(event, yaml.MappingStartEvent), None, False, event.start_mark.column])
                continue
            if frames and not frames[-1][0]:  # a list's next item
                frames[-1][1] = 0 if frames[-1][1] is None else frames[-1][1] + 1
            if isinstance(event, yaml.CollectionStartEvent):
                frames.append([isinstance(event, yaml.MappingStartEvent), None, False, event.start_mark.column])
                continue
            here = [(f[1], f[3], f[0]) for f in frames][:MAX_DEPTH]
            if marker is not None and getattr(event, "value", None) == marker:
                return here
            last = here
            if frames[-1][0]:
                frames[-1][2] = False
    except yaml.YAMLError:
        if marker is not None:
            return None
    return None if marker is not None else last


_VALUE = lazy(r"\s*(?:-\s+)*(?:(?P<key>[^\s'\"#{\[\]}][^:#]*?):(?:\s+|$))?(?P<value>.*)")


def _value_hint(text: str, exc, mark, line: int) -> tuple[str, int] | None:
    """The fix, and the column it goes at, when a value starts with a character YAML reads as
    syntax, or a list item lacks the space after its dash."""
    row = text.split("\n")[line - 1]
    if exc.problem == "did not find expected '-' indicator" and re.match(r"\s*-[^\s-]", row):
        item = row.strip()
        return f"a list item starts with '- ', a dash and a space: write '- {item[1:]}'", _indent(row) + 1
    m = _VALUE.match(row)
    value = m.group("value").rstrip() if m else ""
    if not m or not value or mark.line + 1 != line:
        return None
    first, col = value[0], m.start("value") + 1
    if first in "{[" and not (exc.problem or "").startswith("exceeded"):
        what = "mapping" if first == "{" else "list"
        return f"a value that starts with '{first}' is read as a YAML {what}: put the whole value in quotes", col
    if first in "'\"" and mark.column >= col:
        closing = value.find(first, 1)
        if 0 < closing < len(value) - 1:
            inner = value[1:closing]
            if first == "'":
                return (f"a value in '…' ends at the next ' (after '{inner}'): write an apostrophe inside it "
                        "twice ('') or as ’"), col + closing
            return (f"a value that starts with \" ends at the next \" (after \"{inner}\"): put the whole value "
                    "in single quotes, or start it with a word"), col + closing
    if first in "*&":
        what = "an alias" if first == "*" else "an anchor"
        return f"a value that starts with '{first}' is read as {what}: put the whole value in quotes", col
    if first in "@`%":
        return f"a value cannot start with '{first}': put the whole value in quotes", col
    return None


def _block_above(text: str, line: int) -> tuple[str, int] | None:
    """When line `line` ends a `text: |` block too soon: indented no deeper than its key."""
    rows = text.split("\n")
    row = rows[line - 1]
    for n in range(line - 1, 0, -1):
        above = rows[n - 1]
        if not above.strip():
            continue
        if _indent(above) > _indent(row):
            continue
        head = re.fullmatch(r"\s*(?:-\s+)?([\w-]+):\s*[|>][-+0-9]*\s*(?:#.*)?", above)
        if head:
            return (f"line {line} is indented no more than '{head.group(1)}:' at line {n}, so it ends the text "
                    f"block begun there: indent every line of the block more than '{head.group(1)}'"), n
        return None
    return None


_SYNTAX_HINTS = {
    "found character '\\t' that cannot start any token": "indent with spaces, not tabs",
    "mapping values are not allowed here": "quote a value that contains ': '",
    "mapping values are not allowed in this context": "quote a value that contains ': '",  # libyaml's wording
    "could not find expected ':'": "every key needs a colon after it",
    "exceeded maximum nesting depth": "flatten the data",
}


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip(" "))


def _indent_hint(text: str, exc, mark, line: int) -> str | None:
    """The fix when libyaml's complaint is really a line indented unlike its neighbours."""
    rows = text.split("\n")
    row = rows[line - 1]
    above = next((r for r in reversed(rows[:line - 1]) if r.strip() and not r.lstrip().startswith("#")), None)
    if exc.problem and exc.problem.startswith("mapping values are not allowed"):
        # `kind: direct` then `     paragraph: 3`: the deeper line continues the value above it
        if above is not None and re.fullmatch(r"\s*[\w-]+", row[:mark.column]) and _indent(row) > _indent(above):
            return f"line {line} is indented more than the line above: a key lines up with the keys beside it"
        return None
    if exc.problem not in ("did not find expected key", "did not find expected '-' indicator"):
        return None
    item = row.lstrip().startswith("- ")
    if exc.problem == "did not find expected key":
        if item:
            return f"line {line} is a list item where a key was expected: indent it like the items above it"
        if exc.context_mark is not None and _indent(row) != exc.context_mark.column:
            return (f"line {line} is indented {_indent(row)} spaces, the keys it belongs with "
                    f"{exc.context_mark.column}: line them up")
        return None
    if not item:  # a key where the list's next '- ' item should start
        return f"line {line} is indented unlike the lines around it: line it up with the keys it belongs with"
    return f"line {line} is indented unlike the items around it: line its '- ' up with theirs"


class _Builder:
    def __init__(self, doc: YamlDoc):
        self.doc = doc
        self.positions = doc.positions
        self.count = 0
        self.chars = 0
        self.diags: list[Diagnostic] = []

    def build(self, node, loc: Key, depth: int = 0):
        self.count += 1
        if self.count > MAX_NODES:
            raise _Refused(node, f"document expands to more than {MAX_NODES:,} values (alias bomb?): remove the aliases")
        if depth > MAX_DEPTH:
            raise _Refused(node, f"nesting deeper than {MAX_DEPTH} levels: flatten the data")
        if node.tag not in _ALLOWED_TAGS:
            tag = node.tag.replace(_STD, "!!")
            raise _Refused(node, f"tag '{tag}' is not allowed: remove it and write plain YAML")
        if loc not in self.positions:  # a mapping's values have their key's position already
            mark = node.start_mark
            self.positions[loc] = (mark.line + 1, mark.column + 1)
        if isinstance(node, yaml.ScalarNode):
            value, style = node.value, node.style
            if style is None and value in _NULLS:
                return None
            self.chars += len(value)
            if self.chars > MAX_CHARS:
                raise _Refused(node, f"document expands to more than {MAX_CHARS:,} characters of text "
                                     "(an anchor repeated by aliases?): remove the aliases")
            if style == '"' or "\r" in value:  # the one style with escapes; read_text checked the rest
                self._check_chars(node)
            return value
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, loc + (i,), depth + 1) for i, item in enumerate(node.value)]
        return self._mapping(node, loc, depth)

    def _check_chars(self, node) -> None:
        """After decoding: a YAML escape ("\\u202E", "\\e") is the same character as the raw byte."""
        bad = chars.find_forbidden(node.value)
        if bad >= 0:
            raise _Refused(node, chars.problem(node.value[bad]))

    def _mapping(self, node, loc: Key, depth: int) -> dict:
        out: dict = {}
        first: dict[str, int] = {}
        twice: list[tuple[str, int, int]] = []  # duplicate keys: (key, line, column)
        for key_node, value_node in node.value:
            line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _STD + "merge":
                raise _Refused(key_node, "keys must be plain text (no '<<' merges, lists or maps as keys)")
            key = key_node.value
            if key_node.style == '"' or "\r" in key:
                self._check_chars(key_node)
            if key in first:
                twice.append((key, line, col))
                continue
            first[key] = line
            here = loc + (key,)
            self.positions[here] = (line, col)
            out[key] = self.build(value_node, here, depth + 1)
        if twice:
            self._duplicates(node, loc, first, twice)
        return out

    def _duplicates(self, node, loc: Key, first: dict[str, int], twice: list[tuple[str, int, int]]) -> None:
        """A message per duplicate key; or one, when the keys repeat from the first on (`id:`,
        `name:` …, again): items of a list written without their '- ', each starting where
        the first key comes again."""
        head = next(iter(first))
        restarts = [line for key, line, _ in twice if key == head]
        if loc and restarts and len({key for key, _, _ in twice}) > 1 and twice[0][0] == head:
            self._new_items(node, loc, head, first[head], restarts)
            return
        for key, line, col in twice:
            self.diags.append(Diagnostic(self.doc.name, line, col, dotted(loc + (key,)),
                                         f"duplicate key '{key}' (first at line {first[key]}): keep one of them"))

    def _new_items(self, node, loc: Key, key: str, line: int, restarts: list[int]) -> None:
        """One message for items written without their '- ': each starts where the first key comes again."""
        col = node.start_mark.column + 1
        lines = ", ".join(str(n) for n in restarts)
        item = isinstance(loc[-1], int)  # in a list already: the item above has its dash, these lack it
        where = f"line {lines}" if len(restarts) == 1 else f"lines {lines}"
        fix = ("start each new item with '- ' lined up with the one above" if item
               else f"write each item as '- {key}: …', the dash before its first key (line {line} too)")
        self.diags.append(Diagnostic(self.doc.name, restarts[0], col, dotted(loc),
                                     f"'{key}' comes again at {where} (first at line {line}): a new item "
                                     f"starts there without its '- ': {fix}"))


def _as_parsed(data) -> bool:
    """True if `data` is what _Builder makes of a file that loads: text, None, lists and maps
    with text keys, within the limits, with no refused character."""
    stack, count, text = [(data, 0)], 0, 0
    while stack:
        value, depth = stack.pop()
        count += 1
        if count > MAX_NODES or depth > MAX_DEPTH:
            return False
        if isinstance(value, str):
            text += len(value)
            if text > MAX_CHARS or chars.find_forbidden(value) >= 0:
                return False
        elif isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str) or chars.find_forbidden(key) >= 0:
                    return False
                stack.append((item, depth + 1))
        elif isinstance(value, list):
            stack += [(item, depth + 1) for item in value]
        elif value is not None:
            return False
    return True


class DiskCache:
    """Parsed YAML kept on disk by the digest of each file's bytes, so that a fresh process
    (a one-brief build, a pre-commit check) does not parse a large project's unchanged files again.

    Only files that loaded cleanly are kept; every check here is a function of the bytes, so
    a file with the same digest would pass them again. Entries live in a folder named after
    the loader's own digest: a change to this module starts afresh. The models still
    validate every value afterwards. Entries are kept in a few pack files (cache.Packs), and
    those this process adds are written by `flush` at the end of its load.
    """

    def __init__(self, folder: Path | None):
        from ..cache import Packs
        self.stamp = hashlib.blake2b(Path(__file__).read_bytes(), digest_size=8).hexdigest()
        self.root = folder
        self.entries = Packs(folder / self.stamp if folder is not None else None)

    def load(self, path: Path, name: str, digest: str) -> YamlDoc | None:
        entry = self.entries.get(digest)  # a miss first: a fresh check misses every file
        if entry is None or outside_project(path, name):
            return None
        try:
            positions = {tuple(p[:-2]): (int(p[-2]), int(p[-1])) for p in entry["positions"]}
            data = entry["data"]
        except (KeyError, TypeError, IndexError, ValueError):  # damaged: parse the file again
            return None
        # .cache/ is data anyone with the CI cache can write: only what the parser itself
        # could have produced is used, else the file is parsed (and checked) again.
        if not _as_parsed(data):
            from ..cache import reject
            reject(self.entries.where(digest), f"entry {digest}: not what the YAML loader produces")
            return None
        return YamlDoc(path, name, data, positions)

    def keep(self, doc: YamlDoc, digest: str) -> None:
        self.entries.put(digest, {"data": doc.data, "positions": [[*k, *v] for k, v in doc.positions.items()]})

    def flush(self) -> None:
        """Write what this process added (one pack file for all of them)."""
        self.entries.flush()

    def prune(self) -> None:
        """After a load of the whole project: drop entries of files no longer there, and
        the folders of other loader versions."""
        self.entries.keep_only_used()
        try:
            for other in self.root.iterdir() if self.root is not None else ():
                if other.is_dir() and other.name != self.stamp:
                    shutil.rmtree(other, ignore_errors=True)
        except OSError:
            pass

"""Property-based: mutated sample files never end in a traceback, and invalid data never passes."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from conftest import SAMPLE, cli, copy_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefbuild.checking.validate import load_project
from briefbuild.errors import InputError

FILES = ["briefs/japan-nato.yaml", "sources/national-defense-2022-12-06-japan-nato.yaml", "sources/people.yaml"]
ORIGINAL = {f: (SAMPLE / f).read_bytes() for f in FILES}
SETTINGS = settings(max_examples=1000, deadline=None, derandomize=True, database=None,  # no .hypothesis/ in the checkout
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _scalar_keys(text: str) -> list[tuple[int, int, str, bool]]:
    """(start offset, end offset, key, required-looking) for every key whose value is a scalar."""
    out = []

    def walk(node):
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if isinstance(v, yaml.ScalarNode):
                    out.append((k.start_mark.index, v.end_mark.index, k.value))
                walk(v)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item)

    walk(yaml.compose(text, Loader=yaml.CSafeLoader))
    return out


KEYS = {f: _scalar_keys(ORIGINAL[f].decode()) for f in FILES}
REQUIRED = {"id", "speaker", "kind", "text", "paragraph", "title", "date", "issued", "type", "name", "role",
            "summary"}


@pytest.fixture(scope="module")
def workdir():
    root = copy_project(Path(tempfile.mkdtemp(prefix="fuzz-")))
    yield root
    shutil.rmtree(root, ignore_errors=True)


def outcome(root: Path, rel: str, data: bytes) -> list | None:
    """Diagnostics of the project with `rel` replaced by `data` (None when it validates)."""
    (root / rel).write_bytes(data)
    try:
        load_project(root)
        return None
    except InputError as exc:
        return exc.diagnostics
    finally:
        (root / rel).write_bytes(ORIGINAL[rel])


def assert_positioned(diags, rel: str, data: bytes):
    """Every message has a position inside the file it names."""
    assert diags, "an InputError carries at least one diagnostic"
    for d in diags:
        assert d.line >= 1 and d.column >= 1, d
        assert d.message.strip(), d
        content = data if d.file == rel else ORIGINAL.get(d.file)
        if content is not None:
            assert d.line <= content.count(b"\n") + 1, d


@st.composite
def invalid_mutation(draw):
    """A mutation that always makes the data invalid."""
    rel = draw(st.sampled_from(FILES))
    text = ORIGINAL[rel].decode()
    keys = KEYS[rel]
    kind = draw(st.sampled_from(["duplicate", "retype", "delete-required", "bad-id", "bad-bytes", "nul"]))
    start, end, key = draw(st.sampled_from(keys))
    line_start = text.rfind("\n", 0, start) + 1
    if kind == "duplicate":
        line_end = text.find("\n", end)
        entry = text[line_start:line_end + 1]
        return rel, kind, (text[:line_end + 1] + entry + text[line_end + 1:]).encode()
    if kind == "retype":
        value = draw(st.sampled_from(["[1, 2]", "{a: 1}", "\n" + " " * (start - line_start + 2) + "- x"]))
        return rel, kind, (text[:start] + f"{key}: {value}" + text[end:]).encode()
    if kind == "delete-required":
        required = [k for k in keys if k[2] in REQUIRED]
        start, end, key = draw(st.sampled_from(required))
        line_start = text.rfind("\n", 0, start) + 1
        prefix = text[line_start:start]
        # A key that opens a list item ("- id: x") keeps its dash so the item stays.
        keep = prefix if prefix.strip() else ""
        line_end = text.find("\n", end)
        rest = text[line_end + 1:]
        if keep:
            # move the next key of the item up under the dash
            nxt = rest.lstrip(" ")
            return rel, kind, (text[:line_start] + keep + nxt).encode()
        return rel, kind, (text[:line_start] + rest).encode()
    if kind == "bad-id":
        ids = [k for k in keys if k[2] in ("id", "speaker", "source", "quote")]
        if not ids:  # the brief names ids inside text only: break a placeholder instead
            i = text.index("{", text.index("sections:"))
            return rel, kind, (text[:i] + "{Not An Id!}" + text[text.index("}", i) + 1:]).encode()
        start, end, key = draw(st.sampled_from(ids))
        return rel, kind, (text[:start] + f"{key}: Not An Id!" + text[end:]).encode()
    pos = draw(st.integers(0, len(ORIGINAL[rel])))
    raw = ORIGINAL[rel]
    junk = draw(st.sampled_from([b"\xff", b"\xc3\x28", b"\x80abc"])) if kind == "bad-bytes" else b"\x00"
    return rel, kind, raw[:pos] + junk + raw[pos:]


@given(invalid_mutation())
@SETTINGS
def test_invalid_mutations_always_fail_with_positioned_messages(workdir, case):
    rel, kind, data = case
    diags = outcome(workdir, rel, data)
    assert diags is not None, f"{kind} mutation of {rel} passed validation"
    assert any(d.severity == "error" for d in diags)
    assert_positioned(diags, rel, data)


ODD = st.sampled_from(["\t", ":", ": ", "- ", "{", "}", "[", "]", "\"", "“", "'", "#", "&a", "*a", "!", "|",
                       ">", "\u202e", "\ufeff", "\u2028", "\x1b", "é", "💥", "\n", "\n  ", "…", "%", "@", "`"])


@st.composite
def any_mutation(draw):
    """Truncations and odd characters: the result may or may not be valid."""
    rel = draw(st.sampled_from(FILES))
    raw = ORIGINAL[rel]
    kind = draw(st.sampled_from(["truncate", "insert", "random-bytes"]))
    pos = draw(st.integers(0, len(raw)))
    if kind == "truncate":
        return rel, raw[:pos]
    if kind == "insert":
        odd = draw(st.lists(ODD, min_size=1, max_size=4))
        return rel, raw[:pos] + "".join(odd).encode() + raw[pos:]
    return rel, raw[:pos] + draw(st.binary(min_size=1, max_size=16)) + raw[pos:]


@given(any_mutation())
@SETTINGS
def test_any_mutation_ends_cleanly(workdir, case):
    rel, data = case
    diags = outcome(workdir, rel, data)
    if diags is not None:
        assert_positioned(diags, rel, data)


@pytest.mark.parametrize("data", [b"", b"\xff\xfe", b"title: [", b"a: 1\na: 2\n", b"- - - -\n", b"\x00" * 10])
def test_cli_exits_1_without_traceback(project, data):
    (project / "briefs" / "japan-nato.yaml").write_bytes(data)
    run = cli(project, "check")
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert run.stderr.startswith("briefs/japan-nato.yaml:")

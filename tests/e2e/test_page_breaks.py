"""Headings stay with what follows them in the PDF, measured on real pages.

Each case builds a brief of many sections whose lengths differ, so that over a few pages some
heading falls near the foot of a page whatever the fonts' exact metrics: a section's heading
must be on the page where its first block starts.
"""
from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from conftest import cli
from factory import brief, make_project, numbered_source

SECTIONS = 20
LONG = ", and we will keep acting on it for as long as the alliance and its partners in the region need us to do so"


def first_block(kind: str, k: int) -> str:
    """The first block of section k, its first word `Start<k>`."""
    cites = "\n".join(f"          - source: s{n}\n            paragraph: 1" for n in range(3 * k - 2, 3 * k + 1))
    if kind == "quote":  # a direct quote, its note call in the first line
        return f"      - claim: Start{k} Lee said {{q{k}}}.\n"
    if kind == "long-note":  # the first line calls a note of three full citations (footnote-policy: line)
        return (f"      - claim: Start{k} Lee said {{q{k}}}, {' '.join(['and'] * (8 + k % 50))} more.\n"
                f"        cite:\n{cites}\n")
    if kind == "table":
        return (f"      - table:\n          caption: Start{k} table\n          columns: [A, B]\n"
                "          rows: [[x, '1'], [y, '2']]\n")
    raise ValueError(kind)


def project(root: Path, kind: str, pull_quotes: bool) -> Path:
    files = {}
    for n in range(1, 3 * SECTIONS + 1):
        source = numbered_source(n).replace(f"act on plan {n}", f"act on plan {n}{LONG}")
        files[f"sources/s{n}.yaml"] = source.replace(
            f"title: Story {n}", f"title: A Rather Long Title of Report Number {n} on the Alliance and Its Partners\n"
            f"URL: https://example.org/reports/2024/alliance/partners/{n}/full-text")
    sections = []
    for k in range(1, SECTIONS + 1):
        filler = " ".join(["word"] * (20 + (k * 13) % 120))  # 2 to 14 lines: headings land all over the page
        sections.append(f"  - title: Heading{k} words\n    blocks:\n{first_block(kind, k)}      - text: {filler}\n")
    pulls = "pull-quotes: [" + ", ".join(f"q{k}" for k in range(1, SECTIONS + 1)) + "]\n" if pull_quotes else ""
    head = brief("      - text: Intro.\n").split("sections:")[0]
    files["briefs/b1.yaml"] = head + pulls + "sections:\n" + "".join(sections)
    return make_project(root, files)


def pages_of(pdf_path: Path) -> dict[tuple[str, int], int]:
    """The page of each heading (`Heading<k>`) and of each section's first block (`Start<k>`)."""
    where: dict[tuple[str, int], int] = {}
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            for word in page.extract_words():
                m = re.match(r"(Heading|Start)(\d+)$", word["text"])
                if m:
                    where.setdefault((m.group(1), int(m.group(2))), number)
    return where


CASES = [
    # (first block of each section, a pull quote after each heading); the pull quote floats between
    # the heading and the first paragraph: 3 of the 20 headings were left alone before the fix.
    ("quote", True),
    ("long-note", False),
    ("long-note", True),
    ("table", False),
]


@pytest.mark.parametrize(("kind", "pull_quotes"), CASES)
def test_a_heading_is_on_the_page_of_the_block_after_it(tmp_path, kind, pull_quotes):
    root = project(tmp_path / "p", kind, pull_quotes)
    run = cli(root, "build", "b1", "--format", "pdf")
    assert run.returncode == 0, run.stderr
    where = pages_of(root / "dist" / "b1.pdf")
    assert len(where) == 2 * SECTIONS, sorted(where)
    alone = [(k, where["Heading", k], where["Start", k]) for k in range(1, SECTIONS + 1)
             if where["Heading", k] != where["Start", k]]
    assert alone == [], "heading k on one page, its first block on the next: " + repr(alone)
    assert max(where.values()) >= 5  # the sections run over several page breaks

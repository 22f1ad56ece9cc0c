"""A minimal valid project, written from text, with overrides: each test states only what it is about."""
from __future__ import annotations

import shutil
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"

PEOPLE = """\
people:
  - id: ann-lee
    name: Ann Lee
    role: Minister
  - id: bo-chan
    name: Bo Chan
    role: Analyst
"""

SOURCE = """\
type: article-newspaper
title: A Story
container-title: The Daily
issued: "2024-01-02"
text: |
  “We will act on the plan,” Lee said.

  Lee also said the plan is ready, and Chan agreed.
quotes:
  - id: lee-act
    speaker: ann-lee
    kind: direct
    text: We will act on the plan
    paragraph: 1
  - id: lee-ready
    speaker: ann-lee
    kind: paraphrase
    text: the plan is ready
    paragraph: 2
"""

def brief(blocks: str, title: str = "A Brief") -> str:
    """A brief's YAML: the fixed head, and one section whose `blocks` are YAML lines indented by six."""
    return (f'title: {title}\ndate: "2024-02-01"\norganization: Org\nsummary: Short summary.\n'
            "key-findings:\n  - A finding.\nsections:\n  - title: One\n    blocks:\n" + blocks)


BRIEF = brief("""\
      - claim: Lee said {lee-act}.
      - claim: In short, {lee-ready}.
      - text: Our own words.
""")


# A second story, with a quote and a paraphrase of Chan's: two people, two sources.
CHAN = """\
type: article-newspaper
title: Budget Talks
container-title: The Daily
issued: "2024-01-03"
text: |
  “The budget is too small for the plan,” Chan said on Tuesday.

  Chan said the ministry would ask for more next year.
quotes:
  - id: chan-small
    speaker: bo-chan
    kind: direct
    text: The budget is too small for the plan
    paragraph: 1
  - id: chan-more
    speaker: bo-chan
    kind: paraphrase
    text: The ministry will ask for more next year
    paragraph: 2
"""


def make_project(root: Path, files: dict[str, str | bytes] | None = None) -> Path:
    """Write the minimal project, with `files` (relative path -> content) replacing or adding files.
    A value of None deletes the file."""
    base = {"sources/people.yaml": PEOPLE, "sources/s1.yaml": SOURCE, "briefs/b1.yaml": BRIEF,
            "pyproject.toml": "[tool.briefbuild]\nstyle = \"chicago-notes-bibliography\"\n"}
    base.update(files or {})
    if not (root / "templates").exists() and "templates" not in base:
        shutil.copytree(TEMPLATES, root / "templates")
    for rel, content in base.items():
        path = root / rel
        if content is None:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")
    return root


def numbered_source(n: int, extra: str = "") -> str:
    """A news source whose quotes are q<n> (Lee, direct) and p<n> (Chan, paraphrase): many distinct sources."""
    return f"""\
type: article-newspaper
title: Story {n}
container-title: The Daily
issued: "2024-01-02"
text: |
  “We will act on plan {n},” Lee said.

  Chan said the plan {n} is ready.
quotes:
  - id: q{n}
    speaker: ann-lee
    kind: direct
    text: We will act on plan {n}
    paragraph: 1
  - id: p{n}
    speaker: bo-chan
    kind: paraphrase
    text: the plan {n} is ready
    paragraph: 2
{extra}"""


def errors_of(root: Path) -> list[str]:
    """The error messages a full load of the project gives, in order; [] when it loads."""
    from briefbuild.checking.validate import load_project
    from briefbuild.errors import InputError
    try:
        load_project(root)
    except InputError as caught:
        return [d.message for d in caught.diagnostics if d.severity == "error"]
    return []

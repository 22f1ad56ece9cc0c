"""The README's YAML examples are valid files (issue: README truth pass), so the docs cannot drift.

Every ```yaml block of README.md is preceded by a marker saying what it is:
`<!-- yaml-example: source -->`, `people` or `brief` for a whole file, and for a fragment the
place it goes: `brief sections` (a brief's `sections:`), `brief blocks` (items of a section's
`blocks:`, indented by six) or `source quotes` (items of a source's `quotes:`, indented by two).
A fragment is set into a minimal file of its kind, then each is validated as `check` does
(the loader and the models) and against the JSON Schema an editor uses. The claims of the brief
examples must also give each direct quote to its speaker, with the quotes and people of the
README's own examples.
"""
from __future__ import annotations

import json
import re

import jsonschema
import pytest
from conftest import REPO

from briefbuild.checking.claims import claim_problem
from briefbuild.checking.parsing import parse
from briefbuild.inputs.load import load_yaml
from briefbuild.inputs.models import Brief, PeopleFile, Person, Quote, Source
from briefbuild.inputs.schema import SCHEMA_DIR

README = REPO / "README.md"
BLOCK = re.compile(r"^(?:<!-- yaml-example: ([a-z ]+) -->\n)?```yaml\n(.*?)^```", re.M | re.S)

BRIEF_HEAD = 'title: A Brief\ndate: "2024-02-01"\norganization: Org\nsummary: Short.\nkey-findings:\n  - A finding.\n'
SOURCE_HEAD = 'type: article-newspaper\ntitle: A Story\nissued: "2024-01-02"\ntext: Words.\n'
# kind -> (model, schema name, how the example becomes a whole file)
KINDS = {
    "source": (Source, "source", lambda y: y),
    "people": (PeopleFile, "people", lambda y: y),
    "brief": (Brief, "brief", lambda y: y),
    "brief sections": (Brief, "brief", lambda y: BRIEF_HEAD + y),
    "brief blocks": (Brief, "brief", lambda y: BRIEF_HEAD + "sections:\n  - title: One\n    blocks:\n" + y),
    "source quotes": (Source, "source", lambda y: SOURCE_HEAD + "quotes:\n" + y),
}


def examples() -> list[tuple[int, str | None, str]]:
    text = README.read_text("utf-8")
    return [(text.count("\n", 0, m.start()) + 1, m.group(1), m.group(2)) for m in BLOCK.finditer(text)]


EXAMPLES = examples()


def whole(kind: str, body: str) -> str:
    return KINDS[kind][2](body)


def test_the_readme_has_examples_of_every_file():
    kinds = {kind for _, kind, _ in EXAMPLES}
    assert {"source", "people", "brief sections", "brief blocks"} <= kinds


@pytest.mark.parametrize(("line", "kind", "body"), EXAMPLES, ids=[f"README.md:{e[0]}" for e in EXAMPLES])
def test_a_yaml_example_is_a_valid_file_or_a_marked_fragment(tmp_path, line, kind, body):
    assert kind in KINDS, (f"README.md:{line}: mark the ```yaml block with <!-- yaml-example: KIND --> "
                           f"on the line before it, KIND one of {sorted(KINDS)}")
    model, schema_name, _ = KINDS[kind]
    path = tmp_path / "example.yaml"
    path.write_text(whole(kind, body), "utf-8")
    doc, diags = load_yaml(path, "example.yaml")
    assert doc is not None and not diags, diags
    assert parse(model, doc, diags) is not None and not diags, [d.message for d in diags]
    schema = json.loads((SCHEMA_DIR / f"{schema_name}.schema.json").read_text("utf-8"))
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(json.loads(json.dumps(doc.data)))]
    assert not errors, errors


def _parsed(tmp_path, kinds: set[str], model):
    found = []
    for i, (_, kind, body) in enumerate(EXAMPLES):
        if kind in kinds:
            path = tmp_path / f"{i}.yaml"
            path.write_text(whole(kind, body), "utf-8")
            doc, _ = load_yaml(path, path.name)
            found.append(model.model_validate(doc.data))
    return found


def test_the_brief_examples_place_the_readmes_own_quotes_each_given_to_its_speaker(tmp_path):
    quotes: dict[str, Quote] = {q.id: q for s in _parsed(tmp_path, {"source", "source quotes"}, Source) for q in s.quotes}
    people: dict[str, Person] = {p.id: p for f in _parsed(tmp_path, {"people"}, PeopleFile) for p in f.people}
    assert {q.speaker for q in quotes.values()} <= set(people), "every quote's speaker is in the people example"
    claims = [block.claim for brief in _parsed(tmp_path, {"brief", "brief sections", "brief blocks"}, Brief)
              for section in brief.sections for block in section.blocks if block.claim]
    assert claims
    for claim in claims:
        for qid in re.findall(r"\{([a-z0-9-]+)\}", claim):
            assert qid in quotes, f"{claim!r}: no README example defines quote '{qid}'"
            if quotes[qid].kind == "direct":
                assert claim_problem(claim, qid, quotes, people) is None, claim


def test_the_attribution_tables_size_in_the_readme_is_a_floor_it_still_meets():
    from attribution_cases import FAIL, PASS
    text = " ".join(README.read_text("utf-8").split())
    m = re.search(r"more than ([\d,]+) legitimate quoting forms that must pass, more than ([\d,]+) misquotes", text)
    assert m, "README names the attribution table's size"
    assert len(PASS) > int(m.group(1).replace(",", "")) and len(FAIL) > int(m.group(2).replace(",", ""))

"""JSON Schema for editors and the README's field reference stay in step with the models."""
from __future__ import annotations

import json
import re

import jsonschema
import pytest
from conftest import REPO, SAMPLE, cli

from briefbuild.inputs.load import load_yaml
from briefbuild.inputs.schema import SCHEMA_DIR, reference_markdown

YAML_FILES = sorted((SAMPLE / "briefs").glob("*.yaml")) + sorted((SAMPLE / "sources").glob("*.yaml"))


def kind_of(path) -> str:
    return "brief" if path.parent.name == "briefs" else "people" if path.name == "people.yaml" else "source"


def test_committed_schemas_are_up_to_date(sample_root):
    run = cli(sample_root, "schema", "--check")
    assert run.returncode == 0, run.stderr + "\nregenerate with: python build.py schema"


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: p.name)
def test_every_yaml_file_names_its_schema_for_the_editor(path):
    first = path.read_text("utf-8").splitlines()[0]
    m = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert m, f"{path.name}: first line must be the yaml-language-server $schema comment"
    target = (REPO / path.parent.name / m.group(1)).resolve()  # as in a project at the repository root
    assert target == (SCHEMA_DIR / f"{kind_of(path)}.schema.json").resolve()


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: p.name)
def test_sample_files_are_valid_against_their_schema(path):
    doc, errors = load_yaml(path, path.name)
    assert not errors
    schema = json.loads((SCHEMA_DIR / f"{kind_of(path)}.schema.json").read_text("utf-8"))
    data = json.loads(json.dumps(doc.data))
    for key in ("paragraph",):  # YAML scalars stay text until the models convert them
        _ints(data, key)
    jsonschema.validate(data, schema)


def _ints(node, key):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key and isinstance(v, str) and v.isdigit():
                node[k] = int(v)
            else:
                _ints(v, key)
    elif isinstance(node, list):
        for item in node:
            _ints(item, key)


def test_schema_rejects_a_typo_the_way_the_editor_will_show_it():
    schema = json.loads((SCHEMA_DIR / "brief.schema.json").read_text("utf-8"))
    with pytest.raises(jsonschema.ValidationError, match="sumary"):
        jsonschema.validate({"title": "t", "date": "2024-01-01", "organization": "o", "sumary": "s",
                             "summary": "s", "key-findings": ["f"], "sections": [{"title": "x", "blocks": [{"text": "p"}]}]},
                            schema)


def test_every_field_has_a_description():
    for name in ("brief", "source", "people"):
        schema = json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text("utf-8"))
        models = [schema] + list(schema.get("$defs", {}).values())
        for model in models:
            for key, prop in model.get("properties", {}).items():
                assert prop.get("description"), f"{name}: {model.get('title')}.{key} has no description"


def test_readme_field_reference_is_generated_from_the_models():
    readme = (REPO / "README.md").read_text("utf-8")
    m = re.search(r"<!-- fields:start -->\n(.*?)<!-- fields:end -->", readme, re.S)
    assert m, "README needs the generated field reference between fields markers"
    assert m.group(1) == reference_markdown(), "regenerate with: python build.py schema --markdown"

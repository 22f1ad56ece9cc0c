"""What the command line prints, in-process (click's runner): each thing once, paths as the
user knows them, examples a reader can copy (issue 14)."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from briefbuild.cli import main
from conftest import REPO
from factory import make_project


def run(root, *args):
    result = CliRunner().invoke(main, ["--root", str(root), *args], obj={})
    return result


@pytest.mark.parametrize(("command", "examples"), [
    ("build", ["python build.py build japan-nato --format pdf --out dist", "python build.py build --jobs 2 --shard 1/4"]),
    ("watch", ["python build.py watch --format html"]),
    ("export", ["python build.py export japan-nato --format bibtex"]),
])
def test_help_examples_stand_on_lines_of_their_own(tmp_path, command, examples):
    text = run(tmp_path, command, "--help").output
    lines = [line.strip() for line in text.splitlines()]
    for example in examples:
        assert example in lines, text


def test_a_build_names_each_output_once(tmp_path):
    root = make_project(tmp_path)
    result = run(root, "build", "--format", "html")
    assert result.exit_code == 0, result.output
    assert result.output.count("b1.html") == 1, result.output
    assert "wrote dist/b1.html" in result.output.splitlines()
    verbose = run(root, "build", "--format", "html", "--force", "--verbose")
    assert re.search(r"^\[1/1\] ok +b1\.html \(\d+\.\d\d s\)$", verbose.output, re.M), "timings under --verbose"


def test_export_names_its_files_relative_to_the_project(tmp_path):
    root = make_project(tmp_path)
    result = run(root, "export", "--format", "csl-json")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["wrote dist/export/sources.json"]


def test_schema_names_its_files_relative_to_the_project():
    result = run(REPO, "schema")  # writes only a schema that changed: none, when the models are current
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [f"wrote briefbuild/schemas/{name}.schema.json"
                                          for name in ("brief", "source", "people")]

"""What the command line prints, in-process (click's runner): each thing once, paths as the
user knows them, examples a reader can copy (issue 14)."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from conftest import REPO
from factory import brief, make_project

from briefbuild.cli import main


def run(root, *args):
    result = CliRunner().invoke(main, ["--root", str(root), *args], obj={})
    return result


def _examples() -> list[tuple[str, list[str]]]:
    """Every command whose docstring shows usage examples, with those example lines."""
    found = []
    for name, command in sorted(main.commands.items()):
        lines = [" ".join(line.split()) for line in (command.help or "").splitlines()]
        examples = [line for line in lines if line.startswith("python build.py")]
        if examples:
            found.append((name, examples))
    return found


@pytest.mark.parametrize(("command", "examples"), _examples(), ids=[c for c, _ in _examples()])
def test_help_examples_stand_on_lines_of_their_own(tmp_path, command, examples):
    text = run(tmp_path, command, "--help").output
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for example in examples:
        assert example in lines, text


def test_every_command_shows_an_example():
    assert {c for c, _ in _examples()} >= {"build", "watch", "serve", "check", "add", "find", "show", "new", "import"}


def test_a_build_names_each_output_once(tmp_path):
    root = make_project(tmp_path)
    result = run(root, "build", "--format", "html")
    assert result.exit_code == 0, result.output
    assert result.output.count("b1.html") == 1, result.output
    assert "wrote dist/b1.html" in result.output.splitlines()
    verbose = run(root, "build", "--format", "html", "--force", "--verbose")
    assert re.search(r"^\[1/1\] ok +b1\.html \(\d+\.\d\d s\)$", verbose.output, re.M), "timings under --verbose"


def test_a_brief_with_a_table_from_assets_is_up_to_date_when_nothing_changed(tmp_path):
    root = make_project(tmp_path, {"assets/figures.csv": "Year,Count\n2023,4\n2024,7\n",
                                   "briefs/b1.yaml": brief('''\
      - claim: Lee said {lee-act}.
      - table:
          caption: Counts by year
          csv: assets/figures.csv
          source: [{source: s1, paragraph: 1}]
''')})
    first = run(root, "build", "--format", "html")
    assert first.exit_code == 0 and "1 written" in first.output, first.output
    again = run(root, "build", "--format", "html", "--verbose")
    assert "0 written, 1 up to date" in again.output and "ignored" not in again.output, again.output
    (root / "assets/figures.csv").write_text("Year,Count\n2023,4\n2024,8\n", "utf-8")
    assert "1 written, 0 up to date" in run(root, "build", "--format", "html").output


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

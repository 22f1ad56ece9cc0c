"""check --format github and --format json through the real CLI, on a misquote."""
from __future__ import annotations

import json

from conftest import cli
from factory import SOURCE, make_project


def misquoted(root):
    return make_project(root, {"sources/s1.yaml": SOURCE.replace("text: We will act on the plan\n",
                                                                 "text: We shall act on the plan\n")})


def quote_line(root) -> int:
    lines = (root / "sources" / "s1.yaml").read_text("utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if "We shall act on the plan" in line)


def test_a_misquote_is_one_error_command_on_the_quotes_file_and_line(tmp_path):
    root = misquoted(tmp_path / "p")
    summary = tmp_path / "summary.md"
    run = cli(root, "check", "--format", "github", env={"GITHUB_WORKSPACE": str(root),
                                                        "GITHUB_STEP_SUMMARY": str(summary)})
    assert run.returncode == 1
    errors = [line for line in run.stdout.splitlines() if line.startswith("::error ")]
    assert len(errors) == 1, run.stdout
    assert errors[0].startswith(f"::error file=sources/s1.yaml,line={quote_line(root)},col=")
    assert "::quote 'lee-act': not verbatim in the source" in errors[0]
    assert "\n" not in errors[0] and "%0A" in errors[0], "the closest passage follows on escaped lines"
    assert "| ❌ | `sources/s1.yaml:" in summary.read_text("utf-8")


def test_a_clean_project_prints_no_commands_and_passes(tmp_path):
    run = cli(make_project(tmp_path / "p"), "check", "--format", "github")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "::error" not in run.stdout and "0 error(s)" in run.stdout


def test_json_lists_the_problem_with_its_position(tmp_path):
    root = misquoted(tmp_path / "p")
    run = cli(root, "check", "--format", "json")
    assert run.returncode == 1
    data = json.loads(run.stdout)
    assert data["ok"] is False
    (problem,) = [d for d in data["diagnostics"] if d["severity"] == "error"]
    assert problem["file"] == "sources/s1.yaml" and problem["line"] == quote_line(root)
    assert problem["message"].startswith("quote 'lee-act': not verbatim in the source")
    ok = json.loads(cli(make_project(tmp_path / "q"), "check", "--format", "json").stdout)
    assert ok["ok"] is True and ok["briefs"] == 1 and ok["diagnostics"] == []

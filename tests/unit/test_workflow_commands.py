"""check --format github: workflow commands escaped as GitHub's runner reads them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefbuild.commands.annotate import escape_data, escape_property, github_command, summary
from briefbuild.errors import Diagnostic

ROOT = Path("/repo")


@pytest.mark.parametrize("text, data, prop", [
    ("plain", "plain", "plain"),
    ("100%", "100%25", "100%25"),
    ("a\nb", "a%0Ab", "a%0Ab"),
    ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
    ("key: value, more", "key: value, more", "key%3A value%2C more"),
    ("%0A literal", "%250A literal", "%250A literal"),
])
def test_escaping_follows_the_runner(text, data, prop):
    assert escape_data(text) == data
    assert escape_property(text) == prop


@pytest.mark.parametrize("diag, line", [
    (Diagnostic("sources/s1.yaml", 12, 11, "quotes.0.text", "quote 'lee-act': not verbatim\n  closest: x"),
     "::error file=sources/s1.yaml,line=12,col=11,title=briefbuild%3A quotes.0.text::"
     "quote 'lee-act': not verbatim%0A  closest: x"),
    (Diagnostic("briefs/b,1.yaml", 3, 1, "", "unused source", "warning"),
     "::warning file=briefs/b%2C1.yaml,line=3,col=1,title=briefbuild::unused source"),
])
def test_one_workflow_command_per_problem(diag, line):
    assert github_command(diag, ROOT, ROOT) == line


def test_paths_are_given_from_the_repository_root_when_the_project_is_a_subfolder():
    diag = Diagnostic("briefs/b1.yaml", 1, 1, "", "x")
    assert github_command(diag, ROOT / "policy", ROOT).startswith("::error file=policy/briefs/b1.yaml,")


def test_job_summary_counts_only_what_was_counted():
    # A failed check's summary read "0 brief(s), 0 source(s), 0 quote(s)" for a project of hundreds.
    diags = [Diagnostic("briefs/b1.yaml", 2, 3, "title", "x")]
    assert "brief(s)" not in summary(diags, {}) and "1 error(s), 0 warning(s)" in summary(diags, {})


def test_a_failed_check_still_counts_a_project_that_loaded(tmp_path):
    from factory import SOURCE, make_project

    from briefbuild.commands.annotate import check
    root = make_project(tmp_path, {"sources/s1.yaml": SOURCE.replace("text: We will act on the plan", "text: We shall act")})
    out: list[str] = []
    assert check(root, False, "json", out.append, environ={}) == 1
    data = json.loads(out[0])
    assert (data["ok"], data["briefs"], data["sources"], data["quotes"]) == (False, 1, 1, 2), data
    summary_file = tmp_path / "summary.md"
    check(root, False, "github", out.append, environ={"GITHUB_STEP_SUMMARY": str(summary_file)})
    assert "1 brief(s), 1 source(s), 2 quote(s); 1 error(s)" in summary_file.read_text("utf-8")


def test_job_summary_lists_each_problem_in_a_table():
    diags = [Diagnostic("briefs/b1.yaml", 2, 3, "title", "a | b\nc")]
    text = summary(diags, {"briefs": 1, "sources": 2, "quotes": 3})
    assert "failed" in text and "1 brief(s), 2 source(s), 3 quote(s); 1 error(s), 0 warning(s)" in text
    assert "| ❌ | `briefs/b1.yaml:2:3` | title: a \\| b<br>c |" in text


_BROKEN = "title: [unclosed\nsummary: x\n"


def test_a_yaml_syntax_error_says_its_code_and_that_nothing_else_in_the_file_was_checked(tmp_path):
    # An annotation is read alone, beside its line: the text output's closing line about files the
    # parser stopped in ('nothing else in it was checked') was in neither it nor the job summary.
    from factory import make_project

    from briefbuild.commands.annotate import check
    root = make_project(tmp_path, {"briefs/b1.yaml": _BROKEN})
    out: list[str] = []
    summary_file = tmp_path / "summary.md"
    assert check(root, False, "github", out.append, environ={"GITHUB_STEP_SUMMARY": str(summary_file)}) == 1
    syntax = [line for line in out if line.startswith("::error file=briefs/b1.yaml")]
    assert len(syntax) == 1 and ",title=briefbuild yaml-syntax%3A title::YAML syntax: " in syntax[0], out
    assert syntax[0].endswith("%0Anothing else in this file was checked (the YAML parser stops at the first syntax "
                              "error): fix it and check again")
    assert "<br>nothing else in this file was checked" in summary_file.read_text("utf-8")
    out.clear()
    check(root, False, "json", out.append, environ={})
    assert [d["code"] for d in json.loads(out[0])["diagnostics"]] == ["yaml-syntax"]


def test_other_problems_keep_their_annotation_as_it_was():
    line = github_command(Diagnostic("briefs/b1.yaml", 2, 3, "title", "x"), ROOT, ROOT)
    assert line == "::error file=briefs/b1.yaml,line=2,col=3,title=briefbuild%3A title::x"


def test_watch_and_serve_show_that_nothing_else_in_the_file_was_checked(tmp_path):
    # The page serve overlays after a failed save, and watch's terminal, read format_message().
    from factory import make_project

    from briefbuild.build.engine import Options
    from briefbuild.build.progress import Progress
    from briefbuild.commands.watch import build_once
    root = make_project(tmp_path, {"briefs/b1.yaml": _BROKEN})
    shown: list[str] = []
    failed: list[str] = []
    assert build_once(root, [], Options(), Progress(quiet=True), None, shown.append, on_fail=failed.append) is None
    assert len(failed) == 1 and "YAML syntax" in failed[0]
    assert "briefs/b1.yaml: nothing else in it was checked (the YAML parser stops at the first syntax error)" in failed[0]
    assert failed[0] in shown

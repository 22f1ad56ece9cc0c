"""Benchmark of the build engine on a generated corpus: prints each figure beside its target.

    .venv/bin/python benchmarks/bench.py               # 100 briefs (several minutes)
    .venv/bin/python benchmarks/bench.py --briefs 20   # a quick run
    .venv/bin/python benchmarks/bench.py --only check  # only the `check` figures (under a minute)

Every command runs in a fresh process, as a user would run it (start-up included); the
short ones run three times (three briefs, where an edit is involved) and print the median.
The package is copied first, so edits made to the checkout meanwhile do not change
the tool's hash (and so invalidate the outputs) half-way through, and byte-compiled, as
`pip install` does and as any second run finds it (with PYTHONDONTWRITEBYTECODE set, as
on the development machine, every process would otherwise compile it from source again:
0.1-0.2 s of each start). On a shared machine the absolute times are noisy; the ratios
measured within one run are the figures to quote, and the CPU time (user + system, of the
process and its children) printed beside the `check` figures varies less than wall time.
"""
from __future__ import annotations

import argparse
import compileall
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
from corpus import generate, generate_long  # noqa: E402

ENV: dict[str, str] = {}


CPU = {"seconds": 0.0}  # CPU time of the last command's process tree


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(root: Path, *args: str, check: bool = True) -> tuple[float, subprocess.CompletedProcess]:
    cpu, start = children_cpu(), time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "briefbuild", "--root", str(root), *args],
                          capture_output=True, text=True, env=ENV)
    seconds = time.perf_counter() - start
    CPU["seconds"] = children_cpu() - cpu
    if check and proc.returncode != 0:
        sys.exit(f"failed: briefbuild {' '.join(args)}\n{proc.stdout}\n{proc.stderr}")
    return seconds, proc


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    path.write_text(text.replace(old, new, 1), "utf-8")


def report(name: str, value: float, unit: str, target: str, ok: bool, note: str = "") -> None:
    print(f"{name:<50} {value:>8.2f} {unit:<3}  target {target:<10} {'ok' if ok else 'MISSED'}"
          f"{f'  ({note})' if note else ''}", flush=True)


def copy_package(tmp: Path) -> None:
    """The package as a user runs it: a copy (the checkout may change meanwhile), byte-compiled."""
    shutil.copytree(REPO / "briefbuild", tmp / "code" / "briefbuild", ignore=shutil.ignore_patterns("__pycache__"))
    compileall.compile_dir(tmp / "code" / "briefbuild", quiet=1)
    ENV.update(os.environ, PYTHONPATH=str(tmp / "code"))


def timed_checks(root: Path, runs: int = 3, cold: bool = True) -> tuple[float, float]:
    """Median wall and CPU seconds of `check` in a fresh process (.cache/ removed first if `cold`)."""
    walls, cpus = [], []
    for _ in range(runs):
        if cold:
            shutil.rmtree(root / ".cache", ignore_errors=True)
        walls.append(run(root, "check")[0])
        cpus.append(CPU["seconds"])
    return median(walls), median(cpus)


def check_figures(root: Path, heavy: Path, n: int) -> None:
    """`check` of the corpus and of its attribution-heavy variant, fresh, nothing cached."""
    wall, cpu = timed_checks(root)
    report(f"check of {n} briefs, nothing cached", wall, "s", "≤ 1 s", wall <= 1.0, f"{cpu:.2f} s CPU")
    wall, cpu = timed_checks(heavy)
    report(f"check of {n} briefs, news and transcripts", wall, "s", "≤ 1 s", wall <= 1.0, f"{cpu:.2f} s CPU")
    wall, cpu = timed_checks(root, cold=False)
    info("check again, nothing changed (verdict.py)", wall, f"{cpu:.2f} s CPU")
    long = generate_long(root.parent / "long")
    wall, cpu = timed_checks(long)
    info("check of a 5,000-turn transcript with 1,000 quotes", wall, f"{cpu:.2f} s CPU")


def info(name: str, seconds: float, note: str = "") -> None:
    """A figure without a target of its own, printed for context."""
    print(f"{name:<50} {seconds:>8.2f} s    {f'({note})' if note else ''}", flush=True)


WEASYPRINT_ALONE = """
import sys, time
from pathlib import Path
start = time.perf_counter()
import weasyprint
from weasyprint.text.fonts import FontConfiguration
fonts = FontConfiguration()
for path in sorted(Path(sys.argv[1]).glob("*.html")):
    weasyprint.HTML(string=path.read_text("utf-8"), base_url=sys.argv[2]).write_pdf(font_config=fonts)
print(time.perf_counter() - start)
"""

PRINT_HTML = """
import sys
from pathlib import Path
from briefbuild.build.engine import Options, prepare
from briefbuild.rendering.fonts import font_face_css
from briefbuild.rendering.render import render_html
root, out = Path(sys.argv[1]), Path(sys.argv[2])
project, docs = prepare(root, [], Options())
for doc in docs:
    (out / f"{doc.id}.html").write_text(render_html(doc, root / "templates", "print", font_face_css()), "utf-8")
"""


def watch_latency(root: Path, out: str, brief: str, formats: str, old: str = "title: Brief",
                  new: str = "title: Revised brief") -> list[tuple[float, float]]:
    """Seconds from a save to the new HTML and to the new PDF, for a first and a second save."""
    proc = subprocess.Popen([sys.executable, "-m", "briefbuild", "--root", str(root), "watch", "--out", out,
                             "--format", formats, "-q"], stderr=subprocess.PIPE, text=True, env=ENV)
    try:
        for line in proc.stderr:
            if line.startswith("watching"):
                break
        figures = []
        for text_now in (new, new + " again"):
            time.sleep(1.5)  # the previous build is done and the notify backend is armed
            html, pdf = root / out / f"{brief}.html", root / out / f"{brief}.pdf"
            before = {p: p.stat().st_mtime_ns for p in (html, pdf) if p.exists()}
            path = root / "briefs" / f"{brief}.yaml"
            text = path.read_text("utf-8")
            start = time.perf_counter()
            path.write_text(text.replace(old, text_now, 1), "utf-8")
            old = text_now
            seen: dict[Path, float] = {}
            while len(seen) < len(before) and time.perf_counter() - start < 30:
                for p in before:
                    if p not in seen and p.exists() and p.stat().st_mtime_ns != before[p]:
                        seen[p] = time.perf_counter() - start
                time.sleep(0.002)
            figures.append((seen.get(html, float("nan")), seen.get(pdf, float("nan"))))
        return figures
    finally:
        proc.terminate()
        proc.wait(10)


def report_watch(label: str, figures: list[tuple[float, float]]) -> None:
    for which, (to_html, to_pdf) in zip(("first", "next"), figures):
        report(f"watch, {label}, {which} save → HTML", to_html, "s", "≤ 0.3 s", to_html <= 0.3)
        report(f"watch, {label}, {which} save → PDF", to_pdf, "s", "≤ 0.6 s", to_pdf <= 0.6)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=100)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--only", choices=["check"], help="check: only the `check` figures")
    args = parser.parse_args()
    n, jobs = args.briefs, args.jobs
    with tempfile.TemporaryDirectory(prefix="briefbuild-bench-") as tmp:
        tmp = Path(tmp)
        copy_package(tmp)
        root = generate(tmp / "corpus", n)
        heavy = generate(tmp / "attributed", n, attributed=True)
        print(f"corpus: {n} briefs, {len(list((root / 'sources').glob('*.txt')))} sources; "
              f"{os.cpu_count()} CPUs, jobs {jobs}; load average {os.getloadavg()[0]:.1f}", flush=True)

        check_figures(root, heavy, n)
        if args.only == "check":
            return
        seconds = median([run(root, "build", f"brief-{k % n:03d}", "--format", "html", "--out", f"html-only-{k}")[0]
                          for k in (0, 1, 2)])
        info("HTML-only build of one brief, notes not cached", seconds, "pandoc formats the notes")

        full1, _ = run(root, "build", "-j", "1", "--out", "dist1")
        print(f"{'full build, 1 job':<50} {full1:>8.2f} s    ({CPU['seconds']:.1f} s CPU, "
              f"{CPU['seconds'] / full1:.2f} cores busy)", flush=True)
        fulln, proc = run(root, "build", "-j", str(jobs), "--out", "dist", "-v")
        print(f"{f'full build, {jobs} jobs':<50} {fulln:>8.2f} s    ({CPU['seconds']:.1f} s CPU, "
              f"{CPU['seconds'] / fulln:.2f} cores busy; load average now {os.getloadavg()[0]:.1f})", flush=True)
        rss = float(re.search(r"peak worker memory: ([\d.]+)", proc.stderr + proc.stdout).group(1))
        report(f"speed-up of {jobs} jobs over 1", full1 / fulln, "×", "≥ 1.8×", full1 / fulln >= 1.8)
        report("peak memory of a worker", rss, "MB", "≤ 200 MB", rss <= 200)

        html_dir = tmp / "print-html"
        html_dir.mkdir()
        subprocess.run([sys.executable, "-c", PRINT_HTML, str(root), str(html_dir)], check=True, env=ENV)
        proc = subprocess.run([sys.executable, "-c", WEASYPRINT_ALONE, str(html_dir),
                               (root / "templates").as_uri() + "/"], check=True, capture_output=True, text=True,
                              env=ENV)
        alone = float(proc.stdout)
        print(f"{'WeasyPrint alone, same print HTML, 1 process':<50} {alone:>8.2f} s")
        report("full build (1 job) / WeasyPrint alone", full1 / alone, "×", "≤ 1.10×", full1 / alone <= 1.10)

        seconds = median([run(root, "build", "--out", "dist")[0] for _ in range(3)])
        report(f"no-op rebuild of {n} briefs", seconds, "s", "≤ 0.5 s", seconds <= 0.5)
        seconds = median([run(root, "build", f"brief-{k % n:03d}", "--format", "html", "--out", f"html-only-{k}")[0]
                          for k in (5, 6, 7)])
        report("HTML-only build of one brief, notes cached", seconds, "s", "≤ 0.3 s", seconds <= 0.3)

        figures, checks = [], []
        for k in (10, 11, 12):
            edit(root / "briefs" / f"brief-{k % n:03d}.yaml", "subtitle: The", "subtitle: Again the")
            checks.append(run(root, "check")[0])
            seconds, proc = run(root, "build", "--out", "dist")
            assert "2 written" in proc.stdout, proc.stdout
            figures.append(seconds)
        info("check after one brief changed", median(checks))
        report("one changed brief (HTML+PDF, notes cached)", median(figures), "s", "≤ 1.5 s", median(figures) <= 1.5)
        figures = []
        for k in (13, 14, 15):
            brief = root / "briefs" / f"brief-{k % n:03d}.yaml"
            brief.write_text(re.sub(r"paragraph: (\d)", lambda m: f"paragraph: {int(m[1]) % 8 + 1}",
                                    brief.read_text("utf-8"), count=1), "utf-8")
            seconds, proc = run(root, "build", "--out", "dist")
            assert "2 written" in proc.stdout, proc.stdout
            figures.append(seconds)
        report("one changed brief (HTML+PDF, a note changed)", median(figures), "s", "≤ 1.5 s", median(figures) <= 1.5)

        report_watch(f"{n} briefs", watch_latency(root, "dist", "brief-002", "pdf,html"))

        sample = tmp / "sample"
        fixture = REPO / "tests" / "fixtures" / "sample"  # the tool's own copy, not the team's content
        for name in ("briefs", "sources"):
            shutil.copytree(fixture / name, sample / name)
        shutil.copytree(REPO / "templates", sample / "templates")
        shutil.copy(fixture / "pyproject.toml", sample / "pyproject.toml")
        report_watch("sample project", watch_latency(sample, "dist", "japan-nato", "pdf,html",
                                                     "title: Japan and NATO", "title: Japan and NATO today"))


if __name__ == "__main__":
    main()

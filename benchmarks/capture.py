"""Benchmark of capturing sources: `add` of a 100-page two-column PDF (target ≤ 10 s), `find`
over the captured text, and `check` of the 100-brief corpus with nothing cached (≤ 1 s, so
the page marks cost nothing where there are none). Every command runs in a fresh process,
three times, and the median is printed.

    .venv/bin/python benchmarks/capture.py
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(HERE)]
from capture_docs import REPORT_CSS, paragraph  # noqa: E402 (after the path is set)
from corpus import generate  # noqa: E402
from factory import make_project  # noqa: E402

ENV = {**os.environ, "PYTHONPATH": str(REPO)}


CPU: list[float] = []  # CPU seconds (user + system) of each run: the machine is shared, wall time varies


def run(root: Path, *args: str) -> float:
    before = os.times()
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "briefbuild", "--root", str(root), *args],
                          capture_output=True, text=True, env=ENV, check=False)
    seconds = time.perf_counter() - start
    after = os.times()
    CPU.append(after.children_user - before.children_user + after.children_system - before.children_system)
    if proc.returncode != 0:
        sys.exit(f"failed: briefbuild {' '.join(args)}\n{proc.stdout}\n{proc.stderr}")
    return seconds


def cpu(runs: int) -> str:
    """The median CPU time of the last `runs` runs."""
    return f"CPU {median(CPU[-runs:]):.2f} s"


def report_pdf(path: Path, pages: int = 100) -> tuple[int, list[str]]:
    """A two-column report with running heads and printed page numbers, `pages` pages long."""
    from weasyprint import HTML
    body, n = [], 0
    while True:
        body = [f"<p>{paragraph(k)}</p>" for k in range(n)]
        html = (f"<html lang=en><head><title>Long Review</title><style>{REPORT_CSS}</style></head><body>"
                f"<section class=cover><h1>Long Review</h1></section><section class=body>{''.join(body)}"
                "</section></body></html>")
        doc = HTML(string=html).render()
        if len(doc.pages) >= pages:
            doc.write_pdf(path)
            return len(doc.pages), ["Long Review", *(paragraph(k) for k in range(n))]
        n = max(n + 40, int(n * pages / max(len(doc.pages), 1)) + 10)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pdf = tmp / "long-review.pdf"
        count, expected = report_pdf(pdf)
        root = make_project(tmp / "project")
        times = [run(root, "add", str(pdf), "--id", f"review-{k}", "--set", "issued=2026-01-01") for k in range(3)]
        size = (root / "sources" / "review-0.txt").stat().st_size
        from briefbuild.checking.pages import split
        got = [" ".join(p.split()) for p in split((root / "sources" / "review-0.txt").read_text("utf-8"))[0]]
        same = sum(a == b for a, b in zip(got, expected))
        print(f"stored text: {same} of {len(expected)} paragraphs as written ({len(got)} captured)")
        print(f"add of a {count}-page PDF ({pdf.stat().st_size:,} bytes; stored text {size:,} bytes): "
              f"{median(times):.2f} s, {cpu(3)} (runs {', '.join(f'{t:.2f}' for t in times)})   target ≤ 10 s   "
              f"{'OK' if median(times) <= 10 else 'MISSED'}")
        times = [run(root, "find", "Officials on both sides describe airlift and field hospitals") for _ in range(3)]
        print(f"find over three captured copies: {median(times):.2f} s, {cpu(3)}")
        corpus = generate(tmp / "corpus")
        times = []
        for _ in range(3):
            shutil.rmtree(corpus / ".cache", ignore_errors=True)
            times.append(run(corpus, "check"))
        print(f"check of the 100-brief corpus, nothing cached: {median(times):.2f} s, {cpu(3)}   target ≤ 1 s   "
              f"{'OK' if median(times) <= 1 else 'MISSED'}")


if __name__ == "__main__":
    main()

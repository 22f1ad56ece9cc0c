"""A synthetic but valid project: N briefs of about five pages over 3N sources.

Every direct quote is a sentence copied verbatim from its source's stored text (speeches,
so the text is the speaker's own), every paraphrase points at a paragraph of its
speaker's speech, and every source and quote is used by some brief. Deterministic: the
same arguments give the same bytes.

    python benchmarks/corpus.py /tmp/corpus --briefs 20
"""
from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORDS = ("alliance defense policy budget partner region security cooperation industry standard "
         "exercise command control logistics maritime air missile space cyber network treaty "
         "capability procurement readiness deterrence dialogue summit ministry strategy training "
         "interoperability supply chain research investment border coast port energy grid").split()
FIRST = "Ana Ben Carla Dario Elena Farid Greta Hugo Ines Jonas Kira Lars Mira Nils Olga Pavel".split()
LAST = "Abe Brandt Costa Duarte Eriksen Fischer Garcia Horvat Ito Jansen Kowalski Lindqvist".split()
PARAS = 8


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(9, 16))]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random, low: int = 3, high: int = 5) -> list[str]:
    return [sentence(rng) for _ in range(rng.randint(low, high))]


def write_people(root: Path, n: int) -> list[tuple[str, str]]:
    people, lines = [], ["people:"]
    for i in range(n):
        first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
        pid, family = f"person-{i:03d}", f"{last}-{FIRST[i % 7]}{i:03d}"
        people.append((pid, family))
        lines += [f"  - id: {pid}", f"    name: {first} {family}", f"    family-name: {family}",
                  "    role: Minister", ""]
    (root / "sources" / "people.yaml").write_text("\n".join(lines), "utf-8")
    return people


def write_source(root: Path, rng: random.Random, sid: str, speaker: tuple[str, str], k: int) -> list[dict]:
    paras = [paragraph(rng) for _ in range(PARAS)]
    (root / "sources" / f"{sid}.txt").write_text("\n\n".join(" ".join(p) for p in paras) + "\n", "utf-8")
    quotes = []
    for j, kind in enumerate(("direct", "direct", "paraphrase")):
        p = rng.randrange(PARAS)
        text = rng.choice(paras[p]).rstrip(".") if kind == "direct" else "cooperation should grow"
        quotes.append({"id": f"{sid}-q{j}", "kind": kind, "paragraph": p + 1, "text": text, "speaker": speaker})
    lines = ["type: speech", f"title: Speech number {k} on {rng.choice(WORDS)} and {rng.choice(WORDS)}",
             "container-title: Ministry Speeches", f'issued: "2021-{1 + k % 12:02d}-{1 + k % 28:02d}"',
             f"speaker: {speaker[0]}", f"text-file: {sid}.txt", "quotes:"]
    for q in quotes:
        lines += [f"  - id: {q['id']}", f"    speaker: {speaker[0]}", f"    kind: {q['kind']}",
                  f"    paragraph: {q['paragraph']}", f"    text: {q['text']}"]
        if q["kind"] == "paraphrase":
            lines.append("    verb: argued")
    (root / "sources" / f"{sid}.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    return quotes


def write_source_attributed(root: Path, rng: random.Random, sid: str, cast: list[tuple[str, str]], k: int) -> list[dict]:
    """A news report (quotations with AP attribution: `"…," X said`, `said X, a minister`,
    `X said: "…"`, `she added`) or a press-briefing transcript (`MR. X:`, `Q:`, `MODERATOR:`),
    quoting several people: every quote goes through the speaker rules, not the speech shortcut."""
    transcript = k % 2 == 1
    paras, quotes = [], []
    for p in range(PARAS):
        pid, family = cast[p % len(cast)]
        said, more = sentence(rng), sentence(rng)
        if transcript:
            paras.append(f"Q: {sentence(rng).rstrip('.')}?" if p % 3 == 2 else f"MODERATOR: {sentence(rng)}")
            label = f"MR. {family.upper()}" if p % 2 else f"MINISTER {family.upper()} (through interpreter)"
            paras.append(f"{label}: {said} {more}")
        else:
            form = p % 4
            if form == 0:
                paras.append(f"“{said[:-1]},” {family} said. “{more}” {sentence(rng)}")
            elif form == 1:
                paras.append(f"“{said[:-1]},” said {family}, a minister. “{more}”")
            elif form == 2:
                paras.append(f"{family} said: “{said} {more}”")
            else:
                paras.append(f"{family} spoke next. “{said[:-1]},” she added. “{more}”")
        where = len(paras)
        if p in (1, 2):  # as many quotes as a speech of the default corpus: two direct, one paraphrase
            quotes.append({"id": f"{sid}-q{len(quotes)}", "kind": "direct", "paragraph": where,
                           "text": said.rstrip("."), "speaker": (pid, family)})
        elif p == 3:
            quotes.append({"id": f"{sid}-q{len(quotes)}", "kind": "paraphrase", "paragraph": where,
                           "text": "cooperation should grow", "speaker": (pid, family)})
    (root / "sources" / f"{sid}.txt").write_text("\n\n".join(paras) + "\n", "utf-8")
    kind = "interview" if transcript else "article-newspaper"
    lines = [f"type: {kind}", f"title: Report number {k} on {rng.choice(WORDS)}", "container-title: Wire Reports",
             f'issued: "2021-{1 + k % 12:02d}-{1 + k % 28:02d}"', f"text-file: {sid}.txt", "quotes:"]
    for q in quotes:
        lines += [f"  - id: {q['id']}", f"    speaker: {q['speaker'][0]}", f"    kind: {q['kind']}",
                  f"    paragraph: {q['paragraph']}", f"    text: {q['text']}"]
    (root / "sources" / f"{sid}.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    return quotes


def write_brief(root: Path, rng: random.Random, bid: str, n: int, used: list[tuple[str, list[dict]]]) -> None:
    lines = [f"title: Brief {n} on {rng.choice(WORDS)}", f"subtitle: The {rng.choice(WORDS)} question",
             f'date: "2023-{1 + n % 12:02d}-{1 + n % 28:02d}"', "organization: Benchmark Policy Desk",
             f"summary: {' '.join(paragraph(rng))}", "key-findings:"]
    lines += [f"  - {sentence(rng)}" for _ in range(4)]
    lines += ["pull-quotes:", f"  - {used[0][1][0]['id']}", "sections:"]
    for s, (sid, quotes) in enumerate(used):
        lines += [f"  - title: Part {s + 1}, {rng.choice(WORDS)}", "    blocks:"]
        if s % 2 == 0:
            lines.append(f"      - text: {' '.join(paragraph(rng, 2, 3))}")
        for q in quotes:
            family = q["speaker"][1]
            if q["kind"] == "direct":
                lines.append(f"      - claim: {' '.join(paragraph(rng, 1, 2))} As {family} put it, {{{q['id']}}}.")
            else:
                lines.append(f"      - claim: {' '.join(paragraph(rng, 1, 2))} {{{q['id']}}}.")
        lines += [f"      - claim: {' '.join(paragraph(rng, 1, 2))}", "        cite:",
                  f"          - source: {sid}", f"            paragraph: {rng.randint(1, PARAS)}"]
    (root / "briefs" / f"{bid}.yaml").write_text("\n".join(lines) + "\n", "utf-8")


def generate(root: Path, briefs: int = 100, sources_per_brief: int = 9, seed: int = 1,
             attributed: bool = False) -> Path:
    """Write a project with `briefs` briefs into `root` (templates and pyproject from this repo).
    `attributed`: news reports and transcripts quoting several people instead of speeches."""
    rng = random.Random(seed)
    for name in ("briefs", "sources"):
        (root / name).mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "templates", root / "templates", dirs_exist_ok=True)
    shutil.copy(REPO / "tests" / "fixtures" / "sample" / "pyproject.toml", root / "pyproject.toml")
    n_sources = briefs * sources_per_brief // 3
    people = write_people(root, max(3, n_sources // 5))
    sources = []
    for k in range(n_sources):
        sid = f"source-{k:03d}"
        if attributed:
            cast = [people[(k + j) % len(people)] for j in range(3)]
            sources.append((sid, write_source_attributed(root, rng, sid, cast, k)))
        else:
            sources.append((sid, write_source(root, rng, sid, people[k % len(people)], k)))
    for n in range(briefs):
        # Each source is used by three briefs; each brief by sources_per_brief sources.
        used = [sources[(n * sources_per_brief // 3 + j) % n_sources] for j in range(sources_per_brief)]
        write_brief(root, rng, f"brief-{n:03d}", n, used)
    return root


def generate_long(root: Path, turns: int = 5000, quotes: int = 1000, seed: int = 2) -> Path:
    """One brief on one long hearing transcript (`turns` labelled turns of two people, `quotes`
    quotes of them, 20 used by the brief): the cost of a source's quotes against its length."""
    rng = random.Random(seed)
    for name in ("briefs", "sources"):
        (root / name).mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "templates", root / "templates", dirs_exist_ok=True)
    shutil.copy(REPO / "tests" / "fixtures" / "sample" / "pyproject.toml", root / "pyproject.toml")
    cast = write_people(root, 2)
    paras = [f"MR. {cast[p % 2][1].upper()}: {sentence(rng)} {sentence(rng)}" for p in range(turns)]
    (root / "sources" / "hearing.txt").write_text("\n\n".join(paras) + "\n", "utf-8")
    lines = ["type: hearing", "title: A Long Hearing", "voice: transcript", 'issued: "2021-03-04"',
             "text-file: hearing.txt", "quotes:"]
    used = []
    for j in range(quotes):
        p = j * turns // quotes
        pid, family = cast[p % 2]
        lines += [f"  - id: q{j}", f"    speaker: {pid}", "    kind: direct", f"    paragraph: {p + 1}",
                  f"    text: {paras[p].split(': ', 1)[1].split('. ')[0].rstrip('.')}"]
        if j < 20:
            used.append(f"      - claim: As {family} put it, {{q{j}}}.")
    (root / "sources" / "hearing.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    (root / "briefs" / "hearing-brief.yaml").write_text(
        "title: One Long Hearing\ndate: \"2021-04-01\"\norganization: Benchmark Policy Desk\nsummary: A summary.\n"
        "key-findings:\n  - A finding.\nsections:\n  - title: What was said\n    blocks:\n" + "\n".join(used) + "\n", "utf-8")
    return root


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--briefs", type=int, default=100)
    parser.add_argument("--attributed", action="store_true", help="news reports and transcripts, not speeches")
    args = parser.parse_args()
    generate(args.root, args.briefs, attributed=args.attributed)

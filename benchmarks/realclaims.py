"""Held-out real claims: how `check` reads the sentences analysts write around a quote.

benchmarks/realclaims/claims.yaml holds real sentences that introduce a quotation or a
paraphrase (origins and licences in benchmarks/realclaims/README.md), each verbatim but for the
quotation, which stands as its {quote-id}. The quote side is made to pass: each quote's words
are stored as a short authored text of its speaker. So what is measured is the claim side alone:
whether the sentence gives each quote to its speaker. Each sentence becomes one brief, checked
with the quotes' true speakers (the careful entry: it must pass, or fail where the sentence names
no one), and once more for each careless variant, with one quote given to another person in
people.yaml (it must fail). One real `check` runs over them all. Prints, per sentence, the
expected speakers, the verdict, false alarms and misses, then each one.

    python benchmarks/realclaims.py
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from heldout import errors

REPO = Path(__file__).resolve().parents[1]
HERE = REPO / "benchmarks" / "realclaims"
# False alarms and misses found here and not yet fixed, each with the rule it needs. The test
# fails on any other, and on one of these that no longer happens (so the list shrinks).
KNOWN: dict[str, str] = {}


@dataclass
class Result:
    entry: str
    speakers: str
    expect: str
    verdict: str = "pass"
    false_alarms: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def entries() -> list[dict]:
    return yaml.safe_load((HERE / "claims.yaml").read_text("utf-8"))


def _source(qid: str, quote: dict, speaker: str, language: str) -> str:
    """The quote's words as a short authored text of `speaker`, so the quote side passes."""
    item = {"id": qid, "speaker": speaker, "kind": quote.get("kind", "direct"), "paragraph": 1, "text": quote["text"]}
    data = {"type": "speech", "title": f"Remarks {qid}", "issued": "2024-01-01", "speaker": speaker,
            **({"language": language} if language != "en" else {}), "text": quote["text"] + "\n", "quotes": [item]}
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)


def _brief(entry: dict, claim: str) -> str:
    block = yaml.safe_dump([{"claim": claim}], allow_unicode=True, sort_keys=False, width=10_000)
    return (f'title: Real claims\ndate: "2026-01-01"\norganization: Benchmarks\nlanguage: {entry.get("language", "en")}\n'
            "summary: Held-out sentences.\nkey-findings:\n  - None.\nsections:\n  - title: Claims\n    blocks:\n"
            + "".join("      " + ln + "\n" for ln in block.splitlines()))


def _project(root: Path) -> None:
    """One brief per careful entry (briefs/<id>.yaml) and per careless variant (<id>-careless-<n>.yaml)."""
    (root / "sources").mkdir(parents=True)
    (root / "briefs").mkdir()
    shutil.copy(HERE / "people.yaml", root / "sources" / "people.yaml")
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "pyproject.toml").write_text('[tool.briefbuild]\nstyle = "chicago-notes-bibliography"\n', "utf-8")
    written: set[str] = set()
    for entry in entries():
        language = entry.get("language", "en")
        for qid, quote in entry["quotes"].items():
            if qid not in written:
                written.add(qid)
                (root / "sources" / f"{qid}.yaml").write_text(_source(qid, quote, quote["speaker"], language), "utf-8")
        (root / "briefs" / f"{entry['id']}.yaml").write_text(_brief(entry, entry["claim"].strip()), "utf-8")
        for n, swap in enumerate(entry.get("careless", []), 1):
            qid, other = swap["quote"], f"{entry['id']}-careless-{n}-{swap['quote']}"
            quote = entry["quotes"][qid]
            (root / "sources" / f"{other}.yaml").write_text(_source(other, quote, swap["to"], language), "utf-8")
            claim = entry["claim"].strip().replace("{" + qid + "}", "{" + other + "}")
            (root / "briefs" / f"{entry['id']}-careless-{n}.yaml").write_text(_brief(entry, claim), "utf-8")


def _failing(root: Path) -> dict[str, list[str]]:
    """Run `check`; the errors of each brief (by its file's stem) and of each source ('source:<id>')."""
    found: dict[str, list[str]] = {}
    for diag in errors(root):
        path = Path(diag.get("file") or "?")
        key = path.stem if path.parent.name == "briefs" else f"source:{path.stem}"
        found.setdefault(key, []).append(diag["message"].splitlines()[0])
    return found


def evaluate() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="realclaims-") as tmp:
        _project(Path(tmp))
        failing = _failing(Path(tmp))
    results = []
    for entry in entries():
        speakers = ", ".join(sorted({q["speaker"] for q in entry["quotes"].values()}))
        result = Result(entry["id"], speakers, entry.get("expect", "pass"))
        sources = [m for qid in entry["quotes"] for m in failing.get(f"source:{qid}", [])]
        found = failing.get(entry["id"], []) + sources
        result.verdict = "fail" if found else "pass"
        if result.expect == "pass":
            result.false_alarms += [f"{entry['id']}: {m}" for m in found]
        elif not found:
            result.misses.append(f"{entry['id']}: passed, but {entry['why']}")
        for n, swap in enumerate(entry.get("careless", []), 1):
            # it must fail for the swapped quote, not for anything else
            other = f"{entry['id']}-careless-{n}-{swap['quote']}"
            if not any(f"'{other}'" in m for m in failing.get(f"{entry['id']}-careless-{n}", [])):
                result.misses.append(f"{entry['id']}-careless-{n}: passed, but {swap['quote']} was given to {swap['to']}")
        results.append(result)
    return results


def unexpected(results: list[Result]) -> list[str]:
    """False alarms and misses not in KNOWN, and KNOWN ones that no longer happen."""
    alarms = [a for r in results for a in r.false_alarms + r.misses]
    ids = {a.split(":")[0] for a in alarms}
    return [a for a in alarms if a.split(":")[0] not in KNOWN] + [f"{k}: no longer happens: take it out of KNOWN"
                                                                  for k in KNOWN if k not in ids]


def main() -> int:
    results = evaluate()
    print(f"{'sentence':26} {'speakers':42} {'expect':>6} {'verdict':>7} {'false alarms':>12} {'misses':>6}")
    for r in results:
        print(f"{r.entry:26} {r.speakers[:42]:42} {r.expect:>6} {r.verdict:>7} {len(r.false_alarms):12} {len(r.misses):6}")
    careless = sum(len(e.get("careless", [])) for e in entries())
    alarms = [a for r in results for a in r.false_alarms]
    misses = [m for r in results for m in r.misses]
    print(f"total: {len(results)} sentences, {careless} careless variants, {len(alarms)} false alarms, {len(misses)} misses")
    for line in alarms:
        known = KNOWN.get(line.split(":")[0])
        print(f"false alarm ({'known: ' + known if known else 'new'}):", line)
    for line in misses:
        known = KNOWN.get(line.split(":")[0])
        print(f"miss ({'known: ' + known if known else 'new'}):", line)
    return 0 if not unexpected(results) else 1


if __name__ == "__main__":
    sys.exit(main())

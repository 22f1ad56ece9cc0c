"""What the last validation of the whole project proved, so the next one checks only what changed.

Validation is a pure function of the input bytes and the tool. If the tool, pyproject.toml
and every file under sources/ are byte-identical to a state that passed, every check of
the sources passes again, and so does every brief whose own file is unchanged: only new
and edited briefs need checking, with the sources they cite (scope.py). The project-wide
"not used by any brief" warnings come from the usage recorded for each brief; the warnings
about the sources themselves (a quote's doubtful [sic]) are kept as they were found.

Kept in .cache/; a missing or damaged record only means a full validation.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from ..chars import find_forbidden
from ..errors import Diagnostic
from ..files import MAX_RECORD, Refused, read_regular
from ..hashing import hash_json, tool_hash
from ..inputs.scan import Scan, name_problem, valid_id
from ..patterns import lazy
from ..seal import opened, seal

VERDICT = Path(".cache") / "briefbuild" / "verdict.json"
FORMAT = 3  # 2: the sources' own warnings are recorded; 3: each brief's title

Spot = tuple[str, int, int, str]  # file, line, column, key path: where a warning points
Title = tuple[str, int, int]  # a brief's title (with its subtitle), and its line and column
Usage = tuple[set[str], set[str], Title]  # what a brief quotes and cites, and its title
MAX_TITLE = 2_000


def _spot(value) -> Spot:
    """A spot as the record holds it, or TypeError: a file of sources/ (a warning is printed where it
    points), a line and a column, a key path; no refused character anywhere."""
    if not (isinstance(value, list) and len(value) == 4):
        raise TypeError("spot")
    file, line, column, key = value
    if not (_source_file(file) and _number(line) and _number(column) and _text(key)):
        raise TypeError("spot")
    return file, line, column, key


def _source_file(rel) -> bool:
    """A file directly in sources/ (a source's YAML or its stored text): nothing outside it."""
    folder, _, name = rel.partition("/") if isinstance(rel, str) else ("", "", "")
    return folder == "sources" and 0 < len(name) <= 255 and "/" not in name and not name.startswith(".") \
        and _text(name) and "\n" not in name and "\t" not in name


def _number(value) -> bool:
    return type(value) is int and 0 <= value < 10**9  # bool is no line number


def _text(value) -> bool:
    return isinstance(value, str) and find_forbidden(value) < 0  # tab and newline only: no terminal escapes


def _ids(value) -> list[str]:
    if not (isinstance(value, list) and all(isinstance(v, str) and _ID.fullmatch(v) for v in value)):
        raise TypeError("ids")
    return value


def _usage(value) -> dict:
    digest = value.get("digest") if isinstance(value, dict) else None
    if not isinstance(value, dict) or not (digest is None or isinstance(digest, str)):
        raise TypeError("usage")
    title = value["title"]
    if not (isinstance(title, list) and len(title) == 3 and _text(title[0]) and len(title[0]) <= MAX_TITLE
            and _number(title[1]) and _number(title[2])):
        raise TypeError("title")
    return {"digest": digest, "quotes": _ids(value["quotes"]), "sources": _ids(value["sources"]), "title": title}


# An id as models.ID_PATTERN has it (a quote's id has no length limit; a file's name has).
_ID = lazy(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _id(value: str) -> str:
    if not _ID.fullmatch(value):
        raise TypeError("id")
    return value


def _doubt(value) -> tuple[Spot, str]:
    if not (isinstance(value, list) and len(value) == 2 and _text(value[1])):
        raise TypeError("doubt")
    return _spot(value[0]), value[1]


def brief_digests(files: dict[str, str | None]) -> dict[str, str | None]:
    """The briefs: files named <id>.yaml (an editor's `.#b1.yaml` or a copy `b1 copy.yaml` is no brief)."""
    return {stem: d for rel, d in files.items()
            if rel.startswith("briefs/") and rel.endswith(".yaml") and valid_id(stem := rel[7:-5])}


def misnamed(files: dict[str, str | None]) -> bool:
    """True when briefs/ or sources/ holds YAML whose name is no id (`b2.yml`, `b1 copy.yaml`):
    validation reports it, so a build may not skip validation as up to date."""
    return any(name_problem(name) for rel in files
               for folder, _, name in [rel.partition("/")] if folder in ("briefs", "sources"))


@dataclass
class Verdict:
    base: str = ""  # the tool, pyproject.toml and sources/ that passed
    briefs: dict[str, dict] = field(default_factory=dict)  # id -> {"digest", "quotes", "sources"}
    quotes: dict[str, Spot] = field(default_factory=dict)  # every quote id -> where it is defined
    sources: dict[str, Spot] = field(default_factory=dict)  # every source id -> its file
    doubts: list[tuple[Spot, str]] = field(default_factory=list)  # the sources' own warnings: where, what

    @staticmethod
    def base_of(files: dict[str, str | None]) -> str:
        return hash_json([FORMAT, tool_hash(), {rel: d for rel, d in files.items() if not rel.startswith("briefs/")}])

    @classmethod
    def load(cls, root: Path) -> Verdict:
        try:
            data = orjson.loads(opened(read_regular(root / VERDICT, MAX_RECORD, follow=False)))
            # Every value in the shape the record is written in, or the record is damaged: a list
            # inside a brief's quotes made a traceback, and a warning is printed as the record says it.
            if not isinstance(data["base"], str) or not isinstance(data["doubts"], list):
                raise TypeError("record")
            return cls(data["base"], {_id(k): _usage(v) for k, v in data["briefs"].items()},
                       {_id(k): _spot(v) for k, v in data["quotes"].items()},
                       {_id(k): _spot(v) for k, v in data["sources"].items()},
                       [_doubt(d) for d in data["doubts"]])
        except (Refused, ValueError, KeyError, TypeError, AttributeError):  # damaged: check everything
            return cls()

    def save(self, root: Path) -> None:
        from ..write import write_atomic
        data = {"base": self.base, "briefs": self.briefs, "quotes": self.quotes, "sources": self.sources,
                "doubts": self.doubts}
        try:
            write_atomic(root / VERDICT, seal(orjson.dumps(data, option=orjson.OPT_SORT_KEYS)),
                         durable=False)
        except OSError:  # a read-only checkout validates in full each time
            pass

    def holds(self, files: dict[str, str | None]) -> bool:
        """True when the sources side is exactly what passed."""
        return bool(self.base) and self.base == self.base_of(files)

    def changed(self, files: dict[str, str | None]) -> set[str]:
        """Briefs that are new or edited since they passed."""
        return {b for b, d in brief_digests(files).items() if self.briefs.get(b, {}).get("digest") != d}

    def complete(self, files: dict[str, str | None]) -> bool:
        """Everything, briefs included, is exactly what passed: validation would pass again."""
        return self.holds(files) and not self.changed(files) and not misnamed(files)

    def warnings(self, files: dict[str, str | None]) -> list[Diagnostic]:
        """The "not used by any brief" warnings of the briefs now present, and the sources' own."""
        present = brief_digests(files)
        return sorted(unused(self.quotes, self.sources,
                             {q for b, u in self.briefs.items() if b in present for q in u["quotes"]},
                             {s for b, u in self.briefs.items() if b in present for s in u["sources"]})
                      + [Diagnostic(*spot, message, "warning") for spot, message in self.doubts]
                      + alike({b: tuple(u["title"]) for b, u in self.briefs.items() if b in present}))


def record(verdict: Verdict, scan, usage: dict[str, Usage], quotes: dict[str, Spot],
           sources: dict[str, Spot], passed: bool, doubts: Sequence[Diagnostic] = ()) -> list[Diagnostic]:
    """After a check of the whole project: its warnings, and the record updated with what each
    loaded brief uses (written only if every check passed). `doubts`: the warnings this check
    found in the sources; when the sources are those of the record, it has them all already."""
    if not verdict.holds(scan.files):  # everything was loaded: a new record
        verdict = Verdict(Verdict.base_of(scan.files), {}, quotes, sources,
                          sorted(((d.file, d.line, d.column, d.key), d.message) for d in doubts))
    digests = brief_digests(scan.files)
    verdict.briefs = {b: u for b, u in verdict.briefs.items() if b in digests}
    for bid, (used_quotes, used_sources, title) in usage.items():
        verdict.briefs[bid] = {"digest": digests.get(bid), "quotes": sorted(used_quotes),
                               "sources": sorted(used_sources), "title": list(title)}
    # Only on exactly the bytes that were hashed: a file saved during the check is not recorded.
    if passed and Scan.inputs(scan.root, scan.seen) == scan.files:
        verdict.save(scan.root)
    return verdict.warnings(scan.files)


def unused(quotes: dict[str, Spot], sources: dict[str, Spot], used_quotes: set[str],
           used_sources: set[str]) -> list[Diagnostic]:
    warnings = [Diagnostic(*quotes[q], f"quote '{q}' is not used by any brief", "warning")
                for q in sorted(set(quotes) - used_quotes)]
    warnings += [Diagnostic(*sources[s], f"source '{s}' is not cited by any brief", "warning")
                 for s in sorted(set(sources) - used_sources)]
    return sorted(warnings)  # in file and line order


def _same(title: str) -> str:
    return " ".join(title.casefold().split())


def alike(titles: dict[str, Title]) -> list[Diagnostic]:
    """A warning at each brief whose title (with its subtitle) another brief has too, naming the
    other files: the site's index, its feed and readers' tabs would show them alike."""
    groups: dict[str, list[str]] = {}
    for bid in sorted(titles):
        groups.setdefault(_same(titles[bid][0]), []).append(bid)
    warnings = []
    for bids in groups.values():
        for bid in bids if len(bids) > 1 else ():
            others = ", ".join(f"briefs/{b}.yaml" for b in bids if b != bid)
            heading, line, column = titles[bid]
            warnings.append(Diagnostic(f"briefs/{bid}.yaml", line, column, "title",
                                       f"'{heading}' is also the title of {others}: the site's index and feed would "
                                       "list them alike; give each brief its own title (or subtitle)", "warning"))
    return warnings

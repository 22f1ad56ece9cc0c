"""`build.py add NEWFILE --update SOURCE`: a newer version of a source (an article corrected
after publication) replaces its stored text.

Every quote is looked for in the new text. A quote still where it was stays; one whose words
moved to another paragraph or page is re-anchored and the move reported; if the words of any
quote are gone or changed, nothing is written and each such quote is listed with the briefs
that use it, so the editor decides. The old stored text's SHA-256 goes into `history`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..capture import capture
from ..checking import pages, verify
from ..errors import BriefError, Diagnostic, InputError
from ..hashing import digest
from ..inputs.models import Quote, Source
from ..write import write_atomic
from . import corpus
from .yamltext import parse_text, replace_value, scalar, top_level_blocks

PARAPHRASE_SIMILARITY = 85  # a paraphrased paragraph reworded a little is the same paragraph


@dataclass
class Updated:
    id: str
    moves: list[str] = field(default_factory=list)
    unchanged: bool = False
    notes: list[str] = field(default_factory=list)


def update(root: Path, file: Path, sid: str, *, today: date, keep: bool = False) -> Updated:
    diags: list[Diagnostic] = []
    stored = corpus.load(root, sid, diags)
    if stored is None:
        if diags:
            raise InputError(diags)
        raise BriefError(f"no source '{sid}' in sources/: capture a new one with build.py add {file.name}")
    if not stored.source.text_file:
        raise BriefError(f"sources/{sid}.yaml keeps its text inline (text:): move it into a text-file "
                         "beside the YAML before updating it from a capture")
    captured = capture(file, voice=stored.source.effective_voice)
    if captured.text == stored.text:
        return Updated(sid, unchanged=True, notes=_field_changes(stored, captured.fields))
    people = corpus.people(root, diags)
    new_paras, new_pages = pages.split(captured.text)
    moves, broken, edits = [], [], []
    for i, quote in enumerate(stored.source.quotes):
        result = _anchor(quote, stored, new_paras, new_pages, people)
        if isinstance(result, str):
            broken.append((i, quote, result))
            continue
        paragraph, page = result
        if paragraph != quote.paragraph:
            last = _moved(quote, paragraph).last_paragraph
            if last is not None and _written_as_range(stored.doc.data, i):  # paragraph: 6-7 stays a range
                edits.append((("quotes", i, "paragraph"), f"{paragraph}-{last}"))
            else:
                edits.append((("quotes", i, "paragraph"), str(paragraph)))
                if last is not None:  # a quotation over paragraphs moves whole
                    edits.append((("quotes", i, "last-paragraph"), str(last)))
        if quote.page is not None and page != quote.page:
            edits.append((("quotes", i, "page"), scalar(page) if page else quote.page))
        if paragraph != quote.paragraph or (quote.page is not None and page != quote.page):
            moves.append(f"quote '{quote.id}' moved: {_where(quote.paragraph, quote.page)} -> {_where(paragraph, page)}")
    if broken:
        uses = corpus.briefs_using(root, {q.id for _, q, _ in broken})
        for i, quote, why in broken:
            used = f" (used by {'; '.join(uses[quote.id])})" if uses[quote.id] else " (no brief uses it)"
            key = "text" if quote.kind == "direct" else "paragraph"
            diags.append(stored.doc.diag(("quotes", i, key), f"quote '{quote.id}': {why} in the new version{used}: "
                                         "fix or remove the quote, then run the update again"))
        raise InputError(diags)
    yaml_text = stored.path.read_text("utf-8")
    for loc, value in edits:
        yaml_text = replace_value(yaml_text, stored.doc, loc, value)
    yaml_text = _capture_lines(yaml_text, stored, file.name, digest(captured.original), today)
    _check(yaml_text, stored)
    if keep:  # a second correction the same day is kept beside the first, never over it
        folder, stem, ext = root / "sources" / "originals", f"{sid}-{today.isoformat()}", file.suffix.lower()
        kept = folder / f"{stem}{ext}"
        n = 2
        while kept.exists():
            kept, n = folder / f"{stem}-{n}{ext}", n + 1
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(kept, captured.original)
    write_atomic(stored.path.parent / stored.source.text_file, captured.text.encode("utf-8"))
    write_atomic(stored.path, yaml_text.encode("utf-8"))
    return Updated(sid, moves=moves, notes=captured.notes + _field_changes(stored, captured.fields))


def _field_changes(stored: corpus.Stored, found: dict[str, object]) -> list[str]:
    """Fields the new version shows differently: reported, never changed (the editor decides)."""
    notes = []
    for key in ("title", "issued", "URL", "container-title"):
        ours = getattr(stored.source, key.replace("-", "_"), None)
        theirs = found.get(key)
        if theirs and ours is not None and str(theirs) != str(ours):
            notes.append(f"the new version shows {key} '{theirs}' (the source has '{ours}'): not changed")
    return notes


def _where(paragraph: int, page: str | None) -> str:
    return f"paragraph {paragraph}" + (f", page {page}" if page else "")


def _anchor(quote: Quote, stored: corpus.Stored, paras: list[str], page_map, people) -> tuple[int, str | None] | str:
    """(paragraph, page) where the quote stands in the new text, or why it no longer does."""
    if quote.speaker not in people:
        return f"speaker '{quote.speaker}' is not in sources/people.yaml"
    source = stored.source
    if quote.kind == "direct":
        order = [quote.paragraph] + [k for k in range(1, len(paras) + 1) if k != quote.paragraph]
        for k in order:
            if k <= len(paras) and not verify.verify_quote(_moved(quote, k), source, paras, people):
                return k, _page(quote, k, paras, page_map)
        return "its words are gone or changed"
    old = verify.normalize(stored.paragraphs[quote.paragraph - 1]) if quote.paragraph <= len(stored.paragraphs) else ""
    new = [verify.normalize(p) for p in paras]
    if old in new:
        k = new.index(old) + 1
    else:
        from rapidfuzz import fuzz, process
        best = process.extractOne(old, new, scorer=fuzz.ratio) if new else None
        if not best or best[1] < PARAPHRASE_SIMILARITY:
            return "the paragraph it paraphrases is gone or reworded"
        k = best[2] + 1
    if verify.verify_quote(_moved(quote, k), source, paras, people):
        return f"paragraph {k}, where its paragraph now stands, no longer names the speaker"
    return k, _page(quote, k, paras, page_map)


def _written_as_range(data, i: int) -> bool:
    """Whether quote i gives its paragraphs as one range (paragraph: 6-7) rather than with last-paragraph."""
    try:
        return "-" in str(data["quotes"][i]["paragraph"]) or "–" in str(data["quotes"][i]["paragraph"])
    except (KeyError, IndexError, TypeError):
        return False


def _moved(quote: Quote, k: int) -> Quote:
    """The quote anchored at paragraph k; a quotation over paragraphs keeps its length."""
    last = quote.last_paragraph
    return quote.model_copy(update={"paragraph": k, "last_paragraph": None if last is None else k + last - quote.paragraph})


def _page(quote: Quote, k: int, paras: list[str], page_map) -> str | None:
    if quote.page is None or page_map is None:
        return quote.page
    at = pages.where(quote.text, paras[k - 1]) if quote.kind == "direct" else None
    stands = page_map.pages_of(k - 1, *at) if at else page_map.pages_of(k - 1)
    labels = [p.label for p in stands if p.label]
    if not labels:
        return quote.page
    if quote.kind != "direct" and quote.page in labels:
        return quote.page
    return labels[0] if len(labels) == 1 else f"{labels[0]}-{labels[-1]}"


def _capture_lines(text: str, stored: corpus.Stored, name: str, sha: str, today: date) -> str:
    """captured-from replaced by the new file; the old text's digest appended to history."""
    old = stored.source.captured_from
    entry = f"  - {{text-sha256: {digest(stored.text.encode('utf-8'))}"
    if old:
        entry += f", captured-from: {{file: {scalar(old.file)}, sha256: {old.sha256}}}"
    entry += f", replaced: \"{today.isoformat()}\"}}"
    capture_line = f"captured-from: {{file: {scalar(name)}, sha256: {sha}}}"
    lines = text.rstrip("\n").split("\n")
    blocks = {key: (start, end) for key, start, end in top_level_blocks(text)}
    old_entries = lines[blocks["history"][0] + 1:blocks["history"][1]] if "history" in blocks else []
    # Both blocks come out and go back in together, where the first of them stood (or before quotes).
    spans = sorted(blocks[k] for k in ("captured-from", "history") if k in blocks)
    at = spans[0][0] if spans else blocks["quotes"][0] if "quotes" in blocks else len(lines)
    for start, end in reversed(spans):
        del lines[start:end]
    lines[at:at] = [capture_line, "history:", *old_entries, entry]
    return "\n".join(lines) + "\n"


def _check(text: str, stored: corpus.Stored) -> None:
    """The edited file must load as the same source with only the intended changes."""
    from ..checking.parsing import parse
    tmp_diags: list[Diagnostic] = []
    doc, errs = parse_text(text, f"sources/{stored.path.name}")
    tmp_diags += errs
    model = parse(Source, doc, tmp_diags) if doc else None
    if model is None or tmp_diags:
        raise BriefError(f"could not update sources/{stored.id}.yaml safely (its layout is unusual): "
                         + "; ".join(d.message for d in tmp_diags[:3]) + ": nothing written")
    if [q.id for q in model.quotes] != [q.id for q in stored.source.quotes]:
        raise BriefError(f"could not update sources/{stored.id}.yaml safely: nothing written")

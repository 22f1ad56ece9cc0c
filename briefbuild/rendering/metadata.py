"""Machine-readable metadata for the web page: schema.org JSON-LD and Google Scholar meta tags.

Only what the inputs say is stated: the brief's own front matter, the sources it cites, and
its verified direct quotes (a paraphrase is our wording, so it is never a Quotation).
"""
from __future__ import annotations

import json

from markupsafe import Markup

from ..inputs.csl import date_start
from ..inputs.models import Name, Person, Source
from ..inputs.project import Project
from .compose import Document

# CSL item types as schema.org types; anything unlisted is a plain CreativeWork.
SCHEMA_TYPES = {
    "article-magazine": "Article", "article-newspaper": "NewsArticle", "article-journal": "ScholarlyArticle",
    "article": "Article", "report": "Report", "webpage": "WebPage", "post": "SocialMediaPosting",
    "post-weblog": "BlogPosting", "book": "Book", "chapter": "Chapter",
}


def source_ref(source_id: str) -> str:
    """The JSON-LD node id of a cited source (a fragment of the page itself)."""
    return f"#source-{source_id}"


def _agent(name: Name) -> dict:
    if name.literal:
        return {"@type": "Organization", "name": name.literal, **({"alternateName": name.short} if name.short else {})}
    return {"@type": "Person", "familyName": name.family,
            **({"givenName": name.given, "name": f"{name.given} {name.family}"} if name.given else {"name": name.family})}


def person(p: Person) -> dict:
    data: dict[str, object] = {"@type": "Person", "name": p.name, "jobTitle": p.role}
    if p.affiliation:
        data["affiliation"] = {"@type": "Organization", "name": p.affiliation}
    return data


def creative_work(source_id: str, source: Source) -> dict:
    data: dict[str, object] = {"@type": SCHEMA_TYPES.get(source.type, "CreativeWork"), "@id": source_ref(source_id),
                               "name": source.title}
    if source.issued:  # an undated source gets no date here either: nothing invented
        data["datePublished"] = date_start(source.issued)
    if source.author:
        data["author"] = [_agent(a) for a in source.author]
    if source.container_title:
        data["isPartOf"] = {"@type": "CreativeWork", "name": source.container_title}
    if source.publisher:
        data["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.URL:
        data["url"] = source.URL
    return data


def quote_sources(doc: Document) -> dict[str, str]:
    """Quote id -> source id, read from the notes the composer attached to each quote."""
    found: dict[str, str] = {}
    for section in doc.sections:
        for block in section.blocks:
            holders = [block] if block.kind == "blockquote" else block.parts
            for h in holders:
                if h.quote is not None and h.note is not None and h.note.cites:
                    found.setdefault(h.quote.id, h.note.cites[0].source)
    return found


def report(doc: Document, project: Project | None = None) -> dict:
    """The brief as a schema.org Report with its citations and its verified direct quotes.

    With the project, every cited source is described in full; without it (an older caller),
    the citations are the formatted bibliography entries as text.
    """
    brief = doc.brief
    data: dict = {"@context": "https://schema.org", "@type": "Report", "name": brief.title,
                  "headline": brief.title}
    if brief.subtitle:
        data["alternativeHeadline"] = brief.subtitle
    data["datePublished"] = brief.date
    data["inLanguage"] = brief.language
    if brief.authors:
        data["author"] = [{"@type": "Person", "name": a} for a in brief.authors]
    if brief.organization:
        data["publisher"] = {"@type": "Organization", "name": brief.organization}
        if not brief.authors:
            data["author"] = [data["publisher"]]
    data["abstract"] = doc.summary.striptags()
    if project is not None:
        data["citation"] = [creative_work(sid, project.sources[sid]) for sid in doc.source_ids]
    else:
        data["citation"] = [entry.striptags() for entry in doc.bibliography]
    origin = {**(project.quote_source if project is not None else {}), **quote_sources(doc)}
    quotations = []
    for q in doc.quotes_used:
        if q.kind != "direct":
            continue
        # A quote in translation: the speaker's words are the original; our translation is not theirs.
        item = {"@type": "Quotation", "text": q.original or q.text, "spokenByCharacter": person(q.speaker)}
        if q.source_language:  # the speaker's words are in the source's language, when its data says
            item["inLanguage"] = q.source_language
        if q.id in origin:
            item["isBasedOn"] = {"@id": source_ref(origin[q.id])}
        quotations.append(item)
    if quotations:
        data["hasPart"] = quotations
    return data


def json_ld(data: dict) -> Markup:
    """JSON for a <script type="application/ld+json">: no '<', '>' or '&' survives, so no input can close the tag."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def scholar_tags(doc: Document) -> list[tuple[str, str]]:
    """Google Scholar's citation_* meta tags, as (name, content) pairs; Jinja escapes the content."""
    brief = doc.brief
    tags = [("citation_title", doc.language.title(brief.title, brief.subtitle)),
            ("citation_publication_date", brief.date.replace("-", "/"))]
    tags += [("citation_author", a) for a in brief.authors]
    if brief.organization:
        tags.append(("citation_technical_report_institution", brief.organization))
    tags.append(("citation_language", brief.language))
    return tags

"""The site around the briefs: an index page of every brief, an Atom feed and a sitemap.

Pure functions of the briefs' front matter and the project's settings: the same briefs give
the same bytes (no clock: the feed's `updated` is the newest brief's date). Links are
relative on the index page, so dist/ works from any folder; the feed and the sitemap need
absolute addresses, which come from `[tool.briefbuild] base-url`.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup

from .i18n import language
from .markup import inline

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True)
class Listing:
    """One brief as the index, the feed and the sitemap show it."""

    id: str
    title: str
    subtitle: str | None
    date: str
    authors: tuple[str, ...]
    organization: str | None
    summary: Markup
    topics: tuple[str, ...]
    language: str

    @property
    def page(self) -> str:
        return f"{self.id}.html"

    @property
    def pdf(self) -> str:
        return f"{self.id}.pdf"

    @property
    def long_date(self) -> str:
        """The date as the brief's own language writes it: the card carries that language's lang."""
        return language(self.language).date(self.date)

    @property
    def byline(self) -> str:
        return ", ".join(self.authors) or (self.organization or "")


@dataclass(frozen=True)
class SiteInfo:
    """What the site says about itself, from [tool.briefbuild], in its language (`site_language`)."""

    title: str
    base_url: str = ""  # "https://example.org/briefs/" (always ends with /) or "" when not set
    language: str = "en"
    # What the feed's urn:uuid is made from when there is no base URL: the title as configured, else
    # the English default, so that a default title in the briefs' language does not change the id.
    id_seed: str = ""


def site_language(listings) -> str:
    """The language the index and the feed speak: the one every brief shares (its region too, when
    they share that: fr and fr-CA make fr), English when they differ; a brief's card keeps its own."""
    tags = {item.language for item in listings}
    if len(tags) == 1:
        return tags.pop()
    bases = {tag.split("-")[0] for tag in tags}
    return bases.pop() if len(bases) == 1 else "en"


def site_info(configured_title: str, base_url: str, listings) -> SiteInfo:
    """The site's title is pyproject's site-title, else the catalogue's for the site's language."""
    lang = site_language(listings)
    return SiteInfo(configured_title or language(lang)("site_title"), base_url, lang,
                    configured_title or language("en")("site_title"))


def listing(brief_id: str, brief) -> Listing:
    """A Listing from a validated Brief model."""
    return Listing(brief_id, brief.title, brief.subtitle, brief.date, tuple(brief.authors), brief.organization,
                   inline(brief.summary), tuple(getattr(brief, "topics", None) or ()), brief.language)


def newest_first(listings) -> list[Listing]:
    by_id = sorted(listings, key=lambda item: item.id)
    return sorted(by_id, key=lambda item: item.date, reverse=True)


def absolute(site: SiteInfo, name: str) -> str:
    return site.base_url + name if site.base_url else name


def entry_id(site: SiteInfo, item: Listing) -> str:
    """The Atom id: the page's address, or a stable urn:uuid when no base URL is set."""
    if site.base_url:
        return absolute(site, item.page)
    return uuid.uuid5(uuid.NAMESPACE_URL, f"briefbuild:{item.id}").urn


def render_index(listings, site: SiteInfo, templates: Path, css: str) -> str:
    from jinja2 import TemplateError, TemplateNotFound

    from ..errors import RenderError
    from .render import environment, template_line
    try:
        template = environment(templates).get_template("site/index.html.j2")
        return template.render(site=site, briefs=newest_first(listings), css=Markup(css), t=language(site.language),
                               canonical=absolute(site, "") if site.base_url else "")
    except (TemplateError, OSError) as exc:  # as for a brief's page: the template named, never a traceback
        where = template_line(exc, templates.parent)
        what = f"no template '{exc.name}' in templates/" if isinstance(exc, TemplateNotFound) else str(exc)
        raise RenderError(f"{where}template error while rendering the site's index: {what}"
                          + (": fix the template there" if where else "")) from None


def render_feed(listings, site: SiteInfo) -> str:
    """Atom 1.0 (RFC 4287): feed id, title, updated, author; each entry id, title, updated, link."""
    briefs = newest_first(listings)
    updated = f"{briefs[0].date}T00:00:00Z" if briefs else "1970-01-01T00:00:00Z"
    feed_id = site.base_url or uuid.uuid5(uuid.NAMESPACE_URL, f"briefbuild-site:{site.id_seed or site.title}").urn
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             f'<feed xmlns="{ATOM}" xml:lang={quoteattr(site.language)}>',
             f"  <title>{escape(site.title)}</title>",
             f"  <id>{escape(feed_id)}</id>",
             f"  <updated>{updated}</updated>",
             f"  <author><name>{escape(site.title)}</name></author>",
             f'  <link rel="self" type="application/atom+xml" href={quoteattr(absolute(site, "feed.xml"))}/>',
             f'  <link rel="alternate" type="text/html" href={quoteattr(absolute(site, "index.html"))}/>',
             "  <generator>briefbuild</generator>"]
    for item in briefs:
        title = language(item.language).title(item.title, item.subtitle)
        # An entry in another language than the feed's says so (RFC 4287 3: xml:lang on any element).
        own = f" xml:lang={quoteattr(item.language)}" if item.language != site.language else ""
        lines += [f"  <entry{own}>",
                  f"    <title>{escape(title)}</title>",
                  f"    <id>{escape(entry_id(site, item))}</id>",
                  f"    <updated>{item.date}T00:00:00Z</updated>",
                  f"    <published>{item.date}T00:00:00Z</published>",
                  f'    <link rel="alternate" type="text/html" href={quoteattr(absolute(site, item.page))}/>',
                  f'    <link rel="enclosure" type="application/pdf" href={quoteattr(absolute(site, item.pdf))}/>']
        lines += [f"    <author><name>{escape(name)}</name></author>"
                  for name in (item.authors or ([item.organization] if item.organization else []))]
        lines += [f"    <category term={quoteattr(topic)}/>" for topic in item.topics]
        lines += [f"    <summary type=\"text\">{escape(item.summary.striptags())}</summary>", "  </entry>"]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def render_sitemap(listings, site: SiteInfo) -> str:
    """sitemaps.org 0.9: the index and every brief page, with absolute addresses (needs base-url)."""
    briefs = newest_first(listings)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', f'<urlset xmlns="{SITEMAP}">']
    if briefs:
        lines.append(f"  <url><loc>{escape(absolute(site, ''))}</loc><lastmod>{briefs[0].date}</lastmod></url>")
    for item in briefs:
        lines.append(f"  <url><loc>{escape(absolute(site, item.page))}</loc><lastmod>{item.date}</lastmod></url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"

"""The site step of a build: index.html, feed.xml and sitemap.xml of every brief, kept
incrementally like the briefs' own outputs.

Their key covers every brief file (the index lists them all), the templates, pyproject.toml
and the tool; with it unchanged and the files still the bytes written, nothing is done. The
briefs are checked first (the last full check's record answers for unchanged files), so an
index never lists a brief that does not pass.
"""
from __future__ import annotations

from pathlib import Path

from ..hashing import digest, hash_json, tool_hash
from ..inputs.scan import Scan
from ..write import write_atomic
from .manifest import Entry, Manifest

SITE = "site"


def site_names(base_url: str) -> list[str]:
    """A sitemap lists absolute addresses, so it is written only with a base URL."""
    return ["index.html", "feed.xml"] + (["sitemap.xml"] if base_url else [])


def build_site(root: Path, out: Path, options, result, progress) -> None:
    from ..inputs.project import Config
    scan = Scan.read(root)
    config = Config.read(root)
    briefs = {rel: h for rel, h in sorted(scan.files.items()) if rel.startswith("briefs/") and rel.endswith(".yaml")}
    key = hash_json({"format": SITE, "briefs": briefs, "tool": tool_hash(), "templates": scan.templates,
                     "pyproject": scan.files.get("pyproject.toml")})
    manifest = Manifest.load(out)
    names = site_names(config.base_url)
    if not options.force and all(manifest.current(name, key) for name in names):
        result.up_to_date += [out / name for name in names]
        return
    from ..checking.validate import load_project
    project = load_project(root, strict=options.strict, include=(), scan=scan)
    result.warnings = result.warnings or [str(w) for w in project.warnings]
    files = render_site(root, config, sorted(p.rsplit("/", 1)[1][:-5] for p in briefs))
    for name in names:
        data = files[name]
        try:
            write_atomic(out / name, data)
        except OSError as exc:  # one line naming the file and the fix, as a brief's output gets
            from .engine import write_error
            raise write_error(exc, out) from None
        manifest.outputs[name] = Entry("", SITE, key, briefs, digest(data), 0.0)
        result.written.append(out / name)
    if "sitemap.xml" not in names and manifest.outputs.pop("sitemap.xml", None) is not None:
        (out / "sitemap.xml").unlink(missing_ok=True)  # base-url removed: a sitemap of relative links is invalid
    manifest.save()


def render_site(root: Path, config, brief_ids: list[str]) -> dict[str, bytes]:
    """The three files, from every brief's front matter."""
    from ..checking.parsing import disk_cache, load_and_parse
    from ..errors import InputError
    from ..inputs.models import Brief
    from ..rendering.render import asset_text, stylesheet
    from ..rendering.site import listing, render_feed, render_index, render_sitemap, site_info
    diags: list = []
    listings = []
    from ..session import Session
    session = Session()
    disk = disk_cache(session, root)
    for bid in brief_ids:
        _, brief = load_and_parse(Brief, root / "briefs" / f"{bid}.yaml", f"briefs/{bid}.yaml", diags, disk,
                                  session.parsed)
        if brief is not None:
            listings.append(listing(bid, brief))
    if disk is not None:
        disk.flush()
    if diags:
        raise InputError(diags)
    templates = root / "templates"
    site = site_info(config.site_title, config.base_url, listings)
    css = stylesheet(templates, "screen") + "\n" + asset_text(templates, "css/site.css")
    return {"index.html": render_index(listings, site, templates, css).encode("utf-8"),
            "feed.xml": render_feed(listings, site).encode("utf-8"),
            "sitemap.xml": render_sitemap(listings, site).encode("utf-8")}

"""Look at a brief as readers will: its PDF pages and its web page, as PNG images in dist/look/.

PDF pages come from poppler's pdftoppm; the web page is photographed by Chromium (through
Playwright) at a phone's and a desktop's width, in light and dark mode.
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..errors import BriefError, ToolError
from ..tools import CHROMIUM_ENV, CHROMIUM_NAMES, find_chromium, pip_install, run_tool

CHROMIUM_ARGS = ["--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
WIDTHS = (375, 1280)
SCHEMES = ("light", "dark")


@dataclass(frozen=True)
class Shot:
    """One picture: where it was written and what it shows."""

    path: Path
    """The PNG file."""
    what: str
    """e.g. 'PDF page 2' or 'HTML 375 px, dark'."""


def pdf_pages(pdf: Path, out: Path, dpi: int = 100, pdftoppm: str | None = None) -> list[Shot]:
    """Every page of `pdf` as `<stem>-page-N.png` in `out`."""
    tool = pdftoppm or shutil.which("pdftoppm")
    if not tool:
        raise ToolError("pdftoppm not found: apt-get install poppler-utils")
    for old in out.glob(f"{pdf.stem}-page-*.png"):
        old.unlink()
    run = run_tool([tool, "-r", str(dpi), "-png", str(pdf), str(out / f"{pdf.stem}-page")], "pdftoppm", text=True)
    if run.returncode != 0:
        raise ToolError(f"pdftoppm failed on {pdf.name}: {run.stderr.strip()[:500]}")
    pages = sorted(out.glob(f"{pdf.stem}-page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [Shot(p, f"PDF page {int(p.stem.rsplit('-', 1)[1])}") for p in pages]


ROOT_NOTE = ("running as root: Chromium's sandbox cannot run for root, so it is off for these pictures "
             "(run `look` as an ordinary user to keep it); every request leaving the page is still blocked")
NO_SANDBOX_NOTE = ("Chromium could not start its sandbox on this machine (no user namespaces?), so it is off "
                   "for these pictures; every request leaving the page is still blocked")


def sandbox_args(euid: int | None = None) -> tuple[list[str], str]:
    """Chromium's arguments and, when its sandbox must be off, why (shown to the user).
    Chromium refuses to start its sandbox as root; elsewhere it stays on."""
    euid = os.geteuid() if euid is None else euid
    return (["--no-sandbox"], ROOT_NOTE) if euid == 0 else ([], "")


def only_the_page(page_url: str):
    """A Playwright route handler: the page's own file and data: URLs load, every other request
    (network, other files, websockets via fetch) is aborted."""
    def route(r) -> None:
        url = r.request.url
        if url == page_url or url.startswith("data:"):
            r.continue_()
        else:
            r.abort("blockedbyclient")
    return route


def html_shots(html: Path, out: Path, chromium: Path | None = None, widths=WIDTHS, schemes=SCHEMES,
               notes: list[str] | None = None) -> list[Shot]:
    """Full-page screenshots of `html` at each width and colour scheme (Chromium from PATH by default);
    `notes` gets any explanation of a lowered guard (the sandbox off)."""
    chromium = chromium or find_chromium()
    if chromium is None:
        raise ToolError(f"no Chromium on PATH (looked for {', '.join(CHROMIUM_NAMES)}, or set {CHROMIUM_ENV}): "
                        "apt-get install chromium")
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise ToolError(f"Playwright is not installed: {pip_install('playwright')}") from None
    shots = []
    try:
        with sync_playwright() as p:
            extra, note = sandbox_args()
            try:
                browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS + extra,
                                            headless=True, chromium_sandbox=not extra)
            except PlaywrightError:
                if extra:
                    raise
                extra, note = ["--no-sandbox"], NO_SANDBOX_NOTE
                browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS + extra,
                                            headless=True, chromium_sandbox=False)
            if note and notes is not None:
                notes.append(note)
            url = html.resolve().as_uri()
            for width in widths:
                for scheme in schemes:
                    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme,
                                            service_workers="block")
                    page.route("**/*", only_the_page(url))
                    page.goto(url)
                    path = out / f"{html.stem}-{width}-{scheme}.png"
                    page.screenshot(path=str(path), full_page=True)
                    shots.append(Shot(path, f"HTML {width} px, {scheme}"))
                    call = page.locator("a.fn-call").first
                    if call.count():  # the first note's popover, as a keyboard user opens it
                        call.focus()
                        page.evaluate("document.activeElement.scrollIntoView({block: 'center'})")
                        path = out / f"{html.stem}-{width}-{scheme}-note.png"
                        page.screenshot(path=str(path))
                        shots.append(Shot(path, f"HTML {width} px, {scheme}, note 1 open"))
                    page.close()
            browser.close()
    except PlaywrightError as exc:
        raise ToolError(f"Chromium failed while photographing {html.name}: {str(exc).splitlines()[0]}") from None
    return shots


def look(root: Path, brief_ids: list[str], out: Path = Path("dist"), notes: list[str] | None = None) -> list[Shot]:
    """Build the briefs (PDF and HTML) into `out`, then picture them into `out`/look/."""
    from ..build.engine import Options, build
    options = Options(formats=("pdf", "html"), out=out)
    result = build(root, brief_ids, options)
    if result.failed:
        raise BriefError("; ".join(f"{f.path.name}: {f.message}" for f in result.failed))
    dist = out if out.is_absolute() else root / out
    pictures = dist / "look"
    pictures.mkdir(parents=True, exist_ok=True)
    built = sorted({p.stem for p in result.written + result.up_to_date})
    shots: list[Shot] = []
    for stem in built:
        shots += pdf_pages(dist / f"{stem}.pdf", pictures)
        shots += html_shots(dist / f"{stem}.html", pictures, notes=notes)
    return shots

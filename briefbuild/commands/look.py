"""Look at a brief as readers will: its PDF pages and its web page, as PNG images in dist/look/.

PDF pages come from poppler's pdftoppm; the web page is photographed by Chromium (through
Playwright) at a phone's and a desktop's width, in light and dark mode.
"""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..errors import BriefError, ToolError

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
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
    run = subprocess.run([tool, "-r", str(dpi), "-png", str(pdf), str(out / f"{pdf.stem}-page")],
                         capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        raise ToolError(f"pdftoppm failed on {pdf.name}: {run.stderr.strip()[:500]}")
    pages = sorted(out.glob(f"{pdf.stem}-page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [Shot(p, f"PDF page {int(p.stem.rsplit('-', 1)[1])}") for p in pages]


def html_shots(html: Path, out: Path, chromium: Path = CHROMIUM, widths=WIDTHS, schemes=SCHEMES) -> list[Shot]:
    """Full-page screenshots of `html` at each width and colour scheme."""
    if not chromium.is_file():
        raise ToolError(f"no Chromium at {chromium}: apt-get install chromium")
    try:
        from playwright.sync_api import Error as PlaywrightError, sync_playwright
    except ImportError:
        raise ToolError("Playwright is not installed: pip install -e '.[test]'") from None
    shots = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS, headless=True)
            for width in widths:
                for scheme in schemes:
                    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
                    page.goto(html.resolve().as_uri())
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


def look(root: Path, brief_ids: list[str], out: Path = Path("dist")) -> list[Shot]:
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
        shots += html_shots(dist / f"{stem}.html", pictures)
    return shots

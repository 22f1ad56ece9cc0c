"""Stage 7, typeset: WeasyPrint turns the print HTML into a PDF, reading nothing it was not allowed.

Imported only when a PDF is wanted: WeasyPrint costs half a second to import.
"""
from __future__ import annotations

import io
import logging
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from ..errors import RenderError, ToolError

try:  # a missing Pango is an OSError from WeasyPrint's dlopen: say what to install, not a traceback
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import FatalURLFetchingError

    from . import pdflang
    from .sandbox import SandboxFetcher
except (ImportError, OSError) as exc:
    raise ToolError(f"WeasyPrint cannot be loaded ({type(exc).__name__}: {str(exc)[:300]}): "
                    "run `python build.py doctor` to see what to install") from None

pdflang.install()  # each element's `lang` into the structure tree

VARIANTS = {"pdf/ua-1": "pdf/ua-1", "pdf/a-3b": "pdf/a-3b", "pdf/a-3u": "pdf/a-3u", "none": None}


@lru_cache(maxsize=1)
def font_config() -> FontConfiguration:
    """One per process: workers keep fontconfig and font caches warm between briefs."""
    return FontConfiguration()


def quiet_weasyprint() -> None:
    logging.getLogger("weasyprint").setLevel(logging.ERROR)


class _DroppedImages(logging.Handler):
    """WeasyPrint draws an image it cannot read (damaged, too large, not well-formed) as its alt text and
    only logs it: a figure would vanish from the PDF with the build reporting success."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("Failed to load image"):
            self.messages.append(message)


def too_wide(document) -> str:
    """Why a table does not fit the page's width, or "": WeasyPrint cuts off what passes the right
    margin, so the last columns of a wide table would silently be missing from the PDF."""
    from weasyprint.formatting_structure.boxes import TableBox
    for number, page in enumerate(document.pages, 1):
        box = page._page_box
        right = box.content_box_x() + box.width
        for table in box.descendants():
            if isinstance(table, TableBox) and table.position_x + table.margin_width() > right + 1:
                over = (table.position_x + table.margin_width() - right) * 25.4 / 96
                caption = table.element.find("caption") if table.element is not None else None
                label = " ".join("".join(caption.itertext()).split()[:2]).rstrip(".") if caption is not None \
                    else "a table"
                return (f"{label} is {over:.0f} mm wider than the page on page {number}, and its last columns would "
                        "be cut off in the PDF: give it fewer or narrower columns (shorter column names, units in "
                        "the caption or a note), or split it in two")
    return ""


def typeset(html: str, brief_id: str, roots: list[Path], base: Path, variant: str,
            attachments: tuple[tuple[str, bytes], ...] = (), created: str | None = None) -> bytes:
    """PDF bytes for one brief. Refused resources and render failures become RenderError."""
    quiet_weasyprint()
    fetcher = SandboxFetcher(roots)
    options: dict[str, object] = {"pdf_variant": VARIANTS[variant]} if VARIANTS.get(variant) else {}
    if variant.startswith("pdf/a-"):  # PDF/UA-1 tags by itself; an archival copy should be as accessible
        options["pdf_tags"] = True
    if attachments:
        # Fixed dates, or the bytes change from run to run; a new Attachment per render (one use each).
        stamp = datetime.fromisoformat(created or "2000-01-01").replace(tzinfo=UTC)
        options["attachments"] = [
            weasyprint.Attachment(file_obj=io.BytesIO(data), name=name, url_fetcher=fetcher,
                                  relationship="Source", created=stamp, modified=stamp,
                                  description=f"Source file {name}")
            for name, data in attachments]
    dropped = _DroppedImages()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(dropped)
    try:
        options = {**weasyprint.DEFAULT_OPTIONS, **options}
        document = weasyprint.HTML(string=html, base_url=base.as_uri() + "/", url_fetcher=fetcher).render(
            font_config=font_config(), **options)
        wide = too_wide(document)
        pdf = document.write_pdf(**options) if not wide else b""
    except FatalURLFetchingError as exc:  # a BaseException, so WeasyPrint lets it through and stops
        fetcher.refused = fetcher.refused or [str(exc)]
    except Exception as exc:  # noqa: BLE001 - WeasyPrint raises many kinds; none should be a traceback
        raise RenderError(f"brief '{brief_id}': PDF rendering failed: {type(exc).__name__}: {exc}") from None
    finally:
        logger.removeHandler(dropped)
    # Checked after the render too: WeasyPrint swallows even BaseException while drawing an SVG.
    if fetcher.refused:
        raise RenderError(f"brief '{brief_id}': refused to read {fetcher.refused[0][:200]} (only data: URLs "
                          "and files in the project's templates and the font packages may be used)")
    if wide:
        raise RenderError(f"brief '{brief_id}': {wide}")
    if dropped.messages:
        # A file is named by the end of its path; a data: URL (a chart, a figure of the web page) by its type.
        what = dropped.messages[0].removeprefix("Failed to load image at ").strip()
        url, _, why = what.partition(": ")
        url = url.strip("'\"")
        shown = url.split(",")[0][:40] if url.startswith("data:") else "…" + url[-80:] if len(url) > 80 else url
        raise RenderError(f"brief '{brief_id}': an image could not be drawn ({shown}{': ' + why[:120] if why else ''}); "
                          "the PDF would show its alt text in its place: check the file with `check`")
    return pdf

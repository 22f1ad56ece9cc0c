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
    try:
        document = weasyprint.HTML(string=html, base_url=base.as_uri() + "/", url_fetcher=fetcher)
        pdf = document.write_pdf(font_config=font_config(), **options)
    except FatalURLFetchingError as exc:  # a BaseException, so WeasyPrint lets it through and stops
        fetcher.refused = fetcher.refused or [str(exc)]
    except Exception as exc:  # noqa: BLE001 - WeasyPrint raises many kinds; none should be a traceback
        raise RenderError(f"brief '{brief_id}': PDF rendering failed: {type(exc).__name__}: {exc}") from None
    # Checked after the render too: WeasyPrint swallows even BaseException while drawing an SVG.
    if fetcher.refused:
        raise RenderError(f"brief '{brief_id}': refused to read {fetcher.refused[0][:200]} (only data: URLs "
                          "and files in the project's templates and the font packages may be used)")
    return pdf

"""Stage 7, typeset: WeasyPrint turns the print HTML into a PDF, reading nothing it was not allowed.

Imported only when a PDF is wanted: WeasyPrint costs half a second to import.
"""
from __future__ import annotations

import io
import logging
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import weasyprint
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError, URLFetcher

from .errors import RenderError

VARIANTS = {"pdf/ua-1": "pdf/ua-1", "pdf/a-3b": "pdf/a-3b", "pdf/a-3u": "pdf/a-3u", "none": None}


class SandboxFetcher(URLFetcher):
    """Allows data: URLs and files whose real path lies under one of `roots`; refuses the rest."""

    def __init__(self, roots: list[Path]):
        super().__init__(allowed_protocols={"data", "file"}, allow_redirects=False, timeout=1)
        self.roots = [r.resolve() for r in roots]
        self.refused: list[str] = []

    def fetch(self, url, headers=None):
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file":
            path = Path(unquote(urlsplit(url).path)).resolve()
            if any(path.is_relative_to(root) for root in self.roots) and path.is_file():
                return super().fetch(path.as_uri(), headers)
        self.refused.append(url)
        raise FatalURLFetchingError(f"refused to fetch {url[:200]}")


@lru_cache(maxsize=1)
def font_config() -> FontConfiguration:
    """One per process: workers keep fontconfig and font caches warm between briefs."""
    return FontConfiguration()


def quiet_weasyprint() -> None:
    logging.getLogger("weasyprint").setLevel(logging.ERROR)


def typeset(html: str, brief_id: str, roots: list[Path], base: Path, variant: str = "pdf/ua-1",
            attachments: list[tuple[str, bytes]] = (), created: str | None = None) -> bytes:
    """PDF bytes for one brief. Refused resources and render failures become RenderError."""
    quiet_weasyprint()
    fetcher = SandboxFetcher(roots)
    options = {"pdf_variant": VARIANTS[variant]} if VARIANTS.get(variant) else {}
    if attachments:
        # Fixed dates, or the bytes change from run to run; a new Attachment per render (one use each).
        stamp = datetime.fromisoformat(created or "2000-01-01").replace(tzinfo=timezone.utc)
        options["attachments"] = [
            weasyprint.Attachment(file_obj=io.BytesIO(data), name=name, url_fetcher=fetcher,
                                  relationship="Source", created=stamp, modified=stamp,
                                  description=f"Source file {name}")
            for name, data in attachments]
    try:
        document = weasyprint.HTML(string=html, base_url=base.as_uri() + "/", url_fetcher=fetcher)
        return document.write_pdf(font_config=font_config(), **options)
    except FatalURLFetchingError:
        raise RenderError(f"brief '{brief_id}': refused to read {fetcher.refused[-1][:200]} "
                          "(only data: URLs and files in the project's templates and fonts may be used)") from None
    except Exception as exc:  # WeasyPrint raises many kinds; none should be a traceback
        raise RenderError(f"brief '{brief_id}': PDF rendering failed: {type(exc).__name__}: {exc}") from None

"""The renderer's sandbox: the only door through which WeasyPrint may read anything.

WeasyPrint's default URL fetcher embeds any file on the disk (an image, a stylesheet,
`<link rel=attachment href=file:///etc/passwd>`) and follows HTTP redirects. A brief
is rendered from templates we ship and text we escaped, but a template edit or an
escaping bug must still not be able to read the machine. So the fetcher allows:

* `data:` URLs (inline images and fonts), and
* `file:` URLs whose real path (every symlink resolved) lies inside one of `roots`:
  the project's templates/ (and assets/, if any) and the installed font packages.

Everything else (other files, `../` escapes, symlinks leading out, http, https, ftp)
is refused with FatalURLFetchingError, which stops the render; `pdf.typeset` turns it
into a RenderError naming the brief. There is no network code path at all: no
redirects to follow, no request ever sent.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

# Explicit, because `mimetypes` reads /etc/mime.types and the sandbox reads nothing it need not.
MEDIA_TYPES = {
    ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp", ".otf": "font/otf",
    ".ttf": "font/ttf", ".woff": "font/woff", ".woff2": "font/woff2",
}


class SandboxFetcher(URLFetcher):
    """Allows data: URLs and files whose real path lies under one of `roots`; refuses the rest.

    Every refused URL is kept in `refused`, in order, for the error message.
    """

    def __init__(self, roots: list[Path]):
        super().__init__(allowed_protocols={"data"}, allow_redirects=False, timeout=1)
        self.roots = [Path(r).resolve() for r in roots]
        self.refused: list[str] = []

    def allowed_path(self, url: str) -> Path | None:
        """The real path a file: URL names, if it is a regular file inside a root."""
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            return None  # file://host/… would be fetched over FTP by urllib
        try:
            path = Path(unquote(parts.path)).resolve()
        except (OSError, RuntimeError, ValueError):  # symlink loops, NUL bytes
            return None
        if any(path.is_relative_to(root) for root in self.roots) and path.is_file():
            return path
        return None

    def fetch(self, url: str, headers=None):
        scheme = urlsplit(url).scheme.lower()
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme == "file" and (path := self.allowed_path(url)):
            try:
                # O_NOFOLLOW: the resolved path must not have become a symlink since.
                fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
                with os.fdopen(fd, "rb") as fh:
                    body = fh.read()
            except OSError:
                pass
            else:
                media = MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")
                return URLFetcherResponse(path.as_uri(), body, {"Content-Type": media})
        self.refused.append(url)
        raise FatalURLFetchingError(f"refused to fetch {url[:200]}")

"""`base-url`: the published address of dist/, printed into every page, the feed and the sitemap
with a page's name after it. So it is a folder's plain address and holds nothing that should not
be published or that would make those addresses wrong."""
from __future__ import annotations

import ipaddress
import re
from urllib.parse import unquote

from ..patterns import lazy

# A host and a path, no ?query or #fragment (https://x.org/?a=1 made https://x.org/?a=1/b1.html).
SHAPE = lazy(r"https?://[^\s<>\"'`/?#\\]+(/[^\s<>\"'`?#\\]*)?", re.I)
EXAMPLE = "write e.g. base-url = \"https://example.org/briefs/\""


def base_url_problem(base: str) -> str | None:
    """Why `base` cannot be the base-url (the message), or None."""
    if not SHAPE.fullmatch(base):
        return f"'{base[:60]}' is not an http(s) address of a folder (a host and a path, no ? or #): {EXAMPLE}"
    scheme, _, rest = base.partition("://")  # not urlsplit: it raises on https://[zz]/
    netloc, slash, path = rest.partition("/")
    userinfo, at, hostport = netloc.rpartition("@")
    if at:  # https://user:password@host/ would be published in every page, the feed and the sitemap
        shown = f"{scheme}://…@{hostport}{slash}{path}"[:60]
        return (f"'{shown}' holds a user name or password (before @), which every page, the feed and the "
                f"sitemap would publish: remove it; {EXAMPLE}")
    host, colon, port = hostport.rpartition(":") if not hostport.endswith("]") else (hostport, "", "")
    host = host if colon else hostport
    if colon and not (port.isdigit() and 0 < int(port) < 65536):
        return f"'{base[:60]}' has no port number after its ':' (a number from 1 to 65535): {EXAMPLE}"
    if not _host(host):
        return f"'{base[:60]}' names no valid host ('{hostport[:40]}'): {EXAMPLE}"
    if any(unquote(segment) in (".", "..") for segment in path.split("/")):
        return (f"'{base[:60]}' has a . or .. in its path, so the pages' addresses would not be their own: "
                f"write the folder's path without them; {EXAMPLE}")
    return None


def _host(host: str) -> bool:
    """A name of labels (any script: 例え.jp), an IPv4 address or a bracketed IPv6 address."""
    if host.startswith("["):
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            return False
        return host.endswith("]")
    labels = host[:-1].split(".") if host.endswith(".") else host.split(".")  # a trailing dot: a full name
    return all(labels) and not any(c in host for c in "[]%:@")

"""Web fonts of a theme whose faces are not the default ones: WOFF2 subsets made at build time.

The default faces ship as subsets in templates/fonts/ (fonts.py). A theme's own faces are
subset the same way (Latin and typographic punctuation) the first time they are needed, and
kept in the project's .cache/ by the digest of the font file; the page names them "Theme
Serif" and "Theme Sans", since under the SIL OFL a subset may not keep a reserved name.
"""
from __future__ import annotations

import base64
from functools import lru_cache
from pathlib import Path

from ..cache import reject
from ..files import MAX_ASSET, Refused, read_regular
from ..hashing import file_hash
from ..seal import seal, unseal
from ..write import write_atomic
from .fonts import WEB_RANGES, unicode_range


def theme_web_font_css(theme, root: Path) -> str:
    rules = []
    for face in theme.faces:
        generic = "Theme Serif" if face.family == theme.spec.fonts.serif.family else "Theme Sans"
        data = _subset(face.path, root / ".cache" / "briefbuild" / "webfonts", file_hash(face.path))
        rules.append(f'@font-face {{ font-family: "{generic}"; font-weight: {face.weight}; font-style: {face.style}; '
                     f'font-display: swap; unicode-range: {unicode_range()}; '
                     f'src: url(data:font/woff2;base64,{base64.b64encode(data).decode("ascii")}) format("woff2"); }}')
    return "\n".join(rules)


@lru_cache(maxsize=32)
def _subset(path: Path, cache: Path, digest: str | None) -> bytes:
    # .cache/ is data anyone with a CI cache can write: a subset is used only under this machine's seal.
    kept = cache / f"{digest}.woff2"
    try:
        data = unseal(read_regular(kept, MAX_ASSET, follow=False), f"webfonts/{digest}")
        if data is not None:
            return data
        reject(kept, "not sealed with this machine's cache key")
    except Refused:
        pass
    import io

    from fontTools import subset
    from fontTools.ttLib import TTFont
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["kern", "liga", "onum", "lnum", "pnum", "tnum", "case"]
    options.name_IDs = [0, 13, 14]  # copyright, licence, licence URL
    options.notdef_outline = True
    font = TTFont(path, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for a, b in WEB_RANGES for c in range(a, b + 1)])
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out)
    data = out.getvalue()
    try:
        write_atomic(kept, seal(data, f"webfonts/{digest}"), durable=False)
    except OSError:
        pass
    return data

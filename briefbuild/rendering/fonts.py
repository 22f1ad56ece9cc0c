"""The fonts the PDF embeds: shipped by pip packages, so every machine renders the same."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from ..chars import escape
from ..errors import RenderError, ToolError
from ..files import MAX_ASSET, Refused, read_inside
from ..tools import pip_install

# (family, package, file stem, weight, style)
FACES = [
    ("Source Serif Pro", "font_source_serif_pro", "SourceSerifPro-Regular", 400, "normal"),
    ("Source Serif Pro", "font_source_serif_pro", "SourceSerifPro-It", 400, "italic"),
    ("Source Serif Pro", "font_source_serif_pro", "SourceSerifPro-Semibold", 600, "normal"),
    ("Source Serif Pro", "font_source_serif_pro", "SourceSerifPro-Bold", 700, "normal"),
    ("Source Sans Pro", "font_source_sans_pro", "SourceSansPro-Regular", 400, "normal"),
    ("Source Sans Pro", "font_source_sans_pro", "SourceSansPro-It", 400, "italic"),
    ("Source Sans Pro", "font_source_sans_pro", "SourceSansPro-Semibold", 600, "normal"),
    ("Source Sans Pro", "font_source_sans_pro", "SourceSansPro-Bold", 700, "normal"),
]


def package_dir(package: str) -> Path:
    import importlib.util
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ToolError(f"font package {package} is missing: {pip_install(package.replace('_', '-'))}")
    return Path(list(spec.submodule_search_locations)[0]) / "files"


def font_dirs() -> list[Path]:
    return sorted({package_dir(pkg).resolve() for _, pkg, *_ in FACES})


@lru_cache(maxsize=1)
def font_files() -> list[Path]:
    files = []
    for family, pkg, stem, weight, style in FACES:
        path = package_dir(pkg) / f"{stem}.otf"
        if not path.is_file():
            raise ToolError(f"font file {path.name} missing from {pkg}: reinstall it")
        files.append(path)
    return files


def font_face_css() -> str:
    rules = []
    for (family, pkg, stem, weight, style), path in zip(FACES, font_files()):
        rules.append(f'@font-face {{ font-family: "{family}"; font-weight: {weight}; font-style: {style}; '
                     f'src: url("{path.resolve().as_uri()}"); }}')
    return "\n".join(rules)


# The web page embeds small subsets of the same faces (WOFF2, Latin and typographic punctuation),
# so it looks the same everywhere and still loads nothing. They are made once by
# `python -m briefbuild.fonts` into templates/fonts/ and committed; under the SIL OFL a subset is
# a modified font, so it drops the family names (the Reserved Font Name 'Source') and the CSS
# calls it "Brief Serif" / "Brief Sans". Copyright and licence names are kept.
WEB_FACES = [
    ("Brief Serif", "font_source_serif_pro", "SourceSerifPro-Regular", 400, "normal"),
    ("Brief Serif", "font_source_serif_pro", "SourceSerifPro-It", 400, "italic"),
    ("Brief Serif", "font_source_serif_pro", "SourceSerifPro-Bold", 700, "normal"),
    ("Brief Sans", "font_source_sans_pro", "SourceSansPro-Regular", 400, "normal"),
    ("Brief Sans", "font_source_sans_pro", "SourceSansPro-Semibold", 600, "normal"),
    ("Brief Sans", "font_source_sans_pro", "SourceSansPro-Bold", 700, "normal"),
]
WEB_RANGES = [(0x20, 0x7E), (0xA0, 0x17F), (0x2010, 0x2027), (0x2030, 0x203A), (0x20AC, 0x20AC),
              (0x2122, 0x2122), (0x2212, 0x2212)]


def unicode_range() -> str:
    return ", ".join(f"U+{a:04X}" if a == b else f"U+{a:04X}-{b:04X}" for a, b in WEB_RANGES)


def web_font_name(stem: str) -> str:
    """The subset's file name: the family renamed as the SIL OFL asks of a modified font."""
    return f"{stem.replace('SourceSerifPro', 'brief-serif').replace('SourceSansPro', 'brief-sans').lower()}.woff2"


def make_web_fonts(dest: Path) -> list[Path]:
    """Subset WEB_FACES into `dest` as WOFF2 (needs fontTools with brotli, which WeasyPrint brings)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    dest.mkdir(parents=True, exist_ok=True)
    codepoints = [c for a, b in WEB_RANGES for c in range(a, b + 1)]
    written = []
    for family, pkg, stem, weight, style in WEB_FACES:
        options = subset.Options()
        options.flavor = "woff2"
        options.layout_features = ["kern", "liga", "onum", "lnum", "pnum", "tnum", "case"]
        options.name_IDs = [0, 13, 14]  # copyright, licence, licence URL
        options.notdef_outline = True
        font = TTFont(package_dir(pkg) / f"{stem}.ttf", recalcTimestamp=False)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=codepoints)
        subsetter.subset(font)
        path = dest / web_font_name(stem)
        font.flavor = "woff2"
        font.save(str(path))
        written.append(path)
    return written


def web_font_css(templates: Path) -> str:
    """@font-face rules with the subsets inline as data: URLs (empty if they were never made)."""
    import base64
    rules = []
    for family, pkg, stem, weight, style in WEB_FACES:
        path = templates / "fonts" / web_font_name(stem)
        if not os.path.lexists(path):
            continue
        try:  # inside templates/, a regular file: never a link's target elsewhere, printed into the page
            data = base64.b64encode(read_inside(templates, path, MAX_ASSET)).decode("ascii")
        except Refused as exc:
            raise RenderError(f"cannot use fonts/{escape(path.name)} from templates/: {escape(str(exc))}") from None
        rules.append(f'@font-face {{ font-family: "{family}"; font-weight: {weight}; font-style: {style}; '
                     f'font-display: swap; unicode-range: {unicode_range()}; '
                     f'src: url(data:font/woff2;base64,{data}) format("woff2"); }}')
    return "\n".join(rules)


if __name__ == "__main__":  # python -m briefbuild.fonts  (regenerates templates/fonts/)
    for written in make_web_fonts(Path(__file__).resolve().parents[2] / "templates" / "fonts"):
        print(f"wrote {written} ({written.stat().st_size} bytes)")

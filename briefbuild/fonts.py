"""The fonts the PDF embeds: shipped by pip packages, so every machine renders the same."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .errors import ToolError

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
        raise ToolError(f"font package {package} is missing: pip install {package.replace('_', '-')}")
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

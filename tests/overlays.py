"""Projects for the tests of tables, figures, people, languages and themes: the sample project
with fixture folders laid over it (tests/fixtures/data, tests/fixtures/languages) and, when
asked, the repository's themes/ and a theme chosen in pyproject.toml."""
from __future__ import annotations

import base64
import re
import shutil
import subprocess
from pathlib import Path

from conftest import REPO, TESTS, copy_project

FIXTURES = TESTS / "fixtures"


def project_with(dest: Path, *overlays: str, theme: str | None = None) -> Path:
    copy_project(dest)
    for name in overlays:
        shutil.copytree(FIXTURES / name, dest, dirs_exist_ok=True)
    if theme:
        shutil.copytree(REPO / "themes", dest / "themes")
        config = (dest / "pyproject.toml").read_text("utf-8")
        themed = config.replace("[tool.briefbuild]\n", f'[tool.briefbuild]\ntheme = "{theme}"\n')
        (dest / "pyproject.toml").write_text(themed, "utf-8")
    return dest


def svgs_of(html: str) -> list[bytes]:
    """The SVG images inlined in a page, in order (charts, and figures from assets/)."""
    return [base64.b64decode(m) for m in re.findall(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', html)]


def pdf_fonts(pdf: Path) -> list[tuple[str, str]]:
    """(name without subset tag, embedded yes/no) of every font, as poppler's pdffonts lists them."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [(line.split()[0].split("+")[-1], line.split()[-5]) for line in out.splitlines()[2:] if line.strip()]


def pdf_text(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def structure(pdf: Path) -> list[tuple[str, dict]]:
    """Every element of the PDF's structure tree in reading order: (type, its attributes)."""
    import pikepdf
    found: list[tuple[str, dict]] = []
    with pikepdf.open(pdf) as doc:
        def walk(node):
            if isinstance(node, pikepdf.Dictionary):
                if "/S" in node:
                    attrs = node.get("/A")
                    found.append((str(node.S), {"alt": str(node.Alt) if "/Alt" in node else None,
                                                "attrs": dict(attrs) if isinstance(attrs, pikepdf.Dictionary) else {}}))
                kids = node.get("/K")
                for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
                    walk(kid)
        walk(doc.Root.StructTreeRoot)
    return found

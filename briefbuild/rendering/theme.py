"""House style: a theme folder (themes/<name>/) that overrides the look without copying templates/.

As mkdocs' `custom_dir` does, a theme holds only what differs:

    themes/<name>/theme.yaml     colours, fonts, page size and margins, cover options, logo
    themes/<name>/logo.svg       the organisation's logo (any name; theme.yaml points at it)
    themes/<name>/templates/     optional: templates that replace those of templates/ by path
    themes/<name>/theme.css      optional: more CSS, after the default stylesheets
    themes/<name>/fonts/         optional: font files (OTF/TTF) the theme names

Templates are looked up in the theme's templates/ first, then in the project's templates/
(a Jinja ChoiceLoader), so a theme that changes one partial carries one file. The project
picks its theme in pyproject.toml (`[tool.briefbuild] theme = "harbour"`); without one, the
`default` theme folder is used if it exists, else the same defaults built in.
"""
from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, ValidationError

from ..errors import Diagnostic, InputError, RenderError


def _colour(value: str) -> str:
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        raise ValueError(f"'{value}' is not a colour: write it as #RRGGBB, e.g. #1f4e79")
    return value


Colour = Annotated[str, AfterValidator(_colour)]


def _family(value: str) -> str:
    # It is written into CSS strings and the page's <style>: nothing that could end either.
    if not re.fullmatch(r"\w[\w .-]{0,79}", value):
        raise ValueError(f"{value[:40]!r} is not a font family name: use letters, digits, spaces, '.' and '-'")
    return value
Length = Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+)?(mm|cm|in|pt)( \d+(\.\d+)?(mm|cm|in|pt)){0,3}$")]
FileName = Annotated[str, StringConstraints(pattern=r"^([A-Za-z0-9_][A-Za-z0-9_.-]*/)*[A-Za-z0-9_][A-Za-z0-9_.-]*$")]
# The faces a brief uses, by the suffix font packages give their files.
FACE_NAMES = {"regular": (400, "normal"), "it": (400, "italic"), "italic": (400, "italic"),
              "semibold": (600, "normal"), "bold": (700, "normal"), "bolditalic": (700, "italic"),
              "boldit": (700, "italic")}
CJK_DIR = Path("/usr/share/fonts/opentype/noto")  # Debian's fonts-noto-cjk (Makefile: APT_RUNTIME)
CJK_FACES = {"serif": "NotoSerifCJK", "sans": "NotoSansCJK"}


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, alias_generator=_kebab, populate_by_name=True)


class Colours(_Model):
    """The five colours of the house style (CSS hex)."""

    ink: Colour = "#1d1f24"
    """Body text."""
    muted: Colour = "#5a5f6b"
    """Secondary text: byline, running header, captions."""
    accent: Colour = "#1f4e79"
    """Headings, rules, the key-findings bar, chart series."""
    rule: Colour = "#c9ced6"
    """Hairlines."""
    tint: Colour = "#eef2f7"
    """Backgrounds of boxes (key findings)."""
    series: list[Colour] = ["#1f4e79", "#8fb3d9", "#c0504d", "#6b8e23", "#7f6084"]
    """Colours of a chart's series, in order."""


class DarkColours(_Model):
    """Colours of the web page in the reader's dark mode."""

    ink: Colour = "#e6e8ec"
    muted: Colour = "#b4bac6"
    accent: Colour = "#9cc2ee"
    rule: Colour = "#434a58"
    tint: Colour = "#1b2330"


class Family(_Model):
    """A font family: from a pip font package (its files/ folder) or from files in the theme."""

    family: Annotated[str, AfterValidator(_family)]
    """The family name the CSS uses (letters, digits, spaces, . and -)."""
    package: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$")] | None = None
    """A pip-installed font package, e.g. font_source_serif_pro (its files/ folder)."""
    files: list[FileName] = []
    """Or font files in the theme folder, named Family-Regular.otf, -Italic, -Semibold, -Bold."""


class Fonts(_Model):
    serif: Family = Family(family="Source Serif Pro", package="font_source_serif_pro")
    """Body text."""
    sans: Family = Family(family="Source Sans Pro", package="font_source_sans_pro")
    """Headings, captions, notes, tables."""


class Page(_Model):
    size: str | None = None
    """Paper: letter, A4, or a CSS size (default: pyproject's paper)."""
    margins: Length = "22mm 21mm 24mm 21mm"
    """Page margins of the PDF, as CSS: top right bottom left."""


class Cover(_Model):
    kind: bool = True
    """Print the kind line ('Policy Brief') above the title."""
    band: bool = False
    """A band in the accent colour across the top of the first page."""
    logo_height: Length = "14mm"
    """Height of the logo on the first page."""


class ThemeFile(_Model):
    """themes/<name>/theme.yaml."""

    name: str
    """What the theme is called (shown by doctor and in the README)."""
    logo: FileName | None = None
    """An SVG file in the theme folder, shown on the first page and the web page's masthead."""
    logo_alt: str | None = None
    """Alt text of the logo (default: the brief's organization)."""
    colours: Colours = Colours()
    dark: DarkColours = DarkColours()
    fonts: Fonts = Fonts()
    page: Page = Page()
    cover: Cover = Cover()


@dataclass(frozen=True)
class Face:
    family: str
    path: Path
    weight: int
    style: str


@dataclass(frozen=True)
class Theme:
    """A loaded theme: its settings, its folder (None for the built-in defaults) and its faces."""

    name: str
    folder: Path | None
    spec: ThemeFile
    faces: tuple[Face, ...]

    @property
    def templates(self) -> Path | None:
        folder = self.folder / "templates" if self.folder else None
        return folder if folder and folder.is_dir() else None

    @property
    def default_fonts(self) -> bool:
        return self.spec.fonts == Fonts()

    def roots(self) -> list[Path]:
        """What the PDF sandbox may read for this theme: its folder and its fonts' folders."""
        return sorted({*(p.path.parent.resolve() for p in self.faces), *([self.folder.resolve()] if self.folder else [])})

    def logo_uri(self) -> str | None:
        """The logo as a data: URL (the web page loads nothing; the PDF reads it like any image)."""
        if not (self.folder and self.spec.logo):
            return None
        data = _read_inside(self.folder, self.spec.logo)
        return "data:image/svg+xml;base64," + base64.b64encode(data).decode("ascii")

    def font_face_css(self) -> str:
        return "\n".join(f'@font-face {{ font-family: "{f.family}"; font-weight: {f.weight}; '
                         f'font-style: {f.style}; src: url("{f.path.resolve().as_uri()}"); }}' for f in self.faces)

    def css(self, medium: str, language: str) -> str:
        """The theme's variables and page set-up, after the default stylesheets."""
        c, d, fonts = self.spec.colours, self.spec.dark, self.spec.fonts
        cjk = language.split("-")[0] == "ja"
        serif = [f'"{fonts.serif.family}"'] + (['"Noto Serif CJK JP"'] if cjk else [])
        sans = [f'"{fonts.sans.family}"'] + (['"Noto Sans CJK JP"'] if cjk else [])
        if medium == "screen" and not self.default_fonts:
            serif.insert(0, '"Theme Serif"')
            sans.insert(0, '"Theme Sans"')
        elif medium == "screen":
            serif = ['"Brief Serif"', *serif, '"Source Serif 4"', "Georgia"]
            sans = ['"Brief Sans"', *sans, '"Source Sans 3"', "system-ui"]
        if cjk and medium == "screen":  # the reader's own Japanese faces when Noto CJK is absent
            serif += ['"Hiragino Mincho ProN"', '"Yu Mincho"']
            sans += ['"Hiragino Sans"', '"Yu Gothic"']
        colours = f"--ink: {c.ink}; --muted: {c.muted}; --accent: {c.accent}; --rule: {c.rule}; --tint: {c.tint};"
        lines = [f":root {{ --serif: {', '.join(serif)}, serif; --sans: {', '.join(sans)}, sans-serif; }}"]
        if medium == "screen":  # on screen only: printing the web page keeps screen.css's black ink
            lines.append(f"@media screen {{ :root {{ {colours} }} }}")
            lines.append(f"@media screen and (prefers-color-scheme: dark) {{ :root {{ --ink: {d.ink}; --muted: {d.muted}; "
                         f"--accent: {d.accent}; --rule: {d.rule}; --tint: {d.tint}; }} }}")
        else:
            lines.append(f":root {{ {colours} }}")
            lines.append(f"@page {{ margin: {self.spec.page.margins}; }}")
            if self.spec.cover.band:
                lines.append(f"@page :first {{ border-top: 6mm solid {c.accent}; }}")
        lines.append(f".logo {{ height: {self.spec.cover.logo_height}; width: auto; }}")
        if self.folder and (self.folder / "theme.css").is_file():
            lines.append(_read_inside(self.folder, "theme.css").decode("utf-8", "replace"))
        return "\n".join(lines)

    def cjk_face_css(self) -> str:
        """Noto CJK from Debian for Japanese briefs (PDF): the theme's faces have no kana or kanji."""
        rules = []
        for family, stem in (("Noto Serif CJK JP", CJK_FACES["serif"]), ("Noto Sans CJK JP", CJK_FACES["sans"])):
            for weight, suffix in ((400, "Regular"), (700, "Bold")):
                path = CJK_DIR / f"{stem}-{suffix}.ttc"
                if not path.is_file():
                    raise RenderError(f"Japanese briefs need the Noto CJK fonts ({path} is missing): "
                                      "apt-get install fonts-noto-cjk")
                rules.append(f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
                             f'src: url("{path.as_uri()}"); }}')
        return "\n".join(rules)


def _read_inside(folder: Path, rel: str) -> bytes:
    """A file of the theme folder, never one a link leads to outside it (checked at load: themefiles.py)."""
    from ..files import MAX_ASSET, Refused
    from .themefiles import read_in_theme
    try:
        return read_in_theme(folder, rel, MAX_ASSET)
    except Refused as exc:
        raise RenderError(f"themes/{folder.name}: {exc}") from None


def faces_of(family: Family, folder: Path | None) -> list[Face]:
    """The regular, italic, semibold and bold files of a family (OTF preferred over TTF)."""
    if family.package:
        from .fonts import package_dir
        candidates = sorted(package_dir(family.package).glob("*.[ot]tf"))
    else:
        candidates = [(folder / f) for f in family.files] if folder else []
    found: dict[tuple[int, str], Path] = {}
    for path in sorted(candidates, key=lambda p: (p.suffix != ".otf", p.name)):
        suffix = re.sub(r"[^a-z]", "", path.stem.rsplit("-", 1)[-1].lower())
        if suffix in FACE_NAMES:
            found.setdefault(FACE_NAMES[suffix], path)
    return [Face(family.family, path, weight, style) for (weight, style), path in sorted(found.items())]


def load_theme(root: Path, name: str | None) -> Theme:
    """The project's theme; InputError with positions for a bad theme.yaml. Read again when
    theme.yaml changes (watch and serve keep one process for many builds)."""
    try:
        st = (root / "themes" / (name or "default") / "theme.yaml").stat()
        stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
    except OSError:
        stamp = None
    return _load_theme(root, name, stamp)


@lru_cache(maxsize=8)
def _load_theme(root: Path, name: str | None, stamp) -> Theme:
    chosen = name or "default"
    folder = root / "themes" / chosen
    if not folder.is_dir():
        if name and name != "default":
            known = sorted(p.name for p in (root / "themes").glob("*") if p.is_dir()) if (root / "themes").is_dir() else []
            raise InputError([Diagnostic("pyproject.toml", _theme_line(root), 1, "tool.briefbuild.theme",
                                         f"no theme folder themes/{name}/ (known: {', '.join(known) or 'none'}): "
                                         f"set theme to a folder of themes/, or make themes/{name}/")])
        return Theme("default", None, ThemeFile(name="default"), _faces(ThemeFile(name="default"), None))
    from ..checking.messages import explain
    from ..inputs.load import load_yaml
    doc, problems = load_yaml(folder / "theme.yaml", f"themes/{chosen}/theme.yaml")
    if doc is None:
        raise InputError(problems)
    try:
        spec = ThemeFile.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError([doc.diag(e["loc"], explain(ThemeFile, e)) for e in exc.errors()]) from None
    if spec.logo and not spec.logo.lower().endswith(".svg"):
        raise InputError([doc.diag(("logo",), "the logo must be an SVG file")])
    from .themefiles import theme_problems
    if problems := theme_problems(doc, spec, folder):
        raise InputError(problems)
    faces = _faces(spec, folder)
    for role in ("serif", "sans"):
        family = getattr(spec.fonts, role)
        if not any(f.family == family.family and (f.weight, f.style) == (400, "normal") for f in faces):
            where = f"package {family.package}" if family.package else "files"
            problems.append(doc.diag(("fonts", role), f"no regular face among the {where} of '{family.family}': "
                                                      "name a file Family-Regular.otf (or .ttf)"))
    if problems:
        raise InputError(problems)
    return Theme(chosen, folder, spec, faces)


def _theme_line(root: Path) -> int:
    from ..files import Refused, read_regular
    try:
        rows = read_regular(root / "pyproject.toml").decode("utf-8", "replace").splitlines()
    except Refused:
        return 1
    return next((i for i, row in enumerate(rows, 1) if re.match(r"\s*theme\b", row)), 1)


def _faces(spec: ThemeFile, folder: Path | None) -> tuple[Face, ...]:
    faces = (*faces_of(spec.fonts.serif, folder), *faces_of(spec.fonts.sans, folder))
    return tuple(faces)

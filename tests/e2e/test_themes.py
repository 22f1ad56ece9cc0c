"""House style: switching the theme in pyproject.toml changes the logo, colours, fonts and page
without touching templates/; a theme's own template replaces the default one by path."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pikepdf
import pytest
from conftest import REPO, cli
from factory import make_project
from overlays import pdf_fonts, project_with, structure, svgs_of

from briefbuild.rendering.theme import Fonts, ThemeFile, load_theme

BRIEF = "data-brief"


def tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, tuple[Path, str, str]]:
    """{theme: (dist, templates/ digest before, after)} for the default and the example theme."""
    out = {}
    for theme in ("default", "harbour"):
        root = project_with(tmp_path_factory.mktemp(theme) / "project", "data", theme=theme)
        before = tree_digest(root / "templates")
        run = cli(root, "build", BRIEF)
        assert run.returncode == 0, run.stderr
        out[theme] = (root / "dist", before, tree_digest(root / "templates"))
    return out


def test_templates_are_untouched_and_the_same(builds):
    digests = {before for _, before, _ in builds.values()} | {after for _, _, after in builds.values()}
    assert digests == {tree_digest(REPO / "templates")}
    assert not (REPO / "themes" / "harbour" / "templates").exists()  # the example copies no template


def test_fonts_follow_the_theme(builds):
    default = {name for name, _ in pdf_fonts(builds["default"][0] / f"{BRIEF}.pdf")}
    harbour = {name for name, _ in pdf_fonts(builds["harbour"][0] / f"{BRIEF}.pdf")}
    assert all(n.startswith(("Source-Serif-Pro", "Source-Sans-Pro")) for n in default), default
    assert all(n.startswith(("Caladea", "Lato")) for n in harbour) and {"Caladea", "Lato"} <= harbour, harbour
    html = (builds["harbour"][0] / f"{BRIEF}.html").read_text("utf-8")
    assert '@font-face { font-family: "Theme Serif"' in html and '--serif: "Theme Serif", "Caladea"' in html


def test_logo_colours_and_page_follow_the_theme(builds):
    default_html = (builds["default"][0] / f"{BRIEF}.html").read_text("utf-8")
    html = (builds["harbour"][0] / f"{BRIEF}.html").read_text("utf-8")
    assert 'class="logo"' not in default_html
    assert '<img class="logo" src="data:image/svg+xml;base64,' in html and 'alt="Harbour Institute"' in html
    assert (REPO / "themes" / "harbour" / "logo.svg").read_bytes() in svgs_of(html)
    assert "--accent: #0b6e6e" in html and "--accent: #1f4e79" in default_html
    assert "Policy Brief" in default_html and '<p class="kind">' not in html  # cover option: no kind line
    # The charts are drawn in the theme's colours (the logo is the page's first SVG).
    assert b"fill: #0b6e6e" in svgs_of(html)[1] and b"fill: #e0a030" in svgs_of(html)[1]
    assert b"fill: #1f4e79" in svgs_of(default_html)[0]
    # The PDF: the logo is a tagged figure with its alt text; A4 paper instead of letter.
    pdf = builds["harbour"][0] / f"{BRIEF}.pdf"
    assert ("/Figure", "Harbour Institute") in [(k, a["alt"]) for k, a in structure(pdf)]
    with pikepdf.open(pdf) as doc:
        assert [round(float(v)) for v in doc.pages[0].MediaBox] == [0, 0, 595, 842]
    with pikepdf.open(builds["default"][0] / f"{BRIEF}.pdf") as doc:
        assert [round(float(v)) for v in doc.pages[0].MediaBox] == [0, 0, 612, 792]


def test_the_default_theme_folder_is_the_built_in_look():
    folder = load_theme(REPO, "default")
    assert folder.folder == REPO / "themes" / "default"
    assert folder.spec.model_copy(update={"name": "x"}) == ThemeFile(name="x")
    assert folder.spec.fonts == Fonts() and folder.default_fonts


def test_a_theme_template_replaces_the_default_by_path(tmp_path):
    root = make_project(tmp_path, {
        "themes/plain/theme.yaml": "name: Plain\ncolours:\n  accent: \"#aa3300\"\n",
        "themes/plain/templates/partials/colophon.html.j2": '<footer class="colophon"><p>Plain house colophon.</p></footer>\n',
        "pyproject.toml": '[tool.briefbuild]\ntheme = "plain"\n'})
    run = cli(root, "build", "--format", "html")
    assert run.returncode == 0, run.stderr
    page = (root / "dist" / "b1.html").read_text("utf-8")
    assert "Plain house colophon." in page and "About this brief" not in page
    assert "--accent: #aa3300" in page and "Key findings" in page  # the rest from templates/


@pytest.mark.parametrize("files,message", [
    ({"pyproject.toml": '[tool.briefbuild]\ntheme = "missing"\n'},
     "pyproject.toml:2:1: tool.briefbuild.theme: no theme folder themes/missing/ (known: none): "
     "set theme to a folder of themes/, or make themes/missing/"),
    ({"pyproject.toml": '[tool.briefbuild]\ntheme = "bad"\n', "themes/bad/theme.yaml": "name: Bad\ncolours:\n  accent: teal\n"},
     "themes/bad/theme.yaml:3:3: colours.accent: 'teal' is not a colour: write it as #RRGGBB, e.g. #1f4e79"),
])
def test_a_bad_theme_is_a_positioned_error(tmp_path, files, message):
    run = cli(make_project(tmp_path, files), "build", "--format", "html")
    assert run.returncode == 1 and message in run.stderr, run.stderr


def test_fonts_can_be_files_in_the_theme_folder(tmp_path):
    import shutil

    from briefbuild.rendering.fonts import package_dir
    root = make_project(tmp_path, {"themes/own/theme.yaml": (
        "name: Own\nfonts:\n  serif: {family: Own Serif, files: [fonts/Caladea-Regular.ttf, fonts/Caladea-Bold.ttf]}\n"
        "  sans: {family: Own Sans, files: [fonts/Lato-Regular.ttf, fonts/Lato-Italic.ttf, fonts/Lato-Light.ttf]}\n")})
    (root / "themes" / "own" / "fonts").mkdir()
    for name in ("Caladea-Regular.ttf", "Caladea-Bold.ttf"):
        shutil.copy(package_dir("font_caladea") / name, root / "themes" / "own" / "fonts" / name)
    for name in ("Lato-Regular.ttf", "Lato-Italic.ttf", "Lato-Light.ttf"):
        shutil.copy(package_dir("font_lato") / name, root / "themes" / "own" / "fonts" / name)
    theme = load_theme(root, "own")
    faces = {(f.family, f.path.name, f.weight, f.style) for f in theme.faces}
    assert faces == {("Own Serif", "Caladea-Regular.ttf", 400, "normal"), ("Own Serif", "Caladea-Bold.ttf", 700, "normal"),
                     ("Own Sans", "Lato-Regular.ttf", 400, "normal"), ("Own Sans", "Lato-Italic.ttf", 400, "italic")}
    assert theme.roots() == [(root / "themes" / "own").resolve(), (root / "themes" / "own" / "fonts").resolve()]


@pytest.mark.browser
def test_a_theme_too_faint_to_read_is_refused_and_its_suggested_shades_pass_axe(tmp_path, browser):
    """check names every colour under 4.5:1 with a shade that passes; with those shades, axe finds no
    contrast violation in light or dark mode (so the pairs checked are those the page sets text on)."""
    import re

    import yaml
    from test_browser import run_axe
    root = project_with(tmp_path / "project", "data", theme="harbour")
    spec_path = root / "themes" / "harbour" / "theme.yaml"
    spec = yaml.safe_load(spec_path.read_text("utf-8"))
    spec["colours"].update(muted="#9a9a9a", accent="#5fb0b0", tint="#e4eeee")
    spec["dark"].update(muted="#5a6470", accent="#2f6f6f")
    spec_path.write_text(yaml.safe_dump(spec), "utf-8")
    run = cli(root, "check")
    assert run.returncode == 1 and "Traceback" not in run.stderr
    found = re.findall(r"(colours|dark)\.(\w+): #\w+ has too little contrast.*use a shade such as (#[0-9a-f]{6})", run.stderr)
    assert sorted((g, k) for g, k, _ in found) == [("colours", "accent"), ("colours", "muted"),
                                                   ("dark", "accent"), ("dark", "muted")], run.stderr
    for group, key, shade in found:
        spec[group][key] = shade
    spec_path.write_text(yaml.safe_dump(spec), "utf-8")
    run = cli(root, "build", BRIEF, "--format", "html")
    assert run.returncode == 0, run.stderr
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        page = context.new_page()
        page.goto((root / "dist" / f"{BRIEF}.html").as_uri())
        result = run_axe(page)
        context.close()
        assert [v["id"] for v in result["violations"]] == [], (scheme, result["violations"])

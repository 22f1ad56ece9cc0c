"""A theme's files are input too: a logo or a font that is a link out of the project, a FIFO, not
a font, or an SVG carrying a script is a positioned error when the theme loads (check and build),
never a traceback half-way through a render and never a read outside the project."""
from __future__ import annotations

import os
import shutil

import pytest
from factory import make_project

from briefbuild.errors import InputError
from briefbuild.rendering.fonts import package_dir
from briefbuild.rendering.theme import load_theme

LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
THEME = "name: Own\nlogo: logo.svg\nfonts:\n  sans: {family: Own Sans, files: [fonts/Own-Regular.ttf]}\n"
Y = "themes/own/theme.yaml"


def theme_errors(root) -> list[str]:
    try:
        load_theme(root, "own")
    except InputError as exc:
        return [str(d).split("\n")[0] for d in exc.diagnostics]
    return []


def own_theme(tmp_path, files=None, setup=None):
    base = {Y: THEME, "themes/own/logo.svg": LOGO}
    root = make_project(tmp_path / "project", {**base, **(files or {})})
    fonts = root / "themes" / "own" / "fonts"
    fonts.mkdir(exist_ok=True)
    if not (fonts / "Own-Regular.ttf").exists() and not (fonts / "Own-Regular.ttf").is_symlink():
        shutil.copy(package_dir("font_lato") / "Lato-Regular.ttf", fonts / "Own-Regular.ttf")
    if setup:
        setup(root, tmp_path)
    return root


def link(rel, target):
    def setup(root, tmp):
        path = root / rel
        path.unlink(missing_ok=True)
        outside = tmp / "outside"
        outside.mkdir(exist_ok=True)
        real = target(outside)
        path.symlink_to(real)
    return setup


def outside_copy(name, data):
    def make(outside):
        (outside / name).write_bytes(data)
        return outside / name
    return make


NOT_IN = "is not a file in the theme folder (missing, or a link leading out of it): put the file itself in the folder"
CASES = [
    ("a logo linked out of the project", None, link("themes/own/logo.svg", outside_copy("logo.svg", LOGO.encode())),
     [f"{Y}:2:1: logo: 'logo.svg' {NOT_IN}"]),
    ("a logo linked to /etc/passwd", None, link("themes/own/logo.svg", lambda o: "/etc/passwd"),
     [f"{Y}:2:1: logo: 'logo.svg' {NOT_IN}"]),
    ("a logo that is a FIFO", None, lambda root, tmp: (os.unlink(root / "themes/own/logo.svg"),
                                                       os.mkfifo(root / "themes/own/logo.svg")),
     [f"{Y}:2:1: logo: 'logo.svg': not a regular file (a FIFO, device or folder): replace it with a plain file"]),
    ("a logo with a script", {"themes/own/logo.svg": LOGO.replace("<rect", "<script>alert(1)</script><rect")}, None,
     [f"{Y}:2:1: logo: 'logo.svg' holds <script: an image must be a drawing only (no scripts, event handlers, "
      "foreign objects, DTDs, entities or imports): save it again as plain SVG"]),
    ("a logo that loads a file", {"themes/own/logo.svg": LOGO.replace("<rect", '<image href="file:///etc/passwd"/><rect')},
     None, [f"{Y}:2:1: logo: 'logo.svg' refers to file:///etc/passwd: an image must be self-contained (embed it or "
            "remove the reference)"]),
    ("a huge logo", {"themes/own/logo.svg": LOGO + " " * 1_000_001}, None,
     [f"{Y}:2:1: logo: 'logo.svg': file is 1,000,100 bytes, over the limit of 1,000,000: split it or store less text"]),
    ("a font that is not one", {"themes/own/fonts/Own-Regular.ttf": "<html>not a font</html>"}, None,
     [f"{Y}:4:36: fonts.sans.files.0: 'fonts/Own-Regular.ttf' is not a font file (TrueType or OpenType, .ttf or .otf)"]),
    ("a damaged font", {"themes/own/fonts/Own-Regular.ttf": b"\x00\x01\x00\x00" + b"\xff" * 64}, None,
     [f"{Y}:4:36: fonts.sans.files.0: 'fonts/Own-Regular.ttf' is a damaged font (TTLibError): use the file as its "
      "foundry ships it"]),
    ("a font linked out of the project", None,
     link("themes/own/fonts/Own-Regular.ttf", lambda o: shutil.copy(package_dir("font_lato") / "Lato-Regular.ttf", o)),
     [f"{Y}:4:36: fonts.sans.files.0: 'fonts/Own-Regular.ttf' {NOT_IN}"]),
    ("a font linked to /dev/zero", None, link("themes/own/fonts/Own-Regular.ttf", lambda o: "/dev/zero"),
     [f"{Y}:4:36: fonts.sans.files.0: 'fonts/Own-Regular.ttf' {NOT_IN}"]),
    ("a family name that ends the CSS string", {Y: THEME.replace("Own Sans", "'x\"; } </style><script>alert(1)</script>'")},
     None, [f"{Y}:4:10: fonts.sans.family: 'x\"; }} </style><script>alert(1)</script>' is not a font family name: use "
            "letters, digits, spaces, '.' and '-'"]),
    ("a family without a regular face",
     {Y: THEME.replace("Own-Regular", "Own-Bold"),
      "themes/own/fonts/Own-Bold.ttf": (package_dir("font_lato") / "Lato-Bold.ttf").read_bytes()},
     None, [f"{Y}:4:3: fonts.sans: no regular face among the files of 'Own Sans': name a file Family-Regular.otf (or .ttf)"]),
    ("a theme.css linked out", None, link("themes/own/theme.css", outside_copy("x.css", b"body{}")),
     [f"{Y}:1:1: themes/own/theme.css leads out of the theme folder (a link?): keep the file itself in the folder"]),
    ("a theme.css that ends its <style>", {"themes/own/theme.css": "p { color: red }</style><script>alert(1)</script>"},
     None, [f"{Y}:1:1: themes/own/theme.css holds '</style': the page loads nothing and the CSS stays inside its "
            "<style>: embed images as data: URLs and give fonts in theme.yaml"]),
    ("a theme.css that loads from the network", {"themes/own/theme.css": "@import 'https://example.org/t.css';"},
     None, [f"{Y}:1:1: themes/own/theme.css holds '@import'"]),
    ("a theme.css with a remote image", {"themes/own/theme.css": "h1 { background: url(https://example.org/x.png) }"},
     None, [f"{Y}:1:1: themes/own/theme.css holds 'url(https://example.org/x.png'"]),
    # CSS escapes hide from a search of the bytes what the CSS parser reads: \75 rl( is url(, @\69mport is @import
    ("a theme.css with an escaped url(", {"themes/own/theme.css": "h1 { background: \\75 rl(https://example.org/x.png) }"},
     None, [f"{Y}:1:1: themes/own/theme.css refers to https://example.org/x.png (once its escapes are read): the page "
            "loads nothing"]),
    ("a theme.css with an escaped @import", {"themes/own/theme.css": "@\\69mport 'https://example.org/t.css';"},
     None, [f"{Y}:1:1: themes/own/theme.css holds @import (once its escapes are read)"]),
    ("a logo animating its link", {"themes/own/logo.svg": LOGO.replace(
        "<rect", '<a><set attributeName="href" to="https://example.org/"/></a><rect')},
     None, [f"{Y}:2:1: logo: 'logo.svg' holds <set attributeName=\"href\">, an animation that changes a link: an image "
            "must be self-contained (remove the animation)"]),
    # Text colours under WCAG AA's 4.5:1 on what they are set on (light: #ffffff and the tint; dark: #12151b,
    # the tint and #1f2633), each with a shade that passes (#aaaaaa on white is 2.32:1, #767676 the lightest grey at 4.5:1).
    ("a light grey byline", {Y: THEME + "colours: {muted: '#aaaaaa'}\n"}, None,
     [f"{Y}:5:11: colours.muted: #aaaaaa has too little contrast: 2.32:1 on #ffffff (bylines, captions and source "
      "lines); text needs 4.5:1 (WCAG AA): use a shade such as #757575"]),
    ("a pale accent on a grey tint", {Y: THEME + "colours: {accent: '#66b2b2', tint: '#eeeeee'}\n"}, None,
     [f"{Y}:5:11: colours.accent: #66b2b2 has too little contrast: 2.45:1 on #ffffff (headings and links), 2.11:1 "
      "on the tint #eeeeee (the key findings' heading); text needs 4.5:1 (WCAG AA): use a shade such as #427474"]),
    ("the light accent kept for dark mode", {Y: THEME + "dark: {accent: '#1f4e79'}\n"}, None,
     [f"{Y}:5:8: dark.accent: #1f4e79 has too little contrast in dark mode: 2.11:1 on #12151b (headings and links), "
      "1.82:1 on the tint #1b2330 (the key findings' heading), 1.75:1 on #1f2633 (a note's pop-up); text needs "
      "4.5:1 (WCAG AA): use a shade such as #728fab"]),
    ("colours that pass", {Y: THEME + "colours: {muted: '#767676', accent: '#427474', tint: '#eeeeee'}\n"}, None, []),
    ("templates linked out", None, lambda root, tmp: (root / "themes/own/templates").symlink_to(root.parent),
     [f"{Y}:1:1: themes/own/templates leads out of the theme folder (a link?): keep the file itself in the folder"]),
]


@pytest.mark.parametrize("name,files,setup,expected", CASES, ids=[c[0] for c in CASES])
def test_a_bad_theme_file_is_a_positioned_error(tmp_path, name, files, setup, expected):
    errors = theme_errors(own_theme(tmp_path, files, setup))
    assert [e[:len(x)] for e, x in zip(errors, expected)] == expected and len(errors) == len(expected), errors


def test_a_good_theme_of_ones_own_loads(tmp_path):
    css = "h1 { letter-spacing: .02em; background: url(data:image/png;base64,AAAA) } .x { fill: url(#g) }"
    theme = load_theme(own_theme(tmp_path, {"themes/own/theme.css": css}), "own")
    assert [(f.family, f.path.name) for f in theme.faces if f.family == "Own Sans"] == [("Own Sans", "Own-Regular.ttf")]
    assert theme.logo_uri().startswith("data:image/svg+xml;base64,")

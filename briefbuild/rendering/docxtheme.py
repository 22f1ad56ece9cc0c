"""The house style in Word: the reference document's colours and typefaces follow the theme.

templates/reference.docx carries the default theme's colours and Source Sans Pro. For another
theme its styles.xml is rewritten (a few hex colours and two font names; nothing else), so the
Word file shows the theme's accent, ink and tints; the typefaces are named by the family name
inside the theme's font files, which is what Word looks for among the installed fonts. The
logo goes above the title (docx.py).
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

# The default theme's colours as reference.docx writes them (uppercase hex, no '#').
DEFAULT_COLOURS = {"ink": "1D1F24", "muted": "5A5F6B", "accent": "1F4E79", "rule": "C9CED6", "tint": "EEF2F7"}
DEFAULT_FAMILIES = {"sans": "Source Sans Pro", "serif": "Source Serif Pro"}


def font_family(path: Path, fallback: str) -> str:
    """The family name inside a font file (what Word matches installed fonts by)."""
    from fontTools.ttLib import TTFont, TTLibError
    try:
        name = TTFont(path, fontNumber=0, lazy=True)["name"].getBestFamilyName()
    except (OSError, TTLibError, KeyError):
        return fallback
    return name if name and re.fullmatch(r"[\w .-]{1,80}", name) else fallback


def themed_reference(reference: bytes, theme) -> bytes:
    """reference.docx with the theme's colours and typefaces (the same bytes for the default look)."""
    if theme is None or theme.folder is None:
        return reference
    colours = theme.spec.colours
    swaps = {old: getattr(colours, role).lstrip("#").upper() for role, old in DEFAULT_COLOURS.items()}
    families = {}
    for role, old in DEFAULT_FAMILIES.items():
        wanted = getattr(theme.spec.fonts, role).family
        regular = next((f.path for f in theme.faces if f.family == wanted and (f.weight, f.style) == (400, "normal")),
                       None)
        families[old] = font_family(regular, wanted) if regular else wanted
    if all(old == new for old, new in swaps.items()) and all(old == new for old, new in families.items()):
        return reference
    source = zipfile.ZipFile(io.BytesIO(reference))
    styles = source.read("word/styles.xml").decode("utf-8")
    styles = re.sub(r'(w:(?:val|color|fill)=")([0-9A-Fa-f]{6})(")',
                    lambda m: f"{m[1]}{swaps.get(str(m[2]).upper(), m[2])}{m[3]}", styles)
    for old, new in families.items():
        styles = styles.replace(f'"{old}"', f'"{new}"')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, styles.encode("utf-8") if info.filename == "word/styles.xml" else source.read(info))
    return out.getvalue()

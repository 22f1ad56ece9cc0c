"""Contrast of a theme's text colours against what they are set on (WCAG 2.2, 1.4.3, AA: 4.5:1).

A theme's colours reach every brief; one unreadable muted grey makes every byline, caption and
source line fail axe's color-contrast rule. So the pairs the stylesheets use are checked when
the theme loads, and the message offers the nearest shade that passes.
"""
from __future__ import annotations

AA = 4.5  # normal text: captions and notes are small, so no pair may use the 3:1 of large text
PAGE, PAPER_DARK, POP_DARK = "#ffffff", "#12151b", "#1f2633"  # templates/css/screen.css --page, --pop

# (text colour, background, where the stylesheets set it); a background is a colour key or a fixed colour.
LIGHT = [("ink", PAGE, "body text"), ("muted", PAGE, "bylines, captions and source lines"),
         ("accent", PAGE, "headings and links"), ("ink", "tint", "the key findings"),
         ("accent", "tint", "the key findings' heading")]
DARK = [("ink", PAPER_DARK, "body text"), ("muted", PAPER_DARK, "bylines, captions and source lines"),
        ("accent", PAPER_DARK, "headings and links"), ("ink", "tint", "the key findings"),
        ("accent", "tint", "the key findings' heading"), ("ink", POP_DARK, "a note's pop-up"),
        ("accent", POP_DARK, "a note's pop-up")]


def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def ratio(fore: str, back: str) -> float:
    a, b = sorted((_luminance(fore), _luminance(back)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def passing_shade(fore: str, backs: list[str]) -> str:
    """The shade of `fore` nearest to it (mixed towards black on light backgrounds, white on dark ones)
    that passes on every one of `backs`."""
    target = 0 if _luminance(backs[0]) > 0.18 else 255
    rgb = [int(fore[i:i + 2], 16) for i in (1, 3, 5)]
    for step in range(1, 101):
        mixed = "#" + "".join(f"{round(c + (target - c) * step / 100):02x}" for c in rgb)
        if all(ratio(mixed, back) >= AA for back in backs):
            return mixed
    return "#000000" if target == 0 else "#ffffff"


def contrast_problems(colours: dict[str, str], dark: bool) -> list[tuple[str, str]]:
    """(colour key, message) for every text colour under 4.5:1 on a background it is set on."""
    failing: dict[str, list[tuple[str, str, float]]] = {}
    for key, back, where in DARK if dark else LIGHT:
        background = colours.get(back, back)
        value = ratio(colours[key], background)
        if value < AA:
            on = f"the tint {background}" if back == "tint" else background
            failing.setdefault(key, []).append((on, where, value))
    found = []
    for key, pairs in failing.items():
        backs = [colours.get(back, back) for k, back, _ in (DARK if dark else LIGHT) if k == key]
        listed = ", ".join(f"{value:.2f}:1 on {on} ({where})" for on, where, value in pairs)
        found.append((key, f"{colours[key]} has too little contrast{' in dark mode' if dark else ''}: {listed}; "
                           f"text needs 4.5:1 (WCAG AA): use a shade such as {passing_shade(colours[key], backs)}"))
    return found

"""Charts from data, drawn to SVG at build time by matplotlib, in the theme's colours and fonts.

Why matplotlib: it is the best-kept plotting library in Python, it draws text as glyph
outlines from the font files we give it (so the chart looks the same in the PDF, in every
browser, and needs no web font), and with a fixed `svg.hashsalt` and no date in the
metadata its SVG bytes are the same on every run (tested). pygal writes a random id into
every chart and links a script from the network by default.

matplotlib is imported only when a brief has a chart (it costs ~0.4 s), and a chart's SVG
is kept per process by the hash of everything that draws it.
"""
from __future__ import annotations

import io
import json
import os
import textwrap
from functools import lru_cache
from pathlib import Path

from ..inputs.data import number

WIDTH_IN, HEIGHT_IN = 6.4, 3.4
# The signs a language groups thousands and marks decimals with (CLDR): 12,500.5 · 12.500,5 · 12 500,5.
SIGNS = {"de": (".", ","), "es": (".", ","), "fr": ("\u202f", ",")}


def written(value: float, language: str, decimals: int | None = None) -> str:
    """An axis value as the language writes it (with `decimals` places, else as many as it needs)."""
    if decimals is None:
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6f}".rstrip("0")
    else:
        text = f"{value:,.{decimals}f}"
    group, decimal = SIGNS.get(language.split("-")[0], (",", "."))
    signs: dict[str, str | int | None] = {",": group, ".": decimal}
    return text.replace("-", "\u2212").translate(str.maketrans(signs))


def places(values: list[float]) -> int:
    """The decimal places an axis's labels share: as many as its finest tick needs (0.0, 0.5, 1.0, not 0, 0.5, 1)."""
    return max((len(f"{v:.6f}".rstrip("0").split(".")[1]) for v in values), default=0)


def tick_labels(values: list[float], language: str) -> list[str]:
    return [written(v, language, places(values)) for v in values]


def _Ticks(language: str):
    """matplotlib's axis gives a formatter all its tick positions (set_locs) before asking for each label."""
    from matplotlib.ticker import Formatter

    class Ticks(Formatter):
        ticks: list[float] = []

        def set_locs(self, locs):
            self.ticks = [float(v) for v in locs]

        def __call__(self, value, pos=None):
            return written(value, language, places(self.ticks))
    return Ticks()


def chart_svg(kind: str, columns: list[str], rows: list[list[str]], x: str | None, series: list[str] | None,
              y_label: str | None, colours: tuple[str, ...], ink: str, muted: str, rule: str,
              fonts: tuple[str, ...], cache_dir: Path | None = None, language: str = "en") -> str:
    """The SVG text of one chart. `fonts`: font files, the theme's sans first, then fallbacks (CJK).
    Cells are read, and the value axis is labelled, as the brief's `language` writes numbers."""
    spec = json.dumps([kind, columns, rows, x, series, y_label, colours, ink, muted, rule,
                       [str(f) for f in fonts], language], ensure_ascii=False)
    return _draw(spec, str(cache_dir) if cache_dir else "")


@lru_cache(maxsize=64)
def _draw(spec: str, cache_dir: str) -> str:
    kind, columns, rows, x, series, y_label, colours, ink, muted, rule, fonts, language = json.loads(spec)
    # matplotlib reads its settings (matplotlibrc) and font list from this folder: never the project's
    # .cache/, which a restored CI cache can fill (a poisoned matplotlibrc restyles every chart, a font
    # list names files to read), but beside the cache key, in the user's own state folder (seal.py).
    if cache_dir:
        os.environ.setdefault("MPLCONFIGDIR", cache_dir)
    import matplotlib
    matplotlib.use("svg")
    from matplotlib import font_manager
    from matplotlib.figure import Figure

    families = []
    for path in fonts:
        font_manager.fontManager.addfont(path)
        name = font_manager.FontProperties(fname=path).get_name()
        if name not in families:
            families.append(name)
    rc: dict = {"svg.hashsalt": "briefbuild", "svg.fonttype": "path", "font.family": families or ["sans-serif"],
          "font.size": 9, "axes.edgecolor": rule, "axes.labelcolor": muted, "xtick.color": muted,
          "ytick.color": muted, "text.color": ink, "axes.spines.top": False, "axes.spines.right": False,
          "path.simplify": False}
    x = x or columns[0]
    names = series or [c for c in columns if c != x]
    labels = [row[columns.index(x)] for row in rows]
    values = {name: [number(row[columns.index(name)], language) or 0.0 for row in rows] for name in names}
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN))
        ax = fig.add_subplot()
        ax.grid(axis="y", color=rule, linewidth=0.5)
        ax.set_axisbelow(True)
        positions = list(range(len(labels)))
        if kind == "line":
            for k, name in enumerate(names):
                ax.plot(positions, values[name], color=colours[k % len(colours)], linewidth=2,
                        marker="o", markersize=3.5, label=name)
        elif kind == "stacked-bar":
            base = [0.0] * len(labels)
            for k, name in enumerate(names):
                ax.bar(positions, values[name], bottom=base, color=colours[k % len(colours)], width=0.6, label=name)
                base = [b + v for b, v in zip(base, values[name])]
        else:  # bar: side by side when there are several series
            width = 0.8 / len(names)
            for k, name in enumerate(names):
                shift = (k - (len(names) - 1) / 2) * width
                ax.bar([p + shift for p in positions], values[name], width=width * 0.95,
                       color=colours[k % len(colours)], label=name)
        # Long category names wrap (CJK has no spaces to wrap at: it is cut by characters).
        width = max(8, int(80 / max(1, len(labels))))
        ax.set_xticks(positions, [textwrap.fill(label, width, break_long_words=False) if " " in label else
                                  "\n".join(label[i:i + width] for i in range(0, len(label), width))
                                  for label in labels])
        ax.yaxis.set_major_formatter(_Ticks(language))
        if y_label:
            ax.set_ylabel(y_label)
        if len(names) > 1:
            ax.legend(frameon=False, ncols=min(len(names), 4), loc="upper left", bbox_to_anchor=(0, 1.12))
        fig.tight_layout()
        out = io.StringIO()
        fig.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    return out.getvalue()

"""Paragraphs of the article that the extractor skipped, put back where the page shows them.

trafilatura picks one element as the article's body: on a page whose lead or standfirst
stands above that element (`<article><h1/><p>Lead</p><div class="post">…</div></article>`,
WordPress's dek above `entry-content`, a lede in the article's `<header>`), the lead was
lost without a word. The extracted paragraphs are mapped back to the page's `<p>`s; the
article container is the <article> (or <main>) that holds most of them, and any `<p>` of it
that the extracted text does not hold is restored in page order, unless it is furniture:
inside navigation, a sidebar, a figure, a form, a comment thread, related links, a share bar
or a byline (by tag, class or id), hidden, mostly links, a bare date, or a line furniture.py
leaves out. A paragraph sharing a run of words with the extracted text is held already: it
is never restored twice.
"""
from __future__ import annotations

import re
from typing import Any

from . import clean_line, furniture

# Elements whose paragraphs are not the article's running text (or not paragraphs of it).
SKIP_TAGS = frozenset("nav aside footer form figure figcaption button noscript template address li td th table dl "
                      "select label menu dialog".split())
# A class or id token of an element that holds no running text: comments, related links,
# share and sign-up boxes, bylines and stamps, captions, screen-reader-only text, embeds.
SKIP_TOKEN = re.compile(r"(?i)comment|related|shar(?:e|ing)|social|newsletter|subscri|signup|promo|teaser|recommend|"
                        r"(?:^|[-_])ads?(?:$|[-_])|advert|sponsor|caption|credit|byline|author|(?:^|[-_])bio(?:$|[-_])|"
                        r"(?:^|[-_])meta(?:data)?(?:$|[-_])|(?:^|[-_])tags?(?:$|[-_])|breadcrumb|(?:^|[-_])nav|menu|footer|"
                        r"sidebar|widget|cookie|consent|paywall|hidden|sr-only|screen-reader|print-only|"
                        r"(?:^|[-_])(?:date|time|timestamp|dateline|published|updated|posted-on)(?:$|[-_])|"
                        r"tweet|twitter|instagram|tiktok|embed|pull-?quote|most-?read|popular|trending|more-?(?:stories|news|from)|"
                        r"read-?more|latest|recirc|outbrain|taboola")
_HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_BARE_DATE = re.compile(rf"(?:{furniture._STAMP_WORD}\s*)+")
RUN = 5  # words: a paragraph sharing a run this long with the extracted text is held already


def _fold(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _runs(words: list[str], n: int = RUN) -> list[tuple[str, ...]]:
    return [tuple(words[i:i + n]) for i in range(len(words) - n + 1)]


def restore(tree, paras: list[str], lines_of, names: set[str]) -> tuple[list[str], list[str]]:
    """`paras` with the article's skipped paragraphs back in page order, and those restored.
    `lines_of` turns a paragraph's text as the page holds it into its stored form (its line
    breaks); `names` are the bylines the page marks (never a paragraph)."""
    # An index, so a page of many paragraphs is read once: each run of up to RUN words, and where it first stands.
    first_of: dict[tuple[str, ...], int] = {}
    for i, para in enumerate(paras):
        words = _fold(para)
        for n in range(1, RUN + 1):
            for run in _runs(words, n):
                first_of.setdefault(run, i)

    def held(words: list[str]) -> int | None:
        """The index of the extracted paragraph that holds these words, if one does."""
        at = first_of.get(tuple(words[:RUN]))
        if at is not None or len(words) <= RUN:
            return at
        return next((first_of[r] for r in _runs(words) if r in first_of), None)

    page = [(p, _fold(p.text_content())) for p in tree.xpath("//body//p")]
    page = [(p, w) for p, w in page if w]
    found = {p: held(w) for p, w in page}
    container = _container([(p, len(w)) for p, w in page if found[p] is not None])
    if container is None:
        return paras, []
    inside = set(container.iter())
    holding = {a for p, w in page if found[p] is not None for a in p.iterancestors("article")}
    out: list[list[str]] = [[] for _ in range(len(paras) + 1)]  # restored before paragraph i (the last: after all)
    pending: list[str] = []
    last = -1
    restored: list[str] = []
    for p, _words in page:
        if p not in inside:
            continue
        at = found[p]
        if at is not None:
            out[at] += pending
            pending = []
            last = max(last, at)
            continue
        text = lines_of(p.text_content())
        if _furniture(p, container, holding, text, names):
            continue
        pending.append(text)
        restored.append(text)
    if not restored:
        return paras, []
    out[last + 1 if last >= 0 else len(paras)] += pending
    merged: list[str] = []
    for i, para in enumerate(paras):
        merged += out[i]
        merged.append(para)
    merged += out[len(paras)]
    return merged, restored


def _container(held: list[tuple[Any, int]]):
    """The <article> (else <main>) holding most of the extracted words, or None."""
    weight: dict[Any, int] = {}
    for p, n in held:
        box = next(iter(p.xpath("ancestor::article[1]")), None)
        if box is None:
            box = next(iter(p.xpath("ancestor::main[1] | ancestor::*[@role='main'][1]")), None)
        if box is not None:
            weight[box] = weight.get(box, 0) + n
    return max(weight, key=lambda b: weight[b]) if weight else None


def _furniture(p, container, holding: set, text: str, names: set[str]) -> bool:
    """Whether a paragraph the extractor skipped is no running text of the article."""
    for el in [p, *p.iterancestors()]:
        if el is container:
            break
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in SKIP_TAGS or (tag == "article" and el not in holding):  # another story's teaser
            return True
        tokens = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}".split()
        if any(SKIP_TOKEN.search(t) for t in tokens) or el.get("hidden") is not None \
                or el.get("aria-hidden") == "true" or _HIDDEN_STYLE.search(el.get("style") or ""):
            return True
    words = clean_line(p.text_content())
    linked = sum(len(clean_line(a.text_content())) for a in p.xpath(".//a"))
    stamp = _BARE_DATE.fullmatch(words) is not None and re.search(r"\d", words) is not None  # '5 June 2024'
    return (not words or linked * 2 > len(words) or text in names or stamp
            or any(furniture.kind(line) for line in text.split("\n")))

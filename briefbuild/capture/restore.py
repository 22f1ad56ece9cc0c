"""Paragraphs of the article that the extractor skipped, put back where the page shows them.

trafilatura picks one element as the article's body: on a page whose lead or standfirst
stands above that element (`<article><h1/><p>Lead</p><div class="post">…</div></article>`,
WordPress's dek above `entry-content`, a lede in the article's `<header>`), the lead was
lost without a word, and so were a summary's bullet points, a subheading or a block
quotation set there. The extracted paragraphs are mapped back to the page's blocks (`<p>`,
`<h2>`-`<h6>`, `<li>`, `<blockquote>`; the headline `<h1>` is the title field); the article
container is the <article> (or <main>) that holds most of them, and any block of it that the
extracted text does not hold is restored in page order, in the form the extractor writes
(`- item`, `1. item`), unless it is furniture:
inside navigation, a sidebar, a figure, a form, a comment thread, related links, a share bar
or a byline (by tag, class or id), hidden, mostly links, a bare date, or a line furniture.py
leaves out. A heading heads text: one with no running text after it before the next heading
of its rank is furniture (over a list of links), and what stands under a heading furniture.py
knows (`Most read`, `Related stories`) is its furniture. A paragraph sharing a run of words
with the extracted text (a short one: all its words, as one paragraph) is held already: it is
never restored twice.
"""
from __future__ import annotations

import re
from typing import Any

from ..patterns import lazy
from . import clean_line, furniture

# Elements whose paragraphs are not the article's running text (or not paragraphs of it).
SKIP_TAGS = frozenset("nav aside footer form figure figcaption button noscript template address td th table dl "
                      "select label menu dialog".split())
# A class or id token of an element that holds no running text: comments, related links,
# share and sign-up boxes, bylines and stamps, captions, screen-reader-only text, embeds.
SKIP_TOKEN = lazy(r"(?i)comment|related|shar(?:e|ing)|social|newsletter|subscri|signup|promo|teaser|recommend|"
                  r"(?:^|[-_])ads?(?:$|[-_])|advert|sponsor|caption|credit|byline|author|(?:^|[-_])bio(?:$|[-_])|"
                  r"(?:^|[-_])meta(?:data)?(?:$|[-_])|(?:^|[-_])tags?(?:$|[-_])|breadcrumb|(?:^|[-_])nav|menu|footer|"
                  r"sidebar|widget|cookie|consent|paywall|hidden|sr-only|screen-reader|print-only|"
                  r"(?:^|[-_])(?:date|time|timestamp|dateline|published|updated|posted-on)(?:$|[-_])|"
                  r"tweet|twitter|instagram|tiktok|embed|pull-?quote|most-?read|popular|trending|more-?(?:stories|news|from)|"
                  r"read-?more|latest|recirc|outbrain|taboola")
_HIDDEN_STYLE = lazy(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_BARE_DATE = lazy(rf"(?:{furniture._STAMP_WORD}\s*)+")
RUN = 5  # words: a paragraph sharing a run this long with the extracted text is held already
# The blocks of running text, read innermost (an <li> or <blockquote> holding <p>s is read by them).
BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")
_BLOCKS_XPATH = "//body//" + " | //body//".join(BLOCKS)
_INNER_XPATH = ".//" + " | .//".join(BLOCKS)


def _fold(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _runs(words: list[str], n: int = RUN) -> list[tuple[str, ...]]:
    return [tuple(words[i:i + n]) for i in range(len(words) - n + 1)]


def restore(tree, paras: list[str], lines_of, names: set[str]) -> tuple[list[str], list[str]]:
    """`paras` with the article's skipped blocks back in page order, and those restored.
    `lines_of` turns a block's text as the page holds it into its stored form (its line
    breaks); `names` are the bylines the page marks (never a paragraph)."""
    # An index, so a page of many paragraphs is read once: each run of up to RUN words, and where it first stands.
    first_of: dict[tuple[str, ...], int] = {}
    whole: dict[tuple[str, ...], int] = {}
    for i, para in enumerate(paras):
        words = _fold(para)
        whole.setdefault(tuple(words), i)
        for n in range(1, RUN + 1):
            for run in _runs(words, n):
                first_of.setdefault(run, i)

    def held(words: list[str]) -> int | None:
        """The index of the extracted paragraph that holds these words, if one does."""
        if len(words) < RUN:  # 'Background': held only as a paragraph of its own, not as words of any
            return whole.get(tuple(words))
        at = first_of.get(tuple(words[:RUN]))
        if at is not None or len(words) == RUN:
            return at
        return next((first_of[r] for r in _runs(words) if r in first_of), None)

    page = [(b, _fold(b.text_content())) for b in tree.xpath(_BLOCKS_XPATH) if not b.xpath(_INNER_XPATH)]
    page = [(b, w) for b, w in page if w]
    found = {b: held(w) for b, w in page}
    container = _container([(b, len(w)) for b, w in page if found[b] is not None])
    if container is None:
        return paras, []
    inside = set(container.iter())
    holding = {a for b, w in page if found[b] is not None for a in b.iterancestors("article")}
    out: list[list[str]] = [[] for _ in range(len(paras) + 1)]  # restored before paragraph i (the last: after all)
    pending: list[str] = []
    heads: list[tuple[int, int]] = []  # restored headings no text has followed yet: (rank, place in pending)
    last = -1

    def drop_heads(rank: int) -> None:
        """Headings of this rank or lower ranks with no text after them: furniture's (`Most read`)."""
        for _, k in sorted((h for h in heads if h[0] >= rank), key=lambda h: -h[1]):
            del pending[k]
        heads[:] = [h for h in heads if h[0] < rank]

    muted = 0  # the rank of a furniture heading ('Most read'): what stands under it is its furniture
    for b, _words in page:
        if b not in inside:
            continue
        rank = int(b.tag[1]) if b.tag[0] == "h" else 7  # running text: below every heading
        if rank < 7:
            drop_heads(rank)
            muted = 0 if rank <= muted else muted
        at = found[b]
        if at is not None:
            heads.clear()  # text (or a heading the extractor kept) follows them
            out[at] += pending
            pending = []
            last = max(last, at)
            continue
        text = lines_of(b.text_content())
        if muted or _furniture(b, container, holding, text, names):
            muted = rank if rank < 7 and any(furniture.kind(line) for line in text.split("\n")) else muted
            continue
        if rank < 7:
            heads.append((rank, len(pending)))
        else:
            heads.clear()
        pending.append(f"- {text}" if b.tag == "li" and b.getparent().tag != "ol" else text)  # as the extractor writes it
    drop_heads(1)
    out[last + 1 if last >= 0 else len(paras)] += pending
    restored = [t for bucket in out for t in bucket]
    if not restored:
        return paras, []
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
    """Whether a block the extractor skipped is no running text of the article."""
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

"""A saved web page ("Save page as") as a stored text, with trafilatura.

trafilatura keeps the article's main text, paragraph by paragraph, and drops navigation,
ads, related links, comments and cookie notices. The bibliographic fields come from the
page's own metadata, in order of trust: JSON-LD (schema.org), Google Scholar's citation_*
tags, Open Graph, then plain <meta> tags and <title>. Nothing is guessed from the text.
The page is data only: lxml parses it without fetching anything (no DTD, no entities, no
network), no script runs, and no link, frame or image is followed.
"""
from __future__ import annotations

import json
import re

from ..patterns import lazy
from . import MAX_TEXT_BYTES, Captured, CaptureError, byline, clean_line, furniture, live, name_of, quotation, restore

MAX_ELEMENTS = 100_000  # a news page has a few thousand; a bigger tree is a page of pages, or an attack
MAX_JSON_LD = 1_000_000  # one JSON-LD block; a page's metadata is a few kilobytes

ARTICLE_TYPES = {
    "NewsArticle": "article-newspaper", "ReportageNewsArticle": "article-newspaper",
    "AnalysisNewsArticle": "article-newspaper", "OpinionNewsArticle": "article-newspaper",
    "BackgroundNewsArticle": "article-newspaper", "LiveBlogPosting": "article-newspaper",
    "Article": "article", "BlogPosting": "post-weblog", "SocialMediaPosting": "post",
    "ScholarlyArticle": "article-journal", "Report": "report", "WebPage": "webpage",
}

# What an article's isPartOf may name as its container: a site or a periodical, not a web page.
CONTAINERS = {"WebSite", "Periodical", "Newspaper", "CreativeWorkSeries", "PublicationIssue", "PublicationVolume",
              "Blog", "", "NewsMediaOrganization"}


def capture_html(name: str, raw: bytes) -> Captured:
    """The page's main text and fields; `raw` is the file as read (capture.read bounds it)."""
    if b"\x00" in raw[:65536]:
        raise CaptureError(f"{name}: binary data, not a saved web page: nothing written")
    try:
        from lxml import html as lxml_html
        tree = lxml_html.document_fromstring(raw, parser=lxml_html.HTMLParser(
            encoding=encoding(raw), no_network=True, remove_comments=True, huge_tree=False))
    except Exception as exc:  # noqa: BLE001 (lxml raises many kinds on a broken page)
        detail = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise CaptureError(f"{name}: cannot read this page ({detail}): nothing written") from None
    # Bounded before the extractor walks it: an article page has a few thousand elements.
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_ELEMENTS:
        raise CaptureError(f"{name}: {elements:,} HTML elements, over the limit of {MAX_ELEMENTS:,}: "
                           "save the article alone (a reader view, or Print to PDF) and capture that")
    shown = sum(len(t) for t in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))
    if shown > 2 * MAX_TEXT_BYTES:  # the article alone could not be stored either: say so before the long walk
        raise CaptureError(f"{name}: {shown:,} characters of text, more than a stored text may hold "
                           f"({MAX_TEXT_BYTES:,} bytes): save the article alone and capture that")
    fields, kind, origins = metadata(tree)
    ld_body = _json_ld(tree).get("@articleBody")  # read now: the extractor drops the page's scripts
    locked = _locked(tree)  # and whether the page marks its article as for subscribers
    bylines = byline.shown(tree)  # and bylines
    entries = live.stamps(tree)
    _inline_words(tree)
    _drop_note_marks(tree)
    _notes_kept(tree)
    _paragraph_divs(tree)
    mark = _line_breaks(tree)
    posts = _embedded_posts(tree, mark)
    _number_lists(tree)
    pulled = _drop_pull_quotes(tree)
    printed = _drop_print_furniture(tree)
    _mark_block_quotes(tree)
    narrow = quotation.keep_narrow_spaces(tree)
    try:
        import logging
        logging.getLogger("trafilatura").setLevel(logging.CRITICAL + 1)  # our error says it once, plainly
        logging.getLogger("htmldate").setLevel(logging.CRITICAL + 1)
        import trafilatura
        doc = trafilatura.bare_extraction(tree, with_metadata=False, include_comments=False, include_tables=True,
                                          include_images=False, include_links=False, favor_precision=True,
                                          deduplicate=False)
    except Exception as exc:  # noqa: BLE001 (trafilatura raises many kinds on a broken page)
        detail = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise CaptureError(f"{name}: cannot read this page ({detail}): nothing written") from None
    body = getattr(doc, "text", None) or ""
    paras = [_lines_of(line, mark, narrow) for line in body.split("\n")]
    paras = [re.sub(r"^- (?=\d+\. )", "", p) for p in paras if p]  # '1. A note', not '- 1. A note'
    names = {b for b in bylines if byline.people(b, marked=True)}  # a name the page marks as its author's
    paras, restored = restore.restore(tree, paras, lambda text: _lines_of(text, mark, narrow), names) if paras else (paras, [])
    paras, dropped = furniture.split(paras)
    dropped = printed + dropped
    dropped += [p for p in paras if p in names]
    paras = [p for p in paras if p not in names]
    title = fields.get("title")
    if paras and title and _same(paras[0], str(title)):
        paras = paras[1:]  # the headline is the title field, not a paragraph of the text
    notes: list[str] = []
    if not paras and isinstance(ld_body, str):
        paras, dropped = _article_body(ld_body, title, notes)
    if kind:
        fields["type"] = kind
    if not fields.get("author"):
        _byline_author(fields, origins, notes, bylines, dropped)
    notes += furniture.note(dropped)
    prompt = next((p for p in dropped if furniture.kind(p) == "paywall"), None)
    truncated = (f"the page stops at a paywall ('{furniture._short(prompt)}')" if prompt else
                 f"the page marks its article as for subscribers ({locked}) and does not hold the part it locks"
                 if locked else None)
    if truncated:
        notes.append(f"{truncated}: the stored text may stop where the paywall does; capture the whole article "
                     "(saved while signed in, or the publisher's PDF) before quoting past it")
    if restored:
        notes.append(f"restored {len(restored)} paragraph{'s' if len(restored) > 1 else ''} of the article that the "
                     "extractor had left out (a lead, standfirst, heading, list or quotation outside the body it "
                     "picked), where the page shows them: " + ", ".join(f"'{furniture._short(p)}'" for p in restored))
    if entries:
        notes.append(f"a live blog: each of its {len(entries)} entries opens with the time the page gives it "
                     f"('{entries[0]} …')")
    if posts:
        notes.append(f"{posts} embedded post{'s' if posts > 1 else ''} set as a quotation with the source line "
                     "its embed shows ('“…” — Name (@handle) date'): the post's words are its author's")
    if pulled:
        notes.append(f"left out {len(pulled)} pull quote{'s' if len(pulled) > 1 else ''} repeating the article's "
                     "own words (kept where they stand in the text): " + ", ".join(f"'{furniture._short(q)}'" for q in pulled))
    return Captured(text="\n\n".join(paras) + "\n" if paras else "", kind="html", fields=fields, notes=notes,
                    origins=origins, truncated=truncated)


PAYWALLED = lazy(r"(?i)paywall|regwall|subscriber-?only|subscribers-only|premium-gate")


def _locked(tree) -> str | None:
    """What says the page's article is locked and the page lacks it: schema.org's
    isAccessibleForFree: false (Google's markup for paywalled content) when the part it locks
    (hasPart's cssSelector, '.paywall') holds no text here, or an element marked as the paywall
    (class, id or data-paywall) that holds none. A subscriber's save holds the locked part, and
    says nothing."""
    found = None
    for item in _ld_items(tree):
        if str(item.get("isAccessibleForFree", "")).lower() not in ("false", "no"):
            continue
        has = item.get("hasPart")
        parts = has if isinstance(has, list) else [has]
        selectors = [str(p.get("cssSelector")) for p in parts if isinstance(p, dict) and p.get("cssSelector")]
        classes = [c.strip()[1:] for sel in selectors for c in sel.split(",") if re.fullmatch(r"\.[\w-]+", c.strip())]
        held = any(_text_of(el) for c in classes for el in tree.xpath(
            "//body//*[contains(concat(' ', normalize-space(@class), ' '), $c)]", c=f" {c} "))
        if not held:
            found = "JSON-LD isAccessibleForFree: false"
    for el in tree.xpath("//body//*[@data-paywall or @class or @id]"):
        marks = f"{el.get('class') or ''} {el.get('id') or ''}".split()
        if (el.get("data-paywall") is not None or any(PAYWALLED.search(t) for t in marks)) and not _text_of(el):
            return found or "an element marked as its paywall, holding no article text"
    return found


def _text_of(el) -> bool:
    """Whether an element holds words other than a paywall's prompts."""
    lines = [clean_line(t) for t in el.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")]
    return any(line and furniture.kind(line) is None for line in lines)


def _byline_author(fields: dict, origins: dict[str, str], notes: list[str], bylines: list[str],
                   dropped: list[str]) -> None:
    """The author the page's byline shows, when its metadata names none (byline.py)."""
    people, line = byline.author(bylines, dropped)
    if people:
        fields["author"] = people
        origins["author"] = "the page's byline"
    elif line:
        notes.append(f"the page's byline '{furniture._short(line)}' names no person: no author taken from it")


def _article_body(body: str, title, notes: list[str]) -> tuple[list[str], list[str]]:
    """The article as the page's JSON-LD gives it (articleBody: the publisher's own text of it),
    for a page that shows none (its text drawn by a script). Read only then: a page that shows
    its text is captured as it shows it. Paragraphs end only where the text has line breaks
    (nothing is guessed), and a note says where the text came from."""
    if re.search(r"(?i)<(?:p|br|div)\b[^>]*>", body):  # some publishers put the article's HTML there
        from lxml import html as lxml_html
        body = re.sub(r"(?i)<br\s*/?>|</(?:p|div|h[1-6]|li|blockquote)>", "\n", body)
        body = lxml_html.fragment_fromstring(body, create_parent="div").text_content()
    paras = [p for p in (clean_line(line) for line in re.split(r"[\r\n\u2028\u2029]+", body)) if p]
    paras, dropped = furniture.split(paras)
    if paras and title and _same(paras[0], str(title)):
        paras = paras[1:]
    if paras:
        split = (f"{len(paras)} paragraphs, split where it has line breaks" if len(paras) > 1 else
                 "one paragraph: it has no line breaks, so no paragraph is guessed")
        notes.append(f"the page itself shows no article text: the text is its JSON-LD articleBody, the publisher's "
                     f"own text of the article ({split}): check it against the page in a browser")
    return paras, dropped


NOTE_CALL = lazy(r"^\[?(\d{1,3}|[*†‡§])\]?$")
NOTE_CLASS = lazy(r"(?i)footnote|endnote|noteref|fnref|^fn(?:[-_]|$)")  # one class or role token
BACKLINKS = {"↩", "↩\ufe0e", "↩\ufe0f", "↑", "^", "⤴", "back"}


def page_of_mhtml(name: str, raw: bytes) -> bytes:
    """The web page inside a single-file save (.mhtml: Chrome's and Edge's "Webpage, Single
    File", MIME multipart/related): its root HTML part, as UTF-8 when the part names its
    charset. The other parts (images, style sheets, frames) are never read."""
    from email import message_from_bytes, policy
    message = message_from_bytes(raw, policy=policy.compat32)
    parts = [p for p in message.walk() if p.get_content_type() in ("text/html", "application/xhtml+xml")]
    start = message.get_param("start") if message.is_multipart() else None
    root = next((p for p in parts if start and p.get("Content-ID", "").strip() == str(start).strip()), None)
    root = root or (parts[0] if parts else None)
    page = root.get_payload(decode=True) if root is not None else None
    if not isinstance(page, bytes) or not page.strip():
        raise CaptureError(f"{name}: no web page inside this single-file save (MHTML): save the page again "
                           "(Save as: Webpage, HTML only) and capture that: nothing written")
    charset = root.get_content_charset() if root is not None else None
    if charset:
        try:
            return b"\xef\xbb\xbf" + page.decode(charset).encode("utf-8")  # the BOM: encoding() reads it so
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong label: the page is read as a browser reads one without it
    return page


DECLARED = lazy(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]*encoding""", re.I)
# Labels a browser reads as windows-1252 (the WHATWG Encoding Standard): pages that say
# latin-1 hold Windows' curly quotes in bytes that latin-1 makes control characters.
WINDOWS_1252 = {b"iso-8859-1", b"iso8859-1", b"latin1", b"latin-1", b"l1", b"us-ascii", b"ascii", b"cp819",
                b"windows-1252", b"cp1252", b"x-cp1252"}


def encoding(raw: bytes) -> str | None:
    """The page's encoding when the parser should not guess it (None: the page declares it).
    A page saved without its charset (the server sent it in a header) is UTF-8 if it decodes as
    UTF-8, and windows-1252 otherwise, as a browser reads it; libxml2 would read latin-1, and
    the article's curly quotes would be lost (and with them whose words are whose)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    declared = DECLARED.search(raw[:8192])
    if declared:
        label = (declared.group(1) or b"").lower()
        return "cp1252" if label in WINDOWS_1252 else None
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _drop_note_marks(tree) -> None:
    """A footnote's call ('programmes.<sup><a href="#fn2">2</a></sup>') is the page's apparatus,
    not the author's words: glued to the word before it, it would stand in the way of a quote.
    A note's link back to its call (↩) likewise. An exponent (km<sup>2</sup>) has no link and stays."""
    for el in tree.xpath("//sup | //a[starts-with(@href, '#')]"):
        if el.getparent() is None:
            continue
        text = (el.text_content() or "").strip()
        linked = el.tag == "a" or bool(el.xpath(".//a[starts-with(@href, '#')]"))
        marked = any(NOTE_CLASS.search(token) for value in el.xpath("./@class | ./@role | .//a/@class | .//a/@role")
                     for token in value.split())
        call = NOTE_CALL.match(text) and (linked or marked) and (el.tag == "sup" or marked)
        if call or (el.tag == "a" and text in BACKLINKS):
            el.drop_tree()


NOTES = lazy(r"(?i)^(?:doc-)?(?:foot|end)?notes$|footnote|endnote")  # a class or role token


def _notes_kept(tree) -> None:
    """A page's notes set in an <aside> (Pandoc, many CMSs: <aside role="doc-endnotes">) are the
    author's text, cited by number: the extractor drops every aside as a sidebar, so they were
    lost without a word. Read as a section of the article, they stay, each with its number."""
    for aside in tree.xpath("//body//aside"):
        tokens = f"{aside.get('class') or ''} {aside.get('role') or ''} {aside.get('id') or ''}".split()
        if any(NOTES.search(t) for t in tokens):
            aside.tag = "section"


# What may stand inside a paragraph: text-level elements (HTML's phrasing content, less media).
INLINE = frozenset("a abbr b bdi bdo br cite code data dfn em font i kbd mark q s samp small span strong sub sup "
                   "time u var wbr del ins".split())


def _inline_words(tree) -> None:
    """Words the extractor loses inside a sentence: a <time>'s ('spoke at <time>1.05pm</time>
    today' read 'spoke at today') and an inline quotation's marks. A browser shows a <q> between
    quotation marks its markup does not hold, in its language's (quotation.py); the extractor kept
    its words without them, as the writer's own, and ended the paragraph after it."""
    quotation.mark(tree)
    for el in tree.xpath("//body//q | //body//time[ancestor::p or ancestor::li or ancestor::h1 or ancestor::h2 "
                         "or ancestor::h3 or ancestor::h4 or ancestor::h5 or ancestor::h6 or ancestor::blockquote "
                         "or ancestor::td or ancestor::th]"):
        el.drop_tag()


def _paragraph_divs(tree) -> None:
    """A paragraph written as a <div> of text and inline elements (site builders split an
    article into <div>s, or a quotation into <span>s) is a paragraph: the extractor reads divs
    only when a page has little <p> text, so among <p>s such a paragraph, quote and all, was
    silently dropped. Chrome (a share bar, an ad label) is still judged by the extractor's
    classes and link density, and by furniture.py."""
    for div in tree.xpath("//body//div[normalize-space()]"):
        if all(isinstance(child.tag, str) and child.tag.lower() in INLINE for child in div):
            div.tag = "p"


# What stands for a single <br> through the extractor (which writes every <br> as a paragraph's
# end): printable and no space, so it survives trafilatura's clean-up; the first the page
# does not hold, so no character of the page is ever read as a line break.
LINE_BREAKS = "\u23ce\u21b5\u2b90\u2b91\u2936\u2937\u21a9\u21aa"


def _line_breaks(tree) -> str:
    """A single <br> is a line break inside its paragraph (an address, a poem, a dateline, a
    quotation a CMS set over two lines); a run of two or more is how a CMS ends a paragraph
    in one block of text. Read as a paragraph each, a single one split a quotation in two and
    moved every paragraph number after it. The stored text keeps it as a line inside its
    paragraph, which the verifier reads as a space. Returns the mark written for each one."""
    shown = tree.text_content()
    mark = next((m for m in LINE_BREAKS if m not in shown), "")
    for br in tree.xpath("//body//br") if mark else ():  # (a page holding every mark keeps its breaks)
        if _next_br(br) is None and _previous_br(br) is None:
            br.tail = mark + (br.tail or "")
            br.drop_tag()
    return mark


def _next_br(br):
    """The <br> that follows this one with nothing but white space between them, if any."""
    nxt = br.getnext()
    return nxt if nxt is not None and nxt.tag == "br" and not (br.tail or "").strip() else None


def _previous_br(br):
    prev = br.getprevious()
    return prev if prev is not None and prev.tag == "br" and not (prev.tail or "").strip() else None


def _lines_of(paragraph: str, mark: str, narrow: str = "") -> str:
    """A paragraph as stored: its lines (single <br>s) each cleaned, empty ones left out, and its
    narrow no-break spaces (`narrow` stood for them through the extractor) put back."""
    if narrow:
        paragraph = paragraph.replace(narrow, "\u202f")
    if not mark or mark not in paragraph:
        return clean_line(paragraph)
    return "\n".join(line for line in map(clean_line, paragraph.split(mark)) if line)


def _number_lists(tree) -> None:
    """A numbered list keeps its numbers (the extractor writes every item as '- '): a report's
    notes are cited by number."""
    for ol in tree.xpath("//ol"):
        start = ol.get("start", "1")
        n = int(start) if start.isdigit() and len(start) < 6 else 1
        for li in ol.xpath("./li"):
            li.text = f"{n}. " + (li.text or "").lstrip()
            n += 1


PULL_QUOTE = lazy(r"(?i)pull[-_ ]?quote")
MIN_PULL = 20  # folded characters: a pull quote is a sentence; a short block ('No.') is not judged by repetition


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _drop_pull_quotes(tree) -> list[str]:
    """A pull quote repeats a sentence of the article as display type (a <blockquote>, or an
    element of class 'pullquote', as WordPress and news CMSs set it). Kept, the sentence would
    stand twice in the stored text, one copy given quotation marks it never had (see
    _mark_block_quotes) and every locator after it moved. One whose words stand in a paragraph
    of the article outside it is dropped, and listed; a block quotation of words found nowhere
    else is the text itself and stays."""
    candidates = tree.xpath("//body//blockquote[not(ancestor::blockquote)] | //body//*[contains(translate(@class, "
                            "'PULQOTE', 'pulqote'), 'pull')]")
    pulled: list[str] = []
    for el in candidates:
        if not el.xpath("ancestor::body") or (el.tag != "blockquote" and not PULL_QUOTE.search(el.get("class", ""))):
            continue  # inside one dropped already, or a class that merely holds 'pull'
        # Its words without the credit a pull quote may carry (<cite>Yoko Kamikawa</cite>).
        words = clean_line(" ".join(t for t in el.xpath(".//text()[not(ancestor::cite) and not(ancestor::figcaption)]")))
        quote = _fold(words)
        if len(quote) < MIN_PULL:
            continue
        inside = set(el.iter())
        paragraphs = (p for p in tree.xpath("//body//p | //body//li") if p not in inside and not p.xpath(
            "ancestor::figure | ancestor::figcaption | ancestor::aside | ancestor::nav | ancestor::footer"))
        if any(f" {quote} " in f" {_fold(p.text_content())} " for p in paragraphs):
            pulled.append(words)
            el.drop_tree()
    return pulled


# What a page sets for print only, or as a print view's header and footer (`<div id="print-header">`,
# `class="print-only"`, Bootstrap's `d-print-block` with `d-none`): the site's name and address,
# the date printed, a reprint notice. Never the article's words in a print view.
PRINT_ONLY = lazy(r"(?i)^(?:print[-_]?(?:header|footer|only|banner|masthead|url|info)|printonly|visible-print"
                  r"(?:-block)?)$")


def _drop_print_furniture(tree) -> list[str]:
    """The words of each element a page sets for print only (PRINT_ONLY), dropped and listed;
    a long one, or one with a quotation mark in it, may be text (a table set for print) and stays."""
    dropped: list[str] = []
    for el in tree.xpath("//body//*[@id or @class]"):
        names = (el.get("class") or "").split() + (el.get("id") or "").split()
        if "d-print-block" in names and "d-none" in names:
            names.append("print-only")
        if not any(PRINT_ONLY.match(n) for n in names) or not el.xpath("ancestor::body"):
            continue
        words = clean_line(" ".join(el.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")))
        if len(words) > 400 or furniture.quoted(words):
            continue
        if words:
            dropped.append(words)
        el.drop_tree()
    return dropped


# An embedded post as the network's embed code sets it: a <blockquote> of its class, the post's
# words, then its source line '— Ann Lee (@annlee) May 14, 2024' (X/Twitter, Bluesky, Threads).
POST_EMBED = lazy(r"(?i)^(?:twitter-tweet|twitter-video|bluesky-embed|mastodon-embed|text-post-media|"
                  r"instagram-media|tiktok-embed)$")
SOURCE_LINE = lazy(r"^[—–-]\s*(\S.{0,80}?)\s*\((@[\w.@:-]{1,100})\)(?:\s+.{0,80})?$")


def _embedded_posts(tree, mark: str) -> int:
    """An embedded post is its author's words, not the reporter's: stored as plain paragraphs
    ('The harbour plan is a disaster.' and '— Ann Lee (@annlee) May 14, 2024' after it), they
    read as the article's own. Each becomes one paragraph: the post's words in the quotation
    marks its frame stood for, and its source line under them (a line of the same paragraph),
    as the attribution reader takes `"…" — Ann Lee` (Chicago 13.36). A post whose words hold
    double quotation marks of their own is left as the page sets it (marks around marks would
    misstate whose they are), as is one whose embed shows no source line (an Instagram or
    TikTok frame shows only a link). Returns how many were set."""
    count = 0
    for quote in tree.xpath("//body//blockquote"):
        if not any(POST_EMBED.match(t) for t in (quote.get("class") or "").split()):
            continue
        paras = [p for p in quote.xpath("./p") if p.text_content().strip()]
        rest = (paras[-1].tail or "") + "".join(el.text_content() + (el.tail or "") for el in paras[-1].itersiblings()) \
            if paras else ""
        source = clean_line(rest)
        words = [clean_line(p.text_content()) for p in paras]
        if not paras or not SOURCE_LINE.match(source) or any(ch in " ".join(words) for ch in "“”\"„«»"):
            continue
        lines = [line for p in paras for line in _text_lines(p, mark)]
        lines[0] = "“" + lines[0]
        lines[-1] += "”"
        block = quote.makeelement("p")
        block.text = (mark or " ").join([*lines, source])
        block.tail = quote.tail
        quote.getparent().replace(quote, block)
        count += 1
    return count


def _text_lines(p, mark: str) -> list[str]:
    """A paragraph's lines, split at its single <br>s (as _line_breaks marked them)."""
    text = p.text_content()
    return [line for line in (clean_line(x) for x in (text.split(mark) if mark else [text])) if line]


QUOTATION_MARKS = "“”\"„«»‘’‚‹›「」"
EMBEDS = lazy(r"(?i)tweet|twitter|instagram|tiktok|embed|social")


def _mark_block_quotes(tree) -> None:
    """A block quotation is set off by its layout, not by marks: a press release's `Defence
    Secretary John Doe said:` and then his words in a <blockquote>. The stored text is plain, so
    its paragraphs get the quotation marks the layout stood for, as a quotation run into the
    text takes them (Chicago 13.30: one opening each paragraph, one closing the last); without
    them his words would read as the writer's own. A block that holds quotation marks of its
    own, or is an embedded post, is left as it is."""
    for quote in tree.xpath("//blockquote[not(ancestor::blockquote)]"):
        kinds = " ".join(quote.xpath("./@class | ./ancestor::*/@class"))
        text = quote.text_content()
        if EMBEDS.search(kinds) or any(ch in text for ch in QUOTATION_MARKS) or not text.strip():
            continue
        paras = [p for p in quote.xpath(".//p") if p.text_content().strip()] or [quote]
        for p in paras:
            p.text = "“" + (p.text or "").lstrip()
        last = paras[-1]
        while len(last):  # the end of its last text: the tail of its last child, if it has one
            if (last[-1].tail or "").strip():
                last[-1].tail = last[-1].tail.rstrip() + "”"
                break
            last = last[-1]
        else:
            last.text = (last.text or "").rstrip() + "”"


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a.lower()) == re.sub(r"\W+", "", b.lower())


def metadata(tree) -> tuple[dict[str, object], str | None, dict[str, str]]:
    """The CSL fields the page shows, each from the most trusted layer that has it, a CSL type,
    and where in the page each field was found (the editor checks it there)."""
    ld = _json_ld(tree)
    layers = [(ld, f"the page's JSON-LD ({ld.get('@type')})"), (_citation(tree), "the page's citation_* tags"),
              (_open_graph(tree), "the page's Open Graph tags"), (_meta(tree), "the page's <meta> tags")]
    fields: dict[str, object] = {}
    origins: dict[str, str] = {}
    for layer, where in layers:
        for key, value in layer.items():
            if key != "type" and not key.startswith("@") and value and key not in fields:
                fields[key] = value
                origins[key] = str(layer.get(f"@{key}") or where)
    kind = next((str(layer["type"]) for layer, _ in layers if layer.get("type")), None)
    if fields.get("title"):
        sites = [str(layer[k]) for layer, _ in layers for k in ("container-title", "publisher") if layer.get(k)]
        fields["title"] = _without_site(str(fields["title"]), sites)
    return fields, kind, origins


# What sets a site's name apart from the headline in a page's <title> (and in a WebPage's
# JSON-LD name, which Yoast copies from it): 'Headline | Site', 'Headline - Site', 'Site: Headline'.
_SITE_SEPARATOR = r"\s+[|\-–—·•:]{1,2}\s+|\s*[|·•]\s*"


def _without_site(title: str, sites: list[str]) -> str:
    """The headline without the name of the site the page itself names, before or after it.
    A site the page does not name is left in place: nothing is guessed."""
    for site in sorted({s for s in sites if s.strip()}, key=len, reverse=True):
        name = re.escape(site.strip())
        for pattern in (rf"^(.+?)(?:{_SITE_SEPARATOR}){name}$", rf"^{name}(?:{_SITE_SEPARATOR}|:\s+)(.+)$"):
            m = re.match(pattern, title, re.IGNORECASE)
            if m and m.group(1).strip():
                return m.group(1).strip()
    return title


def _metas(tree, attr: str, name: str) -> list[str]:
    return [clean_line(v) for v in tree.xpath(f"//meta[translate(@{attr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                                              f"'abcdefghijklmnopqrstuvwxyz')=$n]/@content", n=name.lower()) if v.strip()]


def _first(tree, attr: str, *names: str) -> str | None:
    for name in names:
        found = _metas(tree, attr, name)
        if found:
            return found[0]
    return None


def _ld_items(tree) -> list[dict]:
    items: list[dict] = []
    for block in tree.xpath("//script[@type='application/ld+json']/text()"):
        if len(block) > MAX_JSON_LD:
            continue
        try:
            data = json.loads(block)
        except ValueError:
            continue
        items += _flatten(data)
    return items


def _json_ld(tree) -> dict[str, object]:
    items = _ld_items(tree)
    ranked = sorted((i for i in items if _type_of(i) in ARTICLE_TYPES), key=lambda i: _type_of(i) == "WebPage")
    if not ranked:
        return {}
    item = ranked[0]
    # An @graph (Yoast, AMP pages) names its author and publisher by reference: {"@id": ...}.
    index = {i["@id"]: i for i in items if isinstance(i.get("@id"), str)}

    def resolve(value):
        if isinstance(value, list):
            return [resolve(v) for v in value[:50]]
        if isinstance(value, dict) and set(value) == {"@id"}:
            return index.get(value["@id"], value)
        return value

    out: dict[str, object] = {"type": ARTICLE_TYPES[_type_of(item)], "@type": _type_of(item)}
    out["title"] = _text(item.get("headline") or item.get("name"))
    out["author"] = _ld_names(resolve(item.get("author")))
    out["issued"] = _date(_text(item.get("datePublished") or item.get("dateCreated")))
    publisher = resolve(item.get("publisher"))
    part_of = resolve(item.get("isPartOf"))
    for _ in range(3):  # an article is part of its web page, which is part of the site
        if isinstance(part_of, dict) and _type_of(part_of) == "WebPage":
            part_of = resolve(part_of.get("isPartOf"))
    site = isinstance(part_of, dict) and _type_of(part_of) in CONTAINERS
    out["container-title"] = _text(part_of.get("name")) if isinstance(part_of, dict) and site else None
    if isinstance(publisher, dict) and not out["container-title"]:
        out["container-title"] = _text(publisher.get("name"))
    page = item.get("mainEntityOfPage")
    url = item.get("url") or (page.get("@id") if isinstance(page, dict) else page)
    out["URL"] = _url(_text(url))
    body = item.get("articleBody")
    out["@articleBody"] = body if isinstance(body, str) and body.strip() else None
    return out


def _flatten(data, depth: int = 0) -> list[dict]:
    if depth > 4:
        return []
    if isinstance(data, list):
        return [x for d in data[:200] for x in _flatten(d, depth + 1)]
    if isinstance(data, dict):
        return [data, *_flatten(data.get("@graph", []), depth + 1)]
    return []


def _type_of(item: dict) -> str:
    kind = item.get("@type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k in ARTICLE_TYPES), kind[0] if kind else "")
    return kind if isinstance(kind, str) else ""


def _text(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return clean_line(value) or None if isinstance(value, str) else None


def _ld_names(value) -> list[dict] | None:
    people = value if isinstance(value, list) else [value] if value else []
    names = []
    for p in people[:50]:
        if isinstance(p, dict):
            name = _text(p.get("name"))
            if name:
                names.append(name_of(name, organization=_type_of(p) == "Organization"))
        elif isinstance(p, str) and not p.startswith("http"):
            names += [name_of(n) for n in _split_names(p)]
    return names or None


def _citation(tree) -> dict[str, object]:
    authors = [name_of(a) for a in _metas(tree, "name", "citation_author")]
    kind = next((ctype for tag, ctype in CITATION_TYPES if _first(tree, "name", tag)), None)
    return {
        "type": kind,
        "title": _first(tree, "name", "citation_title"),
        "author": authors or None,
        "issued": _date(_first(tree, "name", "citation_publication_date", "citation_date", "citation_online_date")),
        "container-title": _first(tree, "name", "citation_journal_title", "citation_conference_title"),
        "publisher": _first(tree, "name", "citation_publisher", "citation_technical_report_institution",
                            "citation_dissertation_institution"),
        "URL": _url(_first(tree, "name", "citation_public_url", "citation_abstract_html_url", "citation_fulltext_html_url")),
    }


# Google Scholar's tags that say what kind of work a page is, as a CSL type.
CITATION_TYPES = [("citation_journal_title", "article-journal"), ("citation_conference_title", "paper-conference"),
                  ("citation_technical_report_institution", "report"), ("citation_technical_report_number", "report"),
                  ("citation_dissertation_institution", "thesis"), ("citation_book_title", "chapter")]


def _open_graph(tree) -> dict[str, object]:
    og_type = _first(tree, "property", "og:type")
    authors = [a for a in _metas(tree, "property", "article:author") if not a.startswith("http")]
    return {
        "type": "article-newspaper" if og_type == "article" else "webpage" if og_type == "website" else None,
        "title": _first(tree, "property", "og:title"),
        "author": [name_of(n) for a in authors for n in _split_names(a)] or None,
        "issued": _date(_first(tree, "property", "article:published_time")),
        "container-title": _first(tree, "property", "og:site_name"),
        "URL": _url(_first(tree, "property", "og:url")),
    }


def _meta(tree) -> dict[str, object]:
    author = _first(tree, "name", "author", "dc.creator", "byl")
    title = _first(tree, "name", "dc.title", "title")
    if not title:
        titles = tree.xpath("//title/text()")
        title = clean_line(titles[0]) if titles else None
    canonical = tree.xpath("//link[@rel='canonical']/@href")
    return {
        "@title": None if _first(tree, "name", "dc.title", "title") else "the page's <title>",
        "@URL": "the page's canonical link",
        "title": title,
        "author": [name_of(n) for n in _split_names(author)] if author else None,
        "issued": _date(_first(tree, "name", "date", "pubdate", "publishdate", "dc.date", "dcterms.date",
                               "dc.date.issued", "dcterms.created")),
        "container-title": _first(tree, "name", "application-name", "publisher"),
        "URL": _url(clean_line(canonical[0])) if canonical else None,
    }


def _split_names(text: str) -> list[str]:
    """'By Ann Lee and Bob Chan' as two names; 'Lee, Ann' (Dublin Core's order) as one."""
    text = re.sub(r"(?i)^\s*by\s+", "", text)
    family, comma, given = (p.strip() for p in text.partition(","))
    if comma and len(family.split()) == 1 and given and not re.search(r"[,;&]|\band\b", given) \
            and len(given.split()) <= 2:
        return [text.strip()]
    return [n.strip() for n in re.split(r"\s*(?:;|,|\band\b|&)\s*", text) if n.strip()]


def _date(value: str | None) -> str | None:
    """The date part of an ISO timestamp, or YYYY/MM/DD; anything else is not guessed at."""
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:[T ]|$)", value.strip())
    if not m:
        return None
    parts = [m.group(1)] + [f"{int(g):02d}" for g in m.groups()[1:] if g]
    return "-".join(parts)


def _url(value: str | None) -> str | None:
    return value if value and re.fullmatch(r"https?://[^\s<>\"']+", value) else None

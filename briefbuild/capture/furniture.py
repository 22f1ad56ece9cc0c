"""A page's furniture: lines a saved page or a PDF print around the article that are nobody's
words (a publication stamp, a share or newsletter prompt, a teaser for another story, a
press release's end mark, a print view's header). Left in, each becomes a paragraph and moves every paragraph
locator after it. Only a whole paragraph is furniture, and only in the forms newsrooms and
press offices use: a paragraph with a quotation mark in it is always kept, whatever it says,
and whatever is left out is listed by the capture (nothing is lost silently).
"""
from __future__ import annotations

import re
from collections import Counter

from ..patterns import lazy

_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|nesday|rsday|urday|sday)?\.?"
# A date or time as a page stamps it: 6 December 2022, Dec. 6, 2022, 2022-12-06, 10:32 GMT, 3 hours ago.
# A time zone is capitals (GMT, BST, JST, UTC+9): a short lowercase word is not one.
# Each word is read once, as the first of its forms that fits (an atomic group; a date or time before
# a bare number), and a run of digits or capitals is one word: read in every way it could be split,
# a line of 'Published' and 380 digits took the fullmatch 270 s to fail, and 400 characters of
# stamp words 56 ms (a page of them, minutes).
_STAMP_WORD = (rf"(?>{_MONTH}|{_WEEKDAY}|\d{{1,4}}[-/.:]\d{{1,2}}(?!\d)(?:[-/.:]\d{{1,4}}(?!\d))?"
               r"(?:[T ]?\d\d:\d\d(?::\d\d)?Z?)?|\d{1,4}(?!\d)(?:st|nd|rd|th)?,?|[A-Z]{2,4}(?![A-Z])(?:[+-]\d{1,2}(?!\d))?|"
               r"(?i:at|on|[ap]\.?m\.?|ago|an?|hours?|minutes?|mins?|days?|weeks?|local time)|[|•·,–—-])")
# A site's address as a print view prints it: 'harbortimes.example', 'https://www.example.com/a/b'.
_DOMAIN = r"(?:https?://)?(?:[\w-]+\.)+[A-Za-z]{2,}(?::\d+)?(?:/\S*)?"
_STAMP = lazy(r"(?i:(?:first |last |date )?(?:published|updated|posted|modified|released|issued)(?: on)?|"
              rf"date)\s*:?\s*(?:{_STAMP_WORD}\s*){{1,14}}")


# 'Reporting by Kiyoshi Takenaka in Tokyo', 'Editing by Alex Richardson and Ann Lee': names, not words.
_CREDIT = (r"(?i:(?:additional )?reporting|writing|editing|compiled|produced|and editing) by "
           r"[A-Z][\w’'.-]+(?:,? (?:and |& |in )?[A-Z][\w’'.-]+)*")

FORMS = [
    # A press release's end: '###' and '-30-' (US), 'ENDS' (UK), 'END'; '- more -' at a page's foot.
    ("end", lazy(r"#(?:\s*#){2}|[-–—]\s*30\s*[-–—]|[-–—(\[]?\s*(?:END|ENDS|End|Ends)\s*[-–—)\]]?|"
                 r"[-–—]\s*(?:more|MORE)\s*[-–—]")),
    ("stamp", _STAMP),
    ("share", lazy(r"(?i)(?:share|share (?:this|the) (?:article|story|page|post)|share on \w+|print"
                   r"|print (?:this )?(?:article|story|page)|copy link|email (?:this )?(?:article|story)|"
                   r"save (?:article|story)|listen to (?:this )?(?:article|story)(?: \d+ min)?|"
                   r"follow us on \w+(?:(?:,| and) \w+)*)"
                   r"(?:\s*[|•·]?\s*(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|reddit|telegram|"
                   r"copy link|print))*\s*[.:]?")),
    ("teaser", lazy(r"(?:read more|read also|also read|more on this story|related(?: articles?| stories| content"
                    r"| coverage| topics)?|recommended(?: for you)?|most read|trending)"
                    r"(?:\s*[:›»|–—-]\s*\S.{0,200}|\s*[:›»]?)", re.I)),
    ("advertising", lazy(r"(?i)advertisement|advert|sponsored(?: content)?|"
                         r"(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad)|"
                         r"continue reading (?:below|the main story)")),
    ("cookies", lazy(r"(?i)(?:(?:we|this (?:web)?site|our (?:web)?site)\s+uses?\s+cookies\b.{0,300}|"
                     r"(?:accept|reject|allow|manage) (?:all )?cookies.{0,100}|"
                     r"cookie (?:settings|preferences|policy|consent).{0,100})")),
    # A paywall's prompt where the article stops: what follows it is not in the page (see html.py).
    ("paywall", lazy(r"(?i)(?:subscribe|sign in|log in|register|sign up)(?: now| today| free)?"
                     r" (?:to|and) (?:read|continue reading|keep reading|unlock|access|view)"
                     r"(?: (?:the (?:rest|full|whole|remainder)(?: of)? )?(?:(?:this|the|our) )?(?:article|story|piece|"
                     r"report|content)s?)?[.!]?(?:\s+(?:already a subscriber\?.{0,60}|already have an account\?.{0,60}|"
                     r"you have (?:read|reached) .{0,100}))?|"
                     r"(?:this (?:article|story|content) is (?:only )?(?:for|available to) (?:paying |premium )?"
                     r"(?:subscribers|members)(?: only)?|subscribers only|premium content)[.!]?")),
    ("subscription", lazy(r"(?i)(?:(?:sign up|subscribe)\b.{0,150}\b(?:newsletters?|inbox|e-?mails?|updates)\b.{0,100}|"
                          r"subscribe(?: now| today)?(?: (?:to|and) (?:continue|keep) reading| for (?:just |only )?"
                          r"[$£€¥]\S+(?: an?| per)? \w+)?[.!]?(?:\s+(?:already a subscriber\?.{0,60}|"
                          r"you have (?:read|reached) .{0,100}))?|"
                          r"(?:already a subscriber|already have an account)\?.{0,60}|"
                          r"you have (?:read|reached) .{0,60}\b(?:free articles?|article limit|limit)\b.{0,100})")),
    # A print view's header and footer: 'Harbor Times — printed from harbortimes.example', 'Printed on
    # 6 Dec 2022', and the reprint notice of Dow Jones and others ('This copy is for your personal,
    # non-commercial use only. To order presentation-ready copies … visit …').
    ("print", lazy(rf"(?:[A-Z][\w.&’' ]{{0,60}}\s*[—–|:-]\s*)?(?i:printed (?:from|on|at|via))\s+"
                   rf"(?:{_DOMAIN}(?:\s+(?:on|at)\s+(?:{_STAMP_WORD}\s*){{1,14}})?|(?:{_STAMP_WORD}\s*){{1,14}})\.?|"
                   r"(?i:this (?:copy|article|material) is (?:for|intended for) your personal,? non-?commercial use"
                   r"(?: only)?)\.?(?:\s+.{0,400})?")),
    # Reuters and AP close a story with its credits: 'Reporting by …; Editing by …'.
    ("credits", lazy(rf"\(?{_CREDIT}(?:[;,] {_CREDIT})*\.?\)?")),
]
_NAME = r"(?:[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})"
# A byline: 'By Jane Doe', 'By Jane Doe and Ann Lee, Defence Correspondent', 'By JANE DOE | Harbor Times'.
BYLINE = lazy(rf"(?i:by) {_NAME}(?:(?:,| and| &) {_NAME})*(?:\s*[,|–—-]\s*[A-Z][\w .’'&-]{{0,60}})?")

# A quotation mark (an apostrophe inside or at the end of a word is none).
_QUOTED = lazy(r"[“”„«»「」『』‹›\"]|(?<!\w)[‘’']|[‘’'](?=\w)(?<!\w[‘’'])")


def quoted(text: str) -> bool:
    """Whether a text holds a quotation mark (someone's words: never furniture)."""
    return _QUOTED.search(text) is not None


def kind(paragraph: str) -> str | None:
    """Which kind of furniture a paragraph is, or None for the source's text."""
    text = paragraph.strip()
    if not text or "\n" in text or len(text) > 400 or _QUOTED.search(text):
        return None
    for name, form in FORMS:
        if form.fullmatch(text):
            return name
    if BYLINE.fullmatch(text) and not text.endswith("."):
        return "byline"
    return None


def split(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """The paragraphs kept, and those left out as furniture."""
    kept: list[str] = []
    dropped: list[str] = []
    for p in paragraphs:
        lines = p.split("\n")
        if len(lines) > 1 and all(kind(line) for line in lines):  # a byline over a stamp, set apart by a <br>
            dropped += lines
            continue
        (dropped if kind(p) else kept).append(p)
    return kept, dropped


def note(dropped: list[str]) -> list[str]:
    """What the capture says about the lines it left out: every one, each once."""
    if not dropped:
        return []
    counts = Counter(dropped)
    shown = ", ".join(f"'{_short(line)}'" + (f" (×{n})" if n > 1 else "") for line, n in counts.items())
    return [f"left out {len(dropped)} line{'s' if len(dropped) > 1 else ''} of page furniture, not the "
            f"source's words: {shown}"]


def _short(line: str) -> str:
    return line if len(line) <= 80 else line[:79] + "…"

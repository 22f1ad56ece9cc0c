"""Capture: a saved web page, a PDF or a text file becomes a stored text and the CSL fields
found in it. Every file is read as data only: no script runs, no URL is fetched, nothing
outside the file is read; sizes and page counts are bounded."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BriefError
from ..files import Refused, TooBig, read_regular
from ..patterns import lazy

MAX_TEXT_BYTES = 2_000_000  # what validation accepts for a stored text (inputs/load.py MAX_BYTES)


class CaptureError(BriefError):
    """A file that cannot be captured: nothing is written."""


@dataclass
class Captured:
    """What a capture found: the stored text and the fields the file itself shows."""

    text: str  # the stored text: paragraphs between blank lines, [page N] marks for PDFs
    kind: str  # "html", "pdf" or "text"
    fields: dict[str, object] = field(default_factory=dict)  # CSL names -> values (author: list of names)
    notes: list[str] = field(default_factory=list)  # what the reader should know (limits reached)
    truncated: str | None = None  # why the stored text is not the whole document (a paywall), if it is not
    origins: dict[str, str] = field(default_factory=dict)  # CSL name -> where in the file it was found
    pages: str | None = None  # "printed" or "physical" for a PDF
    original: bytes = field(default=b"", repr=False)  # the file as read: its digest and the --keep copy


# The most a file of each kind may weigh, and what to do about one that weighs more. The file
# is read once, through files.read_regular (a regular file, opened without blocking, read
# up to the limit); the digest, the --keep copy and the text all come from those bytes.
LIMITS = {
    "html": (20_000_000, "a web page", "save the page without its media (Save as: HTML only)"),
    "pdf": (50_000_000, "a PDF", "split it (for example with qpdf --pages) and capture the part you cite"),
    # A single-file page holds its images too (base64): only its HTML part is read.
    "mhtml": (50_000_000, "a single-file web page", "save the page as HTML only and capture that"),
    "text": (5_000_000, "a text file", "split it and capture the part you cite"),
}


KINDS = {".html": "html", ".htm": "html", ".xhtml": "html", ".mhtml": "mhtml", ".mht": "mhtml", ".pdf": "pdf",
         ".txt": "text", ".md": "text"}


def kind_of(path: Path) -> str:
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise CaptureError(f"{path.name}: cannot capture a '{path.suffix or 'no extension'}' file: "
                           "give a saved web page (.html, .mhtml), a PDF (.pdf) or text (.txt, .md)")
    return kind


def capture(path: Path, voice: str | None = None) -> Captured:
    """Read one file as a source; raise CaptureError with the reason when it cannot be read."""
    kind = kind_of(path)
    if not path.exists():
        raise CaptureError(f"{path}: no such file")
    raw = read(path, kind)
    if kind == "html":
        from .html import capture_html
        result = capture_html(path.name, raw)
    elif kind == "mhtml":
        from .html import capture_html, page_of_mhtml
        result = capture_html(path.name, page_of_mhtml(path.name, raw))
    elif kind == "pdf":
        from .pdf import capture_pdf
        result = capture_pdf(path.name, raw, transcript=voice == "transcript")
    else:
        from .text import capture_text
        result = capture_text(path.name, raw, markdown=path.suffix.lower() == ".md",
                              transcript=voice == "transcript")
    result.original = raw
    size = len(result.text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise CaptureError(f"{path.name}: the stored text would be {size:,} bytes, over the limit of "
                           f"{MAX_TEXT_BYTES:,}: capture a shorter file (split the document)")
    if not result.text.strip():
        raise CaptureError(f"{path.name}: no text found (a scanned PDF needs OCR first; a page may hold "
                           "its article in a script): nothing written")
    return result


def read(path: Path, kind: str) -> bytes:
    """The file's bytes, within the limit for its kind; CaptureError with what to do otherwise."""
    limit, what, fix = LIMITS[kind]
    try:
        return read_regular(path, limit)
    except TooBig as exc:
        size = f"{exc.size:,} bytes" if exc.size is not None else "grew while it was read and is"
        raise CaptureError(f"{path.name}: {size}, over the limit of {limit:,} for {what}: {fix}: "
                           "nothing written") from None
    except Refused as exc:
        raise CaptureError(f"{path.name}: {exc}: nothing written") from None


def clean_line(text: str) -> str:
    """One line of captured text: control characters out, spaces collapsed."""
    if not text.isprintable():  # most lines are: one C call instead of a Python loop
        text = "".join(ch if ch.isprintable() or ch in " \u202f" else " " for ch in text)
    for a, b in LIGATURES.items():
        text = text.replace(a, b)
    if "\u202f" in text:  # French typography's narrow no-break space (`«\u202fNous`): a run holding one is one
        text = _SPACE_RUN.sub(lambda m: "\u202f" if "\u202f" in m.group() else " ", text).strip()
    else:
        text = " ".join(text.split())
    return text[:-1].replace("\u00ad", "") + text[-1:]  # a soft hyphen ending a line is a word split there


_SPACE_RUN = lazy(r"\s+")


LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}


ORGANIZATION = lazy(r"(?i)\b(institute|cent(er|re)|council|ministry|office|department|agency|foundation|"
                    r"university|group|association|committee|commission|service|bureau|press|news|"
                    r"times|staff|team|government|forum|society|program(me)?|corporation|inc|ltd)\b")


def name_of(name: str, organization: bool = False) -> dict[str, str]:
    """A CSL name: family and given for a person's two or three words; anything that may be an
    organization stays a literal (a wrong split is worse than none)."""
    family, comma, given = (p.strip() for p in name.partition(","))
    if comma and not organization and family and given and "," not in given and len(given.split()) <= 3 \
            and len(family.split()) <= 3 and not ORGANIZATION.search(name):
        return {"family": family, "given": given}  # 'Reyes, Carmen', as citation_author writes names
    parts = name.split()
    if not organization and 2 <= len(parts) <= 3 and all(p[:1].isupper() for p in parts) \
            and not ORGANIZATION.search(name):
        return {"family": parts[-1], "given": " ".join(parts[:-1])}
    return {"literal": name}

"""Plain text and Markdown (.txt, .md) as a stored text: paragraphs between blank lines.

With `--voice transcript`, a line that opens with a speaker's label ('KISHIDA:', '**Q:**')
starts a new paragraph, so every turn is a paragraph that opens with 'Label:' as
checking/verify.py reads transcripts. A Markdown file's first '# ' heading is its title.
"""
from __future__ import annotations

import re

from ..chars import wide_encoding
from ..patterns import lazy
from . import Captured, CaptureError, clean_line

LABEL = lazy(r"^\s*(?:\*\*|__)?([A-Z][\w.’' -]{0,60}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?=\S)")


def capture_text(name: str, raw: bytes, markdown: bool = False, transcript: bool = False) -> Captured:
    """Paragraphs between blank lines; `raw` is the file as read (capture.read bounds it)."""
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    wide = wide_encoding(raw)
    if wide and not raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        raise CaptureError(f"{name}: the file is {wide} without a byte-order mark, not UTF-8: save it as UTF-8")
    try:
        text = raw.decode(wide.lower() if wide else "utf-8")  # with its mark, as Windows saves a transcript
    except UnicodeDecodeError as exc:
        raise CaptureError(f"{name}: byte 0x{raw[exc.start]:02x} at offset {exc.start} is not UTF-8: "
                           "save the file as UTF-8") from None
    if "\0" in text:
        raise CaptureError(f"{name}: NUL characters: this is not a text file")
    fields: dict[str, object] = {}
    paras: list[str] = []
    current: list[str] = []

    def flush():
        if current:
            para = clean_line(" ".join(current))
            if para:
                paras.append(para)
            current.clear()

    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not line.strip():
            flush()
            continue
        if markdown:
            heading = re.match(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$", line)
            if heading:
                flush()
                if heading.group(1) == "#" and "title" not in fields:
                    fields["title"] = clean_line(heading.group(2))
                    continue
                paras.append(clean_line(heading.group(2)))
                continue
        if transcript:
            label = LABEL.match(line)
            if label:
                flush()
                line = f"{label.group(1).strip()}: {line[label.end():]}"
        current.append(line.strip())
    flush()
    return Captured(text="\n\n".join(paras) + "\n" if paras else "", kind="text", fields=fields,
                    origins={k: "the file's first '# ' heading" for k in fields})

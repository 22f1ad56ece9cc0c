"""Word for reviewers: the composed document through pandoc into a .docx with the house styles.

The same Document the HTML and the PDF are rendered from is written as plain HTML with
`data-custom-style` marks, read by pandoc's HTML reader, and a short Lua filter turns each
note into a real Word footnote (pandoc.Note). The styles live in a reference document
(templates/reference.docx, written by `python -m briefbuild.rendering.docx`): Title,
Subtitle, Author, Date, Abstract, "Key Findings Title", "Key Finding", Heading 1, "Direct
Quote" (a character style), "Block Text", Bibliography, Colophon and the footnote styles.

The bytes are reproducible: pandoc gets SOURCE_DATE_EPOCH from the brief's date, and the
archive is rewritten with every entry's timestamp set to that date.
"""
from __future__ import annotations

import io
import os
import re
import subprocess
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from markupsafe import Markup

from ..errors import RenderError
from ..patterns import lazy

REFERENCE = "reference.docx"  # in the project's templates/


def style(name: str, html: Markup | str, tag: str = "p") -> Markup:
    return Markup('<div data-custom-style="{}"><{}>{}</{}></div>\n').format(name, Markup(tag), html, Markup(tag))


def _note(note) -> Markup:
    remark = Markup(" {}").format(note.remark) if note.remark else Markup("")  # whose translation
    return Markup('<span class="fn">{}{}</span>').format(note.html, remark)


def _words(q, text: str) -> Markup:
    """A quote's words, in their own language when it is not the brief's (pandoc gives Word the run's w:lang)."""
    return Markup('<span lang="{}">{}</span>').format(q.lang, text) if q.lang else Markup("{}").format(text)


def _part(p, t) -> Markup:
    """As partials/quote.html.j2 prints a part for paper: the language's marks, the person introduced."""
    if p.kind == "html":
        return p.html
    if p.kind == "direct":  # only a verified direct quote is put in quotation marks
        text = p.quote.inline
        inside = t.marks.punctuation_inside and p.trail in ".,"
        dropped = p.trail in ".," and text[-1:] in "?!"  # the quote's own ? or ! ends the phrase
        return Markup('<span data-custom-style="Direct Quote">{}{}{}{}</span>{}{}').format(
            t.marks.open, _words(p.quote, text), p.trail if inside and not dropped else "", t.marks.close,
            p.trail if not inside and not dropped else "", _note(p.note))
    if p.kind == "paraphrase":
        q = p.quote
        said = Markup("{}{}").format(q.lead, q.text) if q.attributed else \
            t("paraphrase", who=q.who or q.speaker.short, verb=q.verb, lead=q.lead, text=q.text)
        return Markup("{}{}{}").format(said, p.trail, _note(p.note))
    return Markup("{}{}").format(p.trail, _note(p.note))


def _source(t, note) -> Markup:
    return style("Data Source", Markup("{} {}").format(t("source"), note.html)) if note else Markup("")


def _cell(t, table, row: int, column: int, text: str) -> Markup | str:
    """A cell's text, or the quote it places with its footnote (checking/cells.py), as a claim's."""
    placed = table.part(row, column)
    return _part(placed, t) if placed is not None else text


def _table(t, table) -> Markup:
    """A real Word table (pandoc reads the HTML table), its header row marked to repeat on every page,
    each column aligned as on the page (pandoc takes a column's alignment from its cells' align)."""
    head = Markup("").join(Markup('<th align="{}">{}</th>').format(a, c) for a, c in zip(table.align, table.columns))
    rows = Markup("").join(Markup("<tr>{}</tr>").format(Markup("").join(
        Markup('<td align="{}">{}</td>').format(a, _cell(t, table, i, j, c)) for j, (a, c) in enumerate(zip(table.align, row))))
        for i, row in enumerate(table.rows))
    caption = Markup("{}. {}").format(t("table", n=table.number), table.caption)
    out = [Markup("<table><caption>{}</caption><thead><tr>{}</tr></thead><tbody>{}</tbody></table>\n").format(
        caption, head, rows)]
    out += [style("Data Source", Markup("{} {}").format(t("table_notes"), n)) for n in table.notes]
    out.append(_source(t, table.source))
    return Markup("").join(out)


def _figure(t, figure) -> Markup:
    """The figure's image with its alt text (a chart as drawn for the web page), caption and source."""
    return Markup("").join([
        Markup('<figure><img src="{}" alt="{}"><figcaption>{}. {}</figcaption></figure>\n').format(
            figure.screen_src, figure.alt, t("figure", n=figure.number), figure.caption),
        _source(t, figure.source)])


def document_html(doc) -> str:
    """The brief as the HTML pandoc reads: styles by name, notes as spans the filter turns into footnotes.
    Every fixed word, date and quotation mark is the brief's language (i18n.py), as on the page."""
    brief, t = doc.brief, doc.language
    out = [Markup('<!DOCTYPE html>\n<html lang="{}"><head><meta charset="utf-8"></head><body>\n').format(brief.language)]
    logo = doc.theme.logo_uri() if doc.theme else None
    if logo:  # as partials/title.html.j2 shows it
        alt = doc.theme.spec.logo_alt or brief.organization or brief.title
        out.append(Markup('<p><img src="{}" alt="{}"></p>\n').format(logo, alt))
    if brief.organization:
        out.append(style("Organization", brief.organization))
    out.append(style("Title", brief.title))
    if brief.subtitle:
        out.append(style("Subtitle", brief.subtitle))
    if brief.authors:
        out.append(style("Author", ", ".join(brief.authors)))
    out.append(style("Date", t.date(brief.date)))
    out.append(style("Abstract", doc.summary))
    out.append(style("Key Findings Title", t("key_findings")))
    out += [style("Key Finding", finding) for finding in doc.findings]
    for section in doc.sections:
        out.append(Markup("<h1>{}</h1>\n").format(section.title))
        for block in section.blocks:
            if block.kind == "para":
                out.append(Markup("<p>{}</p>\n").format(Markup("").join(_part(p, t) for p in block.parts)))
            elif block.kind == "blockquote":
                out.append(Markup("<blockquote><p>{}{}</p></blockquote>\n").format(_words(block.quote, block.quote.text),
                                                                                   _note(block.note)))
            elif block.kind == "list":
                out.append(Markup("<ul>{}</ul>\n").format(
                    Markup("").join(Markup("<li>{}</li>").format(item) for item in block.items)))
            elif block.kind == "table":
                out.append(_table(t, block.table))
            elif block.kind == "figure":
                out.append(_figure(t, block.figure))
    out.append(Markup("<h1>{}</h1>\n").format(t(doc.references_heading.lower().replace(" ", "_"))))
    out += [style("Bibliography", entry) for entry in doc.bibliography]
    out.append(Markup("<h1>{}</h1>\n").format(t("about")))
    out.append(style("Colophon", colophon(doc)))
    out.append(Markup("</body></html>\n"))
    return str(Markup("").join(out))


def colophon(doc) -> str:
    """The colophon's words, as partials/colophon.html.j2 gives them, in the brief's language."""
    brief, t = doc.brief, doc.language
    direct = doc.direct_quotes
    when = t.date(brief.date)
    published = t("published_by", organization=brief.organization, date=when) if brief.organization else \
        t("published_on", date=when)
    counts = t("counts", sources=t.plural("sources", len(doc.source_ids)), statements=t.plural("statements", direct),
               paraphrased=len(doc.quotes_used) - direct)
    return t("sentence_gap").join([published, counts, t("checked")])


@dataclass(frozen=True)
class WordJob:
    """What pandoc needs for one brief's .docx: made in the build's thread (Jinja, the theme),
    run anywhere (write_docx touches nothing shared), so pandocs can run side by side."""

    brief_id: str
    html: bytes
    reference: bytes  # templates/reference.docx with the theme's colours and fonts
    stamp: datetime  # the brief's date: SOURCE_DATE_EPOCH and every zip entry's time
    properties: tuple[tuple[str, str], ...] = ()  # docProps/core.xml: (dc:title, …), see core_properties


def word_job(doc, templates: Path) -> WordJob:
    from ..files import MAX_ASSET, Refused, read_inside
    from .docxtheme import themed_reference
    reference = templates / REFERENCE
    if not reference.is_file():
        raise RenderError(f"brief '{doc.id}': no {reference.name} in templates/: write one with "
                          "`python -m briefbuild.rendering.docx templates/reference.docx`")
    try:
        styled = themed_reference(read_inside(templates, reference, MAX_ASSET), doc.theme)
    except Refused as exc:
        raise RenderError(f"brief '{doc.id}': cannot use {reference.name} from templates/: {exc}") from None
    stamp = datetime.fromisoformat(doc.brief.date).replace(tzinfo=UTC)
    return WordJob(doc.id, document_html(doc).encode("utf-8"), styled, stamp, core_properties(doc))


def core_properties(doc) -> tuple[tuple[str, str], ...]:
    """What Word shows under File > Info and a screen reader announces: the title (with its
    subtitle, joined as the language does), who wrote it (the authors, else the organization)
    and its language."""
    brief = doc.brief
    creator = "; ".join(brief.authors) or brief.organization or ""
    return (("dc:title", doc.language.title(brief.title, brief.subtitle)), ("dc:creator", creator),
            ("dc:language", brief.language))


def write_docx(job: WordJob, timeout: float | None = None) -> bytes:
    """The .docx bytes; a RenderError when pandoc fails or takes longer than `timeout` seconds."""
    import tempfile

    from pypandoc import get_pandoc_path
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(int(job.stamp.timestamp()))}
    # The filter is the package's own file: code is never written to, or read from, the project's .cache/.
    with resources.as_file(resources.files("briefbuild") / "lua" / "docx-notes.lua") as lua, \
            tempfile.NamedTemporaryFile(suffix=".docx") as themed:
        themed.write(job.reference)
        themed.flush()
        try:
            run = subprocess.run([get_pandoc_path(), "--sandbox", "-f", "html", "-t", "docx", "--reference-doc",
                                  themed.name, "--lua-filter", str(lua), "-o", "-"],
                                 input=job.html, capture_output=True, env=env, timeout=timeout or None)
        except OSError as exc:
            raise RenderError(f"brief '{job.brief_id}': cannot run pandoc ({exc}): see `build.py doctor`") from None
        except subprocess.TimeoutExpired:
            raise RenderError(f"brief '{job.brief_id}' (DOCX) took longer than {timeout:g} s to render: simplify "
                              "it, or raise render-timeout under [tool.briefbuild] in pyproject.toml") from None
    if run.returncode != 0:
        raise RenderError(f"brief '{job.brief_id}': pandoc could not write the Word file: "
                          f"{run.stderr.decode('utf-8', 'replace')[:300]}")
    return normalize(run.stdout, job.stamp, job.properties)


def render_docx(doc, templates: Path, timeout: float | None = None) -> bytes:
    """The .docx bytes of one composed, cited document."""
    return write_docx(word_job(doc, templates), timeout)


def normalize(data: bytes, stamp: datetime, properties: tuple[tuple[str, str], ...] = ()) -> bytes:
    """The same archive with fixed entry times and attributes, byte-identical from run to run, and
    the document properties given (pandoc leaves dc:title and dc:creator empty)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    when = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, when)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.create_system = 3
            fixed.external_attr = 0o644 << 16
            data = source.read(info.filename)
            if info.filename.startswith("word/") and info.filename.endswith(".xml"):
                data = run_languages(data)
            if info.filename == "docProps/core.xml":  # pandoc's sandbox dates it 1970: the brief's date instead
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.strftime(
                    "%Y-%m-%dT%H:%M:%SZ").encode(), data)
                data = with_properties(data, properties)
            target.writestr(fixed, data, compresslevel=6)
    return out.getvalue()


# Word keeps three languages on a run, one for each kind of script (ECMA-376 17.3.2.20): w:val for
# Latin, Greek, Cyrillic…, w:eastAsia for Chinese, Japanese and Korean, w:bidi for complex scripts
# (Arabic, Hebrew, Thai, Devanagari…), and it reads the one that matches each character. pandoc writes
# every language into w:val, so Word took a Japanese or Arabic quote for text in the document's language.
EAST_ASIAN = {"ja", "zh", "ko", "yue", "wuu", "hak", "nan", "gan", "cjy", "hsn", "cmn", "lzh"}
RIGHT_TO_LEFT = {"ar", "arb", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "syr", "ckb", "prs",
                 "pnb", "azb", "ks", "bal", "mzn", "glk", "lrc", "nqo"}
COMPLEX = {"th", "lo", "km", "my", "hi", "mr", "ne", "sa", "bn", "as", "gu", "pa", "or", "ta", "te", "kn", "ml",
           "si", "bo", "dz"}
SCRIPTS = {"Hani": "eastAsia", "Hans": "eastAsia", "Hant": "eastAsia", "Jpan": "eastAsia", "Kore": "eastAsia",
           "Hira": "eastAsia", "Kana": "eastAsia", "Hang": "eastAsia", "Bopo": "eastAsia",
           "Arab": "rtl", "Hebr": "rtl", "Syrc": "rtl", "Thaa": "rtl", "Nkoo": "rtl", "Adlm": "rtl", "Rohg": "rtl",
           "Thai": "bidi", "Laoo": "bidi", "Khmr": "bidi", "Mymr": "bidi", "Deva": "bidi", "Beng": "bidi",
           "Gujr": "bidi", "Guru": "bidi", "Orya": "bidi", "Taml": "bidi", "Telu": "bidi", "Knda": "bidi",
           "Mlym": "bidi", "Sinh": "bidi", "Tibt": "bidi"}


def script_kind(tag: str) -> str:
    """How Word files a language tag: 'eastAsia', 'rtl' (a complex script written right to left),
    'bidi' (a complex script written left to right) or 'val' (the rest). A script subtag decides
    (zh-Latn is Latin, pa-Arab Arabic); else the language."""
    parts = tag.split("-")
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            return SCRIPTS.get(part.title(), "val")
    base = parts[0].lower()
    return ("eastAsia" if base in EAST_ASIAN else "rtl" if base in RIGHT_TO_LEFT else
            "bidi" if base in COMPLEX else "val")


_RUN_LANG = lazy(rb'(?:<w:rtl\s*/>)?<w:lang w:val="([A-Za-z0-9-]+)"\s*/>')


def run_languages(xml: bytes) -> bytes:
    """pandoc's run languages (<w:lang w:val="ja"/>) in the attribute Word reads for their script;
    a right-to-left run also gets <w:rtl/> (before w:lang, as CT_RPr orders them), so Word lays it
    out right to left with its complex-script formatting."""
    def fix(m: re.Match) -> bytes:
        tag = m.group(1)
        kind = script_kind(tag.decode("ascii"))
        if kind == "eastAsia":
            return b'<w:lang w:eastAsia="' + tag + b'"/>'
        if kind == "rtl":
            return b'<w:rtl/><w:lang w:bidi="' + tag + b'"/>'
        if kind == "bidi":
            return b'<w:lang w:bidi="' + tag + b'"/>'
        return m.group(0)
    return _RUN_LANG.sub(fix, xml)


# Characters XML 1.0 cannot hold at all (C0 controls but tab and newlines, lone surrogates, U+FFFE/F).
_NOT_XML = lazy("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def with_properties(core: bytes, properties: tuple[tuple[str, str], ...]) -> bytes:
    """docProps/core.xml with each (element, text) set, escaped as XML text: the element replaced
    where pandoc wrote one (empty or not), added before the end where it wrote none."""
    text = core.decode("utf-8")
    for name, value in properties:
        element = f"<{name}>{xml_escape(_NOT_XML.sub('', value))}</{name}>"
        pattern = re.compile(rf"<{re.escape(name)}\s*/>|<{re.escape(name)}(?:\s[^>]*)?>.*?</{re.escape(name)}>", re.S)
        found = pattern.search(text)
        text = text[:found.start()] + element + text[found.end():] if found else \
            text.replace("</cp:coreProperties>", element + "</cp:coreProperties>")
    return text.encode("utf-8")


# The house styles, added to (or replacing) pandoc's default reference document.
HOUSE_STYLES = {
    "Title": ('<w:pPr><w:spacing w:before="0" w:after="120"/></w:pPr>'
              '<w:rPr><w:rFonts w:ascii="Source Sans Pro" w:hAnsi="Source Sans Pro"/><w:b/><w:color w:val="1D1F24"/>'
              '<w:sz w:val="56"/></w:rPr>', "paragraph", "Normal"),
    "Subtitle": ('<w:pPr><w:spacing w:after="160"/></w:pPr><w:rPr><w:rFonts w:ascii="Source Sans Pro" '
                 'w:hAnsi="Source Sans Pro"/><w:color w:val="5A5F6B"/><w:sz w:val="30"/></w:rPr>', "paragraph", "Normal"),
    "Organization": ('<w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:rFonts w:ascii="Source Sans Pro" '
                     'w:hAnsi="Source Sans Pro"/><w:b/><w:caps/><w:color w:val="1F4E79"/><w:sz w:val="18"/></w:rPr>',
                     "paragraph", "Normal"),
    "Author": ('<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Source Sans Pro" '
               'w:hAnsi="Source Sans Pro"/><w:color w:val="5A5F6B"/><w:sz w:val="19"/></w:rPr>', "paragraph", "Normal"),
    "Date": ('<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="24" w:space="8" w:color="1F4E79"/></w:pBdr>'
             '<w:spacing w:after="240"/></w:pPr><w:rPr><w:rFonts w:ascii="Source Sans Pro" w:hAnsi="Source Sans Pro"/>'
             '<w:color w:val="5A5F6B"/><w:sz w:val="19"/></w:rPr>', "paragraph", "Normal"),
    "Abstract": ('<w:pPr><w:spacing w:after="200"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr>', "paragraph", "Normal"),
    "Key Findings Title": ('<w:pPr><w:keepNext/><w:shd w:val="clear" w:color="auto" w:fill="EEF2F7"/>'
                           '<w:pBdr><w:left w:val="single" w:sz="24" w:space="8" w:color="1F4E79"/></w:pBdr>'
                           '<w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:rFonts w:ascii="Source Sans Pro" '
                           'w:hAnsi="Source Sans Pro"/><w:b/><w:caps/><w:color w:val="1F4E79"/><w:sz w:val="22"/></w:rPr>',
                           "paragraph", "Normal"),
    "Key Finding": ('<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="EEF2F7"/>'
                    '<w:pBdr><w:left w:val="single" w:sz="24" w:space="8" w:color="1F4E79"/></w:pBdr>'
                    '<w:spacing w:after="80"/><w:ind w:left="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Source Sans Pro" '
                    'w:hAnsi="Source Sans Pro"/><w:sz w:val="19"/></w:rPr>', "paragraph", "Normal"),
    "Heading 1": ('<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>'
                  '</w:pPr><w:rPr><w:rFonts w:ascii="Source Sans Pro" w:hAnsi="Source Sans Pro"/><w:b/>'
                  '<w:color w:val="1F4E79"/><w:sz w:val="28"/></w:rPr>', "paragraph", "Normal"),
    "Block Text": ('<w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="C9CED6"/></w:pBdr>'
                   '<w:spacing w:before="120" w:after="180"/><w:ind w:left="567" w:right="567"/></w:pPr>'
                   '<w:rPr><w:sz w:val="20"/></w:rPr>', "paragraph", "Body Text"),
    "Direct Quote": ('<w:rPr><w:color w:val="1F4E79"/></w:rPr>', "character", None),
    "Bibliography": ('<w:pPr><w:spacing w:after="80"/><w:ind w:left="567" w:hanging="567"/></w:pPr>'
                     '<w:rPr><w:sz w:val="18"/></w:rPr>', "paragraph", "Normal"),
    "Colophon": ('<w:pPr><w:pBdr><w:top w:val="single" w:sz="6" w:space="6" w:color="C9CED6"/></w:pBdr></w:pPr>'
                 '<w:rPr><w:color w:val="5A5F6B"/><w:sz w:val="17"/></w:rPr>', "paragraph", "Normal"),
    "Footnote Text": ('<w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:rFonts w:ascii="Source Sans Pro" '
                      'w:hAnsi="Source Sans Pro"/><w:sz w:val="16"/></w:rPr>', "paragraph", "Normal"),
}


def _style_id(name: str) -> str:
    return name.replace(" ", "")


def _style_xml(name: str, props: str, kind: str, based_on: str | None) -> str:
    based = f'<w:basedOn w:val="{_style_id(based_on)}"/>' if based_on else ""
    return (f'<w:style w:type="{kind}" w:customStyle="1" w:styleId="{_style_id(name)}"><w:name w:val="{name}"/>'
            f'{based}<w:qFormat/>{props}</w:style>')


def reference_docx() -> bytes:
    """pandoc's default reference document with the house styles: deterministic bytes."""
    from pypandoc import get_pandoc_path
    run = subprocess.run([get_pandoc_path(), "--print-default-data-file", "reference.docx"], capture_output=True,
                         check=True)
    source = zipfile.ZipFile(io.BytesIO(run.stdout))
    styles = source.read("word/styles.xml").decode("utf-8")
    for name, (props, kind, based_on) in HOUSE_STYLES.items():
        styles = re.sub(rf'<w:style [^>]*w:styleId="{_style_id(name)}".*?</w:style>', "", styles, flags=re.DOTALL)
        styles = styles.replace("</w:styles>", _style_xml(name, props, kind, based_on) + "</w:styles>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = styles.encode("utf-8") if info.filename == "word/styles.xml" else source.read(info.filename)
            fixed = zipfile.ZipInfo(info.filename, (2000, 1, 1, 0, 0, 0))
            fixed.compress_type, fixed.create_system, fixed.external_attr = zipfile.ZIP_DEFLATED, 3, 0o644 << 16
            target.writestr(fixed, data)
    return out.getvalue()


if __name__ == "__main__":  # python -m briefbuild.rendering.docx templates/reference.docx
    import sys
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "templates/reference.docx")
    target.write_bytes(reference_docx())
    print(f"wrote {target}")

"""The pipeline: load → validate → verify → compose → cite → render → typeset → write.

Everything is gathered and checked before the first byte is written, so a brief that
fails late never leaves a half-built dist/.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .cite import cite
from .compose import Document, compose
from .errors import InputError, Diagnostic
from .project import Project
from .render import render_html
from .validate import load_project
from .write import write_atomic

FORMATS = ("pdf", "html")


@dataclass(frozen=True)
class Options:
    formats: tuple[str, ...] = FORMATS
    out: Path = Path("dist")
    paper: str | None = None
    pdf_variant: str = "pdf/ua-1"
    strict: bool = False


@dataclass
class Result:
    written: list[Path] = field(default_factory=list)


def select(project: Project, brief_ids: list[str]) -> list[str]:
    unknown = [b for b in brief_ids if b not in project.briefs]
    if unknown:
        from .validate import did_you_mean
        raise InputError([Diagnostic("briefs/", 1, 1, "", f"unknown brief '{b}'{did_you_mean(b, project.briefs)}")
                          for b in unknown])
    return brief_ids or sorted(project.briefs)


def prepare(root: Path, brief_ids: list[str], options: Options) -> tuple[Project, list[Document]]:
    project = load_project(root, strict=options.strict)
    docs = [compose(project, bid) for bid in select(project, brief_ids)]
    if options.paper:
        for doc in docs:
            doc.paper = options.paper
    cite(project, docs)
    return project, docs


def typeset_roots(project: Project) -> list[Path]:
    from .fonts import font_dirs
    return [project.root / "templates", *font_dirs()]


def evidence_files(project: Project, brief_id: str) -> list[tuple[str, bytes]]:
    """The brief's own inputs, to embed in a PDF/A-3 so the PDF carries its evidence."""
    return [(p.relative_to(project.root).as_posix(), p.read_bytes()) for p in project.inputs_of(brief_id)]


def build(root: Path, brief_ids: list[str], options: Options) -> Result:
    project, docs = prepare(root, brief_ids, options)
    templates = project.root / "templates"
    out = options.out if options.out.is_absolute() else project.root / options.out
    outputs: list[tuple[Path, bytes]] = []
    for doc in docs:
        if "html" in options.formats:
            outputs.append((out / f"{doc.id}.html", render_html(doc, templates, "screen").encode("utf-8")))
        if "pdf" in options.formats:
            from .fonts import font_face_css
            from .pdf import typeset
            html = render_html(doc, templates, "print", font_face_css())
            attachments = evidence_files(project, doc.id) if options.pdf_variant.startswith("pdf/a-3") else []
            outputs.append((out / f"{doc.id}.pdf", typeset(html, doc.id, typeset_roots(project), templates,
                                                            options.pdf_variant, attachments, doc.brief.date)))
    result = Result()
    for path, data in outputs:
        write_atomic(path, data)
        result.written.append(path)
    return result

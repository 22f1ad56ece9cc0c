"""The command line: thin click commands over the library."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__

ROOT_HELP = "Project folder (holds briefs/, sources/, templates/)."


def _root(ctx: click.Context) -> Path:
    return ctx.obj["root"]


def _print_warnings(project) -> None:
    for w in project.warnings:
        click.echo(str(w), err=True)


@click.group(invoke_without_command=True)
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=None, help=ROOT_HELP)
@click.version_option(__version__, prog_name="briefbuild")
@click.pass_context
def main(ctx: click.Context, root: Path | None) -> None:
    """Build policy briefs from YAML sources into PDF and HTML, verifying every quote.

    With no command, builds every brief into dist/:

        python build.py
    """
    ctx.ensure_object(dict)
    ctx.obj["root"] = (root or ctx.obj.get("root") or Path.cwd()).resolve()
    if ctx.invoked_subcommand is None:
        ctx.invoke(build)


@main.command()
@click.argument("briefs", nargs=-1)
@click.option("--format", "formats", default="pdf,html", show_default=True,
              help="Comma-separated outputs: pdf, html, docx (Word), site (index, feed, sitemap).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("dist"),
              show_default=True, help="Output folder (relative to the project).")
@click.option("--paper", type=click.Choice(["letter", "a4"]), default=None,
              help="Paper size (default from [tool.briefbuild] in pyproject.toml, else letter).")
@click.option("--pdf-variant", type=click.Choice(["pdf/ua-1", "pdf/a-3b", "none"]), default="pdf/ua-1",
              show_default=True, help="PDF standard; pdf/a-3b embeds the brief's YAML files.")
@click.option("--strict", is_flag=True, help="Treat warnings (unused sources and quotes) as errors.")
@click.option("--force", is_flag=True, help="Rebuild even the outputs that are up to date.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for PDFs  [default: number of CPUs]")
@click.option("--shard", callback=lambda ctx, param, value: _shard(value), default=None, metavar="K/N",
              help="Build only the K-th of N stable shares of the briefs (for a CI matrix).")
@click.option("-q", "--quiet", is_flag=True, help="Print only failures and errors.")
@click.option("-v", "--verbose", is_flag=True, help="Also print each stage and its time.")
@click.pass_context
def build(ctx, briefs=(), formats="pdf,html", out=Path("dist"), paper=None, pdf_variant="pdf/ua-1", strict=False,
          force=False, jobs=None, shard=None, quiet=False, verbose=False):
    """Build briefs (all by default) into PDF and HTML; outputs that are up to date are kept.

        python build.py build japan-nato --format pdf --out dist
        python build.py build --jobs 2 --shard 1/4
    """
    from .build.engine import Options, build as run_build
    from .build.progress import Progress
    options = Options(formats=_formats(formats), out=out, paper=paper, pdf_variant=pdf_variant, strict=strict,
                      force=force, jobs=jobs, shard=shard)
    result = run_build(_root(ctx), list(briefs), options, Progress(quiet=quiet, verbose=verbose))
    for warning in result.warnings:
        click.echo(warning, err=True)
    if not quiet:
        shown = {p: p.relative_to(_root(ctx)) if p.is_relative_to(_root(ctx)) else p
                 for p in result.removed + result.written}
        for path in result.removed:
            click.echo(f"removed {shown[path]} (its brief was deleted)")
        for path in result.written:
            click.echo(f"wrote {shown[path]}")
        click.echo(f"{len(result.written)} written, {len(result.up_to_date)} up to date, "
                   f"{len(result.failed)} failed")
    if verbose and result.worker_rss_mb:
        click.echo(f"peak worker memory: {result.worker_rss_mb:.0f} MB", err=True)
    if result.failed:
        names = ", ".join(sorted(f.path.name for f in result.failed))
        raise click.ClickException(f"{len(result.failed)} output(s) failed: {names}")


def _watch_options(command):
    """The options watch and serve share with build."""
    for option in reversed([
        click.argument("briefs", nargs=-1),
        click.option("--format", "formats", default="pdf,html", show_default=True, help="Comma-separated: pdf, html."),
        click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("dist"),
                     show_default=True, help="Output folder (relative to the project)."),
        click.option("--paper", type=click.Choice(["letter", "a4"]), default=None, help="Paper size."),
        click.option("--pdf-variant", type=click.Choice(["pdf/ua-1", "pdf/a-3b", "none"]), default="pdf/ua-1",
                     show_default=True, help="PDF standard."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes for PDFs."),
        click.option("-q", "--quiet", is_flag=True, help="Print only failures and errors."),
        click.option("-v", "--verbose", is_flag=True, help="Also print each stage and its time."),
    ]):
        command = option(command)
    return command


@main.command()
@_watch_options
@click.pass_context
def watch(ctx, briefs, formats, out, paper, pdf_variant, jobs, quiet, verbose):
    """Build, then rebuild the briefs each save affects, until Ctrl-C. Invalid edits print
    their errors and the watcher keeps going.

        python build.py watch --format html
    """
    from .build.engine import Options
    from .build.progress import Progress
    from .commands.watch import watch as run_watch
    options = Options(formats=_formats(formats), out=out, paper=paper, pdf_variant=pdf_variant, jobs=jobs)
    run_watch(_root(ctx), list(briefs), options, Progress(quiet=quiet, verbose=verbose))


@main.command()
@_watch_options
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
@click.pass_context
def serve(ctx, briefs, formats, out, paper, pdf_variant, jobs, quiet, verbose, port):
    """Watch and rebuild, and serve the HTML on 127.0.0.1 with live reload in the browser;
    the front page is the site's index of every brief.

        python build.py serve --port 8000
    """
    from .build.engine import Options
    from .build.progress import Progress
    from .commands.serve import serve as run_serve
    options = Options(formats=tuple(dict.fromkeys([*_formats(formats), "site"])), out=out, paper=paper, pdf_variant=pdf_variant, jobs=jobs)
    run_serve(_root(ctx), list(briefs), options, port, Progress(quiet=quiet, verbose=verbose))


@main.command()
@_watch_options
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--force", is_flag=True, help="Rebuild even the outputs that are up to date.")
@click.pass_context
def site(ctx, briefs, formats, out, paper, pdf_variant, jobs, quiet, verbose, strict, force):
    """Build the site: every brief's web page and PDF, then index.html, feed.xml and sitemap.xml.

        python build.py site          # then publish dist/ (base-url in [tool.briefbuild])
    """
    ctx.invoke(build, briefs=briefs, formats=",".join(dict.fromkeys([*_formats(formats), "site"])), out=out,
               paper=paper, pdf_variant=pdf_variant, jobs=jobs, quiet=quiet, verbose=verbose, strict=strict,
               force=force)


@main.command()
@click.argument("shards", nargs=-1, required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("dist"), show_default=True,
              help="Folder to gather into (relative to the project).")
@click.pass_context
def gather(ctx, shards, out):
    """Gather the output folders of `build --shard K/N` into one: each shard's own outputs and
    one manifest (whose costs balance the next run's shards). Folders are relative to the project.

        python build.py gather shards/* --out dist
    """
    from .build.shards import gather as run_gather
    shards = [s if s.is_absolute() else _root(ctx) / s for s in shards]  # relative to the project, as --out
    result = run_gather(shards, out if out.is_absolute() else _root(ctx) / out)
    click.echo(f"gathered {len(result.copied)} file(s) of {len(result.briefs)} brief(s)")


def _formats(value: str) -> tuple[str, ...]:
    from .build.engine import FORMATS
    chosen = tuple(f.strip() for f in value.split(",") if f.strip())
    if not chosen or any(f not in FORMATS for f in chosen):
        raise click.BadParameter(f"choose from {', '.join(FORMATS)}", param_hint="--format")
    return chosen


def _shard(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    k, _, n = value.partition("/")
    if not (k.isdigit() and n.isdigit() and 1 <= int(k) <= int(n)):
        raise click.BadParameter(f"'{value}' is not K/N with 1 ≤ K ≤ N, e.g. 2/4", param_hint="--shard")
    return int(k), int(n)


@main.command()
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--format", "fmt", type=click.Choice(["text", "github", "json"]), default="text", show_default=True,
              help="github: workflow commands that annotate a pull request; json: for other tools.")
@click.pass_context
def check(ctx, strict, fmt="text"):
    """Validate every source and brief and verify every quote, without rendering.

    What passed before and is byte-identical is not checked again (.cache/briefbuild).

        python build.py check --strict
        python build.py check --format github   # in a GitHub workflow
    """
    if fmt != "text":
        from .commands.annotate import check as annotated
        ctx.exit(annotated(_root(ctx), strict, fmt, click.echo))
    from .checking.validate import load_project
    from .hashing import load_stamps, save_stamps
    stamps = _root(ctx) / ".cache" / "briefbuild" / "stamps.json"  # as a build: unchanged files are not read
    load_stamps(stamps)
    try:
        project = load_project(_root(ctx), strict=strict, include=())
    finally:
        save_stamps(stamps)
    _print_warnings(project)
    reused = (f"; {len(project.briefs)} brief(s) checked now, the rest unchanged since they passed"
              if project.reused else "")
    click.echo(f"ok: {len(project.all_brief_ids)} brief(s), {len(project.all_source_ids)} source(s), "
               f"{len(project.all_quote_ids)} quote(s) verified{reused}")


@main.command()
@click.option("--check", "only_check", is_flag=True, help="Exit 1 if the committed schemas are stale.")
@click.option("--markdown", is_flag=True, help="Print the README's field reference instead.")
def schema(only_check, markdown):
    """Write the JSON Schemas (briefbuild/schemas/) that editors use to complete and validate YAML.

        python build.py schema
    """
    from .inputs.schema import reference_markdown, stale_schemas, write_schemas
    if markdown:
        click.echo(reference_markdown(), nl=False)
        return
    if only_check:
        stale = stale_schemas()
        if stale:
            raise click.ClickException(f"stale schemas: {', '.join(stale)}: run python build.py schema")
        click.echo("schemas are up to date")
        return
    for path in write_schemas():
        click.echo(f"wrote {path.name}")


@main.command()
@click.argument("brief", required=False)
@click.option("--format", "formats", default="csl-json,bibtex,biblatex", show_default=True,
              help="Comma-separated: csl-json, bibtex, biblatex.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("dist/export"),
              show_default=True, help="Output folder (relative to the project).")
@click.pass_context
def export(ctx, brief, formats, out):
    """Export the sources a brief cites (all sources without BRIEF) as CSL-JSON, BibTeX and BibLaTeX.

        python build.py export japan-nato --format bibtex
    """
    from .commands.export import EXPORT_FORMATS, export as run_export
    from .checking.validate import load_project
    chosen = tuple(f.strip() for f in formats.split(",") if f.strip())
    if not chosen or any(f not in EXPORT_FORMATS for f in chosen):
        raise click.BadParameter(f"choose from {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    project = load_project(_root(ctx), briefs=[brief] if brief else None)
    out = out if out.is_absolute() else _root(ctx) / out
    for path in run_export(project, brief, chosen, out):
        click.echo(f"wrote {path}")


@main.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace existing sources entirely.")
@click.option("--update", is_flag=True, help="Replace the bibliographic fields of existing sources, keeping their text and quotes.")
@click.pass_context
def import_(ctx, file, force, update):
    """Import references (CSL-JSON, BibTeX, BibLaTeX, RIS) as sources/<id>.yaml, one per item.

        python build.py import zotero-export.json
    """
    from .commands.importer import import_file
    report = import_file(_root(ctx), file, force=force, update=update)
    for path in report.written:
        click.echo(f"wrote {path.relative_to(_root(ctx)).as_posix()}")
    for key in report.kept:
        click.echo(f"kept sources/{key}.yaml: it exists (--update replaces its bibliographic fields, --force all)", err=True)
    for line in report.dropped:
        click.echo(f"dropped {line}", err=True)
    for line in report.refused:
        click.echo(f"not imported: {line}", err=True)
    click.echo(f"{len(report.written)} imported, {len(report.kept)} kept, {len(report.refused)} not imported")
    if report.refused or report.kept:
        sys.exit(1)


@main.command()
@click.argument("brief")
@click.pass_context
def notes(ctx, brief):
    """Print a brief's formatted notes and bibliography (HTML fragments), as the CSL style gives them.

        python build.py notes japan-nato > tests/golden/japan-nato.notes.html
    """
    from .build.engine import Options, prepare
    _, docs = prepare(_root(ctx), [brief], Options())
    doc = docs[0]
    click.echo(f"<!-- {doc.id}: {doc.style} -->")
    for note in doc.notes:
        click.echo(f"<p>{note.number}. {note.html}</p>")
    click.echo(f"<h2>{doc.references_heading}</h2>")
    for entry in doc.bibliography:
        click.echo(f"<p>{entry}</p>")


@main.command()
@click.argument("briefs", nargs=-1)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("dist"),
              show_default=True, help="Output folder; the pictures go to its look/ folder.")
@click.pass_context
def look(ctx, briefs, out):
    """Build briefs, then render their PDF pages and web page (375 and 1280 px, light and dark) to PNG.

        python build.py look japan-nato      # then open dist/look/*.png
    """
    from .commands.look import look as run_look
    for shot in run_look(_root(ctx), list(briefs), out):
        click.echo(f"{shot.path.relative_to(_root(ctx)) if shot.path.is_relative_to(_root(ctx)) else shot.path}"
                   f"  ({shot.what})")


@main.command()
@click.option("--tests", is_flag=True, help="Also require what the tests use (Chromium, pdftoppm, strace).")
def doctor(tests):
    """Check this machine: WeasyPrint, Pango, HarfBuzz subsetting, fonts, pandoc, CSL styles, test tools.

    One line per piece, OK or MISSING with what to install; exit 1 if a required piece is missing.

        python build.py doctor --tests
    """
    from .commands.doctor import diagnose, report
    lines, healthy = report(diagnose(), tests)
    click.echo("\n".join(lines))
    if not healthy:
        raise click.ClickException("a required piece is missing: install what the MISSING lines say")


def run(root: Path | None = None, prog_name: str = "build.py") -> None:
    """Entry point (build.py: the project is the folder build.py stands in).

    Exits without the interpreter's teardown, as mypy does: every output is written and
    closed by then, and tearing down a large project's objects costs 0.2-0.4 s per run."""
    import os
    try:
        main(obj={"root": root}, prog_name=prog_name)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
        if isinstance(exc.code, str):
            click.echo(exc.code, err=True)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def console() -> None:
    """The `briefbuild` command and `python -m briefbuild`."""
    run(None, "briefbuild")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""The command line: thin click commands over the library."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .chars import escape
from .errors import OutputError

ROOT_HELP = "Project folder (holds briefs/, sources/, templates/)."


def _root(ctx: click.Context) -> Path:
    return ctx.obj["root"]


def _shown(path: Path, ctx: click.Context) -> str:
    from .build.progress import shown
    return shown(path, _root(ctx))


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

    \b
        python build.py
    """
    ctx.ensure_object(dict)
    ctx.obj["root"] = (root or ctx.obj.get("root") or Path.cwd()).resolve()
    if ctx.invoked_subcommand != "check":  # check makes it itself: in JSON with --format json
        _cache_stays_inside(ctx.obj["root"])
    if ctx.invoked_subcommand is None:
        ctx.invoke(build)


def _cache_stays_inside(root: Path) -> None:
    """.cache/ is data the tool writes and reads back: a link planted in a repository
    (`.cache -> ~/elsewhere`) would have every command read and write outside the project."""
    import os

    from .errors import BriefError
    from .files import leads_out
    def refuse(rel: str) -> None:
        real = leads_out(root, rel)
        if real:
            raise BriefError(f"{escape(rel)}: a symbolic link leads out of the project (to {escape(real)}): "
                             f"delete it (rm {escape(rel)}); the next command makes a new one")
    refuse(".cache")
    refuse(".cache/briefbuild")
    try:  # its folders and records (yaml/, notes/, webfonts/, verdict.json): one listing, no deeper
        inner = sorted(e.name for e in os.scandir(root / ".cache" / "briefbuild") if e.is_symlink())
    except OSError:
        inner = []
    for name in inner:
        refuse(f".cache/briefbuild/{name}")


STRICT = click.option("--strict", is_flag=True, help="Treat warnings (unused sources and quotes) as errors.")


def _build_options(command):
    """The options build, watch and serve share: one definition each, defaults from build/options.py."""
    from .build.options import DEFAULT_FORMATS, DEFAULT_PDF_VARIANT, FORMATS, PAPERS, PDF_VARIANTS
    for option in reversed([
        click.argument("briefs", nargs=-1),
        click.option("--format", "formats", default=",".join(DEFAULT_FORMATS), show_default=True,
                     help=f"Comma-separated outputs: {', '.join(FORMATS)} (docx: Word; site: index, feed, sitemap)."),
        click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("dist"),
                     show_default=True, help="Output folder (relative to the project)."),
        click.option("--paper", type=click.Choice(PAPERS), default=None,
                     help="Paper size (default from [tool.briefbuild] in pyproject.toml, else letter)."),
        click.option("--pdf-variant", type=click.Choice(PDF_VARIANTS), default=DEFAULT_PDF_VARIANT,
                     show_default=True, help="PDF standard; pdf/a-3b embeds the brief's YAML files."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
                     help="Worker processes for PDFs  [default: number of CPUs]"),
        click.option("-q", "--quiet", is_flag=True, help="Print only failures and errors."),
        click.option("-v", "--verbose", is_flag=True, help="Also print each stage and output with its time."),
    ]):
        command = option(command)
    return command


def _options(formats: str, out: Path, paper: str | None, pdf_variant: str, jobs: int | None, **more):
    from .build.options import Options
    return Options(formats=_formats(formats), out=out, paper=paper, pdf_variant=pdf_variant, jobs=jobs, **more)


@main.command()
@_build_options
@STRICT
@click.option("--force", is_flag=True, help="Rebuild even the outputs that are up to date.")
@click.option("--shard", callback=lambda ctx, param, value: _shard(value), default=None, metavar="K/N",
              help="Build only the K-th of N stable shares of the briefs (for a CI matrix).")
@click.pass_context
def build(ctx, briefs, formats, out, paper, pdf_variant, jobs, quiet, verbose, strict, force, shard):
    """Build briefs (all by default) into PDF and HTML; outputs that are up to date are kept.

    \b
        python build.py build japan-nato --format pdf --out dist
        python build.py build --jobs 2 --shard 1/4
    """
    from .build.engine import build as run_build
    from .build.progress import Progress, report
    result = run_build(_root(ctx), list(briefs), _options(formats, out, paper, pdf_variant, jobs, strict=strict,
                                                          force=force, shard=shard),
                       Progress(quiet=quiet, verbose=verbose))
    report(result, _root(ctx), quiet, out=click.echo, err=lambda text: click.echo(text, err=True))
    if verbose and result.worker_rss_mb:
        click.echo(f"peak worker memory: {result.worker_rss_mb:.0f} MB", err=True)
    if verbose:
        from .cache import REJECTED
        for line in REJECTED:  # records in dist/ and .cache/ that were not used
            click.echo(escape(line), err=True)
    if result.failed:
        names = ", ".join(sorted(f.path.name for f in result.failed))
        unwritten = [f for f in result.failed if f.write]
        if unwritten:
            raise OutputError(unwritten[0].message)  # the path, why and the fix (build/unwritable.py)
        raise click.ClickException(f"{len(result.failed)} output(s) failed: {names}")


@main.command()
@_build_options
@click.pass_context
def watch(ctx, briefs, formats, out, paper, pdf_variant, jobs, quiet, verbose):
    """Build, then rebuild the briefs each save affects, until Ctrl-C. Invalid edits print
    their errors and the watcher keeps going.

    \b
        python build.py watch --format html
    """
    from .build.progress import Progress
    from .commands.watch import watch as run_watch
    run_watch(_root(ctx), list(briefs), _options(formats, out, paper, pdf_variant, jobs),
              Progress(quiet=quiet, verbose=verbose))


@main.command()
@_build_options
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
@click.pass_context
def serve(ctx, briefs, formats, out, paper, pdf_variant, jobs, quiet, verbose, port):
    """Watch and rebuild, and serve the HTML on 127.0.0.1 with live reload in the browser;
    the front page is the site's index of every brief.

    \b
        python build.py serve --port 8000
    """
    from .build.progress import Progress
    from .commands.serve import serve as run_serve
    formats = formats if "site" in formats.split(",") else f"{formats},site"  # the front page is the site's index
    run_serve(_root(ctx), list(briefs), _options(formats, out, paper, pdf_variant, jobs), port,
              Progress(quiet=quiet, verbose=verbose))


@main.command()
@_build_options
@STRICT
@click.option("--force", is_flag=True, help="Rebuild even the outputs that are up to date.")
@click.pass_context
def site(ctx, briefs, formats, out, paper, pdf_variant, jobs, quiet, verbose, strict, force):
    """Build the site: every brief's web page and PDF, then index.html, feed.xml and sitemap.xml.

    \b
        python build.py site          # then publish dist/ (base-url in [tool.briefbuild])
    """
    ctx.invoke(build, briefs=briefs, formats=",".join(dict.fromkeys([*_formats(formats), "site"])), out=out,
               paper=paper, pdf_variant=pdf_variant, jobs=jobs, quiet=quiet, verbose=verbose, strict=strict,
               force=force, shard=None)


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
    root = _root(ctx)
    shards = [s if s.is_absolute() else root / s for s in shards]  # relative to the project, as --out
    # The briefs the shards split (shards.shard_ids): every one must have been built by one of them.
    briefs = sorted(p.stem for p in (root / "briefs").glob("*.yaml"))
    from .build.engine import Options, output_dir
    out = output_dir(root, Options(out=out))  # not through a link leading out of the project, nor into sources/
    result = run_gather(shards, out, briefs)
    line = f"gathered {len(result.copied)} file(s) of {len(result.briefs)} brief(s)"
    if result.missing:  # a shard packing its own outputs, or a run whose other shards are not given
        n = result.shards[0][1]
        line += (f" from shard(s) {', '.join(str(k) for k, _ in result.shards)} of {n}: a part, without "
                 f"shard(s) {', '.join(map(str, result.missing))}")
    click.echo(line)


def _formats(value: str) -> tuple[str, ...]:
    from .build.options import FORMATS
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
@STRICT
@click.option("--format", "fmt", type=click.Choice(["text", "github", "json"]), default="text", show_default=True,
              help="github: workflow commands that annotate a pull request; json: for other tools.")
@click.pass_context
def check(ctx, strict, fmt="text"):
    """Validate every source and brief and verify every quote, without rendering.

    What passed before and is byte-identical is not checked again (.cache/briefbuild).

    \b
        python build.py check --strict
        python build.py check --format github   # in a GitHub workflow
    """
    if fmt != "text":  # every failure in the format asked for, never plain text (annotate.py)
        from .commands.annotate import check as annotated
        ctx.exit(annotated(_root(ctx), strict, fmt, click.echo, first=lambda: _cache_stays_inside(_root(ctx))))
    _cache_stays_inside(_root(ctx))
    from .checking.validate import load_project
    project = load_project(_root(ctx), strict=strict, include=())
    from .rendering.theme import load_theme
    load_theme(project.root, project.config.theme)  # its files too: a logo, a font (themefiles.py)
    _print_warnings(project)
    reused = (f"; {len(project.briefs)} brief(s) checked now, the rest unchanged since they passed"
              if project.reused else "")
    click.echo(f"ok: {len(project.all_brief_ids)} brief(s), {len(project.all_source_ids)} source(s), "
               f"{len(project.all_quote_ids)} quote(s) verified{reused}")


@main.command()
@click.option("--check", "only_check", is_flag=True, help="Exit 1 if the committed schemas are stale.")
@click.option("--markdown", is_flag=True, help="Print the README's field reference instead.")
@click.pass_context
def schema(ctx, only_check, markdown):
    """Write the JSON Schemas (briefbuild/schemas/) that editors use to complete and validate YAML.

    \b
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
        click.echo(f"wrote {_shown(path, ctx)}")


@main.command()
@click.argument("brief", required=False)
@click.option("--format", "formats", default="csl-json,bibtex,biblatex", show_default=True,
              help="Comma-separated: csl-json, bibtex, biblatex.")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("dist/export"),
              show_default=True, help="Output folder (relative to the project).")
@click.pass_context
def export(ctx, brief, formats, out):
    """Export the sources a brief cites (all sources without BRIEF) as CSL-JSON, BibTeX and BibLaTeX.

    \b
        python build.py export japan-nato --format bibtex
    """
    from .checking.validate import load_project
    from .commands.export import EXPORT_FORMATS
    from .commands.export import export as run_export
    chosen = tuple(f.strip() for f in formats.split(",") if f.strip())
    if not chosen or any(f not in EXPORT_FORMATS for f in chosen):
        raise click.BadParameter(f"choose from {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    project = load_project(_root(ctx), briefs=[brief] if brief else None)
    from .build.engine import Options, output_dir
    out = output_dir(_root(ctx), Options(out=out))  # not through a link leading out of the project
    for path in run_export(project, brief, chosen, out):
        click.echo(f"wrote {_shown(path, ctx)}")


@main.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace existing sources entirely.")
@click.option("--update", is_flag=True,
              help="Replace the bibliographic fields of existing sources, keeping their text and quotes.")
@click.pass_context
def import_(ctx, file, force, update):
    """Import references (CSL-JSON, BibTeX, BibLaTeX, RIS) as sources/<id>.yaml, one per item.

    \b
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
    for line in report.notes:
        click.echo(f"note: {line}", err=True)
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

    \b
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

    \b
        python build.py look japan-nato      # then open dist/look/*.png
    """
    from .commands.look import look as run_look
    notes: list[str] = []
    shots = run_look(_root(ctx), list(briefs), out, notes)
    for note in dict.fromkeys(notes):
        click.echo(f"note: {note}", err=True)
    for shot in shots:
        click.echo(f"{_shown(shot.path, ctx)}  ({shot.what})")


@main.command()
@click.option("--tests", is_flag=True, help="Also require what the tests use (Chromium, pdftoppm, strace).")
def doctor(tests):
    """Check this machine: WeasyPrint, Pango, HarfBuzz subsetting, fonts, pandoc, CSL styles, test tools.

    One line per piece, OK or MISSING with what to install; exit 1 if a required piece is missing.

    \b
        python build.py doctor --tests
    """
    from .commands.doctor import diagnose, report
    lines, healthy = report(diagnose(), tests)
    click.echo("\n".join(lines))
    if not healthy:
        raise click.ClickException("a required piece is missing: install what the MISSING lines say")


# Sources: capture, show, find, new (briefbuild/commands/add.py, update.py, show.py, find.py, new.py).

@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--id", "source_id", default=None, help="Source id (default: publication, date and title words).")
@click.option("--type", "kind", default=None, help="CSL type, e.g. article-newspaper, report, interview.")
@click.option("--voice", type=click.Choice(["reported", "transcript", "authored"]), default=None,
              help="Whose words the text is; transcript marks 'Name:' turns (default from the type).")
@click.option("--set", "pairs", multiple=True, metavar="KEY=VALUE",
              help="Any source field, e.g. --set issued=2024-05-14 --set 'author=Sato, Mariko; Okafor, Daniel'.")
@click.option("--update", "update_id", default=None, metavar="SOURCE",
              help="Capture a newer version of SOURCE: re-anchor its quotes, or list those whose words are gone.")
@click.option("--keep", is_flag=True, help="Also copy the captured file under sources/originals/.")
@click.pass_context
def add(ctx, file, source_id, kind, voice, pairs, update_id, keep):
    """Make a source from a saved web page (.html, or .mhtml as one file), a PDF or a text file (.txt, .md).

    Writes sources/<id>.yaml and the stored text beside it, and lists the fields to fill.

    \b
        python build.py add ~/Downloads/article.html --set accessed=2024-05-20
        python build.py add report.pdf --id harbor-2026-review --keep
        python build.py add article-corrected.html --update harbor-times-2024-05-14-japan-nato
    """
    from datetime import date
    if update_id:
        from .commands.update import update
        updated = update(_root(ctx), file, update_id, today=date.today(), keep=keep)
        for note in updated.notes:
            click.echo(f"note: {note}")
        if updated.unchanged:
            click.echo(f"sources/{update_id}: the stored text is unchanged; nothing written")
            return
        for move in updated.moves:
            click.echo(move)
        click.echo(f"updated sources/{update_id}.yaml and its stored text ({len(updated.moves)} quote(s) moved)")
        return
    from .commands.add import add as run_add
    from .commands.add import parse_fields
    done = run_add(_root(ctx), file, source_id=source_id, kind=kind, voice=voice, fields=parse_fields(list(pairs)),
                   keep=keep)
    click.echo(f"wrote sources/{done.source.name}")
    pages = f", {done.pages} pages" if done.pages else ""
    click.echo(f"wrote sources/{done.text.name} ({done.paragraphs} paragraphs{pages})")
    if done.kept:
        click.echo(f"kept the original as sources/originals/{done.kept.name}")
    for note in done.notes:
        click.echo(f"note: {note}")
    if done.truncated:
        click.echo(f"warning: {done.truncated}: sources/{done.text.name} is not the whole article "
                   f"(written as a comment in sources/{done.source.name})", err=True)
    if done.missing:
        click.echo(f"not found in the file, fill in sources/{done.source.name}: {', '.join(done.missing)}")


@main.command()
@click.argument("source")
@click.option("--width", type=click.IntRange(min=40), default=88, show_default=True, help="Line width.")
@click.pass_context
def show(ctx, source, width):
    """Print a source's stored text with paragraph (and page) numbers and its quotes marked.

    \b
        python build.py show national-defense-2022-12-06-japan-nato | less
    """
    from .commands.show import show as run_show
    warnings: list = []
    shown = run_show(_root(ctx), source, width, warnings)
    for w in warnings:
        click.echo(str(w), err=True)
    click.echo(shown, nl=False)


@main.command()
@click.argument("phrase")
@click.option("--source", "only", default=None, help="Search this source only.")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=3, show_default=True, help="Matches to print.")
@click.option("--add", "add_to", default=None, metavar="SOURCE", help="Append the best match's entry to SOURCE.")
@click.option("--id", "quote_id", default=None, help="The quote id for --add.")
@click.pass_context
def find(ctx, phrase, only, limit, add_to, quote_id):
    """Find which source and paragraph a phrase comes from, and who said it.

    Prints the passage and a quote entry that passes check; --add appends it to the source.

    \b
        python build.py find "a triangle with the United States at the centre"
        python build.py find "triangle with the United States" --add national-defense-2022-12-06-japan-nato \
            --id nagashima-triangle
    """
    from .commands import find as f
    from .commands.corpus import people
    root = _root(ctx)
    matches, diags = f.find(root, phrase, limit=limit, only=add_to or only)
    for d in diags:
        click.echo(f"skipped: {d}" if d.severity == "error" else str(d), err=True)
    if not matches:
        raise click.ClickException(f"no source has a passage like '{phrase}'")
    taken = f.quote_ids(root)
    known = people(root, [])
    if add_to:
        qid = quote_id or f.suggest_quote_id(matches[0], known, taken)
        path = f.add_to_source(root, matches[0], qid, taken)
        click.echo(f"added quote '{qid}' to sources/{path.name} (paragraph {matches[0].paragraph}):")
        click.echo("\n".join(matches[0].entry(qid)))
        return
    for k, m in enumerate(matches, 1):
        where = f"paragraph {m.paragraph}" + (f", page {m.page}" if m.page else "")
        click.echo(f"{k}. {m.source}, {where} (score {m.score:.0f})")
        click.echo(f"   passage: {m.passage}")
        click.echo(f"   who: {m.who}")
        if m.problem:
            click.echo(f"   not ready to add: {m.problem}")
        click.echo("   entry:" if not m.problem else "   entry (fix first):")
        click.echo("\n".join("   " + line for line in m.entry(quote_id or f.suggest_quote_id(m, known, taken))))
        click.echo("")


@main.command()
@click.argument("what", type=click.Choice(["brief", "source", "people"]))
@click.argument("item_id", metavar="[ID]", required=False)
@click.pass_context
def new(ctx, what, item_id):
    """Write a commented starting file for a brief, a source or the people; fill its <…> placeholders.
    A project without sources/people.yaml gets its starting file too.

    \b
        python build.py new brief japan-nato-2025
        python build.py new source harbor-times-2024-05-14-nato
        python build.py new people
    """
    from .commands.new import new as run_new
    from .commands.new import people_starter
    if (what == "people") != (item_id is None):
        raise click.UsageError("new people takes no ID" if what == "people" else f"new {what} needs an ID")
    root = _root(ctx)
    paths = [run_new(root, what, item_id)]
    if what != "people" and (people := people_starter(root)):
        paths.append(people)
    for path in paths:
        click.echo(f"wrote {path.relative_to(root)}: fill its <…> placeholders, then run: build.py check")


def run(root: Path | None = None, prog_name: str = "build.py") -> None:
    """Entry point (build.py: the project is the folder build.py stands in).

    Exit status: 0 success, 1 input error, 2 usage error, 3 an output could not be written
    (or a port opened), 130 interrupted by Ctrl-C. Exits without the interpreter's teardown,
    as mypy does: every output is written and closed by then, and tearing down a large
    project's objects costs 0.2-0.4 s per run."""
    import os

    from .errors import INTERRUPTED
    try:
        code = main(obj={"root": root}, prog_name=prog_name, standalone_mode=False)
        code = code if isinstance(code, int) else 0
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    except OSError as exc:  # a write no command caught (export, look, schema): one line, never a traceback
        where = f" {escape(str(exc.filename))}" if exc.filename else ""
        click.echo(f"Error: cannot write{where}: {exc.strerror or exc}: check that the folder exists and is "
                   "writable and that the disk has space", err=True)
        code = 3
    except (click.Abort, KeyboardInterrupt):
        click.echo("interrupted: every output written so far is complete (each is replaced whole); "
                   "a build run again finishes the rest", err=True)
        code = INTERRUPTED
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
        if isinstance(exc.code, str):
            click.echo(exc.code, err=True)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe or a full disk behind stdout
        code = code or 3
    os._exit(code)


def console() -> None:
    """The `briefbuild` command and `python -m briefbuild`."""
    run(None, "briefbuild")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

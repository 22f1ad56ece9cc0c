"""The renderer's sandbox, through real WeasyPrint renders: nothing outside templates and fonts is read.

Each hostile reference is rendered by `pdf.typeset` (the code the build runs) and must end in
a RenderError naming the brief; a positive control shows the same reference inside
templates/ is embedded, so a refusal is the sandbox at work and not a broken test.
"""
from __future__ import annotations

import http.server
import struct
import threading
import zlib
from pathlib import Path

import pikepdf
import pytest
from conftest import SAMPLE_BRIEF, cli
from weasyprint.urls import FatalURLFetchingError

from briefbuild.errors import RenderError
from briefbuild.rendering.fonts import font_dirs
from briefbuild.rendering.pdf import typeset
from briefbuild.rendering.sandbox import SandboxFetcher


def png(width: int = 3, height: int = 2) -> bytes:
    """A real RGB PNG, so WeasyPrint would embed it if it were allowed to read it."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\0" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


@pytest.fixture
def layout(tmp_path):
    """A project-like folder: templates/ (the sandbox root) and a secret PNG beside it, outside."""
    templates = tmp_path / "project" / "templates"
    templates.mkdir(parents=True)
    (templates / "inside.png").write_bytes(png())
    secret = tmp_path / "secret.png"
    secret.write_bytes(png(5, 5))
    return templates, secret


def render(templates: Path, body: str, head: str = "") -> bytes:
    html = f"<!DOCTYPE html><html><head><title>t</title>{head}</head><body><p>Text</p>{body}</body></html>"
    return typeset(html, "hostile-brief", [templates, *font_dirs()], templates, variant="none")


def images_in(pdf: bytes) -> int:
    import io
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return sum(1 for page in doc.pages for _ in page.get_images())


def attachments_in(pdf: bytes) -> list[str]:
    import io
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        files = list(doc.attachments.keys())
        for page in doc.pages:
            for annot in page.get("/Annots", []):
                if annot.get("/Subtype") == "/FileAttachment":
                    files.append(str(annot.FS.get("/UF", annot.FS.get("/F"))))
        return files


def assert_refused(templates: Path, url_part: str, body: str = "", head: str = "") -> None:
    with pytest.raises(RenderError) as err:
        render(templates, body, head)
    message = err.value.format_message()
    assert message.startswith("brief 'hostile-brief': refused to read "), message
    assert url_part in message, message


# The positive controls: the same constructs inside templates/ do work.

def test_image_inside_templates_is_embedded(layout):
    templates, _ = layout
    assert images_in(render(templates, '<img src="inside.png">')) == 1


def test_data_url_image_is_embedded(layout):
    import base64
    templates, _ = layout
    data = base64.b64encode(png()).decode()
    assert images_in(render(templates, f'<img src="data:image/png;base64,{data}">')) == 1


def test_attachment_inside_templates_is_embedded(layout):
    templates, _ = layout
    assert attachments_in(render(templates, '<a rel="attachment" href="inside.png">x</a>'))


# The refusals.

@pytest.mark.parametrize("body, head, url_part", [
    ('<img src="file:///etc/passwd">', "", "file:///etc/passwd"),
    ("", '<link rel="stylesheet" href="file:///etc/passwd">', "file:///etc/passwd"),
    ("", "<style>@import url(file:///etc/passwd);</style>", "file:///etc/passwd"),
    ("", "<style>body { background: url(file:///etc/hostname) }</style>", "file:///etc/hostname"),
    ("", "<style>@font-face { font-family: X; src: url(file:///etc/passwd) } p { font-family: X }</style>",
     "file:///etc/passwd"),
    ('<link rel="attachment" href="file:///etc/hostname">', "", "file:///etc/hostname"),
    ('<a rel="attachment" href="file:///etc/passwd">see</a>', "", "file:///etc/passwd"),
    ('<img src="file://localhost/etc/passwd">', "", "file://localhost/etc/passwd"),
    ('<img src="file://example.org/etc/passwd">', "", "file://example.org/etc/passwd"),
    ('<img src="file:///etc/%2e%2e/etc/passwd">', "", "/etc/passwd"),
    ('<img src="ftp://127.0.0.1/x.png">', "", "ftp://127.0.0.1/x.png"),
    ('<object data="file:///etc/passwd"></object>', "", "file:///etc/passwd"),
    ('<svg><image href="file:///etc/passwd"/></svg>', "", "file:///etc/passwd"),
], ids=["img", "stylesheet", "css-import", "css-background", "font-face", "link-attachment",
        "a-attachment", "file-localhost", "file-remote-host", "percent-dotdot", "ftp", "object", "svg-image"])
def test_reference_outside_the_sandbox_is_refused(layout, body, head, url_part):
    assert_refused(layout[0], url_part, body, head)


def test_svg_in_templates_referencing_outside_is_refused(layout):
    """WeasyPrint catches even BaseException while drawing an SVG: typeset checks `refused` afterwards."""
    templates, secret = layout
    (templates / "figure.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        f'<image href="{secret.as_uri()}" width="10" height="10"/></svg>', "utf-8")
    assert_refused(templates, secret.as_uri(), '<img src="figure.svg">')


def test_dotdot_escape_from_templates_is_refused(layout):
    templates, secret = layout
    assert_refused(templates, "/secret.png", '<img src="../../secret.png">')


def test_absolute_path_to_an_outside_png_is_refused(layout):
    templates, secret = layout
    assert_refused(templates, secret.as_uri(), f'<img src="{secret.as_uri()}">')


def test_symlink_inside_templates_pointing_outside_is_refused(layout):
    templates, secret = layout
    (templates / "innocent.png").symlink_to(secret)
    assert_refused(templates, "innocent.png", '<img src="innocent.png">')


def test_symlinked_folder_inside_templates_pointing_outside_is_refused(layout):
    templates, secret = layout
    (templates / "assets").symlink_to(secret.parent, target_is_directory=True)
    assert_refused(templates, "assets/secret.png", '<img src="assets/secret.png">')


@pytest.fixture
def http_server():
    """A real HTTP server on 127.0.0.1 that records every request it receives."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")  # the redirect of CVE-2025-68616's kind
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.parametrize("shape", ['<img src="{url}/a.png">', '<link rel="attachment" href="{url}/x">',
                                   "<style>@import url({url}/s.css);</style>"])
def test_local_http_server_receives_no_request(layout, http_server, shape):
    url, requests = http_server
    assert_refused(layout[0], url, shape.format(url=url))
    assert requests == [], "the renderer contacted the network"


def test_fetcher_keeps_every_refused_url(layout):
    templates, _ = layout
    fetcher = SandboxFetcher([templates])
    for url in ("file:///etc/passwd", "http://127.0.0.1:9/", "file:///nonexistent%00.png"):
        with pytest.raises(FatalURLFetchingError):
            fetcher.fetch(url)
    assert fetcher.refused == ["file:///etc/passwd", "http://127.0.0.1:9/", "file:///nonexistent%00.png"]
    assert fetcher.fetch((templates / "inside.png").as_uri()).read() == png()


def test_template_reading_etc_passwd_fails_the_build_naming_the_brief(project):
    """End to end through the CLI: a hostile stylesheet is an error naming the brief, not a traceback."""
    css = project / "templates" / "css" / "print.css"
    css.write_text(css.read_text("utf-8") + '\nbody { background: url("file:///etc/passwd"); }\n', "utf-8")
    run = cli(project, "build", "--format", "pdf")
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert f"brief '{SAMPLE_BRIEF}': refused to read file:///etc/passwd" in run.stderr, run.stderr
    assert not (project / "dist" / f"{SAMPLE_BRIEF}.pdf").exists(), "a refused render writes no PDF"


# An image WeasyPrint cannot draw is replaced by its alt text and only logged: the build must fail instead.
@pytest.mark.parametrize("name,body", [
    ("damaged.png", png()[:40]),
    ("bomb.png", b"\x89PNG\r\n\x1a\n" + png()[8:16] + struct.pack(">II", 20_000, 20_000) + png()[24:]),
    ("unclosed.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5">'),
], ids=["damaged-png", "20000x20000-png", "unclosed-svg"])
def test_an_image_that_cannot_be_drawn_fails_the_render(layout, name, body):
    templates, _ = layout
    (templates / name).write_bytes(body)
    with pytest.raises(RenderError) as err:
        render(templates, f'<img src="{name}" alt="What the figure shows">')
    message = err.value.format_message()
    assert message.startswith("brief 'hostile-brief': an image could not be drawn ("), message
    assert f"/templates/{name}" in message and "the PDF would show its alt text in its place" in message

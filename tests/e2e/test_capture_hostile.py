"""Hostile files given to `add` are data only: no script runs, no URL is fetched, no file outside
the project is read (strace, as in test_hostile.py), and a file that cannot be read gets a clear
error with nothing written. A local HTTP server counts any request the capture would make."""
from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pikepdf
import pytest
from conftest import REPO
from factory import make_project
from test_hostile import STRACE, Run, allowed, bait, outside, parse_trace

pytestmark = pytest.mark.skipif(STRACE is None, reason="strace is not installed (make test installs it)")


@pytest.fixture
def server():
    """A web server on 127.0.0.1 that records every request made to it."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<p>fetched</p>")

        def log_message(self, *args):
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}", hits
    httpd.shutdown()
    httpd.server_close()
    thread.join()  # no thread outlives the test: a later one may fork (parallel.py)


def run(tmp: Path, project: Path, *args: str) -> Run:
    """The real CLI under strace (as test_hostile.run), HOME and TMPDIR inside the test's folder.
    The checkout's own folder may be listed (not read) when it is on the import path."""
    import os
    import subprocess
    import sys
    for d in ("home", "tmp"):
        (tmp / d).mkdir(exist_ok=True)
    trace = tmp / "tmp" / "strace.out"
    env = {**os.environ, "HOME": str(tmp / "home"), "TMPDIR": str(tmp / "tmp")}
    cmd = [STRACE, "-f", "-qq", "-z", "-y", "-s", "4096", "-e", "trace=open,openat,openat2,creat",
           "-o", str(trace), sys.executable, "-m", "briefbuild", "--root", str(project), *args]
    proc = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, timeout=120, check=False)
    opened = parse_trace(trace)
    trace.unlink()
    stray = [p for p in outside(opened, allowed(tmp, project)) if p != str(REPO.resolve())]
    assert not stray, f"read outside the allow-list: {stray}"
    return Run(proc.returncode, proc.stdout, proc.stderr, opened)


def _downloads(tmp: Path) -> Path:
    folder = tmp / "home" / "Downloads"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _sources(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted((root / "sources").rglob("*")) if p.is_file()}


def test_a_page_with_scripts_frames_and_file_links_is_read_as_data(tmp_path, server):
    url, hits = server
    secret = bait(tmp_path, "secret.txt", "SECRET-FILE-CONTENT")
    root = make_project(tmp_path / "project")
    page = _downloads(tmp_path) / "article.html"
    page.write_text(f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<base href="file://{secret.parent}/"><meta http-equiv="refresh" content="0; url={url}/refresh">
<title>Hostile Article</title><link rel="stylesheet" href="file://{secret}"><link rel="canonical" href="{url}/canonical">
<script src="{url}/script.js"></script><script>fetch("{url}/fetch"); document.write("INJECTED-BY-SCRIPT")</script>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Hostile Article", "datePublished": "2024-01-05",
 "author": {{"@type": "Person", "name": "Ann Lee"}}, "mainEntityOfPage": "file://{secret}"}}</script>
</head><body onload="fetch('{url}/onload')"><article><h1>Hostile Article</h1>
<p>The first paragraph of the article is long enough to be kept by the extractor as body text of the page.</p>
<iframe src="file://{secret}"></iframe><iframe src="{url}/frame"></iframe><img src="{url}/img.png">
<object data="file://{secret}"></object><embed src="{url}/embed">
<p>The second paragraph links to <a href="file://{secret}">a local file</a> and to <a href="{url}/a">a page</a>,
and it also is long enough to be kept as body text.</p>
<p><![CDATA[ x ]]> <!-- a comment --> The third paragraph closes the article with a sentence of its own.</p>
</article></body></html>""", "utf-8")
    result = run(tmp_path, root, "add", str(page), "--id", "hostile")
    assert result.returncode == 0, result.stderr
    assert hits == []
    assert str(secret) not in result.opened
    text = (root / "sources" / "hostile.txt").read_text("utf-8")
    assert "SECRET" not in text and "INJECTED" not in text and "fetched" not in text
    assert text.startswith("The first paragraph of the article")
    yaml_text = (root / "sources" / "hostile.yaml").read_text("utf-8")
    assert "file://" not in yaml_text and url not in yaml_text.replace(f"{url}/canonical", "")


def _pdf_with_javascript_attachment_and_links(path: Path, url: str, secret: Path) -> None:
    from weasyprint import HTML
    HTML(string=f"<html><head><title>Hostile Report</title></head><body><p>The report's only paragraph "
                f"says that the plan is ready.</p><p><a href='{url}/link'>a link</a></p></body></html>").write_pdf(path)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        js = pikepdf.Dictionary(S=pikepdf.Name.JavaScript,
                                JS=pikepdf.String(f"app.launchURL('{url}/js'); this.exportDataObject({{cName: 'a'}});"))
        pdf.Root.OpenAction = pdf.make_indirect(js)
        pdf.Root.AA = pikepdf.Dictionary(WC=pdf.make_indirect(js))
        attachment = pikepdf.AttachedFileSpec(pdf, b"ATTACHED-SECRET-TEXT", filename="evil.txt")
        pdf.attachments["evil.txt"] = attachment
        page = pdf.pages[0]
        link = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 100, 100],
                                  A=pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String(f"file://{secret}")))
        page.obj.Annots = pdf.make_indirect(pikepdf.Array([*page.obj.get("/Annots", []), pdf.make_indirect(link)]))
        pdf.save(path)


def test_a_pdf_with_javascript_attachments_and_launch_links_is_read_as_data(tmp_path, server):
    url, hits = server
    secret = bait(tmp_path, "secret.txt", "SECRET-FILE-CONTENT")
    root = make_project(tmp_path / "project")
    pdf = _downloads(tmp_path) / "report.pdf"
    _pdf_with_javascript_attachment_and_links(pdf, url, secret)
    result = run(tmp_path, root, "add", str(pdf), "--id", "hostile-pdf", "--set", "issued=2024-01-05")
    assert result.returncode == 0, result.stderr
    assert hits == []
    text = (root / "sources" / "hostile-pdf.txt").read_text("utf-8")
    assert "The report's only paragraph says that the plan is ready." in text
    assert "ATTACHED" not in text and "SECRET" not in text


def _broken(data: bytes):
    def make(path: Path) -> None:
        path.write_bytes(data)
    return make


def _sparse(size: int):
    def make(path: Path) -> None:
        with path.open("wb") as fh:
            fh.truncate(size)  # a hole: the size on paper, nothing on disk
    return make


def _scanned(pages: int):
    """A scan: each page an image of text, no text layer (as a copier writes it)."""
    def make(path: Path) -> None:
        from PIL import Image, ImageDraw
        images = []
        for _ in range(pages):
            image = Image.new("L", (620, 877), 255)
            ImageDraw.Draw(image).text((60, 60), "A scanned page: these words are pixels.", fill=0)
            images.append(image)
        images[0].save(path, save_all=True, append_images=images[1:], resolution=75)
    return make


def _locked(path: Path) -> None:
    from weasyprint import HTML
    HTML(string="<p>The plan is ready.</p>").write_pdf(path)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="owner", user="secret", R=6))


@pytest.mark.parametrize("name, make, message", [
    # Trial: a scan (no text layer) was written as a source of '[page 1]' marks and nothing else.
    ("scan.pdf", _scanned(1), "Error: scan.pdf: no text on its one page: a scanned PDF (images of pages) needs OCR"),
    ("scans.pdf", _scanned(3), "Error: scans.pdf: no text on any of its 3 pages: a scanned PDF"),
    # Trial: a PDF locked with a password said only 'Failed to load document (PDFium: Incorrect password error)'.
    ("locked.pdf", _locked, "Error: locked.pdf: the PDF is locked with a password: save an unlocked copy"),
    ("broken.pdf", _broken(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer<<>>\n%%EOF"),
     "Error: broken.pdf: cannot read this PDF"),
    ("garbage.pdf", _broken(b"\x00\xff" * 5000), "Error: garbage.pdf: cannot read this PDF"),
    ("huge.pdf", _sparse(50_000_001), "Error: huge.pdf: 50,000,001 bytes, over the limit of 50,000,000 for a PDF"),
    ("huge.html", _sparse(20_000_001), "Error: huge.html: 20,000,001 bytes, over the limit of 20,000,000 for a web page"),
    ("empty.html", _broken(b"<html><body><script>render()</script></body></html>"),
     "Error: empty.html: no text found"),
    ("latin1.txt", _broken("Caf\u00e9 au lait.".encode("latin-1")),
     "Error: latin1.txt: byte 0xe9 at offset 3 is not UTF-8: save the file as UTF-8"),
])
def test_a_file_that_cannot_be_read_gets_a_clear_error_and_nothing_is_written(tmp_path, name, make, message):
    root = make_project(tmp_path / "project")
    before = _sources(root)
    path = _downloads(tmp_path) / name
    make(path)
    result = run(tmp_path, root, "add", str(path), "--id", "x")
    assert result.returncode == 1
    assert result.stderr.startswith(message), result.stderr
    assert "Traceback" not in result.stderr
    assert _sources(root) == before

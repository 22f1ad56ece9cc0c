"""Live preview: serve dist/ on 127.0.0.1 and reload the browser after each rebuild.

The reload script is added to HTML pages as they are served, never to the files in
dist/: what is built stays byte-identical to a plain build.
"""
from __future__ import annotations

import html
import http.server
import json
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..build.engine import Options, Result, output_dir
from ..build.progress import Progress
from ..errors import OutputError
from ..files import Refused, read_regular
from ..patterns import lazy

MAX_SERVED = 200_000_000

RELOAD_PATH = "/__reload"
# A rebuild reloads the page; a save that fails shows its problems over the page (as text:
# textContent, never markup, whatever the YAML held) until the next good save reloads it.
SCRIPT = (b'<script>(function () { var s = new EventSource("' + RELOAD_PATH.encode() + b'");'
          b' s.onmessage = function () { location.reload(); };'
          b' s.addEventListener("problems", function (e) {'
          b' var d = document.getElementById("briefbuild-problems") || document.createElement("pre");'
          b' d.id = "briefbuild-problems"; d.setAttribute("role", "alert");'
          b' d.style.cssText = "position:fixed;top:0;left:0;right:0;max-height:70vh;overflow:auto;margin:0;'
          b'padding:1em;background:#fff4f4;color:#5c0000;border-bottom:3px solid #b00020;'
          b'font:14px/1.45 monospace;white-space:pre-wrap;z-index:2147483647";'
          b' d.textContent = "Not rebuilt: fix and save again\n\n" + JSON.parse(e.data);'
          b' document.body.appendChild(d); }); })();</script>')


# Reload streams held open at once. A browser opens at most 6 connections to one host (HTTP/1.1),
# every tab's stream among them, so with more held a 7th tab could not even load its page; each held
# stream is also a thread here. A stream past these answers at once and is asked to come back in
# RETRY ms, carrying the last version it saw (Last-Event-ID): it reloads on that visit instead.
HELD_STREAMS = 4
RETRY_MS = 2000


class Reloads:
    """A counter of builds and failed saves; waiting clients hear of each new one, and of
    the problems of the last save while it stands (shown over the page)."""

    def __init__(self) -> None:
        self.version = 0
        self.problems = ""
        self.changed = threading.Condition()
        self.streams = threading.BoundedSemaphore(HELD_STREAMS)

    def bump(self, result: Result) -> None:
        with self.changed:
            if result.written or self.problems:  # after a failed save, the page drops its overlay
                self.problems = ""
                self.version += 1
                self.changed.notify_all()

    def fail(self, message: str) -> None:
        with self.changed:
            self.problems = message
            self.version += 1
            self.changed.notify_all()

    def wait(self, seen: int, timeout: float) -> tuple[int, str]:
        with self.changed:
            self.changed.wait_for(lambda: self.version != seen, timeout)
            return self.version, self.problems

    def event(self, problems: str) -> bytes:
        """One server-sent event: the problems as a JSON string on one data line, or a reload."""
        if problems:
            return b"event: problems\ndata: " + json.dumps(problems).encode() + b"\n\n"
        return b"data: reload\n\n"


def with_script(page: bytes) -> bytes:
    """The page with the reload script last in its body: before the last '</body>', since the text
    '</body>' may come earlier inside a <style> (a theme's CSS), where a script is only CSS text."""
    head, tag, tail = page.rpartition(b"</body>")
    return head + SCRIPT + tag + tail if tag else page + SCRIPT


# Only these names reach the server: a page served under any other name (a DNS-rebinding
# attacker's own domain resolving to 127.0.0.1) gets 421 and cannot read drafts.
LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]")
# What is served: the briefs (<id>.html, <id>.pdf) and, when present, a site index (index.html)
# and its assets. Never the manifest, temporary files, folders or anything under a dot name.
SERVED = lazy(r"[a-z0-9]+(-[a-z0-9]+)*\.(html|pdf)|index\.html|assets/[a-z0-9][a-z0-9._-]*\.(css|js|png|svg|woff2)")
BRIEF_PAGE = lazy(r"[a-z0-9]+(-[a-z0-9]+)*\.html")
TYPES = {".html": "text/html; charset=utf-8", ".pdf": "application/pdf", ".css": "text/css; charset=utf-8",
         ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".svg": "image/svg+xml",
         ".woff2": "font/woff2"}


def local_host(header: str | None) -> bool:
    """True for a Host header naming this machine's loopback (with any port)."""
    if not header:
        return False
    host = header.strip().lower()
    if host.startswith("["):
        host = host[:host.find("]") + 1]
    else:
        host = host.split(":", 1)[0]
    return host in LOCAL_HOSTS


class Handler(http.server.BaseHTTPRequestHandler):
    reloads: Reloads
    folder: Path
    server_version = "briefbuild"
    sys_version = ""

    def log_message(self, format, *args) -> None:  # quiet: the watcher's output matters
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except (ConnectionError, TimeoutError):  # the client hung up or stalled: nothing to answer
            self.close_connection = True

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)

    def _answer(self, head: bool) -> None:
        if not local_host(self.headers.get("Host")):
            return self._error(421, "this server answers only to 127.0.0.1, localhost and [::1]")
        try:
            path = unquote(urlsplit(self.path).path, errors="strict")
        except (UnicodeDecodeError, ValueError):
            return self._error(400, "bad address")
        if path == RELOAD_PATH and not head:
            return self._events()
        name = "index.html" if path == "/" else path.removeprefix("/")
        file = self._file(name)
        if file is None and BRIEF_PAGE.fullmatch(name) and name != "index.html":
            return self._gone(name.removesuffix(".html"), head)
        if file is None:
            return self._error(404, "not found")
        try:
            body = read_regular(file, MAX_SERVED)
        except Refused:
            return self._error(404, "not found")
        if file.suffix == ".html":
            body = with_script(body)
        self._send(200, TYPES[file.suffix], body, head)

    def _send(self, code: int, kind: str, body: bytes, head: bool) -> None:
        """A page or file, never cached, its type never sniffed."""
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _file(self, name: str) -> Path | None:
        """The served file for a request name, or None: only briefs and the site index's files,
        regular files whose real path is inside the output folder."""
        if not SERVED.fullmatch(name):
            return None
        file = self.folder / name
        try:
            real = file.resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        return file if real.is_relative_to(self.folder.resolve()) and real.is_file() else None

    def _gone(self, bid: str, head: bool) -> None:
        """A brief's page that is not there (its brief removed, renamed or not yet built): a 404 page
        that names the briefs there are and carries the reload script, so an open tab comes back by
        itself when the brief does (a plain 404 has no script: the tab would never reload)."""
        there = sorted(p.stem for p in self.folder.glob("*.html")
                       if p.name != "index.html" and self._file(p.name) is not None)
        listed = ", ".join(html.escape(b) for b in there) if there else "none yet"
        page = (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>No brief '
                f"{html.escape(bid)}</title></head><body><h1>No brief \u2018{html.escape(bid)}\u2019 here</h1>"
                f"<p>It was removed or renamed, or it is not built yet (a brief that does not pass the check "
                f"is not built). This page reloads when a build comes.</p><p>Briefs here: {listed}</p>"
                "</body></html>\n").encode()
        self._send(404, TYPES[".html"], with_script(page), head)

    def _error(self, code: int, message: str) -> None:
        body = f"{code} {message}\n".encode()
        self.send_response(code)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.close_connection = True

    def _events(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen, problems = self.reloads.wait(-1, timeout=0)
        last = self.headers.get("Last-Event-ID")  # a page back after a short visit: the version it saw
        held = self.reloads.streams.acquire(blocking=False)
        try:
            if not held:  # past the cap: the version (an event with no data fires nothing), come back later
                self.wfile.write(f"retry: {RETRY_MS}\nid: {seen}\n\n".encode())
            # a page opened after a failed save shows its problems at once; one back reloads if a build came
            if problems or (last is not None and last != str(seen)):
                self.wfile.write(self.reloads.event(problems))
            self.wfile.flush()
            while held:
                now, problems = self.reloads.wait(seen, timeout=15)
                self.wfile.write(self.reloads.event(problems) if now != seen else b": ping\n\n")
                self.wfile.flush()
                seen = now
        except OSError:  # the page went away
            return
        finally:
            if held:
                self.reloads.streams.release()


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """A malformed request or a vanished client ends its connection, never in a traceback."""


def start_server(folder: Path, port: int, reloads: Reloads) -> http.server.ThreadingHTTPServer:
    """Serve `folder` on 127.0.0.1:`port`; OutputError (one line, exit 3) if the port is taken."""
    handler = type("BoundHandler", (Handler,), {"reloads": reloads, "folder": folder})
    try:
        server = _Server(("127.0.0.1", port), handler)
    except OSError as exc:
        raise OutputError(f"cannot serve on 127.0.0.1:{port}: {exc.strerror or exc}: stop the program "
                          "using it or choose another --port (0 picks a free one)") from None
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def serve(root: Path, brief_ids: list[str], options: Options, port: int, progress: Progress | None = None) -> None:
    """Watch and rebuild, serving the output folder with live reload."""
    from .watch import watch
    workers = None
    if "pdf" in options.formats:  # fork the workers before the server's threads start
        from ..build.workers import WorkerPool
        workers = WorkerPool(options.job_count, root / "templates")
    out = output_dir(root.resolve(), options)
    reloads = Reloads()
    try:
        out.mkdir(parents=True, exist_ok=True)
        server = start_server(out, port, reloads)
    except (OSError, OutputError) as exc:
        if workers:
            workers.shutdown()
        if isinstance(exc, OSError):
            from ..build.engine import write_error
            raise write_error(exc, out) from None
        raise
    print(f"serving {out} at http://127.0.0.1:{server.server_address[1]}/", flush=True)
    try:
        watch(root, brief_ids, options, progress, workers, on_build=reloads.bump, on_fail=reloads.fail)
    finally:
        server.shutdown()
        if workers:
            workers.shutdown()

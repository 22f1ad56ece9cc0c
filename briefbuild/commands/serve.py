"""Live preview: serve dist/ on 127.0.0.1 and reload the browser after each rebuild.

The reload script is added to HTML pages as they are served, never to the files in
dist/: what is built stays byte-identical to a plain build.
"""
from __future__ import annotations

import http.server
import os
import threading
from functools import partial
from pathlib import Path

from ..build.engine import Options, Result, output_dir
from ..build.progress import Progress

RELOAD_PATH = "/__reload"
SCRIPT = (b'<script>new EventSource("' + RELOAD_PATH.encode() +
          b'").onmessage = function () { location.reload(); };</script>')


class Reloads:
    """A counter of builds that wrote something; waiting clients hear of each new one."""

    def __init__(self) -> None:
        self.version = 0
        self.changed = threading.Condition()

    def bump(self, result: Result) -> None:
        if result.written:
            with self.changed:
                self.version += 1
                self.changed.notify_all()

    def wait(self, seen: int, timeout: float) -> int:
        with self.changed:
            self.changed.wait_for(lambda: self.version != seen, timeout)
            return self.version


class Handler(http.server.SimpleHTTPRequestHandler):
    reloads: Reloads

    def log_message(self, format, *args) -> None:  # quiet: the watcher's output matters
        pass

    def do_GET(self) -> None:
        if self.path == RELOAD_PATH:
            return self._events()
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            body = path.read_bytes()
            body = body.replace(b"</body>", SCRIPT + b"</body>", 1) if b"</body>" in body else body + SCRIPT
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def _events(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen = self.reloads.version
        try:
            while True:
                now = self.reloads.wait(seen, timeout=15)
                self.wfile.write(b"data: reload\n\n" if now != seen else b": ping\n\n")
                self.wfile.flush()
                seen = now
        except OSError:  # the page went away
            return


def start_server(folder: Path, port: int, reloads: Reloads) -> http.server.ThreadingHTTPServer:
    handler = type("BoundHandler", (Handler,), {"reloads": reloads})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(handler, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def serve(root: Path, brief_ids: list[str], options: Options, port: int, progress: Progress | None = None) -> None:
    """Watch and rebuild, serving the output folder with live reload."""
    from .watch import watch
    executor = None
    if "pdf" in options.formats:  # fork the workers before the server's threads start
        from ..build.workers import pool
        executor = pool(max(1, options.jobs or os.cpu_count() or 1), root / "templates")
    out = output_dir(root.resolve(), options)
    out.mkdir(parents=True, exist_ok=True)
    reloads = Reloads()
    server = start_server(out, port, reloads)
    print(f"serving {out} at http://127.0.0.1:{server.server_address[1]}/", flush=True)
    try:
        watch(root, brief_ids, options, progress, executor, on_build=reloads.bump)
    finally:
        server.shutdown()
        if executor:
            executor.shutdown(wait=False, cancel_futures=True)

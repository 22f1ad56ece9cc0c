"""`serve` answers only loopback names, serves only briefs (and a site index), and survives
malformed requests: in-process, against the real server on a free port."""
from __future__ import annotations

import http.client
import socket
from html.parser import HTMLParser

import pytest
from factory import make_project

from briefbuild.build.engine import Options, build
from briefbuild.commands.serve import Reloads, start_server
from briefbuild.errors import OutputError


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("serve")
    out = tmp_path / "dist"
    out.mkdir()
    (out / "b1.html").write_text("<html><body>brief one</body></html>", "utf-8")
    (out / "b1.pdf").write_bytes(b"%PDF-1.7 brief")
    (out / ".briefbuild-manifest.json").write_text('{"version": 2, "outputs": {}}', "utf-8")
    (out / ".b1.html.123-abc.tmp").write_text("half written", "utf-8")
    (out / "look").mkdir()
    (out / "look" / "b1-375-light.png").write_bytes(b"png")
    (tmp_path / "secret.html").write_text("<html><body>outside</body></html>", "utf-8")
    (out / "link.html").symlink_to(tmp_path / "secret.html")
    srv = start_server(out, 0, Reloads())
    yield srv.server_address[1]
    srv.shutdown()
    srv.server_close()


def get(port: int, path: str, host: str | None = None, method: str = "GET") -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    if host is not None:
        conn.putheader("Host", host)
    conn.endheaders()
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, body


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.1:8000", "localhost", "localhost:1", "LOCALHOST",
                                  "[::1]", "[::1]:8000"])
def test_loopback_names_are_served(server, host):
    status, body = get(server, "/b1.html", host)
    assert status == 200 and b"brief one" in body and b"/__reload" in body


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "localhost.evil",
                                  "[::2]", "", None, "0.0.0.0", "127.0.0.2"])
def test_any_other_host_gets_421(server, host):
    status, body = get(server, "/b1.html", host)
    assert status == 421 and b"brief one" not in body


@pytest.mark.parametrize("path", ["/.briefbuild-manifest.json", "/", "/look/", "/look", "/look/b1-375-light.png",
                                  "/.b1.html.123-abc.tmp", "/link.html", "/../secret.html", "/%2e%2e/secret.html",
                                  "/b1.html/", "/B1.html", "/nothing.html"])
def test_only_briefs_are_served_no_manifest_no_listing(server, path):
    status, body = get(server, path, "127.0.0.1")
    assert status == 404 and b"outside" not in body and b"outputs" not in body and b"<a href" not in body


def test_the_pdf_is_served(server):
    assert get(server, "/b1.pdf", "localhost") == (200, b"%PDF-1.7 brief")


def test_a_site_index_is_the_front_page_when_present(tmp_path):
    out = tmp_path / "dist"
    out.mkdir()
    (out / "index.html").write_text("<html><body>all briefs</body></html>", "utf-8")
    srv = start_server(out, 0, Reloads())
    try:
        status, body = get(srv.server_address[1], "/", "localhost")
        assert status == 200 and b"all briefs" in body
    finally:
        srv.shutdown()
        srv.server_close()


def test_a_brief_gone_answers_a_page_that_reloads_when_it_comes_back(tmp_path):
    """A brief renamed or removed while its page was open reloaded onto a plain-text 404 with no
    reload script: the tab never recovered when the brief came back. Its 404 is now a page with the
    script, naming the briefs there are (escaped, no links: the folder is never listed)."""
    out = tmp_path / "dist"
    out.mkdir()
    (out / "b1.html").write_text("<html><body>brief one</body></html>", "utf-8")
    (out / "a&b<i>.html").write_text("not a brief's name", "utf-8")
    (tmp_path / "secret.html").write_text("outside", "utf-8")
    (out / "link.html").symlink_to(tmp_path / "secret.html")
    srv = start_server(out, 0, Reloads())
    port = srv.server_address[1]
    try:
        status, body = get(port, "/b2.html", "127.0.0.1")
        assert status == 404 and b"/__reload" in body and b"<script>" in body
        text = body.decode("utf-8")
        assert "No brief ‘b2’ here" in text and "removed or renamed" in text
        assert "Briefs here: b1</p>" in text and "<i>" not in text and "<a href" not in text
        assert get(port, "/b2.pdf", "127.0.0.1") == (404, b"404 not found\n")  # a PDF holds no script
        assert get(port, "/.b2.html", "127.0.0.1") == (404, b"404 not found\n")
        (out / "b2.html").write_text("<html><body>brief two</body></html>", "utf-8")
        status, body = get(port, "/b2.html", "127.0.0.1")
        assert status == 200 and b"brief two" in body
    finally:
        srv.shutdown()
        srv.server_close()


@pytest.mark.parametrize("path", ["/%00", "/b1.html%00.pdf", "/%ff%fe", "/\\..\\secret.html", "/%", "//etc/passwd"])
def test_malformed_paths_are_answered_without_a_traceback(server, path, capfd):
    status, _ = get(server, path, "127.0.0.1")
    assert status in (400, 404)
    assert "Traceback" not in capfd.readouterr().err


def test_a_client_hanging_up_or_sending_garbage_does_not_stop_the_server(server, capfd):
    for data in (b"GET /b1.html HTTP/1.1\r\nHost: local", b"\x00\xff garbage\r\n\r\n", b""):
        with socket.create_connection(("127.0.0.1", server), timeout=5) as sock:
            sock.sendall(data)
    assert get(server, "/b1.html", "127.0.0.1")[0] == 200
    assert "Traceback" not in capfd.readouterr().err


class _Elements(HTMLParser):
    """The page's elements in order, with the text of each <style> and <script>."""

    def __init__(self):
        super().__init__()
        self.order: list[str] = []
        self.text: dict[str, list[str]] = {"style": [], "script": []}
        self.inside: str | None = None

    def handle_starttag(self, tag, attrs):
        self.order.append(tag)
        if tag in self.text:
            self.text[tag].append("")
            self.inside = tag

    def handle_endtag(self, tag):
        self.inside = None

    def handle_data(self, data):
        if self.inside:
            self.text[self.inside][-1] += data


THEME_CSS_WITH_BODY_TAG = [  # a theme's CSS that holds the text '</body>' (it cannot end the <style>)
    "/* keep these rules before </body> in the cascade */\n.title { letter-spacing: 0.01em; }\n",
    '.note::after { content: "</body>"; }\n',
]


@pytest.mark.parametrize("css", THEME_CSS_WITH_BODY_TAG)
def test_the_reload_script_ends_the_body_whatever_the_page_holds_before(tmp_path, css):
    """The script was put before the first '</body>' of the page: one in the theme's CSS put it
    inside the <style>, where it is CSS text: the page never reloaded, and its style broke."""
    root = make_project(tmp_path / "p", {"themes/t/theme.yaml": "name: T\n", "themes/t/theme.css": css,
                                         "pyproject.toml": '[tool.briefbuild]\nstyle = "chicago-notes-bibliography"\n'
                                                           'theme = "t"\n'})
    build(root, [], Options(formats=("html",), jobs=1))
    built = (root / "dist" / "b1.html").read_text("utf-8")
    srv = start_server(root / "dist", 0, Reloads())
    try:
        status, body = get(srv.server_address[1], "/b1.html", "127.0.0.1")
    finally:
        srv.shutdown()
        srv.server_close()
    assert status == 200
    page, plain = _Elements(), _Elements()
    page.feed(body.decode("utf-8"))
    plain.feed(built)
    assert page.text["style"] == plain.text["style"], "the page's CSS is as built"
    assert page.order[-1] == "script" and "/__reload" in page.text["script"][-1]
    assert body.decode("utf-8").endswith("</script></body>\n</html>\n")


def test_a_busy_port_is_one_line_with_what_to_do(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(OutputError) as caught:
            start_server(tmp_path, port, Reloads())
    assert caught.value.exit_code == 3
    assert caught.value.format_message() == (f"cannot serve on 127.0.0.1:{port}: Address already in use: stop the "
                                             "program using it or choose another --port (0 picks a free one)")


def open_stream(port: int, last_id: str | None = None) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    extra = f"Last-Event-ID: {last_id}\r\n" if last_id is not None else ""
    sock.sendall(f"GET /__reload HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}\r\n".encode())
    return sock


def received(sock: socket.socket, seconds: float) -> tuple[bytes, bool]:
    """What the server sent within `seconds`, and whether it closed the connection."""
    sock.settimeout(seconds)
    data = b""
    try:
        while chunk := sock.recv(4096):
            data += chunk
    except TimeoutError:
        return data, False
    return data, True


def test_reload_streams_are_capped_and_a_page_past_the_cap_still_loads_and_hears_of_builds(tmp_path):
    """Every open /__reload held a thread and a connection, without limit; a browser keeps at most 6
    connections to a host, so with 6 tabs streaming a 7th could not load its page. Past HELD_STREAMS
    a stream answers at once with its version and a retry, and hears on its next visit what it missed."""
    import threading

    from briefbuild.commands.serve import HELD_STREAMS, RETRY_MS
    out = tmp_path / "dist"
    out.mkdir()
    (out / "b1.html").write_text("<html><body>brief one</body></html>", "utf-8")
    reloads = Reloads()
    srv = start_server(out, 0, reloads)
    port = srv.server_address[1]
    threads = threading.active_count()
    streams = [open_stream(port) for _ in range(HELD_STREAMS + 6)]
    try:
        answers = [received(sock, 1.0) for sock in streams]
        held = [sock for sock, (_, closed) in zip(streams, answers) if not closed]
        assert len(held) == HELD_STREAMS
        assert [data.split(b"\r\n\r\n", 1)[1] for data, closed in answers if closed] == \
            [f"retry: {RETRY_MS}\nid: 0\n\n".encode()] * 6
        assert threading.active_count() <= threads + HELD_STREAMS
        assert get(port, "/b1.html", "127.0.0.1")[0] == 200, "a page still loads with every stream taken"
        reloads.fail("briefs/b1.yaml:9:1: unknown key")
        assert all(received(sock, 1.0)[0].startswith(b"event: problems\n") for sock in held)
        back = open_stream(port, last_id="0")  # a page past the cap, back after RETRY_MS
        data, closed = received(back, 2.0)
        assert closed and data.split(b"\r\n\r\n", 1)[1].startswith(b"retry: 2000\nid: 1\n\nevent: problems\n")
        back.close()
    finally:
        for sock in streams:
            sock.close()
        srv.shutdown()
        srv.server_close()

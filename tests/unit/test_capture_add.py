"""add: what it writes from the command line (type, voice, any field; accessed only when
given), and capture stays bounded: every file is read once, through files.read_regular, within the limit
for its kind (a PDF 50 MB, a web page 20 MB, a text file 5 MB); anything else is refused with
a message that says what to do, and `add` writes nothing. The big files are sparse (a hole of
the size on paper, nothing on disk), so no test writes 60 MB."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from factory import make_project

from briefbuild.capture import CaptureError, capture
from briefbuild.commands.add import add
from briefbuild.errors import BriefError
from briefbuild.hashing import digest


def sparse(size: int):
    def make(path: Path) -> None:
        with path.open("wb") as fh:
            fh.truncate(size)
    return make


def fifo(path: Path) -> None:
    os.mkfifo(path)  # an open for reading would wait for a writer for ever


def link_to(target: str):
    def make(path: Path) -> None:
        path.symlink_to(target)
    return make


def folder(path: Path) -> None:
    path.mkdir()


CASES = [
    ("report.pdf", sparse(60_000_000),
     "report.pdf: 60,000,000 bytes, over the limit of 50,000,000 for a PDF: split it (for example with qpdf "
     "--pages) and capture the part you cite: nothing written"),
    ("page.html", sparse(60_000_000),
     "page.html: 60,000,000 bytes, over the limit of 20,000,000 for a web page: save the page without its media "
     "(Save as: HTML only): nothing written"),
    ("notes.txt", sparse(5_000_001),
     "notes.txt: 5,000,001 bytes, over the limit of 5,000,000 for a text file: split it and capture the part "
     "you cite: nothing written"),
    ("pipe.pdf", fifo,
     "pipe.pdf: not a regular file (a FIFO, device or folder): replace it with a plain file: nothing written"),
    ("zero.html", link_to("/dev/zero"),
     "zero.html: not a regular file (a FIFO, device or folder): replace it with a plain file: nothing written"),
    ("folder.pdf", folder,
     "folder.pdf: not a regular file (a FIFO, device or folder): replace it with a plain file: nothing written"),
]


@pytest.mark.parametrize("name, make, message", CASES, ids=[c[0] for c in CASES])
def test_a_file_over_its_limit_or_not_a_plain_file_is_refused_with_what_to_do(tmp_path, name, make, message):
    path = tmp_path / name
    make(path)
    with pytest.raises(CaptureError) as err:
        capture(path)
    assert err.value.message == message


@pytest.mark.parametrize("name, make, message", CASES[:4], ids=[c[0] for c in CASES[:4]])
def test_add_writes_nothing_when_the_file_is_refused(tmp_path, name, make, message):
    root = make_project(tmp_path / "p")
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    path = tmp_path / name
    make(path)
    with pytest.raises(BriefError) as err:
        add(root, path, source_id="x")
    assert err.value.message == message
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


def test_the_digest_and_the_kept_copy_are_of_the_bytes_captured(tmp_path):
    root = make_project(tmp_path / "p")
    page = tmp_path / "note.txt"
    data = "The council met on Monday.\n\n“We will act,” Lee said.\n".encode()
    page.write_bytes(data)
    done = add(root, page, source_id="note", keep=True, fields={"title": "Note", "issued": "2024-01-02"})
    assert done.kept is not None and done.kept.read_bytes() == data
    assert f"captured-from: {{file: note.txt, sha256: {digest(data)}}}" in done.source.read_text("utf-8")


TURNS = "MODERATOR: Welcome.\n\nTANAKA: Thank you. We will act.\n"


@pytest.mark.parametrize("options, voice, written, missing", [
    # The voice follows the type; a transcript's type is an interview; accessed only when given.
    ({"kind": "article-newspaper"}, "reported", [], ["author", "container-title", "URL"]),
    ({"kind": "interview"}, "transcript", [], ["author", "container-title", "URL"]),
    ({"voice": "transcript"}, "transcript", ["type: interview"], ["author", "container-title", "URL"]),
    ({"kind": "speech"}, "authored", [], ["author", "publisher", "URL", "speaker"]),
    ({"kind": "report", "fields": {"accessed": "2024-05-20", "URL": "https://example.org/r",
                                   "author": [{"family": "Sato", "given": "Mariko"}]}},
     "reported", ['accessed: "2024-05-20"', 'URL: "https://example.org/r"', "  - family: Sato"], ["publisher"]),
])
def test_type_voice_and_fields_from_the_command_line(tmp_path, options, voice, written, missing):
    from briefbuild.checking.validate import load_project
    root = make_project(tmp_path / "p")
    path = tmp_path / "turns.txt"
    path.write_text(TURNS, "utf-8")
    fields = {"title": "A Briefing", "issued": "2024-01-02", **options.pop("fields", {})}
    done = add(root, path, source_id="turns", fields=fields, **options)
    text = done.source.read_text("utf-8")
    assert f"voice: {voice} " in text and all(line in text.splitlines() for line in written)
    assert ("accessed" in text) == ("accessed" in fields)
    assert done.missing == missing
    if "speaker" not in missing:
        source = load_project(root).sources["turns"]
        assert source.effective_voice == voice



@pytest.mark.parametrize(("given", "message"), [
    ("Harbour Review 2026", "--id Harbour Review 2026: an id is lowercase words joined by hyphens, "
                            "write harbour-review-2026"),
    ("x/../y", "--id x/../y: an id is lowercase words joined by hyphens, e.g. harbor-times-2024-05-14-nato"),
])
def test_an_id_that_is_no_id_says_the_id_and_nothing_is_written(tmp_path, given, message):
    root = make_project(tmp_path / "p")
    path = tmp_path / "turns.txt"
    path.write_text(TURNS, "utf-8")
    before = sorted(p.name for p in (root / "sources").iterdir())
    with pytest.raises(BriefError) as err:
        add(root, path, source_id=given, fields={"title": "A Briefing", "issued": "2024-01-02"})
    assert err.value.message == message
    assert sorted(p.name for p in (root / "sources").iterdir()) == before


def test_an_undated_capture_with_accessed_given_passes_check_once_titled(tmp_path):
    # `issued` is optional when `accessed` dates the source: add leaves it as a comment, not an
    # empty `issued:` that check refused as "'' is not a date".
    from briefbuild.checking.parsing import parse
    from briefbuild.inputs.load import load_yaml
    from briefbuild.inputs.models import Source
    root = make_project(tmp_path / "p")
    path = tmp_path / "turns.txt"
    path.write_text(TURNS, "utf-8")
    done = add(root, path, source_id="turns", kind="interview", fields={"title": "A Briefing", "accessed": "2024-05-20"})
    text = done.source.read_text("utf-8")
    assert "# issued: not found in the file" in text and not any(line.startswith("issued:") for line in text.splitlines())
    doc, diags = load_yaml(done.source, "sources/turns.yaml")
    assert parse(Source, doc, diags) is not None and not diags, [d.message for d in diags]

@pytest.mark.parametrize("values,expected", [
    ({"container-title": "Süddeutsche Zeitung", "issued": "2025-01-02", "title": "Ostsee: Wer schützt die Kabel?"},
     "suddeutsche-zeitung-2025-01-02-ostsee-wer-schutzt-die"),
    ({"container-title": "Le Monde", "issued": "2025-01-02", "title": "Sécurité en mer Baltique"},
     "le-monde-2025-01-02-securite-en-mer-baltique"),
    ({"container-title": "Harbor Herald", "title": "Finland’s navy steps up patrols"}, "harbor-herald-finlands-navy-steps-up"),
])
def test_the_suggested_source_id_keeps_accented_words_whole(values, expected):
    from briefbuild.commands.add import suggest_id
    assert suggest_id(values, Path("page.html")) == expected


# A transcript saved on Windows: Notepad's "Unicode" and PowerShell 5's `>` write UTF-16 with its
# byte-order mark, which says how to read it; the stored text is written as UTF-8 all the same.
# Without the mark it is refused, naming what it is (before: "byte 0xff …" or "NUL characters").
WIDE_TEXT = "MR. LEE: We will act on the plan, café owners included.\r\n\r\nQ: When?\r\n"
WIDE_SAVES = [  # (the file's bytes, the error: None when captured)
    (WIDE_TEXT.encode("utf-16"), None),
    (b"\xfe\xff" + WIDE_TEXT.encode("utf-16-be"), None),
    (WIDE_TEXT.encode("utf-32"), None),
    (WIDE_TEXT.encode("utf-16-le"), "turns.txt: the file is UTF-16 without a byte-order mark, not UTF-8: save it as UTF-8"),
    (WIDE_TEXT.encode("cp1252"), "turns.txt: byte 0xe9 at offset 37 is not UTF-8: save the file as UTF-8"),
]


@pytest.mark.parametrize(("data", "error"), WIDE_SAVES, ids=[repr(d[:4]) for d, _ in WIDE_SAVES])
def test_a_text_saved_as_utf16_with_its_mark_is_captured_as_utf8(tmp_path, data, error):
    root = make_project(tmp_path / "p")
    path = tmp_path / "turns.txt"
    path.write_bytes(data)
    fields = {"title": "A Briefing", "issued": "2024-01-02"}
    if error:
        with pytest.raises(BriefError) as err:
            add(root, path, source_id="turns", voice="transcript", fields=fields)
        assert err.value.message == error
        assert not (root / "sources/turns.yaml").exists()
        return
    done = add(root, path, source_id="turns", voice="transcript", fields=fields)
    assert done.text.read_text("utf-8") == "MR. LEE: We will act on the plan, café owners included.\n\nQ: When?\n"
    assert f"sha256: {digest(data)}" in done.source.read_text("utf-8")

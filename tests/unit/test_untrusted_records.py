"""dist/ and .cache/ are data, never code or paths: every record is checked before use, and one
that fails is a miss (listed for --verbose), never followed. Converter HTML passes nh3."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import signal
from html.parser import HTMLParser

import pytest
from factory import BRIEF, make_project

from briefbuild import cache
from briefbuild.build.manifest import MANIFEST, Manifest
from briefbuild.cache import Entries
from briefbuild.checking.validate import load_project
from briefbuild.inputs.load import DiskCache, load_yaml
from briefbuild.rendering.compose import compose
from briefbuild.rendering.render import environment, render_html
from briefbuild.rendering.sanitize import safe_html
from briefbuild.seal import opened, seal

H = "a" * 64
GOOD = {"brief": "b1", "format": "html", "key": H, "inputs": {"briefs/b1.yaml": H, "sources/s1.yaml": None},
        "output": H}
BAD_ENTRIES = [  # (output name, entry, reason)
    ("../../victim.txt", {**GOOD}, "output name is not <brief id>.pdf, .html or .docx, or a file of the site"),
    ("/etc/passwd", {**GOOD}, "output name is not <brief id>.pdf, .html or .docx, or a file of the site"),
    ("sub/b1.html", {**GOOD}, "output name is not <brief id>.pdf, .html or .docx, or a file of the site"),
    (".briefbuild-manifest.json", {**GOOD}, "output name is not <brief id>.pdf, .html or .docx, or a file of the site"),
    ("b1.html", {**GOOD, "brief": "b2"}, "brief or format does not match the output name"),
    ("b1.html", {**GOOD, "format": "pdf"}, "brief or format does not match the output name"),
    ("b1.html", {**GOOD, "key": "x"}, "key or output is not a sha256"),
    ("b1.html", {**GOOD, "output": None}, "key or output is not a sha256"),
    ("b1.html", {**GOOD, "inputs": {"/dev/zero": H}}, "an input is not a file of briefs/, sources/ or assets/ with its sha256"),
    ("b1.html", {**GOOD, "inputs": {"../../etc/passwd": H}},
     "an input is not a file of briefs/, sources/ or assets/ with its sha256"),
    ("b1.html", {**GOOD, "inputs": {"sources/../../x": H}},
     "an input is not a file of briefs/, sources/ or assets/ with its sha256"),
    ("b1.html", {**GOOD, "inputs": {"sources/..": H}},
     "an input is not a file of briefs/, sources/ or assets/ with its sha256"),
    ("b1.html", {**GOOD, "inputs": {"assets/../../etc/passwd": H}},
     "an input is not a file of briefs/, sources/ or assets/ with its sha256"),
    ("b1.html", {**GOOD, "inputs": {"assets/": H}},
     "an input is not a file of briefs/, sources/ or assets/ with its sha256"),
    ("b1.html", {**GOOD, "inputs": {"templates/x.j2": H}},
     "an input is not a file of briefs/, sources/ or assets/ with its sha256"),
    ("b1.html", {**GOOD, "inputs": {"briefs/b1.yaml": 3}},
     "an input is not a file of briefs/, sources/ or assets/ with its sha256"),
    ("b1.html", {**GOOD, "inputs": ["briefs/b1.yaml"]}, "an input is not a file of briefs/, sources/ or assets/ with its sha256"),
    ("b1.html", {**GOOD, "inputs": {"briefs/b1.yaml": [H]}},  # unhashable: the check of shared inputs must not crash
     "an input is not a file of briefs/, sources/ or assets/ with its sha256"),
    ("b1.html", {**GOOD, "inputs": {"briefs/b1.yaml": {"a": H}}},
     "an input is not a file of briefs/, sources/ or assets/ with its sha256"),
    ("b1.html", {**GOOD, "extra": 1}, "not an entry of this version"),
    ("b1.html", "b1", "not an entry of this version"),
]


@pytest.fixture(autouse=True)
def no_rejections():
    cache.REJECTED.clear()
    yield
    cache.REJECTED.clear()


@pytest.mark.parametrize("name, entry, reason", BAD_ENTRIES, ids=[f"{n}-{r[:20]}" for n, _, r in BAD_ENTRIES])
def test_a_manifest_entry_that_is_not_a_plain_record_is_a_miss(tmp_path, name, entry, reason):
    (tmp_path / MANIFEST).write_text(json.dumps({"version": 2, "outputs": {name: entry, "b2.pdf": {
        **GOOD, "brief": "b2", "format": "pdf"}}}), "utf-8")
    manifest = Manifest.load(tmp_path)
    assert list(manifest.outputs) == ["b2.pdf"]  # the good entry is kept, the bad one dropped
    assert cache.REJECTED == [f"ignored {tmp_path / MANIFEST}: entry {name!r}: {reason}"]


GOOD_INPUTS = ["briefs/b1.yaml", "sources/s1.txt", "assets/budget.csv", "assets/charts/area_2024.svg"]


@pytest.mark.parametrize("rel", GOOD_INPUTS)
def test_a_manifest_entry_whose_inputs_a_brief_may_read_is_kept(tmp_path, rel):
    # A table's CSV or a figure's image is an input of its brief's outputs: refusing it made
    # every build render such a brief again, never up to date.
    (tmp_path / MANIFEST).write_text(json.dumps({"version": 2, "outputs": {
        "b1.html": {**GOOD, "inputs": {rel: H}}}}), "utf-8")
    assert list(Manifest.load(tmp_path).outputs) == ["b1.html"]
    assert cache.REJECTED == []


@pytest.mark.parametrize("make", [lambda p: os.symlink("/dev/zero", p), lambda p: os.mkfifo(p),
                                  lambda p: p.write_text("[1, 2", "utf-8"), lambda p: p.write_text("[]", "utf-8")])
def test_an_unreadable_or_shapeless_manifest_is_empty_without_hanging(tmp_path, make):
    make(tmp_path / MANIFEST)
    signal.alarm(5)
    try:
        assert Manifest.load(tmp_path).outputs == {}
    finally:
        signal.alarm(0)
    assert len(cache.REJECTED) == 1


@pytest.mark.parametrize("make", [lambda p: os.symlink("/dev/zero", p), lambda p: os.mkfifo(p),
                                  lambda p: p.write_bytes(b"\x80 not json")])
def test_a_cache_entry_that_is_not_a_json_file_is_a_miss(tmp_path, make):
    make(tmp_path / "k.json")
    signal.alarm(5)
    try:
        assert Entries(tmp_path).get("k") is None
    finally:
        signal.alarm(0)
    assert len(cache.REJECTED) == 1


POISON = [  # parsed YAML the loader could never have produced
    {"title": "A \u202eBrief"},
    {"title": "A \x1b]0;x\x07"},
    {"title": 3},
    {"title": True},
    {"ti\u200btle": "x"},
    {"title": ["x"] * 200_001},
]


@pytest.mark.parametrize("data", POISON, ids=range(len(POISON)))
def test_a_parsed_yaml_entry_the_loader_could_not_have_made_is_parsed_again(tmp_path, data):
    root = make_project(tmp_path / "p")
    path = root / "briefs" / "b1.yaml"
    disk = DiskCache(tmp_path / "cache")
    doc, _ = load_yaml(path, "briefs/b1.yaml")
    disk.keep(doc, "d1")
    disk.flush()
    assert disk.load(path, "briefs/b1.yaml", "d1").data == doc.data
    # Sealed with this machine's key (as if the key had leaked): the shape is still checked.
    poisoned = DiskCache(tmp_path / "poisoned")
    poisoned.entries.put("d1", {"data": data, "positions": []})
    poisoned.flush()
    assert poisoned.load(path, "briefs/b1.yaml", "d1") is None
    pack = next(poisoned.entries.folder.glob("*.pack"))
    assert cache.REJECTED == [f"ignored {pack}: entry d1: not what the YAML loader produces"]


def write_pack(folder, records: dict[str, bytes], seal_index=seal):
    """A pack file as cache.Packs writes it, with the given records (and index sealing)."""
    index, body = {}, b""
    for key, record in records.items():
        index[key] = [len(body), len(record)]
        body += record
    head = seal_index(json.dumps(index).encode("utf-8"))
    folder.mkdir(parents=True, exist_ok=True)
    pack = folder / "forged.pack"
    pack.write_bytes(f"briefbuild-pack {len(head)}\n".encode("ascii") + head + body)
    return pack


def test_a_well_formed_record_not_sealed_with_this_machines_key_is_a_miss(tmp_path):
    """A forged entry of the right shape, as a poisoned CI cache would hold it, is never used."""
    root = make_project(tmp_path / "p")
    path = root / "briefs" / "b1.yaml"
    disk = DiskCache(tmp_path / "cache")
    doc, _ = load_yaml(path, "briefs/b1.yaml")
    disk.keep(doc, "d1")
    disk.flush()
    [good] = disk.entries.folder.glob("*.pack")
    record = opened(disk.entries._record("d1"))
    forged = json.loads(record.split(b"\n", 1)[1])
    forged["data"]["title"] = "A forged title"
    body = b"d1\n" + json.dumps(forged).encode("utf-8")
    other_key = hmac.new(b"another machine", body, hashlib.sha256).hexdigest().encode("ascii")
    for forged_record in (body, other_key + b"\n" + body):  # unsealed; sealed with another key
        good.unlink(missing_ok=True)
        pack = write_pack(disk.entries.folder, {"d1": forged_record})
        assert DiskCache(tmp_path / "cache").load(path, "briefs/b1.yaml", "d1") is None
        assert cache.REJECTED.pop() == f"ignored {pack}: entry d1: not sealed with this machine's cache key"
    # An index not sealed with this key: the whole pack is ignored.
    pack = write_pack(disk.entries.folder, {"d1": seal(body)}, seal_index=lambda data: b"0" * 64 + b"\n" + data)
    assert DiskCache(tmp_path / "cache").load(path, "briefs/b1.yaml", "d1") is None
    assert cache.REJECTED.pop() == f"ignored {pack}: not sealed with this machine's cache key"


def test_a_sealed_record_cannot_stand_in_for_another_key(tmp_path):
    """Each record carries its key inside the seal: a genuine entry of another file, listed under
    this file's digest, is a miss (so a cache cannot swap one brief's parse for another's)."""
    root = make_project(tmp_path / "p")
    path = root / "briefs" / "b1.yaml"
    disk = DiskCache(tmp_path / "cache")
    doc, _ = load_yaml(path, "briefs/b1.yaml")
    disk.keep(doc, "d2")
    disk.flush()
    [good] = disk.entries.folder.glob("*.pack")
    record = disk.entries._record("d2")
    good.unlink()
    pack = write_pack(disk.entries.folder, {"d1": record})
    assert DiskCache(tmp_path / "cache").load(path, "briefs/b1.yaml", "d1") is None
    assert cache.REJECTED == [f"ignored {pack}: entry d1: a record of another key (b'd2')"]


def test_a_sealed_notes_entry_copied_under_another_key_is_a_miss(tmp_path):
    """A notes entry sealed here, for another brief or from another project on this machine, copied
    over this key's file: its MAC is good, but it is another key's value (another brief's notes)."""
    notes = Entries(tmp_path / "notes")
    notes.folder.mkdir()
    notes.put("k1", {"notes": ["one"]})
    notes.put("k2", {"notes": ["two"]})
    (notes.folder / "k1.json").write_bytes((notes.folder / "k2.json").read_bytes())
    assert Entries(notes.folder).get("k1") is None
    assert Entries(notes.folder).get("k2") == {"notes": ["two"]}
    assert cache.REJECTED == [f"ignored {notes.folder / 'k1.json'}: not sealed with this machine's cache key"]


def test_packs_are_merged_and_entries_nobody_uses_dropped(tmp_path):
    """Each load adds one pack; a full load keeps only what it used, in few files."""
    folder = tmp_path / "cache"
    for round_ in range(cache.MAX_PACKS + 2):
        packs = cache.Packs(folder)
        for k in range(3):
            packs.put(f"k{round_}-{k}", {"n": k})
        packs.flush()
        assert len(list(folder.glob("*.pack"))) <= cache.MAX_PACKS
    packs = cache.Packs(folder)
    assert packs.get("k0-1") == {"n": 1} and packs.get(f"k{cache.MAX_PACKS + 1}-2") == {"n": 2}
    packs.put("new", [1])
    packs.keep_only_used()
    packs = cache.Packs(folder)
    assert len(list(folder.glob("*.pack"))) == 1
    assert packs.get("k0-1") == {"n": 1} and packs.get("new") == [1] and packs.get("k0-2") is None
    assert cache.REJECTED == []


def test_a_forged_verdict_does_not_skip_checking(tmp_path):
    """A verdict saying every brief passed, written by someone without the key: check runs in full."""
    from briefbuild.checking.validate import load_project
    from briefbuild.checking.verdict import VERDICT
    from briefbuild.errors import InputError
    root = make_project(tmp_path / "p")
    load_project(root, include=())  # a passing full check records its verdict
    record = root / VERDICT
    data = opened(record.read_bytes())
    (root / "briefs" / "b1.yaml").write_text((root / "briefs" / "b1.yaml").read_text("utf-8")
                                             .replace("{lee-act}", "{lee-actt}"), "utf-8")
    bad = json.loads(data)
    from briefbuild.hashing import file_hash
    bad["briefs"]["b1"]["digest"] = file_hash(root / "briefs" / "b1.yaml")  # as if the edited brief had passed
    record.write_bytes(json.dumps(bad).encode("utf-8"))
    with pytest.raises(InputError) as caught:
        load_project(root, include=())
    assert any("unknown quote 'lee-actt'" in str(d) for d in caught.value.diagnostics)



def _doubt(spot, message="quote 'lee-act': [sic] after 'x'"):
    return lambda d: d.__setitem__("doubts", [[spot, message]])


def _brief_use(key, value):
    return lambda d: d["briefs"]["b1"].__setitem__(key, value)


# A record sealed with the key but not in the shape the tool writes (a CI holding the key as a secret,
# a bug of an older version): each edit must mean a full check, never a traceback or a printed forgery.
DAMAGED_VERDICTS = {
    "a list among a brief's quotes": _brief_use("quotes", [["lee-act"]]),  # was a traceback (unhashable)
    "a map among a brief's sources": _brief_use("sources", [{"s1": 1}]),  # was a traceback
    "a digest that is a list": _brief_use("digest", [1]),
    "briefs as a list": lambda d: d.__setitem__("briefs", [1]),
    "a doubt outside the project": _doubt(["/etc/passwd", 1, 1, "x"]),
    "a doubt in another folder": _doubt(["sources/../../etc/passwd", 1, 1, "x"]),
    "a doubt with terminal escapes": _doubt(["sources/s1.yaml", 1, 1, "x"], "a \x1b]0;owned\x07 b"),
    "a doubt with a line that is a bool": _doubt(["sources/s1.yaml", True, 1, "x"]),
    "a doubt with a line that is text": _doubt(["sources/s1.yaml", "1", 1, "x"]),
    "a doubt that is text": lambda d: d.__setitem__("doubts", ["abcd"]),
    "a doubt whose message is a map": _doubt(["sources/s1.yaml", 1, 1, "x"], {"a": 1}),
    "a quote defined in a brief": lambda d: d["quotes"].__setitem__("lee-act", ["briefs/b1.yaml", 1, 1, "x"]),
    "a quote id that is no id": lambda d: d.__setitem__("quotes", {"Lee Act\n": ["sources/s1.yaml", 1, 1, "x"]}),
    "a base that is a number": lambda d: d.__setitem__("base", 5),
}


@pytest.mark.parametrize("edit", DAMAGED_VERDICTS, ids=list(DAMAGED_VERDICTS))
def test_a_sealed_verdict_of_the_wrong_shape_means_a_full_check(tmp_path, edit):
    from briefbuild.checking.verdict import VERDICT, Verdict
    root = make_project(tmp_path / "p")
    load_project(root, include=())  # a passing full check records its verdict
    data = json.loads(opened((root / VERDICT).read_bytes()))
    assert Verdict.load(root).base == data["base"]  # the record as written is read
    DAMAGED_VERDICTS[edit](data)
    (root / VERDICT).write_bytes(seal(json.dumps(data).encode("utf-8")))
    assert Verdict.load(root) == Verdict()
    assert load_project(root, include=()).warnings == []  # checked in full: nothing the record said


# ------------------------------------------------------------------ converter HTML

SANITISED = [
    ("<em>Title</em>, <span class=\"smallcaps\">X</span>", "<em>Title</em>, <span class=\"smallcaps\">X</span>"),
    ("“Q,” <i>N</i> para. 2", "“Q,” <i>N</i> para. 2"),
    ("<img src=data:,x onerror=alert(1)>", ""),
    ("<script>alert(1)</script>x", "x"),
    ("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>"),
    ("<a href=\"https://example.org/a?b=1&amp;c=2\" onclick=\"x()\">u</a>", "<a href=\"https://example.org/a?b=1&amp;c=2\">u</a>"),
    ("<span style=\"background:url(x)\" id=\"fn-1\">s</span>", "<span>s</span>"),
    ("<!-- c --><style>p{}</style><iframe src=x></iframe>t", "t"),
    ("a < b & c", "a &lt; b &amp; c"),
    ("<a class=\"fn-call url\" href=\"#fn-1\">1</a>", "<a class=\"url\">1</a>"),
    ("<a class=\"url\" href=\"https://x.org/\"><span class=\"nobr\">https://</span><wbr><span class=\"nobr\">"
     "x.org/</span></a>", "<a class=\"url\" href=\"https://x.org/\"><span class=\"nobr\">https://</span><wbr>"
     "<span class=\"nobr\">x.org/</span></a>"),
    # A cited field's language (cite.py): a BCP 47 tag on a span only, anything else dropped.
    ("<span lang=\"ar\">t</span>, <span lang=\"zh-Hant-TW\">u</span>",
     "<span lang=\"ar\">t</span>, <span lang=\"zh-Hant-TW\">u</span>"),
    ("<span lang=\"fr\" onmouseover=\"x()\">t</span>", "<span lang=\"fr\">t</span>"),
    ("<span lang='fr\" onclick=\"x()'>t</span>", "<span>t</span>"),
    ("<span lang=\"\">t</span><span lang=\"en us\">u</span><span lang=\"x-klingon\">v</span>",
     "<span>t</span><span>u</span><span>v</span>"),
    ("<em lang=\"fr\">t</em><a lang=\"fr\" href=\"https://x.org/\">u</a>", "<em>t</em><a href=\"https://x.org/\">u</a>"),
    ("<span title=\"Note 1\">t</span><em title=\"x\">u</em>", "<span>t</span><em>u</em>"),  # ammonia's default
]


@pytest.mark.parametrize("raw, clean", SANITISED)
def test_converter_html_keeps_only_inline_markup(raw, clean):
    assert safe_html(raw) == clean


# ------------------------------------------------------------------ page ids

class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.ids += [v for k, v in attrs if k == "id"]


def test_no_heading_can_take_an_id_of_the_page_or_of_another_heading(tmp_path):
    titles = ["Fn 1", "Fnref 1", "Main", "Notes h", "Summary h", "Fn 1", "About h"]
    sections = "".join(f"  - title: {t}\n    blocks:\n      - text: Words.\n" for t in titles)
    brief = BRIEF.split("sections:\n")[0] + "sections:\n" + sections + \
        "  - title: Last\n    id: fn-2\n    blocks:\n      - claim: Lee said {lee-act}.\n" + \
        "      - claim: In short, {lee-ready}.\n"
    root = make_project(tmp_path, {"briefs/b1.yaml": brief})
    project = load_project(root)
    doc = compose(project, "b1")
    html = render_html(doc, root / "templates", "screen", project=project)
    parser = _Ids()
    parser.feed(html)
    assert len(parser.ids) == len(set(parser.ids)), sorted(i for i in parser.ids if parser.ids.count(i) > 1)
    assert {"fn-1", "fn-2", "fnref-1", "main"} <= set(parser.ids)
    assert [s.id for s in doc.sections] == ["section-fn-1", "section-fnref-1", "section-main", "section-notes-h",
                                            "section-summary-h", "section-fn-1-2", "section-about-h",
                                            "section-fn-2"]
    assert re.search(r'<li id="fn-1"', html) and html.count('id="fn-1"') == 1


def test_compiled_templates_stay_in_memory(tmp_path):
    make_project(tmp_path)
    assert environment(tmp_path / "templates").bytecode_cache is None


@pytest.mark.parametrize("record", ["verdict.json", "quote-index.json"])
@pytest.mark.parametrize("make", [lambda p: os.symlink("/dev/zero", p), lambda p: os.mkfifo(p)],
                         ids=["dev-zero", "fifo"])
def test_a_cache_record_that_is_not_a_regular_file_is_a_miss_without_hanging(tmp_path, record, make):
    from briefbuild.checking.scope import QuoteIndex
    from briefbuild.checking.verdict import Verdict
    folder = tmp_path / ".cache" / "briefbuild"
    folder.mkdir(parents=True)
    make(folder / record)
    signal.alarm(5)
    try:
        if record == "verdict.json":
            assert Verdict.load(tmp_path) == Verdict()
        else:
            assert QuoteIndex(tmp_path, "stamp").files == {}
    finally:
        signal.alarm(0)


def test_a_render_past_its_time_limit_is_a_clear_render_error():
    import time as clock

    from briefbuild.errors import RenderError
    from briefbuild.rendering.timelimit import time_limit
    start = clock.perf_counter()
    with pytest.raises(RenderError) as caught:
        with time_limit(0.05, "brief 'b1' (HTML)"):
            while True:
                pass
    assert clock.perf_counter() - start < 1.0
    assert caught.value.format_message() == ("brief 'b1' (HTML) took longer than 0.05 s to render: simplify it, or "
                                             "raise render-timeout under [tool.briefbuild] in pyproject.toml")
    with time_limit(0.05, "fast"):  # the timer is gone afterwards
        pass
    clock.sleep(0.1)

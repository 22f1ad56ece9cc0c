"""Property-based, with random and adversarial text: YAML loading and HTML composition
never end in a traceback, stay within a time budget per example, produce output
at most linear in their input, and leave no markup the templates did not write.
Quote verification: test_fuzz_quotes.py."""
from __future__ import annotations

import re
import tempfile
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

from factory import make_project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefbuild import chars
from briefbuild.checking.validate import load_project
from briefbuild.inputs.load import MAX_CHARS, load_yaml
from briefbuild.rendering.compose import compose
from briefbuild.rendering.markup import inline
from briefbuild.rendering.render import render_html

BUDGET = settings(max_examples=150, deadline=timedelta(seconds=2), derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                         HealthCheck.function_scoped_fixture])

# What attackers type: markup, template and YAML syntax, controls, bidi and invisible characters.
HOSTILE = ["<", ">", "&", '"', "'", "`", "{", "}", "{{", "{%", "[", "]", "(", ")", "*", "_", "\\", ":", "- ",
           "&a ", "*a", "!!python/object", "\n", "\t", "\r", "#", "|", ">-", "…", "...", "\u202e", "\u2066",
           "\x1b", "\x07", "\x00", "\x85", "\u200b", "\ufeff", "javascript:", "http://x.test/", "<script>",
           "</script>", "<img src=x onerror=alert(1)>", "]]>", "<!--", "-->", "\\u202E", "\\e", "\\x1b"]
hostile_text = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=8)), max_size=40).map("".join)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


# ------------------------------------------------------------------ YAML loading

_DIR = Path(tempfile.mkdtemp(prefix="fuzz17-"))


def _load(text: str):
    path = _DIR / "b1.yaml"
    path.write_text(text, "utf-8", errors="surrogatepass") if not any(0xD800 <= ord(c) <= 0xDFFF for c in text) \
        else path.write_bytes(text.encode("utf-8", "replace"))
    return load_yaml(path, "briefs/b1.yaml")


def _text_size(data) -> int:
    if isinstance(data, str):
        return len(data)
    if isinstance(data, dict):
        return sum(len(k) + _text_size(v) for k, v in data.items())
    if isinstance(data, list):
        return sum(map(_text_size, data))
    return 0


@BUDGET
@given(hostile_text)
def test_loading_any_text_is_a_document_or_positioned_errors(text):
    doc, diags = _load(text)
    assert (doc is None) == bool(diags)
    for d in diags:
        assert str(d).isprintable() or "\n" in str(d)
        assert not chars.FORBIDDEN.search(str(d).replace("\n", ""))
    if doc is not None:
        assert chars.first_forbidden_in(doc.data) is None


aliases = st.builds(lambda anchor, n, nest: (
    f"a: &a {anchor!r}\n" + "".join(f"l{i}: &l{i} [{', '.join(['*a' if i == 0 else f'*l{i - 1}'] * n)}]\n"
                                    for i in range(nest))),
    st.text(alphabet="xyz ", min_size=1, max_size=4000), st.integers(1, 12), st.integers(1, 5))


@settings(BUDGET, max_examples=60)
@given(aliases)
def test_aliases_never_expand_past_the_limit(text):
    doc, diags = _load(text)
    if doc is not None:
        assert _text_size(doc.data) <= MAX_CHARS
    else:
        assert "remove the aliases" in diags[0].message


# ------------------------------------------------------------------ HTML composition

ALLOWED_INLINE = {"em": set(), "strong": set(), "code": set(), "a": {"href"}, "br": set()}


@BUDGET
@given(hostile_text)
def test_prose_becomes_only_allowed_inline_markup_linear_in_its_length(text):
    html = str(inline(text))
    assert len(html) <= 12 * len(text) + 16
    for tag, attrs in tags_of(html):
        assert tag in ALLOWED_INLINE and set(attrs) <= ALLOWED_INLINE[tag], (tag, attrs)
        if tag == "a":
            assert re.match(r"(https?://|mailto:)", attrs["href"], re.I), attrs


_ROOT = make_project(Path(tempfile.mkdtemp(prefix="fuzz17-page-")))
_PROJECT = load_project(_ROOT)


def _page(title: str, prose: str) -> str:
    doc = compose(_PROJECT, "b1")
    doc.brief = doc.brief.model_copy(update={"title": title, "subtitle": title, "organization": title})
    doc.summary = inline(prose)
    doc.findings = [inline(prose)]
    doc.sections[0].title = inline(prose)
    return render_html(doc, _ROOT / "templates", "screen", project=_PROJECT)


# Rendered here, not in the first example: the first renders compile the templates (seconds on a
# loaded machine), past the per-example time budget.
_PAGE_TAGS = tags_of(_page("Title", "Prose."))
_BASELINE = len(_page("", ""))


@settings(BUDGET, max_examples=40)
@given(hostile_text, hostile_text)
def test_a_page_from_any_text_has_only_the_templates_own_elements(title, prose):
    html = _page(title, prose)
    allowed = {tag for tag, _ in _PAGE_TAGS} | set(ALLOWED_INLINE)
    tags = tags_of(html)
    assert {tag for tag, _ in tags} <= allowed
    assert sum(tag == "script" for tag, _ in tags) == sum(tag == "script" for tag, _ in _PAGE_TAGS)
    assert not [a for _, attrs in tags for a in attrs if a.startswith("on")]
    # The title stands in about a dozen places (title, h1, meta tags, JSON-LD), each escaped:
    # a constant number of bytes per character, however long or hostile the text.
    assert len(html) - _BASELINE <= 400 * (len(title) + len(prose)) + 200

"""The web page in a real browser (Debian's Chromium driven by Playwright): accessibility,
note links both ways, popovers on hover and keyboard focus, no sideways scrolling, dark mode.

One browser for the whole session (tests/conftest.py: browser); each test opens its own page.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from conftest import SAMPLE_BRIEF

from briefbuild.commands.look import CHROMIUM_ARGS, sandbox_args

ARGS = CHROMIUM_ARGS + sandbox_args()[0]  # the sandbox stays on unless Chromium runs as root

pytestmark = pytest.mark.browser


def axe_script() -> Path:
    spec = importlib.util.find_spec("axe_core_python")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("axe-core-python is not installed (pip install -e '.[test]')")
    return Path(list(spec.submodule_search_locations)[0]) / "axe.min.js"


@pytest.fixture(scope="session")
def page_url(sample_build) -> str:
    return (sample_build / f"{SAMPLE_BRIEF}.html").as_uri()


@pytest.fixture
def open_page(browser, page_url):
    """open_page(width=1280, scheme='light', script=True) -> a loaded page; closed after the test."""
    contexts = []

    def _open(width: int = 1280, scheme: str = "light", script: bool = True):
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme,
                                      java_script_enabled=script, reduced_motion="reduce")
        contexts.append(context)
        page = context.new_page()
        page.goto(page_url)
        return page

    yield _open
    for context in contexts:
        context.close()


def run_axe(page) -> dict:
    page.add_script_tag(path=str(axe_script()))
    return page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return {passes: r.passes.length,
                violations: r.violations.map(v => ({id: v.id, impact: v.impact,
                    nodes: v.nodes.slice(0, 3).map(n => n.html + ' :: ' + n.failureSummary)}))};
    }""")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [375, 1280])
def test_axe_finds_no_violations(open_page, scheme, width):
    page = open_page(width=width, scheme=scheme)
    if scheme == "dark":  # the dark palette really is in force
        assert page.evaluate("getComputedStyle(document.documentElement).backgroundColor") == "rgb(18, 21, 27)"
    result = run_axe(page)
    assert result["passes"] > 20, "axe ran too few rules to be trusted"
    assert result["violations"] == [], result["violations"]


def test_axe_finds_no_violations_with_a_note_popover_open(open_page):
    page = open_page(width=375, scheme="dark")
    page.focus("a.fn-call")
    assert page.is_visible(".fn-pop")
    assert run_axe(page)["violations"] == []


def test_landmarks_and_labelled_sections(open_page):
    page = open_page()
    assert page.locator("body > header").count() == 1
    assert page.locator("body > main").count() == 1
    assert page.locator("body > footer").count() == 1
    unnamed = page.evaluate("""() => [...document.querySelectorAll('section')]
        .filter(s => !s.getAttribute('aria-labelledby') ||
                     !document.getElementById(s.getAttribute('aria-labelledby'))?.textContent.trim())
        .map(s => s.className)""")
    assert unnamed == []


def test_every_note_call_goes_to_its_note_and_back(open_page):
    page = open_page()
    calls = page.locator("a.fn-call")
    n = calls.count()
    assert n >= 15
    for i in range(n):
        call = calls.nth(i)
        number = i + 1
        assert call.get_attribute("href") == f"#fn-{number}"
        assert page.evaluate("el => el.getAttribute('aria-describedby')", call.element_handle()) == f"fn-{number}"
        # The accessible name says what the link is, not just a bare digit.
        assert call.inner_text().replace("\n", " ").strip() in (f"Note {number}", f"Note{number}")
        call.click()
        assert page.evaluate("location.hash") == f"#fn-{number}"
        note = page.locator(f"#fn-{number}")
        assert note.is_visible() and _in_viewport(page, f"#fn-{number}")
        note.locator("a.fn-back").click()
        assert page.evaluate("location.hash") == f"#fnref-{number}"
        assert _in_viewport(page, f"#fnref-{number}")


def _in_viewport(page, selector: str) -> bool:
    return page.evaluate("""sel => { const r = document.querySelector(sel).getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight; }""", selector)


def test_note_links_work_without_script(open_page):
    page = open_page(script=False)
    page.click("a.fn-call >> nth=2")
    assert page.evaluate("location.hash") == "#fn-3"
    assert _in_viewport(page, "#fn-3")
    page.click("#fn-3 a.fn-back")
    assert page.evaluate("location.hash") == "#fnref-3"
    assert page.locator(".fn-pop").count() == 0


def _note_text(page, number: int) -> str:
    return page.evaluate("""n => { const li = document.getElementById('fn-' + n).cloneNode(true);
        li.querySelector('.fn-back').remove(); return li.textContent.replace(/\\s+/g, ' ').trim(); }""", number)


def test_popover_opens_on_keyboard_focus(open_page):
    page = open_page()
    pop = page.locator(".fn-pop")
    assert not pop.is_visible()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('a.fn-call')"):
            break
    else:
        pytest.fail("Tab never reached a note call")
    number = int(page.evaluate("document.activeElement.hash.slice(4)"))
    assert pop.is_visible()
    assert _note_text(page, number) in " ".join(pop.inner_text().split())
    page.keyboard.press("Escape")
    assert not pop.is_visible()
    page.keyboard.press("Tab")  # the next call (or the next link) — a call shows its own note
    if page.evaluate("document.activeElement.matches('a.fn-call')"):
        assert _note_text(page, number + 1) in " ".join(pop.inner_text().split())


def test_popover_opens_on_hover_and_closes_on_leave(open_page):
    page = open_page()
    page.hover("a.fn-call >> nth=4")
    pop = page.locator(".fn-pop")
    assert pop.is_visible()
    assert _note_text(page, 5) in " ".join(pop.inner_text().split())
    page.mouse.move(5, 5)
    assert not pop.is_visible()


@pytest.mark.parametrize("width", [375, 1280])
def test_nothing_overflows_sideways(open_page, width):
    page = open_page(width=width)
    overflow = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    assert page.evaluate(overflow) <= 0
    # Not even with a popover open at every call, the rightmost included.
    calls = page.locator("a.fn-call")
    for i in range(calls.count()):
        calls.nth(i).focus()
        assert page.evaluate(overflow) <= 0, f"note {i + 1}'s popover overflows at {width}px"
        box = page.locator(".fn-pop").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width


def test_page_is_self_contained(browser, page_url):
    context = browser.new_context()
    requests = []
    page = context.new_page()
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_url)
    page.wait_for_load_state("networkidle")
    context.close()
    assert requests == [page_url]


def test_embedded_fonts_are_the_ones_used(open_page):
    page = open_page(width=375)
    loaded = page.evaluate("""async () => { await document.fonts.ready;
        return [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replace(/"/g, '')); }""")
    assert {"Brief Serif", "Brief Sans"} <= set(loaded)
    assert page.evaluate("document.fonts.check('16px \"Brief Serif\"') && document.fonts.check('600 16px \"Brief Sans\"')")


def test_look_command_pictures_pdf_pages_and_the_page(project, browser):
    import shutil

    from conftest import cli
    from PIL import Image
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is missing (apt-get install poppler-utils)")
    run = cli(project, "look", SAMPLE_BRIEF)
    assert run.returncode == 0, run.stderr
    look = project / "dist" / "look"
    pages = sorted(look.glob(f"{SAMPLE_BRIEF}-page-*.png"))
    assert 3 <= len(pages) <= 5
    for width in (375, 1280):
        for scheme in ("light", "dark"):
            for suffix in ("", "-note"):
                with Image.open(look / f"{SAMPLE_BRIEF}-{width}-{scheme}{suffix}.png") as image:
                    assert image.width == width
    assert f"dist/look/{SAMPLE_BRIEF}-page-1.png  (PDF page 1)" in run.stdout


def test_print_stylesheet_hides_screen_only_parts(open_page):
    page = open_page()
    page.focus("a.fn-call")
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.skip', '.fn-pop', '.fn-back'].map(s =>
        getComputedStyle(document.querySelector(s)).display)""")
    assert hidden == ["none", "none", "none"]
    assert page.evaluate("getComputedStyle(document.body).color") == "rgb(0, 0, 0)"
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")

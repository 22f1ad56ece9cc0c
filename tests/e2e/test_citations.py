"""Citations by a real CSL processor (pandoc's citeproc): golden notes, styles, locators, export.

Regenerate the golden notes after a reviewed change of style or sources with:
    .venv/bin/python build.py notes japan-nato > tests/golden/japan-nato.notes.html
"""
from __future__ import annotations

import json
import re

from conftest import REPO, SAMPLE_BRIEF, cli
from factory import BRIEF, SOURCE, make_project

GOLDEN = REPO / "tests" / "golden" / f"{SAMPLE_BRIEF}.notes.html"


def notes_of(root, brief) -> list[str]:
    run = cli(root, "notes", brief)
    assert run.returncode == 0, run.stderr
    return run.stdout.splitlines()


def test_sample_notes_match_the_golden_file(sample_root):
    assert "\n".join(notes_of(sample_root, SAMPLE_BRIEF)) + "\n" == GOLDEN.read_text("utf-8")


def test_chicago_full_note_first_then_short_notes_without_ibid():
    lines = GOLDEN.read_text("utf-8").splitlines()
    notes = [line for line in lines if re.match(r"<p>\d+\. ", line)]
    assert notes[0] == ("<p>1. <span>“Japan Seeks Deeper Defense Ties with NATO,”</span> <em>National Defense</em>, "
                        "December 6, 2022, para.\u00a02.</p>")
    assert notes[1] == "<p>2. <em>National Defense</em>, <span>“Japan Seeks Deeper Defense Ties,”</span> para.\u00a03.</p>"
    # two paragraphs of one source in one note: one citation, one locator (issue 12)
    assert notes[6] == "<p>7. <em>National Defense</em>, <span>“Japan Seeks Deeper Defense Ties,”</span> paras.\u00a07–8.</p>"
    # Chicago 18 (14.34) prefers short notes to "ibid."
    assert not any("Ibid" in n or "ibid" in n for n in notes)
    assert lines[-1] == ("<p><em>National Defense</em>. <span>“Japan Seeks Deeper Defense Ties with NATO.”</span> "
                         "December 6, 2022.</p>")


def test_style_chosen_for_one_brief(project):
    brief = project / "briefs" / f"{SAMPLE_BRIEF}.yaml"
    brief.write_text(brief.read_text("utf-8").replace(
        "language: en\n", "language: en\nstyle: chicago-notes-bibliography-subsequent-ibid-17th-edition\n"), "utf-8")
    notes = notes_of(project, SAMPLE_BRIEF)
    assert notes[0].endswith("chicago-notes-bibliography-subsequent-ibid-17th-edition -->")
    assert notes[3] == "<p>3. Ibid., para.\u00a04.</p>"  # capitalized at the start of a note


def test_style_chosen_for_the_project(project):
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text("utf-8").replace(
        'style = "chicago-notes-bibliography"', 'style = "apa"'), "utf-8")
    notes = notes_of(project, SAMPLE_BRIEF)
    assert "2. " in notes[2] and "2022, para.\u00a03)" in notes[2]
    assert any("(2022, December 6)" in n for n in notes)


TWO_SOURCES = {
    "sources/s2.yaml": """\
type: report
title: Zebra Crossings
author:
  - family: Adams
    given: Beatrice
publisher: Road Institute
issued: "2023-05"
text: |
  “Crossings save lives,” Lee said.
quotes:
  - id: lee-crossings
    speaker: ann-lee
    kind: direct
    text: Crossings save lives
    paragraph: 1
""",
    "sources/s1.yaml": SOURCE.replace("container-title: The Daily",
                                      "container-title: The Daily\nauthor:\n  - family: Zimmer\n    given: Carl"),
    "briefs/b1.yaml": BRIEF.replace("      - text: Our own words.", """\
      - claim: Lee also said {lee-crossings}.
      - claim: A page-cited fact.
        cite:
          - source: s2
            page: 12-14"""),
}


def test_bibliography_in_style_order_and_page_locators(tmp_path):
    root = make_project(tmp_path, TWO_SOURCES)
    lines = notes_of(root, "b1")
    bib = lines[lines.index("<h2>Bibliography</h2>") + 1:]
    # cited Zimmer first, Adams second: the bibliography is alphabetical, as Chicago says
    assert bib == ["<p>Adams, Beatrice. <em>Zebra Crossings</em>. Road Institute, 2023.</p>",
                   "<p>Zimmer, Carl. <span>“A Story.”</span> <em>The Daily</em>, January 2, 2024.</p>"]
    assert lines[3] == "<p>3. Beatrice Adams, <em>Zebra Crossings</em> (Road Institute, 2023), para.\u00a01.</p>"
    assert lines[4] == "<p>4. Adams, <em>Zebra Crossings</em>, 12–14.</p>"


ARABIC_REPORT = """\
type: report
title: تقرير المياه الإقليمي ٢٠٢٢
language: ar
author:
  - family: العلي
    given: محمد
  - literal: وزارة المياه
publisher: وزارة المياه
issued: "2022-11-01"
text: |
  بلغت الطاقة الإنتاجية ١٢ مليون متر مكعب يوميا.
"""


def test_right_to_left_fields_are_isolated_from_the_notes_punctuation(tmp_path):
    # Unisolated, a browser orders `(وزارة المياه, 2022)` as `(2022 ,وزارة المياه)` and sets an Arabic
    # title after its own parenthesis; each field between FSI and PDI is one unit (Chromium: checked by eye).
    fsi, pdi = "\u2068", "\u2069"
    root = make_project(tmp_path, {"sources/ar.yaml": ARABIC_REPORT, "briefs/b1.yaml": BRIEF.replace(
        "      - text: Our own words.", "      - claim: Capacity is twelve million cubic metres.\n"
        "        cite:\n          - source: ar\n            paragraph: 1")})
    lines = notes_of(root, "b1")
    # The title and the publisher are also in the source's language (language: ar), not the page's.
    ar = '<span lang="ar">'
    assert lines[3] == (f"<p>3. محمد العلي and {fsi}وزارة المياه{pdi}, <em>{ar}{fsi}تقرير المياه الإقليمي ٢٠٢٢{pdi}</span></em> "
                        f"({ar}{fsi}وزارة المياه{pdi}</span>, 2022), para.\u00a01.</p>")  # a person's name as one: never split


def test_export_writes_csl_json_and_bibtex_without_invented_fields(project):
    run = cli(project, "export", SAMPLE_BRIEF, "--out", "out")
    assert run.returncode == 0, run.stderr
    items = json.loads((project / "out" / f"{SAMPLE_BRIEF}.json").read_text("utf-8"))
    assert items == [{
        "type": "article-magazine", "title": "Japan Seeks Deeper Defense Ties with NATO",
        "title-short": "Japan Seeks Deeper Defense Ties", "container-title": "National Defense",
        "id": "national-defense-2022-12-06-japan-nato", "issued": {"date-parts": [[2022, 12, 6]]}}]
    bib = (project / "out" / f"{SAMPLE_BRIEF}.bib").read_text("utf-8")
    assert bib.startswith("@article{national-defense-2022-12-06-japan-nato,")
    assert "journal = {National {Defense}}" in bib and "author" not in bib and "url" not in bib.lower()
    assert "month = dec," in bib and "day = {6}" in bib  # a month macro BibTeX knows, and the day kept
    biblatex = (project / "out" / f"{SAMPLE_BRIEF}.biblatex.bib").read_text("utf-8")
    assert "date = {2022-12-06}" in biblatex and "entrysubtype = {magazine}" in biblatex


def test_export_all_sources(tmp_path):
    root = make_project(tmp_path, TWO_SOURCES)
    assert cli(root, "export", "--format", "csl-json").returncode == 0
    ids = [i["id"] for i in json.loads((root / "dist" / "export" / "sources.json").read_text("utf-8"))]
    assert ids == ["s1", "s2"]


BATCH_STYLES = ["chicago-notes-bibliography", "chicago-notes-bibliography-subsequent-ibid-17th-edition",
                "chicago-author-date", "apa", "modern-language-association", "ieee"]


def test_batched_citeproc_equals_one_run_per_brief(tmp_path):
    """Briefs sharing a style share one citeproc run; the notes must be exactly those of separate runs."""
    from briefbuild.checking.validate import load_project
    from briefbuild.rendering.cite import cite
    from briefbuild.rendering.compose import compose
    second = TWO_SOURCES["briefs/b1.yaml"].replace("Lee also said {lee-crossings}.", "Lee said {lee-crossings} twice.")
    second = second.replace("      - claim: Lee said {lee-act}.\n", "")
    files = dict(TWO_SOURCES, **{"briefs/b2.yaml": second, "briefs/b3.yaml": BRIEF})
    root = make_project(tmp_path, files)
    project = load_project(root)
    for style in BATCH_STYLES:
        batched = [compose(project, b) for b in ("b1", "b2", "b3")]
        single = [compose(project, b) for b in ("b1", "b2", "b3")]
        for doc in batched + single:
            doc.style = style
        cite(project, batched)
        cite(project, single, batch=False)
        for a, b in zip(batched, single):
            assert [n.html for n in a.notes] == [n.html for n in b.notes], style
            assert a.bibliography == b.bibliography, style
            assert all("\u2061" not in n.html and "\u2064" not in n.html for n in a.notes)

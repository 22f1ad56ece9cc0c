"""Import of RIS and BibLaTeX files as reference managers write them, through the real CLI:
RIS dates pandoc loses (PY 2023///, DA beside PY, Y2 the access date), web pages (ELEC) and
ISBNs (SN); BibLaTeX's partial dates, DOIs written as links, @misc entries with a \\url."""
from __future__ import annotations

import yaml
from conftest import cli

RIS = """\
TY  - RPRT
AU  - Kobayashi, Hana
AU  - Example Institute for Policy Studies
TI  - Defence Cooperation with Distant Partners
PY  - 2023///
PB  - Example Institute
UR  - https://www.example.org/report
ER  -

TY  - ELEC
AU  - Lee, Ann
TI  - Partnership Programmes
PY  - 2022
DA  - 2022/05/04
Y2  - 2024/01/05
UR  - https://www.example.org/programmes
LA  - English
SN  - 978-0-306-40615-7
DO  - https://doi.org/10.5555/eips.2024.27
ER  -

TY  - NEWS
AU  - Duarte, Paulo
TI  - Ministers Weigh a Wider Partnership
T2  - Example Times
DA  - 2024/01/15/
ER  -
""".replace("ER  -\n", "ER  - \n")  # RIS ends a record with 'ER  - ' (the space is part of the tag)

BIBLATEX = r"""
@article{lee2023,
  author = {Lee, Ann},
  title = {Alliance Signals},
  journaltitle = {Journal of Example Security Studies},
  date = {2023-05},
  doi = {https://doi.org/10.5555/jess.2023.0312},
  urldate = {2024-01-02},
}
@misc{smith2020,
  author = {Smith, Bo},
  title = {A Note on Partners},
  year = {2020},
  howpublished = {\url{https://www.example.org/note}},
}
"""


def _read(path):
    return yaml.load(path.read_text("utf-8"), Loader=yaml.BaseLoader)


def test_ris_dates_access_dates_and_web_pages(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "refs.ris").write_text(RIS, "utf-8")
    run = cli(tmp_path, "import", str(tmp_path / "refs.ris"))
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["wrote sources/kobayashi-2023-defence.yaml", "wrote sources/lee-2022-partnership.yaml",
                                       "wrote sources/duarte-2024-ministers.yaml", "3 imported, 0 kept, 0 not imported"]
    sources = tmp_path / "sources"
    report = _read(sources / "kobayashi-2023-defence.yaml")
    assert report["issued"] == "2023"  # PY 2023///
    # a name without a comma is an organization, not given 'Example Institute', family 'Policy Studies'
    assert report["author"] == [{"family": "Kobayashi", "given": "Hana"}, {"literal": "Example Institute for Policy Studies"}]
    page = _read(sources / "lee-2022-partnership.yaml")
    assert (page["type"], page["issued"], page["accessed"]) == ("webpage", "2022-05-04", "2024-01-05")
    assert (page["ISBN"], page["DOI"], page["language"]) == ("978-0-306-40615-7", "10.5555/eips.2024.27", "en")
    assert "ISSN" not in page
    news = _read(sources / "duarte-2024-ministers.yaml")
    assert (news["type"], news["issued"], news["container-title"]) == ("article-newspaper", "2024-01-15", "Example Times")


def test_biblatex_partial_dates_doi_links_and_misc(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "refs.bib").write_text(BIBLATEX, "utf-8")
    run = cli(tmp_path, "import", str(tmp_path / "refs.bib"))
    assert run.returncode == 0, run.stderr
    article = _read(tmp_path / "sources" / "lee2023.yaml")
    assert (article["issued"], article["accessed"], article["DOI"]) == ("2023-05", "2024-01-02", "10.5555/jess.2023.0312")
    misc = _read(tmp_path / "sources" / "smith2020.yaml")
    assert (misc["type"], misc["URL"]) == ("document", "https://www.example.org/note") and "publisher" not in misc
    assert ("note: smith2020: type: the file names no CSL type (@misc, or a generic RIS type): read as document; "
            "set type: if it is a report, a web page or another kind") in run.stderr.splitlines()

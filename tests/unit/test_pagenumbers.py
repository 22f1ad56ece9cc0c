"""Which number each PDF page carries: the folios printed on the pages, the PDF's page labels
(/PageLabels), and the pages between them that print none. Pure functions of what the
capture found, so a table of cases; the PDFs themselves are in tests/e2e/test_capture_pages.py."""
from __future__ import annotations

import pytest

from briefbuild.capture.pagenumbers import printed, reconcile

N = None


@pytest.mark.parametrize("found, given, labels, notes", [
    # No page labels: the printed folios as found.
    ([N, "ii", "1", "2"], ["", "", "", ""], [N, "ii", "1", "2"], []),
    # Page labels and no printed folios: the labels (a cover may have an empty one).
    ([N, N, N, N], ["", "ii", "1", "2"], [N, "ii", "1", "2"], []),
    # Labels that agree with the folios also number the pages that print none.
    ([N, "ii", N, "2"], ["", "ii", "1", "2"], [N, "ii", "1", "2"], []),
    (["I", N], ["i", "ii"], ["i", "ii"], []),
    # Labels that disagree with what is printed: the printed numbers win, and the editor is told.
    ([N, "ii", "1", "2"], ["1", "2", "3", "4"], [N, "ii", "1", "2"],
     ["the PDF's page labels disagree with the numbers printed on PDF pages 2, 3, 4 (label '2', printed 'ii'): "
      "the printed numbers are used"]),
    # A label a locator cannot name ('A-1': '4-6' is a range) leaves its page numbered by the PDF.
    (["1", "2", N], ["1", "2", "A-1"], ["1", "2", N],
     ["PDF page 3: the page label 'A-1' cannot be a page: locator (letters and digits only): cite the paragraph there"]),
    # A number used twice (each chapter from 1) is no locator the second time.
    ([N, N, N], ["1", "2", "1"], ["1", "2", N],
     ["PDF page 3: page '1' is numbered twice in this PDF: marked by the PDF page; cite the paragraph there"]),
    # Chapter openings without a folio take their place in the run; a cover before the run does not.
    ([N, "ii", N, "2", "3", N, "5"], [""] * 7, [N, "ii", "1", "2", "3", "4", "5"],
     ["PDF pages 3, 6 print no number: numbered 1, 4 from the pages around them"]),
    ([N, "2", "3"], [""] * 3, ["1", "2", "3"], ["PDF page 1 prints no number: numbered 1 from the pages around them"]),
    # A page after the last folio, or before a run that does not count up to it, stays unnumbered.
    (["1", "2", N], [""] * 3, ["1", "2", N], []),
    (["ii", N, "5"], [""] * 3, ["ii", N, "5"], []),
])
def test_one_label_per_page(found, given, labels, notes):
    got_notes: list[str] = []
    assert reconcile(found, given, got_notes) == labels
    assert got_notes == notes


@pytest.mark.parametrize("running, labels", [
    # A folio at either edge of a running line, counting up with the pages.
    ([["Harbor Institute 4"], ["5 Japan and NATO"], ["Harbor Institute 6"]], ["4", "5", "6"]),
    # A year in every running head stays the same: no folio.
    ([["Review 2026"], ["Review 2026"], ["Review 2026"]], [N, N, N]),
    # Roman front matter, then arabic; 'Page 3 of 9' is page 3.
    ([["iii"], ["iv"], ["Page 1 of 9"], ["Page 2 of 9"]], ["iii", "iv", "1", "2"]),
])
def test_printed_folios(running, labels):
    assert printed(running) == labels

"""Where a claim places a quote: {quote-id}, one pair of braces. A mistyped placement is a
stray brace and places nothing, so no message counts it as a use of the quote."""
from __future__ import annotations

import pytest
from factory import BRIEF, SOURCE, make_project

from briefbuild.checking.validate import load_project
from briefbuild.errors import InputError
from briefbuild.inputs.project import placeholders, stray_brace


@pytest.mark.parametrize("claim,placed,stray", [
    ("Lee said {lee-act}.", ["lee-act"], False),
    ("Lee said {lee-act} and {lee-ready}.", ["lee-act", "lee-ready"], False),
    ("Lee said {{lee-act}}.", [], True),  # a doubled brace, as a Jinja or Mustache habit types it
    ("Lee said {{lee-act}.", [], True),
    ("Lee said {lee-act}}.", [], True),
    ("Lee said {{{lee-act}}}.", [], True),
    ("Lee said {{lee-act}} and {lee-ready}.", ["lee-ready"], True),
    ("Lee said { lee-act }.", [], True),
    ("Lee said {lee-act.", [], True),
])
def test_only_one_pair_of_braces_places_a_quote(claim, placed, stray):
    assert placeholders(claim) == placed
    assert bool(stray_brace(claim)) == stray


def test_a_doubled_brace_is_not_counted_as_a_use_of_the_quote(tmp_path):
    # QA: a misquote's message said "used by brief 'b1'" of a quote that b1 placed only as {{lee-act}}.
    root = make_project(tmp_path, {"sources/s1.yaml": SOURCE.replace("text: We will act on the plan\n",
                                                                     "text: We will act on the plans\n"),
                                   "briefs/b1.yaml": BRIEF.replace("{lee-act}", "{{lee-act}}")})
    with pytest.raises(InputError) as err:
        load_project(root)
    messages = [d.message for d in err.value.diagnostics]
    misquote = next(m for m in messages if m.startswith("quote 'lee-act': not verbatim"))
    assert "used by" not in misquote
    assert any(m.startswith("stray { in 'Lee said {{lee-act}}.'") for m in messages)

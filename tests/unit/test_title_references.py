"""A claim's `the <office>`: the table in title_cases.py, read as a brief's check reads it."""
from __future__ import annotations

import pytest
from quotecheck import PEOPLE
from title_cases import EXTRA_CAST, TITLE_CLAIMS, TITLE_QUOTES

from briefbuild.checking.claims import claim_problem
from briefbuild.inputs.models import Person, Quote

_PEOPLE = dict(PEOPLE, **{p["id"]: Person(**p) for p in EXTRA_CAST})
_QUOTES = {qid: Quote(id=qid, speaker=pid, kind="direct", text="x", paragraph=1) for qid, pid in TITLE_QUOTES.items()}


@pytest.mark.parametrize("before,claim,qid,message", TITLE_CLAIMS, ids=[f"{r[1][:50]}-{r[2]}" for r in TITLE_CLAIMS])
def test_a_title_names_the_person_introduced_with_that_office(before, claim, qid, message):
    assert (claim_problem(claim, qid, _QUOTES, _PEOPLE, before=before) or "") == message

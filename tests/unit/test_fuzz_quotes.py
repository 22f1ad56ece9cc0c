"""Property-based: verifying any quote, however adversarial (ellipses against a repetitive
paragraph, brackets, a long misquote), is a verdict within a per-example time budget, with a
message no longer than linear in the texts. A backtracking matcher fails it (31 s for a
500-byte paragraph before issue 11's linear-time matcher)."""
from __future__ import annotations

from deadline import deadline
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from briefbuild.checking.verify import paragraphs, verify_quote
from briefbuild.inputs.models import Person, Quote, Source

SECONDS = 2.0  # per example, enforced by a timer: a runaway match fails, it never hangs the suite
BUDGET = settings(max_examples=100, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


PEOPLE = {"ann-lee": Person.model_validate({"id": "ann-lee", "name": "Ann Lee", "role": "Minister"})}
words = st.sampled_from(["the", "a", "zebra", "plan", "will", "act", "on", "…", "...", "[the]", "[", "]", ",", "."])


def _source(text: str) -> Source:
    return Source.model_validate({"type": "speech", "title": "T", "issued": "2024-01-01", "speaker": "ann-lee",
                                  "text": text})


@BUDGET
@given(st.lists(words, min_size=1, max_size=60).map(" ".join), st.integers(1, 400), st.sampled_from(
    ["the ", "the plan ", "a the ", "will act on the plan, "]))
def test_verifying_any_quote_is_a_verdict_within_the_budget(quote_text, repeat, unit):
    stored = "Lee said: " + unit * repeat
    quote = Quote.model_validate({"id": "q", "speaker": "ann-lee", "kind": "direct", "text": quote_text,
                                  "paragraph": 1})
    with deadline(SECONDS):
        problems = verify_quote(quote, _source(stored), paragraphs(stored), PEOPLE)
    for problem in problems:
        assert len(problem.message) + len(problem.detail) <= 4 * (len(stored) + len(quote_text)) + 600

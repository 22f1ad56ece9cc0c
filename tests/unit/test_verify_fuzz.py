"""The verifier never crashes, whatever the stored text and the quote: generated inputs made of
the characters that matter to it (labels, quotation marks, brackets, ellipses, names)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from quotecheck import problems

PIECES = ["LEE:", "Q:", "MR. CHAN:", "“", "”", '"', "'", "’", "[", "]", "…", "...", ".", ",", "?", "!", ":",
          "\n", "\n\n", " ", "Lee said", "said Chan", "she said", "according to Lee", "we", "will", "not",
          "the plan", "40", "Ann Lee", "de", "É", "е", "\u0301", "won't", "if", "only", "[sic]", "***"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=texts, quote=texts, voice=st.sampled_from(["reported", "transcript", "authored"]),
       kind=st.sampled_from(["direct", "paraphrase"]))
def test_the_verifier_answers_every_input_with_messages_not_exceptions(text, quote, voice, kind):
    text = text.strip() or "x"
    quote = quote.strip() or "x"
    result = problems(text, quote, "ann-lee", 1, voice, kind=kind)
    assert isinstance(result, str)

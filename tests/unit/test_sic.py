"""[sic] says the original is in error there (Chicago 13.61): after a correct word it
misrepresents the speaker. A [sic] that follows no word is an error; one after a word the
stored text spells the same way elsewhere is a warning naming the word (whether a word is
misused or a date wrong where it stands, no check can tell); a word spelled only once
(`goverment`) raises nothing. The warning is printed on every check, also one that reuses
the record of the last (verdict.py)."""
from __future__ import annotations

import pytest
from factory import SOURCE, make_project
from quotecheck import paras_of, problems

from briefbuild.checking import verify
from briefbuild.checking.validate import load_project
from briefbuild.errors import InputError
from briefbuild.inputs.models import Quote

STORY = ("“Their budget will grow, and their plan is ready,” Lee said. Their critics disagree.\n\n"
         "“The goverment will act, irregardless of the costs,” Lee said.\n\n"
         "“It’s costs will fall in 1992,” Lee said. The plan began in 2019. Its costs are rising.\n\n"
         "“We will act on the plan [sic],” Lee said of their plan.")


def doubt(word: str, times: int) -> str:
    return (f"[sic] after '{word}', which the stored text spells so {times} times: [sic] marks an error in the "
            f"original (Chicago 13.61); keep it only if '{word}' is misspelled, misused or wrong where the speaker "
            "used it, else remove it")


# (quote, paragraph, the doubts raised)
DOUBTS = [
    ("Their [sic] budget will grow", 1, [doubt("Their", 4)]),
    ("their [sic] plan is ready", 1, [doubt("their", 4)]),
    ("their plan [sic] is ready", 1, [doubt("plan", 4)]),
    ("The goverment [sic] will act", 2, []),               # spelled so once: a misspelling
    ("irregardless [sic] of the costs", 2, []),            # a nonstandard word, once
    ("It’s [sic] costs will fall", 3, []),                 # a misuse: `its` is another word
    ("It’s costs will fall in 1992 [sic]", 3, []),         # a number may be a wrong fact: no doubt
    ("We will act on the plan [sic]", 4, []),              # the source's own [sic], kept as printed
    ("Their budget will grow", 1, []),
]


@pytest.mark.parametrize("quote,paragraph,expected", DOUBTS)
def test_a_sic_after_a_word_the_text_spells_so_elsewhere_is_a_doubt(quote, paragraph, expected):
    assert problems(STORY, quote, "ann-lee", paragraph) == ""  # verified all the same
    q = Quote(id="q", speaker="ann-lee", kind="direct", text=quote, paragraph=paragraph)
    assert verify.sic_doubts(q, paras_of(STORY)) == expected


@pytest.mark.parametrize("quote,paragraph", [("[sic] Their budget will grow", 1), ("[Sic] The goverment will act", 2)])
def test_a_sic_after_no_word_is_an_error(quote, paragraph):
    assert problems(STORY, quote, "ann-lee", paragraph) == (
        f"{quote[:5]} follows no word of the quote: [sic] marks the word before it as the source's own error; "
        "put it after that word or remove it")


def test_the_warning_is_printed_on_every_check_and_strict_fails_on_it(tmp_path):
    source = SOURCE.replace("“We will act on the plan,” Lee said.",
                            "“We will act on the plan,” Lee said of the plan.").replace(
        "text: We will act on the plan\n", "text: We will act on the plan [sic]\n")
    root = make_project(tmp_path, {"sources/s1.yaml": source})
    where = "sources/s1.yaml:13:5: warning: quotes.0.text: quote 'lee-act': "
    first = load_project(root, include=())
    again = load_project(root, include=())
    assert again.reused
    for project in (first, again):
        assert [str(w) for w in project.warnings] == [where + doubt("plan", 3)]
    with pytest.raises(InputError):
        load_project(root, strict=True, include=())

"""A bracket never names the speaker for a third person in the speaker's own words (firstperson.py).

Speakers say `I` of themselves: in `“He told us the deal was off,” Lee said of Chan`, `He` is someone
else, so `[Lee] told us` (or `He [Lee] told us`) puts the speaker in another's place, whatever the source
names. English, French, German and Spanish singular pronouns (`he`, `she`, `il`, `elle`, `er`, `él`,
`ella`); a bracket naming anyone else is judged by the reference rules as before.
"""
from __future__ import annotations

import pytest
from quotecheck import problems

TEXT = ("“He told us the deal was off,” Lee said of Chan.\n\n"
        "“She asked me to stay, and I stayed,” Lee said of her minister.\n\n"
        "« Il nous a dit que l'accord était annulé », a déclaré Lee à propos de Chan.\n\n"
        "„Er hat uns gesagt, dass das Abkommen geplatzt ist“, sagte Lee über Chan.")
SELF = ("[Lee] names Lee for the source's '{p}', in Lee's own words: speakers say 'I' of themselves, so '{p}' stands "
        "for someone else; name whom it stands for, or quote without the bracket")

# (paragraph, quote, language, message or "")
ROWS = [
    (1, "[Chan] told us the deal was off", None, ""),
    (1, "He [Chan] told us", None, ""),
    (2, "[The minister] asked me to stay", None, ""),
    (3, "[Chan] nous a dit", "fr", ""),
    (4, "[Chan] hat uns gesagt", "de", ""),
    (1, "[Lee] told us the deal was off", None, SELF.format(p="He")),
    (1, "He [Lee] told us", None, SELF.format(p="He")),
    (2, "[Lee] asked me to stay", None, SELF.format(p="She")),
    (3, "[Lee] nous a dit", "fr", SELF.format(p="Il")),
    (4, "[Lee] hat uns gesagt", "de", SELF.format(p="Er")),
]


@pytest.mark.parametrize("para,quote,language,message", ROWS, ids=[r[1] for r in ROWS])
def test_a_bracket_never_puts_the_speaker_for_a_third_person(para, quote, language, message):
    assert problems(TEXT, quote, "ann-lee", para, language=language) == message

"""A verb of quoting names whose words follow: `Chan, quoting Lee, said: {q}`, `Chan quoted Lee as
saying {q}`, `{q}, Chan said, quoting Lee.`, `Martin, citant Dupont, a déclaré : {q}`, `García citó a Pérez: {q}`, `Weber
zitierte Müller mit den Worten: {q}`.

The one quoted is the speaker, whoever reads the words out (AP: attribute a quotation to the one
who said it; `quoting` hands the words on). Before, the subject, the one quoting, was read as the
speaker in French, Spanish and English (`Chan, quoting Lee, said`), a false alarm on a faithful claim.
Only a person named right after the verb of quoting (not `quoting Lee's report`), and none named
between it and the quote.
"""
from __future__ import annotations

from ..patterns import lazy
from .clauses import Who
from .ownwords import named
from .speakers import Names

_NAME = r"(?P<who>(?:[^\W\d_][\w.'-]*\s+){0,3}?[^\W\d_][\w.-]*?)"
_FORMS = {
    "en": r"(?:quoting|quoted|quotes)\s+",
    "fr": r"(?:citant|cité|cite|cita|citait)\s+",
    "es": r"(?:citando|citó|cita|citaba|citado)\s+a\s+",
    "de": r"(?:zitierte|zitiert|zitierten|zitierend)\s+",
}
# what may end the name: an aside's comma, a colon, `as saying`, `mit den Worten`, `en disant`
_ENDS = r"(?=\s*[,:]|\s+as\s+saying\b|\s+mit\s+den\s+Worten\b|\s+en\s+disant\b|\s+diciendo\b)"
_QUOTING = {key: lazy(r"(?i)(?<![\w'-])" + form + _NAME + _ENDS) for key, form in _FORMS.items()}
# after the quote, its tag's participle at the sentence's end: `{q}, Chan said, quoting Lee.`
_TAG = {key: lazy(r"(?i)^[^.;:!?]{0,80}?,\s*" + form + _NAME + r"\s*(?:[.;!?]|$)") for key, form in _FORMS.items()}


def quoted(head: str, index: Names, language: str | None = None, tail: str = "") -> Who | None:
    """The person a verb of quoting in the sentence before the quote (`head`) names, or, where the
    quote opens it, one ending the tag after it (`tail`: the rest of the sentence); else None."""
    key = (language or "en").split("-")[0].lower()
    pattern = _QUOTING.get(key)
    found = list(pattern.finditer(head, max(0, len(head) - 200))) if pattern else []
    tag = _TAG[key].match(tail) if key in _TAG and not head.strip(" ,;:-«»\"“”„—–") else None
    if tag and index.pattern.search(tail, tag.end()) is None:
        who = named(tag.group("who"), index)
        return who if who and who.kind == "person" else None
    if not found:
        return None
    m = found[-1]
    if index.pattern.search(head, m.end()):
        return None  # (another name after it: `Chan, quoting Lee, said Jones told her:`)
    who = named(m.group("who"), index)
    return who if who and who.kind == "person" else None

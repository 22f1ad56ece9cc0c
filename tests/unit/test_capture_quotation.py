"""A page's <q> between the quotation marks a browser shows for it, in the page's language, and
a quote written with other marks still verified against it. Pages written here in the shapes
sites use (the language on <html>, on an element, or only in the page's metadata)."""
from __future__ import annotations

import pytest
from quotecheck import problems

from briefbuild.capture import capture
from briefbuild.checking.textcheck import normalize
from briefbuild.checking.verify import paragraphs

NNBSP = "\u202f"


def page(tmp_path, head: str, body: str) -> list[str]:
    path = tmp_path / "p.html"
    path.write_text(f"{head}{'' if '<head>' in head else '<head>'}<title>Sommet</title></head><body><main><article>"
                    f"{body}<p>Leaders of the alliance and its partners meet for a second day in the capital.</p>"
                    "</article></main></body></html>", "utf-8")
    return paragraphs(capture(path).text)


MARKS = [
    # French: guillemets with the narrow no-break spaces French typography sets inside them;
    # inside another quotation, the catalogue's inner pair.
    ("<html lang='fr'>", "<p>La ministre a parlé d’<q>un tournant</q> et est partie.</p>",
     f"La ministre a parlé d’«{NNBSP}un tournant{NNBSP}» et est partie."),
    ("<html lang='fr-FR'>", "<p>Elle a dit <q>le mot <q>jamais</q> n’existe pas</q> hier.</p>",
     f"Elle a dit «{NNBSP}le mot “jamais” n’existe pas{NNBSP}» hier."),
    ("<html lang='fr'>", "<p>Elle a parlé d’<q> un tournant </q> hier.</p>",  # the words' own spaces: one each
     f"Elle a parlé d’«{NNBSP}un tournant{NNBSP}» hier."),
    # German „…“ and ‚…‘; Spanish «…» and “…”; Japanese 「…」 and 『…』.
    ("<html lang='de'>", "<p>Sie sagte <q>das Wort <q>nie</q> gibt es nicht</q> gestern.</p>",
     "Sie sagte „das Wort ‚nie‘ gibt es nicht“ gestern."),
    ("<html lang='es'>", "<p>La ministra llamó al plan <q>un primer paso <q>hacia la paz</q></q> y se fue.</p>",
     "La ministra llamó al plan «un primer paso “hacia la paz”» y se fue."),
    ("<html lang='ja'>", "<p>大臣は<q>計画を<q>必ず</q>実行する</q>と述べた。</p>", "大臣は「計画を『必ず』実行する」と述べた。"),
    # The language from the page's metadata when <html> names none: content-language, og:locale.
    ("<html><head><meta http-equiv='Content-Language' content='de'>",
     "<p>Sie nannte den Plan <q>einen ersten Schritt</q> und ging.</p>", "Sie nannte den Plan „einen ersten Schritt“ und ging."),
    ("<html><head><meta property='og:locale' content='fr_FR'>",
     "<p>La ministre a parlé d’<q>un tournant</q> hier.</p>", f"La ministre a parlé d’«{NNBSP}un tournant{NNBSP}» hier."),
    # An element's own language wins over the page's: a French phrase in an English article.
    ("<html lang='en'>", "<p>She said, in French, <q lang='fr'>nous agirons</q> and left.</p>",
     f"She said, in French, «{NNBSP}nous agirons{NNBSP}» and left."),
    # English, and a language with no catalogue, or none given: “…” and ‘…’ (as before).
    ("<html lang='en-GB'>", "<p>She called it <q>a <q>first</q> step</q> and left.</p>",
     "She called it “a ‘first’ step” and left."),
    ("<html lang='it'>", "<p>Ha parlato di <q>un primo passo</q> ieri.</p>", "Ha parlato di “un primo passo” ieri."),
    ("<html>", "<p>She called it <q>a first step</q> and left.</p>", "She called it “a first step” and left."),
]


@pytest.mark.parametrize("head, body, para", MARKS)
def test_an_inline_quotation_takes_its_languages_marks(tmp_path, head, body, para):
    # Before: every <q> got English “…” whatever the page's language (8 rows failed).
    assert page(tmp_path, head, body)[0] == para


STORED = f"Certains parlent d’«{NNBSP}un tournant{NNBSP}», je parle d’un début."


@pytest.mark.parametrize("quote", [
    f"Certains parlent d’«{NNBSP}un tournant{NNBSP}», je parle d’un début",  # as stored
    "Certains parlent d’« un tournant », je parle d’un début",  # spaces typed on a keyboard
    "Certains parlent d’«un tournant», je parle d’un début",  # no spaces
    "Certains parlent d’“un tournant”, je parle d’un début",  # English marks
    "Certains parlent d'\"un tournant\", je parle d'un début",  # straight marks
])
def test_a_quote_in_other_marks_verifies_against_a_french_inline_quotation(tmp_path, quote):
    # A minister's speech (all its words hers) holding a <q>. Before: the narrow spaces inside
    # the guillemets made a quote typed without them, or in other marks, differ from the stored
    # text (3 rows failed).
    text = "\n\n".join(page(tmp_path, "<html lang='fr'>", "<p>Certains parlent d’<q>un tournant</q>, je parle d’un "
                                                          "début.</p>"))
    assert text.startswith(STORED)
    assert problems(text, quote, "ann-lee", 1, "authored", language="fr") == ""


@pytest.mark.parametrize("german, typed", [
    # German's guillemets point inwards (»…«): a space after a closing « or before an opening » is
    # a word space, kept.
    ("Er sagte: »Wir handeln.« Dann ging er.", "Er sagte: „Wir handeln.“ Dann ging er."),
    ("»Wir handeln«, sagte er.", "„Wir handeln“, sagte er."),
])
def test_a_german_quotations_word_spaces_are_kept(german, typed):
    assert normalize(german) == normalize(typed)

"""The words that stand for someone or something else, by language: what a bracket may name.

A bracket may replace a pronoun (`he`, `sie`, `elle`, `él`) with the name it stands for, or a
definite reference (`the alliance`, `die Kanzlerin`, `la ministre`, `el presidente`) with a name
or a fuller description (Chicago 13.60; Duden, Imprimerie nationale and the RAE set the same
square-bracket interpolation). The source's `language:` chooses the table; a language without
one here is read as English, as before.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..patterns import lazy

# What joins the parties a bracket names (`[Russia, China and Iran]`, `[Scholz und Macron]`, `[España e
# Italia]`): a list's commas and each language's `and`.
PARTIES = lazy(r"\s*(?:,|&|(?<![\w'’-])(?:and|und|et|y|e)(?![\w'’-]))\s*", re.I)


class References(NamedTuple):
    pronouns: frozenset[str]      # a bracket may replace them whole: `[Merkel]` for `sie`
    determiners: frozenset[str]   # open a definite reference: `[Merkel]` for `die Kanzlerin`
    articles: frozenset[str]      # a bracket's own article, left out when its name is compared
    first_person: frozenset[str]  # the speaker's own `we`: `[NASA is]` for `we're`
    linking: frozenset[str]       # verbs a bracket for `we` may take in with it (`is` of `[NASA is]`)
    relatives: frozenset[str]     # `that` right after the words a bracket repeats
    elided: frozenset[str] = frozenset()  # French `l'alliance`: the article `l` before its noun
    # German capitalizes every noun: a reference ends at its noun, and a lower-case word after it
    # is a verb or adverb of the clause (`die Regierung beschließt`), never part of what is named
    capital_nouns: bool = False
    # words that take the next word into their phrase (`no one`, `each one`): what follows is no reference alone
    quantifiers: frozenset[str] = frozenset()
    # a preposition that ties a genitive to its noun (`the chancellor of the republic`); German needs
    # none: its genitive article follows the noun (`die Kanzlerin der Republik`)
    of: frozenset[str] = frozenset()
    genitives: frozenset[str] = frozenset()  # articles that open a genitive after a noun: `der`, `des`
    # the linking and auxiliary verbs, each as its present forms | its past forms: a bracket may give one
    # another person or number, or shift it into the past (verbforms.py)
    verbs: tuple[str, ...] = ()
    # nouns of documents, events and acts, never a person, state or body: `[Japan]` for `the leaks` is another thing
    events: frozenset[str] = frozenset()
    code: str = "en"  # the language's code: CLDR's names of countries in it (states.py)


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH = References(
    pronouns=_set("he she it they we i you him her them us me his hers its their theirs our ours my mine your yours "
                  "this that these those here there then such one ones who whom which"),
    determiners=_set("the this that these those its their his her our my your such"),
    articles=_set("the"),
    first_person=_set("we i us me our my"),
    linking=_set("is are am will would have"),
    relatives=_set("that which who"),
    quantifiers=_set("no every each any some all both"),
    of=_set("of"),
    verbs=("is are am 's 're 'm be | was were", "has have 've | had", "do does | did"),
    events=_set("leak leaks disclosure disclosures agreement agreements deal deals treaty treaties accord pact "
                "exercise exercises drill drills plan plans report reports talks negotiations meeting meetings summit "
                "attack attacks strike strikes war crisis decision decisions vote bill law budget programme program "
                "policy sanctions proposal statement letter visit election elections ban ruling investigation "
                "inquiry review trial test tests launch incident strategy initiative declaration resolution reform "
                "package documents files"),
)

TABLES = {
    "en": ENGLISH,
    "de": References(
        pronouns=_set("er sie es ihn ihm ihr ihnen wir uns ich mich mir du dich dir euch dies dieser diese dieses "
                      "diesen diesem jener jene jenes jenen jenem welcher welche welches hier dort da damals "
                      "sein seine seinen seinem seiner seines ihre ihren ihrem ihrer ihres"),  # `[Merkels] Plan`
        # articles, demonstratives and possessives in every case (`den`, `dem`, `des`; `seinem`, `ihrer`)
        determiners=_set("der die das den dem des dieser diese dieses diesen diesem jener jene jenes jenen jenem "
                         "sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres "
                         "unser unsere unseren unserem unserer unseres"),
        articles=_set("der die das den dem des"),
        first_person=_set("wir uns ich mich mir unser unsere"),
        linking=_set("sind ist bin haben hat habe werden wird werde"),
        relatives=_set("der die das welcher welche welches"),
        capital_nouns=True,
        quantifiers=_set("kein keine keiner jeder jede jedes alle beide"),
        genitives=_set("der des"),
        events=_set("abkommen vertrag plan bericht gespräche verhandlungen treffen gipfel angriff krieg krise "
                    "entscheidung abstimmung gesetz haushalt programm sanktionen vorschlag erklärung besuch wahl "
                    "verbot übung manöver strategie reform paket dokumente enthüllungen ermittlungen"),
        verbs=("ist sind bin bist seid sein | war waren warst wart", "hat habe haben hast habt | hatte hatten",
               "wird werde werden wirst werdet | wurde wurden"),
        code="de",
    ),
    "fr": References(
        pronouns=_set("il elle ils elles lui leur eux on nous vous je me moi te toi celui celle ceux celles ceci cela "
                      "ça ici là qui lequel laquelle lesquels lesquelles son sa ses leurs"),
        determiners=_set("le la les l ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes"),
        articles=_set("le la les l"),
        first_person=_set("nous je me moi notre nos on"),
        linking=_set("sommes est suis avons a ai serons sera serai"),
        relatives=_set("qui que lequel laquelle"),
        elided=_set("l"),
        quantifiers=_set("aucun aucune chaque tout tous toute toutes"),
        of=_set("de d"),
        events=_set("accord traité plan rapport pourparlers négociations réunion sommet attaque guerre crise "
                    "décision vote loi budget programme sanctions proposition déclaration visite élection exercice "
                    "stratégie réforme fuites documents enquête"),
        verbs=("est sont suis es sommes êtes être | était étaient étais étions étiez fut furent",
               "a ont ai as avons avez avoir | avait avaient avais avions aviez eut eurent"),
        code="fr",
    ),
    "es": References(
        pronouns=_set("él ella ellos ellas ello lo le les nosotros nosotras vosotros vosotras usted ustedes yo me mí "
                      "nos te ti esto eso aquello aquí allí ahí entonces quien quienes su sus"),
        determiners=_set("el la los las este esta estos estas ese esa esos esas aquel aquella aquellos aquellas "
                         "su sus nuestro nuestra nuestros nuestras mi mis"),
        articles=_set("el la los las"),
        first_person=_set("nosotros nosotras nos yo me mi nuestro nuestra"),
        linking=_set("somos es soy hemos ha he vamos va voy"),
        relatives=_set("que quien quienes cual cuales"),
        quantifiers=_set("ningún ninguno ninguna cada todo todos toda todas"),
        of=_set("de"),
        events=_set("acuerdo tratado plan informe conversaciones negociaciones reunión cumbre ataque guerra crisis "
                    "decisión votación ley presupuesto programa sanciones propuesta declaración visita elección "
                    "ejercicio estrategia reforma filtraciones documentos investigación"),
        verbs=("es son soy eres somos sois ser | era eran eras éramos erais fue fueron fui fuimos",
               "está están estoy estás estamos estáis estar | estaba estaban estuvo estuvieron",
               "ha han he has hemos habéis haber | había habían hubo"),
        code="es",
    ),
}


def references_for(language: str | None) -> References:
    """The table of a source's CSL language (`de`, `fr-CA`, `es-419`); English for any other."""
    return TABLES.get((language or "").split("-")[0].lower(), ENGLISH)


_ELIDED = lazy(r"\b([^\W\d_])['’](?=[^\W\d_])")


def apart(text: str, refs: References) -> str:
    """French `l'alliance` as `l alliance`: the elided article a word of its own."""
    if not refs.elided:
        return text
    return _ELIDED.sub(lambda m: m.group(1) + " " if m.group(1).lower() in refs.elided else m.group(0), text)


def past_noun(src: str, refs: References) -> bool:
    """German capitalizes its nouns: a lower-case word after the reference's noun is a verb or adverb
    of the clause (`die Regierung beschließt`), unless it opens a genitive (`die Kanzlerin der Republik`)."""
    toks = re.findall(r"[^\W\d_]+", src)[1:]
    noun = next((k for k, t in enumerate(toks) if t[:1].isupper()), None)
    return noun is not None and any(t[:1].islower() and t.lower() not in refs.determiners for t in toks[noun + 1:])


# Where a phrase ends: a run of words that is one reference never reaches across them.
_PHRASE_END = lazy(r"[.,;:!?()\[\]\"“”«»„—–\0]|\s-+\s")


def reference_run(text: str, refs: References, most: int = 4) -> str:
    """The shortest run of words ending `text` that is a reference, as written there, or '': a pronoun
    or possessive (`they`, `its`, `sie`), with a linking verb after it (`we are`, `we're`), or a
    determiner and its noun (`the leaks`, `die Kanzlerin`, `l'alliance`)."""
    tail = _PHRASE_END.split(text)[-1]
    if not tail[-1:].isalnum():
        return ""
    ws = apart(tail, refs).lower().replace("’", "'").split()
    bound = refs.articles | refs.quantifiers
    for n in range(1, min(most, len(ws)) + 1):
        if _is_reference(ws[-n:], refs) and (n == len(ws) or ws[-n - 1] not in bound):
            if n > 1:  # a determiner and its noun, not a possessive whose noun the quote opens with
                extra = _governor(ws[:-n], ws[-n], refs)
                n += extra if n + extra <= most else 0
            return tail[[m.start() for m in re.finditer(r"\S+", apart(tail, refs))][-n]:]
    return ""


def _governor(before: list[str], first: str, refs: References) -> int:
    """How many words before a determiner run make it a genitive of theirs, so the reference is the
    whole description (`die Kanzlerin` of `die Kanzlerin der Republik`, `the chancellor of` of `the
    chancellor of the republic`): 0 when none do."""
    if first not in refs.determiners:
        return 0
    if len(before) >= 3 and before[-1] in refs.of and _noun_after_determiner(before[-3:-1], refs):
        return 3
    if first in refs.genitives and len(before) >= 2 and _noun_after_determiner(before[-2:], refs):
        return 2
    return 0


def _noun_after_determiner(ws: list[str], refs: References) -> bool:
    return ws[0] in refs.determiners and ws[1] not in refs.determiners | refs.pronouns | refs.of


def head_noun(ws: list[str], refs: References) -> int | None:
    """The index of the noun a determiner phrase (`ws`, lower case) is about, or None when it is none:
    its last word (`the defence plan`), or the noun before its genitive (`die Kanzlerin der Republik`,
    `the chancellor of the republic`, `la ministre de la Défense`)."""
    if not ws or ws[0] not in refs.determiners or len(ws) < 2:
        return None
    for k in range(2, len(ws) - 1):
        if (ws[k] in refs.of and ws[k + 1] in refs.determiners) or (k >= 2 and ws[k] in refs.genitives):
            return k - 1 if _noun_after_determiner(ws[k - 2:k], refs) else None
    return len(ws) - 1 if len(ws) <= 3 else None


def _is_reference(ws: list[str], refs: References) -> bool:
    head = ws[0].removesuffix("'re").removesuffix("'s")
    if head in refs.pronouns and all(w in refs.linking for w in ws[1:]):
        return True
    # a determiner alone is no reference: its noun is the quote's own first word
    return head in refs.determiners and 1 < len(ws) <= 3

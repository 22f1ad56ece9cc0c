"""The words newsrooms attribute quotations with, in the languages besides English.

Taken from the wire and newspaper conventions: AFP and Le Monde (the incise inverted after
the guillemets, `», a déclaré Dupont`, `», a-t-il ajouté`, `», estime la ministre`;
`selon Dupont`; a quotation interrupted by `a-t-elle ajouté` inside its guillemets; the
dialogue dash `— `), EFE and El País (Libro de estilo: `«…», dijo Pérez`, `según Pérez`, the
subject left out, `«…», añadió`, the raya of the inciso `—…—dijo Pérez—`), dpa and the FAZ
(`„…“, sagte Müller`, `so Müller`, `laut Müller`, `fügte er hinzu`). Each language lists
its verbs of saying as printed (present, past, participle after an auxiliary), the words
that introduce a speaker without a verb, pronouns, articles, titles before a name and the
prepositions that make a name someone else's (`le porte-parole de Dupont`).
"""
from __future__ import annotations

from typing import NamedTuple

from .answering import FRENCH as _FR_ANSWERS
from .answering import GERMAN as _DE_ANSWERS
from .answering import SPANISH as _ES_ANSWERS


class Words(NamedTuple):
    verbs: frozenset[str]
    according: tuple[str, ...]    # `selon Dupont`: a speaker named without a verb
    opening_only: frozenset[str]  # of those, the ones that attribute only at a clause's start (`pour`, `so`)
    after_name: frozenset[str]    # `Müller zufolge`: the speaker before the word
    pronouns: frozenset[str]
    articles: frozenset[str]
    titles: frozenset[str]
    title_endings: tuple[str, ...]  # German compounds: Außenministerin, Regierungssprecher
    prepositions: frozenset[str]
    auxiliaries: frozenset[str]   # `Dupont a déclaré`, `Pérez ha dicho`, `Müller hat gesagt`
    adverbs: frozenset[str]       # between a subject and its verb: `Dupont a également déclaré`
    implicit_subject: bool        # Spanish drops the pronoun: `«…», añadió` is the last speaker's
    clitics: frozenset[str] = frozenset()     # object pronouns before a verb: `Dupont le dit`, `Pérez lo dijo`
    verb_last: frozenset[str] = frozenset()   # German: a clause they open ends with its verb (`wie Müller am Dienstag sagte`)
    impersonal: frozenset[str] = frozenset()  # German `hieß es`: an attribution to no one
    markers: frozenset[str] = frozenset()     # `Kurz gesagt`, `Autrement dit`: "in other words", said by no one
    # pronouns that stand alone after `selon`/`laut` or before `zufolge` (`selon lui`, `laut ihr`, `ihm zufolge`)
    object_pronouns: frozenset[str] = frozenset()
    # two words that make the name after them a comparison's, not a subject (`Anders als Weber sagte Müller`)
    unlike: frozenset[str] = frozenset()
    # verbs of saying of two words (`deutlich gemacht`, `machte deutlich`): a verb with its adverb
    phrases: tuple[str, ...] = ()
    # German indirect speech (Duden: Konjunktiv I): finite forms no indicative shares (`sei`, `könne`) ...
    reported: frozenset[str] = frozenset()
    # ... forms the first person singular shares (`ich habe`): evidence only in a sentence without `ich`
    reported_unless_first: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    # finite forms only the indicative has (`ist`, `hat`): a sentence with one is not read as reported
    indicative: frozenset[str] = frozenset()
    # phrases whose subjunctive reports no one (`es sei denn`, `Gott sei Dank`, `als sei`, `als ob … sei,`)
    unreported: str = ""
    # German puts its finite verb second: prepositions that open the field before it (`In Anwesenheit der
    # Ministerin Kallas sagte er`) make the pronoun after the verb its subject, not a name inside them
    adverbial_prepositions: frozenset[str] = frozenset()
    # words before a title or a name that make it a woman's (`la ministre`, `la ministra`, `Frau`), and
    # endings of a woman's title (`Ministerpräsidentin`): a masculine pronoun (`er`, `il`, `él`) is not hers
    feminine: frozenset[str] = frozenset()
    feminine_endings: tuple[str, ...] = ()


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


FRENCH = Words(
    verbs=_set(
        "déclare déclaré dit affirme affirmé estime estimé ajoute ajouté explique expliqué souligne souligné "
        "indique indiqué précise précisé assure assuré avertit averti prévient prévenu insiste insisté lance lancé "
        "répond répondu rappelle rappelé martèle martelé confie confié annonce annoncé reconnaît reconnu "
        "poursuit poursuivi commente commenté observe observé regrette regretté dénonce dénoncé déplore déploré "
        "juge jugé ironise ironisé résume résumé tranche tranché admet admis analyse analysé prévenu "
        "considère considéré conclut conclu s'exclame exclamé raconte raconté témoigne témoigné "
        "disent affirment estiment déclarent expliquent soulignent "
        # the imperfect and the passé simple of a story told in the past: `», déclarait-il`, `», ajouta-t-elle`
        "disait déclarait déclara affirmait affirma estimait estima ajoutait ajouta expliquait expliqua "
        "soulignait souligna indiquait indiqua précisait précisa assurait assura insistait insista "
        "répondait répondit rappelait rappela lançait lança confiait confia concluait racontait raconta") | _FR_ANSWERS,
    according=("selon", "d'après", "pour"),
    opening_only=_set("pour"),
    after_name=frozenset(),
    pronouns=_set("il elle ils elles"),
    articles=_set("le la l' les un une"),
    titles=_set(
        "m. mme mmes mlle me dr pr ministre président présidente député députée porte-parole secrétaire "
        "directeur directrice chef cheffe maire sénateur sénatrice premier première général générale "
        "ambassadeur ambassadrice commissaire chancelier chancelière conseiller conseillère responsable "
        "dirigeant dirigeante négociateur négociatrice économiste analyste chercheur chercheuse professeur "
        "professeure patron patronne vice-président vice-présidente ancien ancienne"),
    title_endings=(),
    prepositions=_set("à au aux de du des d' sur avec contre pour par chez envers vers"),
    auxiliaries=_set("a avait aura ont avaient auront"),
    adverbs=_set("aussi également encore ensuite alors déjà ainsi enfin notamment pourtant cependant toutefois "
                 "vraiment réellement effectivement bien lui-même elle-même "  # `a-t-elle vraiment dit`
                 "d'abord puis surtout toujours clairement "  # `il a d'abord rappelé`
                 "hier lundi mardi mercredi jeudi vendredi samedi dimanche "
                 "tous toutes deux ensemble"),  # `Dupont et Martin ont tous deux déclaré`
    implicit_subject=False,
    # `Dupont nous a dit`, `m'a confié`: the one told, never the subject
    clitics=_set("ne le la les l' lui leur l'a l'avait l'ont me m' m'a m'avait m'ont te t' t'a nous vous"),
    markers=frozenset({"autrement dit", "cela dit", "ceci dit", "soit dit en passant", "c'est-à-dire"}),
    object_pronouns=_set("lui eux"),
    feminine=_set("la une mme mmes mlle madame"),
)

SPANISH = Words(
    verbs=_set(
        "dijo dice dicho afirmó afirma afirmado aseguró asegura asegurado señaló señala señalado indicó indica "
        "indicado añadió añade añadido explicó explica explicado advirtió advierte advertido subrayó subraya "
        "subrayado declaró declara declarado manifestó manifiesta agregó agrega sostuvo sostiene apuntó apunta "
        "destacó destaca insistió insiste comentó comenta respondió responde recordó recuerda precisó precisa "
        "reconoció reconoce admitió admite concluyó zanjó lamentó criticó denunció "
        "dijeron afirmaron señalaron aseguraron explicaron declararon "
        # the perfect (`ha destacado que`), as La Moncloa's releases write: each verb's participle
        "manifestado agregado sostenido apuntado destacado insistido comentado respondido recordado precisado "
        "reconocido admitido concluido lamentado criticado denunciado") | _ES_ANSWERS,
    according=("según", "de acuerdo con", "en palabras de"),
    opening_only=frozenset(),
    after_name=frozenset(),
    pronouns=_set("él ella ellos ellas"),
    articles=_set("el la los las un una"),
    titles=_set(
        "sr. sra. don doña dr. ministro ministra presidente presidenta portavoz diputado diputada secretario "
        "secretaria director directora jefe jefa alcalde alcaldesa senador senadora embajador embajadora "
        "canciller consejero consejera vicepresidente vicepresidenta comisario comisaria negociador negociadora "
        "analista experto experta responsable líder dirigente exministro exministra economista"),
    title_endings=(),
    prepositions=_set("a al de del con para por sobre contra ante hacia"),
    auxiliaries=_set("ha había habría han habían"),
    adverbs=_set("también además luego después incluso ya asimismo realmente efectivamente "  # `¿Dijo realmente Pérez …?`
                 "ayer hoy lunes martes miércoles jueves viernes sábado domingo ambos ambas juntos"),
    implicit_subject=True,
    clitics=_set("lo la los las le les se"),
    markers=frozenset({"dicho de otro modo", "dicho de otra manera", "dicho esto", "es decir", "o sea"}),
    feminine=_set("la una sra. señora doña"),
)

GERMAN = Words(
    verbs=_set(
        "sagte sagt gesagt erklärte erklärt betonte betont fügte hinzugefügt warnte warnt gewarnt meinte meint "
        "ergänzte ergänzt unterstrich unterstreicht kritisierte kritisiert bekräftigte bekräftigt versicherte "
        "versichert räumte mahnte mahnt forderte fordert sprach schrieb stellte teilte fasste "
        "sagten erklärten betonten warnten "
        "fragte fragt gefragt fragten "
        # separable verbs whose particle stands apart (foreign._SEPARABLE requires it): `hielt dem
        # entgegen`, `gab zurück`, `gab zu`, `wies darauf hin`, `fügt hinzu`; their one-word participles
        "fügt fügten hielt hält hielten gab gibt gaben wies weist wiesen "
        "entgegengehalten hingewiesen zugegeben") | _DE_ANSWERS,  # (a question is its asker's words: `Müller fragte Weber:`)
    according=("laut", "so", "nach Angaben von"),
    opening_only=_set("so"),
    after_name=_set("zufolge"),
    pronouns=_set("er sie"),
    articles=_set("der die das den dem des ein eine"),
    titles=_set("herr frau dr. prof. minister ministerin kanzler kanzlerin präsident präsidentin sprecher "
                "sprecherin chef chefin abgeordnete abgeordneter vorsitzende vorsitzender botschafter "
                "botschafterin ex-minister ex-ministerin"),
    title_endings=("minister", "ministerin", "sprecher", "sprecherin", "kanzler", "kanzlerin", "präsident",
                   "präsidentin", "chef", "chefin", "vorsitzende", "vorsitzender", "abgeordnete", "abgeordneter",
                   "botschafter", "botschafterin", "experte", "expertin", "ökonom", "ökonomin"),
    prepositions=_set("von vom an dem zu zur zum mit für gegen gegenüber bei"),
    auxiliaries=_set("hat hatte habe haben hatten"),
    adverbs=_set("auch zudem außerdem noch weiter ebenfalls bereits dann wirklich tatsächlich gestern heute beide "
                 "gemeinsam"),
    implicit_subject=False,
    # dpa and the FAZ put the verb last after `wie` and after an auxiliary: `wie Müller am Dienstag in
    # Berlin sagte`, `hatte Müller am Montag erklärt`, `Müller hat am Dienstag gesagt:`
    verb_last=_set("wie als hat hatte habe"),
    impersonal=_set("hieß heißt"),
    markers=frozenset({"kurz gesagt", "anders gesagt", "ehrlich gesagt", "offen gesagt", "genauer gesagt",
                       "vereinfacht gesagt", "besser gesagt", "nebenbei gesagt", "wie gesagt", "das heißt"}),
    object_pronouns=_set("ihr ihm ihnen"),
    unlike=frozenset({"anders als", "ähnlich wie", "genau wie", "ebenso wie", "im gegensatz"}),
    # the Bundespresseamt's `Er hat deutlich gemacht, dass …`, `Müller machte klar, dass …`
    phrases=("deutlich gemacht", "deutlich machte", "deutlich macht", "machte deutlich", "macht deutlich",
             "klargemacht", "klar gemacht", "klarmachte", "klar machte", "machte klar", "macht klar"),
    # the third person's Konjunktiv I; the plural of most verbs (`haben`, `werden`) is the indicative's, no evidence
    reported=_set("sei seiest seien seiet könne könnest müsse müssest dürfe dürfest solle sollest wolle wollest "
                  "möge mögest wisse habest werdest gebest"),
    reported_unless_first=_set("habe werde gebe gehe komme stehe liege bleibe lasse sehe brauche halte zeige gelte "
                               "fehle reiche drohe"),
    first_person=_set("ich"),
    indicative=_set("ist sind war waren hat hatte hatten wird wurde wurden kann konnte konnten muss musste mussten "
                    "darf durfte soll will mag gibt gab weiß steht stand geht ging kommt kam bleibt blieb lässt sieht "
                    "braucht hält zeigt gilt fehlt reicht droht"),
    unreported=r"\bes\s+sei\s+denn\b|\bsei\s+es\b|\bgott\s+sei\s+dank\b|\bdem\s+auch\s+sei\b"
               r"|\bals\s+(?:ob|wenn)\b[^,;:.!?]*|\bals\s+\w+",
    adverbial_prepositions=_set("in im am an auf aus bei beim nach vor vorm während seit unter über um durch ohne mit "
                                "zu zum zur von vom für gegen hinter neben zwischen wegen trotz gegenüber"),
    feminine=_set("frau"),
    feminine_endings=("in",),
)

LANGUAGES = {"fr": FRENCH, "es": SPANISH, "de": GERMAN}


def words_for(language: str | None) -> Words | None:
    """The words of a source's CSL language (`fr`, `fr-CA`, `es-419`); None: read it as English."""
    return LANGUAGES.get((language or "").split("-")[0].lower())

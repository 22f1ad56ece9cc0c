"""Nouns of saying: the words a writer uses for what someone said (`Lee's claim`, `the warning by
Chan`, `l'affirmation de Dupont`, `Müllers Behauptung`, `la afirmación de Pérez`). One list per
language, read by sayings.py (a noun that introduces a quote), claimrefs.py (`in Lee's words`)
and clauses.py (`Lee made the claim that`)."""
from __future__ import annotations

# English: what is said (AP's and Chicago's nouns for reported speech), singular and plural.
_ENGLISH = (
    "words phrase view views account telling formulation description assessment assessments judgment judgement "
    "verdict warning warnings answer answers reply replies response responses remark remarks statement statements "
    "comment comments message messages testimony retort rejoinder conclusion conclusions prediction predictions "
    "promise promises pledge pledges tweet post letter claim claims assertion assertions argument arguments "
    "contention contentions insistence suggestion suggestions observation observations allegation allegations "
    "charge charges complaint complaints admission admissions declaration declarations announcement "
    "assurance assurances reminder point opinion position advice").split()
NOUN_WORDS = frozenset(_ENGLISH)
SAID_NOUNS = r"(?:own\s+)?(?:" + "|".join(sorted(_ENGLISH, key=len, reverse=True)) + r")\b"

# Nouns of a thought, not of words: `the idea that {q}` names no one, as `the claim that {q}` does.
THOUGHT_NOUNS = ("idea", "notion", "belief", "impression", "perception", "myth")

# French, Spanish and German newsrooms' nouns for what someone said (Le Monde, El País, the FAZ).
FOREIGN_NOUNS = {
    "fr": ("affirmation affirmations déclaration déclarations propos paroles mots avertissement assertion argument "
           "arguments allégation allégations accusation accusations promesse promesses engagement remarque remarques "
           "commentaire commentaires observation constat aveu prédiction prévision message réponse avis opinion "
           "évaluation jugement verdict conclusion bilan plainte critique critiques insistance suggestion "
           "mise_en_garde").split(),
    "es": ("afirmación afirmaciones declaración declaraciones palabras advertencia aseveración argumento argumentos "
           "alegación acusación acusaciones promesa compromiso comentario comentarios observación admisión "
           "predicción mensaje respuesta opinión valoración evaluación juicio veredicto conclusión queja "
           "sugerencia insistencia").split(),
    "de": ("Behauptung Behauptungen Aussage Aussagen Äußerung Äußerungen Erklärung Warnung Argument Vorwurf Vorwürfe "
           "Versprechen Zusage Bemerkung Kommentar Einschätzung Beurteilung Urteil Fazit Resümee Bilanz Prognose "
           "Vorhersage Botschaft Antwort Worte Mahnung Appell Klage Beschwerde Eingeständnis Forderung Ansicht "
           "Auffassung Feststellung Hinweis").split(),
}

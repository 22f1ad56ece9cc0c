"""Verify a quote in-process: a Source and the people built from text, then the real verifier."""
from __future__ import annotations

from pathlib import Path

from briefbuild.checking import verify
from briefbuild.inputs.models import Person, Quote, Source

TEXTS = Path(__file__).resolve().parents[1] / "fixtures" / "texts"

CAST = [
    dict(id="ann-lee", name="Ann Lee", role="Minister"),
    dict(id="bo-chan", name="Bo Chan", role="Analyst"),
    dict(id="john-kirby", name="John Kirby", role="Pentagon press secretary"),
    dict(id="mark-milley", name="Mark Milley", role="Chairman of the Joint Chiefs of Staff"),
    dict(id="bjorn-akesson", name="Björn Åkesson", role="NATO Secretary General"),
    dict(id="fumio-kishida", name="Fumio Kishida", role="Prime Minister", labels=["岸田総理"]),
    dict(id="marie-claire-de-la-tour", name="Marie-Claire de la Tour", family_name="de la Tour", role="President"),
    dict(id="ahmed-al-sayed", name="Ahmed al-Sayed", family_name="al-Sayed", role="Minister of Foreign Affairs"),
    dict(id="ruth-jones", name="Ruth Jones", role="Senior fellow"),
    dict(id="mark-smith", name="Mark Smith", role="Ranking member"),
    dict(id="jose-alvarez", name="José Álvarez", role="Trade minister"),
    dict(id="zoe-muller", name="Zoë Müller", role="Chief negotiator"),
    dict(id="jane-doe", name="Jane Doe", role="Defence Minister"),
    dict(id="charles-de-gaulle", name="Charles de Gaulle", family_name="de Gaulle", role="Backbencher"),
    dict(id="maria-santos", name="Maria Santos", role="President", labels=["THE PRESIDENT"]),
    # White House, Hansard and UN formats (the second round of texts)
    dict(id="karine-jean-pierre", name="Karine Jean-Pierre", role="Press Secretary"),
    dict(id="rishi-sunak", name="Rishi Sunak", role="Prime Minister"),
    dict(id="keir-starmer", name="Keir Starmer", role="Leader of the Opposition"),
    dict(id="harriet-harman", name="Harriet Harman", role="Member of Parliament"),
    dict(id="lindsay-hoyle", name="Lindsay Hoyle", role="Speaker of the House of Commons", labels=["Mr Speaker"]),
    dict(id="stephane-dujarric", name="Stéphane Dujarric", role="Spokesman for the Secretary-General",
         labels=["SPOKESPERSON"]),
    # French, Spanish and German news (newsroom.py)
    dict(id="anne-dupont", name="Anne Dupont", role="Ministre de la Défense"),
    dict(id="jean-martin", name="Jean Martin", role="Député"),
    dict(id="carlos-perez", name="Carlos Pérez", role="Portavoz del Gobierno"),
    dict(id="lucia-garcia", name="Lucía García", role="Minister of the Economy"),
    dict(id="klaus-weber", name="Klaus Weber", role="Außenminister"),
    dict(id="jun-nagashima", name="Jun Nagashima", role="Minister of Defense"),
    dict(id="john-roberts", name="John G. Roberts, Jr.", family_name="Roberts", role="Chief Justice"),
]
PEOPLE = {p["id"]: Person(**p) for p in CAST}
VOICE_TYPES = {"reported": "article-newspaper", "transcript": "interview", "authored": "speech"}


def fixture(name: str) -> str:
    return (TEXTS / name).read_text("utf-8")


def source(text: str, voice: str = "reported", speaker: str | None = None, quotes=(), language=None,
           genre: str | None = None, offices: dict | None = None) -> Source:
    return Source(type=VOICE_TYPES[voice], title="T", issued="2024-01-01", text=text, language=language,
                  speaker=speaker or ("ann-lee" if voice == "authored" else None), quotes=list(quotes),
                  genre=genre, offices=offices or {})


_PARAS: dict[str, list[str]] = {}


def paras_of(text: str) -> list[str]:
    if text not in _PARAS:  # one list per text, as a project keeps: the voices are computed once
        _PARAS[text] = verify.paragraphs(text)
    return _PARAS[text]


def problems(text: str, quote: str, speaker: str, paragraph: int, voice: str = "reported", *,
             kind: str = "direct", last: int | None = None, people=None, language: str | None = None,
             genre: str | None = None, offices: dict | None = None) -> str:
    """The verifier's messages for one quote, joined by ' | '; '' when it verifies."""
    q = Quote(id="q", speaker=speaker, kind=kind, text=quote, paragraph=paragraph, last_paragraph=last)
    src = source(text, voice, language=language, genre=genre, offices=offices)
    found = verify.verify_quote(q, src, paras_of(text), people or PEOPLE)
    return " | ".join(p.message for p in found)


def labels(text: str) -> list[str]:
    """The source-level messages of a transcript (unknown labels)."""
    q = Quote(id="q", speaker="ann-lee", kind="paraphrase", text="x", paragraph=1)
    return [p.message for p in verify.source_problems(source(text, "transcript", quotes=[q]), paras_of(text), PEOPLE)]

from factory import BRIEF, PEOPLE, SOURCE

P, S, B = "sources/people.yaml", "sources/s1.yaml", "briefs/b1.yaml"

def rep(text, old, new):
    assert old in text, old
    return text.replace(old, new, 1)

CASES = [
    ("unknown top-level key", {B: rep(BRIEF, "summary:", "sumary:")}),
    ("unknown nested key", {B: rep(BRIEF, "      - text: Our own words.", "      - txt: Our own words.")}),
    ("duplicate top-level key", {B: BRIEF + "title: Again\n"}),
    ("duplicate nested key", {S: rep(SOURCE, "    paragraph: 1\n", "    paragraph: 1\n    paragraph: 2\n")}),
    ("missing required key", {B: rep(BRIEF, "summary: Short summary.\n", "")}),
    ("unknown quote id in claim", {B: rep(BRIEF, "{lee-act}", "{lee-acts}")}),
    ("unknown person", {S: rep(SOURCE, "speaker: ann-lee\n    kind: direct", "speaker: ann-le\n    kind: direct")}),
    ("unknown source in cite", {B: rep(BRIEF, "      - text: Our own words.",
                                       "      - claim: Plain.\n        cite:\n"
                                       "          - source: s2\n            paragraph: 1")}),
    ("claim without evidence", {B: rep(BRIEF, "{lee-act}", "it")}),
    ("bad kind literal", {S: rep(SOURCE, "kind: direct", "kind: dirct")}),
    ("id with capitals", {S: rep(SOURCE, "id: lee-act", "id: Lee-Act")}),
    ("paragraph not a number", {S: rep(SOURCE, "paragraph: 1", "paragraph: one")}),
    ("paragraph zero", {S: rep(SOURCE, "paragraph: 1", "paragraph: 0")}),
    ("paragraph past the end", {S: rep(SOURCE, "paragraph: 2", "paragraph: 9")}),
    ("date not ISO", {B: rep(BRIEF, 'date: "2024-02-01"', "date: 01/02/2024")}),
    ("impossible date", {B: rep(BRIEF, 'date: "2024-02-01"', 'date: "2024-02-30"')}),
    ("source issued after the brief", {S: rep(SOURCE, 'issued: "2024-01-02"', 'issued: "2024-03-01"')}),
    ("accessed before issued", {S: rep(SOURCE, 'issued: "2024-01-02"', 'issued: "2024-01-02"\n'
                                                                       'URL: https://example.org/a\naccessed: "2023-12-31"')}),
    ("URL not http", {S: rep(SOURCE, 'issued: "2024-01-02"', 'issued: "2024-01-02"\nURL: ftp://example.org/a')}),
    ("list expected", {B: rep(BRIEF, "key-findings:\n  - A finding.", "key-findings: A finding.")}),
    ("text expected", {B: rep(BRIEF, "title: A Brief", "title:\n  - A\n  - Brief")}),
    ("mapping expected at top", {B: "- just\n- a list\n"}),
    ("empty file", {B: "# nothing here\n"}),
    ("not UTF-8", {B: BRIEF.encode("utf-8").replace(b"Short summary", b"Short \xe9summary")}),
    ("byte-order mark", {B: b"\xef\xbb\xbf" + BRIEF.encode("utf-8")}),
    ("NUL character", {B: rep(BRIEF, "Short summary.", "Short\x00summary.")}),
    ("tab indentation", {B: rep(BRIEF, "  - A finding.", "\t- A finding.")}),
    ("custom tag", {B: rep(BRIEF, "summary: Short summary.", "summary: !!python/object:os.system x")}),
    ("yes stays text but kind rejects it", {S: rep(SOURCE, "kind: direct", "kind: yes")}),
    ("quotation marks in prose", {B: rep(BRIEF, "Our own words.", "Our \"own\" words.")}),
    ("misquote", {S: rep(SOURCE, "text: We will act on the plan", "text: We will act on the budget")}),
    ("reporter's words as direct quote", {S: rep(SOURCE, "kind: paraphrase\n    text: the plan is ready",
                                                     "kind: direct\n    text: the plan is ready")}),
    ("wrong speaker", {S: rep(SOURCE, "speaker: ann-lee\n    kind: direct", "speaker: bo-chan\n    kind: direct")}),
    ("direct quote not attributed in claim", {B: rep(BRIEF, "Lee said {lee-act}.", "It was said that {lee-act}.")}),
    ("quote placed twice, given to another at the second",
     {B: rep(BRIEF, "Lee said {lee-act}.", "Lee said {lee-act}, and Chan repeated {lee-act}.")}),
    ("duplicate quote id across files", {"sources/s2.yaml": SOURCE}),
    ("duplicate person id", {P: PEOPLE + "  - id: ann-lee\n    name: Ann Lee\n    role: Minister\n"}),
    ("person copied with the id unchanged", {P: rep(PEOPLE, "id: bo-chan", "id: ann-lee")}),
    ("text and text-file both", {S: rep(SOURCE, "quotes:", "text-file: s1.txt\nquotes:")}),
    ("text-file missing", {S: rep(SOURCE, "text: |\n  “We will act on the plan,” Lee said.\n\n"
                                          "  Lee also said the plan is ready, and Chan agreed.\n", "text-file: nothere.txt\n")}),
    ("paraphrase pull quote", {B: rep(BRIEF, "sections:", "pull-quotes:\n  - lee-ready\nsections:")}),
    ("block with two kinds", {B: rep(BRIEF, "      - text: Our own words.", "      - text: Our own words.\n"
                                                                                "        items:\n          - x")}),
    ("unknown style", {B: rep(BRIEF, "organization: Org", "organization: Org\nstyle: chicago-notes-bibliografy")}),
    ("placeholder missing its closing brace", {B: rep(BRIEF, "{lee-act}", "{lee-act")}),
    ("placeholder in double braces", {B: rep(BRIEF, "{lee-act}", "{{lee-act}}")}),
    ("placeholder with spaces inside", {B: rep(BRIEF, "{lee-act}", "{ lee-act }")}),
    ("YAML syntax error", {B: rep(BRIEF, "title: A Brief", "title: [A Brief")}),
    # The YAML mistakes editors make most (a tab, an unquoted ': ', a dash without its space, a
    # line out of its list or text block, quotes and brackets YAML reads as syntax, a pasted
    # non-breaking space): each where it is, under its key, with the fix.
    ("unquoted colon in a title", {B: rep(BRIEF, "title: A Brief", "title: Japan and NATO: A Triangle")}),
    ("no space after a list dash", {S: rep(SOURCE, "  - id: lee-ready", "  -id: lee-ready")}),
    ("list item out of line", {S: rep(SOURCE, "  - id: lee-ready\n    speaker", "- id: lee-ready\n    speaker")}),
    ("tab before a key", {S: rep(SOURCE, "    kind: direct", "\tkind: direct")}),
    ("quotation mark never closed", {B: rep(BRIEF, 'date: "2024-02-01"', 'date: "2024-02-01')}),
    ("apostrophe inside single quotes", {B: rep(BRIEF, "title: A Brief", "title: 'Japan's Brief'")}),
    ("value opening with a quotation", {B: rep(BRIEF, "summary: Short summary.", 'summary: "Deterrence" is key.')}),
    ("claim opening with a quote placement", {B: rep(BRIEF, "{lee-ready}.", "{lee-ready} in short.").replace(
        "- claim: In short, {lee-ready} in short.", "- claim: {lee-ready} in short.")}),
    ("value opening with @", {B: rep(BRIEF, "summary: Short summary.", "summary: @NATO said so.")}),
    ("value opening with *", {B: rep(BRIEF, "summary: Short summary.", "summary: *Draft* summary.")}),
    ("non-breaking space in the indentation", {B: rep(BRIEF, "  - A finding.", "\u00a0 - A finding.")}),
    ("stored text line out of its block", {S: rep(SOURCE, "  Lee also said", "Lee also said")}),
    # A required key misspelled: one message, on the misspelled key's line (not also "missing
    # required key" at the top of its mapping).
    ("required key misspelled", {S: rep(SOURCE, "speaker: ann-lee\n    kind: direct", "spekaer: ann-lee\n    kind: direct")}),
    ("required person key misspelled", {P: rep(PEOPLE, "    role: Analyst", "    rol: Analyst")}),
    ("pronouns not slash-separated", {P: rep(PEOPLE, "    role: Analyst", "    role: Analyst\n    pronouns: she//her")}),
]

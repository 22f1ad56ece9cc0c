"""A quote as printed (rendering/compose.py::display): typographic marks, a quotation inside
a quotation in single curly marks (Chicago 6.9, 13.30), apostrophes curly."""
from __future__ import annotations

import pytest

from briefbuild.rendering.compose import display

CASES = [
    ("Europe's security", "Europe’s security"),
    ("as the prime minister likes to say, 'inseparable.'", "as the prime minister likes to say, ‘inseparable.’"),
    ('it is "a disaster", and wrong', "it is ‘a disaster’, and wrong"),
    ("it is “a disaster”, and wrong", "it is ‘a disaster’, and wrong"),
    ("the '90s were different", "the ’90s were different"),
    ("'Fair competition' means nothing", "‘Fair competition’ means nothing"),
    ("the allies' plans", "the allies’ plans"),
    ("we will act ... soon", "we will act … soon"),
    ("a word ('inseparable') in brackets", "a word (‘inseparable’) in brackets"),
]


@pytest.mark.parametrize("text,printed", CASES)
def test_a_quote_prints_with_curly_marks(text, printed):
    assert display(text) == printed

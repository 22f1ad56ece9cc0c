"""Word's three languages of a run (ECMA-376 17.3.2.20): w:val for Latin, Greek, Cyrillic…,
w:eastAsia for Chinese, Japanese and Korean, w:bidi for complex scripts, with w:rtl for those
written right to left. pandoc puts every language in w:val; rendering/docx.py files each in its place."""
from __future__ import annotations

import pytest

from briefbuild.rendering.docx import run_languages

# (the language tag a span carries, the run properties Word should get)
CASES = [
    ("ja", '<w:lang w:eastAsia="ja"/>'),
    ("ja-JP", '<w:lang w:eastAsia="ja-JP"/>'),
    ("zh", '<w:lang w:eastAsia="zh"/>'),
    ("zh-Hant", '<w:lang w:eastAsia="zh-Hant"/>'),
    ("zh-Hant-TW", '<w:lang w:eastAsia="zh-Hant-TW"/>'),
    ("ko", '<w:lang w:eastAsia="ko"/>'),
    ("zh-Latn", '<w:lang w:val="zh-Latn" />'),  # pinyin is Latin script: w:val
    ("ja-Latn", '<w:lang w:val="ja-Latn" />'),
    ("ar", '<w:rtl/><w:lang w:bidi="ar"/>'),
    ("ar-EG", '<w:rtl/><w:lang w:bidi="ar-EG"/>'),
    ("he", '<w:rtl/><w:lang w:bidi="he"/>'),
    ("fa", '<w:rtl/><w:lang w:bidi="fa"/>'),
    ("ur", '<w:rtl/><w:lang w:bidi="ur"/>'),
    ("yi", '<w:rtl/><w:lang w:bidi="yi"/>'),
    ("pa-Arab", '<w:rtl/><w:lang w:bidi="pa-Arab"/>'),  # Shahmukhi: Arabic script
    ("pa", '<w:lang w:bidi="pa"/>'),  # Gurmukhi: complex, left to right
    ("hi", '<w:lang w:bidi="hi"/>'),
    ("th", '<w:lang w:bidi="th"/>'),
    ("az-Arab", '<w:rtl/><w:lang w:bidi="az-Arab"/>'),
    ("az", '<w:lang w:val="az" />'),
    ("sr-Cyrl", '<w:lang w:val="sr-Cyrl" />'),
    ("fr", '<w:lang w:val="fr" />'),
    ("en-GB", '<w:lang w:val="en-GB" />'),
    ("ru", '<w:lang w:val="ru" />'),
    ("el", '<w:lang w:val="el" />'),
]


@pytest.mark.parametrize("tag,expected", CASES)
def test_each_language_goes_where_word_reads_it(tag, expected):
    run = f'<w:r><w:rPr><w:rStyle w:val="DirectQuote" /><w:lang w:val="{tag}" /></w:rPr><w:t>x</w:t></w:r>'
    fixed = run_languages(run.encode()).decode()
    assert fixed == run.replace(f'<w:lang w:val="{tag}" />', expected)


def test_a_run_already_right_to_left_is_not_marked_twice():
    assert run_languages(b'<w:rPr><w:rtl /><w:lang w:val="ar" /></w:rPr>') == b'<w:rPr><w:rtl/><w:lang w:bidi="ar"/></w:rPr>'


def test_the_documents_defaults_are_left_as_pandoc_wrote_them():
    # styles.xml's w:docDefaults: pandoc already files a Japanese brief's language under w:eastAsia.
    defaults = b'<w:lang w:val="en-US" w:eastAsia="ja" w:bidi="ar-SA" />'
    assert run_languages(defaults) == defaults

import pytest

from assure.core.text import shorten


@pytest.mark.parametrize("text, width, expected", [
    ("Circulate the strategy", 60, "Circulate the strategy"),
    ("  Circulate   the\nstrategy ", 60, "Circulate the strategy"),
    ("Circulate the neglect strategy to all partners by the end of March", 40,
     "Circulate the neglect strategy to all…"),
    ("Supercalifragilisticexpialidocious", 10, "Supercali…"),
    (None, 60, ""),
])
def test_a_quoted_text_is_cut_at_a_word_with_an_ellipsis(text, width, expected):
    assert shorten(text, width) == expected
    assert len(shorten(text, width)) <= width

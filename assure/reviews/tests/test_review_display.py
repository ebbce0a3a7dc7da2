import datetime

import pytest

from ..clocks import clock_status
from ..templatetags.review_display import cell_text, clock_time, highlight

D = datetime.date


@pytest.mark.parametrize("due, today, completed_on, shown", [
    (D(2026, 3, 13), D(2026, 3, 9), None, "4 working days left"),
    (D(2026, 3, 10), D(2026, 3, 9), None, "1 working day left"),
    (D(2026, 3, 9), D(2026, 3, 9), None, "Due today"),
    (D(2026, 3, 6), D(2026, 3, 9), None, "1 working day overdue"),
    (D(2026, 3, 3), D(2026, 3, 9), None, "4 working days overdue"),
    (D(2026, 3, 3), D(2026, 3, 9), D(2026, 3, 2), "–"),
    (D(2026, 3, 3), D(2026, 3, 9), D(2026, 3, 5), "Done 2 working days late"),
])
def test_clock_time_in_words(due, today, completed_on, shown):
    assert clock_time(clock_status("x", due, today=today, completed_on=completed_on)) == shown


@pytest.mark.parametrize("text, html", [
    ("Asked by phone", "Asked by phone"),
    ("One\n\nTwo", "<p>One</p>\n\n<p>Two</p>"),
    ("<script>alert(1)</script>Hi", "Hi"),
    ("a < b & c", "a &lt; b &amp; c"),
    ("", ""),
])
def test_cell_text_is_sanitised_and_drops_a_lone_paragraph(text, html):
    assert str(cell_text(text)) == html


@pytest.mark.parametrize("context, found, html", [
    ("Call 01234 567890 today", "01234 567890", "Call <strong>01234 567890</strong> today"),
    ("<b>x</b> y", "y", "&lt;b&gt;x&lt;/b&gt; <strong>y</strong>"),
    ("nothing here", "z", "nothing here"),
])
def test_highlight_marks_the_hit_and_escapes(context, found, html):
    assert str(highlight(context, found)) == html

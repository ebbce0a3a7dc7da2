import pytest
from django.template import Context, Template

from assure.core.sanitise import clean_html


@pytest.mark.parametrize("dirty, must_not_contain", [
    ("<script>alert(1)</script>Minutes", "<script"),
    ('<p onclick="steal()">Item</p>', "onclick"),
    ('<img src=x onerror="steal()">', "<img"),
    ('<a href="javascript:steal()">link</a>', "javascript:"),
    ("<iframe src='https://evil.example'></iframe>", "<iframe"),
    ("<style>body{display:none}</style>", "<style"),
])
def test_dangerous_html_is_removed(dirty, must_not_contain):
    assert must_not_contain not in clean_html(dirty)


@pytest.mark.parametrize("markup", ["<p>Agreed</p>", "<ul><li>One</li></ul>", "<u>Action update:</u>", "<strong>Decision</strong>"])
def test_minutes_formatting_survives(markup):
    assert clean_html(markup) == markup


def test_minutes_text_filter_escapes_script_and_keeps_paragraphs():
    rendered = Template("{{ text|minutes_text }}").render(Context({"text": "Line one\n\n<script>x()</script> two"}))
    assert "<script" not in rendered
    assert "<p>Line one</p>" in rendered

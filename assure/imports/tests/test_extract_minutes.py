"""After extraction: a readable file that is not minutes is refused with a reason."""
import pytest

from assure.documents.checks import UnreadableDocument
from assure.imports.extract.minutes import NotMinutes, looks_like_minutes


@pytest.mark.parametrize(
    "record, expected",
    [
        ({}, "no meeting date, no attendance and no agenda items"),
        ({"date": "2026-03-04", "people": {}, "items": []}, "no attendance list and no agenda items"),
        ({"date": None, "people": {"present": [{"name": "Ann Lee"}]}}, None),
        ({"date": "2026-03-04", "items": [{"number": "1", "title": "Welcome"}]}, None),
        ({"actions": [{"text": "Circulate"}]}, None),
    ],
)
def test_looks_like_minutes(record, expected):
    reason = looks_like_minutes(record)
    if expected is None:
        assert reason is None
    else:
        assert expected in reason


def test_not_minutes_is_an_unreadable_document_for_callers():
    assert issubclass(NotMinutes, UnreadableDocument)
    assert str(NotMinutes(looks_like_minutes({}))).startswith("This does not look like minutes")

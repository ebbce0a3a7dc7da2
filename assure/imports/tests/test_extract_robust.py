"""The extractor never raises on odd documents: whatever the readers return, a record comes out."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assure.documents.document import Document, Paragraph, Table
from assure.imports.extract import extract_record

WORDS = st.sampled_from(["1.", "2.1", "Part 1", "Present:", "Apologies", "ACTION:", "AB", "JCol/AS", "to", "(", ")",
                         "Jo Bloggs", "Dr", "DCI", "–", "22 nd", "May", "2023", "\t", "\n", "Item", "Owner", "By whom",
                         "Next meeting:", "•", "<p>", "agreed", "P", "D", "A", "x" * 50])
TEXT = st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=25).map(" ".join)
BLOCK = st.one_of(TEXT.map(Paragraph),
                  st.lists(st.lists(TEXT, min_size=1, max_size=6).map(tuple), max_size=8).map(lambda rows: Table(tuple(rows))))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(BLOCK, max_size=12))
def test_extract_record_never_raises(blocks):
    record = extract_record(Document(blocks=blocks))
    assert isinstance(record["actions"], list)
    for action in record["actions"]:
        assert isinstance(action["owners"], list)


def test_a_huge_attendance_paragraph_takes_linear_time():
    # One 200 KB "attendance list" once took minutes (a look-back over the whole line per person).
    line = "Jo Bloggs (JB) – Fenshire Council " * 6000
    record = extract_record(Document(blocks=[Paragraph("Present:"), Paragraph(line)]))
    assert record["people"]["present"][0]["name"] == "Jo Bloggs"


def test_an_item_with_thousands_of_actions_is_extracted_in_memory_proportional_to_its_text():
    # Each action once carried its own copy of the whole item's text: a 2 MB file took 50 s and 12 GB.
    import tracemalloc

    lines = [f"Action: AQ to send the audit summary part {n} to every partner agency by 30.06.26." for n in range(900)]
    document = Document(blocks=[Paragraph("Present: Ada Quill (AQ), Chair"), Paragraph("1. Audit programme"),
                                *(Paragraph(line) for line in lines)])
    text_size = sum(len(line) for line in lines)
    tracemalloc.start()
    try:
        record = extract_record(document)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(record["actions"]) == 900
    assert peak < 200 * text_size  # about 15 MB here; the copies made it over 60 MB


def test_more_actions_than_any_minutes_hold_are_refused_with_a_reason():
    import pytest

    from assure.imports.extract.minutes import TooManyActions
    from assure.imports.extract.record import MAX_ACTIONS

    lines = [f"Action: AQ to send part {n} to the partners by 30.06.26." for n in range(MAX_ACTIONS + 1)]
    document = Document(blocks=[Paragraph("Present: Ada Quill (AQ), Chair"), Paragraph("1. Audit programme"),
                                *(Paragraph(line) for line in lines)])
    with pytest.raises(TooManyActions, match=f"holds {MAX_ACTIONS + 1:,} actions; the most Assure reads in one set "
                                             f"of minutes is {MAX_ACTIONS:,}. Split it"):
        extract_record(document)

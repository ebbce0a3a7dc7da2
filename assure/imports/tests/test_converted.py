"""The converted-text yardstick's converter: deterministic, and what it writes reads back as the same minutes."""
import pytest

from assure.documents.document import Document, Paragraph, Table
from assure.documents.readers.text import parse_text
from assure.imports.extract import extract_record
from assure.imports.tests.converted import Noise, convert

_MINUTES = Document(blocks=[
    Paragraph("Fenbridge Safeguarding Adults Board"),
    Table(rows=(("Date", "Tuesday 3rd March 2026"), ("Present", "Ann Lee (AL) – Chair\nJo Bloggs (JB) – Fenbridge Police"),
                ("Apologies", "Kim Ward (KW) – Fenbridge ICB"))),
    Table(rows=(("Item", "Discussion", "Action", "Owner"),
                *[(f"{n}.", f"Topic {n}\nAL presented the paper on topic {n} and members discussed the figures for "
                   f"each district in some detail before agreeing the next steps with the partners.",
                   f"Circulate the topic {n} paper by 30 April 2026", "JB") for n in range(1, 9)])),
])


@pytest.mark.parametrize("markup", ["html", "plain"])
def test_converted_text_is_deterministic_and_reads_back_as_the_same_minutes(markup):
    noise = Noise(markup=markup)
    text = convert(_MINUTES, noise=noise, seed=3)
    assert text == convert(_MINUTES, noise=noise, seed=3)
    assert "\t" in text and ("<p" in text) == (markup == "html")
    record = extract_record(parse_text(text))
    assert [i["number"] for i in record["items"]] == [str(n) for n in range(1, 9)]
    assert [i["title"] for i in record["items"]] == [f"Topic {n}" for n in range(1, 9)]
    assert [(a["owner_text"], a["due"]) for a in record["actions"]] == [("JB", "2026-04-30")] * 8
    assert [p["name"] for p in record["people"]["present"]] == ["Ann Lee", "Jo Bloggs"]

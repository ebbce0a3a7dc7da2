"""The content model: typed text split into paragraphs, sections walked in order with their levels, and a composition
frozen as JSON-safe data and drawn back unchanged (a signed-off report keeps its figures)."""
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ..compose import Bullets, Chart, Composition, Paragraph, Section, Table, from_data, paragraphs, to_data, walk
from . import samples
from .strategies import compositions


@pytest.mark.parametrize("typed, expected", [
    ("", ()),
    (None, ()),
    ("One line.", (Paragraph("One line."),)),
    ("First\nstill first.\r\n\r\nSecond.\r\rThird.", (Paragraph("First still first."), Paragraph("Second."),
                                                       Paragraph("Third."))),
    ("\n\n  \n\nOnly this.\n\n", (Paragraph("Only this."),)),
])
def test_typed_text_becomes_paragraphs(typed, expected):
    assert paragraphs(typed) == expected


def test_paragraphs_take_a_style():
    assert paragraphs("Nothing yet.", "empty") == (Paragraph("Nothing yet.", "empty"),)


def test_walk_gives_each_section_its_level_depth_first():
    tree = (Section("A", children=(Section("A1", children=(Section("A1a"),)), Section("A2"))), Section("B"))
    assert [(section.title, level) for section, level in walk(tree)] == [
        ("A", 1), ("A1", 2), ("A1a", 3), ("A2", 2), ("B", 1)]


def test_a_composition_survives_json_and_back():
    composition = samples.small()
    data = json.loads(json.dumps(to_data(composition)))
    assert from_data(data) == composition
    chart = data["sections"][1]["blocks"][1]
    assert chart["block"] == "Chart" and isinstance(chart["png"], str)  # base64, JSON-safe
    assert from_data(data).sections[1].blocks[1].png == samples.chart(1).png


def test_data_frozen_before_a_field_was_added_still_reads():
    """A report signed off before `Table.empty` existed is drawn with the default."""
    data = to_data(Composition("Old", (Section("S", (Table(("A",), ()),)),)))
    del data["sections"][0]["blocks"][0]["empty"]
    assert from_data(data).sections[0].blocks[0].empty == "None."


def test_every_block_kind_round_trips():
    blocks = (Paragraph("p", "note"), Bullets(("a", "b")), samples.table(), samples.chart(3),
              Table(("A", "B"), (("1",),), widths=None, empty="No reviews."))
    composition = Composition("T", (Section("S", blocks, key="k", new_page=True),), subtitle="s", author="a",
                              lines=("l",), draft_note="d", table_of_contents=True, landscape=True,
                              extra={"figures": {"reviews": 3}})
    back = from_data(json.loads(json.dumps(to_data(composition))))
    assert back == composition and back.extra == {"figures": {"reviews": 3}}
    assert isinstance(back.sections[0].blocks[2].rows[0], tuple)


@settings(max_examples=150, deadline=None)
@given(composition=compositions)
def test_any_composition_round_trips_through_json(composition):
    assert from_data(json.loads(json.dumps(to_data(composition)))) == composition


@given(st.lists(st.text(), max_size=5))
def test_typed_paragraphs_never_hold_blank_ones(parts):
    assert all(p.text and p.text == p.text.strip() for p in paragraphs("\n\n".join(parts)))


def test_a_chart_is_compared_by_its_content():
    assert samples.chart(1) == Chart(samples.chart(1).title, samples.chart(1).description, *samples.drawn(1))

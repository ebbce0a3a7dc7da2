"""The labelling function of the learned-roles experiment (ADR 115) on a small hand-made document."""
import pytest

from assure.documents.document import Document, Paragraph, Table
from assure.imports import evaluate
from assure.imports.learned import experiment
from assure.imports.learned.roles import label, units

DOCUMENT = Document(blocks=[
    Paragraph("Hollinsford Safeguarding Adults Board"),
    Paragraph("Present: Wynne Castellan (WC), Oskar Brightwater (OB)"),
    Paragraph("Apologies: Temperance Vell"),
    Paragraph("1. Hoarding protocol", style="Heading 2"),
    Paragraph("OB introduced the draft protocol and the consultation responses."),
    Paragraph("The Board agreed to adopt the hoarding protocol."),
    Paragraph("ACTION: WC to send the protocol to housing providers by 30/06/2026."),
    Paragraph("Page 2 of 3"),
    Table(rows=(("Ref", "Action", "Owner", "Status"),
                ("4/1", "Write to the fire service about home checks", "OB", "Ongoing – carried forward"))),
    Paragraph("Page 3 of 3"),
])

RECORD = {
    "people": {"present": [{"name": "Wynne Castellan", "initials": "WC"}, {"name": "Oskar Brightwater", "initials": "OB"}],
               "in_attendance": [], "apologies": [{"name": "Temperance Vell"}]},
    "items": [{"number": "1", "title": "Hoarding protocol"}],
    "actions": [{"item": "1", "text": "Send the protocol to housing providers", "owner_text": "WC",
                 "owners": ["Wynne Castellan"], "due": "2026-06-30", "due_text": "30/06/2026"}],
    "action_updates": [{"item": "1", "text": "Write to the fire service about home checks", "status": "carried_forward"}],
    "decisions": [{"item": "1", "text": "The Board agreed to adopt the hoarding protocol."}],
}


def roles_by_text(record):
    return {unit.text: role for unit, role in zip(units(DOCUMENT), label(DOCUMENT, record))}


def test_each_line_and_cell_gets_the_role_the_record_gives_it():
    roles = roles_by_text(RECORD)
    assert roles["Hollinsford Safeguarding Adults Board"] == "other"  # before the first item
    assert roles["Present: Wynne Castellan (WC), Oskar Brightwater (OB)"] == "attendance"
    assert roles["Apologies: Temperance Vell"] == "attendance"
    assert roles["1. Hoarding protocol"] == "heading"
    assert roles["OB introduced the draft protocol and the consultation responses."] == "discussion"
    assert roles["The Board agreed to adopt the hoarding protocol."] == "decision"
    assert roles["ACTION: WC to send the protocol to housing providers by 30/06/2026."] == "action"
    assert roles["Write to the fire service about home checks"] == "update"
    assert roles["Ongoing – carried forward"] == "update"  # a short cell takes its row's role
    assert roles["Page 2 of 3"] == "other"  # page furniture


def test_a_record_that_misses_fields_gives_those_lines_the_residual_roles():
    """The rules' record is labelled by the same function: what it missed is discussion (or other
    before the first item), so the comparison with the gold's roles counts the miss."""
    roles = roles_by_text({"people": {}, "items": RECORD["items"], "actions": [], "action_updates": [], "decisions": []})
    assert roles["Present: Wynne Castellan (WC), Oskar Brightwater (OB)"] == "other"
    assert roles["The Board agreed to adopt the hoarding protocol."] == "discussion"
    assert roles["ACTION: WC to send the protocol to housing providers by 30/06/2026."] == "discussion"
    assert roles["Ongoing – carried forward"] == "discussion"


def test_single_codes_are_not_scored():
    scored = {unit.text for unit in units(DOCUMENT) if unit.scored}
    assert "OB" not in scored and "4/1" not in scored and "Ref" not in scored
    assert "1. Hoarding protocol" in scored


def test_the_experiment_never_trains_on_an_untouched_set(monkeypatch, tmp_path):
    """ADR 105: a set holding an UNTOUCHED file may be scored, never learned from."""
    kept = evaluate.LabelledSet("heldout9", tmp_path, tmp_path, None, untouched=True)
    monkeypatch.setattr(evaluate, "labelled_sets", lambda: [kept])
    with pytest.raises(SystemExit, match="kept untouched"):
        experiment.held_out("heldout9")
    assert experiment.held_out("heldout9", weight=0.0) == []  # as the evaluation set: allowed (empty here)

"""Actions, action updates and decisions from cells and lines."""
import pytest

from assure.imports.extract.actions import (
    action_updates,
    actions_from_cells,
    decisions,
    dedupe,
    inline_actions,
    owner_from_text,
    split_action_cell,
    status_of,
)


@pytest.mark.parametrize("cell, expected", [
    ("Action: Book room\nAction: Send notes", ["Book room", "Send notes"]),
    ("Book room\nSend notes", ["Book room", "Send notes"]),
    ("Working group to be set up, to include\nrepresentatives from health", ["Working group to be set up, to include representatives from health"]),
    ("• Book room\n• Send notes", ["Book room", "Send notes"]),
    ("ACTION 3: Circulate the plan", ["Circulate the plan"]),
    ("", []),
    ("None", []), ("N/A", []), ("No actions", []), ("No further action.", []), ("-", []), ("Noted", []),
])
def test_split_action_cell(cell, expected):
    assert split_action_cell(cell) == expected


def test_several_actions_pair_with_several_owners_in_order():
    rows = actions_from_cells("Action: Discuss funding\nAction: Amend title", "Pat Hale/Ann Shaw\nCara Moss", "June\nJuly")
    assert [(a["text"], a["owner_text"], a["due"]) for a in rows] == [
        ("Discuss funding", "Pat Hale/Ann Shaw", "June"), ("Amend title", "Cara Moss", "July")]


def test_one_owner_for_several_actions_and_owner_from_the_text():
    assert [a["owner_text"] for a in actions_from_cells("Book room\nSend notes", "AB", "")] == ["AB", "AB"]
    assert actions_from_cells("CD to send the notes", "", "")[0]["owner_text"] == "CD"


@pytest.mark.parametrize("text, owner", [
    ("AB to circulate the report", "AB"),
    ("AB and CD to agree dates", "AB and CD"),
    ("AB/CD will report back", "AB/CD"),
    ("JCol to send invitations", "JCol"),
    ("All to send comments", "All"),
    ("Circulate the report – AB", "AB"),
    ("Circulate the report (AB)", "AB"),
    ("Report to be updated to include a summary", None),
    ("Item to be added to the forward plan", None),
    ("Sarah will draft the letter", "Sarah"),
])
def test_owner_from_text(text, owner):
    assert owner_from_text(text)[1] == owner


def test_inline_actions_in_discussion():
    lines = [
        "The report was noted. ACTION: AB to share the chronology by 30 April 2024. Members thanked AB.",
        "ACTION: CD to book a room. ACTION: EF to send papers",
        "Members welcomed the draft strategy (Action: GH).",
        "The action log was reviewed. Action update: none",
        "Actions:",
        "• IJ to write to schools",
        "Members then discussed the budget.",
    ]
    found = [(a["text"], a["owner_text"], a["due"]) for a in inline_actions(lines)]
    assert found == [
        ("Share the chronology", "AB", "30 April 2024"),
        ("Book a room", "CD", None),
        ("Send papers", "EF", None),
        ("Members welcomed the draft strategy", "GH", None),
        ("Write to schools", "IJ", None),
    ]


@pytest.mark.parametrize("text, status", [
    ("Actioned", "closed"), ("Complete", "closed"), ("Done", "closed"), ("Superseded", "closed"),
    ("Carried forward", "carried_forward"), ("Roll over to next meeting", "carried_forward"),
    ("To remain on the agenda", "carried_forward"), ("Deferred to March", "carried_forward"),
    ("JG suggested this action is carried forward as they share findings", "carried_forward"),
    ("Ongoing", "open"), ("Outstanding", "open"), ("In progress", "open"), ("", "open"),
])
def test_status_of(text, status):
    assert status_of(text) == status


def test_action_updates_from_matters_arising_lines():
    lines = ["The previous minutes were agreed.", "Action update: Training to be explored – not yet possible",
             "Adult briefing to be progressed – Actioned", "Audit dates – carried forward"]
    assert [(u["text"], u["status"]) for u in action_updates(lines)] == [
        ("Training to be explored", "open"), ("Adult briefing to be progressed", "closed"),
        ("Audit dates", "carried_forward")]


def test_decisions():
    found = decisions(["Members discussed it. It was agreed that the plan be adopted. Next steps follow.",
                       "The Executive Board endorsed the proposal.", "Nothing was decided."])
    assert found == ["It was agreed that the plan be adopted.", "The Executive Board endorsed the proposal."]


def test_dedupe_merges_an_inline_action_with_its_log_row_but_not_rows_of_one_table():
    actions = [
        {"text": "AB to share the data", "item": "2", "owner_text": "AB", "source": "inline"},
        {"text": "AB to share the data", "item": "2", "owner_text": "AB", "due": "June", "source": "table1"},
        {"text": "Send letter to school 1", "item": "3", "source": "table1"},
        {"text": "Send letter to school 2", "item": "3", "source": "table1"},
    ]
    kept = dedupe(actions)
    assert [a["text"] for a in kept] == ["AB to share the data", "Send letter to school 1", "Send letter to school 2"]
    assert kept[0]["due"] == "June"


@pytest.mark.parametrize("lines, expected", [
    (["ACTION AB: circulate the report."], [("circulate the report", "AB")]),
    (["ACTION (AB): circulate the report"], [("circulate the report", "AB")]),
    (["The chair will write to the school. Action: AB"], [("The chair will write to the school", "AB")]),
    (["The chair will write to the school", "ACTION: JB/CD"], [("The chair will write to the school", "JB/CD")]),
    (["Actions for 2017/18:", "• Improve the offer"], []),  # an annual report's heading, not an action
    (["No further action - none"], []),
])
def test_inline_action_forms(lines, expected):
    assert [(a["text"], a["owner_text"]) for a in inline_actions(lines)] == expected

"""The check page, built around what needs a person: the list of things to check, rows that open to edit, the
start time and place, due dates in the GOV.UK date input, linking an update, and the source with its layout."""
import datetime
import re

import pytest
from django.urls import reverse

from assure.actions.models import Action
from assure.actions.services import Owner, create_action
from assure.conftest import date_boxes
from assure.imports import services
from assure.imports.models import ImportedDocument
from assure.meetings.models import Meeting
from assure.partnerships.models import Person

from .records import make_draft, record
from .test_views import page_data

CLEAN = record(
    people={"present": [{"name": "Jackie Channell", "initials": "JC", "role": "Chair", "organisation": "Fenbridge Council"},
                        {"name": "Tom Price", "initials": "TP", "role": "", "organisation": "Fenshire Police"}],
            "in_attendance": [], "apologies": []},
    actions=[{"item": "3", "text": "Circulate the neglect strategy to all members for comment", "owner_text": "JC",
              "owners": ["Jackie Channell"], "due": "2026-02-28", "due_text": "by 28 February 2026"}],
    forward_plan=[], start_time="14:00", location="Room 4, Fenbridge House",
)


def url(partnership, draft):
    return reverse("imports:check", args=[partnership.slug, draft.pk])


@pytest.fixture
def people(partnership, organisations):
    return {name: Person.objects.create(partnership=partnership, full_name=name, initials=initials,
                                        organisation=organisations[kind])
            for name, initials, kind in [("Jackie Channell", "JC", "local_authority"), ("Tom Price", "TP", "police")]}


def test_when_nothing_is_flagged_one_button_saves(partnership, business_user, executive_board, people, client_for):
    draft = make_draft(partnership, business_user, CLEAN)
    client = client_for(business_user)
    page = client.get(url(partnership, draft))
    html = page.content.decode()
    assert "Nothing to check" in html and html.count(">Save meeting</button>") == 1
    assert "details class=\"govuk-details assure-row__details\" open" not in html   # every row one closed line
    assert "Jackie Channell (JC) · Present" in html
    assert "Executive Board · 15 Jan 2026 · at 14:00 · Room 4, Fenbridge House" in html
    response = client.post(url(partnership, draft), page_data(page))
    assert response.status_code == 302
    saved = ImportedDocument.objects.get(pk=draft.pk)
    assert saved.status == ImportedDocument.Status.SAVED
    assert (saved.record["start_time"], saved.record["location"]) == ("14:00", "Room 4, Fenbridge House")
    assert saved.record["actions"][0]["due"] == "2026-02-28"
    assert saved.record["actions"][0]["due_text"] == "by 28 February 2026"
    assert Action.objects.get(meeting=saved.meeting).due_date == datetime.date(2026, 2, 28)


def test_the_things_to_check_each_link_to_their_row_which_is_open(partnership, business_user, executive_board, people,
                                                                  client_for):
    Person.objects.create(partnership=partnership, full_name="Tom Price", initials="TP",   # a second one: not certain who
                          organisation=people["Tom Price"].organisation)
    rec = record(people=CLEAN["people"], forward_plan=[],
                 flags=[{"kind": "ambiguous_owner", "item": "3", "owner": "JC", "candidates": ["Jackie Channell", "James Cole"]},
                        {"kind": "other", "message": "A table on page 3 could not be read"}])
    rec["actions"][2]["due"], rec["actions"][2]["due_text"] = None, "by 31/13/2026"
    draft = make_draft(partnership, business_user, rec)
    html = client_for(business_user).get(url(partnership, draft)).content.decode()
    to_check = html.split('id="things-to-check"', 1)[1].split("</ol>", 1)[0]
    links = re.findall(r'<li><a class="govuk-link" href="#([^"]+)">([^<]+)</a></li>', to_check)
    assert "things to check" in to_check and f"{len(links)} things to check" in to_check
    anchors = dict((text.replace("&#x27;", "'"), anchor) for anchor, text in links)
    assert anchors["Who is Tom Price? It could be Tom Price or Tom Price."] == "person-1"
    assert anchors["Item 3: owner 'JC' could be Jackie Channell or James Cole. Write the right name in the action's owners."] == "action-0"
    assert anchors["Due 'by 31/13/2026' was not read as a date. Enter the due date, or leave it empty."] == "action-2"
    assert anchors["A table on page 3 could not be read"] == "source"
    for anchor in {"person-1", "action-0", "action-2"}:
        row = html.split(f'id="{anchor}"', 1)[1].split("</summary>", 1)[0]
        assert 'assure-row__details" open' in row and "Check" in row
    assert 'id="person-0"' in html and 'assure-row__details" open' not in html.split('id="person-0"', 1)[1].split("</summary>")[0]
    assert html.count(">Save meeting</button>") == 1 and html.index("Save meeting") > html.index('id="plan"')


def test_a_start_time_that_is_not_a_time_and_a_due_date_that_is_not_real_are_named_in_the_summary(
        partnership, business_user, executive_board, people, client_for):
    draft = make_draft(partnership, business_user, CLEAN)
    client = client_for(business_user)
    data = page_data(client.get(url(partnership, draft)))
    data["meeting-start_time"] = "half two"
    data.update(date_boxes("actions-0-due", "2026-02-31"))
    response = client.post(url(partnership, draft), data)
    html = response.content.decode()
    summary = html.split('class="govuk-error-summary"', 1)[1].split("</ul>", 1)[0]
    assert "<title>Error: " in html
    assert 'href="#id_meeting-start_time">Enter the start time as a time of day, like 14:00 or 2pm (not &#x27;half two&#x27;)' in summary
    assert 'href="#id_actions-0-due">Action 1 (Circulate the neglect strategy to all…): The due date must be a real date' in summary
    assert 'id="meeting"' in html and 'assure-row__details" open' in html.split('id="meeting"', 1)[1][:200]
    assert not Meeting.objects.exists()
    data["meeting-start_time"] = "2pm"
    data.update(date_boxes("actions-0-due", "2026-03-31"))
    assert client.post(url(partnership, draft), data).status_code == 302
    saved = ImportedDocument.objects.get(pk=draft.pk)
    assert saved.record["start_time"] == "14:00" and saved.record["actions"][0]["due"] == "2026-03-31"


def test_an_update_that_was_not_linked_is_flagged_and_a_person_links_it(partnership, business_user, executive_board,
                                                                      people, client_for):
    earlier = Meeting.objects.create(partnership=partnership, body=executive_board, date="2025-11-20", status="held")
    leaflet = create_action(partnership=partnership, text="Produce a practitioner leaflet on resolving disagreements",
                            owners=[Owner(person=people["Jackie Channell"])], by=business_user, body=executive_board,
                            meeting=earlier)
    rec = record(people=CLEAN["people"], actions=CLEAN["actions"], forward_plan=[],
                 action_updates=[{"item": "2", "text": "Action 5: escalation audit complete", "status": "closed"}])
    draft = make_draft(partnership, business_user, rec)
    client = client_for(business_user)
    page = client.get(url(partnership, draft))
    html = page.content.decode()
    assert 'href="#update-0">Which earlier action does &#x27;Action 5: escalation audit complete&#x27; report on?' in html
    assert "not linked to an action" in html
    data = page_data(page)
    assert data["updates-0-action_match"] == "none"
    data["updates-0-action_match"] = str(leaflet.pk)
    assert client.post(url(partnership, draft), data).status_code == 302
    leaflet.refresh_from_db()
    assert leaflet.status == Action.Status.COMPLETED
    assert leaflet.updates.get().meeting == ImportedDocument.objects.get(pk=draft.pk).meeting


def test_the_source_is_shown_with_its_layout_and_each_row_links_to_its_place(partnership, business_user, executive_board,
                                                                           people, client_for):
    draft = make_draft(partnership, business_user, CLEAN)
    draft.source_layout = [
        {"kind": "heading", "text": "Executive Board"},
        {"kind": "paragraph", "text": "Present: Jackie Channell (JC), Tom Price (TP)"},
        {"kind": "table", "header": True, "rows": [["Item", "Action", "Owner"],
                                                   ["3", "Circulate the neglect strategy to all members for comment", "JC"]]},
        {"kind": "table", "header": False, "rows": [["Jackie Channell", "Chair"], ["Tom Price", "Police"]]},
    ]
    draft.save()
    html = client_for(business_user).get(url(partnership, draft)).content.decode()
    pane = html.split('class="assure-source-pane"', 1)[1]
    assert '<h3 class="govuk-heading-s" id="src-0">Executive Board</h3>' in pane
    assert '<th scope="col" class="govuk-table__header">Action</th>' in pane
    assert '<tr class="govuk-table__row" id="src-2-1"><td class="govuk-table__cell">3</td>' in pane
    assert '<tr class="govuk-table__row" id="src-3-0"><td class="govuk-table__cell">Jackie Channell</td>' in pane
    assert pane.count("<thead") == 1
    action_row = html.split('id="action-0"', 1)[1].split("</li>", 1)[0]
    assert 'href="#src-2-1">Source<span class="govuk-visually-hidden">: action 1, table 1, row 2</span>' in action_row
    person_row = html.split('id="person-0"', 1)[1].split("</li>", 1)[0]
    assert 'href="#src-1"' in person_row


def test_an_update_shows_the_action_proposed_for_it_and_how_sure_the_match_is(partnership, business_user, executive_board,
                                                                            people, client_for):
    earlier = Meeting.objects.create(partnership=partnership, body=executive_board, date="2025-11-20", status="held")
    leaflet = create_action(partnership=partnership, text="Produce a practitioner leaflet on resolving disagreements",
                            owners=[Owner(person=people["Jackie Channell"])], by=business_user, body=executive_board,
                            meeting=earlier)
    rec = record(people=CLEAN["people"], actions=CLEAN["actions"], forward_plan=[], action_updates=[
        {"item": "2", "text": "Produce a practitioner leaflet on resolving disagreements: done", "status": "closed"}])
    draft = make_draft(partnership, business_user, rec)
    page = client_for(business_user).get(url(partnership, draft))
    html = page.content.decode()
    assert "Nothing to check" in html
    row = html.split('id="update-0"', 1)[1].split("</li>", 1)[0]
    assert "on the action of 20 Nov 2025: Produce a practitioner leaflet" in row
    assert re.search(rf'<optgroup label="Proposed">\s*<option value="{leaflet.pk}" selected>20 Nov 2025: Produce a '
                     r'practitioner leaflet on resolving disagreements \(proposed, \d+% match\)</option>', row)
    assert page_data(page)["updates-0-action_match"] == str(leaflet.pk)


def test_an_error_in_a_rows_more_fields_opens_them(partnership, business_user, executive_board, people, client_for):
    draft = make_draft(partnership, business_user, CLEAN)
    client = client_for(business_user)
    data = page_data(client.get(url(partnership, draft)))
    data["people-1-organisation"], data["people-1-organisation_match"] = "", "new"
    html = client.post(url(partnership, draft), data).content.decode()
    assert 'href="#id_people-1-organisation">Person 2 (Tom Price): Enter the organisation&#x27;s name' in html
    row = html.split('id="person-1"', 1)[1].split("</li>", 1)[0]
    assert 'assure-row__details" open' in row and 'class="govuk-details assure-more" open' in row
    assert 'class="govuk-details assure-more" open' not in html.split('id="person-0"', 1)[1].split("</li>", 1)[0]


UPLOADED = b"""Fenbridge Safeguarding Partnership Executive Board
Minutes of the meeting held on 15 January 2026, 14:00, Shire Hall, Room 2

Present:
Jackie Channell (JC) - Chair, Fenbridge Council
Tom Price (TP) - Fenshire Police

1. Exploitation plan
The board discussed the exploitation plan.
ACTION: JC to circulate the exploitation plan to all members by 28 February 2026.
"""


def uploaded_draft(partnership, user) -> ImportedDocument:
    draft, created = services.start_import(partnership=partnership, file_name="Board minutes January.txt",
                                           data=UPLOADED, by=user)
    assert created and draft.is_draft and draft.source_file.name
    return draft


def test_the_check_page_links_the_file_you_uploaded_near_the_top(partnership, business_user, executive_board, people,
                                                                client_for):
    draft = uploaded_draft(partnership, business_user)
    client = client_for(business_user)
    html = client.get(url(partnership, draft)).content.decode()
    source = reverse("imports:source", args=[partnership.slug, draft.pk])
    link = re.search(r'<p class="govuk-body" id="uploaded-file"><a class="govuk-link" href="([^"]+)" download>'
                     r'Download the file you uploaded', html)
    assert link and link.group(1) == source
    assert html.index('id="uploaded-file"') < html.index('id="check-form"')   # above the record, not at the end
    response = client.get(source)
    assert response.status_code == 200 and b"".join(response.streaming_content) == UPLOADED
    assert response["Content-Disposition"].startswith("attachment")
    # The layout was kept: the pane shows it, with no word about a lost layout.
    assert 'id="source-layout-not-kept"' not in html


def test_the_source_pane_says_when_the_layout_could_not_be_kept(partnership, business_user, executive_board, people,
                                                              client_for):
    draft = uploaded_draft(partnership, business_user)
    ImportedDocument.objects.filter(pk=draft.pk).update(source_layout=[])   # as for a draft read before layouts were
    html = client_for(business_user).get(url(partnership, draft)).content.decode()
    pane = html.split('id="source"', 1)[1]
    notice = pane.split('id="source-layout-not-kept"', 1)[1].split("</div>", 1)[0]
    assert "The layout of this file could not be kept: below is its text only" in notice
    assert f'href="{reverse("imports:source", args=[partnership.slug, draft.pk])}" download>Download the file you uploaded' \
        in notice
    assert "The board discussed the exploitation plan." in pane.split('class="assure-source-pane"', 1)[1]


def test_a_draft_that_kept_no_file_says_so_and_offers_no_download(partnership, business_user, executive_board, people,
                                                                 client_for):
    draft = make_draft(partnership, business_user, CLEAN)   # text only, no layout, no file
    html = client_for(business_user).get(url(partnership, draft)).content.decode()
    assert "Download the file you uploaded" not in html
    assert "The file itself was not kept for this upload" in html
    assert "The layout of this file could not be kept" in html.split('id="source-layout-not-kept"', 1)[1]


def test_text_placed_under_no_item_is_shown_for_a_person_and_counted_among_the_things_to_check(
        partnership, business_user, executive_board, people, client_for):
    rec = dict(CLEAN, other_text=["Members noted the revised terms of reference circulated after the meeting."])
    draft = make_draft(partnership, business_user, rec)
    html = client_for(business_user).get(url(partnership, draft)).content.decode()
    to_check = html.split('id="things-to-check"', 1)[1].split("</ol>", 1)[0]
    assert 'href="#unplaced">1 passage of the minutes was not placed under any item' in to_check
    unplaced = html.split('id="unplaced"', 1)[1].split("</ul>", 1)[0]
    assert "Members noted the revised terms of reference circulated after the meeting." in unplaced
    assert "Nothing to check" not in html

    # Without such text, nothing is said about it.
    clean = client_for(business_user).get(url(partnership, make_draft(partnership, business_user, dict(
        CLEAN, date="2026-01-22")))).content.decode()
    assert 'id="unplaced"' not in clean and "Nothing to check" in clean


def test_a_passage_placed_under_an_item_joins_its_minutes_and_one_left_unplaced_stays_only_in_the_file(
        partnership, business_user, executive_board, people, client_for):
    placed = "Members noted the revised terms of reference circulated after the meeting."
    left = "Refreshments were provided by the hosting agency."
    draft = make_draft(partnership, business_user, dict(CLEAN, other_text=[placed, left]))
    client = client_for(business_user)
    page = client.get(url(partnership, draft))
    assert 'id="passage-0"' in page.content.decode() and 'id="passage-1"' in page.content.decode()
    data = page_data(page)
    data["unplaced-0-item"] = "3"
    assert client.post(url(partnership, draft), data).status_code == 302
    minutes = {item.number: item.discussion for item in Meeting.objects.get(pk=ImportedDocument.objects.get(
        pk=draft.pk).meeting_id).items.all()}
    assert minutes["3"].endswith(placed)
    assert all(left not in text for text in minutes.values())


def test_a_passage_placed_under_an_item_the_minutes_do_not_list_adds_that_item(
        partnership, business_user, executive_board, people, client_for):
    passage = "Any other business: the chair thanked the outgoing designated nurse."
    draft = make_draft(partnership, business_user, dict(CLEAN, other_text=[passage]))
    client = client_for(business_user)
    data = page_data(client.get(url(partnership, draft)))
    data["unplaced-0-item"] = "9"
    assert client.post(url(partnership, draft), data).status_code == 302
    item = Meeting.objects.get(pk=ImportedDocument.objects.get(pk=draft.pk).meeting_id).items.get(number="9")
    assert (item.title, item.discussion) == ("Item 9", passage)

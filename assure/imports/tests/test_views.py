import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assure.actions.models import Action
from assure.conftest import date_boxes
from assure.imports import services
from assure.imports.models import ImportedDocument
from assure.meetings.models import Attendance, Meeting
from assure.partnerships.models import Person

from .records import make_draft, record

MINUTES_TXT = """Fenbridge Safeguarding Partnership
Executive Board
Minutes of the meeting held on 15 January 2026

Present:
Jackie Channell (JC) – Chair, Fenbridge Council
Tom Price (TP) – Detective Superintendent, Fenshire Police

Apologies:
Owen Hart (OH) – Fenshire Police

1. Welcome and apologies
The chair welcomed everyone.

2. Neglect strategy
The board discussed the neglect strategy.
ACTION: JC to circulate the neglect strategy to all members by 28 February 2026.

Date of next meeting: 19 March 2026
"""


def url(name, partnership, *args):
    return reverse(f"imports:{name}", args=[partnership.slug, *args])


@pytest.mark.parametrize("name", ["list", "upload"])
def test_only_the_business_team_may_import(name, partnership, business_user, member_user, readonly_user, outsider_user, client_for):
    assert client_for(business_user).get(url(name, partnership)).status_code == 200
    assert client_for(member_user).get(url(name, partnership)).status_code == 403
    assert client_for(readonly_user).get(url(name, partnership)).status_code == 403
    assert client_for(outsider_user).get(url(name, partnership)).status_code == 404


def test_another_partnerships_import_is_not_found(partnership, other_partnership, business_user, outsider_user, client_for):
    draft = make_draft(partnership, business_user)
    client = client_for(outsider_user)
    assert client.get(url("check", other_partnership, draft.pk)).status_code == 404
    assert client.post(url("discard", other_partnership, draft.pk)).status_code == 404
    assert ImportedDocument.objects.filter(pk=draft.pk).exists()


def test_discard_is_post_only(partnership, business_user, client_for):
    draft = make_draft(partnership, business_user)
    client = client_for(business_user)
    assert client.get(url("discard", partnership, draft.pk)).status_code == 405
    response = client.post(url("discard", partnership, draft.pk))
    assert response.status_code == 302 and not ImportedDocument.objects.filter(pk=draft.pk).exists()


def upload(client, partnership, name, data):
    return client.post(url("upload", partnership), {"file": SimpleUploadedFile(name, data)})


def assert_refused(response, reason):
    assert response.status_code == 200
    body = response.content.decode()
    assert "govuk-error-summary" in body and reason in body
    assert not Meeting.objects.exists()


def test_an_empty_file_is_refused_with_its_reason(partnership, business_user, client_for):
    response = upload(client_for(business_user), partnership, "minutes.docx", b"")
    assert_refused(response, "The file is empty.")
    refused = ImportedDocument.objects.get()
    assert refused.status == ImportedDocument.Status.FAILED and refused.source_text == ""


def test_a_docx_that_is_really_text_is_refused(partnership, business_user, client_for):
    response = upload(client_for(business_user), partnership, "minutes.docx", b"Minutes of the board\n\nPresent: nobody\n")
    assert_refused(response, "The file is called .docx but is really a text file.")


def test_an_oversized_file_is_refused_before_reading(partnership, business_user, client_for, settings, monkeypatch):
    settings.IMPORT_MAX_BYTES = 1000
    monkeypatch.setattr(services, "read_upload", lambda *a, **k: pytest.fail("an oversized file must not be read"))
    response = upload(client_for(business_user), partnership, "minutes.txt", b"x" * 2000)
    assert_refused(response, "must be smaller than")


def test_a_corrupt_word_file_is_refused(partnership, business_user, client_for):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not really xml")
    response = upload(client_for(business_user), partnership, "minutes.docx", buffer.getvalue()[:-30])
    assert_refused(response, "The Word document is damaged")
    assert ImportedDocument.objects.get().status == ImportedDocument.Status.FAILED


def test_a_document_that_is_not_minutes_is_refused(partnership, business_user, client_for):
    response = upload(client_for(business_user), partnership, "shopping.txt", b"eggs\nmilk\nbread\n")
    assert_refused(response, "does not look like minutes")


def test_an_annual_report_is_refused_as_not_minutes(partnership, business_user, client_for):
    report = (b"Fenbridge Safeguarding Children Partnership\nAnnual Report 2025/26\nPublished 30 September 2026\n"
              b"1. Foreword\nThis year the partnership agreed three new priorities.\n")
    response = upload(client_for(business_user), partnership, "annual report.txt", report)
    assert_refused(response, "titled as an annual report")


def test_minutes_read_only_in_part_open_as_a_draft_listing_what_was_not_found(partnership, business_user, client_for):
    notes = (b"Notes of the Transport Safety Group meeting, 12 May 2026\n\n"
             b"We went through the school run survey and the group agreed to ask for a crossing patrol on Mill Road.\n")
    client = client_for(business_user)
    response = upload(client, partnership, "notes.txt", notes)
    document = ImportedDocument.objects.get()
    assert response.status_code == 302 and document.status == ImportedDocument.Status.DRAFT
    page = client.get(response["Location"]).content.decode()
    things = page[page.index('id="things-to-check"'):page.index('id="meeting"')]
    assert "No attendance list was read" in things and "No agenda items were read" in things
    assert "crossing patrol on Mill Road" in page  # the text the reading could not place, shown to place by hand


def test_upload_reads_the_minutes_and_the_same_file_again_changes_nothing(partnership, business_user, executive_board, client_for):
    client = client_for(business_user)
    response = upload(client, partnership, "jan.txt", MINUTES_TXT.encode())
    document = ImportedDocument.objects.get()
    assert response.status_code == 302 and response["Location"] == url("check", partnership, document.pk)
    assert document.status == ImportedDocument.Status.DRAFT and document.record.get("date") == "2026-01-15"
    assert {"kind": "paragraph", "text": "2. Neglect strategy"} in document.source_layout   # the layout, kept as read

    page = client.get(response["Location"])
    assert page.status_code == 200 and "Jackie Channell" in page.content.decode()

    again = upload(client, partnership, "copy of jan.txt", MINUTES_TXT.encode())
    assert again["Location"] == url("check", partnership, document.pk)
    assert ImportedDocument.objects.count() == 1
    assert "already imported" in client.get(again["Location"]).content.decode()


# --- the check page -----------------------------------------------------------------------------------

def page_data(response) -> dict:
    """The form's fields as the browser would post them back, unchanged."""
    import re
    from html import unescape

    html = response.content.decode()
    data = {}
    form = html.split('<form method="post" novalidate id="check-form">', 1)[1].split("</form>", 1)[0]
    for tag in re.findall(r"<input[^>]*>", form):
        name = re.search(r'name="([^"]+)"', tag)
        if not name or 'type="submit"' in tag:
            continue
        if 'type="checkbox"' in tag and "checked" not in tag:
            continue
        value = re.search(r'value="([^"]*)"', tag)
        data[name[1]] = unescape(value[1]) if value else ""
    for name, body in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', form, re.S):
        chosen = re.search(r'<option value="([^"]*)"[^>]*selected', body)
        data[name] = unescape(chosen[1]) if chosen else ""
    for name, body in re.findall(r'<textarea name="([^"]+)"[^>]*>(.*?)</textarea>', form, re.S):
        data[name] = unescape(body).lstrip("\n")
    return data


@pytest.fixture
def jackie(partnership, organisations):
    return Person.objects.create(partnership=partnership, full_name="Jackie Channell", initials="JC",
                                 organisation=organisations["local_authority"])


def test_check_page_shows_the_draft_beside_the_source_and_saves_it(partnership, business_user, executive_board, jackie, client_for):
    draft = make_draft(partnership, business_user)
    client = client_for(business_user)
    page = client.get(url("check", partnership, draft.pk))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Minutes of the Executive Board" in html                 # the source text
    assert 'value="Circulate' not in html and "Circulate the neglect strategy" in html
    data = page_data(page)
    assert data["meeting-body_match"] == str(executive_board.pk)
    assert data["people-0-match"] == str(jackie.pk)                 # matched to the existing person
    assert data["people-1-match"] == "new"                          # nobody like Nadia Okafor yet

    assert data["actions-1-due_day"] == "19" and data["actions-1-due_month"] == "3"   # "Next meeting", read as its date
    data.update(date_boxes("actions-1-due", "2026-04-30"))          # a correction made on the page
    data["people-2-match"] = "skip"                                 # Tom Price left out
    response = client.post(url("check", partnership, draft.pk), data)

    assert response.status_code == 302, page_data(response) and response.content.decode()[:3000]
    draft.refresh_from_db()
    assert draft.status == ImportedDocument.Status.SAVED
    meeting = draft.meeting
    assert meeting.body == executive_board and not meeting.attendance.filter(person__full_name="Tom Price").exists()
    assert Action.objects.get(meeting=meeting, text__startswith="Bring").due_date.isoformat() == "2026-04-30"
    assert Attendance.objects.get(meeting=meeting, person=jackie).status == "present"
    outcome = client.get(response["Location"]).content.decode()
    assert "Saved" in outcome and str(meeting) in outcome
    assert reverse("meetings:detail", args=[partnership.slug, meeting.pk]) in outcome


def test_an_unchosen_ambiguous_person_is_an_error_and_nothing_is_saved(partnership, business_user, executive_board, client_for):
    Person.objects.create(partnership=partnership, full_name="Jackie Channell")
    Person.objects.create(partnership=partnership, full_name="Jackie Channell")
    draft = make_draft(partnership, business_user)
    client = client_for(business_user)
    page = client.get(url("check", partnership, draft.pk))
    assert "not certain who" in page.content.decode()
    data = page_data(page)
    assert data["people-0-match"] == ""
    response = client.post(url("check", partnership, draft.pk), data)
    assert response.status_code == 200
    assert "Choose who this is" in response.content.decode() and "govuk-error-summary" in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_service_refusal_is_shown_on_the_page(partnership, business_user, executive_board, jackie, client_for):
    Meeting.objects.create(partnership=partnership, body=executive_board, date="2026-01-15", status="held")
    draft = make_draft(partnership, business_user)
    client = client_for(business_user)
    response = client.post(url("check", partnership, draft.pk), page_data(client.get(url("check", partnership, draft.pk))))
    assert response.status_code == 200 and "already recorded" in response.content.decode()
    assert Meeting.objects.count() == 1 and not Person.objects.filter(full_name="Nadia Okafor").exists()


def test_a_stale_check_page_is_refused(partnership, business_user, executive_board, jackie, client_for):
    draft = make_draft(partnership, business_user)
    client = client_for(business_user)
    data = page_data(client.get(url("check", partnership, draft.pk)))
    ImportedDocument.objects.filter(pk=draft.pk).update(version=draft.version + 1)
    response = client.post(url("check", partnership, draft.pk), data)
    assert response.status_code == 200 and "Someone else changed this record" in response.content.decode()
    assert not Meeting.objects.exists()


def test_rows_can_be_removed_and_added(partnership, business_user, executive_board, jackie, client_for):
    draft = make_draft(partnership, business_user, record(actions=[], action_updates=[], forward_plan=[]))
    client = client_for(business_user)
    data = page_data(client.get(url("check", partnership, draft.pk)))
    data["decisions-0-DELETE"] = "on"
    data["items-4-number"], data["items-4-title"] = "4", "Any other business"   # the blank row
    response = client.post(url("check", partnership, draft.pk), data)
    assert response.status_code == 302
    meeting = ImportedDocument.objects.get(pk=draft.pk).meeting
    assert list(meeting.items.values_list("number", flat=True)) == ["1", "2", "3", "3.1", "4"]
    assert not meeting.items.filter(decisions__isnull=False).exists()


def test_colliding_initials_and_unknown_owners_are_highlighted(partnership, business_user, executive_board, jackie, client_for):
    rec = record(flags=[{"kind": "ambiguous_owner", "item": "3", "owner": "JC", "candidates": ["Jackie Channell", "James Cole"]}])
    rec["actions"][0]["owners"] = ["JC", "Zed Unknown"]
    draft = make_draft(partnership, business_user, rec)
    html = client_for(business_user).get(url("check", partnership, draft.pk)).content.decode()
    assert "Item 3: owner &#x27;JC&#x27; could be Jackie Channell or James Cole" in html
    assert "Owner &#x27;Zed Unknown&#x27;" in html and "added as a new person" in html


def test_the_header_offers_import_to_the_business_team_only(partnership, business_user, member_user, client_for):
    link = url("list", partnership)
    dashboard = reverse("reports:dashboard", args=[partnership.slug])
    assert link in client_for(business_user).get(dashboard).content.decode()
    assert link not in client_for(member_user).get(dashboard).content.decode()


def test_an_odd_draft_still_shows_its_check_page(partnership, business_user, executive_board, client_for):
    odd = {"body": None, "date": "not a date", "people": {"present": [{"name": None, "initials": "XY"}], "apologies": None},
           "items": [{"number": None, "title": None}], "actions": [{"text": "Do it", "owners": None}],
           "action_updates": [{"text": "Old thing", "status": "weird"}], "flags": ["a plain string flag", {"kind": "other"}]}
    draft = make_draft(partnership, business_user, odd)
    client = client_for(business_user)
    page = client.get(url("check", partnership, draft.pk))
    assert page.status_code == 200 and "a plain string flag" in page.content.decode()
    response = client.post(url("check", partnership, draft.pk), page_data(page))
    assert response.status_code == 200 and "Enter the date of the meeting" in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_new_person_closely_matching_someone_is_asked_about_then_confirmed(partnership, business_user, executive_board,
                                                                            jackie, client_for):
    Person.objects.create(partnership=partnership, full_name="Nadia Okafur")   # one letter from the minutes' Nadia Okafor
    draft = make_draft(partnership, business_user)
    client = client_for(business_user)
    data = page_data(client.get(url("check", partnership, draft.pk)))
    data["people-1-match"] = "new"
    response = client.post(url("check", partnership, draft.pk), data)
    page = response.content.decode()
    assert response.status_code == 200 and "closely matches Nadia Okafur" in page and "This is a different person" in page
    assert not Meeting.objects.exists() and Person.objects.filter(full_name__startswith="Nadia").count() == 1
    response = client.post(url("check", partnership, draft.pk), {**data, "people-1-different_person": "on"})
    assert response.status_code == 302
    assert set(Person.objects.filter(full_name__startswith="Nadia").values_list("full_name", flat=True)) == {
        "Nadia Okafor", "Nadia Okafur"}

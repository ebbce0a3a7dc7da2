"""The quarter's pages: exceptions, commentary by the owner only, approval and reopening, the pack's downloads and
taking the pack to a meeting."""
import datetime
import html
import io
import re

import pytest
from django.urls import reverse
from docx import Document

from assure.meetings.models import Paper
from assure.meetings.services import add_agenda_item, schedule_meeting
from assure.partnerships.models import Person

from .. import services
from ..models import Commentary, QuarterApproval
from . import factories


def url(name, partnership, **kwargs):
    return reverse(f"performance:{name}", kwargs={"slug": partnership.slug, **kwargs})


@pytest.fixture
def dataset(partnership, business_user, member_user):
    owner = Person.objects.get(partnership=partnership, user=member_user)
    return factories.quarter_dataset(partnership, business_user, owner=owner)


def quarter_url(partnership, name="quarter", **kwargs):
    return url(name, partnership, quarter="2025-Q4", **kwargs)


def commentary_url(partnership, indicator):
    return url("commentary-edit", partnership, indicator_id=indicator.pk, quarter="2025-Q4")


def text(response) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode())))


def test_quarter_page_lists_red_indicators_without_commentary_and_says_draft(partnership, business_user,
                                                                               client_for, dataset):
    page = text(client_for(business_user).get(quarter_url(partnership)))
    assert "Draft" in page and "drafts until the business team approves" in page
    # Each red indicator with its latest figure, so the page says what the commentary must explain.
    assert "Children missing from home (episodes) 47 (Q4 2025/26) Missing Write the commentary on" in page
    assert "Missing: MISS Children missing from home (episodes)." in page
    assert "Download the pack" not in page


def test_member_writes_the_commentary_of_the_indicator_they_own_only(partnership, member_user, client_for, dataset):
    client = client_for(member_user)
    form = client.get(commentary_url(partnership, dataset["red"]))
    page = text(form)
    # The owner sees what they are writing about: the quarter's figure, the rating and the target.
    assert "Q4 2025/26: 47" in page and "Red" in page and "Target 40" in page
    saved = client.post(commentary_url(partnership, dataset["red"]), {"text": "Fewer episodes after the protocol."})
    assert saved.status_code == 302 and saved["Location"] == quarter_url(partnership)
    assert Commentary.objects.get(indicator=dataset["red"]).updated_by == member_user
    assert client.get(commentary_url(partnership, dataset["amber"])).status_code == 403


def test_commentary_form_errors_and_versions(partnership, business_user, client_for, dataset):
    client = client_for(business_user)
    empty = client.post(commentary_url(partnership, dataset["red"]), {"text": "  "})
    assert empty.status_code == 200
    assert "<title>Error: " in empty.content.decode() and "Enter the commentary" in text(empty)
    client.post(commentary_url(partnership, dataset["red"]), {"text": "First."})
    form = client.get(commentary_url(partnership, dataset["red"]))
    assert "First." in form.content.decode()
    commentary = Commentary.objects.get()
    client.post(commentary_url(partnership, dataset["red"]), {"text": "Second.", "version": commentary.version})
    assert Commentary.objects.get().text == "Second."


def test_read_only_cannot_write_and_another_partnership_sees_nothing(partnership, readonly_user, outsider_user,
                                                                     client_for, dataset):
    assert client_for(readonly_user).get(commentary_url(partnership, dataset["red"])).status_code == 403
    outsider = client_for(outsider_user)
    assert outsider.get(commentary_url(partnership, dataset["red"])).status_code == 404
    assert outsider.get(quarter_url(partnership)).status_code == 404


def test_a_quarter_that_is_not_one_or_not_started_is_not_found(partnership, business_user, client_for, dataset):
    client = client_for(business_user)
    for code in ["2025-Q5", "2026-04", "Q4 2025-26", "2026-Q1", "2019-Q1"]:
        assert client.get(url("quarter", partnership, quarter=code)).status_code == 404, code


def test_approve_is_refused_naming_the_red_indicator_then_allowed_and_reopened(partnership, business_user,
                                                                                client_for, dataset):
    client = client_for(business_user)
    refused = text(client.get(quarter_url(partnership, "quarter-approve")))
    assert "Missing: MISS Children missing from home (episodes)." in refused and "Approve the quarter" not in refused
    services.write_commentary(dataset["red"], by=business_user, quarter=dataset["quarter"], text="Why.")
    assert client.post(quarter_url(partnership, "quarter-approve")).status_code == 302
    page = text(client.get(quarter_url(partnership)))
    assert "Approved on 9 March 2026" in page and "Reopen the quarter" in page
    no_reason = client.post(quarter_url(partnership, "quarter-reopen"), {"reason": ""})
    assert "Enter why the quarter is being reopened" in text(no_reason)
    client.post(quarter_url(partnership, "quarter-reopen"), {"reason": "Police figures restated"})
    assert not QuarterApproval.objects.exists()
    assert QuarterApproval.history.filter(history_change_reason="Police figures restated").exists()


def test_quarter_list_says_draft_or_approved(partnership, business_user, client_for, dataset):
    services.write_commentary(dataset["red"], by=business_user, quarter=dataset["quarter"], text="Why.")
    services.approve_quarter(partnership, by=business_user, quarter=dataset["quarter"])
    page = text(client_for(business_user).get(url("quarter-list", partnership)))
    assert re.search(r"Q4 2025/26 \(January to March 2026\) Approved 9 March 2026 Q3 2025/26 \(October to "
                     r"December 2025\) Draft", page)
    # "Draft" looks the same here as on the dataset and indicator pages.
    listed = client_for(business_user).get(url("quarter-list", partnership)).content.decode()
    assert 'govuk-tag--light-blue">Draft' in listed and 'govuk-tag--grey">Draft' not in listed


def test_pack_downloads_are_refused_then_named_for_the_area_and_quarter(partnership, business_user, member_user,
                                                                        client_for, dataset):
    client = client_for(member_user)
    refused = client.get(quarter_url(partnership, "pack-docx"), follow=True)
    assert "Missing: MISS Children missing from home (episodes)." in text(refused)
    services.write_commentary(dataset["red"], by=business_user, quarter=dataset["quarter"], text="Why it rose.")
    docx = client.get(quarter_url(partnership, "pack-docx"))
    assert docx["Content-Disposition"] == 'attachment; filename="Marshcombe dataset Q4 2025-26.docx"'
    assert "Why it rose." in [p.text for p in Document(io.BytesIO(docx.content)).paragraphs]
    pdf = client.get(quarter_url(partnership, "pack-pdf"))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    assert pdf["Content-Disposition"] == 'attachment; filename="Marshcombe dataset Q4 2025-26.pdf"'


def test_pack_goes_to_a_new_item_of_a_scheduled_meeting_and_the_quarter_says_so(partnership, business_user,
                                                                                 executive_board, client_for,
                                                                                 dataset):
    meeting = schedule_meeting(partnership=partnership, body=executive_board, date=datetime.date(2026, 4, 21),
                               by=business_user)
    existing = add_agenda_item(meeting, title="Chair's update", by=business_user)
    client = client_for(business_user)
    refused = client.get(quarter_url(partnership, "pack-to-meeting"))
    assert "Missing: MISS" in text(refused)
    services.write_commentary(dataset["red"], by=business_user, quarter=dataset["quarter"], text="Why.")
    form = text(client.get(quarter_url(partnership, "pack-to-meeting")))
    assert "Add a new item ‘Performance dataset Q4 2025/26’" in form and "Chair's update" in form
    mismatch = client.post(quarter_url(partnership, "pack-to-meeting"),
                           {"meeting": meeting.pk, "item": str(existing.pk + 999), "formats": ["pdf"]})
    assert "Choose an item on that meeting" in text(mismatch)
    sent = client.post(quarter_url(partnership, "pack-to-meeting"),
                       {"meeting": meeting.pk, "item": "new", "formats": ["pdf", "docx"]})
    assert sent.status_code == 302
    papers = Paper.objects.filter(item__meeting=meeting).select_related("item")
    assert sorted(p.original_name for p in papers) == ["Marshcombe dataset Q4 2025-26.docx",
                                                       "Marshcombe dataset Q4 2025-26.pdf"]
    assert {p.item.title for p in papers} == {"Performance dataset Q4 2025/26"}
    assert papers[0].title == "Marshcombe performance dataset Q4 2025/26 (draft)"
    page = text(client.get(quarter_url(partnership)))
    assert "Executive Board, 21 April 2026 : item 2 Performance dataset Q4 2025/26" in page
    # Onto an existing item too.
    client.post(quarter_url(partnership, "pack-to-meeting"),
                {"meeting": meeting.pk, "item": str(existing.pk), "formats": ["pdf"]})
    assert existing.papers.get().original_name == "Marshcombe dataset Q4 2025-26.pdf"


def test_a_member_is_offered_to_write_only_the_commentary_of_indicators_they_own(partnership, business_user,
                                                                                   member_user, client_for):
    made = factories.quarter_dataset(partnership, business_user)      # nobody owns the red indicator
    page = text(client_for(member_user).get(quarter_url(partnership)))
    assert "Missing" in page and "Write the commentary" not in page
    made["red"].owner = Person.objects.get(user=member_user)
    made["red"].save()
    assert "Write the commentary on" in text(client_for(member_user).get(quarter_url(partnership)))


def test_indicator_page_shows_its_commentary_and_offers_the_owner_the_latest_quarter(partnership, business_user,
                                                                                       member_user, readonly_user,
                                                                                       client_for, dataset):
    services.write_commentary(dataset["red"], by=business_user, quarter=dataset["quarter"], text="Why it rose.")
    detail = url("indicator-detail", partnership, indicator_id=dataset["red"].pk)
    owner_page = client_for(member_user).get(detail).content.decode()
    assert "Why it rose." in owner_page
    assert commentary_url(partnership, dataset["red"]) in owner_page
    reader_page = client_for(readonly_user).get(detail).content.decode()
    assert "Why it rose." in reader_page and "/commentary/" not in reader_page


def test_who_approved_wrote_and_entered_is_named_as_the_partnership_knows_them(partnership, business_user,
                                                                               member_user, client_for, dataset):
    # Accounts carry no names of their own: the pages name the person, never the sign-in name.
    services.write_commentary(dataset["red"], by=member_user, quarter=dataset["quarter"], text="Why it rose.")
    services.approve_quarter(partnership, by=business_user, quarter=dataset["quarter"])
    client = client_for(business_user)
    quarter = text(client.get(quarter_url(partnership)))
    assert "Approved on 9 March 2026 by Bea Business:" in quarter
    detail = text(client.get(url("indicator-detail", partnership, indicator_id=dataset["red"].pk)))
    assert "Last changed 9 March 2026 by Mo Member." in detail
    figures = text(client.get(url("figure-list", partnership, indicator_id=dataset["red"].pk)))
    assert "Bea Business, 9 Mar 2026" in figures and " bea" not in figures


def test_commentary_opened_from_the_indicator_page_goes_back_there(partnership, member_user, client_for, dataset):
    client = client_for(member_user)
    detail = url("indicator-detail", partnership, indicator_id=dataset["red"].pk)
    from_indicator = commentary_url(partnership, dataset["red"]) + "?from=indicator"
    assert from_indicator.replace("&", "&amp;") in client.get(detail).content.decode()
    assert f'href="{detail}" class="govuk-back-link"' in client.get(from_indicator).content.decode()
    saved = client.post(from_indicator, {"text": "Fewer episodes after the protocol."})
    assert saved["Location"] == detail
    assert "Fewer episodes after the protocol." in client.get(detail).content.decode()


def test_a_draft_quarter_shows_the_business_team_where_its_figures_are_added(partnership, business_user, member_user,
                                                                            client_for, dataset):
    importing = f'href="{reverse("performance:import", args=[partnership.slug])}"'
    assert importing in client_for(business_user).get(quarter_url(partnership)).content.decode()
    assert importing not in client_for(member_user).get(quarter_url(partnership)).content.decode()
    services.write_commentary(dataset["red"], by=business_user, quarter=dataset["quarter"], text="Why.")
    services.approve_quarter(partnership, by=business_user, quarter=dataset["quarter"])
    assert importing not in client_for(business_user).get(quarter_url(partnership)).content.decode()


def test_the_quarter_page_shows_the_red_indicators_commentary_to_read_before_approving(partnership, business_user,
                                                                                      client_for, dataset):
    services.write_commentary(dataset["red"], by=business_user, quarter=dataset["quarter"],
                              text="Episodes rose over the summer.\nA new protocol starts in May.")
    page = client_for(business_user).get(quarter_url(partnership)).content.decode()
    assert "Episodes rose over the summer.<br>A new protocol starts in May." in page
    assert "Change<span" in page and "govuk-tag--red\">Missing" not in page


def test_an_approved_quarter_offers_no_commentary_to_write(partnership, business_user, member_user, client_for,
                                                            dataset):
    services.write_commentary(dataset["red"], by=member_user, quarter=dataset["quarter"], text="Why it rose.")
    services.approve_quarter(partnership, by=business_user, quarter=dataset["quarter"])
    client = client_for(member_user)
    detail = client.get(url("indicator-detail", partnership, indicator_id=dataset["red"].pk)).content.decode()
    assert "Why it rose." in detail and "/commentary/" not in detail
    form = text(client.get(commentary_url(partnership, dataset["red"])))
    assert "Q4 2025/26 is approved, so its commentary cannot change" in form and "Save the commentary" not in form

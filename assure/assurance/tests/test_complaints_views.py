"""The complaints log with its overdue flags and filters, the forms (dates out of order refused on the page), the
timescales page, and members seeing none."""
import datetime
import re

import pytest
from django.urls import reverse

from assure.conftest import date_boxes

from .. import queries, services

D = datetime.date   # today is Monday 9 March 2026


def url(name, partnership, **kwargs):
    return reverse(f"assurance:{name}", kwargs={"slug": partnership.slug, **kwargs})


def references(response) -> list[str]:
    return re.findall(r'href="/p/fenbridge/assurance/complaints/\d+/">(C\d+)</a>', response.content.decode())


@pytest.fixture
def complaints(partnership, business_user):
    def receive(received_on, **more):
        return services.record_complaint(partnership=partnership, by=business_user, received_on=received_on,
                                         complainant="public", summary="About the partnership's website.", **more)
    return {
        "unacknowledged": receive(D(2026, 3, 2)),                                   # C01: acknowledgement overdue
        "on_time": receive(D(2026, 3, 4), acknowledged_on=D(2026, 3, 5)),          # C02: nothing overdue
        "answered": receive(D(2026, 1, 5), acknowledged_on=D(2026, 1, 6), responded_on=D(2026, 2, 13),
                            outcome="not_upheld"),                                  # C03: answered late
    }


def test_the_log_flags_what_is_overdue_or_late(partnership, business_user, client_for, complaints):
    response = client_for(business_user).get(url("complaint-list", partnership))
    page = response.content.decode()
    assert references(response) == ["C02", "C01", "C03"]
    assert page.count(">Overdue<") == 1 and page.count(">Late<") == 1
    assert "acknowledged within 3 working days and answered within 20" in page
    assert references(client_for(business_user).get(url("complaint-list", partnership) + "?overdue=overdue")) == [
        "C01"]
    assert references(client_for(business_user).get(url("complaint-list", partnership) + "?status=responded")) == [
        "C03"]



def test_a_step_not_yet_due_gives_its_due_date_once(partnership, business_user, client_for, complaints):
    """C02's response is not yet due: "Due 1 Apr 2026", not "Due 1 Apr 2026" and then a tag saying "Due" again."""
    complaint = complaints["on_time"]
    page = client_for(business_user).get(url("complaint-detail", partnership, complaint_id=complaint.pk))
    responded = page.content.decode().split("Responded (within", 1)[1].split("</dd>", 1)[0]
    assert "Due 1 Apr 2026" in responded
    assert "govuk-tag" not in responded

def test_acknowledging_before_it_was_received_is_refused_on_the_page(partnership, business_user, client_for,
                                                                     complaints):
    complaint = complaints["unacknowledged"]
    response = client_for(business_user).post(url("complaint-acknowledge", partnership, complaint_id=complaint.pk), {
        "version": complaint.version, **date_boxes("acknowledged_on", "2026-02-27")})
    assert "before the date the complaint was received" in response.content.decode()
    complaint.refresh_from_db()
    assert complaint.acknowledged_on is None


def test_recording_the_response_through_the_form(partnership, business_user, client_for, complaints):
    complaint = complaints["unacknowledged"]
    response = client_for(business_user).post(url("complaint-respond", partnership, complaint_id=complaint.pk), {
        "version": complaint.version, **date_boxes("responded_on", "2026-03-09"), "outcome": "partly_upheld",
        "outcome_summary": "The page is being rewritten."})
    assert response.status_code == 302
    complaint.refresh_from_db()
    assert (complaint.responded_on, complaint.acknowledged_on, complaint.outcome) == (
        D(2026, 3, 9), D(2026, 3, 9), "partly_upheld")


def test_the_business_team_sets_the_timescales(partnership, business_user, client_for):
    timescales = queries.timescales_for(partnership)
    response = client_for(business_user).post(url("complaint-timescales", partnership), {
        "version": timescales.version, "acknowledge_working_days": "5", "respond_working_days": "4"})
    assert "at least the time to acknowledge" in response.content.decode()
    response = client_for(business_user).post(url("complaint-timescales", partnership), {
        "version": timescales.version, "acknowledge_working_days": "5", "respond_working_days": "15"})
    assert response.status_code == 302
    timescales.refresh_from_db()
    assert (timescales.acknowledge_working_days, timescales.respond_working_days) == (5, 15)


def test_members_see_no_complaints_and_read_only_users_see_them_all(partnership, member_user, readonly_user,
                                                                    client_for, complaints):
    member = client_for(member_user)
    response = member.get(url("complaint-list", partnership))
    assert references(response) == [] and "handled by the business team" in response.content.decode()
    assert member.get(url("complaint-detail", partnership,
                          complaint_id=complaints["on_time"].pk)).status_code == 404
    assert len(references(client_for(readonly_user).get(url("complaint-list", partnership)))) == 3

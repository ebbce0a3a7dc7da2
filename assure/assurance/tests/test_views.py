"""Pages: the register and its filters, a risk, the heat map, the forms and their errors, and who may see what."""
import datetime
import re

import pytest
from django.urls import reverse

from assure.actions.models import Action
from assure.conftest import date_boxes

from .. import services
from ..models import Risk
from . import factories

D = datetime.date


def url(name, partnership, **kwargs):
    return reverse(f"assurance:{name}", kwargs={"slug": partnership.slug, **kwargs})


def form_data(risk_fields: dict) -> dict:
    data = {key: value for key, value in risk_fields.items() if key not in ("raised_on", "review_date")}
    data.update(owner=risk_fields["owner"].pk, body=risk_fields["body"].pk)
    data.update(date_boxes("raised_on", risk_fields["raised_on"].isoformat()))
    data.update(date_boxes("review_date", risk_fields["review_date"].isoformat()))
    return {key: "" if value is None else value for key, value in data.items()}


@pytest.fixture
def register(partnership, business_user):
    """Four risks: an extreme one, a high one overdue for review, a low one, and a closed one."""
    by = business_user
    extreme = factories.risk(partnership, by, title="Neglect strategy not embedded", category="strategic",
                             **factories.scores(inherent=(5, 5), current=(4, 5), target=(2, 4)))
    overdue = factories.risk(partnership, by, title="Rapid reviews late", category="statutory_compliance",
                             review_date=D(2026, 2, 27), **factories.scores(inherent=(4, 4), current=(3, 4)))
    low = factories.risk(partnership, by, title="Website out of date", category="reputational",
                         **factories.scores(inherent=(2, 2), current=(1, 2), target=(1, 1)))
    closed = factories.risk(partnership, by, title="Chair vacancy", category="operational", review_date=D(2026, 3, 1))
    services.close_risk(closed, by=by, expected_version=closed.version, closed_on=D(2026, 3, 5),
                        reason="New chair appointed")
    return {"extreme": extreme, "overdue": overdue, "low": low, "closed": closed}


def titles(response) -> list[str]:
    return re.findall(r'href="/p/fenbridge/assurance/risks/\d+/">([^<]+)</a>', response.content.decode())


def test_the_register_lists_every_risk_with_its_score_and_band(partnership, business_user, client_for, register):
    response = client_for(business_user).get(url("risk-list", partnership))
    page = response.content.decode()
    assert response.status_code == 200 and "4 risks." in page
    assert titles(response) == ["Neglect strategy not embedded", "Rapid reviews late", "Website out of date",
                                "Chair vacancy"]
    assert "20 <strong class=\"govuk-tag govuk-tag--red\">Extreme</strong>" in page
    assert "2 <strong class=\"govuk-tag govuk-tag--green\">Low</strong>" in page
    assert page.count("Overdue") == 1   # the closed risk's passed review date is not overdue


@pytest.mark.parametrize(("query", "expected"), [
    ("?band=extreme", ["Neglect strategy not embedded"]),
    ("?band=high", ["Rapid reviews late", "Chair vacancy"]),
    ("?category=reputational", ["Website out of date"]),
    ("?review=overdue", ["Rapid reviews late"]),
    ("?status=closed", ["Chair vacancy"]),
    ("?status=open&sort=score", ["Neglect strategy not embedded", "Rapid reviews late", "Website out of date"]),
    ("?likelihood=3&impact=4&status=open", ["Rapid reviews late"]),
])
def test_the_register_filters_and_sorts(partnership, business_user, client_for, register, query, expected):
    response = client_for(business_user).get(url("risk-list", partnership) + query)
    assert titles(response) == expected


def test_filters_by_owner_and_board(partnership, business_user, client_for, register):
    other = factories.owner(partnership, "Tom Okafor")
    board = factories.board(partnership)
    factories.risk(partnership, business_user, title="Tom Okafor risk", owner=other)
    client = client_for(business_user)
    assert titles(client.get(url("risk-list", partnership) + f"?owner={other.pk}")) == ["Tom Okafor risk"]
    assert len(titles(client.get(url("risk-list", partnership) + f"?body={board.pk}"))) == 5


def test_a_filter_not_understood_is_shown_and_ignored(partnership, business_user, client_for, register):
    response = client_for(business_user).get(url("risk-list", partnership) + "?band=purple&category=strategic")
    page = response.content.decode()
    assert "Choose a rating from the list" in page and "<title>Error: " in page
    assert titles(response) == ["Neglect strategy not embedded"]


def test_the_register_pages(partnership, business_user, client_for):
    for n in range(27):
        factories.risk(partnership, business_user, title=f"Risk number {n + 1}")
    client = client_for(business_user)
    assert len(titles(client.get(url("risk-list", partnership)))) == 25
    assert titles(client.get(url("risk-list", partnership) + "?page=2")) == ["Risk number 26", "Risk number 27"]


def test_the_risk_page_shows_scores_actions_and_history(partnership, business_user, client_for, register,
                                                        organisations):
    risk = register["overdue"]
    action = services.add_risk_action(risk, by=business_user, text="Recruit a second reviews officer",
                                      owner_organisation=organisations["local_authority"], due_date=D(2026, 4, 30))
    fields = factories.risk_fields(partnership, owner=risk.owner, body=risk.body, title=risk.title,
                                   category=risk.category, review_date=D(2026, 4, 1),
                                   **factories.scores(inherent=(4, 4), current=(4, 4)))
    services.edit_risk(risk, by=business_user, expected_version=risk.version, note="Two reviews breached", **fields)
    page = client_for(business_user).get(url("risk-detail", partnership, risk_id=risk.pk)).content.decode()
    assert "Risk R02, held by Risk Test Executive Board" in page
    assert reverse("partnerships:body-detail", args=[partnership.slug, risk.body_id]) in page
    assert "4 – Likely" in page and "4 – Major" in page
    assert "16 <strong class=\"govuk-tag govuk-tag--red\">Extreme</strong>" in page   # current now
    assert "Direction of travel: <strong>Rising</strong>" in page                       # from 12
    assert reverse("actions:detail", args=[partnership.slug, action.pk]) in page
    assert "Recruit a second reviews officer" in page and ">Open</strong>" in page
    assert "Overdue" not in page[page.index("Further actions"):page.index("Score history")]
    assert "Two reviews breached" in page and "Change history" in page
    assert "Current likelihood: 3 – Possible" in page                               # the old value, in history


def test_the_heat_map_counts_open_risks_by_likelihood_and_impact(partnership, business_user, client_for, register):
    page = client_for(business_user).get(url("risk-heat-map", partnership)).content.decode()
    assert '<th scope="row" class="govuk-table__header">Likelihood 5' in page
    assert '<th scope="col" class="govuk-table__header assure-heat__cell">Impact 1' in page
    # Likelihood 3, impact 4 holds the overdue risk; the closed risk (3 x 4 too) is not counted.
    cell = "?likelihood=3&amp;impact=4&amp;status=open\">1 risk<span class=\"govuk-visually-hidden\"> with likelihood 3 and impact 4"
    assert cell in page
    assert "Score 12, high" in page and "Score 25, extreme" in page and "Score 1, low" in page
    top = page[page.index("Top risks"):page.index("Reviews overdue")]
    assert top.index("R01 Neglect strategy") < top.index("R02 Rapid reviews late") < top.index("R03 Website")
    assert "R04" not in top
    overdue = page[page.index("Reviews overdue"):]
    assert "R02 Rapid reviews late" in overdue and "27 Feb 2026" in overdue and "R04" not in overdue


def test_business_team_adds_a_risk(partnership, business_user, client_for):
    data = form_data(factories.risk_fields(partnership))
    response = client_for(business_user).post(url("risk-add", partnership), data)
    risk = Risk.objects.get()
    assert response.status_code == 302 and response["Location"] == url("risk-detail", partnership, risk_id=risk.pk)
    assert (risk.reference, risk.current_score, risk.review_date) == ("R01", 12, D(2026, 6, 30))


@pytest.mark.parametrize(("change", "message"), [
    ({"target_likelihood": "5", "target_impact": "5"}, "cannot be worse than the risk with no controls"),
    ({"current_impact": "7"}, "Choose the current impact from 1 to 5"),
    ({"current_impact": ""}, "Choose the current impact"),
    ({"title": ""}, "Enter the risk&#x27;s title"),
    ({**date_boxes("review_date", "2026-01-02")}, "The review date is before the date the risk was raised"),
    ({**date_boxes("review_date", "2026-02-30")}, "must be a real date"),
    ({**date_boxes("raised_on", "2026-04-01")}, "today or in the past"),
])
def test_bad_input_is_shown_not_saved(partnership, business_user, client_for, change, message):
    data = {**form_data(factories.risk_fields(partnership)), **change}
    response = client_for(business_user).post(url("risk-add", partnership), data)
    page = response.content.decode()
    assert response.status_code == 200 and message in page
    assert "There is a problem" in page and "<title>Error: " in page
    assert not Risk.objects.exists()


def test_editing_a_risk_re_scores_it_and_a_stale_form_is_refused(partnership, business_user, client_for):
    risk = factories.risk(partnership, business_user)
    client = client_for(business_user)
    form = client.get(url("risk-edit", partnership, risk_id=risk.pk)).content.decode()
    assert 'name="version" value="1"' in form and "Partner contributions fall short" in form
    data = {**form_data(factories.risk_fields(partnership, owner=risk.owner, body=risk.body,
                                              **factories.scores(current=(2, 4)))), "version": 1,
            "note": "New funding agreement"}
    assert client.post(url("risk-edit", partnership, risk_id=risk.pk), data).status_code == 302
    risk.refresh_from_db()
    assert risk.current_score == 8
    stale = client.post(url("risk-edit", partnership, risk_id=risk.pk), {**data, "title": "Lost change"})
    assert "Someone else changed this record" in stale.content.decode()
    risk.refresh_from_db()
    assert risk.title != "Lost change"


def test_adding_a_further_action(partnership, business_user, client_for, organisations):
    risk = factories.risk(partnership, business_user)
    client = client_for(business_user)
    response = client.post(url("risk-action-add", partnership, risk_id=risk.pk), {
        "text": "Agree the funding formula", "owner_organisation": organisations["police"].pk, "owner": "",
        **date_boxes("due_date", "2026-05-29")})
    assert response.status_code == 302
    action = Action.objects.get()
    assert action.risk_link.risk == risk and action.body == risk.body
    empty = client.post(url("risk-action-add", partnership, risk_id=risk.pk), {"text": ""})
    assert "Enter what needs to be done" in empty.content.decode() and Action.objects.count() == 1


def test_closing_and_reopening_through_the_pages(partnership, business_user, client_for):
    risk = factories.risk(partnership, business_user)
    client = client_for(business_user)
    refused = client.post(url("risk-close", partnership, risk_id=risk.pk),
                          {"version": 1, "reason": "", **date_boxes("closed_on", "2026-03-02")})
    assert "Enter why the risk is being closed" in refused.content.decode()
    client.post(url("risk-close", partnership, risk_id=risk.pk),
                {"version": 1, "reason": "Funding agreed", **date_boxes("closed_on", "2026-03-02")})
    risk.refresh_from_db()
    assert risk.status == "closed"
    page = client.get(url("risk-detail", partnership, risk_id=risk.pk)).content.decode()
    assert "Closed on 2 March 2026" in page and url("risk-reopen", partnership, risk_id=risk.pk) in page
    assert url("risk-edit", partnership, risk_id=risk.pk) not in page
    edit = client.get(url("risk-edit", partnership, risk_id=risk.pk), follow=True)
    assert edit.redirect_chain[-1][0] == url("risk-detail", partnership, risk_id=risk.pk)
    assert "is closed: reopen it first" in edit.content.decode()
    assert client.get(url("risk-action-add", partnership, risk_id=risk.pk)).status_code == 302
    client.post(url("risk-reopen", partnership, risk_id=risk.pk), {"version": risk.version, "reason": ""})
    risk.refresh_from_db()
    assert risk.is_open
    assert client.get(url("risk-reopen", partnership, risk_id=risk.pk)).status_code == 302


def test_members_and_read_only_read_but_cannot_change(partnership, business_user, member_user, readonly_user,
                                                      client_for):
    risk = factories.risk(partnership, business_user)
    for user in (member_user, readonly_user):
        client = client_for(user)
        page = client.get(url("risk-detail", partnership, risk_id=risk.pk))
        assert page.status_code == 200
        assert url("risk-edit", partnership, risk_id=risk.pk) not in page.content.decode()
        assert url("risk-add", partnership) not in client.get(url("risk-list", partnership)).content.decode()
        assert client.get(url("risk-edit", partnership, risk_id=risk.pk)).status_code == 403
        assert client.post(url("risk-close", partnership, risk_id=risk.pk), {}).status_code == 403
    risk.refresh_from_db()
    assert risk.is_open and risk.version == 1


def test_another_partnership_s_users_get_404(partnership, other_partnership, business_user, outsider_user,
                                             client_for):
    risk = factories.risk(partnership, business_user)
    theirs = factories.risk(other_partnership, outsider_user, title="Harrowdale's own risk")
    client = client_for(outsider_user)
    assert client.get(url("risk-detail", partnership, risk_id=risk.pk)).status_code == 404
    assert client.get(url("risk-detail", other_partnership, risk_id=risk.pk)).status_code == 404
    assert client.get(url("risk-edit", other_partnership, risk_id=risk.pk)).status_code == 404
    assert client.get(url("risk-list", partnership)).status_code == 404
    ours = client_for(business_user).get(url("risk-list", partnership)).content.decode()
    assert "Harrowdale&#x27;s own risk" not in ours and "Harrowdale's own risk" not in ours
    assert client_for(business_user).get(url("risk-detail", partnership, risk_id=theirs.pk)).status_code == 404


def test_an_overdue_further_action_says_so(partnership, business_user, client_for, organisations):
    risk = factories.risk(partnership, business_user)
    services.add_risk_action(risk, by=business_user, text="Agree the funding formula",
                             owner_organisation=organisations["police"], due_date=D(2026, 3, 2))
    page = client_for(business_user).get(url("risk-detail", partnership, risk_id=risk.pk)).content.decode()
    actions = page[page.index("Further actions"):page.index("Score history")]
    assert "Agree the funding formula" in actions and "Overdue" in actions


def test_an_empty_register_says_so(partnership, readonly_user, client_for):
    client = client_for(readonly_user)
    assert "No risks." in client.get(url("risk-list", partnership)).content.decode()
    heat = client.get(url("risk-heat-map", partnership)).content.decode()
    assert "There are no open risks." in heat and "No open risk is past its review date." in heat
    assert heat.count("0<span class=\"govuk-visually-hidden\"> risks</span>") == 25

"""The REST API as a partner's tool uses it: a token of one person in one partnership, with their role.

Every record of another partnership is a 404; no token (or a revoked one) a 401; a role that may not write a 403;
bad data a 400 naming the fields, with nothing written. Errors all have one shape."""
import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from assure.actions.models import Action, ActionUpdate
from assure.api import services
from assure.api.models import ApiToken
from assure.core import clock
from assure.performance.models import Figure

from .conftest import client_with

D = datetime.date
LISTS = {
    "meeting": "meeting", "agenda-item": "item", "action": "members_action", "review": "review",
    "activity": "activity", "inspection": "inspection", "escalation": "escalation", "risk": "risk",
    "dataset-value": "figure",
}


def list_url(name):
    return reverse(f"api-v1:{name}-list")


def detail_url(name, pk):
    return reverse(f"api-v1:{name}-detail", args=[pk])


def assert_error(response, status, code=None):
    assert response.status_code == status, response.content
    error = response.json()["error"]
    assert set(error) == {"status", "code", "message", "fields"} and error["status"] == status
    assert error["message"]
    if code:
        assert error["code"] == code
    return error


@pytest.mark.parametrize("name", LISTS)
def test_the_business_team_reads_every_list_and_record_of_its_own_partnership_only(
        name, api_for, business_user, records, others):
    api = api_for(business_user)
    listed = api.get(list_url(name))
    assert listed.status_code == 200
    ids = {row["id"] for row in listed.json()["results"]}
    mine, theirs = getattr(records, LISTS[name]), getattr(others, LISTS[name])
    assert mine.pk in ids and theirs.pk not in ids
    assert api.get(detail_url(name, mine.pk)).json()["id"] == mine.pk
    assert_error(api.get(detail_url(name, theirs.pk)), 404, "not_found")


@pytest.mark.parametrize("name", LISTS)
def test_no_token_is_401_with_the_scheme_to_use(name, client, records):
    response = client_with().get(detail_url(name, getattr(records, LISTS[name]).pk))
    assert_error(response, 401, "not_authenticated")
    assert response["WWW-Authenticate"] == "Token"


def test_a_mangled_or_unknown_token_is_401(records):
    assert_error(client_with("not-a-token").get(list_url("action")), 401, "authentication_failed")
    assert_error(client_with("A" * 43).get(list_url("action")), 401, "authentication_failed")


def test_a_revoked_token_stops_working_at_once(partnership, business_user, records):
    new = services.create_token(partnership=partnership, user=business_user, name="Dashboard", by=business_user)
    api = client_with(new.secret)
    assert api.get(list_url("action")).status_code == 200
    services.revoke_token(new.token, by=business_user)
    assert_error(api.get(list_url("action")), 401, "authentication_failed")


def test_only_the_hash_of_a_token_is_stored(partnership, member_user):
    new = services.create_token(partnership=partnership, user=member_user, name="Dashboard", by=member_user)
    stored = ApiToken.objects.get()
    assert new.secret not in stored.token_hash and len(stored.token_hash) == 64
    assert new.secret not in str(stored.history.values())


def test_a_token_works_only_in_its_own_partnership(business_user, partnership, records, others, api_for):
    """A person with roles in two partnerships has a token per partnership: each reads only its own."""
    api = api_for(business_user)
    assert_error(api.get(detail_url("meeting", others.meeting.pk)), 404)


def test_a_token_loses_its_access_with_its_user_s_role(business_user, partnership, api_for, records):
    api = api_for(business_user)
    business_user.partnership_roles.all().delete()
    assert_error(api.get(list_url("meeting")), 401)


# --- reviews and assurance: the pages' visibility ---------------------------------------------------------------

def test_reviews_are_seen_as_on_the_reviews_pages(api_for, member_user, readonly_user, business_user, records):
    """A member not named on a review does not see it, nor does a read-only user; the business team does."""
    for user in (member_user, readonly_user):
        api = api_for(user)
        assert api.get(list_url("review")).json()["count"] == 0
        assert_error(api.get(detail_url("review", records.review.pk)), 404)
    assert api_for(business_user).get(list_url("review")).json()["count"] == 1


def test_a_member_reads_only_the_assurance_of_their_bodies_and_organisation(api_for, member_user, readonly_user,
                                                                           records):
    member = api_for(member_user)
    assert member.get(list_url("activity")).json()["count"] == 0
    assert_error(member.get(detail_url("inspection", records.inspection.pk)), 404)
    assert_error(member.get(detail_url("escalation", records.escalation.pk)), 404)
    assert member.get(detail_url("risk", records.risk.pk)).status_code == 200   # the register is for everyone
    reader = api_for(readonly_user)
    assert reader.get(list_url("activity")).json()["count"] == 2
    assert reader.get(detail_url("escalation", records.escalation.pk)).status_code == 200


# --- filters and pages ------------------------------------------------------------------------------------------

def test_actions_filter_by_status_owner_body_and_due_dates(api_for, business_user, member_user, records):
    api = api_for(business_user)
    mine, others = records.members_action, records.others_action
    owner = mine.owners.get().person_id

    def ids(**params):
        response = api.get(list_url("action"), params)
        assert response.status_code == 200, response.content
        return {row["id"] for row in response.json()["results"]}

    assert ids(owner=owner) == {mine.pk}
    assert ids(body=records.body.pk) == {mine.pk}
    assert ids(due_before="2026-05-01") == {mine.pk}
    assert ids(due_after="2026-05-01") == {others.pk}
    assert ids(status="open") == {mine.pk, others.pk}
    assert ids(status="completed") == set()


def test_a_filter_not_understood_is_a_400_naming_it(api_for, business_user, records):
    error = assert_error(api_for(business_user).get(list_url("action"), {"due_before": "next week"}), 400, "invalid")
    assert "due_before" in error["fields"]
    error = assert_error(api_for(business_user).get(list_url("action"), {"status": "done"}), 400)
    assert "status" in error["fields"]


def test_lists_come_in_pages(api_for, business_user, records):
    api = api_for(business_user)
    first = api.get(list_url("action"), {"page_size": 1}).json()
    assert first["count"] == 2 and len(first["results"]) == 1 and first["next"] and first["previous"] is None
    second = api.get(first["next"]).json()
    assert second["results"][0]["id"] != first["results"][0]["id"] and second["next"] is None


# --- posting an update on an action -----------------------------------------------------------------------------

def update_url(action):
    return reverse("api-v1:action-updates", args=[action.pk])


def test_a_member_updates_their_own_action_as_on_the_web(api_for, member_user, records):
    action = records.members_action
    response = api_for(member_user).post(update_url(action), {"text": "Findings sent to all partners",
                                                              "status": "completed", "version": action.version},
                                         format="json")
    assert response.status_code == 201, response.content
    action.refresh_from_db()
    assert action.status == Action.Status.COMPLETED and action.completed_on == clock.today()
    update = ActionUpdate.objects.get(action=action)
    assert update.author == member_user and response.json()["text"] == "Findings sent to all partners"


def test_a_member_cannot_update_someone_else_s_action_nor_set_the_business_team_s_statuses(
        api_for, member_user, records):
    api = api_for(member_user)
    theirs = records.others_action
    assert_error(api.post(update_url(theirs), {"text": "Done", "version": theirs.version}, format="json"), 403,
                 "permission_denied")
    mine = records.members_action
    error = assert_error(api.post(update_url(mine), {"status": "superseded", "version": mine.version},
                                  format="json"), 400)
    assert "status" in error["fields"]
    assert not ActionUpdate.objects.exists()


def test_the_business_team_updates_any_action(api_for, business_user, records):
    action = records.others_action
    response = api_for(business_user).post(update_url(action), {"status": "superseded", "version": action.version},
                                           format="json")
    assert response.status_code == 201
    action.refresh_from_db()
    assert action.status == Action.Status.SUPERSEDED


def test_a_read_only_token_cannot_write(api_for, readonly_user, records):
    api = api_for(readonly_user)
    action = records.members_action
    assert_error(api.post(update_url(action), {"text": "x", "version": action.version}, format="json"), 403)
    assert_error(api.post(list_url("dataset-value"), {"indicator_id": records.indicator.pk, "period": "2025-Q3",
                                                      "value": "3"}, format="json"), 403)
    assert not ActionUpdate.objects.exists()


def test_a_bad_update_is_refused_naming_its_fields_and_writes_nothing(api_for, business_user, records):
    api = api_for(business_user)
    action = records.members_action
    error = assert_error(api.post(update_url(action), {"text": "x"}, format="json"), 400, "invalid")
    assert error["fields"]["version"]
    error = assert_error(api.post(update_url(action), {"text": "", "version": action.version}, format="json"), 400)
    assert error["fields"]["non_field_errors"] == ["Enter an update, or choose a new status."]
    conflict = assert_error(api.post(update_url(action), {"text": "x", "version": action.version + 1},
                                     format="json"), 409, "conflict")
    assert "changed" in conflict["message"]
    action.refresh_from_db()
    assert action.version == 1 and not ActionUpdate.objects.exists()


def test_an_update_on_another_partnership_s_action_is_404(api_for, business_user, others):
    action = others.others_action
    assert_error(api_for(business_user).post(update_url(action), {"text": "x", "version": 1}, format="json"), 404)
    assert not ActionUpdate.objects.exists()


# --- dataset values ---------------------------------------------------------------------------------------------

def test_the_business_team_enters_and_corrects_a_dataset_value(api_for, business_user, records):
    api = api_for(business_user)
    response = api.post(list_url("dataset-value"), {"indicator_id": records.indicator.pk, "period": "2025-Q3",
                                                    "value": "14", "note": "From the police return"}, format="json")
    assert response.status_code == 201, response.content
    figure = Figure.objects.get(pk=response.json()["id"])
    assert figure.value == Decimal("14") and figure.updated_by == business_user and figure.period.code == "2025-Q3"
    changed = api.put(detail_url("dataset-value", figure.pk), {"value": "15", "version": figure.version},
                      format="json")
    assert changed.status_code == 200, changed.content
    figure.refresh_from_db()
    assert figure.value == Decimal("15") and figure.history.count() == 2
    assert_error(api.put(detail_url("dataset-value", figure.pk), {"value": "16", "version": 1}, format="json"),
                 409)


def test_a_member_cannot_write_dataset_values(api_for, member_user, records):
    response = api_for(member_user).put(detail_url("dataset-value", records.figure.pk),
                                        {"value": "1", "version": records.figure.version}, format="json")
    assert_error(response, 403)


@pytest.mark.parametrize("body, field", [
    ({"period": "2025-Q3", "value": "3"}, "indicator_id"),
    ({"period": "someday", "value": "3"}, "period"),
    ({"period": "2025-04", "value": "3"}, "period"),              # a month, for a quarterly indicator
    ({"period": "2027-Q4", "value": "3"}, "period"),              # not started yet
    ({"period": "2025-Q3"}, "value"),                             # neither a value nor why it is missing
    ({"period": "2025-Q3", "value": "3", "suppression": "c"}, "value"),
    ({"period": "2025-Q3", "value": "2.5"}, "value"),             # a count is a whole number
    ({"period": "2025-Q3", "value": "lots"}, "value"),
    ({"period": "2025-Q3", "value": "3", "suppression": "q"}, "suppression"),
])
def test_a_bad_dataset_value_is_refused_naming_the_field(api_for, business_user, records, body, field):
    given = {"indicator_id": records.indicator.pk, **body} if field != "indicator_id" else body
    before = Figure.objects.count()
    error = assert_error(api_for(business_user).post(list_url("dataset-value"), given, format="json"), 400)
    assert field in error["fields"], error
    assert Figure.objects.count() == before


def test_a_dataset_value_for_another_partnership_s_indicator_is_refused(api_for, business_user, records, others):
    error = assert_error(api_for(business_user).post(
        list_url("dataset-value"), {"indicator_id": others.indicator.pk, "period": "2025-Q3", "value": "3"},
        format="json"), 400)
    assert "indicator_id" in error["fields"]


# --- throttling -------------------------------------------------------------------------------------------------

def test_too_many_requests_are_refused_with_429(api_for, business_user, records, monkeypatch):
    from rest_framework.throttling import UserRateThrottle

    monkeypatch.setattr(UserRateThrottle, "THROTTLE_RATES", {"user": "3/minute", "anon": "3/minute"})
    api = api_for(business_user)
    statuses = [api.get(list_url("meeting")).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = api.get(list_url("meeting"))
    assert_error(response, 429, "throttled")
    assert int(response["Retry-After"]) > 0

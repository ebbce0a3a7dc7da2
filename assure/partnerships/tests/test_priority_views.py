"""The strategic priorities pages: the list in order with its years, adding, changing, moving; who may do what."""
import pytest
from django.urls import reverse

from assure.partnerships import services
from assure.partnerships.models import Priority


def url(name, partnership, *args):
    return reverse(f"partnerships:{name}", args=[partnership.slug, *args])


@pytest.fixture
def business(client_for, business_user):
    return client_for(business_user)


@pytest.fixture
def priorities(partnership, business_user):
    def add(title, **kwargs):
        return services.add_priority(partnership=partnership, title=title, by=business_user, **kwargs)
    return [add("Neglect", description="Recognising neglect early.", first_year=2025, last_year=2027),
            add("Exploitation", first_year=2025), add("Domestic abuse")]


def titles(partnership):
    return list(Priority.objects.filter(partnership=partnership).order_by("position").values_list("title", flat=True))


def test_the_list_shows_each_priority_in_order_with_its_years(partnership, priorities, client_for, readonly_user):
    response = client_for(readonly_user).get(url("priority-list", partnership))
    page = response.content.decode()
    assert [p.title for p in response.context["priorities"]] == ["Neglect", "Exploitation", "Domestic abuse"]
    assert "2025/26 to 2027/28" in page and "from 2025/26" in page and "Recognising neglect early." in page
    # Read-only reads; no add, change or move.
    assert url("priority-add", partnership) not in page and "Move down" not in page


@pytest.mark.parametrize(("first", "last", "shown"), [
    (2025, 2027, "2025/26 to 2027/28"), (2025, None, "from 2025/26"), (None, 2026, "until 2026/27"),
    (2026, 2026, "2026/27"), (None, None, ""),
])
def test_years_read_as_financial_years(first, last, shown):
    assert Priority(title="Neglect", first_year=first, last_year=last).years == shown


def test_add_a_priority_with_its_years(partnership, business):
    response = business.post(url("priority-add", partnership), {
        "title": "Transitional safeguarding", "description": "Young people moving to adult services.",
        "first_year": "2025", "last_year": ""})
    assert response.status_code == 302 and response["Location"] == url("priority-list", partnership)
    saved = Priority.objects.get(partnership=partnership)
    assert (saved.title, saved.first_year, saved.last_year) == ("Transitional safeguarding", 2025, None)
    assert "Transitional safeguarding" in business.get(response["Location"]).content.decode()


def test_the_year_choices_are_financial_years(partnership, business):
    form = business.get(url("priority-add", partnership)).context["form"]
    choices = dict(form.fields["first_year"].choices)
    assert choices["2025"] == "2025/26" and choices["2030"] == "2030/31" and choices[""] == "Not set"


def test_add_with_errors_puts_each_message_on_its_field(partnership, priorities, business):
    response = business.post(url("priority-add", partnership), {"title": "", "first_year": "1999", "last_year": ""})
    form = response.context["form"]
    assert response.status_code == 200 and "Error: " in response.content.decode()
    assert form.errors["title"] == ["Enter the priority, for example 'Neglect'"]
    assert form.errors["first_year"] == ["Choose a financial year from the list"]

    response = business.post(url("priority-add", partnership), {"title": "Exploitation", "first_year": "2026",
                                                                "last_year": "2025"})
    form = response.context["form"]
    assert form.errors["last_year"] == ["The last year must be the same as or after the first year"]

    response = business.post(url("priority-add", partnership), {"title": "NEGLECT"})
    assert response.context["form"].errors["title"] == ["There is already a priority called 'Neglect'."]
    assert Priority.objects.filter(partnership=partnership).count() == 3


def test_change_a_priority(partnership, priorities, business):
    neglect = priorities[0]
    form = business.get(url("priority-edit", partnership, neglect.pk)).context["form"]
    assert form.initial["title"] == "Neglect" and form.initial["last_year"] == 2027
    response = business.post(url("priority-edit", partnership, neglect.pk), {
        "title": "Neglect and early help", "description": "", "first_year": "2025", "last_year": "2028",
        "version": neglect.version})
    assert response.status_code == 302
    neglect.refresh_from_db()
    assert (neglect.title, neglect.last_year, neglect.description) == ("Neglect and early help", 2028, "")


def test_a_change_saved_meanwhile_is_not_overwritten(partnership, priorities, business, business_user):
    neglect = priorities[0]
    opened_at = neglect.version
    services.edit_priority(neglect, title="Neglect (children)", by=business_user, expected_version=opened_at)
    response = business.post(url("priority-edit", partnership, neglect.pk), {
        "title": "Neglect and early help", "first_year": "2025", "version": opened_at})
    assert response.status_code == 200 and response.context["form"].non_field_errors()
    neglect.refresh_from_db()
    assert neglect.title == "Neglect (children)"


def test_move_up_and_down(partnership, priorities, business):
    response = business.post(url("priority-move", partnership, priorities[2].pk), {"direction": "up"})
    assert response.status_code == 302
    assert titles(partnership) == ["Neglect", "Domestic abuse", "Exploitation"]
    business.post(url("priority-move", partnership, priorities[0].pk), {"direction": "down"})
    assert titles(partnership) == ["Domestic abuse", "Neglect", "Exploitation"]


def test_moving_the_first_up_is_refused_with_a_message(partnership, priorities, business):
    response = business.post(url("priority-move", partnership, priorities[0].pk), {"direction": "up"}, follow=True)
    assert "Neglect is already first in the order." in response.content.decode()
    assert titles(partnership) == ["Neglect", "Exploitation", "Domestic abuse"]


def test_move_is_post_only(partnership, priorities, business):
    assert business.get(url("priority-move", partnership, priorities[0].pk)).status_code == 405


def test_another_partnership_s_priority_is_not_found(partnership, other_partnership, business, outsider_user):
    theirs = services.add_priority(partnership=other_partnership, title="Neglect", by=outsider_user)
    assert business.get(url("priority-edit", partnership, theirs.pk)).status_code == 404
    assert business.post(url("priority-move", partnership, theirs.pk), {"direction": "up"}).status_code == 404
    assert business.post(url("priority-edit", partnership, theirs.pk), {
        "title": "Ours now", "version": theirs.version}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.title == "Neglect"


def test_a_member_may_read_but_not_add(partnership, priorities, client_for, member_user):
    member = client_for(member_user)
    assert member.get(url("priority-list", partnership)).status_code == 200
    assert member.get(url("priority-add", partnership)).status_code == 403
    assert member.post(url("priority-add", partnership), {"title": "Self-neglect"}).status_code == 403
    assert member.post(url("priority-move", partnership, priorities[1].pk), {"direction": "up"}).status_code == 403
    assert titles(partnership) == ["Neglect", "Exploitation", "Domestic abuse"]


def test_the_business_team_sees_change_and_move(partnership, priorities, business):
    page = business.get(url("priority-list", partnership)).content.decode()
    assert url("priority-edit", partnership, priorities[0].pk) in page and url("priority-add", partnership) in page
    assert page.count("Move up") == 2 and page.count("Move down") == 2

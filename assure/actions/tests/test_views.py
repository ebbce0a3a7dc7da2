import datetime

import pytest
from django.urls import reverse

from assure.actions import services
from assure.actions.tests import factories as f
from assure.core.concurrency import EditConflict

TODAY = datetime.date(2026, 3, 9)


def url(name, partnership, **kwargs):
    return reverse(f"actions:{name}", kwargs={"slug": partnership.slug, **kwargs})


@pytest.fixture
def mine(partnership, member_user, business_user):
    """An action owned by the member."""
    return f.action(partnership, by=business_user, owners=[f.person_of(member_user, partnership)],
                    text="Send the training figures", due_date=TODAY - f.days(2))


@pytest.fixture
def theirs(partnership, business_user):
    return f.action(partnership, by=business_user, owners=[f.person_of(business_user, partnership)],
                    text="Book the venue", due_date=TODAY + f.days(5))


@pytest.fixture
def foreign(other_partnership, outsider_user):
    return f.action(other_partnership, by=outsider_user, owners=[f.person_of(outsider_user, other_partnership)],
                    text="Harrowdale secret action")


class TestLog:
    def test_lists_rows_with_source_owners_due_status(self, client_for, readonly_user, partnership, executive_board,
                                                      mine, theirs, foreign):
        m = f.meeting(executive_board, datetime.date(2026, 1, 14))
        f.action(partnership, text="Agreed at the board", meeting=m, item=f.item(m, "4.2"), due_at_next_meeting=True)
        response = client_for(readonly_user).get(url("log", partnership))
        assert response.status_code == 200
        html = response.content.decode()
        assert "Send the training figures" in html and "Book the venue" in html
        assert "Harrowdale secret action" not in html
        assert "Mo Member" in html and "Overdue" in html and "Item 4.2" in html
        assert "Next meeting (not yet scheduled)" in html

    def test_filters_from_query_string(self, client_for, readonly_user, partnership, mine, theirs):
        response = client_for(readonly_user).get(url("log", partnership), {"due": "overdue"})
        html = response.content.decode()
        assert "Send the training figures" in html and "Book the venue" not in html
        assert "1 action match these filters" in html

    @pytest.mark.parametrize("params", [
        {"status": "finished"}, {"owner": "abc"}, {"owner": "999999"}, {"body": "-1"}, {"organisation": "1.5"},
        {"due": "yesterday"}, {"page": "zzz"}, {"page": "99999"}, {"owner": "\x00"}, {"body": "9" * 25},
    ])
    def test_malformed_filters_answer_200_with_a_message(self, client_for, readonly_user, partnership, mine, params):
        response = client_for(readonly_user).get(url("log", partnership), params)
        assert response.status_code == 200
        if "page" not in params:
            assert "There is a problem" in response.content.decode()
            assert "Send the training figures" in response.content.decode()  # the bad filter is ignored

    def test_owner_from_another_partnership_is_not_a_valid_filter(self, client_for, readonly_user, partnership,
                                                                  mine, foreign, other_partnership, outsider_user):
        outsider = f.person_of(outsider_user, other_partnership)
        response = client_for(readonly_user).get(url("log", partnership), {"owner": outsider.pk})
        assert "Choose an owner from the list" in response.content.decode()
        assert "Harrowdale secret action" not in response.content.decode()

    def test_paginates(self, client_for, readonly_user, partnership):
        for n in range(30):
            f.action(partnership, text=f"Numbered action {n:02d}", due_date=TODAY + f.days(n))
        client = client_for(readonly_user)
        first = client.get(url("log", partnership)).content.decode()
        second = client.get(url("log", partnership), {"page": 2}).content.decode()
        assert "Numbered action 00" in first and "Numbered action 29" not in first
        assert "Numbered action 29" in second and "Showing 26 to 30 of 30" in second
        assert 'aria-label="Page 2" aria-current="page"' in second

    def test_csv_export_follows_filters_and_neutralises_formulas(self, client_for, readonly_user, partnership,
                                                                  mine, theirs, foreign):
        f.action(partnership, text="=HYPERLINK(\"http://evil\")", due_date=TODAY - f.days(1))
        response = client_for(readonly_user).get(url("export", partnership), {"due": "overdue"}, follow=True)
        assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
        assert response.redirect_chain[0][0].endswith("?due=overdue&download=csv")  # the old address, kept
        body = b"".join(response.streaming_content).decode()
        assert "Send the training figures" in body and "Book the venue" not in body
        assert "Harrowdale" not in body
        assert "'=HYPERLINK" in body


class TestDetail:
    def test_shows_action_updates_and_history(self, client_for, readonly_user, partnership, mine, member_user):
        services.post_update(mine, text="Figures requested from <b>schools</b><script>x</script>",
                             status="in_progress", by=member_user, expected_version=1)
        response = client_for(readonly_user).get(url("detail", partnership, pk=mine.pk))
        html = response.content.decode()
        assert response.status_code == 200
        assert "Figures requested from <b>schools</b>" in html and "<script>x" not in html
        assert "Change history" in html and "In progress" in html
        assert "Mo Member" in html and ">mo<" not in html  # people by name, not username
        assert "Post an update" not in html  # read-only users get no form
        assert "Change this action" not in html

    def test_owner_sees_update_form_and_business_sees_edit_link(self, client_for, member_user, business_user,
                                                                partnership, mine, theirs):
        assert "Post an update" in client_for(member_user).get(url("detail", partnership, pk=mine.pk)).content.decode()
        assert "Post an update" not in client_for(member_user).get(url("detail", partnership, pk=theirs.pk)).content.decode()
        html = client_for(business_user).get(url("detail", partnership, pk=mine.pk)).content.decode()
        assert "Post an update" in html and "Change this action" in html

    def test_other_partnerships_action_is_404(self, client_for, business_user, partnership, foreign):
        assert client_for(business_user).get(url("detail", partnership, pk=foreign.pk)).status_code == 404


class TestPostUpdate:
    def test_owner_posts_an_update(self, client_for, member_user, partnership, mine):
        response = client_for(member_user).post(url("update", partnership, pk=mine.pk),
                                                {"text": "Chased the schools", "status": "in_progress", "version": 1})
        assert response.status_code == 302
        mine.refresh_from_db()
        assert mine.status == "in_progress" and mine.updates.get().author == member_user

    def test_member_cannot_update_someone_elses_action(self, client_for, member_user, partnership, theirs):
        client = client_for(member_user)
        assert client.get(url("update", partnership, pk=theirs.pk)).status_code == 403
        response = client.post(url("update", partnership, pk=theirs.pk), {"text": "x", "status": "open", "version": 1})
        assert response.status_code == 403
        assert client.post(url("complete", partnership, pk=theirs.pk), {"version": 1}).status_code == 403
        theirs.refresh_from_db()
        assert theirs.status == "open" and not theirs.updates.exists()

    def test_readonly_cannot_update(self, client_for, readonly_user, partnership, mine):
        assert client_for(readonly_user).post(url("update", partnership, pk=mine.pk),
                                              {"text": "x", "status": "open", "version": 1}).status_code == 403

    def test_other_partnership_gets_404(self, client_for, outsider_user, partnership, other_partnership, mine):
        client = client_for(outsider_user)
        assert client.post(url("update", partnership, pk=mine.pk), {"text": "x", "version": 1}).status_code == 404
        # Their own slug with our action's id: still not found.
        assert client.post(url("update", other_partnership, pk=mine.pk),
                           {"text": "x", "status": "open", "version": 1}).status_code == 404
        assert client.post(url("complete", other_partnership, pk=mine.pk), {"version": 1}).status_code == 404

    def test_business_team_updates_any_action(self, client_for, business_user, partnership, mine):
        response = client_for(business_user).post(url("update", partnership, pk=mine.pk),
                                                  {"text": "Superseded by the new plan", "status": "superseded",
                                                   "version": 1})
        assert response.status_code == 302
        mine.refresh_from_db()
        assert mine.status == "superseded"

    def test_member_cannot_choose_superseded(self, client_for, member_user, partnership, mine):
        response = client_for(member_user).post(url("update", partnership, pk=mine.pk),
                                                {"text": "x", "status": "superseded", "version": 1})
        assert response.status_code == 200 and "Choose a status from the list" in response.content.decode()
        mine.refresh_from_db()
        assert mine.status == "open"

    @pytest.mark.parametrize("data, message", [
        ({"text": "", "status": "open", "version": 1}, "Enter an update, or choose a new status"),
        ({"text": "x", "status": "open"}, "This page is out of date. Reload it"),
        ({"text": "x", "status": "open", "version": "abc"}, "This page is out of date. Reload it"),
        ({"text": "x", "status": "unknown", "version": 1}, "Choose a status from the list"),
    ])
    def test_bad_input_is_refused_with_a_message(self, client_for, member_user, partnership, mine, data, message):
        response = client_for(member_user).post(url("update", partnership, pk=mine.pk), data)
        assert response.status_code == 200
        assert "There is a problem" in response.content.decode() and message in response.content.decode()
        assert not mine.updates.exists()

    def test_second_save_of_the_same_version_is_refused(self, client_for, member_user, business_user, partnership,
                                                        mine):
        client_for(business_user).post(url("update", partnership, pk=mine.pk),
                                       {"text": "Business team note", "status": "in_progress", "version": 1})
        response = client_for(member_user).post(url("update", partnership, pk=mine.pk),
                                                {"text": "Owner note", "status": "completed", "version": 1})
        html = response.content.decode()
        assert response.status_code == 200
        assert "govuk-error-summary" in html and str(EditConflict()).split(":")[0] in html
        mine.refresh_from_db()
        assert mine.status == "in_progress"
        assert list(mine.updates.values_list("text", flat=True)) == ["Business team note"]

    def test_complete_button(self, client_for, member_user, partnership, mine):
        response = client_for(member_user).post(url("complete", partnership, pk=mine.pk),
                                                {"version": 1, "next": "mine"})
        assert response.status_code == 302 and response["Location"] == url("mine", partnership)
        mine.refresh_from_db()
        assert (mine.status, mine.completed_on) == ("completed", TODAY)
        assert mine.evidence_of_impact == ""

    def test_complete_with_a_note_on_what_was_done(self, client_for, member_user, readonly_user, partnership, mine):
        page = client_for(member_user).get(url("complete", partnership, pk=mine.pk)).content.decode()
        assert "What was done (optional)" in page
        response = client_for(member_user).post(url("complete", partnership, pk=mine.pk),
                                                {"version": 1, "note": "Figures sent to all 40 schools"})
        assert response["Location"] == url("detail", partnership, pk=mine.pk)
        detail = client_for(readonly_user).get(url("detail", partnership, pk=mine.pk)).content.decode()
        evidence = detail.split("Evidence of impact", 1)[1].split("</dd>", 1)[0]
        assert "Figures sent to all 40 schools" in evidence
        assert "Figures sent to all 40 schools" in detail.split('id="history"', 1)[1]

    def test_overlong_note_is_refused_and_nothing_saved(self, client_for, member_user, partnership, mine):
        response = client_for(member_user).post(url("complete", partnership, pk=mine.pk),
                                                {"version": 1, "note": "x" * 5001})
        assert response.status_code == 200 and "5,000 characters or fewer" in response.content.decode()
        mine.refresh_from_db()
        assert mine.status == "open" and not mine.updates.exists()

    def test_readonly_cannot_open_the_complete_page(self, client_for, readonly_user, partnership, mine):
        assert client_for(readonly_user).get(url("complete", partnership, pk=mine.pk)).status_code == 403

    def test_stale_complete_is_refused(self, client_for, member_user, business_user, partnership, mine):
        services.post_update(mine, text="Moved on", by=business_user, expected_version=1)
        response = client_for(member_user).post(url("complete", partnership, pk=mine.pk), {"version": 1})
        assert response.status_code == 200 and "Someone else changed this record" in response.content.decode()
        mine.refresh_from_db()
        assert mine.status == "open"


class TestEdit:
    def form(self, action, **changes):
        data = {"text": action.text, "people": [o.person_id for o in action.owners.all() if o.person_id],
                "groups": "", "owner_organisation": "", "due_date_day": "", "due_date_month": "", "due_date_year": "",
                "due_at_next_meeting": "",
                "status": action.status, "rag": "", "evidence_of_impact": "", "note": "", "version": action.version}
        data.update(changes)
        return data

    def test_business_team_edits(self, client_for, business_user, partnership, mine, organisations):
        response = client_for(business_user).post(url("edit", partnership, pk=mine.pk), self.form(
            mine, text="Send the revised figures", groups="Business team, All members", due_date_day="30", due_date_month="4", due_date_year="2026",
            status="carried_forward", rag="amber", owner_organisation=organisations["education"].pk,
            evidence_of_impact="Uptake up 20%"))
        assert response.status_code == 302
        mine.refresh_from_db()
        assert (mine.text, mine.due_date, mine.status, mine.rag) == (
            "Send the revised figures", datetime.date(2026, 4, 30), "carried_forward", "amber")
        assert sorted(str(o) for o in mine.owners.all()) == ["All members", "Business team", "Mo Member"]
        assert mine.updates.get().status == "carried_forward"

    def test_edit_form_shows_current_values(self, client_for, business_user, partnership, mine):
        response = client_for(business_user).get(url("edit", partnership, pk=mine.pk))
        assert response.status_code == 200
        page = response.content.decode()
        assert all(f'name="due_date_{part}" type="text" inputmode="numeric" value="{value}"' in page
                   for part, value in (("day", "7"), ("month", "3"), ("year", "2026")))
        assert 'name="version" value="1"' in page

    def test_member_cannot_edit_even_own_action(self, client_for, member_user, partnership, mine):
        client = client_for(member_user)
        assert client.get(url("edit", partnership, pk=mine.pk)).status_code == 403
        assert client.post(url("edit", partnership, pk=mine.pk), self.form(mine, text="Mine now")).status_code == 403

    def test_edit_conflict_is_refused(self, client_for, business_user, member_user, partnership, mine):
        services.post_update(mine, text="Owner moved it on", status="in_progress", by=member_user, expected_version=1)
        response = client_for(business_user).post(url("edit", partnership, pk=mine.pk),
                                                  self.form(mine, text="Overwrite?", status="open", version=1))
        assert response.status_code == 200 and "Someone else changed this record" in response.content.decode()
        mine.refresh_from_db()
        assert (mine.text, mine.status) == ("Send the training figures", "in_progress")

    @pytest.mark.parametrize("changes, message", [
        ({"text": ""}, "Enter what needs to be done"),
        ({"people": [], "groups": ""}, "at least one owner"),
        ({"due_date_day": "31", "due_date_month": "2", "due_date_year": "2026"}, "The due date must be a real date"),
        ({"due_date_day": "", "due_date_month": "2", "due_date_year": "2026"}, "The due date must include a day"),
        ({"due_date_day": "1", "due_date_month": "4", "due_date_year": "2026", "due_at_next_meeting": "on"}, "not both"),
        ({"status": "done"}, "Choose a status from the list"),
        ({"rag": "blue"}, "Choose a RAG status"),
        ({"people": ["abc"]}, "Choose owners from the list"),
        ({"owner_organisation": "424242"}, "Choose an organisation from the list"),
    ])
    def test_bad_input(self, client_for, business_user, partnership, mine, changes, message):
        response = client_for(business_user).post(url("edit", partnership, pk=mine.pk), self.form(mine, **changes))
        assert response.status_code == 200
        assert message in response.content.decode()
        mine.refresh_from_db()
        assert mine.version == 1

    def test_owner_from_another_partnership_not_accepted(self, client_for, business_user, partnership, mine,
                                                         outsider_user, other_partnership):
        stranger = f.person_of(outsider_user, other_partnership)
        response = client_for(business_user).post(url("edit", partnership, pk=mine.pk),
                                                  self.form(mine, people=[stranger.pk]))
        assert response.status_code == 200 and "Choose owners from the list" in response.content.decode()

    def test_other_partnership_gets_404(self, client_for, outsider_user, other_partnership, mine):
        assert client_for(outsider_user).get(url("edit", other_partnership, pk=mine.pk)).status_code == 404


class TestMine:
    def test_lists_live_then_completed_with_update_links(self, client_for, member_user, partnership, mine, theirs):
        done = f.action(partnership, owners=[f.person_of(member_user, partnership)], text="Already finished")
        services.complete_action(done, by=member_user, expected_version=1)
        html = client_for(member_user).get(url("mine", partnership)).content.decode()
        assert html.index("Send the training figures") < html.index("Recently completed") < html.index("Already finished")
        assert "Book the venue" not in html
        assert "1 overdue" in html
        assert f'href="{url("update", partnership, pk=mine.pk)}?next=mine"' in html
        assert "<form" not in html.split("<main", 1)[1]  # no update form per row: one page however many actions

    def test_grouped_overdue_due_soon_later(self, client_for, member_user, partnership, mine):
        me = f.person_of(member_user, partnership)
        f.action(partnership, owners=[me], text="Soon one", due_date=TODAY + f.days(3))
        f.action(partnership, owners=[me], text="Next year", due_date=TODAY + f.days(300))
        f.action(partnership, owners=[me], text="Whenever")
        html = client_for(member_user).get(url("mine", partnership)).content.decode()
        order = ["Overdue</h3>", "Send the training figures", "Due in the next 14 days</h3>", "Soon one",
                 "Due later or no due date</h3>", "Next year", "Whenever"]
        positions = [html.index(text) for text in order]
        assert positions == sorted(positions)

    def test_many_actions_are_paged_not_one_long_page(self, client_for, member_user, partnership):
        me = f.person_of(member_user, partnership)
        for n in range(45):
            f.action(partnership, owners=[me], text=f"Numbered {n:02d}", due_date=TODAY + f.days(n))
        client = client_for(member_user)
        first = client.get(url("mine", partnership)).content.decode()
        second = client.get(url("mine", partnership), {"page": "2"}).content.decode()
        assert "45 to do" in first and "Numbered 00" in first and "Numbered 44" not in first
        assert "Numbered 44" in second and "Numbered 00" not in second
        assert client.get(url("mine", partnership), {"page": "-3"}).status_code == 200

    def test_update_link_opens_a_form_that_returns_to_my_actions(self, client_for, member_user, partnership, mine):
        html = client_for(member_user).get(url("update", partnership, pk=mine.pk), {"next": "mine"}).content.decode()
        assert 'name="next" value="mine"' in html and f'href="{url("mine", partnership)}"' in html

    def test_inline_update_returns_to_my_actions(self, client_for, member_user, partnership, mine):
        response = client_for(member_user).post(url("update", partnership, pk=mine.pk),
                                                {"text": "Halfway", "status": "in_progress", "version": 1,
                                                 "next": "mine"})
        assert response["Location"] == url("mine", partnership)

    def test_next_cannot_redirect_elsewhere(self, client_for, member_user, partnership, mine):
        response = client_for(member_user).post(url("update", partnership, pk=mine.pk),
                                                {"text": "x", "status": "open", "version": 1,
                                                 "next": "https://evil.example/"})
        assert response["Location"] == url("detail", partnership, pk=mine.pk)

    def test_user_without_person_sees_explanation(self, client_for, partnership, member_user):
        from assure.partnerships.models import Person
        Person.objects.filter(user=member_user).update(user=None)
        response = client_for(member_user).get(url("mine", partnership))
        assert response.status_code == 200 and "not linked to a person" in response.content.decode()

    def test_readonly_gets_403(self, client_for, readonly_user, partnership):
        assert client_for(readonly_user).get(url("mine", partnership)).status_code == 403


@pytest.mark.parametrize("name", ["log", "mine", "export"])
def test_anonymous_is_sent_to_sign_in(client, partnership, name):
    response = client.get(url(name, partnership))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("core:sign-in"))


def test_log_queries_do_not_grow_with_rows(client_for, readonly_user, partnership, executive_board,
                                          django_assert_max_num_queries):
    client = client_for(readonly_user)
    m = f.meeting(executive_board, datetime.date(2026, 1, 14))
    f.action(partnership, text="First", meeting=m, item=f.item(m))
    with django_assert_max_num_queries(30) as few:
        client.get(url("log", partnership))
    for n in range(20):
        f.action(partnership, text=f"More {n}", meeting=m, item=f.item(m, str(n)),
                 owners=[f.person_of(readonly_user, partnership), services.Owner(group_name="All members")])
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url("log", partnership))


@pytest.mark.parametrize("name", ["detail", "update", "edit", "complete"])
def test_absurd_ids_are_404_not_500(client_for, business_user, partnership, name):
    assert client_for(business_user).get(url(name, partnership, pk=10**20)).status_code == 404


def test_my_actions_queries_do_not_grow_with_actions(client_for, member_user, partnership, executive_board,
                                                      django_assert_max_num_queries):
    client = client_for(member_user)
    me = f.person_of(member_user, partnership)
    m = f.meeting(executive_board, datetime.date(2026, 1, 14))
    f.action(partnership, owners=[me], text="First", meeting=m, item=f.item(m), due_date=TODAY)
    with django_assert_max_num_queries(30) as few:
        client.get(url("mine", partnership))
    for n in range(60):
        f.action(partnership, owners=[me, services.Owner(group_name="All members")], text=f"More {n}", meeting=m,
                 item=f.item(m, str(n)), due_date=TODAY + f.days(n - 20))
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url("mine", partnership)).status_code == 200

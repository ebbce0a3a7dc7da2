"""The whole meeting's attendance on one form: members' rows, deputies, anyone else, new people, nothing half-saved."""
from django.urls import reverse

from assure.meetings import services
from assure.meetings.models import Attendance, Meeting
from assure.partnerships.models import Membership, Person

from .buttons import default_button_of_form_with_add_another


def url(meeting):
    return reverse("meetings:attendance", kwargs={"slug": meeting.partnership.slug, "meeting_id": meeting.pk})


def recorded(meeting):
    return {a.person.full_name: (a.status, a.deputising_for.full_name if a.deputising_for else None)
            for a in Attendance.objects.filter(meeting=meeting).select_related("person", "deputising_for")}


def test_the_form_has_a_row_per_member_with_their_statuses(business, meeting, people):
    page = business.get(url(meeting)).content.decode()
    members = page.split("Anyone else in attendance")[0]
    for key in ("la", "police", "health"):
        assert people[key].full_name in members
        assert f'name="m{people[key].pk}-status" value="deputy"' in members
    assert f'name="m{people["school"].pk}-status"' not in page   # not a member: added below, if they came


def test_one_post_records_members_a_deputy_and_others(business, meeting, people):
    la, police, health = people["la"], people["police"], people["health"]
    response = business.post(url(meeting), {
        f"m{la.pk}-status": "deputy", f"m{la.pk}-deputy": people["la_deputy"].pk,
        f"m{police.pk}-status": "present", f"m{health.pk}-status": "apologies",
        "o0-person": people["school"].pk, "o0-status": "in_attendance",
        "o1-name": "Greta Newcombe", "o1-status": "in_attendance", "others": "2",
    })
    assert response.status_code == 302
    assert recorded(meeting) == {
        "Lena Ashworth": ("apologies", None), "Liam Adeyemi": ("present", "Lena Ashworth"),
        "Paul Okafor": ("present", None), "Hana Ibrahim": ("apologies", None),
        "Sam Whitlock": ("in_attendance", None), "Greta Newcombe": ("in_attendance", None)}
    new = Person.objects.get(full_name="Greta Newcombe")
    assert new.partnership == meeting.partnership
    rows = Attendance.history.filter(meeting_id=meeting.pk)
    assert rows.count() == 6 and {r.history_user for r in rows} == {response.wsgi_request.user}
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.HELD


def test_reopening_shows_what_was_recorded_and_saving_again_replaces_the_list(business, meeting, people):
    la, police = people["la"], people["police"]
    business.post(url(meeting), {f"m{la.pk}-status": "deputy", f"m{la.pk}-deputy": people["la_deputy"].pk,
                                 f"m{police.pk}-status": "present", "o0-person": people["school"].pk,
                                 "o0-status": "in_attendance"})
    form = business.get(url(meeting)).context["form"]
    assert form[f"m{la.pk}-status"].value() == "deputy"
    assert str(form[f"m{la.pk}-deputy"].value()) == str(people["la_deputy"].pk)
    assert form[f"m{police.pk}-status"].value() == "present"
    assert str(form["o0-person"].value()) == str(people["school"].pk)
    # Saved again with the deputy cleared and the guest's row emptied: both come off the list.
    business.post(url(meeting), {f"m{la.pk}-status": "apologies", f"m{police.pk}-status": "present"})
    assert recorded(meeting) == {"Lena Ashworth": ("apologies", None), "Paul Okafor": ("present", None)}


def test_a_deputy_without_a_name_is_asked_for_and_nothing_is_saved(business, meeting, people):
    la, police = people["la"], people["police"]
    response = business.post(url(meeting), {f"m{la.pk}-status": "deputy", f"m{police.pk}-status": "present"})
    page = response.content.decode()
    assert response.status_code == 200 and "Choose who deputised for Lena Ashworth" in page
    assert f'href="#id_m{la.pk}-deputy"' in page   # the error summary links to the field
    assert "<title>Error:" in page
    assert f'value="present" id="id_m{police.pk}-status_0" checked' in page   # what was chosen is kept
    assert not Attendance.objects.exists()


def test_a_deputy_typed_with_another_status_is_not_silently_dropped(business, meeting, people):
    la = people["la"]
    response = business.post(url(meeting), {f"m{la.pk}-status": "present", f"m{la.pk}-deputy_name": "Dora Stand"})
    assert "Choose &#x27;Sent a deputy&#x27; for Lena Ashworth" in response.content.decode()
    assert not Attendance.objects.exists() and not Person.objects.filter(full_name="Dora Stand").exists()


def test_a_new_name_closely_matching_someone_is_warned_with_a_link_then_confirmed(business, meeting, people):
    data = {"o0-name": "Paul Okafer", "o0-status": "in_attendance"}
    response = business.post(url(meeting), data)
    page = response.content.decode()
    assert "closely matches Paul Okafor" in page
    assert reverse("partnerships:person-detail", args=[meeting.partnership.slug, people["police"].pk]) in page
    assert "This is a different person" in page
    assert not Person.objects.filter(full_name="Paul Okafer").exists() and not Attendance.objects.exists()
    response = business.post(url(meeting), {**data, "o0-name_different": "on"})
    assert response.status_code == 302
    assert recorded(meeting) == {"Paul Okafer": ("in_attendance", None)}


def test_add_another_person_keeps_everything_typed_and_saves_nothing(business, meeting, people):
    la = people["la"]
    response = business.post(url(meeting), {f"m{la.pk}-status": "apologies", "o0-name": "Greta Newcombe",
                                            "others": "2", "add_another": "1"})
    form = response.context["form"]
    assert len(form.other_rows()) == 3
    assert form[f"m{la.pk}-status"].value() == "apologies" and form["o0-name"].value() == "Greta Newcombe"
    assert "There is a problem" not in response.content.decode()
    assert not Attendance.objects.exists() and not Person.objects.filter(full_name="Greta Newcombe").exists()


def test_a_refusal_by_the_service_rolls_back_new_people(business, meeting, people):
    # The same person twice (as a member's deputy and as a guest): refused, and the new guest is not kept.
    la = people["la"]
    response = business.post(url(meeting), {
        f"m{la.pk}-status": "deputy", f"m{la.pk}-deputy": people["school"].pk,
        "o0-person": people["school"].pk, "o1-name": "Greta Newcombe", "others": "2"})
    assert response.status_code == 200 and "on the list twice" in response.content.decode()
    assert not Attendance.objects.exists() and not Person.objects.filter(full_name="Greta Newcombe").exists()


def test_attendance_of_a_meeting_not_yet_held_is_refused_on_the_form(business, future_meeting, people):
    assert "has not happened yet" in business.get(url(future_meeting)).content.decode()   # said before typing
    response = business.post(url(future_meeting), {f"m{people['la'].pk}-status": "present"})
    assert "has not happened yet" in response.content.decode()
    assert not Attendance.objects.exists()


def test_someone_from_another_partnership_is_refused(business, meeting, other_person):
    response = business.post(url(meeting), {"o0-person": other_person.pk})
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert not Attendance.objects.exists()


def as_posted(form):
    """What the browser sends for the form as shown, nothing touched (empty boxes and unticked choices are not sent)."""
    return {name: form[name].value() for name in form.fields if form[name].value() not in (None, "", False)}


def test_a_member_recorded_in_attendance_reopens_as_such_and_saving_untouched_keeps_it(
        business, meeting, people, business_user):
    # As a minutes import records a member listed under "In attendance".
    la, police = people["la"], people["police"]
    services.record_attendance(meeting, entries=[services.AttendanceEntry(la, Attendance.Status.IN_ATTENDANCE),
                                                 services.AttendanceEntry(police, Attendance.Status.PRESENT)],
                               by=business_user)
    response = business.get(url(meeting))
    form = response.context["form"]
    assert form[f"m{la.pk}-status"].value() == Attendance.Status.IN_ATTENDANCE
    assert f'name="m{la.pk}-status" value="in_attendance"' in response.content.decode()
    assert f'name="m{police.pk}-status" value="in_attendance"' not in response.content.decode()   # only where recorded
    assert business.post(url(meeting), as_posted(form)).status_code == 302
    assert recorded(meeting) == {"Lena Ashworth": ("in_attendance", None), "Paul Okafor": ("present", None)}


def test_a_member_who_deputised_for_another_member_reopens_and_saves_untouched(business, meeting, people):
    la, police = people["la"], people["police"]   # both members: the police lead stood in for the council's
    assert business.post(url(meeting), {f"m{la.pk}-status": "deputy", f"m{la.pk}-deputy": police.pk}).status_code == 302
    expected = {"Lena Ashworth": ("apologies", None), "Paul Okafor": ("present", "Lena Ashworth")}
    assert recorded(meeting) == expected
    form = business.get(url(meeting)).context["form"]
    assert business.post(url(meeting), as_posted(form)).status_code == 302
    assert recorded(meeting) == expected


def test_a_member_who_deputised_cannot_also_have_sent_apologies(business, meeting, people):
    la, police = people["la"], people["police"]
    response = business.post(url(meeting), {f"m{la.pk}-status": "deputy", f"m{la.pk}-deputy": police.pk,
                                            f"m{police.pk}-status": "apologies"})
    assert response.status_code == 200
    assert "Paul Okafor deputised for Lena Ashworth, so was there: choose Present" in response.content.decode()
    assert not Attendance.objects.exists()


def test_the_page_reads_the_people_once_however_many_members_the_board_has(business, meeting, board, partnership,
                                                                           django_assert_max_num_queries):
    with django_assert_max_num_queries(60) as few:
        assert business.get(url(meeting)).status_code == 200
    for n in range(12):   # a full Executive Board: a row, and a deputy list, per member
        person = Person.objects.create(partnership=partnership, full_name=f"Board Member {n}")
        Membership.objects.create(body=board, person=person)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert business.get(url(meeting)).status_code == 200


def test_enter_in_a_text_box_saves_rather_than_adding_another_person(business, meeting):
    button = default_button_of_form_with_add_another(business.get(url(meeting)).content.decode())
    assert button["name"] is None and button["text"] == "Save attendance"

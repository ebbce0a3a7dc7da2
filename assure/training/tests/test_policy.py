"""The training policy: saving it (first time and after), refusals of absurd values, the pages."""
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from assure.core.concurrency import EditConflict
from assure.training import services
from assure.training.models import TrainingPolicy
from assure.training.queries import policy_for

GOOD = {"notice_working_days": 5, "did_not_attend_charge_pence": 6000, "late_cancellation_charge_pence": 3000,
        "after_link_days": 14, "follow_up_from_weeks": 6, "follow_up_until_weeks": 8,
        "charging_note": "Charged to the delegate's organisation"}


def url(name, partnership):
    return reverse(f"training:{name}", args=[partnership.slug])


def test_first_save_creates_the_policy_then_changes_need_its_version(partnership, business_user):
    policy = services.save_policy(partnership=partnership, by=business_user, expected_version=None, **GOOD)
    assert policy_for(partnership).did_not_attend_charge_pence == 6000
    with pytest.raises(EditConflict):
        services.save_policy(partnership=partnership, by=business_user, expected_version=None, **GOOD)
    changed = services.save_policy(partnership=partnership, by=business_user, expected_version=policy.version,
                                   **(GOOD | {"notice_working_days": 10}))
    assert changed.notice_working_days == 10 and TrainingPolicy.objects.count() == 1
    with pytest.raises(EditConflict):
        services.save_policy(partnership=partnership, by=business_user, expected_version=policy.version, **GOOD)


@pytest.mark.parametrize("changes, field, message", [
    ({"did_not_attend_charge_pence": -100}, "did_not_attend_charge_pence", "cannot be negative"),
    ({"late_cancellation_charge_pence": 100_001}, "late_cancellation_charge_pence", "£1,000.00 or less"),
    ({"notice_working_days": 31}, "notice_working_days", "30 working days or fewer"),
    ({"notice_working_days": -1}, "notice_working_days", "must be 0 or more"),
    ({"after_link_days": 0}, "after_link_days", "must be 1 or more"),
    ({"follow_up_from_weeks": 8, "follow_up_until_weeks": 8}, "follow_up_until_weeks", "must end later"),
    ({"follow_up_until_weeks": 27}, "follow_up_until_weeks", "26 weeks or fewer"),
    ({"follow_up_from_weeks": 0}, "follow_up_from_weeks", "must be 1 or more"),
])
def test_absurd_values_are_refused_naming_the_field(partnership, business_user, changes, field, message):
    with pytest.raises(ValidationError) as refused:
        services.save_policy(partnership=partnership, by=business_user, expected_version=None, **(GOOD | changes))
    assert message in " ".join(refused.value.message_dict[field])
    assert not TrainingPolicy.objects.exists()


def posted(**changes):
    return {"version": "0", "notice_working_days": "5", "did_not_attend_charge_pence": "£75.00",
            "late_cancellation_charge_pence": "25", "charging_note": "", "after_link_days": "14",
            "follow_up_from_weeks": "6", "follow_up_until_weeks": "8"} | changes


def test_the_business_team_sets_the_policy_in_pounds_and_everyone_reads_it(partnership, business_user, member_user,
                                                                           client_for):
    page = client_for(member_user).get(url("policy", partnership)).content.decode()
    assert "£50.00" in page and "has not set its own policy" in page and "Change the policy" not in page
    response = client_for(business_user).post(url("policy-edit", partnership), posted())
    assert response.status_code == 302
    policy = TrainingPolicy.objects.get()
    assert (policy.did_not_attend_charge_pence, policy.late_cancellation_charge_pence) == (7500, 2500)
    page = client_for(member_user).get(url("policy", partnership)).content.decode()
    assert "£75.00" in page and "£25.00" in page and "From 6 to 8 weeks" in page
    edit = client_for(business_user).get(url("policy-edit", partnership)).content.decode()
    assert 'value="75.00"' in edit
    # The change history shows the charges in pounds, not as stored pence.
    assert "Did not attend charge: £75.00" in page and "7500" not in page


@pytest.mark.parametrize("changes, message", [
    ({"did_not_attend_charge_pence": "-5"}, "cannot be negative"),
    ({"did_not_attend_charge_pence": ""}, "Enter the charge for not attending"),
    ({"late_cancellation_charge_pence": "lots"}, "is not an amount in pounds and pence"),
    ({"follow_up_until_weeks": "4"}, "The follow-up must end later than it starts"),
    ({"notice_working_days": "99"}, "must be 30 working days or fewer"),
])
def test_the_form_refuses_bad_values_with_a_message(partnership, business_user, client_for, changes, message):
    response = client_for(business_user).post(url("policy-edit", partnership), posted(**changes))
    page = response.content.decode()
    assert response.status_code == 200 and "<title>Error:" in page and message in page
    assert not TrainingPolicy.objects.exists()

"""call_service: a refusal lands on the right field, nothing half-written stays, never a 500."""
import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from assure.core.concurrency import EditConflict
from assure.core.forms import STALE_PAGE, VersionedForm, call_service, call_service_for_button

pytestmark = pytest.mark.django_db


class NameForm(VersionedForm):
    name = forms.CharField(label="Name", error_messages={"required": "Enter the name"})


def valid_form():
    form = NameForm({"name": "Ann", "version": "3"})
    assert form.is_valid()
    return form


def test_success_gives_the_result():
    outcome = call_service(valid_form(), lambda a, b=0: a + b, 2, b=3)
    assert outcome and outcome.result == 5


@pytest.mark.parametrize("error, field_errors, form_errors", [
    (ValidationError({"name": "That name is taken"}), {"name": ["That name is taken"]}, []),
    (ValidationError({"colour": "Choose a colour"}), {}, ["Choose a colour"]),
    (ValidationError("The meeting is cancelled"), {}, ["The meeting is cancelled"]),
    (ValidationError("Enter a shorter name", code="name"), {"name": ["Enter a shorter name"]}, []),
    (ValidationError(["First problem", "Second problem"]), {}, ["First problem", "Second problem"]),
    (EditConflict(), {}, [str(EditConflict())]),
])
def test_refusals_go_on_the_field_they_name_or_the_form(error, field_errors, form_errors):
    form = valid_form()

    def refuse():
        raise error

    outcome = call_service(form, refuse)
    assert not outcome
    assert {name: errors for name, errors in form.errors.items() if name != "__all__"} == field_errors
    assert form.non_field_errors() == form_errors


def test_whatever_the_service_wrote_before_refusing_is_rolled_back():
    def half_write():
        get_user_model().objects.create(username="half-written")
        raise ValidationError("Refused after writing")

    assert not call_service(valid_form(), half_write)
    assert not get_user_model().objects.filter(username="half-written").exists()


def test_a_clashing_save_is_a_message_not_a_500():
    get_user_model().objects.create(username="taken")
    form = valid_form()
    assert not call_service(form, lambda: get_user_model().objects.create(username="taken"))
    assert "clashes with something saved at the same moment" in form.non_field_errors()[0]


@pytest.mark.parametrize("version", ["", "x", "0"])
def test_a_missing_or_tampered_version_asks_to_reload(version):
    form = NameForm({"name": "Ann", "version": version})
    assert not form.is_valid()
    assert form.errors["version"] == [STALE_PAGE]


def button_request():
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.test import RequestFactory

    request = RequestFactory().post("/")
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


def test_a_button_refusal_becomes_an_error_banner_and_writes_nothing():
    from django.contrib.messages import get_messages

    request = button_request()

    def refuse():
        get_user_model().objects.create(username="half-written")
        raise ValidationError({"direction": "It is already the first item"})

    assert not call_service_for_button(request, refuse)
    assert [(m.level_tag, m.message) for m in get_messages(request)] == [("error", "It is already the first item")]
    assert not get_user_model().objects.filter(username="half-written").exists()


def test_a_button_that_succeeds_gives_the_result_and_no_banner():
    from django.contrib.messages import get_messages

    request = button_request()
    outcome = call_service_for_button(request, lambda: "moved")
    assert outcome and outcome.result == "moved" and not list(get_messages(request))

"""Every required field of every form in the project says what to do, never Django's "This field is required."

The walk imports each app's forms and views modules (forms are sometimes declared beside a view), builds each
form class with the keyword arguments its __init__ asks for, and checks every field it ends up with, so fields
added in __init__ are checked too.
"""
import datetime
import importlib
import inspect
import pkgutil

import pytest
from django import forms

import assure

DEFAULT_REQUIRED = str(forms.Field.default_error_messages["required"])


def form_modules():
    for info in pkgutil.walk_packages(assure.__path__, "assure."):
        parts = info.name.split(".")
        if "tests" in parts or "migrations" in parts:
            continue
        if any(part.startswith(("forms", "views", "filters")) for part in parts[2:]):
            yield importlib.import_module(info.name)


def form_classes():
    found = {}
    for module in form_modules():
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, forms.BaseForm) and value.__module__.startswith("assure.")
                    and value.__module__ == module.__name__):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return found


@pytest.fixture
def known_arguments(partnership, executive_board):
    from assure.actions.models import Action
    from assure.assurance.models import Activity
    from assure.meetings.models import Meeting
    from assure.reviews.models import Review

    meeting = Meeting.objects.create(partnership=partnership, body=executive_board, date=datetime.date(2026, 3, 2))
    activity = Activity.objects.create(partnership=partnership, year=2025, kind="case_audit", title="Audit")
    return {"partnership": partnership, "meeting": meeting, "body": executive_board,
            "status_choices": Action.Status.choices, "activity": activity,
            "reviews": Review.objects.filter(partnership=partnership)}


def test_the_walk_finds_the_forms_of_every_app():
    apps = {name.split(".")[1] for name in form_classes()}
    assert {"actions", "assurance", "core", "imports", "meetings", "partnerships", "reviews"} <= apps


def test_every_required_field_has_its_own_message(known_arguments):
    vague, unbuildable = [], []
    for name, form_class in sorted(form_classes().items()):
        wanted = [p.name for p in inspect.signature(form_class).parameters.values()
                  if p.kind is p.KEYWORD_ONLY and p.default is p.empty]
        missing = [arg for arg in wanted if arg not in known_arguments]
        if missing:
            unbuildable.append(f"{name} needs {missing}: add them to known_arguments")
            continue
        unbound = [None for p in inspect.signature(form_class).parameters.values()
                   if p.kind is p.POSITIONAL_OR_KEYWORD and p.default is p.empty]  # e.g. a filter form's `data`
        form = form_class(*unbound, **{arg: known_arguments[arg] for arg in wanted})
        vague += [f"{name}.{field_name}" for field_name, field in form.fields.items()
                  if field.required and str(field.error_messages.get("required")) == DEFAULT_REQUIRED]
    assert not unbuildable, "\n".join(unbuildable)
    assert not vague, ("Give these required fields a message saying what to do (\"Enter the title\", "
                       "\"Choose the body\"):\n" + "\n".join(vague))

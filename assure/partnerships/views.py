"""Pages describing the partnership: organisations, people, bodies and their members, sign-in accounts.

Each view: check permission (decorator), bind a form, call one service, render or redirect.
"""
from functools import partial

from django import forms
from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import call_service, call_service_for_button
from assure.core.history import history_rows
from assure.core.pages import confirm_page, form_page
from assure.core.pagination import paginate
from assure.jobs import exports

from . import queries, services
from .filters import PeopleFilter
from .forms import (
    AccountForm,
    AddPersonForm,
    BodyForm,
    EditBodyForm,
    EditMembershipForm,
    EditOrganisationForm,
    EditPersonForm,
    EditPriorityForm,
    MembershipForm,
    OrganisationForm,
    PriorityForm,
    RoleForm,
)
from .models import Body, Membership, Organisation, Person, Priority, Role


def _to(name, request, *args):
    return redirect(reverse(f"partnerships:{name}", args=[request.partnership.slug, *args]))


def _history(request, obj, related=()):
    return history_rows(obj, related=related, partnership=request.partnership)


# --- Organisations -------------------------------------------------------------------------------

@partnership_view(READ)
def organisation_list(request):
    return render(request, "partnerships/organisation_list.html",
                  {"organisations": paginate(request, queries.organisations(request.partnership), per_page=50)})


@partnership_view(READ)
def organisation_detail(request, pk):
    organisation = get_object_or_404(Organisation, pk=pk, partnership=request.partnership)
    return render(request, "partnerships/organisation_detail.html", {
        "organisation": organisation, "people": organisation.people.order_by("full_name"),
        "history": _history(request, organisation),
    })


@partnership_view(MANAGE)
def organisation_add(request):
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(form, services.create_organisation,
            partnership=request.partnership, name=data["name"], short_name=data["short_name"], kind=data["kind"],
            by=request.user)
        if outcome:
            organisation = outcome.result
            messages.success(request, f"{organisation} added.")
            return _to("organisation-list", request)
    return form_page(request, form, title="Add an organisation", back_url=reverse("partnerships:organisation-list", args=[request.partnership.slug]))


@partnership_view(MANAGE)
def organisation_edit(request, pk):
    organisation = get_object_or_404(Organisation, pk=pk, partnership=request.partnership)
    form = EditOrganisationForm(request.POST or None, initial={
        "name": organisation.name, "short_name": organisation.short_name, "kind": organisation.kind,
        "version": organisation.version})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(form, services.update_organisation,
            organisation, name=data["name"], short_name=data["short_name"], kind=data["kind"], by=request.user,
            expected_version=form.expected_version)
        if outcome:
            saved = outcome.result
            messages.success(request, f"{saved} saved.")
            return _to("organisation-detail", request, saved.pk)
    return form_page(request, form, title=f"Change {organisation}", back_url=reverse("partnerships:organisation-detail", args=[request.partnership.slug, pk]))


# --- People --------------------------------------------------------------------------------------

# The people list's columns in a download (jobs.exports, ADR 0148).
PEOPLE_COLUMNS = [
    ("Name", "full_name"), ("Initials", "initials"), ("Job title", "job_title"), ("Organisation", "organisation.name"),
    ("Email", "email"), ("Signs in to Assure", lambda person: person.user_id is not None),
]


@partnership_view(READ)
def person_list(request):
    people = PeopleFilter.from_request(request, queries.people(request.partnership))
    if exports.wanted(request):
        return exports.download(request, people.qs, PEOPLE_COLUMNS, "people")
    return render(request, "partnerships/person_list.html", {
        "form": people.form, "filtered": people.is_filtering, "people": paginate(request, people.qs, per_page=50),
        "shared_initials": queries.shared_initials(request.partnership),
    })


@partnership_view(READ)
def person_detail(request, pk):
    person = get_object_or_404(Person.objects.select_related("organisation", "user"), pk=pk,
                               partnership=request.partnership)
    return render(request, "partnerships/person_detail.html", {
        "person": person, "namesakes": queries.people_sharing_initials(person),
        "memberships": person.memberships.select_related("body", "deputy"),
        "deputy_for": person.deputy_for.select_related("body", "person"),
        "history": _history(request, person),
    })


def _warn_shared_initials(request, person):
    namesakes = list(queries.people_sharing_initials(person))
    if namesakes:
        names = ", ".join(p.full_name for p in namesakes)
        messages.warning(request, f"{person.full_name} shares the initials {person.initials} with {names}. Actions "
                                  "written against these initials could mean either: consider longer initials.")


@partnership_view(MANAGE)
def person_add(request):
    form = AddPersonForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(form, services.create_person,
            partnership=request.partnership, full_name=data["full_name"], initials=data["initials"],
            job_title=data["job_title"], organisation=data["organisation"], email=data["email"], by=request.user,
            confirmed_different=data.get("different_person", False))
        if outcome:
            person = outcome.result
            messages.success(request, f"{person} added.")
            _warn_shared_initials(request, person)
            return _to("person-detail", request, person.pk)
    return form_page(request, form, title="Add a person", back_url=reverse("partnerships:person-list", args=[request.partnership.slug]))


@partnership_view(MANAGE)
def person_edit(request, pk):
    person = get_object_or_404(Person, pk=pk, partnership=request.partnership)
    form = EditPersonForm(request.POST or None, partnership=request.partnership, person=person, initial={
        "full_name": person.full_name, "initials": person.initials, "job_title": person.job_title,
        "organisation": person.organisation_id, "email": person.email, "version": person.version})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(form, services.update_person,
            person, full_name=data["full_name"], initials=data["initials"], job_title=data["job_title"],
            organisation=data["organisation"], email=data["email"], by=request.user,
            expected_version=form.expected_version, confirmed_different=data.get("different_person", False))
        if outcome:
            saved = outcome.result
            messages.success(request, f"{saved} saved.")
            _warn_shared_initials(request, saved)
            return _to("person-detail", request, saved.pk)
    return form_page(request, form, title=f"Change {person}", back_url=reverse("partnerships:person-detail", args=[request.partnership.slug, pk]))


# --- Bodies and their members --------------------------------------------------------------------

@partnership_view(READ)
def body_list(request):
    return render(request, "partnerships/body_list.html", {"bodies": queries.bodies(request.partnership)})


@partnership_view(READ)
def body_detail(request, pk):
    body = get_object_or_404(Body.objects.select_related("reports_to"), pk=pk, partnership=request.partnership)
    return render(request, "partnerships/body_detail.html", {
        "body": body, "members": queries.members_of(body), "subgroups": body.subgroups.order_by("name"),
        "meetings": queries.meetings_of(body),
        "history": _history(request, body, related=[Membership.history.filter(body_id=body.pk)]),
    })


@partnership_view(MANAGE)
def body_add(request):
    form = BodyForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(form, services.create_body,
            partnership=request.partnership, name=data["name"], short_name=data["short_name"], kind=data["kind"],
            reports_to=data["reports_to"], by=request.user)
        if outcome:
            body = outcome.result
            messages.success(request, f"{body} added. Now add its members.")
            return _to("body-detail", request, body.pk)
    return form_page(request, form, title="Add a board or group", back_url=reverse("partnerships:body-list", args=[request.partnership.slug]))


@partnership_view(MANAGE)
def body_edit(request, pk):
    body = get_object_or_404(Body, pk=pk, partnership=request.partnership)
    form = EditBodyForm(request.POST or None, partnership=request.partnership, body=body, initial={
        "name": body.name, "short_name": body.short_name, "kind": body.kind, "reports_to": body.reports_to_id,
        "version": body.version})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(form, services.update_body,
            body, name=data["name"], short_name=data["short_name"], kind=data["kind"],
            reports_to=data["reports_to"], by=request.user, expected_version=form.expected_version)
        if outcome:
            saved = outcome.result
            messages.success(request, f"{saved} saved.")
            return _to("body-detail", request, saved.pk)
    return form_page(request, form, title=f"Change {body}", back_url=reverse("partnerships:body-detail", args=[request.partnership.slug, pk]))


@partnership_view(MANAGE)
def membership_add(request, pk):
    body = get_object_or_404(Body, pk=pk, partnership=request.partnership)
    form = MembershipForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(form, services.add_member,
            body, person=data["person"], role=data["role"], deputy=data["deputy"], by=request.user)
        if outcome:
            membership = outcome.result
            messages.success(request, f"{membership.person} added to {body} as {membership.get_role_display().lower()}.")
            return _to("body-detail", request, body.pk)
    return form_page(request, form, title=f"Add a member to {body}", back_url=reverse("partnerships:body-detail", args=[request.partnership.slug, pk]))


def _membership(request, pk):
    return get_object_or_404(Membership.objects.select_related("body", "person"), pk=pk,
                             body__partnership=request.partnership)


@partnership_view(MANAGE)
def membership_edit(request, pk):
    membership = _membership(request, pk)
    form = EditMembershipForm(request.POST or None, partnership=request.partnership, initial={
        "role": membership.role, "deputy": membership.deputy_id, "version": membership.version})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(form, services.update_membership,
            membership, role=data["role"], deputy=data["deputy"], by=request.user,
            expected_version=form.expected_version)
        if outcome:
            saved = outcome.result
            messages.success(request, f"{saved.person}'s membership of {saved.body} saved.")
            return _to("body-detail", request, saved.body_id)
    return form_page(request, form, title=f"{membership.person} on {membership.body}", back_url=reverse("partnerships:body-detail", args=[request.partnership.slug, membership.body_id]))


@partnership_view(MANAGE)
def membership_remove(request, pk):
    membership = _membership(request, pk)
    form = forms.Form(request.POST if request.method == "POST" else None)  # carries a refusal to the error summary
    if request.method == "POST" and call_service(form, services.remove_member, membership, by=request.user):
        messages.success(request, f"{membership.person} removed from {membership.body}.")
        return _to("body-detail", request, membership.body_id)
    return confirm_page(
        request, form=form, title=f"Remove {membership.person} from {membership.body}?",
        paragraphs=["Their past attendance and actions stay on record."], button="Remove member",
        cancel_url=reverse("partnerships:body-detail", args=[request.partnership.slug, membership.body_id]))


# --- Strategic priorities -----------------------------------------------------------------------

@partnership_view(READ)
def priority_list(request):
    return render(request, "partnerships/priority_list.html",
                  {"priorities": Priority.objects.filter(partnership=request.partnership).order_by("position", "title")})


def _priority_fields(data) -> dict:
    return {"title": data["title"], "description": data["description"], "first_year": data["first_year"],
            "last_year": data["last_year"]}


@partnership_view(MANAGE)
def priority_add(request):
    form = PriorityForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_priority, partnership=request.partnership, by=request.user,
                               **_priority_fields(form.cleaned_data))
        if outcome:
            messages.success(request, f"{outcome.result} added to the priorities.")
            return _to("priority-list", request)
    return form_page(request, form, title="Add a strategic priority",
                     back_url=reverse("partnerships:priority-list", args=[request.partnership.slug]))


@partnership_view(MANAGE)
def priority_edit(request, pk):
    priority = get_object_or_404(Priority, pk=pk, partnership=request.partnership)
    form = EditPriorityForm(request.POST or None, priority=priority, initial={
        "title": priority.title, "description": priority.description, "first_year": priority.first_year,
        "last_year": priority.last_year, **EditPriorityForm.version_of(priority)})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.edit_priority, priority, by=request.user,
                               expected_version=form.expected_version, **_priority_fields(form.cleaned_data))
        if outcome:
            messages.success(request, f"{outcome.result} saved.")
            return _to("priority-list", request)
    return form_page(request, form, title=f"Change {priority}",
                     back_url=reverse("partnerships:priority-list", args=[request.partnership.slug]))


@partnership_view(MANAGE)
def priority_move(request, pk):
    priority = get_object_or_404(Priority, pk=pk, partnership=request.partnership)
    if request.method != "POST":   # after the lookup: another partnership's id is a 404, not a 405
        return HttpResponseNotAllowed(["POST"])
    call_service_for_button(request, services.move_priority, priority, by=request.user,
                            direction=request.POST.get("direction", ""))
    return _to("priority-list", request)


# --- Sign-in accounts (business team only) -------------------------------------------------------

@partnership_view(MANAGE)
def account_list(request):
    return render(request, "partnerships/account_list.html", {
        "accounts": queries.accounts(request.partnership),
        "deactivated": queries.deactivated_accounts(request.partnership),
    })


@partnership_view(MANAGE)
def account_add(request):
    form = AccountForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(form, services.create_account,
            partnership=request.partnership, person=data["person"], username=data["username"], kind=data["kind"],
            by=request.user)
        if outcome:
            role, password = outcome.result
            # Shown once, on this response only: never stored in a message or the session.
            return render(request, "partnerships/account_password.html", {
                "title": "Account created", "role": role, "person": data["person"], "password": password})
    return form_page(
        request, form, title="Create a sign-in account",
        intro="You will be shown a temporary password to give to them. At first sign-in they set up an "
              "authenticator app on their phone.",
        back_url=reverse("partnerships:account-list", args=[request.partnership.slug]))


def _role(request, pk):
    return get_object_or_404(Role.objects.select_related("user"), pk=pk, partnership=request.partnership)


@partnership_view(MANAGE)
def account_edit(request, pk):
    role = _role(request, pk)
    form = RoleForm(request.POST or None, initial={"kind": role.kind})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.change_role, role, kind=form.cleaned_data["kind"], by=request.user)
        if outcome:
            saved = outcome.result
            messages.success(request, f"{saved.user.get_username()} is now {saved.get_kind_display().lower()}.")
            # Someone who gave up their own business team role can no longer see the accounts page.
            if saved.user_id == request.user.pk:
                return redirect("reports:dashboard", request.partnership.slug)
            return _to("account-list", request)
    return form_page(request, form, title=f"Change the role of {role.user.get_username()}",
                     back_url=reverse("partnerships:account-list", args=[request.partnership.slug]))


def _confirm_account_change(request, *, title, text, button, write, done):
    form = forms.Form(request.POST if request.method == "POST" else None)  # carries a refusal to the error summary
    if request.method == "POST":
        outcome = call_service(form, write)
        if outcome:
            return done(outcome.result)
    return confirm_page(request, form=form, title=title, paragraphs=[text], button=button,
                        cancel_url=reverse("partnerships:account-list", args=[request.partnership.slug]))


@partnership_view(MANAGE)
def account_deactivate(request, pk):
    role = _role(request, pk)

    def done(_):
        messages.success(request, f"{role.user.get_username()} can no longer see {request.partnership}.")
        return _to("account-list", request)

    return _confirm_account_change(
        request, title=f"Deactivate {role.user.get_username()}?",
        text="They will no longer be able to see this partnership. Their name stays on minutes and actions, "
             "and you can give them access again later.",
        button="Deactivate account", write=partial(services.deactivate_account, role, by=request.user), done=done)


@partnership_view(MANAGE)
def account_reset(request, pk):
    role = _role(request, pk)

    def done(password):
        return render(request, "partnerships/account_password.html", {
            "title": "Sign-in reset", "role": role, "person": role.user.people.filter(partnership=request.partnership).first(),
            "password": password})

    return _confirm_account_change(
        request, title=f"Reset the sign-in of {role.user.get_username()}?",
        text="For a lost phone or forgotten password: they get a new temporary password, their authenticator app "
             "and backup codes stop working, and they set up a new app at their next sign-in.",
        button="Reset sign-in", write=partial(services.reset_sign_in, role, by=request.user), done=done)


@partnership_view(MANAGE)
def account_reactivate(request, pk):
    person = get_object_or_404(Person, pk=pk, partnership=request.partnership, user__isnull=False)
    form = RoleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.reactivate_account, person, kind=form.cleaned_data["kind"], by=request.user)
        if outcome:
            role = outcome.result
            messages.success(request, f"{person} can sign in again as {role.get_kind_display().lower()}.")
            return _to("account-list", request)
    return form_page(request, form, title=f"Give {person} access again", back_url=reverse("partnerships:account-list", args=[request.partnership.slug]))

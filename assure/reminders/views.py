"""Reminders' pages: "Your emails" (every role: what you receive), the business team's "Emails" (what was not
sent and why, with "Try again"; the last sent), the partnership's reminder settings, and telling a body's members
that a meeting's papers or minutes are published."""
from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import call_service, call_service_for_button
from assure.core.pages import confirm_page, form_page
from assure.mail import queries as mail_queries
from assure.mail import services as mail_services
from assure.mail.models import Email
from assure.mail.sending import MAX_ATTEMPTS
from assure.meetings.models import Meeting

from . import compose, queries, services
from .forms import PreferenceForm, SettingsForm


@partnership_view(READ)
def mine(request):
    """What this person receives, and the last emails sent to them. Everyone chooses their own, read-only too:
    it changes no record of the partnership."""
    person = queries.person_of(request.user, request.partnership)
    form = None
    if person is not None:
        preference = queries.preference_for(person)
        form = PreferenceForm(request.POST or None, initial=PreferenceForm.initial_for(preference))
        if request.method == "POST" and form.is_valid():
            choices = {name: form.cleaned_data[name] for name in PreferenceForm.declared_fields if name != "version"}
            if call_service(form, services.update_preferences, person, by=request.user,
                            expected_version=form.expected_version, **choices):
                messages.success(request, "Your choice of emails is saved.")
                return redirect("reminders:mine", request.partnership.slug)
    return render(request, "reminders/mine.html", {
        "person": person, "form": form, "emails": mail_queries.sent_to(person) if person else [],
    })


@partnership_view(MANAGE)
def outbox(request):
    partnership = request.partnership
    return render(request, "reminders/outbox.html", {
        "not_sent": mail_queries.not_sent(partnership)[:100], "waiting": mail_queries.waiting(partnership).count(),
        "sent": mail_queries.last_sent(partnership), "settings": queries.settings_for(partnership),
        "max_attempts": MAX_ATTEMPTS,
    })


@partnership_view(MANAGE)
def try_again(request, email_id):
    email = get_object_or_404(Email, partnership=request.partnership, pk=email_id)
    if request.method != "POST":   # after the lookup: another partnership's id is a 404, not a 405
        return HttpResponseNotAllowed(["POST"])
    outcome = call_service_for_button(request, mail_services.try_again, email, by=request.user)
    if outcome:
        email = outcome.result
        if email.status == Email.Status.SENT:
            messages.success(request, f"Sent to {email.to}.")
        else:
            messages.error(request, f"Still not sent to {email.to}: {email.last_error or 'it waits for the queue'}.")
    return redirect("reminders:outbox", request.partnership.slug)


@partnership_view(MANAGE)
def settings_edit(request):
    settings = queries.settings_for(request.partnership)
    form = SettingsForm(request.POST or None, initial=SettingsForm.initial_for(settings))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.update_settings, request.partnership, by=request.user,
                        expected_version=form.expected_version, days_before_due=form.cleaned_data["days_before_due"],
                        digest_weekday=form.cleaned_data["digest_weekday"],
                        team_digest=form.cleaned_data["team_digest"]):
            messages.success(request, "Reminder settings saved.")
            return redirect("reminders:outbox", request.partnership.slug)
    return form_page(request, form, title="Reminder settings", submit="Save settings",
                     back_url=reverse("reminders:outbox", args=[request.partnership.slug]))


WHAT = {"papers": "the papers", "minutes": "the minutes"}


@partnership_view(MANAGE)
def tell_members(request, meeting_id, what):
    meeting = get_object_or_404(Meeting.objects.select_related("body", "partnership"),
                                partnership=request.partnership, pk=meeting_id)
    if what not in WHAT:
        raise Http404("Papers or minutes only")
    meeting_url = reverse("meetings:detail", args=[request.partnership.slug, meeting.pk])
    form = None
    if request.method == "POST":
        form = forms.Form(request.POST)   # nothing to fill in: carries a refusal to the error summary
        form.is_valid()
        outcome = call_service(form, services.tell_members, meeting, by=request.user, what=what)
        if outcome:
            sent = len(outcome.result.emails)
            messages.success(request, f"{sent} {'member was' if sent == 1 else 'members were'} emailed that "
                                      f"{WHAT[what]} are published." if sent else
                                      f"Nobody new to email: members were told about {WHAT[what]} today already.")
            return redirect(meeting_url)
    plan = compose.unsent(compose.circulation(meeting, what, clock.today()))
    recipients = [f"{email.person.full_name} ({email.to})" for email in plan.emails]
    consequences = [*recipients]
    paragraphs = [f"Each member of {meeting.body} below gets one email with a link to this meeting's page. "
                  f"{WHAT[what].capitalize()} are not attached: members sign in to read them."]
    warning = ""
    if plan.without_email:
        warning = ("Not emailed, no email address: " + ", ".join(p.full_name for p in plan.without_email)
                   + ". Add their addresses on the people pages.")
    if plan.turned_off:
        paragraphs.append("Not emailed, they turned these emails off: "
                          + ", ".join(p.full_name for p in plan.turned_off) + ".")
    refusal = compose.circulation_refusal(meeting, what)
    if not refusal and not plan.emails:
        refusal = ("Nobody to email: every member with an email address who wants these emails was told today "
                   "already." if compose.circulation(meeting, what, clock.today()).emails else
                   "Nobody to email: no member of this body has an email address and wants these emails.")
    return confirm_page(request, form=form, title=f"Tell members that {WHAT[what]} are published?",
                        caption=str(meeting), button="Send emails", cancel_url=meeting_url, paragraphs=paragraphs,
                        consequences=consequences, consequences_heading=f"Who will be emailed ({len(recipients)})",
                        warning=warning, refusal=refusal, destructive=False)

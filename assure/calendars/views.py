"""Your calendar (addresses and resets), the feeds themselves (by secret address), meeting invitations."""
from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, link_view, partnership_view
from assure.core.forms import call_service
from assure.core.pages import confirm_page
from assure.core.secret_links import hash_token, looks_like_token
from assure.meetings.models import Meeting

from . import ics, queries, services, tokens
from .models import FeedLink


def _addresses(request, link):
    if link is None:
        return None
    https = request.build_absolute_uri(
        reverse("calendars:feed", args=[request.partnership.slug, tokens.token_for(link.salt)]))
    return {"https": https, "webcal": "webcal://" + https.split("://", 1)[1], "created_at": link.created_at}


@partnership_view(READ)
def mine(request):
    links = {link.body_id: link for link in FeedLink.objects.filter(user=request.user, partnership=request.partnership)}
    person = queries.person_of(request.user, request.partnership)
    sits_on = set(queries.bodies_sat_on(person).values_list("pk", flat=True))
    bodies = [{"body": body, "sits_on": body.pk in sits_on, "address": _addresses(request, links.get(body.pk))}
              for body in queries.bodies(request.partnership)]
    bodies.sort(key=lambda row: (not row["sits_on"], row["body"].name))
    return render(request, "calendars/mine.html", {
        "person": person, "mine": _addresses(request, links.get(None)), "bodies": bodies,
    })


def _reset_page(request, body):
    exists = FeedLink.objects.filter(user=request.user, partnership=request.partnership, body=body).exists()
    what = f"the calendar of {body.name}" if body else "your calendar"
    back = reverse("calendars:mine", args=[request.partnership.slug]) + (f"#body-{body.pk}" if body else "#mine")
    form = forms.Form(request.POST) if request.method == "POST" else forms.Form()
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.reset_feed, request.partnership, by=request.user, body=body):
            messages.success(request, f"New address made for {what}."
                             + (" The old address no longer works." if exists else ""))
            return redirect(back)
    if exists:
        return confirm_page(
            request, title=f"Reset the address of {what}?", button="Reset the address", cancel_url=back, form=form,
            paragraphs=["You will get a new address at once. The old one stops working straight away, so any "
                        "calendar using it (on your phone, in Outlook or Google) stops showing these events.",
                        "Reset it if you think someone else has the address, then add the new one to your calendar."])
    return confirm_page(
        request, title=f"Make an address for {what}?", button="Make the address", cancel_url=back, form=form,
        destructive=False,
        paragraphs=["Anyone who has the address can see the dates, times and places of these meetings, without "
                    "signing in. Keep it to yourself, as you would a password."])


@partnership_view(READ)
def reset(request):
    return _reset_page(request, None)


@partnership_view(READ)
def body_reset(request, body_id):
    body = queries.bodies(request.partnership).filter(pk=body_id).first()
    if body is None:
        raise Http404("No such board or group")
    return _reset_page(request, body)


@link_view
def feed(request, slug, token):
    """A calendar app fetching a feed, with no sign-in. 404 for a mangled, unknown or reset address, for another
    partnership's address, and once the address's owner no longer has a role in the partnership."""
    if not looks_like_token(token):
        raise Http404("No such calendar")
    link = (FeedLink.objects.select_related("user", "partnership", "body")
            .filter(token_hash=hash_token(token), partnership__slug=slug).first())
    if link is None or not link.user.is_active or queries.role_of(link.user, link.partnership) is None:
        raise Http404("No such calendar")
    if link.body is None:
        person = queries.person_of(link.user, link.partnership)
        content = ics.person_feed(f"Assure: {link.partnership.name}",
                                  queries.person_meetings(link.partnership, person),
                                  queries.person_actions(link.partnership, person))
    else:
        content = ics.body_feed(link.body, queries.body_meetings(link.body))
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="calendar.ics"'
    # Polled every few hours by calendar services: never kept by a shared cache or a browser, so a reset or a
    # role taken away takes effect at the next poll, and the secret address's answer is stored nowhere.
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response


@partnership_view(MANAGE)
def invitations(request, meeting_id):
    meeting = (Meeting.objects.select_related("body", "partnership")
               .filter(partnership=request.partnership, pk=meeting_id).first())
    if meeting is None:
        raise Http404("No such meeting")
    back = reverse("meetings:detail", args=[request.partnership.slug, meeting.pk])
    form = forms.Form(request.POST) if request.method == "POST" else forms.Form()
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.send_invitations, meeting, by=request.user)
        if outcome:
            messages.success(request, f"{outcome.result} calendar invitation{'s' if outcome.result != 1 else ''} sent.")
            return redirect(back)
    with_email, without = queries.invitation_recipients(meeting)
    to_send = [r for r in with_email if not r.already_sent]
    cancelled = meeting.status == Meeting.Status.CANCELLED
    what = "cancellation" if cancelled else ("updated invitation" if meeting.version > 1 else "invitation")
    refusal = ""
    if not cancelled and meeting.date < clock.today():
        refusal = "This meeting has already taken place, so no invitation is sent."
    elif not to_send:
        refusal = (f"Everyone with an email address already has the latest {what}."
                   if with_email else f"No member of {meeting.body.name} has an email address recorded.")
    consequences = [f"{r.person.full_name} ({r.why}), {r.person.email}" for r in to_send]
    consequences += [f"{r.person.full_name} ({r.why}): already has it" for r in with_email if r.already_sent]
    consequences += [f"{r.person.full_name} ({r.why}): no email address, so not sent" for r in without]
    return confirm_page(
        request, title="Send calendar invitations?", caption=str(meeting), button=f"Send {len(to_send)} "
        f"{what}{'s' if len(to_send) != 1 else ''}", cancel_url=back, form=form, destructive=False, refusal=refusal,
        paragraphs=[f"Each person below gets an email with a calendar {what} for the {ics.meeting_title(meeting)} "
                    f"on {services.when(meeting)}, and a link to this meeting in Assure (no papers are attached)."],
        consequences_heading="Who gets it", consequences=consequences)

"""Evaluation: each course's questions per stage, an event's evaluation links, and the form a delegate or manager
opens by its secret link with no sign-in.

Issued links are shown once, in the response to the POST that issued them: only the tokens' hashes are stored, so
nothing can show them again. The CSV download posts the page's tokens back (hidden fields); the download checks
each against the stored hashes of this event, so it lists only real, unwithdrawn links, and stores nothing.
"""
from django import forms
from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, link_view, partnership_view
from assure.core.forms import VersionedForm, call_service, call_service_for_button
from assure.core.pages import bytes_download, confirm_page, form_page
from assure.core.secret_links import hash_token, looks_like_token
from assure.documents.tables import CONTENT_TYPES, write_table

from .. import access, queries, services
from ..forms import EditQuestionForm, EvaluationForm, IssueLinksForm, QuestionForm
from ..models import EvaluationLink, Stage


def _course_evaluation_url(request, course) -> str:
    return reverse("training:course-evaluation", args=[request.partnership.slug, course.pk])


def _event_evaluation_url(request, event) -> str:
    return reverse("training:event-evaluation", args=[request.partnership.slug, event.pk])


# --- Questions -------------------------------------------------------------------------------------------------

@partnership_view(READ)
def course_evaluation(request, course_id):
    course = access.get_course_or_404(request, course_id)
    questions = list(course.questions.order_by("position", "pk"))
    stages = []
    for stage in Stage:
        mine = [q for q in questions if q.stage == stage.value]
        for index, question in enumerate(mine):
            question.first, question.last = index == 0, index == len(mine) - 1
        stages.append((stage, mine))
    return render(request, "training/course_evaluation.html", {
        "course": course, "stages": stages, "outcomes": course.outcomes.all()})


@partnership_view(MANAGE)
def question_add(request, course_id):
    course = access.get_course_or_404(request, course_id)
    form = QuestionForm(request.POST or None, initial={"stage": request.GET.get("stage", "")})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_question, course, by=request.user, **form.cleaned_data):
            messages.success(request, "Question added.")
            return redirect(_course_evaluation_url(request, course))
    return form_page(request, form, title="Add a question", submit="Add question", caption=course.title,
                     back_url=_course_evaluation_url(request, course))


@partnership_view(MANAGE)
def question_edit(request, question_id):
    question = access.get_question_or_404(request, question_id)
    form = EditQuestionForm(request.POST or None, initial={
        "kind": question.kind, "text": question.text, "required": question.required,
        **VersionedForm.version_of(question)})
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        if call_service(form, services.update_question, question, by=request.user,
                        expected_version=form.expected_version, **data):
            messages.success(request, "Question saved.")
            return redirect(_course_evaluation_url(request, question.course))
    return form_page(request, form, title="Change the question", caption=question.get_stage_display(),
                     back_url=_course_evaluation_url(request, question.course))


@partnership_view(MANAGE)
def question_remove(request, question_id):
    question = access.get_question_or_404(request, question_id)
    back = _course_evaluation_url(request, question.course)
    form = forms.Form(request.POST) if request.method == "POST" else None
    if form is not None and call_service(form, services.remove_question, question, by=request.user):
        messages.success(request, "Question removed.")
        return redirect(back)
    return confirm_page(request, title="Remove this question?", button="Remove question", cancel_url=back,
                        caption=question.get_stage_display(), quote=question.text, form=form,
                        refusal=queries.question_removal_refusal(question))


@partnership_view(MANAGE)
def question_move(request, question_id):
    question = access.get_question_or_404(request, question_id)
    if request.method != "POST":   # after the lookup: another partnership's id is a 404, not a 405
        return HttpResponseNotAllowed(["POST"])
    call_service_for_button(request, services.move_question, question, by=request.user,
                            direction=request.POST.get("direction", ""))
    return redirect(_course_evaluation_url(request, question.course))


# --- Links -----------------------------------------------------------------------------------------------------

@partnership_view(MANAGE)
def event_evaluation(request, event_id):
    event = access.get_event_or_404(request, event_id)
    return render(request, "training/event_evaluation.html", {
        "event": event, "course": event.course, "stages": queries.evaluation_counts(event)})


def _rows(request, pairs) -> list[dict]:
    """What the business team sends: who to, the link, when it expires. The tokens are in `pairs` only."""
    rows = []
    for link, token in pairs:
        delegate = link.booking.delegate
        to_manager = link.sent_to == EvaluationLink.SentTo.MANAGER
        rows.append({
            "token": token, "link": link, "delegate": delegate.name,
            "recipient": f"Manager of {delegate.name}" if to_manager else delegate.name,
            "email": delegate.manager_email if to_manager else delegate.email,
            "url": request.build_absolute_uri(reverse("training:evaluate", args=[request.partnership.slug, token])),
            "expires": queries.when(link.expires_at),
        })
    return rows


def _issued_page(request, event, pairs, *, title, skipped=0):
    response = render(request, "training/evaluation_links_issued.html", {
        "event": event, "course": event.course, "rows": _rows(request, pairs), "title": title, "skipped": skipped,
        "back_url": _event_evaluation_url(request, event)})
    # The links are in this page: not kept by the browser. (The site-wide Referrer-Policy, same-origin, never sends
    # an address to another site; no-referrer would make the browser post `Origin: null`, which CSRF refuses.)
    response["Cache-Control"] = "no-store"
    return response


@partnership_view(MANAGE)
def links_issue(request, event_id):
    event = access.get_event_or_404(request, event_id)
    form = IssueLinksForm(request.POST or None, initial={"stage": request.GET.get("stage", "")})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.issue_links, event, by=request.user, stage=form.cleaned_data["stage"])
        if outcome:
            stage = Stage(form.cleaned_data["stage"]).label.lower()
            return _issued_page(request, event, outcome.result, skipped=outcome.result.skipped,
                                title=f"Links to the form {stage}")
    return form_page(request, form, title="Issue evaluation links", submit="Issue links", caption=str(event),
                     intro="Each person gets their own link, shown once on the next page to copy or download.",
                     back_url=_event_evaluation_url(request, event))


@partnership_view(MANAGE)
def links_download(request, event_id):
    """The links just issued, as CSV, from the tokens the issuing page posts back (checked against the hashes)."""
    event = access.get_event_or_404(request, event_id)
    tokens = [t for t in request.POST.getlist("token") if looks_like_token(t)] if request.method == "POST" else []
    found = {link.token_hash: link for link in EvaluationLink.objects.select_related("booking__delegate").filter(
        booking__event=event, withdrawn_at__isnull=True, token_hash__in=[hash_token(t) for t in tokens])}
    pairs = [(found[hash_token(t)], t) for t in tokens if hash_token(t) in found]
    if not pairs:
        return render(request, "training/evaluation_links_gone.html", {
            "event": event, "back_url": _event_evaluation_url(request, event)})
    rows = [["Recipient", "Email", "Delegate", "Stage", "Link", "Expires"]] + [
        [row["recipient"], row["email"], row["delegate"], row["link"].get_stage_display(), row["url"],
         row["expires"]] for row in _rows(request, pairs)]
    return bytes_download(write_table(rows, "csv"), f"evaluation-links-{event.starts_at:%Y-%m-%d}.csv",
                          CONTENT_TYPES["csv"], keep=False)


@partnership_view(MANAGE)
def link_withdraw(request, link_id):
    link = access.get_evaluation_link_or_404(request, link_id)
    back = _event_evaluation_url(request, link.booking.event)
    form = forms.Form(request.POST) if request.method == "POST" else None
    if form is not None and call_service(form, services.withdraw_link, link, by=request.user):
        messages.success(request, f"Link withdrawn: it no longer opens {link.booking.delegate.name}'s form.")
        return redirect(back)
    return confirm_page(request, title="Withdraw this link?", button="Withdraw link", cancel_url=back,
                        caption=link.get_stage_display(), form=form,
                        paragraphs=[f"The link for {link.booking.delegate.name} will stop opening the form at once. "
                                    f"You can issue a new one afterwards."])


@partnership_view(MANAGE)
def link_reissue(request, link_id):
    link = access.get_evaluation_link_or_404(request, link_id)
    event = link.booking.event
    form = forms.Form(request.POST) if request.method == "POST" else None
    if form is not None:
        outcome = call_service(form, services.reissue_link, link, by=request.user)
        if outcome:
            return _issued_page(request, event, [outcome.result], title="New link")
    return confirm_page(request, title="Issue a new link?", button="Issue new link", destructive=False,
                        cancel_url=_event_evaluation_url(request, event), caption=link.get_stage_display(), form=form,
                        paragraphs=[f"{link.booking.delegate.name} gets a new link to the form; the old link stops "
                                    f"working."])


# --- The form, by secret link ----------------------------------------------------------------------------------

def _link_page(request, template, context, status=200):
    response = render(request, template, context, status=status)
    # The token is in the address: the site-wide Referrer-Policy (same-origin) never sends it to another site, and
    # the page links nowhere else. (no-referrer would make the browser post `Origin: null`, which CSRF refuses.)
    response["Cache-Control"] = "no-store"
    return response


@link_view
def evaluate(request, slug, token):
    """A delegate's (or their manager's) form for one stage, opened by its link: once, until it expires."""
    link = access.link_or_404(slug, token)
    booking = link.booking
    event, delegate = booking.event, booking.delegate
    context = {"link": link, "event": event, "course": event.course, "delegate_name": delegate.name,
               "to_manager": link.sent_to == EvaluationLink.SentTo.MANAGER,
               "partnership_name": event.course.partnership.name}
    refusal = queries.link_refusal(link)
    if refusal:
        return _link_page(request, "training/evaluate_closed.html", context | {"refusal": refusal})
    form = EvaluationForm(request.POST or None, questions=queries.stage_questions(event.course, link.stage),
                          outcomes=list(event.course.outcomes.all()))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.submit_evaluation, link, answers=form.answers()):
            return _link_page(request, "training/evaluate_done.html", context | {"completed_on": clock.today()})
    return _link_page(request, "training/evaluate.html", context | {"form": form})

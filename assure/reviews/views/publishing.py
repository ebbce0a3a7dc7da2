"""Uploading the report and briefings, the identifiability check, and publishing."""
from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import call_service
from assure.core.pages import file_download, form_page

from .. import access, publishing
from ..forms import HitDecisionForm, PublicationForm, PublishForm
from ..models import IdentifiabilityHit


class CheckForm(forms.Form):
    case_names = forms.CharField(
        label="Names of the people in the case", required=False, widget=forms.Textarea(attrs={"rows": 4}),
        help_text="One a line: the child or adult, family members, anyone else in the case. Used for this check "
                  "only and not saved.")


def _pub_url(request, pub):
    return reverse("reviews:publication-detail", args=[request.partnership.slug, pub.pk])


@partnership_view(MANAGE)
def publication_add(request, review_id):
    review = access.get_review_or_404(request, review_id)
    form = PublicationForm(request.POST or None, request.FILES or None,
                           initial={"planned_publication_on": review.publication_planned_on})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, publishing.upload_publication, review, by=request.user, **form.cleaned_data)
        if outcome:   # the job reads and checks the file; its page shows how far it has got, then the outcome
            return redirect("jobs:job-detail", request.partnership.slug, outcome.result.pk)
    return form_page(request, form, title="Upload the report or a briefing", caption=str(review), multipart=True,
                     back_url=reverse("reviews:review-detail", args=[request.partnership.slug, review.pk]),
                     submit="Upload and check",
                     intro="The file is read and checked for details that may identify someone (names, dates of "
                           "birth, addresses, schools, NHS numbers and more) as soon as it is uploaded. A long report "
                           "takes a minute or so: a page shows how far the check has got.")


@partnership_view(READ)
def publication_detail(request, publication_id):
    pub = access.get_publication_or_404(request, publication_id)
    check = pub.latest_check()
    return render(request, "reviews/publication_detail.html", {
        "pub": pub, "review": pub.review, "check": check,
        "hits": check.hits.select_related("decided_by") if check else [],
        "earlier_checks": pub.checks.exclude(pk=check.pk) if check else [],
        "problem": publishing.readiness(pub),
        "publish_form": PublishForm(initial={"version": pub.version})})


@partnership_view(READ)
def publication_file(request, publication_id):
    pub = access.get_publication_or_404(request, publication_id)
    return file_download(pub.file, pub.original_filename)


@partnership_view(MANAGE)
def publication_check(request, publication_id):
    pub = access.get_publication_or_404(request, publication_id)
    form = CheckForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        names = form.cleaned_data["case_names"].splitlines()
        outcome = call_service(form, publishing.run_check, pub, by=request.user, case_names=names)
        if outcome:
            check = outcome.result
            count = check.hits.count()
            if count:  # hits need a person's decision: a warning, never a success
                messages.warning(request, f"Check complete: {count} possible identifier{pluralize(count)} to clear "
                                 "or justify before publishing.")
            else:
                messages.success(request, "Check complete: nothing found that may identify anyone.")
            return redirect(_pub_url(request, pub))
    return form_page(request, form, title="Run the identifiability check", caption=str(pub), submit="Run the check",
                     back_url=_pub_url(request, pub),
                     intro="The check reads the uploaded file for names, dates of birth, ages next to dates, "
                           "addresses, postcodes, schools, NHS numbers, phone numbers and email addresses.")


@partnership_view(MANAGE)
def hit_decide(request, hit_id):
    hit = get_object_or_404(IdentifiabilityHit.objects.select_related("check_run__publication"), pk=hit_id,
                            check_run__publication__review__partnership=request.partnership)
    pub = access.get_publication_or_404(request, hit.check_run.publication_id)
    form = HitDecisionForm(request.POST or None, initial={"outcome": hit.outcome if hit.outcome != "undecided" else None,
                                                          "note": hit.note})
    if request.method == "POST" and form.is_valid():
        if call_service(form, publishing.decide_hit, hit, by=request.user, **form.cleaned_data):
            messages.success(request, "Decision recorded.")
            return redirect(_pub_url(request, pub))
    return render(request, "reviews/hit_decide.html", {"form": form, "hit": hit, "pub": pub})


@partnership_view(MANAGE)
def publication_publish(request, publication_id):
    pub = access.get_publication_or_404(request, publication_id)
    form = PublishForm(request.POST or None, initial={"version": pub.version})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if call_service(form, publishing.publish, pub, by=request.user, expected_version=data["version"],
                                                    published_on=data["published_on"],
                                                    late_reason=data["late_reason"]):
            messages.success(request, f"{pub.get_kind_display()} marked published.")
            return redirect(_pub_url(request, pub))
    return form_page(request, form, title="Mark as published", caption=str(pub), back_url=_pub_url(request, pub),
                     intro=publishing.readiness(pub) or "Every hit of the identifiability check has been decided.",
                     submit="Mark as published")

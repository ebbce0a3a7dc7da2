"""The yearly report's pages: check permission (partnership_view, then access.py for the report), bind the form,
call one service, render."""
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, UPDATE, partnership_view
from assure.core.forms import VersionedForm, call_service, call_service_for_button
from assure.core.pages import bytes_download, confirm_page, form_page
from assure.documents import render as documents_render
from assure.jobs import queries as job_queries

from . import access, services, yearly_page
from .forms import (
    CommentForm,
    PartnerReportForm,
    PublishForm,
    ReasonForm,
    RecipientForm,
    ReopenForm,
    SectionTextForm,
    SendingForm,
    SignOffForm,
    StartReportForm,
)
from .models import YearlyReport
from .yearly import assemble, checklist, sections
from .yearly import clock as distribution_clock

FILE_NAME = "yearly-report.{}"
CLOCK_WORDS = {
    "not_published": ("Not published", "govuk-tag--grey"),
    "sent_in_time": ("Sent in time", "govuk-tag--green"),
    "sent_late": ("Sent late", "govuk-tag--orange"),
    "due": ("Due", "govuk-tag--blue"),
    "overdue": ("Overdue", "govuk-tag--red"),
}
NOTHING_DRAFTED = yearly_page.Part("", False)
STATUS_TAGS = {"draft": "govuk-tag--grey", "signed_off": "govuk-tag--blue", "published": "govuk-tag--green"}


def _url(name, report, **kwargs):
    return reverse(f"reports:{name}", kwargs={"slug": report.partnership.slug, "report_id": report.pk, **kwargs})


def _report_page(report):
    return _url("yearly-detail", report)


def _spec_or_404(report, key):
    spec = sections.BY_KEY.get(key)
    if spec is None or report.kind not in spec.kinds:
        raise Http404("No such section")
    return spec


@partnership_view(READ)
def report_list(request):
    rows = access.reports(request).order_by("-ends_on", "kind")
    return render(request, "reports/yearly_list.html", {
        "reports": [{"report": report, "tag": STATUS_TAGS[report.status]} for report in rows],
        "reads_drafts": access.may_read_drafts(request)})


@partnership_view(MANAGE)
def start(request):
    form = StartReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        started = call_service(form, services.start_report, partnership=request.partnership, by=request.user,
                               **form.cleaned_data)
        if started:
            return redirect(_report_page(started.result))
    return form_page(request, form, title="Start a yearly report", submit="Start the report",
                     back_url=reverse("reports:yearly-list", kwargs={"slug": request.partnership.slug}),
                     intro="Assure drafts each section from what it holds for the period; you then write what only "
                           "people can: the foreword, the narrative, the voice of children and families.")


def _blocks(blocks):
    return [(type(block).__name__.lower(), block) for block in blocks]


def _drafting(request, report) -> dict:
    """What the report's pages say about its draft: when it was made, the last drafting jobs, a Redraft button."""
    return {"drafted_at": report.drafted_at, "back": request.path, "draft_jobs": job_queries.recent(
        request.partnership, services.DRAFT_JOB, request.user) if report.is_draft else []}


@partnership_view(MANAGE)
def redraft(request, report_id):
    """Start the drafting job, then show its page; its link leads back to the page the button was on."""
    report = access.get_report_or_404(request, report_id)
    back = request.POST.get("back") or request.GET.get("back") or ""
    if not back.startswith(_report_page(report)):
        back = _report_page(report)
    if request.method == "POST":
        started = call_service_for_button(request, services.start_drafting, report, by=request.user,
                                          return_url=back)
        if started:
            return redirect("jobs:job-detail", slug=request.partnership.slug, job_id=started.result.pk)
        return redirect(back)
    refusal = "" if report.is_draft else (f"The report is {report.get_status_display().lower()}: its figures are "
                                          "kept as they were then. Reopen it as a draft to redraft it.")
    return confirm_page(request, title="Draft the report again?", button="Redraft", destructive=False,
                        cancel_url=back, caption=report.title, refusal=refusal,
                        paragraphs=["Assure reads the year's meetings, actions, reviews, audits and figures again "
                                    "and drafts every section from them. It takes a few seconds; you can watch it "
                                    "and come back here."])


@partnership_view(READ)
def detail(request, report_id):
    """The report: what Assure drafted, drawn once per draft (`yearly_page`), beside what people wrote and said."""
    report = access.get_report_or_404(request, report_id, with_drafts=False)
    shown = yearly_page.shown(report)
    frozen = bool(report.frozen_digest)
    texts = {text.key: text for text in report.texts.all()}
    written = {key: text.text for key, text in texts.items()}
    reasons = {reason.requirement: reason.reason for reason in report.missing_reasons.all()}
    filled = shown.filled(report.kind, written) if shown else frozenset(
        spec.key for spec in sections.sections_for(report.kind)
        if sections.is_filled(spec, written.get(spec.key, ""), False))
    comments = list(report.comments.select_related("author", "resolved_by"))
    rows = [{"spec": spec, "text": texts.get(spec.key), "filled": spec.key in filled,
             "live": shown.parts.get(spec.key, NOTHING_DRAFTED) if shown else NOTHING_DRAFTED,
             "comments": [c for c in comments if c.key == spec.key]} for spec in sections.sections_for(report.kind)]
    return render(request, "reports/yearly_detail.html", {
        "report": report, "frozen": frozen, "rows": rows, "general_comments": [c for c in comments if not c.key],
        "tag": STATUS_TAGS[report.status], "manage": access.may_manage(request),
        "may_comment": access.may_comment(request, report), "comment_form": CommentForm(),
        "blocking": checklist.blocking(shown.checklist(report.kind, written, reasons)) if shown else [],
        "drafted": shown is not None, **_drafting(request, report),
        "files": list(report.files.order_by("file_format")) if frozen else [],
        "partner_reports": list(report.partner_reports.select_related("organisation")),
        "formats": services.FILE_FORMATS, "draft_note": assemble.DRAFT_NOTE})


@partnership_view(MANAGE)
def edit_section(request, report_id, key):
    report = access.get_report_or_404(request, report_id)
    spec = _spec_or_404(report, key)
    text = report.texts.filter(key=key).first()
    if text is None:  # every section's text is made when the report is started
        raise Http404("No such section")
    form = SectionTextForm(request.POST or None, initial={**VersionedForm.version_of(text), "text": text.text})
    if request.method == "POST" and form.is_valid():
        saved = call_service(form, services.save_section_text, report, by=request.user, key=key,
                             expected_version=form.expected_version, text=form.cleaned_data["text"])
        if saved:
            messages.success(request, f"{spec.title}: your text is saved.")
            return redirect(f"{_report_page(report)}#section-{key}")
    drafted = None if form.errors or not report.is_draft else assemble.stored(report)
    section = next((s for s in drafted.composition.sections if s.key == key), None) if drafted else None
    return render(request, "reports/yearly_section_edit.html", {
        "report": report, "spec": spec, "form": form, "section": section,
        "section_blocks": _blocks(section.blocks) if section else [],
        "comments": report.comments.filter(key=key).select_related("author"),
        "refusal": "" if report.is_draft else f"The report is {report.get_status_display().lower()}: reopen it as a "
                                              "draft to change its text."})


@partnership_view(UPDATE)
def comment(request, report_id):
    report = access.get_report_or_404(request, report_id)
    if not access.may_comment(request, report):
        raise PermissionDenied("Members of the Executive Board comment on a draft.")
    form = CommentForm(request.POST or None, initial={"key": request.GET.get("section", "")})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_comment, report, by=request.user, **form.cleaned_data):
            messages.success(request, "Your comment is added.")
            key = form.cleaned_data["key"]
            return redirect(f"{_report_page(report)}#{'section-' + key if key else 'comments'}")
    key = form["key"].value() or ""
    spec = sections.BY_KEY.get(key)
    return form_page(request, form, title=f"Comment on {spec.title if spec else 'the report'}", submit="Add comment",
                     caption=report.title, back_url=_report_page(report))


@partnership_view(MANAGE)
def resolve_comment(request, report_id, comment_id):
    report = access.get_report_or_404(request, report_id)
    found = access.get_comment_or_404(request, report, comment_id)
    if request.method == "POST" and call_service_for_button(request, services.resolve_comment, found,
                                                            by=request.user):
        messages.success(request, "The comment is resolved.")
    elif request.method != "POST":
        return confirm_page(request, title="Resolve this comment?", button="Resolve comment", destructive=False,
                            cancel_url=_report_page(report), quote=found.text, caption=report.title)
    return redirect(f"{_report_page(report)}#comments")


@partnership_view(READ)
def checklist_page(request, report_id):
    report = access.get_report_or_404(request, report_id, with_drafts=False)
    shown = yearly_page.shown(report)
    reasons = {r.requirement: r for r in report.missing_reasons.all()}
    found = shown.checklist(report.kind, {text.key: text.text for text in report.texts.all()},
                            {code: reason.reason for code, reason in reasons.items()}) if shown else []
    lines = [{"line": line, "sections": [sections.BY_KEY[key] for key in line.met_by],
              "reason": reasons.get(line.requirement.code)} for line in found]
    return render(request, "reports/yearly_checklist.html", {
        "report": report, "lines": lines, "manage": access.may_manage(request), "tag": STATUS_TAGS[report.status],
        "all_specs": sections.sections_for(report.kind), "drafted": shown is not None, **_drafting(request, report),
        "blocking": checklist.blocking(found),
        "sources": sorted({requirement.source for requirement in checklist.requirements_for(report.kind)})})


@partnership_view(MANAGE)
def record_reason(request, report_id, code):
    report = access.get_report_or_404(request, report_id)
    requirement = checklist.BY_CODE.get(code)
    if requirement is None or report.kind not in requirement.kinds:
        raise Http404("No such requirement")
    existing = report.missing_reasons.filter(requirement=code).first()
    form = ReasonForm(request.POST or None, initial={"reason": existing.reason if existing else ""})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.record_missing_reason, report, by=request.user, requirement=code,
                        reason=form.cleaned_data["reason"]):
            messages.success(request, "The reason is recorded.")
            return redirect(_url("yearly-checklist", report))
    return form_page(request, form, title="Record why this requirement is not met", submit="Record reason",
                     caption=report.title, intro=f"{requirement.text} ({requirement.source}).",
                     back_url=_url("yearly-checklist", report))


@partnership_view(MANAGE)
def remove_reason(request, report_id, reason_id):
    report = access.get_report_or_404(request, report_id)
    reason = access.get_reason_or_404(request, report, reason_id)
    form = None
    if request.method == "POST":
        form = forms.Form(request.POST)
        form.is_valid()
        if call_service(form, services.remove_missing_reason, reason, by=request.user):
            messages.success(request, "The reason is removed.")
            return redirect(_url("yearly-checklist", report))
    return confirm_page(request, title="Remove this reason?", button="Remove reason", form=form,
                        cancel_url=_url("yearly-checklist", report), quote=reason.reason, caption=report.title,
                        paragraphs=["The requirement will again stop the report being published until a section "
                                    "meets it or a reason is recorded."])


@partnership_view(MANAGE)
def upload_partner_report(request, report_id):
    report = access.get_report_or_404(request, report_id)
    form = PartnerReportForm(request.POST or None, request.FILES or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > services._max_upload_bytes():
            form.add_error("file", "The file is too big: choose one smaller than "
                                   f"{services._max_upload_bytes() // (1024 * 1024)} MB.")
        elif call_service(form, services.upload_partner_report, report, by=request.user,
                          organisation=form.cleaned_data["organisation"], title=form.cleaned_data["title"],
                          file_name=upload.name, data=upload.read()):
            messages.success(request, "The partner's report is added.")
            return redirect(f"{_report_page(report)}#section-partner_reports")
    return form_page(request, form, title="Add a partner's report", submit="Upload", multipart=True,
                     caption=report.title, back_url=_report_page(report))


@partnership_view(READ)
def partner_report_download(request, report_id, partner_report_id):
    report = access.get_report_or_404(request, report_id)
    found = report.partner_reports.filter(pk=partner_report_id).first()
    if found is None:
        raise Http404("No such partner report")
    return bytes_download(bytes(found.content), found.file_name, "application/octet-stream")


@partnership_view(READ)
def download(request, report_id, file_format):
    """The kept file once signed off; the live draft, drawn now, before."""
    report = access.get_report_or_404(request, report_id)
    if file_format not in services.FILE_FORMATS:
        raise Http404("No such format")
    if report.frozen:
        kept = report.files.filter(file_format=file_format).first()
        if kept is None:
            raise Http404("No file is kept in this format")
        content = bytes(kept.content)
    else:
        content = documents_render.render(assemble.draft(report).composition, file_format)
    return bytes_download(content, FILE_NAME.format(file_format), documents_render.FORMATS[file_format])


@partnership_view(MANAGE)
def sign_off(request, report_id):
    report = access.get_report_or_404(request, report_id)
    form = SignOffForm(request.POST or None, initial=VersionedForm.version_of(report))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.sign_off, report, by=request.user, expected_version=form.expected_version):
            messages.success(request, "The report is signed off: its figures and files are kept as they are now.")
            return redirect(_report_page(report))
    refusal = "" if report.is_draft else f"The report is already {report.get_status_display().lower()}."
    gaps = checklist.blocking(assemble.draft(report).checklist) if report.is_draft else []
    return confirm_page(
        request, title="Sign off the report?", button="Sign off", destructive=False, form=form,
        cancel_url=_report_page(report), caption=report.title, refusal=refusal,
        paragraphs=["The figures stop being live: the report is kept as it stands now, with its Word, PDF and HTML "
                    "files. Nobody can change its text unless the business team reopens it."],
        consequences_heading="Still to do before it can be published" if gaps else "",
        consequences=[f"{line.requirement.text}: no section meets it and no reason is recorded" for line in gaps])


@partnership_view(MANAGE)
def reopen(request, report_id):
    report = access.get_report_or_404(request, report_id)
    form = ReopenForm(request.POST or None, initial=VersionedForm.version_of(report))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.reopen, report, by=request.user, expected_version=form.expected_version,
                        reason=form.cleaned_data["reason"]):
            messages.success(request, "The report is a draft again: its figures are live.")
            return redirect(_report_page(report))
    refusal = "" if report.status == YearlyReport.Status.SIGNED_OFF else (
        "A published report stays as it was published." if report.status == YearlyReport.Status.PUBLISHED
        else "The report is already a draft.")
    return confirm_page(request, title="Reopen the report as a draft?", button="Reopen", form=form,
                        cancel_url=_report_page(report), caption=report.title, refusal=refusal,
                        paragraphs=["The kept files are discarded and the figures are live again until it is "
                                    "signed off once more."])


@partnership_view(MANAGE)
def publish(request, report_id):
    report = access.get_report_or_404(request, report_id)
    form = PublishForm(request.POST or None, initial={**VersionedForm.version_of(report),
                                                      "published_on": clock.today()})
    refusal, gaps = "", []
    if report.status != YearlyReport.Status.SIGNED_OFF:
        refusal = ("Sign the report off before publishing it." if report.is_draft
                   else f"The report was published on {report.published_on:%-d %B %Y}.")
    else:
        gaps = services.blocking(report)
        if request.method == "POST" and form.is_valid():
            published = call_service(form, services.publish, report, by=request.user,
                                     expected_version=form.expected_version, **{
                                         k: form.cleaned_data[k] for k in ("published_on", "web_address")})
            if published:
                messages.success(request, "The report is published: record its sending to each recipient.")
                return redirect(_url("yearly-distribution", report))
    return render(request, "reports/yearly_publish.html", {
        "report": report, "form": None if refusal else form, "refusal": refusal, "gaps": gaps,
        "recipients": checklist.RECIPIENTS[report.kind]})


def _clock_row(report, recipient, today):
    state = distribution_clock.state(report.published_on, recipient.sent_on, today)
    words, tag = CLOCK_WORDS[state]
    return {"recipient": recipient, "state": state, "words": words, "tag": tag,
            "timed": recipient.statutory and report.kind in ("children", "joint")
            and recipient.name in checklist.RECIPIENTS["children"]}


@partnership_view(READ)
def distribution(request, report_id):
    report = access.get_report_or_404(request, report_id)
    today = clock.today()
    rows = [_clock_row(report, recipient, today) for recipient in report.recipients.all()]
    due_by = distribution_clock.send_by(report.published_on) if report.published_on else None
    days_left = (due_by - today).days if due_by else None
    return render(request, "reports/yearly_distribution.html", {
        "report": report, "rows": rows, "due_by": due_by, "days_left": days_left, "tag": STATUS_TAGS[report.status],
        "timed": report.kind in ("children", "joint"), "manage": access.may_manage(request),
        "recipient_form": RecipientForm() if report.published_on else None})


@partnership_view(MANAGE)
def add_recipient(request, report_id):
    report = access.get_report_or_404(request, report_id)
    form = RecipientForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_recipient, report, by=request.user, name=form.cleaned_data["name"]):
            return redirect(_url("yearly-distribution", report))
    return form_page(request, form, title="Add someone the report is sent to", submit="Add recipient",
                     caption=report.title, back_url=_url("yearly-distribution", report))


@partnership_view(MANAGE)
def record_sending(request, report_id, recipient_id):
    report = access.get_report_or_404(request, report_id)
    recipient = access.get_recipient_or_404(request, report, recipient_id)
    form = SendingForm(request.POST or None, initial={**VersionedForm.version_of(recipient),
                                                      "sent_on": recipient.sent_on or clock.today(),
                                                      "how": recipient.how})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.record_sending, recipient, by=request.user,
                        expected_version=form.expected_version, sent_on=form.cleaned_data["sent_on"],
                        how=form.cleaned_data["how"]):
            messages.success(request, f"Sending to {recipient.name} is recorded.")
            return redirect(_url("yearly-distribution", report))
    intro = ""
    if report.published_on:
        intro = (f"Published on {report.published_on:%-d %B %Y}."
                 + (f" Due by {distribution_clock.send_by(report.published_on):%-d %B %Y}."
                    if _clock_row(report, recipient, clock.today())["timed"] else ""))
    return form_page(request, form, title=f"Record sending to {recipient.name}", submit="Save",
                     caption=report.title, intro=intro, back_url=_url("yearly-distribution", report))


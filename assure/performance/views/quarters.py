"""A quarter of the dataset: its RAG summary and exceptions, commentary, approval, and the board pack.

Thin views: check access (`partnership_view`), read through access.py and pack.data, bind the form, call one
service, render.
"""
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, UPDATE, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.pages import bytes_download, confirm_page

from .. import access, periods, services
from ..models import Commentary, Figure, PackPaper, QuarterApproval
from ..pack import data, pdf, word
from ..pack.text import DRAFT_NOTE, comparator_lines, figure_cell, latest_text, target_text
from ..quarter_forms import CommentaryForm, EditCommentaryForm, PackToMeetingForm, ReopenQuarterForm
from ..series import indicator_series


def quarter_or_404(request, code: str) -> periods.Period:
    """A quarter of this partnership's dataset from its code in the URL ("2026-Q2"): one that has started, from the
    first quarter with a figure on (or approved). Anything else is a page that does not exist."""
    try:
        quarter = periods.parse_period(code)
    except periods.PeriodError:
        raise Http404("No such quarter") from None
    if quarter.kind != periods.QUARTER or quarter.code != code or quarter.start > clock.today():
        raise Http404("No such quarter")
    first = _first_quarter(request.partnership)
    if first is None or quarter < first:
        raise Http404("The dataset has nothing for this quarter")
    return quarter


def _first_quarter(partnership) -> periods.Period | None:
    figure = (Figure.objects.filter(indicator__partnership=partnership).order_by("period_start")
              .values_list("period_kind", "period_start").first())
    approval = QuarterApproval.objects.filter(partnership=partnership).order_by("quarter_start").first()
    found = ([periods.from_parts(figure[1], figure[0]).quarter] if figure else []) + (
        [approval.quarter] if approval else [])
    return min(found) if found else None


def _quarter_url(request, quarter) -> str:
    return reverse("performance:quarter", args=[request.partnership.slug, quarter.code])


@partnership_view(READ)
def quarter_list(request):
    """Every quarter from the dataset's first figure to the current one, newest first: draft or approved."""
    first, rows = _first_quarter(request.partnership), []
    if first is not None:
        approvals = {a.quarter_start: a for a in QuarterApproval.objects.filter(partnership=request.partnership)}
        quarter = periods.quarter_of(clock.today())
        while quarter >= first:
            rows.append((quarter, approvals.get(quarter.start)))
            quarter = quarter.previous()
    return render(request, "performance/quarter_list.html", {"rows": rows})


@partnership_view(READ)
def quarter(request, quarter):
    quarter = quarter_or_404(request, quarter)
    pack = data.assemble(request.partnership, quarter)
    received = (PackPaper.objects.filter(partnership=request.partnership, quarter_start=quarter.start)
                .select_related("paper", "paper__item", "paper__item__meeting", "paper__item__meeting__body",
                                "sent_by"))
    return render(request, "performance/quarter.html", {
        "quarter": quarter, "pack": pack, "draft_note": DRAFT_NOTE,
        "summary": [(priority, [(e, latest_text(e)) for e in entries]) for priority, entries in pack.by_priority()],
        "exceptions": [(e, latest_text(e), access.may_write_commentary(request, e.indicator))
                       for e in pack.entries if e.is_red],
        "refusal": data.refusal(pack), "received": received,
    })


@partnership_view(UPDATE)
def commentary_edit(request, indicator_id, quarter):
    indicator = access.get_indicator_or_404(request, indicator_id)
    quarter = quarter_or_404(request, quarter)
    if not access.may_write_commentary(request, indicator):
        raise PermissionDenied("Only the business team or the indicator's owner writes its commentary.")
    existing = Commentary.objects.filter(indicator=indicator, quarter_start=quarter.start).first()
    if existing is None:
        form = CommentaryForm(request.POST or None)
    else:
        form = EditCommentaryForm(request.POST or None,
                                  initial={"text": existing.text, **VersionedForm.version_of(existing)})
    approved = QuarterApproval.objects.filter(partnership=request.partnership, quarter_start=quarter.start).exists()
    # Opened from the indicator's page (its owner's usual way in), it goes back there, where the commentary shows;
    # from the quarter's page, back to the quarter's list of red indicators.
    back_url = (reverse("performance:indicator-detail", args=[request.partnership.slug, indicator.pk])
                if request.GET.get("from") == "indicator" else _quarter_url(request, quarter))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.write_commentary, indicator, by=request.user, quarter=quarter,
                        text=form.cleaned_data["text"], expected_version=getattr(form, "expected_version", None)):
            messages.success(request, f"Commentary for {indicator.name}, {quarter.label}, saved.")
            return redirect(back_url)
    series = indicator_series(indicator, up_to=quarter)
    in_quarter = [p for p in series.local.points if p.period.quarter == quarter]
    entry = data.Entry(indicator, series, existing)
    return render(request, "performance/commentary_form.html", {
        "form": form, "indicator": indicator, "quarter": quarter, "series": series, "approved": approved,
        "latest": latest_text(entry), "target": target_text(indicator), "comparators": comparator_lines(entry),
        "in_quarter": [(p.period, figure_cell(indicator, p), p.note) for p in in_quarter],
        "back_url": back_url,
    })


@partnership_view(MANAGE)
def quarter_approve(request, quarter):
    quarter = quarter_or_404(request, quarter)
    pack = data.assemble(request.partnership, quarter)
    form = forms.Form(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.approve_quarter, request.partnership, by=request.user, quarter=quarter):
            messages.success(request, f"{quarter.label} approved: its figures and commentary are locked.")
            return redirect(_quarter_url(request, quarter))
    refusal = (f"{quarter.label} is already approved." if pack.approval else data.refusal(pack))
    return confirm_page(
        request, title=f"Approve {quarter.label}?", button="Approve the quarter", caption="Performance dataset",
        cancel_url=_quarter_url(request, quarter), form=form, refusal=refusal, destructive=False,
        paragraphs=[f"The figures and commentary for {quarter.long_label} stop being drafts: the board pack no longer "
                    f"says “Draft”, and nobody can change them until the business team reopens the quarter."])


@partnership_view(MANAGE)
def quarter_reopen(request, quarter):
    quarter = quarter_or_404(request, quarter)
    approved = QuarterApproval.objects.filter(partnership=request.partnership, quarter_start=quarter.start).exists()
    form = ReopenQuarterForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.reopen_quarter, request.partnership, by=request.user, quarter=quarter,
                        reason=form.cleaned_data["reason"]):
            messages.success(request, f"{quarter.label} reopened: its figures and commentary are drafts again.")
            return redirect(_quarter_url(request, quarter))
    return confirm_page(
        request, title=f"Reopen {quarter.label}?", button="Reopen the quarter", caption="Performance dataset",
        cancel_url=_quarter_url(request, quarter), form=form,
        refusal="" if approved else f"{quarter.label} is not approved, so there is nothing to reopen.",
        paragraphs=["Its figures and commentary become drafts again and can be changed; the pack says “Draft” until "
                    "the quarter is approved again. The reason is kept in the quarter's history."])


def _pack_or_refuse(request, quarter):
    pack = data.assemble(request.partnership, quarter)
    refusal = data.refusal(pack)
    if refusal:
        messages.error(request, refusal)
        return pack, redirect(_quarter_url(request, quarter))
    return pack, None


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    return bytes_download(content, filename, content_type)


@partnership_view(READ)
def pack_docx(request, quarter):
    pack, refused = _pack_or_refuse(request, quarter_or_404(request, quarter))
    return refused or _download(word.pack_docx(pack), word.DOCX_CONTENT_TYPE, data.file_name(pack, "docx"))


@partnership_view(READ)
def pack_pdf(request, quarter):
    pack, refused = _pack_or_refuse(request, quarter_or_404(request, quarter))
    return refused or _download(pdf.pack_pdf(pack), pdf.PDF_CONTENT_TYPE, data.file_name(pack, "pdf"))


@partnership_view(MANAGE)
def pack_to_meeting(request, quarter):
    quarter = quarter_or_404(request, quarter)
    form = PackToMeetingForm(request.POST or None, partnership=request.partnership,
                             new_item_title=data.item_title(quarter))
    if request.method == "POST" and form.is_valid():
        sent = call_service(form, services.send_pack_to_meeting, request.partnership, by=request.user,
                            quarter=quarter, meeting=form.cleaned_data["meeting"],
                            item=form.cleaned_data["agenda_item"], formats=form.cleaned_data["formats"])
        if sent:
            item = sent.result[0].paper.item
            messages.success(request, f"The {quarter.label} pack is now a paper for item {item.number} "
                                      f"“{item.title}” of the meeting on {item.meeting.date:%-d %B %Y}.")
            return redirect(_quarter_url(request, quarter))
    pack = data.assemble(request.partnership, quarter)
    return render(request, "performance/pack_to_meeting.html", {
        "form": form, "quarter": quarter, "pack": pack, "refusal": data.refusal(pack),
        "back_url": _quarter_url(request, quarter),
    })

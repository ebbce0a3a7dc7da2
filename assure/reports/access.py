"""Who may see and change a yearly report (ADR 0139). Everything of another partnership answers 404.

- The business team starts, drafts, signs off, reopens, publishes and distributes (MANAGE pages).
- Members of the Executive Board (a person linked to the user, with a membership of a body of kind Executive Board)
  whose role is not read-only (a read-only role reads only what is published, whatever the board it sits on)
  read drafts and signed-off versions and comment on drafts.
- Everyone with a role reads a published report: its page and the files kept at sign-off.
- Anyone else in the partnership asking for a report they may not yet read gets 403 (the house's answer for a page
  the role may not open).
Pages fetch reports through these functions, never with a bare `objects.get`.
"""
from django.core.exceptions import PermissionDenied
from django.http import Http404

from assure.partnerships.models import Body, Membership

from .models import Comment, MissingReason, Recipient, YearlyReport


def is_executive_member(partnership, user) -> bool:
    return Membership.objects.filter(body__partnership=partnership, body__kind=Body.Kind.EXECUTIVE_BOARD,
                                     person__partnership=partnership, person__user=user).exists()


def may_manage(request) -> bool:
    return request.role.can_manage


def may_read_drafts(request) -> bool:
    """The business team and members of the Executive Board, unless their role is read-only."""
    if request.role.can_manage:
        return True
    if not request.role.can_update_own_actions:
        return False
    cached = getattr(request, "_reads_report_drafts", None)
    if cached is None:
        cached = request._reads_report_drafts = is_executive_member(request.partnership, request.user)
    return cached


def may_read(request, report) -> bool:
    return report.status == YearlyReport.Status.PUBLISHED or may_read_drafts(request)


def may_comment(request, report) -> bool:
    return report.is_draft and may_read_drafts(request)


def reports(request):
    """The reports this person may see: all for the business team and the Executive, else the published ones."""
    found = YearlyReport.objects.filter(partnership=request.partnership)
    return found if may_read_drafts(request) else found.filter(status=YearlyReport.Status.PUBLISHED)


def get_report_or_404(request, report_id, *, with_drafts: bool = True) -> YearlyReport:
    """The partnership's report, or 404; 403 when this person may not read it yet (a draft). `with_drafts=False`
    leaves its kept draft and signed-off version (hundreds of KB) unread until asked for."""
    reports = YearlyReport.objects.select_related("partnership")
    if not with_drafts:
        reports = reports.defer("drafted", "frozen")
    report = reports.filter(partnership=request.partnership, pk=report_id).first()
    if report is None:
        raise Http404("No such report")
    if not may_read(request, report):
        raise PermissionDenied("The report is not published yet: only the business team and the Executive Board "
                               "read drafts.")
    return report


def get_comment_or_404(request, report, comment_id) -> Comment:
    comment = Comment.objects.filter(report=report, pk=comment_id).first()
    if comment is None:
        raise Http404("No such comment")
    return comment


def get_reason_or_404(request, report, reason_id) -> MissingReason:
    reason = MissingReason.objects.filter(report=report, pk=reason_id).first()
    if reason is None:
        raise Http404("No such reason")
    return reason


def get_recipient_or_404(request, report, recipient_id) -> Recipient:
    recipient = Recipient.objects.filter(report=report, pk=recipient_id).first()
    if recipient is None:
        raise Http404("No such recipient")
    return recipient

"""URL kwargs for the central permission matrix (assure/core/tests/test_permission_matrix.py).

The matrix member sits on the Executive Board, so reads the draft and comments on it; the read-only user reads
only published reports (403 for the draft's pages); the business team does everything. Another partnership: 404."""
from assure.core import clock

from .. import services
from ..models import Comment, MissingReason, PartnerReport
from . import factories

DRAFT_READERS = {"business": 200, "member": 200, "read_only": 403}
EXPECTED = {
    "reports:yearly-list": {"business": 200, "member": 200, "read_only": 200},
    "reports:yearly-detail": DRAFT_READERS,
    "reports:yearly-checklist": DRAFT_READERS,
    "reports:yearly-partner-report": DRAFT_READERS,
    "reports:yearly-comment": {"business": 200, "member": 200, "read_only": 403},
    "reports:yearly-distribution": {"business": 200, "member": 200, "read_only": 200},
    "reports:yearly-download": {"business": 200, "member": 200, "read_only": 200},
}


def url_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    factories.executive_member(partnership, world.member_user)
    draft = factories.draft(partnership, by)
    comment = services.add_comment(draft, by=world.member_user, text="Say more about neglect.", key="priorities")
    reason = services.record_missing_reason(draft, by=by, requirement="WT-voice", reason="Survey not yet back.")
    organisation = partnership.organisations.create(name="Fenbridge Reports Council", kind="local_authority")
    partner = PartnerReport.objects.create(report=draft, organisation=organisation, title="Council's year",
                                           file_name="council.txt", content=b"Our year.", size=9, uploaded_by=by,
                                           uploaded_at=clock.now())
    published = factories.published(partnership, by)
    recipient = published.recipients.first()
    d, p = {"report_id": draft.pk}, {"report_id": published.pk}
    assert isinstance(comment, Comment) and isinstance(reason, MissingReason)
    return {
        "reports:dashboard": {},
        "reports:yearly-list": {},
        "reports:yearly-start": {},
        "reports:yearly-detail": d,
        "reports:yearly-redraft": d,
        "reports:yearly-section-edit": {**d, "key": "foreword"},
        "reports:yearly-comment": d,
        "reports:yearly-comment-resolve": {**d, "comment_id": comment.pk},
        "reports:yearly-checklist": d,
        "reports:yearly-reason": {**d, "code": "WT-voice"},
        "reports:yearly-reason-remove": {**d, "reason_id": reason.pk},
        "reports:yearly-partner-report-add": d,
        "reports:yearly-partner-report": {**d, "partner_report_id": partner.pk},
        "reports:yearly-sign-off": d,
        "reports:yearly-reopen": d,
        "reports:yearly-publish": d,
        "reports:yearly-distribution": p,
        "reports:yearly-recipient-add": p,
        "reports:yearly-recipient-sent": {**p, "recipient_id": recipient.pk},
        "reports:yearly-download": {**p, "file_format": "pdf"},  # a file, not a page (the axe walk skips it)
    }

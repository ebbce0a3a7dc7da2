"""Writes of the yearly report: each a named, all-or-nothing @service taking the acting user as `by` (ADR 0139).

A report is a draft whose figures are live; `sign_off` freezes its composition, figures and checklist and keeps its
files (docx, pdf, html with their sha256); `reopen` unfreezes it; `publish` needs every statutory requirement met
or excused and creates the statutory recipients; `record_sending` is the proof of distribution."""
import dataclasses
import datetime
import hashlib

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import EditConflict, claim_version
from assure.documents import compose, intake, render
from assure.documents.intake import UnreadableDocument
from assure.jobs import services as jobs

from .models import Comment, MissingReason, PartnerReport, Recipient, ReportFile, SectionText, YearlyReport
from .yearly import assemble, checklist, sections

MAX_PERIOD_MONTHS = 15
FILE_FORMATS = ("docx", "pdf", "html")


def default_title(kind: str, starts_on: datetime.date, ends_on: datetime.date) -> str:
    """"Yearly report 2025/26" for a year across two calendar years, "Yearly report 2025" within one."""
    years = (f"{starts_on.year}/{ends_on.year % 100:02d}" if ends_on.year == starts_on.year + 1
             else str(starts_on.year) if starts_on.year == ends_on.year else f"{starts_on.year} to {ends_on.year}")
    prefix = {"children": "Children's yearly report", "adults": "Adults' yearly report"}.get(kind, "Yearly report")
    return f"{prefix} {years}"


def months_between(starts_on: datetime.date, ends_on: datetime.date) -> int:
    """Whole or part months the period covers (1 April to 31 March is 12)."""
    return (ends_on.year - starts_on.year) * 12 + ends_on.month - starts_on.month + 1


def check_period(partnership, *, kind: str, starts_on, ends_on) -> None:
    """Refuse a period or kind the partnership cannot report on; raises ValidationError naming the field."""
    if kind not in YearlyReport.Kind.values:
        raise ValidationError({"kind": "Choose whether the report is children's, adults' or joint."})
    if kind in ("children", "joint") and not partnership.covers_children:
        raise ValidationError({"kind": "The partnership does not cover children, so it cannot make a "
                                       f"{'joint' if kind == 'joint' else 'children’s'} report."})
    if kind in ("adults", "joint") and not partnership.covers_adults:
        raise ValidationError({"kind": "The partnership does not cover adults, so it cannot make an "
                                       f"{'joint' if kind == 'joint' else 'adults’'} report."})
    if starts_on is None:
        raise ValidationError({"starts_on": "Enter the date the period starts."})
    if ends_on is None:
        raise ValidationError({"ends_on": "Enter the date the period ends."})
    if ends_on < starts_on:
        raise ValidationError({"ends_on": "The period must end after it starts."})
    if starts_on > clock.today():
        raise ValidationError({"starts_on": "The period must start today or in the past: a yearly report is about "
                                            "a year that has begun."})
    if months_between(starts_on, ends_on) > MAX_PERIOD_MONTHS:
        raise ValidationError({"ends_on": f"The period must be {MAX_PERIOD_MONTHS} months or shorter: a yearly report "
                                          f"covers about a year."})


@service
@transaction.atomic
def start_report(*, partnership, by, kind: str, starts_on, ends_on, title: str = "") -> YearlyReport:
    """A draft report for a period, with an empty text for each of its sections."""
    check_period(partnership, kind=kind, starts_on=starts_on, ends_on=ends_on)
    same = YearlyReport.objects.filter(partnership=partnership, kind=kind, starts_on=starts_on, ends_on=ends_on).first()
    if same is not None:
        raise ValidationError({"starts_on": f"There is already a report for this period: {same.title}."})
    title = " ".join((title or "").split()) or default_title(kind, starts_on, ends_on)
    if len(title) > 200:
        raise ValidationError({"title": "The title must be 200 characters or fewer."})
    now = clock.now()
    report = YearlyReport.objects.create(partnership=partnership, kind=kind, starts_on=starts_on, ends_on=ends_on,
                                         title=title, created_by=by, created_at=now)
    for spec in sections.sections_for(kind):
        SectionText.objects.create(report=report, key=spec.key, text="", updated_by=by, updated_at=now)
    return report


def _must_be_draft(report, what: str) -> None:
    if not report.is_draft:
        raise ValidationError(f"The report is {report.get_status_display().lower()}, so {what} cannot be changed. "
                              f"Reopen it as a draft first.")


def _not_published(report, what: str) -> None:
    if report.status == YearlyReport.Status.PUBLISHED:
        raise ValidationError(f"The report is published, so {what} cannot be changed.")


def _section_key(report, key: str) -> str:
    if key not in {spec.key for spec in sections.sections_for(report.kind)}:
        raise ValidationError({"key": "Choose one of the report's sections."})
    return key


MAX_SECTION_TEXT = 40_000  # a long narrative section is a few thousand words; a pasted document is refused


@service
@transaction.atomic
def save_section_text(report, *, by, key: str, expected_version: int, text: str) -> SectionText:
    """What people wrote for one section; a text changed by someone else since it was opened is refused."""
    _must_be_draft(report, "its sections")
    _section_key(report, key)
    if len(text or "") > MAX_SECTION_TEXT:
        raise ValidationError({"text": f"The text must be {MAX_SECTION_TEXT:,} characters or fewer (about "
                                       f"{MAX_SECTION_TEXT // 6:,} words); it has {len(text):,}."})
    section_text, _ = SectionText.objects.get_or_create(report=report, key=key,
                                                        defaults={"updated_by": by, "updated_at": clock.now()})
    try:
        claim_version(SectionText, section_text.pk, expected_version)
    except EditConflict:
        raise EditConflict("Someone else changed this section after you opened it. Your text has not been saved: "
                           "copy it, reload the page to see their changes, then make yours again.") from None
    section_text.refresh_from_db()
    section_text.text = (text or "").replace("\r\n", "\n").strip()
    section_text.updated_by, section_text.updated_at = by, clock.now()
    section_text.save()
    return section_text


@service
@transaction.atomic
def add_comment(report, *, by, text: str, key: str = "") -> Comment:
    """A comment on a draft, on one section or (key "") the whole report."""
    if not report.is_draft:
        raise ValidationError("Comments are taken on a draft only: this report is "
                              f"{report.get_status_display().lower()}.")
    if key:
        _section_key(report, key)
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": "Enter your comment."})
    if len(text) > 4000:
        raise ValidationError({"text": "The comment must be 4,000 characters or fewer."})
    return Comment.objects.create(report=report, key=key, text=text, author=by, created_at=clock.now())


@service
@transaction.atomic
def resolve_comment(comment, *, by) -> Comment:
    if comment.resolved_at is not None:
        raise ValidationError("This comment is already resolved.")
    comment.resolved_at, comment.resolved_by = clock.now(), by
    comment.save()
    return comment


@service
@transaction.atomic
def record_missing_reason(report, *, by, requirement: str, reason: str) -> MissingReason:
    """Why a statutory requirement is left without a section that meets it (it then no longer blocks publication)."""
    _not_published(report, "its checklist")
    if requirement not in {r.code for r in checklist.requirements_for(report.kind)}:
        raise ValidationError({"requirement": "Choose one of the report's statutory requirements."})
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Enter why the report does not meet this requirement."})
    if len(reason) > 2000:
        raise ValidationError({"reason": "The reason must be 2,000 characters or fewer."})
    recorded, _ = MissingReason.objects.update_or_create(
        report=report, requirement=requirement,
        defaults={"reason": reason, "recorded_by": by, "recorded_at": clock.now()})
    return recorded


@service
@transaction.atomic
def remove_missing_reason(reason: MissingReason, *, by) -> None:
    _not_published(reason.report, "its checklist")
    reason.delete()


def _max_upload_bytes() -> int:
    return getattr(django_settings, "IMPORT_MAX_BYTES", 20 * 1024 * 1024)


@service
@transaction.atomic
def upload_partner_report(report, *, by, organisation, title: str, file_name: str, data: bytes) -> PartnerReport:
    """A partner's own report of its year, checked like every upload (documents.intake)."""
    _must_be_draft(report, "its partner reports")
    if organisation is None or organisation.partnership_id != report.partnership_id:
        raise ValidationError({"organisation": "Choose one of the partnership's organisations."})
    title = " ".join((title or "").split())
    if not title:
        raise ValidationError({"title": "Enter the title of the partner's report."})
    if len(title) > 200:
        raise ValidationError({"title": "The title must be 200 characters or fewer."})
    try:
        intake.check_upload(data, file_name, accept=intake.PAPER_KINDS, max_bytes=_max_upload_bytes())
    except UnreadableDocument as exc:
        raise ValidationError({"file": exc.reason}) from None
    return PartnerReport.objects.create(report=report, organisation=organisation, title=title,
                                        file_name=file_name[-255:], content=data, size=len(data), uploaded_by=by,
                                        uploaded_at=clock.now())


DRAFT_JOB = "reports.draft"


@service
@transaction.atomic
def store_draft(report, *, by) -> YearlyReport:
    """Draft the report from live data now and keep the draft for its pages (the drafting job's work; the demo)."""
    _must_be_draft(report, "its draft")
    report.drafted = assemble.to_stored(assemble.draft(report))
    report.drafted_at = clock.now()
    report.save(update_fields=["drafted", "drafted_at"])
    return report


@service
def start_drafting(report, *, by, return_url: str = ""):
    """Queue the drafting job; its page shows it working and leads back to `return_url`."""
    _must_be_draft(report, "its draft")
    return jobs.start_job(DRAFT_JOB, partnership=report.partnership, by=by, title=f"Draft {report.title}",
                          params={"report_id": report.pk}, return_url=return_url)


def frozen_data(report) -> dict:
    """What is kept at sign-off: the composition as drawn now, its figures and its checklist."""
    drafted = assemble.draft(report)
    composition = dataclasses.replace(
        drafted.composition, draft_note="",
        lines=drafted.composition.lines + (f"Signed off on {clock.today():%-d %B %Y}.",))
    return {"composition": compose.to_data(composition), "figures": drafted.figures,
            "sections": [{"key": spec.key, "title": spec.title, "filled": spec.key in drafted.filled}
                         for spec in sections.sections_for(report.kind)],
            "checklist": [{"requirement": line.requirement.code, "text": line.requirement.text, "met": line.met,
                           "met_by": list(line.met_by), "reason": line.reason} for line in drafted.checklist]}


@service
@transaction.atomic
def sign_off(report, *, by, expected_version: int) -> YearlyReport:
    """Freeze the draft: its composition, figures and checklist as they are now, and its three files."""
    if not report.is_draft:
        raise ValidationError(f"Only a draft can be signed off: this report is "
                              f"{report.get_status_display().lower()}.")
    claim_version(YearlyReport, report.pk, expected_version)
    report.refresh_from_db()
    frozen = frozen_data(report)
    composition = compose.from_data(frozen["composition"])
    now = clock.now()
    report.files.all().delete()
    for file_format in FILE_FORMATS:
        content = render.render(composition, file_format)
        ReportFile.objects.create(report=report, file_format=file_format, content=content,
                                  sha256=hashlib.sha256(content).hexdigest(), size=len(content), made_at=now)
    report.frozen, report.status = frozen, YearlyReport.Status.SIGNED_OFF
    report.signed_off_at, report.signed_off_by = now, by
    report.save()
    return report


@service
@transaction.atomic
def reopen(report, *, by, expected_version: int, reason: str) -> YearlyReport:
    """A signed-off report back to a draft (its figures live again), saying why."""
    if report.status != YearlyReport.Status.SIGNED_OFF:
        raise ValidationError("Only a signed-off report can be reopened: "
                              + ("a published report stays as it was published." if report.status == "published"
                                 else "this one is already a draft."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Enter why the report is being reopened."})
    claim_version(YearlyReport, report.pk, expected_version)
    report.refresh_from_db()
    report.files.all().delete()
    report.frozen, report.status = None, YearlyReport.Status.DRAFT
    report.signed_off_at = report.signed_off_by = None
    report.reopened_reason = reason
    report.save()
    return report


def blocking(report) -> list:
    """The statutory requirements that stop publication, read from the frozen checklist once signed off."""
    if report.frozen:
        reasons = {r.requirement: r.reason for r in report.missing_reasons.all()}
        return [checklist.BY_CODE[line["requirement"]] for line in report.frozen["checklist"]
                if not line["met"] and not (reasons.get(line["requirement"]) or line["reason"]).strip()]
    return [line.requirement for line in checklist.blocking(assemble.draft(report).checklist)]


@service
@transaction.atomic
def publish(report, *, by, expected_version: int, published_on, web_address: str) -> YearlyReport:
    """Mark the signed-off report published, and list the statutory recipients it must now be sent to."""
    if report.status != YearlyReport.Status.SIGNED_OFF:
        raise ValidationError("Only a signed-off report can be published: "
                              + ("sign this draft off first." if report.is_draft else "this one already is."))
    if published_on is None:
        raise ValidationError({"published_on": "Enter the date the report was published."})
    if published_on > clock.today():
        raise ValidationError({"published_on": "The date the report was published must be today or in the past."})
    web_address = (web_address or "").strip()
    if not web_address:
        raise ValidationError({"web_address": "Enter the web address where the report can be read."})
    missing = blocking(report)
    if missing:
        raise ValidationError("The report cannot be published while a statutory requirement is neither met nor "
                              f"explained: {'; '.join(r.text for r in missing)}. Record a reason on the checklist.")
    claim_version(YearlyReport, report.pk, expected_version)
    report.refresh_from_db()
    report.status, report.published_on, report.published_by = YearlyReport.Status.PUBLISHED, published_on, by
    report.web_address = web_address
    report.full_clean(exclude=["partnership", "created_by", "signed_off_by", "published_by"])
    report.save()
    for position, name in enumerate(checklist.RECIPIENTS[report.kind], start=1):
        Recipient.objects.get_or_create(report=report, name=name, defaults={"statutory": True, "position": position})
    return report


@service
@transaction.atomic
def add_recipient(report, *, by, name: str) -> Recipient:
    """Someone else the published report goes to (the Safeguarding Adults Board, the council's scrutiny panel)."""
    if report.status != YearlyReport.Status.PUBLISHED:
        raise ValidationError("Add recipients once the report is published.")
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError({"name": "Enter who the report is sent to."})
    if len(name) > 200:
        raise ValidationError({"name": "The name must be 200 characters or fewer."})
    if report.recipients.filter(name__iexact=name).exists():
        raise ValidationError({"name": f"{name} is already listed."})
    last = report.recipients.order_by("-position").values_list("position", flat=True).first() or 0
    return Recipient.objects.create(report=report, name=name, position=last + 1, recorded_by=by)


@service
@transaction.atomic
def record_sending(recipient, *, by, expected_version: int, sent_on, how: str) -> Recipient:
    """When and how the published report was sent to a recipient."""
    report = recipient.report
    if report.status != YearlyReport.Status.PUBLISHED:
        raise ValidationError("Record sending once the report is published.")
    if sent_on is None:
        raise ValidationError({"sent_on": "Enter the date the report was sent."})
    if sent_on < report.published_on:
        raise ValidationError({"sent_on": "The date the report was sent must be on or after the date it was "
                                          f"published ({report.published_on:%-d %B %Y})."})
    if sent_on > clock.today():
        raise ValidationError({"sent_on": "The date the report was sent must be today or in the past."})
    how = " ".join((how or "").split())
    if not how:
        raise ValidationError({"how": "Enter how the report was sent, for example by email to the Panel's mailbox."})
    if len(how) > 200:
        raise ValidationError({"how": "How it was sent must be 200 characters or fewer."})
    claim_version(Recipient, recipient.pk, expected_version)
    recipient.refresh_from_db()
    recipient.sent_on, recipient.how, recipient.recorded_by = sent_on, how, by
    recipient.save()
    return recipient

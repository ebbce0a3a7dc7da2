"""Publishing a report or briefing only after an identifiability check whose every hit a person has decided."""
import datetime
import hashlib
import uuid
from pathlib import Path

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from simple_history.utils import bulk_create_with_history

from assure.core import clock
from assure.core.audit import recorded_by, service
from assure.core.concurrency import claim_version
from assure.documents import intake
from assure.documents.checks import UnreadableDocument, check_file, check_size
from assure.jobs import progress
from assure.jobs.registry import JobRefused
from assure.jobs.services import start_job

from . import identifiability
from .models import BreachReason, IdentifiabilityCheck, IdentifiabilityHit, Publication, Review
from .queries import clock_settings_for
from .services import _check_planned_publication, _late_check, plan_publication


def max_upload_bytes() -> int:
    return getattr(django_settings, "IMPORT_MAX_BYTES", 20 * 1024 * 1024)


CHECK = "reviews.identifiability"   # the job kind that reads and checks an uploaded publication (ADR 0149)


def _storage():
    return Publication._meta.get_field("file").storage


@service
def upload_publication(review: Review, *, by, kind, title, file, planned_publication_on=None):
    """Take the report or a briefing and start the job that reads and checks it (ADR 0149). Returns the job.

    Only what needs no parser is checked now (size, the type from the bytes, a password on an Office file): the
    file is kept aside and the job reads it in the document intake's sandbox, runs the identifiability check
    and keeps the publication with its check, or refuses it with the reason and keeps nothing.
    """
    if kind not in Publication.Kind.values:
        raise ValidationError("Choose the kind of document.")
    title = (title or "").strip()
    if not title:
        raise ValidationError("Enter a title.")
    if file is None:
        raise ValidationError("Choose the file to upload.")
    _refuse_second_report(review, kind)
    _check_planned_publication(review, planned_publication_on)   # refused now, not after the read
    name = Path(file.name).name[:255]
    try:
        check_size(file.size, max_upload_bytes())  # before an oversized upload is read into memory
        file.seek(0)
        data = file.read()
        check_file(data, name, accept=intake.PUBLICATION_KINDS, max_bytes=max_upload_bytes())
    except UnreadableDocument as exc:
        raise ValidationError(exc.reason) from None
    staged = _storage().save(f"reviews/{review.partnership_id}/incoming/{uuid.uuid4().hex}"
                             f"{Path(name).suffix.lower()[:10]}", ContentFile(data))
    try:
        return start_job(CHECK, partnership=review.partnership, by=by, title=f"Check {title[:150]}",
                         return_url=reverse("reviews:review-detail", args=[review.partnership.slug, review.pk]),
                         params={"review_id": review.pk, "kind": kind, "title": title, "path": staged,
                                 "file_name": name, "planned_publication_on":
                                     planned_publication_on.isoformat() if planned_publication_on else None})
    except BaseException:
        _storage().delete(staged)
        raise


def _refuse_second_report(review, kind) -> None:
    if kind == Publication.Kind.REPORT and review.publications.filter(kind=kind).exists():
        raise ValidationError("This review already has its report uploaded.")


def check_upload(job, *, review_id, kind, title, path, file_name, planned_publication_on=None) -> dict:
    """The job's work: read the kept file in the sandbox, check it, then keep the publication and its check in one
    transaction. A file the intake refuses (hostile, encrypted, too many pages) fails the job with the reason and
    leaves nothing stored; the kept copy is deleted either way."""
    try:
        review = Review.objects.select_related("partnership").get(pk=review_id, partnership=job.partnership)
        progress.report(job, 0, 2, "Reading the file")
        try:
            with _storage().open(path, "rb") as handle:
                data = handle.read()
        except OSError:
            raise JobRefused("The uploaded file was lost before it was read: upload it again.") from None
        try:
            text = intake.read_text(data, file_name, max_bytes=max_upload_bytes())
        except UnreadableDocument as exc:
            raise JobRefused(f"{file_name} was not kept: {exc.reason}") from None
        progress.report(job, 1, 2, "Checking for details that may identify someone")
        hits = identifiability.check_text(text, case_names=[], people=_people_refs(review.partnership),
                                          today=clock.today())
        planned = datetime.date.fromisoformat(planned_publication_on) if planned_publication_on else None
        try:
            publication = _keep_checked_upload(review, by=job.created_by, kind=kind, title=title, data=data,
                                               name=file_name, planned_publication_on=planned, hits=hits)
        except ValidationError as exc:
            raise JobRefused(" ".join(exc.messages)) from None
    finally:
        _storage().delete(path)
    count = len(hits)
    progress.report(job, 2, 2, f"Checked: {count} possible identifier{'s' if count != 1 else ''} to clear or "
                               "justify before publishing." if count else
                               "Checked: nothing found that may identify anyone.")
    return {"publication_id": publication.pk, "hits": count,
            "url": reverse("reviews:publication-detail", args=[review.partnership.slug, publication.pk])}


@transaction.atomic
def _keep_checked_upload(review, *, by, kind, title, data, name, planned_publication_on, hits) -> Publication:
    with recorded_by(by):
        publication = _keep_publication(review, by=by, kind=kind, title=title, file=ContentFile(data, name=name),
                                        name=name, digest=hashlib.sha256(data).hexdigest(),
                                        planned_publication_on=planned_publication_on)
        _keep_check(publication, hits, by=by)
    return publication


@transaction.atomic
def _keep_publication(review, *, by, kind, title, file, name, digest, planned_publication_on) -> Publication:
    _refuse_second_report(review, kind)
    if planned_publication_on and planned_publication_on != review.publication_planned_on:
        plan_publication(review, by=by, planned_on=planned_publication_on)  # one date for the review, not per file
    return Publication.objects.create(
        review=review, kind=kind, title=title, file=file, original_filename=name,
        file_sha256=digest, uploaded_at=clock.now(), uploaded_by=by)


def _people_refs(partnership):
    return [identifiability.PersonRef(name=p.full_name, role=p.job_title,
                                      organisation=p.organisation.name if p.organisation else "")
            for p in partnership.people.select_related("organisation")]


@service
def run_check(publication: Publication, *, by, case_names: list[str]) -> IdentifiabilityCheck:
    """Read the uploaded file and keep every possible identifier found, for a person to decide.

    The file is read by the document intake (sandboxed, bounded) and checked before the one short
    transaction that keeps the hits. `case_names` are the real names of the people in the case: used for
    this run only, never stored (the case record holds a pseudonym). A hit keeps the text found and its
    context from the file.
    """
    if publication.published_on:
        raise ValidationError("This document is already published.")
    with publication.file.open("rb") as handle:
        data = handle.read()
    try:
        text = intake.read_text(data, publication.original_filename, max_bytes=max_upload_bytes())
    except UnreadableDocument as exc:
        raise ValidationError(f"The file could not be checked: {exc.reason}") from None
    names = [n.strip() for n in case_names if n and n.strip()]
    hits = identifiability.check_text(text, case_names=names, people=_people_refs(publication.review.partnership),
                                      today=clock.today())
    return _keep_check(publication, hits, by=by)


@transaction.atomic
def _keep_check(publication: Publication, hits, *, by) -> IdentifiabilityCheck:
    check = IdentifiabilityCheck.objects.create(publication=publication, file_sha256=publication.file_sha256,
                                                run_at=clock.now(), run_by=by)
    bulk_create_with_history([
        IdentifiabilityHit(check_run=check, category=hit.kind, text=hit.text[:300], context=hit.context,
                           position=hit.start)
        for hit in hits], IdentifiabilityHit)
    return check


@service
@transaction.atomic
def decide_hit(hit: IdentifiabilityHit, *, by, outcome, note="") -> IdentifiabilityHit:
    note = (note or "").strip()
    if outcome not in (IdentifiabilityHit.Outcome.CLEARED, IdentifiabilityHit.Outcome.JUSTIFIED):
        raise ValidationError("Choose whether the hit is cleared or justified.")
    if outcome == IdentifiabilityHit.Outcome.JUSTIFIED and not note:
        raise ValidationError("Give the reason for keeping this passage.")
    publication = hit.check_run.publication
    if publication.published_on:
        raise ValidationError("The document is already published: its check cannot change.")
    if publication.latest_check().pk != hit.check_run_id:
        raise ValidationError("A newer check has been run on this document: decide the hits of that one.")
    hit.outcome, hit.note, hit.decided_by, hit.decided_at = outcome, note, by, clock.now()
    hit.save()
    return hit


def readiness(publication: Publication) -> str | None:
    """Why the document cannot be published yet, or None."""
    check = publication.latest_check()
    if check is None:
        return "Run the identifiability check on the uploaded file before publishing."
    if check.file_sha256 != publication.file_sha256:
        return "The file changed after the last check: run the check again."
    undecided = check.undecided_hits.count()
    if undecided:
        return (f"{undecided} possible identifier{'s' if undecided != 1 else ''} found by the check still "
                f"need{'s' if undecided == 1 else ''} clearing or justifying before publishing.")
    return None


@service
@transaction.atomic
def publish(publication: Publication, *, by, expected_version: int, published_on, late_reason="") -> Publication:
    if published_on is None:
        raise ValidationError("Enter the date of publication.")
    claim_version(Publication, publication.pk, expected_version)
    publication.refresh_from_db()
    if publication.published_on:
        raise ValidationError("This document is already published.")
    problem = readiness(publication)
    if problem:
        raise ValidationError(problem)
    if published_on > clock.today():
        raise ValidationError("The publication date is in the future: mark it published on the day.")
    review = publication.review
    case = review.case
    decision_on = case.rapid_review.decision_agreed_on
    if decision_on and published_on < decision_on:
        raise ValidationError("The publication date is before the decision to review.")
    if publication.kind == Publication.Kind.REPORT:
        if review.kind != Review.Kind.SAR and review.notice_sent_on is None:
            raise ValidationError("Record the notice to the National Panel and the Secretary of State before "
                                  "publishing the report.")
        review.published_on = published_on
        review.stage = Review.Stage.PUBLICATION
        review.publication_deferred = False
        case.review = review
        _late_check(case, clock_settings_for(review.partnership).rules(), BreachReason.Clock.PUBLICATION,
                    late_reason, by)
        review.save()
    publication.published_on, publication.published_by = published_on, by
    publication.save()
    return publication

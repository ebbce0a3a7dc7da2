"""Building cases and reviews for tests through the services (fictional pseudonyms only)."""
import datetime

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from assure.partnerships.models import Body, Membership, Person

from .. import learning, publishing, services
from ..models import Publication, RapidReview, Review, Subject

D = datetime.date


def case(partnership, by, *, pseudonym="Child T", subject=Subject.CHILD, date_aware=D(2026, 1, 5),
         date_notified=D(2026, 1, 7), **kwargs):
    if subject == Subject.ADULT:
        date_notified = None
    return services.register_case(partnership=partnership, by=by, pseudonym=pseudonym, subject=subject,
                                  date_aware=date_aware, date_notified=date_notified, **kwargs)


def decided(case_, by, *, held_on=None, decision=RapidReview.Decision.CSPR, agreed_on=None, late_reason=""):
    held_on = held_on or case_.date_aware + datetime.timedelta(days=14)
    services.record_rapid_review(case_, by=by, expected_version=case_.rapid_review.version, held_on=held_on,
                                 decision=decision, reasons="Criteria met", decision_agreed_on=agreed_on or held_on,
                                 other_process="Domestic Homicide Review" if decision == "other_process" else "",
                                 late_reason=late_reason)
    case_.rapid_review.refresh_from_db()
    return case_


def review(partnership, by, *, kind=Review.Kind.CSPR, stage=None, reviewer=None, **case_kwargs):
    c = decided(case(partnership, by, **case_kwargs), by,
                decision=RapidReview.Decision.SAR if kind == Review.Kind.SAR else RapidReview.Decision.CSPR)
    r = services.start_review(c, by=by, kind=kind, independent_reviewer=reviewer)
    if stage:
        r = services.move_stage(r, by=by, expected_version=r.version, stage=stage)
    return r


def board_member(partnership, user):
    body, _ = Body.objects.get_or_create(partnership=partnership, name="Reviews Test Executive",
                                         defaults={"kind": Body.Kind.EXECUTIVE_BOARD})
    Membership.objects.create(body=body, person=Person.objects.get(partnership=partnership, user=user))


def person_of(partnership, user):
    return Person.objects.get(partnership=partnership, user=user)


def publication(review_, by, *, text=b"Learning from the review of Child T.", name="report.txt", kind="report"):
    """Uploaded and checked (the job runs at once in the tests): the Publication, or ValidationError with the reason
    the job refused the file."""
    job = publishing.upload_publication(review_, by=by, kind=kind, title="The report",
                                        file=SimpleUploadedFile(name, text))
    job.refresh_from_db()
    if job.status != "done":
        raise ValidationError(job.error)
    return Publication.objects.get(pk=job.result["publication_id"])


def recommendation(review_, by, org):
    return learning.add_recommendation(review_, by=by, text="Improve information sharing", scope="multi_agency",
                                       lead_organisation=org)

"""What the index services need: a record's entry (with its file's text, read through the document intake in
its sandbox), the row it becomes, and every indexed record of a partnership."""
import logging

from django.conf import settings

from assure.actions.models import Action
from assure.assurance.models import Activity, Complaint, Escalation, Risk
from assure.documents import intake
from assure.meetings.models import AgendaItem, Decision, Meeting, Paper
from assure.partnerships.models import Organisation, Partnership, Person
from assure.performance.models import Indicator
from assure.reviews.models import Publication, Review

from . import engine, records

log = logging.getLogger(__name__)


def file_text(field_file, name: str, accept=intake.PAPER_KINDS) -> str:
    """Every word of an uploaded file, read in the intake's sandbox; '' when it cannot be read."""
    if not field_file:
        return ""
    try:
        with field_file.open("rb") as handle:
            data = handle.read()
        return intake.read_text(data, name or field_file.name, accept=accept,
                                max_bytes=getattr(settings, "IMPORT_MAX_BYTES", intake.default_max_bytes()))
    except (intake.UnreadableDocument, OSError, ValueError) as exc:
        log.info("search: not indexing the text of %s: %s", name, exc)
        return ""


def entry_for(record, with_files: bool = True) -> records.Entry | None:
    build = records.BUILDERS[type(record)]
    if with_files and isinstance(record, Paper):
        return build(record, file_text(record.file, record.original_name))
    if with_files and isinstance(record, Publication):
        return build(record, file_text(record.file, record.original_filename, accept=intake.PUBLICATION_KINDS))
    return build(record)


def row(entry: records.Entry) -> dict:
    return {"partnership_id": entry.partnership_id, "title": engine.clean(entry.title)[:300],
            "text": engine.clean(entry.text), "date": entry.date, "body_id": entry.body_id,
            "review_id": entry.review_id, "url": entry.url[:300]}


def records_of(partnership: Partnership):
    p = partnership
    yield from Meeting.objects.filter(partnership=p).select_related("partnership", "body").prefetch_related("items")
    yield from (AgendaItem.objects.filter(meeting__partnership=p)
                .select_related("meeting__partnership", "meeting__body", "presenter"))
    yield from Decision.objects.filter(item__meeting__partnership=p).select_related("item__meeting__partnership",
                                                                                     "item__meeting__body")
    yield from Paper.objects.filter(item__meeting__partnership=p).select_related("item__meeting__partnership",
                                                                                  "item__meeting__body")
    yield from (Action.objects.filter(partnership=p).select_related("partnership", "owner_organisation", "meeting")
                .prefetch_related("owners__person", "updates"))
    yield from Person.objects.filter(partnership=p).select_related("partnership", "organisation")
    yield from Organisation.objects.filter(partnership=p).select_related("partnership")
    yield from (Review.objects.filter(partnership=p).select_related("partnership", "case", "independent_reviewer")
                .prefetch_related("recommendations"))
    yield from Publication.objects.filter(review__partnership=p).select_related("review__partnership", "review__case")
    yield from (Activity.objects.filter(partnership=p).select_related("partnership", "lead")
                .prefetch_related("findings", "recommendations"))
    yield from Risk.objects.filter(partnership=p).select_related("partnership", "owner")
    yield from Escalation.objects.filter(partnership=p).select_related("partnership", "raised_by_organisation",
                                                                        "about_organisation")
    yield from Complaint.objects.filter(partnership=p).select_related("partnership")
    yield from Indicator.objects.filter(partnership=p).select_related("partnership", "owner")

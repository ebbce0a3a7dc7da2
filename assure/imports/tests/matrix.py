"""URL kwargs for the central permission matrix: one draft import of world.partnership, and one saved import
with its source file (the meeting's minutes file)."""
import datetime

from django.core.files.base import ContentFile

from assure.imports.models import ImportedDocument
from assure.imports.tests.records import make_draft
from assure.meetings.services import schedule_meeting
from assure.partnerships.models import Body


def saved_import(partnership, by, data=b"Minutes of the Imported Board", name="imported.txt"):
    """A saved import of a held meeting, keeping its file as an upload does."""
    body = Body.objects.create(partnership=partnership, name="Imported Board", kind=Body.Kind.SUBGROUP)
    meeting = schedule_meeting(partnership=partnership, body=body, date=datetime.date(2026, 2, 4), by=by,
                               status="held")
    document = make_draft(partnership, by, name=name, data=data)
    document.source_file.save(name, ContentFile(data), save=False)
    document.status, document.meeting, document.saved_by = ImportedDocument.Status.SAVED, meeting, by
    document.saved_at = document.uploaded_at
    document.save()
    return document


def url_kwargs(world) -> dict[str, dict]:
    draft = make_draft(world.partnership, world.business_user, name="matrix.txt", data=b"matrix minutes")
    saved = saved_import(world.partnership, world.business_user)
    return {
        "imports:list": {},
        "imports:upload": {},
        "imports:check": {"pk": draft.pk},
        "imports:discard": {"pk": draft.pk},   # POST only: 405 to GET after the permission check
        "imports:source": {"pk": saved.pk},
        "imports:meeting-source": {"meeting_id": saved.meeting_id},
    }

"""Hostile minutes files through the upload page: refused in seconds with the intake's reason; nothing is kept
but the refused import's audit row (ADR 0062): no meeting, no draft record, no stored file."""
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assure.documents.tests import hostile
from assure.imports.models import ImportedDocument
from assure.meetings.models import Meeting

SECONDS = 20

HOSTILE = [
    ("report.pdf", hostile.many_page_pdf, "This PDF has 5,000 pages; the most Assure reads is 200."),
    ("minutes.docx", hostile.expanding_docx, "would expand to 380.0 MB; more than 250.0 MB is refused as unsafe"),
    ("minutes.txt", hostile.large_text_minutes, "characters of text; the most Assure reads is 1,000,000"),
]


@pytest.mark.parametrize("name, build, reason", HOSTILE)
def test_a_hostile_minutes_file_is_refused_in_seconds_and_leaves_only_its_audit_row(
        name, build, reason, partnership, business_user, client_for, settings):
    client = client_for(business_user)
    data = build()
    started = time.monotonic()
    response = client.post(reverse("imports:upload", args=[partnership.slug]), {"file": SimpleUploadedFile(name, data)})
    elapsed = time.monotonic() - started
    body = response.content.decode()
    assert response.status_code == 200 and reason in body, body[body.find("error-summary__list"):][:400]
    assert elapsed < SECONDS
    refused = ImportedDocument.objects.get()
    assert refused.status == ImportedDocument.Status.FAILED and refused.record in (None, {})
    assert not Meeting.objects.exists()
    media = settings.MEDIA_ROOT
    assert not media.exists() or not any(path.is_file() for path in media.rglob("*"))

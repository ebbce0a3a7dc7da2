"""Hostile minutes files through the upload page: refused with the intake's reason by its cheap checks (a Word file
before any reader, a PDF or text file by the reader's first look, before its costly steps); nothing is kept but the
refused import's audit row (ADR 0062): no meeting, no draft record, no stored file."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assure.documents.tests import hostile
from assure.imports.models import ImportedDocument
from assure.meetings.models import Meeting

HOSTILE = [
    ("report.pdf", hostile.many_page_pdf, "This PDF has 5,000 pages; the most Assure reads is 200.",
     hostile.COSTLY_STEPS),
    ("minutes.docx", hostile.expanding_docx, "would expand to 380.0 MB; more than 250.0 MB is refused as unsafe",
     hostile.PARSING + hostile.COSTLY_STEPS),
    ("minutes.txt", hostile.large_text_minutes, "characters of text; the most Assure reads is 1,000,000",
     hostile.COSTLY_STEPS),
]


@pytest.mark.parametrize("name, build, reason, forbidden", HOSTILE)
def test_a_hostile_minutes_file_is_refused_before_it_is_read_and_leaves_only_its_audit_row(
        name, build, reason, forbidden, partnership, business_user, client_for, settings, monkeypatch):
    client = client_for(business_user)
    data = build()
    reached = hostile.forbid(monkeypatch.setattr, forbidden)  # in the sandbox: their reason comes back instead
    response = client.post(reverse("imports:upload", args=[partnership.slug]), {"file": SimpleUploadedFile(name, data)})
    body = response.content.decode()
    assert response.status_code == 200 and reason in body, body[body.find("error-summary__list"):][:400]
    assert reached == []
    refused = ImportedDocument.objects.get()
    assert refused.status == ImportedDocument.Status.FAILED and refused.record in (None, {})
    assert not Meeting.objects.exists()
    media = settings.MEDIA_ROOT
    assert not media.exists() or not any(path.is_file() for path in media.rglob("*"))

"""The uploaded file is kept with its import (ADR 0110): stored under a random name in the partnership's folder,
gone with a refusal or a discarded draft, downloadable by whoever may see the meeting."""
import datetime
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assure.imports import services
from assure.imports.models import ImportedDocument
from assure.imports.queries import resolve_automatically
from assure.meetings.services import schedule_meeting

from .matrix import saved_import

MINUTES = b"""Fenbridge Safeguarding Partnership Executive Board
Minutes of the meeting held on 15 January 2026, 14:00, Shire Hall, Room 2

Present:
Jackie Channell (JC) - Chair, Fenbridge Council
Tom Price (TP) - Fenshire Police

1. Welcome and apologies
The chair welcomed everyone.

2. Exploitation plan
The board discussed the exploitation plan.
ACTION: JC to circulate the exploitation plan to all members by 28 February 2026.

Date of next meeting: 19 March 2026
"""


def stored_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT) / "imports"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def start(partnership, user, data=MINUTES, name="Board minutes January.txt"):
    return services.start_import(partnership=partnership, file_name=name, data=data, by=user)


def test_a_draft_keeps_the_file_under_a_random_name_in_the_partnerships_folder(partnership, business_user, settings):
    draft, created = start(partnership, business_user)
    assert created and draft.source_file.name
    (path,) = stored_files(settings)
    assert path.read_bytes() == MINUTES
    assert path.parent.name == str(partnership.pk)
    assert re.fullmatch(r"[0-9a-f]{32}\.txt", path.name)   # never the uploaded name: not guessable, no clashes
    assert draft.file_name == "Board minutes January.txt"


def test_the_same_file_again_changes_nothing_and_keeps_one_copy(partnership, business_user, settings):
    first, _ = start(partnership, business_user)
    again, created = start(partnership, business_user, name="renamed.txt")
    assert not created and again.pk == first.pk and again.file_name == "Board minutes January.txt"
    assert len(stored_files(settings)) == 1 and ImportedDocument.objects.count() == 1


@pytest.mark.parametrize("name, data", [("empty.txt", b""), ("shopping.txt", b"eggs\nmilk\nbread\n"),
                                        ("minutes.docx", b"not really a word file")])
def test_a_refused_file_keeps_no_bytes(partnership, business_user, settings, name, data):
    with pytest.raises(services.ImportRefused):
        start(partnership, business_user, data=data, name=name)
    refused = ImportedDocument.objects.get()
    assert refused.status == ImportedDocument.Status.FAILED and not refused.source_file.name
    assert stored_files(settings) == []


def test_discarding_a_draft_deletes_its_file(partnership, business_user, settings, django_capture_on_commit_callbacks):
    draft, _ = start(partnership, business_user)
    with django_capture_on_commit_callbacks(execute=True):
        services.discard_import(draft, by=business_user)
    assert stored_files(settings) == [] and not ImportedDocument.objects.exists()


def test_a_draft_that_fails_to_save_loses_its_file(partnership, business_user, settings,
                                                    django_capture_on_commit_callbacks):
    draft, _ = start(partnership, business_user)
    with django_capture_on_commit_callbacks(execute=True):
        services.mark_failed(draft, reason="The board is not recorded here.", by=business_user)
    draft.refresh_from_db()
    assert draft.status == ImportedDocument.Status.FAILED and not draft.source_file.name
    assert stored_files(settings) == []


def test_a_discard_refused_keeps_the_file(partnership, business_user, executive_board, settings):
    draft, _ = start(partnership, business_user)
    services.commit_import(draft, record=resolve_automatically(partnership, draft.record)[0], by=business_user)
    with pytest.raises(Exception, match="saved as a meeting"):
        services.discard_import(draft, by=business_user)
    assert len(stored_files(settings)) == 1


def test_saving_keeps_the_file_and_the_meeting_page_offers_it(partnership, business_user, member_user,
                                                                executive_board, client_for):
    draft, _ = start(partnership, business_user)
    result = services.commit_import(draft, record=resolve_automatically(partnership, draft.record)[0],
                                    by=business_user)
    meeting = result.meeting
    download = reverse("imports:meeting-source", args=[partnership.slug, meeting.pk])
    page = client_for(member_user).get(reverse("meetings:detail", args=[partnership.slug, meeting.pk]))
    assert download in page.content.decode() and "Download Board minutes January.txt" in page.content.decode()

    response = client_for(member_user).get(download)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="Board minutes January.txt"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == MINUTES


def test_every_role_of_the_partnership_may_download_the_meetings_file_and_no_one_else(
        partnership, other_partnership, business_user, member_user, readonly_user, outsider_user, client_for):
    document = saved_import(partnership, business_user, data=b"%PDF-1.4 minutes", name="minutes.pdf")
    document.kind = "pdf"
    document.save()
    download = reverse("imports:meeting-source", args=[partnership.slug, document.meeting_id])
    for user in (business_user, member_user, readonly_user):
        response = client_for(user).get(download)
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("attachment;")
    # Another partnership's user: not found, through their own partnership's address or ours.
    assert client_for(outsider_user).get(download).status_code == 404
    theirs = reverse("imports:meeting-source", args=[other_partnership.slug, document.meeting_id])
    assert client_for(outsider_user).get(theirs).status_code == 404
    theirs = reverse("imports:source", args=[other_partnership.slug, document.pk])
    assert client_for(outsider_user).get(theirs).status_code == 404


def test_the_imports_own_download_is_for_the_business_team(partnership, business_user, member_user, client_for):
    draft, _ = start(partnership, business_user)
    url = reverse("imports:source", args=[partnership.slug, draft.pk])
    response = client_for(business_user).get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == MINUTES
    assert client_for(member_user).get(url).status_code == 403


def test_a_meeting_not_imported_has_no_file_to_download(partnership, business_user, member_user, executive_board,
                                                        client_for):
    meeting = schedule_meeting(partnership=partnership, body=executive_board, date=datetime.date(2026, 2, 2),
                               by=business_user)
    assert client_for(member_user).get(
        reverse("imports:meeting-source", args=[partnership.slug, meeting.pk])).status_code == 404
    page = client_for(member_user).get(reverse("meetings:detail", args=[partnership.slug, meeting.pk]))
    assert "Minutes file" not in page.content.decode()


def test_an_upload_through_the_page_keeps_the_file(partnership, business_user, client_for, settings):
    client = client_for(business_user)
    response = client.post(reverse("imports:upload", args=[partnership.slug]),
                           {"file": SimpleUploadedFile("jan.txt", MINUTES)})
    assert response.status_code == 302
    assert [p.read_bytes() for p in stored_files(settings)] == [MINUTES]

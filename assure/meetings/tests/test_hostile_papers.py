"""Hostile papers: refused by the intake's checks on the bytes, before any reader and before the transaction;
nothing is stored."""
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assure.documents.tests import hostile
from assure.meetings.models import Paper


def post_paper(client, partnership, item, name, data):
    return client.post(reverse("meetings:paper-add", args=[partnership.slug, item.meeting.pk, item.pk]),
                       {"file": SimpleUploadedFile(name, data)})


def stored_files(settings):
    media = settings.MEDIA_ROOT
    return [path for path in media.rglob("*") if path.is_file()] if media.exists() else []


def test_a_word_paper_expanding_to_380_mb_is_refused_and_nothing_is_stored(
        partnership, item, business_user, client_for, settings, monkeypatch):
    data = hostile.expanding_docx()
    reached = hostile.forbid(monkeypatch.setattr, hostile.PARSING + hostile.COSTLY_STEPS)
    response = post_paper(client_for(business_user), partnership, item, "board paper.docx", data)
    assert response.status_code == 200 and reached == []
    assert "would expand to 380.0 MB; more than 250.0 MB is refused as unsafe" in response.content.decode()
    assert not Paper.objects.exists() and not stored_files(settings)


def test_a_password_protected_word_paper_is_refused(partnership, item, business_user, client_for, settings):
    locked = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le")
    response = post_paper(client_for(business_user), partnership, item, "locked.docx", locked)
    assert "This Word document is password-protected" in response.content.decode()
    assert not Paper.objects.exists() and not stored_files(settings)


def test_a_long_pdf_paper_is_stored_without_being_parsed(partnership, item, business_user, client_for, settings,
                                                         monkeypatch):
    # Members read papers; Assure does not parse them, so a 5,000-page PDF costs a web worker nothing.
    data = hostile.many_page_pdf()
    reached = hostile.forbid(monkeypatch.setattr, hostile.PARSING + hostile.COSTLY_STEPS)
    response = post_paper(client_for(business_user), partnership, item, "inspection.pdf", data)
    assert response.status_code == 302 and Paper.objects.get().size == len(data)
    assert reached == []

"""Hostile publications: the upload's job (ADR 0149) reads the file through the intake (sandboxed, bounded) before
anything is kept, so each is refused by the reader's first look (before its costly steps) with its reason on the
job's page, and leaves no row and no file."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assure.documents.tests import hostile
from assure.jobs.models import Job

from ..models import Publication
from . import factories


@pytest.mark.parametrize("name, build, reason", [
    ("report.pdf", hostile.many_page_pdf, "This PDF has 5,000 pages; the most Assure reads is 200."),
    ("report.txt", hostile.large_text_minutes, "characters of text; the most Assure reads is 1,000,000"),
])
def test_a_hostile_publication_is_refused_before_it_is_read_and_nothing_is_kept(
        name, build, reason, partnership, business_user, client_for, settings, monkeypatch):
    review = factories.review(partnership, business_user)
    data = build()
    reached = hostile.forbid(monkeypatch.setattr, hostile.COSTLY_STEPS)  # in the sandbox: their reason comes back
    response = client_for(business_user).post(
        reverse("reviews:publication-add", args=[partnership.slug, review.pk]),
        {"kind": "report", "title": "Draft report", "file": SimpleUploadedFile(name, data)})
    assert reached == []
    job = Job.objects.get(kind="reviews.identifiability")
    assert response.status_code == 302 and job.status == Job.Status.FAILED and reason in job.error
    page = client_for(business_user).get(response["Location"]).content.decode()
    assert "This did not finish" in page and reason in page
    assert not Publication.objects.exists()
    media = settings.MEDIA_ROOT
    assert not media.exists() or not any(path.is_file() for path in media.rglob("*"))


def test_a_word_file_that_would_expand_is_refused_on_the_form_before_any_job(partnership, business_user, client_for,
                                                                             settings, monkeypatch):
    """A zip's declared sizes are read without a parser: the upload form refuses it at once and names the field."""
    review = factories.review(partnership, business_user)
    data = hostile.expanding_docx()
    reached = hostile.forbid(monkeypatch.setattr, hostile.PARSING + hostile.COSTLY_STEPS)
    response = client_for(business_user).post(
        reverse("reviews:publication-add", args=[partnership.slug, review.pk]),
        {"kind": "report", "title": "Draft report", "file": SimpleUploadedFile("report.docx", data)})
    assert reached == []
    page = response.content.decode()
    assert response.status_code == 200 and "<title>Error: " in page
    assert "would expand to 380.0 MB; more than 250.0 MB is refused as unsafe" in page
    assert not Job.objects.exists() and not Publication.objects.exists()
    media = settings.MEDIA_ROOT
    assert not media.exists() or not any(path.is_file() for path in media.rglob("*"))

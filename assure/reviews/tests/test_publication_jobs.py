"""An uploaded report or briefing is read and checked by the job "reviews.identifiability" (ADR 0149): the upload
keeps the file aside and starts it; the review page shows "Checking…" while it waits; once done the publication's
page shows the check; a refused file leaves no publication. Tests run the queue at once unless they say not."""
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assure.jobs.models import Job

from ..models import Publication
from . import factories

TEXT = b"Learning from the review of Child T.\nCall the team on 07700 900123.\n"


def add_url(partnership, review):
    return reverse("reviews:publication-add", args=[partnership.slug, review.pk])


def post_upload(client, partnership, review, name="report.txt", data=TEXT, title="Learning from Child T"):
    return client.post(add_url(partnership, review), {"kind": "report", "title": title,
                                                      "file": SimpleUploadedFile(name, data)})


def encrypted_pdf() -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=StandardEncryption("secret", canPrint=0))
    pdf.drawString(72, 720, "Learning from the review of Child T")
    pdf.save()
    return buffer.getvalue()


def test_the_upload_goes_to_the_job_page_then_the_publication_shows_its_check(partnership, business_user,
                                                                              client_for):
    review = factories.review(partnership, business_user)
    client = client_for(business_user)
    response = post_upload(client, partnership, review)
    job = Job.objects.get(kind="reviews.identifiability")
    assert response.status_code == 302 and response["Location"] == reverse("jobs:job-detail",
                                                                             args=[partnership.slug, job.pk])
    page = client.get(response["Location"]).content.decode()
    assert "Check Learning from Child T" in page and "Checked: 1 possible identifier" in page
    assert reverse("reviews:review-detail", args=[partnership.slug, review.pk]) in page   # back to the review

    pub = Publication.objects.get()
    detail = client.get(reverse("reviews:publication-detail", args=[partnership.slug, pub.pk])).content.decode()
    assert "govuk-warning-text" in detail and "1 possible identifier." in detail and "07700 900123" in detail


def test_a_clean_file_shows_nothing_found_as_before(partnership, business_user, client_for):
    review = factories.review(partnership, business_user)
    client = client_for(business_user)
    post_upload(client, partnership, review, data=b"Learning about information sharing between agencies.")
    pub = Publication.objects.get()
    assert Job.objects.get().message == "Checked: nothing found that may identify anyone."
    detail = client.get(reverse("reviews:publication-detail", args=[partnership.slug, pub.pk])).content.decode()
    assert "nothing found that may identify anyone" in detail and "govuk-warning-text" not in detail


def test_an_encrypted_pdf_gives_its_reason_on_the_job_page_and_keeps_nothing(partnership, business_user,
                                                                            client_for, settings):
    review = factories.review(partnership, business_user)
    client = client_for(business_user)
    response = post_upload(client, partnership, review, name="report.pdf", data=encrypted_pdf())
    job = Job.objects.get()
    assert job.status == Job.Status.FAILED and "password-protected" in job.error
    page = client.get(response["Location"]).content.decode()
    assert "This did not finish" in page and "report.pdf was not kept: " in page
    assert not Publication.objects.exists()
    assert not any(path.is_file() for path in settings.MEDIA_ROOT.rglob("*"))


def test_a_waiting_check_shows_as_checking_on_the_review_page(partnership, business_user, member_user, client_for,
                                                               settings):
    settings.ASSURE_QUEUE = "redis"   # queued once the request's transaction commits: the test's never does
    review = factories.review(partnership, business_user)
    client = client_for(business_user)
    post_upload(client, partnership, review)
    job = Job.objects.get()
    assert job.status == Job.Status.WAITING and not Publication.objects.exists()
    page = client.get(reverse("reviews:review-detail", args=[partnership.slug, review.pk])).content.decode()
    assert "Checking…" in page and reverse("jobs:job-detail", args=[partnership.slug, job.pk]) in page
    assert "Learning from Child T" in page and "None uploaded." not in page


@pytest.mark.parametrize("user", ["readonly_user", "member_user"])
def test_only_the_business_team_can_start_a_check(user, partnership, business_user, client_for, request):
    review = factories.review(partnership, business_user)
    response = post_upload(client_for(request.getfixturevalue(user)), partnership, review)
    assert response.status_code in (403, 404)
    assert not Job.objects.exists() and not Publication.objects.exists()


def test_a_second_report_is_refused_before_any_job(partnership, business_user, client_for):
    review = factories.review(partnership, business_user)
    factories.publication(review, business_user)
    response = post_upload(client_for(business_user), partnership, review, title="Another")
    assert response.status_code == 200 and "already has its report uploaded" in response.content.decode()
    assert Job.objects.count() == 1 and Publication.objects.count() == 1

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from assure.jobs.models import Job

from .. import clocks, publishing, queries, services
from ..models import BreachReason, IdentifiabilityCheck, Publication, Review
from . import factories

D = datetime.date
TEXT = (b"Learning from the review of Child T.\n"
        b"Her mother, Jordan Blake, rang 07700 900123 from 12 Alder Close, FB1 2AB.\n")


def ready_review(partnership, by, **kwargs):
    review = factories.review(partnership, by, **kwargs)
    review = services.edit_review(review, by=by, expected_version=review.version,
                                  publication_planned_on=D(2026, 3, 9))
    return services.record_publication_notice(review, by=by, expected_version=review.version, sent_on=D(2026, 2, 26))


def test_check_finds_and_keeps_hits_with_context(partnership, business_user):
    pub = factories.publication(factories.review(partnership, business_user), business_user, text=TEXT)
    check = publishing.run_check(pub, by=business_user, case_names=["Jordan Blake", ""])
    kinds = list(check.hits.values_list("category", flat=True))
    assert {"case_name", "phone", "address", "postcode"} <= set(kinds)
    phone = check.hits.get(category="phone")
    assert phone.text == "07700 900123" and "rang 07700 900123 from" in phone.context
    assert check.run_by == business_user and check.file_sha256 == pub.file_sha256


def test_publishing_requires_a_check_with_every_hit_decided(partnership, business_user):
    review = ready_review(partnership, business_user)
    pub = factories.publication(review, business_user, text=TEXT)   # checked on upload: its hits to decide
    with pytest.raises(ValidationError, match=r"found by the check still needs? clearing or justifying"):
        publishing.publish(pub, by=business_user, expected_version=pub.version, published_on=D(2026, 3, 9))
    pub.refresh_from_db()
    check = publishing.run_check(pub, by=business_user, case_names=["Jordan Blake"])
    with pytest.raises(ValidationError, match=r"found by the check still needs? clearing or justifying"):
        publishing.publish(pub, by=business_user, expected_version=pub.version, published_on=D(2026, 3, 9))
    pub.refresh_from_db()
    hits = list(check.hits.all())
    with pytest.raises(ValidationError, match="Give the reason for keeping"):
        publishing.decide_hit(hits[0], by=business_user, outcome="justified", note="")
    publishing.decide_hit(hits[0], by=business_user, outcome="justified", note="Published with the family's consent")
    for hit in hits[1:]:
        publishing.decide_hit(hit, by=business_user, outcome="cleared")
    publishing.publish(pub, by=business_user, expected_version=pub.version, published_on=D(2026, 3, 9))
    review.refresh_from_db()
    assert review.published_on == D(2026, 3, 9) and review.stage == Review.Stage.PUBLICATION
    assert IdentifiabilityCheck.objects.get(pk=check.pk).hits.filter(outcome="cleared").count() == len(hits) - 1


def test_a_new_file_needs_a_new_check(partnership, business_user):
    pub = factories.publication(ready_review(partnership, business_user), business_user, text=b"Nothing to see.")
    publishing.run_check(pub, by=business_user, case_names=[])
    pub.file_sha256 = "0" * 64
    pub.save()
    assert publishing.readiness(pub) == "The file changed after the last check: run the check again."


def test_only_the_latest_check_can_be_decided(partnership, business_user):
    pub = factories.publication(factories.review(partnership, business_user), business_user, text=TEXT)
    old = publishing.run_check(pub, by=business_user, case_names=[])
    publishing.run_check(pub, by=business_user, case_names=[])
    with pytest.raises(ValidationError, match="newer check"):
        publishing.decide_hit(old.hits.first(), by=business_user, outcome="cleared")


def test_cspr_report_needs_the_notice_first(partnership, business_user):
    pub = factories.publication(factories.review(partnership, business_user), business_user, text=b"Clean text.")
    publishing.run_check(pub, by=business_user, case_names=[])
    with pytest.raises(ValidationError, match="Record the notice to the National Panel"):
        publishing.publish(pub, by=business_user, expected_version=pub.version, published_on=D(2026, 3, 9))


def test_late_publication_needs_a_reason(partnership, business_user):
    review = ready_review(partnership, business_user, date_aware=D(2025, 6, 2), date_notified=D(2025, 6, 3))
    pub = factories.publication(review, business_user, text=b"Clean text.")
    publishing.run_check(pub, by=business_user, case_names=[])
    with pytest.raises(ValidationError, match="report published was due by"):
        publishing.publish(pub, by=business_user, expected_version=pub.version, published_on=D(2026, 3, 9))
    pub.refresh_from_db()
    publishing.publish(pub, by=business_user, expected_version=pub.version, published_on=D(2026, 3, 9),
                       late_reason="Reviewer shortage")
    assert BreachReason.objects.get(case=review.case, clock="publication").reason == "Reviewer shortage"


def test_briefings_publish_without_touching_the_review(partnership, business_user):
    review = factories.review(partnership, business_user, kind="sar", subject="adult", pseudonym="Mr K")
    pub = factories.publication(review, business_user, text=b"Seven things to learn.", kind="seven_minute_briefing")
    publishing.run_check(pub, by=business_user, case_names=[])
    publishing.publish(pub, by=business_user, expected_version=pub.version, published_on=D(2026, 3, 2))
    review.refresh_from_db()
    assert review.published_on is None


@pytest.mark.parametrize("name, content, message", [
    ("report.exe", b"MZ", r"\(\.exe\) cannot be read: upload \.docx, \.pdf or \.txt"),
    ("report.docx", b"not really a word file", "called .docx but is really a text file"),
    ("report.txt", b"", "The file is empty"),
])
def test_upload_refusals(partnership, business_user, name, content, message):
    """What needs no parser is refused at once: no job, nothing stored."""
    review = factories.review(partnership, business_user)
    with pytest.raises(ValidationError, match=message):
        publishing.upload_publication(review, by=business_user, kind="report", title="R",
                                      file=SimpleUploadedFile(name, content))
    assert not Publication.objects.exists() and not Job.objects.exists()


def test_a_file_the_reader_refuses_fails_its_job_with_the_reason_and_nothing_is_kept(partnership, business_user,
                                                                                    settings):
    review = factories.review(partnership, business_user)
    job = publishing.upload_publication(review, by=business_user, kind="report", title="R",
                                        file=SimpleUploadedFile("report.pdf", b"%PDF-1.4\n garbage"))
    assert job.status == Job.Status.FAILED and job.error.startswith("report.pdf was not kept: ")
    assert "PDF could not be read" in job.error
    assert not Publication.objects.exists()
    assert not any(path.is_file() for path in settings.MEDIA_ROOT.rglob("*"))


def test_the_upload_is_read_and_checked_by_its_job_with_progress(partnership, business_user):
    review = factories.review(partnership, business_user)
    job = publishing.upload_publication(review, by=business_user, kind="report", title="The report",
                                        file=SimpleUploadedFile("report.txt", TEXT))
    pub = Publication.objects.get()
    check = pub.latest_check()
    assert job.status == Job.Status.DONE and (job.done, job.total) == (2, 2)
    assert job.result == {"publication_id": pub.pk, "hits": check.hits.count(),
                          "url": f"/p/{partnership.slug}/reviews/publications/{pub.pk}/"}
    assert {"phone", "address", "postcode"} <= set(check.hits.values_list("category", flat=True))
    assert job.message == f"Checked: {check.hits.count()} possible identifiers to clear or justify before publishing."
    assert pub.uploaded_by == business_user and check.run_by == business_user
    assert pub.history.get().history_user == business_user


def test_a_file_damaged_after_upload_gives_a_clear_message_and_no_check(partnership, business_user):
    pub = factories.publication(factories.review(partnership, business_user), business_user)
    with pub.file.open("wb") as handle:  # e.g. storage corrupted since the upload
        handle.write(b"\x00\x01\x02 no longer text")
    with pytest.raises(ValidationError, match="The file could not be checked: The file is called .txt but is really"):
        publishing.run_check(pub, by=business_user, case_names=[])
    assert pub.checks.count() == 1   # only the upload's own check


def test_a_report_uploaded_with_a_planned_date_starts_the_review_s_notice_clock(partnership, business_user):
    review = factories.review(partnership, business_user)
    publishing.upload_publication(review, by=business_user, kind="report", title="The report",
                                  file=SimpleUploadedFile("report.txt", TEXT),
                                  planned_publication_on=D(2026, 3, 16))
    review.refresh_from_db()
    assert review.publication_planned_on == D(2026, 3, 16)
    case_clocks = queries.case_clocks(review.case, clocks.DEFAULT_RULES)
    notice = queries.find_clock(case_clocks, BreachReason.Clock.PUBLICATION_NOTICE)
    assert notice is not None and notice.status.due == D(2026, 3, 5)  # seven working days before 16 March
    assert review.history.first().history_user == business_user


def test_a_briefing_shares_the_review_s_date_and_may_move_it(partnership, business_user):
    review = factories.review(partnership, business_user)
    services.edit_review(review, by=business_user, expected_version=review.version,
                         publication_planned_on=D(2026, 4, 1))
    publishing.upload_publication(review, by=business_user, kind="seven_minute_briefing", title="7MB",
                                  file=SimpleUploadedFile("7mb.txt", TEXT))
    review.refresh_from_db()
    assert review.publication_planned_on == D(2026, 4, 1)  # left alone when the upload gives no date
    assert review.publications.get(title="7MB")  # the briefing was checked and kept by its job
    publishing.upload_publication(review, by=business_user, kind="report", title="Report",
                                  file=SimpleUploadedFile("r.txt", TEXT), planned_publication_on=D(2026, 4, 20))
    review.refresh_from_db()
    assert review.publication_planned_on == D(2026, 4, 20)


def test_a_planned_date_before_the_decision_is_refused_and_nothing_uploaded(partnership, business_user):
    review = factories.review(partnership, business_user)  # decision agreed 19 January 2026
    with pytest.raises(ValidationError, match="before the decision to review"):
        publishing.upload_publication(review, by=business_user, kind="report", title="The report",
                                      file=SimpleUploadedFile("report.txt", TEXT),
                                      planned_publication_on=D(2025, 12, 1))
    assert not review.publications.exists()

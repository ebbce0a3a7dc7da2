"""The yearly report's services: each refusal says what to do; the sign-off freezes figures and files."""
import datetime
import hashlib

import pytest
from django.core.exceptions import ValidationError

from assure.core.concurrency import EditConflict
from assure.meetings.models import Meeting
from assure.reports import services
from assure.reports.models import Recipient, YearlyReport
from assure.reports.yearly import checklist

from . import factories

D = datetime.date


def messages_of(error) -> str:
    return " ".join(m for ms in error.value.message_dict.values() for m in ms) if hasattr(
        error.value, "error_dict") else " ".join(error.value.messages)


@pytest.mark.parametrize(("starts_on", "ends_on", "title"), [
    (D(2025, 4, 1), D(2026, 3, 31), "Yearly report 2025/26"),
    (D(2025, 1, 1), D(2025, 12, 31), "Yearly report 2025"),
])
def test_start_report_defaults_the_title_and_makes_an_empty_text_per_section(partnership, business_user, starts_on,
                                                                            ends_on, title):
    report = factories.draft(partnership, business_user, starts_on=starts_on, ends_on=ends_on)
    assert report.title == title and report.status == "draft"
    assert report.texts.count() == 15 and not report.texts.exclude(text="").exists()


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"starts_on": D(2025, 4, 1), "ends_on": D(2026, 7, 31)}, "ends_on", "15 months or shorter"),
    ({"starts_on": D(2026, 4, 1), "ends_on": D(2026, 3, 31)}, "ends_on", "must end after it starts"),
    ({"kind": "nonsense"}, "kind", "Choose whether"),
    ({"starts_on": D(2026, 4, 1), "ends_on": D(2027, 3, 31)}, "starts_on", "start today or in the past"),
])
def test_start_report_refuses_a_bad_period_or_kind(partnership, business_user, changes, field, words):
    fields = {"kind": "joint", "starts_on": D(2025, 4, 1), "ends_on": D(2026, 3, 31), **changes}
    with pytest.raises(ValidationError) as error:
        services.start_report(partnership=partnership, by=business_user, **fields)
    assert field in error.value.message_dict and words in messages_of(error)


@pytest.mark.parametrize(("children", "adults", "kind"), [(False, True, "children"), (False, True, "joint"),
                                                          (True, False, "adults")])
def test_start_report_refuses_a_kind_the_partnership_does_not_cover(partnership, business_user, children, adults,
                                                                    kind):
    partnership.covers_children, partnership.covers_adults = children, adults
    partnership.save()
    with pytest.raises(ValidationError) as error:
        factories.draft(partnership, business_user, kind=kind)
    assert "does not cover" in messages_of(error)


def test_start_report_refuses_a_second_report_for_the_same_period_and_kind(partnership, business_user):
    factories.draft(partnership, business_user)
    with pytest.raises(ValidationError) as error:
        factories.draft(partnership, business_user)
    assert "already a report for this period" in messages_of(error)
    factories.draft(partnership, business_user, kind="adults")  # another kind is another report


def test_a_stale_section_edit_is_refused_not_overwritten(partnership, business_user, member_user):
    report = factories.draft(partnership, business_user)
    opened = report.texts.get(key="foreword").version
    services.save_section_text(report, by=business_user, key="foreword", expected_version=opened, text="Mine.")
    with pytest.raises(EditConflict, match="Someone else changed this section"):
        services.save_section_text(report, by=member_user, key="foreword", expected_version=opened, text="Theirs.")
    assert report.texts.get(key="foreword").text == "Mine."


def test_a_pasted_document_is_refused_as_a_section_text_and_the_text_is_kept(partnership, business_user):
    report = factories.draft(partnership, business_user)
    opened = report.texts.get(key="voice").version
    services.save_section_text(report, by=business_user, key="voice", expected_version=opened, text="Ours.")
    with pytest.raises(ValidationError) as error:
        services.save_section_text(report, by=business_user, key="voice", expected_version=opened + 1,
                                   text="word " * 10_000)
    assert "text" in error.value.message_dict and "40,000 characters or fewer" in messages_of(error)
    assert report.texts.get(key="voice").text == "Ours."


def test_a_section_of_another_kind_or_a_signed_off_report_cannot_be_written(partnership, business_user):
    report = factories.draft(partnership, business_user)
    with pytest.raises(ValidationError, match="Choose one of the report's sections"):
        services.save_section_text(report, by=business_user, key="nonsense", expected_version=1, text="x")
    report.status = YearlyReport.Status.SIGNED_OFF
    with pytest.raises(ValidationError, match="Reopen it as a draft"):
        services.save_section_text(report, by=business_user, key="foreword", expected_version=1, text="x")


def test_comments_are_taken_on_drafts_and_resolved_once(partnership, business_user, member_user):
    report = factories.draft(partnership, business_user)
    with pytest.raises(ValidationError, match="Enter your comment"):
        services.add_comment(report, by=member_user, text="  ")
    comment = services.add_comment(report, by=member_user, text="Name the slow priorities.", key="priorities")
    services.resolve_comment(comment, by=business_user)
    assert comment.resolved_by == business_user
    with pytest.raises(ValidationError, match="already resolved"):
        services.resolve_comment(comment, by=business_user)
    report.status = YearlyReport.Status.PUBLISHED
    with pytest.raises(ValidationError, match="on a draft only"):
        services.add_comment(report, by=member_user, text="Too late")


def test_missing_reasons_are_for_the_report_s_own_requirements(partnership, business_user):
    report = factories.draft(partnership, business_user, kind="children", starts_on=D(2024, 4, 1),
                             ends_on=D(2025, 3, 31))
    with pytest.raises(ValidationError, match="statutory requirements"):
        services.record_missing_reason(report, by=business_user, requirement="SAB-c", reason="Not ours")
    with pytest.raises(ValidationError, match="Enter why"):
        services.record_missing_reason(report, by=business_user, requirement="WT-voice", reason=" ")
    reason = services.record_missing_reason(report, by=business_user, requirement="WT-voice", reason="Survey late")
    again = services.record_missing_reason(report, by=business_user, requirement="WT-voice", reason="Survey later")
    assert again.pk == reason.pk and report.missing_reasons.get().reason == "Survey later"
    services.remove_missing_reason(again, by=business_user)
    assert not report.missing_reasons.exists()


def test_a_partner_report_is_checked_like_every_upload(partnership, business_user, organisations):
    report = factories.draft(partnership, business_user)
    with pytest.raises(ValidationError) as error:
        services.upload_partner_report(report, by=business_user, organisation=organisations["police"],
                                       title="Police year", file_name="year.exe", data=b"MZ\x90\x00binary")
    assert "file" in error.value.message_dict
    with pytest.raises(ValidationError, match="organisations"):
        services.upload_partner_report(report, by=business_user, organisation=None, title="x",
                                       file_name="year.txt", data=b"Our year.")
    saved = services.upload_partner_report(report, by=business_user, organisation=organisations["police"],
                                           title="Police year", file_name="year.txt", data=b"Our year in words.")
    assert saved.size == 18


def write_every_section(report, by):
    for text in report.texts.all():
        services.save_section_text(report, by=by, key=text.key, expected_version=text.version,
                                   text=f"What we did: {text.key}.")


def test_sign_off_freezes_the_figures_and_keeps_the_files(partnership, business_user, executive_board):
    """After sign-off, a meeting added to the period does not move the report's figures or its files."""
    Meeting.objects.create(partnership=partnership, body=executive_board, date=D(2025, 6, 2))
    report = factories.draft(partnership, business_user)
    services.sign_off(report, by=business_user, expected_version=report.version)
    report.refresh_from_db()
    assert report.status == "signed_off" and report.frozen["figures"]["meetings"] == 1
    kept = {f.file_format: bytes(f.content) for f in report.files.all()}
    assert set(kept) == {"docx", "pdf", "html"}
    assert all(f.sha256 == hashlib.sha256(bytes(f.content)).hexdigest() for f in report.files.all())
    Meeting.objects.create(partnership=partnership, body=executive_board, date=D(2025, 9, 1))
    report.refresh_from_db()
    assert report.frozen["figures"]["meetings"] == 1
    assert {f.file_format: bytes(f.content) for f in report.files.all()} == kept
    assert "Draft:" not in kept["html"].decode()
    with pytest.raises(ValidationError, match="Only a draft can be signed off"):
        services.sign_off(report, by=business_user, expected_version=report.version)
    # Reopened, the figures are live again.
    services.reopen(report, by=business_user, expected_version=report.version, reason="Add the autumn meeting")
    report.refresh_from_db()
    assert report.is_draft and report.frozen is None and not report.files.exists()
    assert services.assemble.draft(report).figures["meetings"] == 2


def test_reopen_needs_a_reason_and_a_signed_off_report(partnership, business_user):
    report = factories.draft(partnership, business_user)
    with pytest.raises(ValidationError, match="already a draft"):
        services.reopen(report, by=business_user, expected_version=report.version, reason="x")
    published = factories.published(partnership, business_user)
    with pytest.raises(ValidationError, match="stays as it was published"):
        services.reopen(published, by=business_user, expected_version=published.version, reason="x")
    published.status = "signed_off"
    published.save()
    with pytest.raises(ValidationError, match="Enter why"):
        services.reopen(published, by=business_user, expected_version=published.version, reason="")


def signed_off_without_pdf(partnership, by, kind="children"):
    """A signed-off report, frozen as sign_off freezes it, without drawing the files (fast)."""
    report = factories.draft(partnership, by, kind=kind, starts_on=D(2024, 4, 1), ends_on=D(2025, 3, 31))
    return report


def freeze(report):
    report.frozen, report.status = services.frozen_data(report), YearlyReport.Status.SIGNED_OFF
    report.save()
    return report


def test_publication_is_blocked_by_an_empty_requirement_until_a_reason_is_recorded(partnership, business_user):
    report = freeze(signed_off_without_pdf(partnership, business_user))
    empty = [line.requirement.code for line in checklist.blocking(
        services.assemble.draft(YearlyReport.objects.get(pk=report.pk)).checklist)]
    assert "WT-voice" in empty and "WT-effective" in empty
    with pytest.raises(ValidationError, match="cannot be published while a statutory requirement"):
        services.publish(report, by=business_user, expected_version=report.version, published_on=D(2026, 3, 2),
                         web_address="https://example.org.uk/yr")
    for code in {line["requirement"] for line in report.frozen["checklist"] if not line["met"]}:
        services.record_missing_reason(report, by=business_user, requirement=code, reason="Explained in the foreword")
    services.publish(report, by=business_user, expected_version=report.version, published_on=D(2026, 3, 2),
                     web_address="https://example.org.uk/yr")
    report.refresh_from_db()
    assert report.status == "published" and report.published_by == business_user
    assert list(report.recipients.values_list("name", "statutory")) == [
        ("Child Safeguarding Practice Review Panel", True), ("What Works Centre for Children's Social Care", True)]


def test_written_sections_meet_the_requirements(partnership, business_user):
    report = factories.draft(partnership, business_user, kind="adults", starts_on=D(2024, 4, 1),
                             ends_on=D(2025, 3, 31))
    write_every_section(report, business_user)
    assert not checklist.blocking(services.assemble.draft(report).checklist)


@pytest.mark.parametrize(("changes", "words"), [
    ({"published_on": D(2026, 3, 10)}, "today or in the past"),
    ({"published_on": None}, "Enter the date"),
    ({"web_address": ""}, "Enter the web address"),
])
def test_publish_refuses_a_bad_date_or_address(partnership, business_user, changes, words):
    report = freeze(signed_off_without_pdf(partnership, business_user, kind="adults"))
    fields = {"published_on": D(2026, 3, 2), "web_address": "https://example.org.uk/yr", **changes}
    with pytest.raises(ValidationError, match=words):
        services.publish(report, by=business_user, expected_version=report.version, **fields)


def test_publish_refuses_a_draft(partnership, business_user):
    report = factories.draft(partnership, business_user)
    with pytest.raises(ValidationError, match="sign this draft off first"):
        services.publish(report, by=business_user, expected_version=report.version, published_on=D(2026, 3, 2),
                         web_address="https://example.org.uk/yr")


def test_sending_is_recorded_and_other_recipients_added(partnership, business_user):
    report = factories.published(partnership, business_user)
    panel = report.recipients.first()
    with pytest.raises(ValidationError, match="on or after the date it was published"):
        services.record_sending(panel, by=business_user, expected_version=panel.version, sent_on=D(2026, 3, 1),
                                how="email")
    with pytest.raises(ValidationError, match="Enter how"):
        services.record_sending(panel, by=business_user, expected_version=panel.version, sent_on=D(2026, 3, 3),
                                how=" ")
    services.record_sending(panel, by=business_user, expected_version=panel.version, sent_on=D(2026, 3, 3),
                            how="By email to the Panel's mailbox")
    with pytest.raises(EditConflict):
        services.record_sending(panel, by=business_user, expected_version=1, sent_on=D(2026, 3, 4), how="post")
    added = services.add_recipient(report, by=business_user, name="Fenbridge Scrutiny Committee")
    assert not added.statutory and added.position == 3
    with pytest.raises(ValidationError, match="already listed"):
        services.add_recipient(report, by=business_user, name="fenbridge scrutiny committee")
    assert Recipient.objects.get(pk=panel.pk).sent_on == D(2026, 3, 3)
    draft = factories.draft(partnership, business_user)
    with pytest.raises(ValidationError, match="once the report is published"):
        services.add_recipient(draft, by=business_user, name="Someone")

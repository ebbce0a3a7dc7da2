"""The reports services' cases for core/tests/test_service_actors.py: each builds what the service needs (as the
world's set-up user) and returns a call taking the acting user."""
import datetime

from assure.reports import services
from assure.reports.models import YearlyReport

from . import factories

D = datetime.date


def a_draft(w):
    return factories.draft(w.partnership, w.setup)


def frozen(w, kind="adults"):
    report = factories.draft(w.partnership, w.setup, kind=kind, starts_on=D(2024, 4, 1), ends_on=D(2025, 3, 31))
    for text in report.texts.all():
        services.save_section_text(report, by=w.setup, key=text.key, expected_version=text.version, text="Done.")
    report.frozen, report.status = services.frozen_data(report), YearlyReport.Status.SIGNED_OFF
    report.save()
    return report


def a_comment(w):
    return services.add_comment(a_draft(w), by=w.setup, text="More on neglect, please.")


def a_reason(w):
    return services.record_missing_reason(a_draft(w), by=w.setup, requirement="WT-voice", reason="Survey late.")


def a_published(w):
    return factories.published(w.partnership, w.setup)


CASES = {
    "assure.reports.services.start_report": lambda w: lambda by: services.start_report(
        partnership=w.partnership, by=by, kind="joint", starts_on=D(2025, 4, 1), ends_on=D(2026, 3, 31)),
    "assure.reports.services.save_section_text": lambda w: (lambda r: lambda by: services.save_section_text(
        r, by=by, key="foreword", expected_version=1, text="A year of change."))(a_draft(w)),
    "assure.reports.services.add_comment": lambda w: (lambda r: lambda by: services.add_comment(
        r, by=by, text="Say more."))(a_draft(w)),
    "assure.reports.services.resolve_comment": lambda w: (lambda c: lambda by: services.resolve_comment(
        c, by=by))(a_comment(w)),
    "assure.reports.services.record_missing_reason": lambda w: (lambda r: lambda by: services.record_missing_reason(
        r, by=by, requirement="WT-voice", reason="Survey late."))(a_draft(w)),
    "assure.reports.services.remove_missing_reason": lambda w: (lambda r: lambda by: services.remove_missing_reason(
        r, by=by))(a_reason(w)),
    "assure.reports.services.upload_partner_report": lambda w: (lambda r: lambda by: services.upload_partner_report(
        r, by=by, organisation=w.org, title="Police year", file_name="year.txt", data=b"Our year."))(a_draft(w)),
    "assure.reports.services.store_draft": lambda w: (lambda r: lambda by: services.store_draft(
        r, by=by))(a_draft(w)),
    # The drafting job's own history row (drafted_at) names the person who started it.
    "assure.reports.services.start_drafting": lambda w: (lambda r: lambda by: services.start_drafting(
        r, by=by))(a_draft(w)),
    "assure.reports.services.sign_off": lambda w: (lambda r: lambda by: services.sign_off(
        r, by=by, expected_version=r.version))(a_draft(w)),
    "assure.reports.services.reopen": lambda w: (lambda r: lambda by: services.reopen(
        r, by=by, expected_version=r.version, reason="One more meeting."))(frozen(w)),
    "assure.reports.services.publish": lambda w: (lambda r: lambda by: services.publish(
        r, by=by, expected_version=r.version, published_on=D(2026, 3, 2), web_address="https://example.org.uk/yr"))(
        frozen(w)),
    "assure.reports.services.add_recipient": lambda w: (lambda r: lambda by: services.add_recipient(
        r, by=by, name="Scrutiny Committee"))(a_published(w)),
    "assure.reports.services.record_sending": lambda w: (lambda r: lambda by: services.record_sending(
        r, by=by, expected_version=r.version, sent_on=D(2026, 3, 3), how="By email"))(
        a_published(w).recipients.first()),
}

NO_ACTOR = {
    "assure.reports.services.default_title": "pure",
    "assure.reports.services.months_between": "pure",
    "assure.reports.services.check_period": "checks a period; writes nothing",
    "assure.reports.services.frozen_data": "reads the report as it stands; writes nothing",
    "assure.reports.services.blocking": "reads the checklist; writes nothing",
}

"""The demo partnership's yearly report (issue 12): a draft for 2025/26, joint when the partnership covers children
and adults, with a foreword and some narrative written by the business team and one comment from a member of the
Executive Board. Everything is invented. Every write goes through the reports services."""
import datetime

from assure.reports import services

FOREWORD = (
    "This has been a year of steady work rather than headlines. The partners kept their promise to meet as an "
    "Executive every quarter, and every meeting had the three statutory partners at the table.\n\n"
    "We are proudest of the neglect work: practitioners in every agency now use the same screening tool, and the "
    "audit in the autumn found it in most of the files we read. We are less proud of how slowly we published the "
    "learning from our review, and this report says why.")
EFFECTIVENESS = (
    "The arrangements worked best where the partners shared one picture: the quarterly dataset, discussed at every "
    "Executive, led to the neglect audit and to the change in the front door's screening.\n\n"
    "They worked least well where a subgroup met without the agency it needed: two Exploitation meetings went ahead "
    "without health, and the actions from them slipped.")
VOICE = (
    "Young people from the Children in Care Council reviewed the neglect leaflet and rewrote half of it. Parents who "
    "took part in the audit's conversations told us that a single named worker mattered more than anything else, "
    "and the partners have written that into the neglect strategy.")


def kind_for(partnership) -> str:
    if partnership.covers_children and partnership.covers_adults:
        return "joint"
    return "children" if partnership.covers_children else "adults"


def year_of(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The demo's report year: the twelve months to the end of last month, so that the demo's reviews, audits and
    meetings (dated from the day the demo is built) fall inside it."""
    starts_on = today.replace(year=today.year - 1, day=1)  # the first of this month a year ago
    return starts_on, today.replace(day=1) - datetime.timedelta(days=1)


def extend(world) -> None:
    by = world.business_user
    starts_on, ends_on = year_of(world.today)
    report = services.start_report(partnership=world.partnership, by=by, kind=kind_for(world.partnership),
                                   starts_on=starts_on, ends_on=ends_on)
    for key, text in (("foreword", FOREWORD), ("effectiveness", EFFECTIVENESS), ("voice", VOICE)):
        opened = report.texts.get(key=key)
        services.save_section_text(report, by=by, key=key, expected_version=opened.version, text=text)
    services.add_comment(report, by=world.member_user, key="priorities",
                         text="Could this section say plainly which priority moved slowest, and what we are doing "
                              "about it next year?")
    # Drafting is a job on the site (reports.draft); the demo drafts at once, so its report opens drafted.
    services.store_draft(report, by=by)

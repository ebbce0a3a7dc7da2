"""The demo partnership's reminders (issue 13): the business manager keeps the default of a reminder seven days
before an action is due and the digests on Mondays, and one board member has turned the weekly digest off.
Nothing is sent while the demo is built: `assure send-reminders --partnership marshcombe --dry-run` shows what
the first morning's run would send."""
from assure.reminders import queries, services


def extend(world) -> None:
    by, partnership = world.business_user, world.partnership
    settings = queries.settings_for(partnership)
    services.update_settings(partnership, by=by, expected_version=settings.version, days_before_due=7,
                             digest_weekday=0, team_digest=True)
    member = world.member_user
    person = queries.person_of(member, partnership)
    if person is not None:
        preference = queries.preference_for(person)
        services.update_preferences(person, by=member, expected_version=preference.version, digest=False)

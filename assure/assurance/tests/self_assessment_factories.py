"""Building self-assessment rounds for tests through the services (fictional schools and people only)."""
import datetime

from assure.partnerships.models import Body, Organisation, Person

from .. import services

D = datetime.date
SCHOOLS = ["Brookfield Primary School", "Tarnside Academy", "St Anne's CE Primary School"]


def school(partnership, name, short_name=""):
    organisation, _ = Organisation.objects.get_or_create(partnership=partnership, name=name,
                                                         defaults={"kind": "education", "short_name": short_name})
    return organisation


def contact(partnership, organisation, full_name, user=None, email=""):
    """A school's designated safeguarding lead; `user` gives them a sign-in."""
    person = Person.objects.filter(partnership=partnership, user=user).first() if user is not None else None
    if person is None:
        person = Person.objects.create(partnership=partnership, full_name=full_name, user=user)
    person.organisation, person.email = organisation, email or person.email
    person.save()
    return person


def education_group(partnership):
    body, _ = Body.objects.get_or_create(partnership=partnership, name="Education Safeguarding Group",
                                         defaults={"kind": Body.Kind.SUBGROUP})
    return body


def school_round(partnership, by, *, schools=None, deadline=D(2026, 2, 27), title="Section 175 audit 2025/26",
                 **overrides):
    schools = schools or [school(partnership, name) for name in SCHOOLS]
    fields = {"year": 2025, "framework": "section_175", "title": title, "deadline": deadline,
              "organisations": schools, "planned_start": D(2026, 1, 12), "planned_report": D(2026, 4, 20)}
    fields.update(overrides)
    if "owner_body" not in fields:   # made only when not given, so a test's own body is all that exists
        fields["owner_body"] = education_group(partnership)
    return services.add_self_assessment_round(partnership=partnership, by=by, **fields)


def all_ratings(self_assessment, rating="green", evidence="Seen in the audit file"):
    return {standard.pk: (rating, evidence) for standard in self_assessment.standards.all()}


def submit(organisation_return, by, rating="green"):
    return services.submit_return(organisation_return, by=by, expected_version=organisation_return.version,
                                  ratings=all_ratings(organisation_return.round, rating))

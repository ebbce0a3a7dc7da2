"""Building risks for tests through the services (fictional people and organisations only)."""
import datetime

from assure.partnerships.models import Body, Organisation, Person

from .. import services

D = datetime.date


def board(partnership):
    body, _ = Body.objects.get_or_create(partnership=partnership, name="Risk Test Executive Board",
                                         defaults={"kind": Body.Kind.EXECUTIVE_BOARD})
    return body


def owner(partnership, name="Priya Raman"):
    org, _ = Organisation.objects.get_or_create(partnership=partnership, name="Risk Test Council",
                                                defaults={"kind": "local_authority"})
    person, _ = Person.objects.get_or_create(partnership=partnership, full_name=name,
                                             defaults={"organisation": org})
    return person


def scores(inherent=(4, 4), current=(3, 4), target=(2, 3)) -> dict:
    return {"inherent_likelihood": inherent[0], "inherent_impact": inherent[1],
            "current_likelihood": current[0], "current_impact": current[1],
            "target_likelihood": target[0], "target_impact": target[1]}


def risk_fields(partnership, **overrides) -> dict:
    fields = {"title": "Partner contributions fall short of the agreed budget",
              "cause": "A partner's budget is cut in year.",
              "consequence": "Training and reviews go unfunded.", "category": "financial",
              "controls": "Three-year funding agreement.",
              "raised_on": D(2026, 1, 12), "review_date": D(2026, 6, 30), **scores()}
    fields.update(overrides)
    # Made only when not given, so a test's own owner and board are all that exist.
    if "owner" not in fields:
        fields["owner"] = owner(partnership)
    if "body" not in fields:
        fields["body"] = board(partnership)
    return fields


def risk(partnership, by, **overrides):
    return services.add_risk(partnership=partnership, by=by, **risk_fields(partnership, **overrides))

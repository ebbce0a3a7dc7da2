"""`generate()`: synthetic partnerships for measuring Assure at scale, written in bulk with history.

Deterministic for a seed: every choice comes from a random.Random seeded by the seed and the partnership's number,
and every date from assure.core.clock.today(). Partnership 1 (gen-001) is large, about the benchmark's reference
partnership over ten years; the others are small. One transaction per partnership; its search index is rebuilt
once it is written (the writes themselves mark nothing for the index).
"""
import random
import time
from collections import Counter

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import ProtectedError

from assure.actions import dues
from assure.actions.models import Action
from assure.assurance.models import Activity, Complaint, Escalation, Risk
from assure.budget.models import FinancialYear
from assure.core import clock
from assure.core.transactions import refresh_planner_statistics
from assure.meetings.models import Meeting
from assure.partnerships.models import Partnership
from assure.reviews.models import Case, Review
from assure.search import services as search_services
from assure.search.signals import suspended
from assure.training.models import Booking, Delegate

from .assurance import build_complaints, build_escalations, build_plan, build_programme
from .meetings import build_actions, build_meetings
from .others import build_budget, build_dataset, build_risks, build_training
from .reviews import build_reviews
from .structure import LARGE, SMALL, Area, build_structure, place_name, years_before
from .writer import Writer, moment

GENERATOR_USERNAME = "assure-generator"
MAX_PARTNERSHIPS, MAX_YEARS = 999, 30


class GenerateError(ValueError):
    """Arguments the generator cannot act on; the message says what to change."""


def slug_for(number: int) -> str:
    return f"gen-{number:03d}"


def generator_user():
    """The account named on every generated record's history; it cannot sign in."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=GENERATOR_USERNAME, defaults={"first_name": "Assure", "last_name": "(generator)", "is_active": False})
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def check_arguments(partnerships: int, years: int) -> None:
    if not 1 <= partnerships <= MAX_PARTNERSHIPS:
        raise GenerateError(f"--partnerships must be between 1 and {MAX_PARTNERSHIPS}; it was {partnerships}.")
    if not 1 <= years <= MAX_YEARS:
        raise GenerateError(f"--years must be between 1 and {MAX_YEARS}; it was {years}.")


def generate(*, partnerships: int, years: int, seed: int = 1, replace: bool = False, index: bool = True,
             progress=None) -> dict:
    """Write `partnerships` generated partnerships of `years` years each; returns the summary."""
    check_arguments(partnerships, years)
    began = time.perf_counter()
    slugs = [slug_for(n) for n in range(1, partnerships + 1)]
    existing = list(Partnership.objects.filter(slug__in=slugs).order_by("slug").values_list("slug", flat=True))
    if existing and not replace:
        raise GenerateError(f"Generated partnerships already exist ({', '.join(existing[:5])}"
                            f"{'…' if len(existing) > 5 else ''}). Generate into a fresh database, or pass --replace "
                            "to delete them first.")
    if existing:
        _delete(existing)
    actor = generator_user()
    today = clock.today()
    start = years_before(today, years)
    places, taken = random.Random(f"assure-generate:{seed}:places"), set()
    names = [place_name(places, taken) for _ in slugs]
    totals, large, indexed = Counter(), {}, 0
    for number, (slug, place) in enumerate(zip(slugs, names), start=1):
        writer = Writer(actor)
        with transaction.atomic(), suspended():
            partnership = _build(writer, number, slug, place, start, today, actor, seed)
            # the figures the services keep on each action (ADR 0152), worked out from what was written
            dues.refresh_all(Action.objects.filter(partnership=partnership))
        if index:
            indexed += search_services.rebuild(partnership, with_files=False)
        totals.update(writer.counts)
        if number == 1:
            large = dict(sorted(writer.counts.items()))
        if progress:
            progress(number, partnerships)
    refresh_planner_statistics()
    return {"partnerships": partnerships, "years": years, "seed": seed, "from": start.isoformat(),
            "to": today.isoformat(), "counts": dict(sorted(totals.items())), "large": large,
            "search_entries": indexed if index else None, "seconds": round(time.perf_counter() - began, 1)}


def _delete(slugs: list[str]) -> None:
    """Remove generated partnerships: the records that protect others first (meetings protect their bodies, actions
    their meetings and owners...), then the partnership with everything that goes with it. Records added by hand in
    other apps that protect the partnership's people stop it, and nothing is deleted."""
    chosen = Partnership.objects.filter(slug__in=slugs)
    try:
        with transaction.atomic():
            for queryset in (Action.objects.filter(partnership__in=chosen), Review.objects.filter(partnership__in=chosen),
                             Case.objects.filter(partnership__in=chosen), Risk.objects.filter(partnership__in=chosen),
                             Activity.objects.filter(partnership__in=chosen),
                             Escalation.objects.filter(partnership__in=chosen),
                             Complaint.objects.filter(partnership__in=chosen),
                             Booking.objects.filter(delegate__partnership__in=chosen),
                             Delegate.objects.filter(partnership__in=chosen),
                             FinancialYear.objects.filter(partnership__in=chosen),
                             Meeting.objects.filter(partnership__in=chosen), chosen):
                queryset.delete()
    except ProtectedError as exc:
        raise GenerateError(f"The generated partnerships {', '.join(slugs)} cannot be replaced: records added to them "
                            f"since still use their people or bodies ({exc.args[0]}). Generate into a fresh "
                            "database.") from exc


def _build(writer, number, slug, place, start, today, actor, seed) -> Partnership:
    partnership = Partnership(name=f"{place} Safeguarding Partnership", slug=slug)
    partnership._history_date = moment(start, 9)
    partnership = writer.create(Partnership, [partnership])[0]
    area = Area(partnership=partnership, place=place, scale=LARGE if number == 1 else SMALL, start=start,
                today=today, rng=random.Random(f"assure-generate:{seed}:{number}"), actor=actor)
    build_structure(writer, area)
    held, by_body = build_meetings(writer, area)
    build_actions(writer, area, held, by_body)
    build_reviews(writer, area)
    build_risks(writer, area)
    build_dataset(writer, area)
    build_training(writer, area)
    build_budget(writer, area)
    build_programme(writer, area)
    build_escalations(writer, area)
    build_complaints(writer, area)
    build_plan(writer, area)
    return partnership

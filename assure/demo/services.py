"""The demo partnership: `assure demo` builds it once, through the same services the pages use.

Running it again changes nothing but the demo sign-ins: their password and printed backup codes
are restored, so the sign-in it prints always works.

Each app's part of the demo is a module here defining `extend(world)` (reviews.py); it runs inside
the same transaction after the meetings year is built (see EXTENSIONS and story.World).
"""
import base64
import hashlib
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from assure.core import clock
from assure.core.audit import recorded_by, system_actor
from assure.core.services import issue_backup_codes
from assure.partnerships import services
from assure.partnerships.models import Partnership, Person, Role

from . import assurance as assurance_demo
from . import assurance_programme, cast
from . import audits as audits_demo
from . import budget as budget_demo
from . import minutes as minutes_demo
from . import performance as performance_demo
from . import plans as plans_demo
from . import reminders as reminders_demo
from . import reports as reports_demo
from . import reviews as reviews_demo
from . import risks as risks_demo
from . import search as search_demo
from . import self_assessment as self_assessment_demo
from . import training as training_demo
from .story import Story, World

# The apps' parts of the demo, in the order they are built; a new app adds its module here.
EXTENSIONS = [reviews_demo, minutes_demo, risks_demo, assurance_programme, assurance_demo, audits_demo,
              self_assessment_demo, performance_demo, budget_demo, training_demo, plans_demo, reports_demo,
              reminders_demo]


@dataclass
class DemoSignIn:
    username: str
    password: str
    role: str
    person: str
    backup_codes: list
    totp_secret: str
    totp_url: str


@dataclass
class DemoResult:
    created: bool
    partnership: Partnership
    sign_ins: list


def backup_codes_for(prefix: str) -> list[str]:
    return [f"{prefix}demo{n:02d}" for n in range(1, 11)]


def totp_key_for(username: str) -> str:
    """A fixed key per demo user, so the authenticator entry survives rebuilding the database."""
    return hashlib.sha1(f"assure-demo:{username}".encode()).hexdigest()


def build_demo() -> DemoResult:
    """Build the demo partnership if it is missing; always make the demo sign-ins usable."""
    with transaction.atomic():
        partnership = Partnership.objects.filter(slug=cast.PARTNERSHIP["slug"]).first()
        created = partnership is None
        if created:
            with search_demo.suspended():   # indexed once, by the rebuild at the end of _build
                partnership = _build()
        sign_ins = _ensure_sign_ins(partnership)
    return DemoResult(created=created, partnership=partnership, sign_ins=sign_ins)


def _build() -> Partnership:
    # The partnership and its business manager's record and account are set up by Assure itself (as an
    # administrator would); everything after is done by the people whose work it is.
    system = system_actor()
    with recorded_by(system):
        partnership = Partnership.objects.create(**cast.PARTNERSHIP)
    today = clock.today()
    unit = services.create_organisation(partnership=partnership, name=cast.ORGANISATIONS["unit"][0],
                                        short_name=cast.ORGANISATIONS["unit"][1], kind=cast.ORGANISATIONS["unit"][2],
                                        by=system)
    people, users, accounts = {}, {}, {}
    full_name, initials, job_title, _ = cast.PEOPLE["nb"]
    people["nb"] = services.create_person(partnership=partnership, full_name=full_name, initials=initials,
                                          job_title=job_title, organisation=unit, by=system)
    first = cast.USERS[0]
    role, _ = services.create_account(partnership=partnership, person=people["nb"], username=first["username"],
                                      kind=first["role"], password=cast.PASSWORD, by=system)
    by = accounts["nb"] = role.user

    organisations = {"unit": unit}
    for key, (name, short_name, kind) in cast.ORGANISATIONS.items():
        if key not in organisations:
            organisations[key] = services.create_organisation(partnership=partnership, name=name,
                                                              short_name=short_name, kind=kind, by=by)
    for key, (full_name, initials, job_title, org_key) in cast.PEOPLE.items():
        if key not in people:
            people[key] = services.create_person(
                partnership=partnership, full_name=full_name, initials=initials, job_title=job_title,
                organisation=organisations.get(org_key), email=f"{full_name.lower().replace(' ', '.')}@example.org",
                by=by)
    for spec in cast.USERS[1:]:
        role, _ = services.create_account(partnership=partnership, person=people[spec["person"]],
                                          username=spec["username"], kind=spec["role"], password=cast.PASSWORD, by=by)
        users[spec["role"]] = role.user
        if spec["role"] != "read_only":   # a read-only account only reads
            accounts[spec["person"]] = role.user
    for key, (username, kind) in cast.TEAM.items():
        role, _ = services.create_account(partnership=partnership, person=people[key], username=username, kind=kind,
                                          by=by)
        accounts[key] = role.user

    bodies = {}
    for key, (name, short_name, kind, reports_to) in cast.BODIES.items():
        bodies[key] = services.create_body(partnership=partnership, name=name, short_name=short_name, kind=kind,
                                           reports_to=bodies.get(reports_to), by=by)
    for body_key, members in cast.MEMBERS.items():
        for person_key, member_role, deputy_key in members:
            services.add_member(bodies[body_key], person=people[person_key], role=member_role,
                                deputy=people.get(deputy_key), by=by)

    world = World(partnership=partnership, today=today, business_user=by, member_user=users["member"],
                  organisations=organisations, people=people, bodies=bodies, users=accounts)
    Story(world).run()
    for module in EXTENSIONS:
        module.extend(world)
    search_demo.index(partnership)
    return partnership


def _ensure_sign_ins(partnership) -> list[DemoSignIn]:
    with recorded_by(system_actor()):   # a role put back here is Assure's doing, not a person's
        return _restore_sign_ins(partnership)


def _restore_sign_ins(partnership) -> list[DemoSignIn]:
    User = get_user_model()
    sign_ins = []
    for spec in cast.USERS:
        # Someone may have removed a demo account by hand: put it back rather than fail.
        user = User.objects.filter(username=spec["username"]).first() or User(username=spec["username"])
        user.set_password(cast.PASSWORD)
        user.is_active = True
        user.save()
        Person.objects.filter(partnership=partnership, full_name=cast.PEOPLE[spec["person"]][0],
                              user__isnull=True).update(user=user)
        role, _ = Role.objects.get_or_create(user=user, partnership=partnership, defaults={"kind": spec["role"]})
        key = totp_key_for(spec["username"])
        device = TOTPDevice.objects.filter(user=user, key=key).first()
        if device is None:
            TOTPDevice.objects.filter(user=user).delete()
            device = TOTPDevice.objects.create(user=user, name="Authenticator app (demo)", key=key, confirmed=True)
        codes = issue_backup_codes(user, codes=backup_codes_for(spec["codes"]))
        person = Person.objects.filter(partnership=partnership, user=user).first()
        sign_ins.append(DemoSignIn(
            username=user.get_username(), password=cast.PASSWORD, role=role.get_kind_display(),
            person=str(person or ""), backup_codes=codes,
            totp_secret=base64.b32encode(bytes.fromhex(key)).decode(), totp_url=device.config_url))
    return sign_ins

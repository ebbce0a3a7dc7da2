"""URL kwargs for the central permission matrix (assure/core/tests/test_permission_matrix.py)."""
from assure.partnerships.models import Body, Membership, Organisation, Person, Priority, Role


def url_kwargs(world) -> dict[str, dict]:
    p = world.partnership
    organisation = Organisation.objects.create(partnership=p, name="Matrix Borough Council", kind="local_authority")
    person = Person.objects.create(partnership=p, full_name="Matrix Person", initials="MP", organisation=organisation)
    body = Body.objects.create(partnership=p, name="Matrix Subgroup", kind=Body.Kind.SUBGROUP)
    membership = Membership.objects.create(body=body, person=person)
    priority = Priority.objects.create(partnership=p, title="Matrix Neglect", first_year=2025, position=1)
    role = Role.objects.get(partnership=p, user=world.readonly_user)
    # A person whose account lost access here: the target of 'give access again'.
    from django.contrib.auth import get_user_model
    former = get_user_model().objects.create_user(username="matrix-former", password="x" * 20, is_active=False)
    former_person = Person.objects.create(partnership=p, full_name="Matrix Former", user=former)
    return {
        "partnerships:organisation-list": {},
        "partnerships:organisation-add": {},
        "partnerships:organisation-detail": {"pk": organisation.pk},
        "partnerships:organisation-edit": {"pk": organisation.pk},
        "partnerships:person-list": {},
        "partnerships:person-add": {},
        "partnerships:person-detail": {"pk": person.pk},
        "partnerships:person-edit": {"pk": person.pk},
        "partnerships:body-list": {},
        "partnerships:body-add": {},
        "partnerships:body-detail": {"pk": body.pk},
        "partnerships:body-edit": {"pk": body.pk},
        "partnerships:priority-list": {},
        "partnerships:priority-add": {},
        "partnerships:priority-edit": {"pk": priority.pk},
        "partnerships:priority-move": {"pk": priority.pk},
        "partnerships:membership-add": {"pk": body.pk},
        "partnerships:membership-edit": {"pk": membership.pk},
        "partnerships:membership-remove": {"pk": membership.pk},
        "partnerships:account-list": {},
        "partnerships:account-add": {},
        "partnerships:account-edit": {"pk": role.pk},
        "partnerships:account-deactivate": {"pk": role.pk},
        "partnerships:account-reset": {"pk": role.pk},
        "partnerships:account-reactivate": {"pk": former_person.pk},
    }

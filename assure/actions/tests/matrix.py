"""URL kwargs for the central permission matrix test (assure/core/tests/test_permission_matrix.py)."""
from assure.actions import services
from assure.partnerships.models import Person


def url_kwargs(world) -> dict[str, dict]:
    # Owned by the member, so the member passes the object-level "own actions" check on update pages.
    member = Person.objects.get(partnership=world.partnership, user=world.member_user)
    action = services.create_action(partnership=world.partnership, text="Matrix action",
                                    owners=[services.Owner(person=member)], by=world.business_user)
    one = {"pk": action.pk}
    return {
        "actions:log": {},
        "actions:export": {},
        "actions:mine": {},
        "actions:detail": one,
        "actions:update": one,
        "actions:complete": one,   # GET: the page with the optional note; POST completes
        "actions:edit": one,
    }

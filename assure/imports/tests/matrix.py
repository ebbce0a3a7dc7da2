"""URL kwargs for the central permission matrix: one draft import of world.partnership."""
from assure.imports.tests.records import make_draft


def url_kwargs(world) -> dict[str, dict]:
    draft = make_draft(world.partnership, world.business_user, name="matrix.txt", data=b"matrix minutes")
    return {
        "imports:list": {},
        "imports:upload": {},
        "imports:check": {"pk": draft.pk},
        "imports:discard": {"pk": draft.pk},   # POST only: 405 to GET after the permission check
    }

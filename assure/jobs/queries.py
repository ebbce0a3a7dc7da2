"""Reading jobs: who may see one, and the last few of a kind for the page that starts them."""
from .models import Job


def _manages(partnership, user) -> bool:
    # Roles are read through the relation the partnerships app adds to the user (jobs sit below partnerships).
    role = user.partnership_roles.filter(partnership=partnership).first()
    return bool(role and role.can_manage)


def visible(partnership, user, *, manages: bool | None = None):
    """The partnership's jobs this person may see: those they started; every one for the business team."""
    # The partnership comes along: `jobs/_recent.html` links each job by its slug.
    jobs = Job.objects.filter(partnership=partnership).select_related("created_by", "partnership")
    if manages is None:
        manages = _manages(partnership, user)
    return jobs if manages else jobs.filter(created_by=user)


def recent(partnership, kind: str, user, limit: int = 3) -> list[Job]:
    """The last few jobs of one kind this person may see, newest first (for `jobs/_recent.html`)."""
    return list(visible(partnership, user).filter(kind=kind).order_by("-created_at", "-id")[:limit])

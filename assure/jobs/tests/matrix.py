"""URL kwargs for the central permission matrix (assure/core/tests/test_permission_matrix.py).

A job started by the matrix member: they and the business team see it; the read-only user, who did not start it,
gets a 404 like anyone else's record."""
from assure.jobs import services

from . import kinds

SEES = {"business": 200, "member": 200, "read_only": 404}
EXPECTED = {"jobs:job-detail": SEES, "jobs:job-file": SEES}


def url_kwargs(world) -> dict[str, dict]:
    job = services.start_job(kinds.MAKE_A_FILE, partnership=world.partnership, by=world.member_user,
                             title="Make the notes", params={"text": "Matrix notes."})
    return {"jobs:job-detail": {"job_id": job.pk}, "jobs:job-file": {"job_id": job.pk}}

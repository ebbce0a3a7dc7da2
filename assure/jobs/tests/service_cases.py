"""The jobs app's services' cases for core/tests/test_service_actors.py."""
from assure.jobs import services as jobs

from .kinds import ADD_A_BODY

CASES = {
    # The job's own work writes history too: it names the person who started the job.
    "assure.jobs.services.start_job": lambda w: lambda by: jobs.start_job(
        ADD_A_BODY, partnership=w.partnership, by=by, title="Add a body", params={"name": "Neglect subgroup"}),
}
NO_ACTOR = {}

"""Job kinds the tests start (registered when this module is imported)."""
from assure.jobs import progress
from assure.jobs.registry import JobRefused, job_kind

ADD_A_BODY = "tests.add-a-body"
REFUSE = "tests.refuse"
BREAK = "tests.break"


@job_kind(ADD_A_BODY)
def add_a_body(job, *, name):
    from assure.partnerships.models import Body

    progress.report(job, 0, 1, "Adding the body")
    body = Body.objects.create(partnership=job.partnership, name=name, kind=Body.Kind.SUBGROUP)
    progress.report(job, 1, 1, "Added")
    return {"body_id": body.pk}


@job_kind(REFUSE)
def refuse(job):
    raise JobRefused("The file has gone: upload it again.")


@job_kind(BREAK)
def break_down(job):
    raise RuntimeError("a programming error")


MAKE_A_FILE = "tests.make-a-file"


@job_kind(MAKE_A_FILE)
def make_a_file(job, *, text):
    progress.attach(job, "notes.txt", text.encode())
    return {"size": len(text)}

"""The queue's tasks (huey, found by djhuey in every installed app's `tasks` module)."""
from huey.contrib.djhuey import db_task

from . import running


@db_task()
def run_job(job_id: int) -> None:
    running.run(job_id)

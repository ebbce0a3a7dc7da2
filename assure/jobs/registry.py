"""The work a job can do, registered by name: `@job_kind("reports.draft")` on a function `work(job, **params)`.

The function runs in a worker (or at once, with ASSURE_QUEUE=immediate). It reports progress with
`assure.jobs.progress.report(job, done, total, message)`, may attach a file with `progress.attach(job, name, bytes)`,
and returns a JSON-able dict kept as the job's result. Raising `JobRefused("reason")` fails the job with that reason;
any other exception fails it with a general message and is logged.
"""
from collections.abc import Callable

_KINDS: dict[str, Callable] = {}


class JobRefused(Exception):
    """The job cannot be done, for a reason the person who started it can act on."""


def job_kind(name: str):
    def register(work: Callable) -> Callable:
        if name in _KINDS and _KINDS[name] is not work:
            raise ValueError(f"job kind {name!r} is registered twice")
        _KINDS[name] = work
        return work
    return register


def work_for(name: str) -> Callable:
    try:
        return _KINDS[name]
    except KeyError:
        raise LookupError(f"no job kind {name!r}: is the app's jobs module imported in its AppConfig.ready?") from None


def kinds() -> list[str]:
    return sorted(_KINDS)

"""Who made each change: every history row names the acting user a service was given as `by`.

A service is marked `@service`; it runs inside `recorded_by(by)`, so every row django-simple-history
writes meanwhile (saves, deletes, its bulk helpers, rows written by the services it calls) names that
user, in a web request or not. Work no person started (the demo's setup, a background job) acts as
`system_actor()`. Models keep their history with `History()`, which reads the actor set here.
"""
import contextvars
import functools
import inspect
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from simple_history.manager import HistoryDescriptor
from simple_history.models import HistoricalRecords

SYSTEM_USERNAME = "assure-system"
SYSTEM_FIRST_NAME, SYSTEM_LAST_NAME = "Assure", "(system)"

_actor = contextvars.ContextVar("assure_acting_user", default=None)


class MissingActor(ValueError):
    """A service was called without the user who acts: a programming error, never a person's input."""


def check_actor(user):
    """The user, if it can be named on a history row; MissingActor otherwise."""
    if user is None:
        raise MissingActor("No acting user was given. Pass by=<the user who acts>, or by=system_actor() "
                           "for work no person started (the demo, a background job).")
    if not getattr(user, "is_authenticated", False) or getattr(user, "pk", None) is None:
        raise MissingActor(f"{user!r} cannot be named on the history: pass a saved user account as by=.")
    return user


@contextmanager
def recorded_by(user):
    """Every history row written inside the block names `user` (refused if there is no user)."""
    token = _actor.set(check_actor(user))
    try:
        yield user
    finally:
        _actor.reset(token)


def current_actor():
    """The user named by the innermost recorded_by block, or None outside one."""
    return _actor.get()


def service(func):
    """Mark a write: it takes the acting user as `by` and runs inside recorded_by(by)."""
    signature = inspect.signature(func)
    if "by" not in signature.parameters:
        raise TypeError(f"{func.__qualname__} is a service, so it must take the acting user as by=.")

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        by = kwargs["by"] if "by" in kwargs else signature.bind_partial(*args, **kwargs).arguments.get("by")
        with recorded_by(by):
            return func(*args, **kwargs)

    wrapper.records_actor = True
    return wrapper


class _ReusedManagerClass(HistoryDescriptor):
    """`Model.history` without building a new manager class on every access: simple-history's descriptor calls
    Manager.from_queryset (an inspect.getmembers walk, about 0.25 ms) each time, and every bulk write with history
    asks for it (ADR 0112)."""

    def __get__(self, instance, owner):
        manager_class = self.__dict__.get("_manager_class")
        if manager_class is None:
            manager_class = self._manager_class = self.manager_class.from_queryset(self.queryset_class)
        return manager_class(self.model, instance)


class History(HistoricalRecords):
    """HistoricalRecords whose rows name the actor of the running service, before the request's user."""

    registered = set()   # the models kept with History(), so a test can find any model that is not

    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            History.registered.add(sender)
            descriptor = sender.__dict__.get(self.manager_name)
            if isinstance(descriptor, HistoryDescriptor):
                setattr(sender, self.manager_name, _ReusedManagerClass(
                    descriptor.model, manager=descriptor.manager_class, queryset=descriptor.queryset_class))

    def get_history_user(self, instance):
        actor = _actor.get()
        return actor if actor is not None else super().get_history_user(instance)


def system_actor():
    """The account named on work no person started; it cannot sign in. Created once per instance."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=SYSTEM_USERNAME,
        defaults={"first_name": SYSTEM_FIRST_NAME, "last_name": SYSTEM_LAST_NAME, "is_active": False})
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def is_system_actor(user) -> bool:
    return user is not None and user.get_username() == SYSTEM_USERNAME

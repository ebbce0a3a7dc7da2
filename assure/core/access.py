"""Who may see what: every partnership page goes through `partnership_view`.

A user sees a partnership only if they hold a Role in it; anything else is a 404,
so another partnership's records cannot even be confirmed to exist.

Core imports none of our apps (ADR 0075): roles are read through `user.partnership_roles`,
the relation the partnerships app's Role adds to the user.
"""
from functools import cache, wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import URLPattern, URLResolver, get_resolver

READ = "read"          # any role in the partnership
UPDATE = "update"      # business team or member: post updates on own actions
MANAGE = "manage"      # business team only
LEVELS = (READ, UPDATE, MANAGE)
LINK = "link"          # no sign-in: a secret link opens one record (a delegate's evaluation form), see link_view


def role_allows(role, level: str) -> bool:
    if level == READ:
        return True
    if level == UPDATE:
        return role.can_update_own_actions
    if level == MANAGE:
        return role.can_manage
    raise ValueError(f"unknown access level {level!r}")


def is_signed_in(user) -> bool:
    """Signed in with a password and a second factor."""
    return user.is_authenticated and user.is_verified()


def partnership_view(level: str = READ):
    """Decorate a view taking `slug`: sets request.partnership and request.role, or refuses."""
    if level not in LEVELS:
        raise ValueError(level)

    def decorator(view):
        @wraps(view)
        def wrapped(request, slug, *args, **kwargs):
            if not is_signed_in(request.user):
                return redirect_to_login(request.get_full_path())
            role = request.user.partnership_roles.select_related("partnership").filter(partnership__slug=slug).first()
            if role is None:
                raise Http404("No such partnership")
            # Set before refusing, so the 403 page keeps the partnership's navigation.
            request.partnership = role.partnership
            request.role = role
            if not role_allows(role, level):
                raise PermissionDenied("Your role in this partnership does not allow this.")
            return view(request, *args, **kwargs)

        wrapped.access_level = level
        return wrapped

    return decorator


def signed_in_view(view):
    """For pages outside any partnership (the home page listing the user's partnerships)."""
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_signed_in(request.user):
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    wrapped.access_level = "signed_in"
    return wrapped


def link_view(view):
    """A page opened by a secret link with no sign-in: a delegate's or manager's evaluation form.

    The view is called as `view(request, slug, token, ...)` and must find its one record by the token *and* the
    partnership's slug, answering 404 for anything else, so a link opens only its own form. Signed-in people get
    the same page as anyone holding the link. The permission matrix tests these pages separately (level "link")."""
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return view(request, *args, **kwargs)

    wrapped.access_level = LINK
    return wrapped


def _access_levels(resolver, namespace=""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _access_levels(entry, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", getattr(entry.callback, "access_level", None)


@cache
def access_levels() -> dict[str, str | None]:
    """Each named URL's declared access level, read from its view (the one source of truth)."""
    return dict(_access_levels(get_resolver()))


def may_open(role, url_name: str) -> bool:
    """May the holder of `role` open the page named `url_name`? Links are shown only when this is true.

    Object-level rules (a case seen by the business team only) are for the page holding the record."""
    try:
        level = access_levels()[url_name]
    except KeyError:
        raise ValueError(f"no URL named {url_name!r}") from None
    if level in ("signed_in", LINK):
        return True
    if role is None or level is None:
        return False
    return role_allows(role, level)


def partnerships_for(user) -> list:
    return [role.partnership for role in user.partnership_roles.select_related("partnership").order_by("partnership__name")]

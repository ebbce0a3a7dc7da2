from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.utils import timezone

SIGNED_IN_AT = "assure_signed_in_at"
RENEWED_AT = "assure_renewed_at"


class SessionLifetimeMiddleware:
    """Ends a session 12 hours after sign-in, however active. Idle expiry is the session's age
    (SESSION_COOKIE_AGE), counted from its last renewal: a signed-in request renews it when the last renewal is
    SESSION_RENEW_SECONDS old or more, so a person clicking through pages costs one session write a minute, not one
    a page, and is signed out after between 29 and 30 idle minutes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = timezone.now().timestamp()
            started = request.session.get(SIGNED_IN_AT)
            if started is None or now - started > settings.SESSION_ABSOLUTE_LIMIT_SECONDS:
                logout(request)
                return redirect(settings.LOGIN_URL)
            if now - request.session.get(RENEWED_AT, started) >= settings.SESSION_RENEW_SECONDS:
                request.session[RENEWED_AT] = now   # modified: saved with a new expiry after the response
        return self.get_response(request)


class NoStoreMiddleware:
    """Pages about safeguarding cases must not linger in browser or proxy caches."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response["Cache-Control"] = "no-store"
        response.setdefault("Pragma", "no-cache")
        return response

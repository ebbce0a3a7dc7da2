import base64
import io

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, get_user_model, login, logout
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import services
from .access import partnerships_for, signed_in_view
from .forms import CodeForm, SignInForm
from .middleware import SIGNED_IN_AT

PENDING_USER = "assure_pending_user"
PENDING_NEXT = "assure_pending_next"


def _safe_next(request, candidate):
    if candidate and url_has_allowed_host_and_scheme(candidate, {request.get_host()}, require_https=request.is_secure()):
        return candidate
    return None


def sign_in(request):
    form = SignInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = authenticate(request, username=form.cleaned_data["username"], password=form.cleaned_data["password"])
        if getattr(request, "axes_locked_out", False):
            return locked_out(request)
        if user is None:
            form.add_error(None, "The username or password is not right. Check them and try again.")
        else:
            request.session.cycle_key()
            request.session[PENDING_USER] = user.pk
            request.session[PENDING_NEXT] = _safe_next(request, request.GET.get("next"))
            if services.has_second_factor(user):
                return redirect("core:sign-in-code")
            return redirect("core:set-up-code")
    return render(request, "core/sign_in.html", {"form": form})


def _pending_user(request):
    pk = request.session.get(PENDING_USER)
    return get_user_model().objects.filter(pk=pk, is_active=True).first() if pk else None


def _complete_sign_in(request, user, device):
    next_url = request.session.get(PENDING_NEXT)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    otp_login(request, device)
    request.session[SIGNED_IN_AT] = timezone.now().timestamp()
    return redirect(next_url or settings.LOGIN_REDIRECT_URL)


def sign_in_code(request):
    user = _pending_user(request)
    if user is None:
        return redirect("core:sign-in")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = services.verify_code(user, form.cleaned_data["token"])
        if device is not None:
            return _complete_sign_in(request, user, device)
        # A wrong code counts towards the lockout like a wrong password.
        user_login_failed.send(sender=__name__, credentials={"username": user.get_username()}, request=request)
        if getattr(request, "axes_locked_out", False):
            request.session.flush()
            return locked_out(request)
        form.add_error("token", "That code is not right or has already been used. Enter the current code from your app.")
    return render(request, "core/sign_in_code.html", {"form": form})


def set_up_code(request):
    user = _pending_user(request)
    if user is None:
        return redirect("core:sign-in")
    if services.has_second_factor(user):
        return redirect("core:sign-in-code")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None or request.method == "GET":
        device = services.start_totp_enrolment(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = services.confirm_totp_enrolment(user, device, form.cleaned_data["token"])
        if codes is not None:
            response = _complete_sign_in(request, user, device)
            return render(request, "core/backup_codes.html", {"codes": codes, "next": response.url})
        form.add_error("token", "That code is not right. Check the time on your phone and enter the current code.")
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    buffer = io.BytesIO()
    image.save(buffer)
    qr = "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()
    secret = base64.b32encode(device.bin_key).decode()
    return render(request, "core/set_up_code.html", {"form": form, "qr": qr, "secret": secret})


@require_POST
def sign_out(request):
    logout(request)  # flushes the server-side session
    messages.success(request, "You have signed out.")
    return redirect("core:sign-in")


def locked_out(request, credentials=None, *args, **kwargs):
    return render(request, "core/locked_out.html", status=429)


@signed_in_view
def home(request):
    partnerships = partnerships_for(request.user)
    if len(partnerships) == 1:
        return redirect("reports:dashboard", partnerships[0].slug)
    return render(request, "core/home.html", {"partnerships": partnerships})


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)

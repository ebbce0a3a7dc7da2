"""Sign-in with a second factor: password first, then a TOTP or backup code."""
from django.db import transaction
from django_otp import devices_for_user, match_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice


def has_second_factor(user) -> bool:
    return any(True for _ in devices_for_user(user, confirmed=True))


def verify_code(user, token: str):
    """The device that accepts this code, or None. A TOTP code is refused if already used."""
    return match_token(user, token)


def start_totp_enrolment(user) -> TOTPDevice:
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)


@transaction.atomic
def confirm_totp_enrolment(user, device: TOTPDevice, token: str) -> list[str] | None:
    """Confirm the new app with a code from it; returns fresh backup codes, or None if the code is wrong."""
    if not device.verify_token(token):
        return None
    device.confirmed = True
    device.save()
    return issue_backup_codes(user)


@transaction.atomic
def issue_backup_codes(user, count: int = 10, codes: list[str] | None = None) -> list[str]:
    """Replace the user's backup codes; each works once."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name="Backup codes", defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = codes or [StaticToken.random_token() for _ in range(count)]
    for code in codes:
        device.token_set.create(token=code)
    return codes

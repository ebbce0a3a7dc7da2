from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def secret_key_is_set(app_configs, **kwargs):
    """Without SECRET_KEY the settings fall back to a random key: fine for tests, wrong in production."""
    if settings.SECRET_KEY.startswith("unset-"):
        return [Error("SECRET_KEY is not set in the environment.", hint="Set SECRET_KEY to a long random value.",
                      id="assure.E001")]
    return []

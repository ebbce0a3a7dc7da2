"""Settings, all from the environment. DEBUG is off unless DJANGO_DEBUG=1 (make run sets it)."""
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent


def env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, "1" if default else "0").strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [part.strip() for part in os.environ.get(name, default).split(",") if part.strip()]


DEBUG = env_bool("DJANGO_DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY") or ("insecure-development-key-only-for-debug" if DEBUG else "")
if not SECRET_KEY:
    # Tests and one-off commands get a throwaway key; a real deployment must set SECRET_KEY.
    SECRET_KEY = "unset-" + os.urandom(32).hex()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "simple_history",
    "django_filters",
    "huey.contrib.djhuey",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "assure.core",
    "assure.documents",
    "assure.jobs",
    "assure.mail",
    "assure.partnerships",
    "assure.meetings",
    "assure.actions",
    "assure.imports",
    "assure.reviews",
    "assure.assurance",
    "assure.performance",
    "assure.budget",
    "assure.training",
    "assure.plans",
    "assure.reports",
    "assure.calendars",
    "assure.reminders",
    "assure.search",
    "assure.api",
    "assure.demo",
]

MIDDLEWARE = [
    # One JSON line per request (assure/core/request_log.py), around everything else so it times the whole request.
    "assure.core.request_log.RequestLogMiddleware",
    # /healthz and /readyz answer here, before the host check, HTTPS redirect, session and sign-in (core/health.py).
    "assure.core.health.HealthMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "assure.core.middleware.SessionLifetimeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "assure.core.middleware.NoStoreMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "assure.urls"
WSGI_APPLICATION = "assure.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "assure.core.context_processors.service",
            ],
            "builtins": ["assure.core.templatetags.govuk"],
        },
    }
]
# Form fields render as GOV.UK Design System components (templates in assure/templates/django/forms).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{PROJECT_DIR / 'var' / 'assure.sqlite3'}"),
        conn_max_age=60,
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "core:sign-in"
LOGIN_REDIRECT_URL = "core:home"

# Sessions: 30 minutes idle (renewed by a signed-in request at most once a minute: between 29 and 30 idle minutes
# sign a person out; core.middleware.SessionLifetimeMiddleware), 12 hours in all.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 30 * 60
SESSION_SAVE_EVERY_REQUEST = False
SESSION_RENEW_SECONDS = 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_ABSOLUTE_LIMIT_SECONDS = 12 * 60 * 60
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE_COOKIES = env_bool("SECURE_COOKIES", not DEBUG)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY") else None
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# Lockout after repeated failures (django-axes): 5 failures lock the username for an hour.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1
# Lock the username (staff share council/NHS network addresses, so not the IP alone),
# and lock an address that sprays many usernames.
AXES_LOCKOUT_PARAMETERS = ["username", ["ip_address", "user_agent"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "assure.core.views.locked_out"

OTP_TOTP_ISSUER = "Assure"

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "assure@localhost")
# GOV.UK Notify (EMAIL_BACKEND=assure.mail.notify.NotifyEmailBackend): an API key and one email template whose
# subject is ((subject)) and whose body is ((body)) (ADR 0147).
NOTIFY_API_KEY = os.environ.get("NOTIFY_API_KEY", "")
NOTIFY_TEMPLATE_ID = os.environ.get("NOTIFY_TEMPLATE_ID", "")
# The address people use to reach Assure, for links in emails and calendar feeds (no request to read it from).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# Background jobs (huey, ADR 0143). ASSURE_QUEUE picks the queue:
#   embedded  (default) a SQLite file beside the database: no extra service; `make run` starts a worker with the site
#   redis     workers on other machines share REDIS_URL
#   immediate jobs run at once in the process that starts them (the tests)
ASSURE_QUEUE = os.environ.get("ASSURE_QUEUE", "embedded")
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
_QUEUE_NAME = os.environ.get("ASSURE_QUEUE_NAME", "assure")
_CONSUMER = {"workers": int(os.environ.get("ASSURE_WORKERS", "2")), "worker_type": "thread", "periodic": True}
if ASSURE_QUEUE == "redis":
    HUEY = {"huey_class": "huey.RedisHuey", "name": _QUEUE_NAME, "url": REDIS_URL, "immediate": False,
            "results": True, "store_none": False, "consumer": _CONSUMER}
elif ASSURE_QUEUE == "immediate":
    HUEY = {"huey_class": "huey.MemoryHuey", "name": _QUEUE_NAME, "immediate": True, "results": True,
            "consumer": _CONSUMER}
elif ASSURE_QUEUE == "embedded":
    _QUEUE_FILE = Path(os.environ.get("ASSURE_QUEUE_FILE", PROJECT_DIR / "var" / "queue.sqlite3"))
    _QUEUE_FILE.parent.mkdir(parents=True, exist_ok=True)
    HUEY = {"huey_class": "huey.SqliteHuey", "name": _QUEUE_NAME, "immediate": False, "results": True,
            "filename": str(_QUEUE_FILE), "consumer": _CONSUMER}
else:
    raise ImproperlyConfigured(f"ASSURE_QUEUE must be embedded, redis or immediate, not {ASSURE_QUEUE!r}")

# The API for partners' own tools (Django REST framework, ADR 0146).
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["assure.api.authentication.TokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PAGINATION_CLASS": "assure.api.pagination.Pagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.UserRateThrottle", "rest_framework.throttling.AnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"user": os.environ.get("API_RATE", "600/minute"), "anon": "30/minute"},
    "EXCEPTION_HANDLER": "assure.api.errors.handler",
    "DEFAULT_SCHEMA_CLASS": "assure.api.schema.AssureAutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Assure API",
    "DESCRIPTION": "Read a partnership's meetings, actions, reviews, assurance and dataset; post action updates "
                   "and dataset values. Every request carries a token (Authorization: Token <token>) that belongs "
                   "to one user in one partnership and has that user's role.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # The schema and its documentation pages are public: they describe the API, they hold no records.
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    # Swagger UI and Redoc from drf-spectacular-sidecar's static files: the CSP allows scripts from 'self' only.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "ActionStatusEnum": "assure.actions.models.Action.Status",
        "MeetingStatusEnum": "assure.meetings.models.Meeting.Status",
        "ActivityStatusEnum": "assure.assurance.models.Activity.Status",
        "RiskStatusEnum": "assure.assurance.models.Risk.Status",
        "LikelihoodEnum": "assure.assurance.models.risks.LIKELIHOOD_CHOICES",
        "ImpactEnum": "assure.assurance.models.risks.IMPACT_CHOICES",
    },
}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d %B %Y", "%d %b %Y"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", PROJECT_DIR / "var" / "static"))
STATICFILES_DIRS = [("govuk", PROJECT_DIR / "node_modules" / "govuk-frontend" / "dist" / "govuk")]


def uploaded_files_storage(env) -> dict:
    """Where uploaded and generated documents are kept: ASSURE_STORAGE=local (MEDIA_ROOT, the default) or s3
    (django-storages: any S3-compatible store; boto3 reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or the
    machine's role). Every FileField uses this default storage, so the switch moves every kept file (ADR 0150)."""
    kind = env.get("ASSURE_STORAGE", "local")
    if kind == "local":
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    if kind != "s3":
        raise ImproperlyConfigured(f"ASSURE_STORAGE must be local or s3, not {kind!r}")
    if not env.get("AWS_STORAGE_BUCKET_NAME"):
        raise ImproperlyConfigured("ASSURE_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME")
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {
        "bucket_name": env["AWS_STORAGE_BUCKET_NAME"],
        "region_name": env.get("AWS_S3_REGION_NAME") or None,
        "endpoint_url": env.get("AWS_S3_ENDPOINT_URL") or None,   # another S3-compatible service (MinIO, Ceph...)
        "location": env.get("AWS_LOCATION", ""),                  # a folder inside the bucket
        "file_overwrite": False,     # a new file never replaces another of the same name (as on disk)
        "default_acl": None,         # the bucket's own policy: private
        "querystring_auth": True,    # any URL made is signed and expires; Assure sends files itself
    }}


STORAGES = {
    "default": uploaded_files_storage(os.environ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
# GOV.UK Frontend's stylesheet asks for its fonts and images at /assets/.
WHITENOISE_ROOT = PROJECT_DIR / "node_modules" / "govuk-frontend" / "dist" / "govuk"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", PROJECT_DIR / "var" / "media"))
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024
# Imported documents larger than this are refused before parsing.
IMPORT_MAX_BYTES = int(os.environ.get("IMPORT_MAX_BYTES", str(20 * 1024 * 1024)))

SERVICE_NAME = "Assure"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"message": {"format": "%(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        # The request log: one JSON line per request on standard output (assure/core/request_log.py).
        "requests": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "message"},
    },
    "loggers": {
        "assure.requests": {"handlers": ["requests"], "level": "INFO" if env_bool("REQUEST_LOG", True) else "WARNING",
                            "propagate": False},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
CSRF_FAILURE_VIEW = "assure.core.views.csrf_failure"

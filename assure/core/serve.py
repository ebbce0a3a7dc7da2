"""`assure serve`: the production web server, gunicorn with sync workers (ADR 0150), configured from the
environment. The queue's worker is a separate process (`python manage.py run_huey`, docs/deploy.md).

| variable | meaning | default |
|---|---|---|
| ASSURE_BIND | address to listen on | 127.0.0.1:8000 |
| WEB_CONCURRENCY | worker processes | 2 x CPUs + 1, at most 8 |
| GUNICORN_TIMEOUT | seconds a request may take before its worker is restarted | 60 |
| GUNICORN_GRACEFUL_TIMEOUT | seconds a stopping worker gets to finish its requests | 30 |
| GUNICORN_KEEPALIVE | seconds an idle connection from the proxy is kept | 5 |
| GUNICORN_MAX_REQUESTS | requests a worker serves before it is replaced (0: never) | 1000 |
| FORWARDED_ALLOW_IPS | proxies trusted for X-Forwarded-* (read by gunicorn itself) | 127.0.0.1 |
"""
import os
import sys

WSGI_APP = "assure.wsgi:application"
CONFIG = "python:assure.core.gunicorn_conf"


class SettingError(ValueError):
    pass


def _whole(env, name: str, default: int, least: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingError(f"{name} must be a whole number, not {raw!r}") from None
    if value < least:
        raise SettingError(f"{name} must be {least} or more, not {value}")
    return value


def default_workers(cpus: int | None) -> int:
    """gunicorn's rule of thumb, (2 x CPUs) + 1, capped: each worker holds Django, WeasyPrint and matplotlib."""
    return min(2 * (cpus or 1) + 1, 8)


def gunicorn_settings(env=os.environ, cpus: int | None = None) -> dict:
    """The server's settings, as gunicorn's config-file names; a bad value raises SettingError saying which."""
    max_requests = _whole(env, "GUNICORN_MAX_REQUESTS", 1000, 0)
    return {
        "bind": [env.get("ASSURE_BIND", "").strip() or "127.0.0.1:8000"],
        "worker_class": "sync",
        "workers": _whole(env, "WEB_CONCURRENCY", default_workers(cpus if cpus is not None else os.cpu_count()), 1),
        "timeout": _whole(env, "GUNICORN_TIMEOUT", 60, 1),
        "graceful_timeout": _whole(env, "GUNICORN_GRACEFUL_TIMEOUT", 30, 1),
        "keepalive": _whole(env, "GUNICORN_KEEPALIVE", 5, 0),
        # Memory a long-lived worker gathers (charts, PDFs) is returned by replacing it now and then, not all at once.
        "max_requests": max_requests,
        "max_requests_jitter": max_requests // 10,
        # gunicorn's access log would write query strings (search terms); Assure's own request log is the access log.
        "accesslog": None,
        "errorlog": "-",
        "loglevel": env.get("GUNICORN_LOG_LEVEL", "info"),
        # gunicorn 24+ opens a control socket in the home folder by default; two servers on one machine would share it.
        "control_socket_disable": True,
        "proc_name": "assure",
    }


def gunicorn_command(*, bind: str | None = None, check: bool = False) -> list[str]:
    command = [sys.executable, "-m", "gunicorn", "--config", CONFIG]
    if bind:
        command += ["--bind", bind]
    if check:
        command.append("--check-config")   # loads Django and the site's code, then exits 0, or 1 saying why
    return [*command, WSGI_APP]


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve", help="run the production web server (gunicorn; settings from the environment, see docs/deploy.md)",
        description="The production web server: gunicorn, sync workers, settings from the environment "
                    "(ASSURE_BIND, WEB_CONCURRENCY, GUNICORN_TIMEOUT...). Run the queue's worker beside it: "
                    "python manage.py run_huey.")
    parser.add_argument("--bind", help="address to listen on, e.g. 0.0.0.0:8000 (default: ASSURE_BIND or 127.0.0.1:8000)")
    parser.add_argument("--check", action="store_true",
                        help="load the settings and the site, print the server's settings, and exit without serving")
    parser.set_defaults(handler=_serve)


def _serve(args) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assure.settings")
    try:
        settings = gunicorn_settings()
    except SettingError as error:
        print(f"assure serve: {error}", file=sys.stderr)
        return 2
    command = gunicorn_command(bind=args.bind, check=args.check)
    if args.check:
        shown = {key: settings[key] for key in ("bind", "workers", "timeout", "graceful_timeout", "keepalive",
                                                "max_requests")}
        if args.bind:
            shown["bind"] = [args.bind]
        print("gunicorn " + " ".join(f"{key}={value}" for key, value in shown.items()))
        sys.stdout.flush()
    # gunicorn takes this process's place, so the signals a supervisor sends (TERM, HUP) reach its master directly.
    os.execv(command[0], command)
    return 0  # not reached

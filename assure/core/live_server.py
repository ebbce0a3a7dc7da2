"""A real `assure serve` for benchmarks and end-to-end tests: its production settings over plain HTTP, a scratch
PostgreSQL database, a free port, the server (or the queue's worker) started and stopped, and a person signing in
over HTTP with a password and then a TOTP code. Used by assure/generate/bench_pages.py and
assure/core/tests/test_two_servers.py; nothing in the site imports it.

Nothing here reads the site's database: the caller says the account's password and its device's key."""
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

POSTGRES = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}   # the machine's server, as CI runs it
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
STARTING = 120   # seconds a server may take to answer /healthz on a busy machine before it counts as broken


def production_over_http(*, database_url: str, folder: Path, secret_key: str) -> dict:
    """The environment of a production deployment (DEBUG off), talking plain HTTP on 127.0.0.1, its files in
    `folder`. Never for a real deployment: the cookies are not marked secure."""
    return {"DJANGO_SETTINGS_MODULE": "assure.settings", "DJANGO_DEBUG": "0", "DATABASE_URL": database_url,
            "SECRET_KEY": secret_key, "ALLOWED_HOSTS": "127.0.0.1,testserver",
            "SECURE_SSL_REDIRECT": "0", "SECURE_COOKIES": "0", "MEDIA_ROOT": str(folder / "media"),
            "STATIC_ROOT": str(folder / "static")}


# --- a scratch PostgreSQL database -------------------------------------------------------------------------------

def postgres_url(name: str) -> str:
    return "postgres://{user}@{host}:{port}/".format(**POSTGRES) + name


def _postgres(statement: str) -> None:
    import psycopg

    with psycopg.connect(postgres_url("postgres"), autocommit=True, connect_timeout=10) as connection:
        connection.execute(statement)


def postgres_error() -> str | None:
    """None when the machine's PostgreSQL answers, else why not."""
    try:
        _postgres("SELECT 1")
    except Exception as exc:  # noqa: BLE001  (any reason it cannot be reached)
        return f"{type(exc).__name__}: {exc}"
    return None


def fresh_postgres(name: str) -> str:
    """The database `name` dropped (its connections closed) and created empty; returns its URL."""
    drop_postgres(name)
    _postgres(f'CREATE DATABASE "{name}"')
    return postgres_url(name)


def drop_postgres(name: str) -> None:
    _postgres(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- processes -----------------------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start(argv: list[str], env: dict, folder: Path, name: str):
    """`argv` from the project folder with the environment plus `env`; output in folder/<name>-std{out,err}.log."""
    with (folder / f"{name}-stdout.log").open("wb") as out, (folder / f"{name}-stderr.log").open("wb") as err:
        return subprocess.Popen(argv, cwd=Path(__file__).resolve().parents[2], env={**os.environ, **env},
                                stdout=out, stderr=err)


def log_tail(folder: Path, name: str, chars: int = 3000) -> str:
    path = folder / f"{name}-stderr.log"
    return path.read_text(errors="replace")[-chars:] if path.exists() else ""


def start_server(env: dict, folder: Path, port: int, name: str = "server"):
    """`assure serve` on 127.0.0.1:port, returned once it answers /healthz; RuntimeError with its log if not."""
    import requests

    server = _start([sys.executable, "-m", "assure.cli", "serve", "--bind", f"127.0.0.1:{port}"],
                    {"REQUEST_LOG": "1", **env}, folder, name)
    deadline = time.monotonic() + STARTING
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=5).status_code == 200:
                return server
        except (requests.ConnectionError, requests.Timeout):
            # not listening yet, or listening while its worker still loads the site (slow on a busy machine)
            time.sleep(0.2)   # a poll interval, not a measure
    stop(server)
    raise RuntimeError(f"{name} did not answer /healthz:\n{log_tail(folder, name)}")


def start_worker(env: dict, folder: Path, name: str = "worker"):
    """The queue's worker, `manage.py run_huey`, without the daily schedule (that is one worker's, in production)."""
    return _start([sys.executable, "manage.py", "run_huey", "--no-periodic"], env, folder, name)


def stop(process) -> None:
    """TERM (gunicorn and huey stop gracefully on it), then KILL if it has not stopped within a minute."""
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --- signing in ----------------------------------------------------------------------------------------------------

def totp_code(key_hex: str) -> str:
    """The code an authenticator app set up with the device's key shows now (django-otp's defaults: 30 s, 6 digits)."""
    from django_otp.oath import TOTP

    return f"{TOTP(bytes.fromhex(key_hex)).token():06d}"


def csrf_token(page: str) -> str:
    found = CSRF.search(page)
    if found is None:
        raise RuntimeError("The page has no form with a CSRF token.")
    return found.group(1)


def sign_in(base: str, username: str, password: str, totp_key: str):
    """A requests.Session signed in through the sign-in pages at `base`: the password, then the device's code."""
    import requests

    session = requests.Session()

    def post(path, data):
        token = csrf_token(session.get(base + path).text)
        return session.post(base + path, data={"csrfmiddlewaretoken": token, **data}, allow_redirects=False)

    answer = post("/sign-in/", {"username": username, "password": password})
    if answer.status_code != 302 or not answer.headers["Location"].endswith("/sign-in/code/"):
        raise RuntimeError(f"Signing in as {username}: the password was refused ({answer.status_code}).")
    answer = post("/sign-in/code/", {"token": totp_code(totp_key)})
    if answer.status_code != 302:
        raise RuntimeError(f"Signing in as {username}: the code was refused ({answer.status_code}).")
    return session

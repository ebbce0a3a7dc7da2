"""`assure serve`: gunicorn's settings from the environment, and the real server started, probed and stopped."""
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from assure.cli import main
from assure.core.live_server import free_port
from assure.core.serve import SettingError, default_workers, gunicorn_command, gunicorn_settings

PROJECT_DIR = Path(__file__).resolve().parents[3]


def test_defaults_are_sync_workers_on_the_local_address():
    settings = gunicorn_settings({}, cpus=2)
    assert settings["worker_class"] == "sync"
    assert settings["bind"] == ["127.0.0.1:8000"]
    assert settings["workers"] == 5
    assert (settings["timeout"], settings["graceful_timeout"], settings["keepalive"]) == (60, 30, 5)
    assert (settings["max_requests"], settings["max_requests_jitter"]) == (1000, 100)
    assert settings["accesslog"] is None  # gunicorn's own access log would write query strings
    assert settings["errorlog"] == "-"


@pytest.mark.parametrize(("cpus", "workers"), [(None, 3), (1, 3), (2, 5), (3, 7), (4, 8), (64, 8)])
def test_default_workers_follow_the_cpus_and_are_capped(cpus, workers):
    assert default_workers(cpus) == workers


def test_the_environment_sets_each_setting():
    settings = gunicorn_settings({"ASSURE_BIND": "0.0.0.0:9000", "WEB_CONCURRENCY": "3", "GUNICORN_TIMEOUT": "120",
                                  "GUNICORN_GRACEFUL_TIMEOUT": "10", "GUNICORN_KEEPALIVE": "0",
                                  "GUNICORN_MAX_REQUESTS": "0"}, cpus=16)
    assert settings["bind"] == ["0.0.0.0:9000"]
    assert (settings["workers"], settings["timeout"], settings["graceful_timeout"]) == (3, 120, 10)
    assert (settings["keepalive"], settings["max_requests"], settings["max_requests_jitter"]) == (0, 0, 0)


@pytest.mark.parametrize(("name", "value", "message"), [
    ("WEB_CONCURRENCY", "lots", "WEB_CONCURRENCY must be a whole number, not 'lots'"),
    ("WEB_CONCURRENCY", "0", "WEB_CONCURRENCY must be 1 or more, not 0"),
    ("GUNICORN_TIMEOUT", "-5", "GUNICORN_TIMEOUT must be 1 or more, not -5"),
])
def test_a_bad_value_is_refused_saying_which(name, value, message):
    with pytest.raises(SettingError) as refused:
        gunicorn_settings({name: value})
    assert str(refused.value) == message


def test_a_bad_value_exits_2_before_starting_anything(monkeypatch, capsys):
    monkeypatch.setenv("WEB_CONCURRENCY", "many")
    monkeypatch.setattr(os, "execv", lambda *args: pytest.fail("gunicorn started"))
    assert main(["serve"]) == 2
    assert "WEB_CONCURRENCY must be a whole number" in capsys.readouterr().err


def test_the_command_runs_gunicorn_with_our_config():
    command = gunicorn_command(bind="127.0.0.1:9001", check=True)
    assert command[:5] == [sys.executable, "-m", "gunicorn", "--config", "python:assure.core.gunicorn_conf"]
    assert command[-1] == "assure.wsgi:application"
    assert "--check-config" in command and command[command.index("--bind") + 1] == "127.0.0.1:9001"


def _get(url: str):
    """(status, body) of a GET, or None when nothing answers yet."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (urllib.error.URLError, ConnectionError):
        return None


@pytest.mark.e2e
def test_the_production_server_serves_probes_pages_static_files_and_logs_json(tmp_path):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "assure.settings", "DJANGO_DEBUG": "0",
           "SECRET_KEY": "a-test-only-key-" + "x" * 40, "ALLOWED_HOSTS": "127.0.0.1",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'assure.sqlite3'}", "MEDIA_ROOT": str(tmp_path / "media"),
           "ASSURE_QUEUE": "embedded", "ASSURE_QUEUE_FILE": str(tmp_path / "queue.sqlite3"),
           "SECURE_SSL_REDIRECT": "0", "SECURE_COOKIES": "0", "WEB_CONCURRENCY": "1"}
    subprocess.run([sys.executable, "manage.py", "migrate", "--no-input", "-v0"], cwd=PROJECT_DIR, env=env,
                   check=True, timeout=600)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    out, err = tmp_path / "stdout.log", tmp_path / "stderr.log"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        server = subprocess.Popen([sys.executable, "-m", "assure.cli", "serve", "--bind", f"127.0.0.1:{port}"],
                                  cwd=tmp_path, env=env, stdout=stdout, stderr=stderr)
        try:
            deadline = time.monotonic() + 120
            health = None
            while health is None and time.monotonic() < deadline and server.poll() is None:
                health = _get(f"{base}/healthz")
                if health is None:
                    time.sleep(0.2)   # waiting for the server to listen: a poll interval, not an assertion
            assert health == (200, b"ok\n"), err.read_text()
            assert _get(f"{base}/readyz") == (200, b"ok\n")
            status, css = _get(f"{base}/static/assure/assure.css")
            assert status == 200 and b"assure-" in css
            status, page = _get(f"{base}/sign-in/?next=/p/somewhere/")
            assert status == 200 and b"Sign in" in page
        finally:
            server.terminate()
            server.wait(timeout=60)
    lines = [json.loads(line) for line in out.read_text().splitlines() if line.startswith("{")]
    ready = [line for line in lines if line["path"] == "/readyz"]
    assert ready and ready[0]["status"] == 200 and ready[0]["method"] == "GET"
    assert {"path": "/sign-in/", "status": 200}.items() <= next(x for x in lines if x["path"] == "/sign-in/").items()
    assert "somewhere" not in out.read_text()   # the query string is not written
    assert "Booting worker" in err.read_text()  # gunicorn's own messages go to standard error

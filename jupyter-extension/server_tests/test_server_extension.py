"""The Jupyter server extension against a StageSense stand-in on loopback: what the proxy forwards, what it refuses,
what /stagesense/status says, and starting the server when none runs."""

import asyncio
import json

import pytest
from tornado.httpclient import HTTPClientError

from conftest import SERVE_STAND_IN, TOKEN, free_port


async def fetch(jp_fetch, *parts, method="GET", body=None, **kwargs):
    try:
        response = await jp_fetch("stagesense", *parts, method=method, body=body, **kwargs)
    except HTTPClientError as error:
        response = error.response
    return response.code, json.loads(response.body or b"null")


@pytest.fixture
def stagesense_config(upstream, token_file):
    return {"url": upstream.url, "token_file": str(token_file), "autostart": False}


async def test_forwards_with_the_bearer_token_added_server_side(jp_fetch, upstream):
    body = json.dumps({"prefix": "df.", "suffix": "", "context": [], "language": "python", "max_suggestions": 3})
    code, answer = await fetch(jp_fetch, "v1", "complete", method="POST", body=body)
    assert code == 200
    assert answer["echo"]["prefix"] == "df."
    forwarded = [r for r in upstream.requests if r["path"] == "/v1/complete"]
    assert forwarded[0]["auth"] == f"Bearer {TOKEN}"


async def test_forwards_get_query_strings_and_passes_404_through(jp_fetch, upstream):
    code, answer = await fetch(jp_fetch, "v1", "packages", "similar", params={"name": "pandas", "k": "5"})
    assert code == 200
    assert answer["path"] == "/v1/packages/similar?name=pandas&k=5"
    code, answer = await fetch(jp_fetch, "v1", "packages", "similar", params={"name": "nopkg"})
    assert (code, answer["message"]) == (404, "unknown package: nopkg")


async def test_drops_cache_busters_and_post_query_strings(jp_fetch, upstream):
    await fetch(jp_fetch, "v1", "stage", method="POST", body='{"code": "x"}', params={"1700000000000": ""})
    await fetch(jp_fetch, "v1", "packages", "similar", params={"name": "pandas", "1700000000000": ""})
    paths = [r["path"] for r in upstream.requests if r["path"] != "/v1/health"]
    assert paths == ["/v1/stage", "/v1/packages/similar?name=pandas"]


async def test_refuses_routes_outside_the_api_without_forwarding(jp_fetch, upstream):
    code, answer = await fetch(jp_fetch, "v1", "admin")
    assert code == 404
    assert "unknown StageSense route" in answer["message"]
    assert not [r for r in upstream.requests if r["path"] != "/v1/health"]


async def test_refuses_bodies_over_one_mebibyte(jp_fetch, upstream):
    code, _ = await fetch(jp_fetch, "v1", "stage", method="POST", body="x" * (1024 * 1024 + 1))
    assert code == 413
    assert not [r for r in upstream.requests if r["path"] == "/v1/stage"]


async def test_requires_the_jupyter_login(jp_fetch):
    with pytest.raises(HTTPClientError) as raised:
        await jp_fetch("stagesense", "status", headers={"Authorization": ""})
    assert raised.value.code == 403


async def test_status_is_ready_when_the_server_answers(jp_fetch, upstream):
    code, status = await fetch(jp_fetch, "status")
    assert code == 200
    assert status["state"] == "ready"
    assert status["url"] == upstream.url


async def test_a_rejected_token_is_reported_as_down_with_the_token_file(jp_fetch, upstream, token_file):
    token_file.write_text("stale-token\n")
    code, answer = await fetch(jp_fetch, "v1", "stage", method="POST", body='{"code": "x"}')
    assert (code, answer["state"]) == (502, "down")
    assert str(token_file) in answer["message"]
    code, status = await fetch(jp_fetch, "status")
    assert status["state"] == "down"
    assert "rejects the token" in status["message"]


async def test_passes_the_servers_own_errors_through_without_a_state(jp_fetch, upstream):
    code, answer = await fetch(jp_fetch, "v1", "packages", "similar", params={"name": "nopkg"})
    assert code == 404
    assert "state" not in answer


class TestServerDown:
    @pytest.fixture
    def stagesense_config(self, token_file):
        return {"url": f"http://127.0.0.1:{free_port()}", "token_file": str(token_file), "autostart": False}

    async def test_proxy_answers_503_with_the_reason(self, jp_fetch):
        code, answer = await fetch(jp_fetch, "v1", "complete", method="POST", body="{}")
        assert code == 503
        assert answer["state"] == "down"
        assert "automatic start is off" in answer["message"]

    async def test_status_says_down_and_why(self, jp_fetch):
        code, status = await fetch(jp_fetch, "status")
        assert (code, status["state"]) == (200, "down")
        assert "no StageSense server at http://127.0.0.1:" in status["message"]


class TestAutostart:
    @pytest.fixture
    def port(self):
        return free_port()

    @pytest.fixture
    def stagesense_config(self, tmp_path, port):
        return {
            "url": f"http://127.0.0.1:{port}",
            "token_file": str(tmp_path / "launched" / "token"),
            "command": SERVE_STAND_IN,
        }

    @pytest.fixture(autouse=True)
    def token_dir(self, tmp_path):
        (tmp_path / "launched").mkdir()

    async def test_starts_the_server_and_reports_ready_once_it_answers(self, jp_fetch, tmp_path):
        code, status = await fetch(jp_fetch, "status")
        assert (code, status["state"]) == (200, "starting")
        for _ in range(100):
            code, status = await fetch(jp_fetch, "status")
            if status["state"] == "ready":
                break
            await asyncio.sleep(0.1)
        assert status["state"] == "ready", status
        assert (tmp_path / "launched" / "token").read_text().strip() == "launched-token"


class TestAutostartFailure:
    @pytest.fixture
    def stagesense_config(self, tmp_path):
        return {
            "url": f"http://127.0.0.1:{free_port()}",
            "token_file": str(tmp_path / "token"),
            "command": SERVE_STAND_IN + ["--exit", "3"],
        }

    async def test_reports_the_exit_code_and_the_last_log_line(self, jp_fetch):
        await fetch(jp_fetch, "status")
        for _ in range(50):
            code, status = await fetch(jp_fetch, "status")
            if status["state"] == "down":
                break
            await asyncio.sleep(0.1)
        assert status["state"] == "down"
        assert "exited with code 3" in status["message"]
        assert "checksum mismatch" in status["message"]


class TestNothingToStart:
    @pytest.fixture
    def stagesense_config(self, tmp_path, monkeypatch):
        monkeypatch.delenv("STAGESENSE_HOME", raising=False)
        monkeypatch.setenv("PATH", str(tmp_path))
        return {"url": f"http://127.0.0.1:{free_port()}", "token_file": str(tmp_path / "token")}

    async def test_explains_how_to_configure_a_command(self, jp_fetch):
        code, status = await fetch(jp_fetch, "status")
        assert status["state"] == "down"
        assert "STAGESENSE_HOME" in status["message"]
        assert "c.StageSense.command" in status["message"]

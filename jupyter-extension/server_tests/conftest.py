import socket
import sys
from pathlib import Path

import pytest

from upstream import Upstream

pytest_plugins = ("pytest_jupyter.jupyter_server",)

TOKEN = "s3cret-stagesense-token"


@pytest.fixture
def token_file(tmp_path):
    path = tmp_path / "token"
    path.write_text(TOKEN + "\n")
    path.chmod(0o600)
    return path


@pytest.fixture
def upstream():
    with Upstream(TOKEN) as server:
        yield server


@pytest.fixture
def stagesense_config():
    """Per-test StageSense traits; tests override it to point the extension elsewhere."""
    return {}


@pytest.fixture
def jp_server_config(stagesense_config):
    return {"ServerApp": {"jpserver_extensions": {"stagesense_jupyter": True}}, "StageSense": stagesense_config}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SERVE_STAND_IN = [sys.executable, str(Path(__file__).with_name("serve_stand_in.py"))]

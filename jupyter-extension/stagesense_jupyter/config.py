"""Settings of the server extension, as traitlets (``c.StageSense.<name>`` in jupyter_server_config.py or on the
command line as ``--StageSense.<name>=...``). Environment variables give the defaults so the same names work for
every StageSense front-end."""

import os
from pathlib import Path

from traitlets import Bool, Float, List, Unicode, default
from traitlets.config import Configurable

DEFAULT_URL = "http://127.0.0.1:7878"


def default_token_file() -> str:
    """Where ``stagesense serve`` keeps its token by default: ``$XDG_CONFIG_HOME/stagesense/token``."""
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return str(Path(config_home) / "stagesense" / "token")


class StageSense(Configurable):
    """Where the StageSense server is, how to authenticate to it, and how to start it when it is not running."""

    url = Unicode(help="Base URL of the StageSense server (env STAGESENSE_URL).").tag(config=True)

    token_file = Unicode(
        help="File holding the bearer token (env STAGESENSE_TOKEN_FILE; default "
        "$XDG_CONFIG_HOME/stagesense/token). Read on the server only; it never reaches the browser."
    ).tag(config=True)

    command = List(
        Unicode(),
        help="Command that starts the StageSense server, e.g. ['/opt/stagesense/stagesense', 'serve'] "
        "(env STAGESENSE_COMMAND, split on spaces). --host/--port/--token-file are appended to match "
        "`url` and `token_file`. Default: `stagesense serve` from $STAGESENSE_HOME or the PATH.",
    ).tag(config=True)

    jar = Unicode(
        "", help="Alternative to `command`: a StageSense jar, started as `java -jar JAR serve`."
    ).tag(config=True)

    autostart = Bool(True, help="Start the StageSense server when none answers at `url`.").tag(config=True)

    startup_timeout = Float(
        300.0,
        help="Seconds a started server may take to become healthy (the first start may build the jar).",
    ).tag(config=True)

    request_timeout = Float(30.0, help="Seconds the proxy waits for one StageSense answer.").tag(config=True)

    @default("url")
    def _default_url(self) -> str:
        return os.environ.get("STAGESENSE_URL", DEFAULT_URL).rstrip("/")

    @default("token_file")
    def _default_token_file(self) -> str:
        return os.environ.get("STAGESENSE_TOKEN_FILE") or default_token_file()

    @default("command")
    def _default_command(self) -> list:
        env = os.environ.get("STAGESENSE_COMMAND", "").split()
        return env

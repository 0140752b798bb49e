"""StageSense for JupyterLab: the prebuilt front-end extension plus a server extension that proxies
``/stagesense/*`` to the local StageSense server, adding its bearer token on the server side."""

import atexit

from ._version import __version__
from .backend import Backend
from .config import StageSense
from .handlers import setup_handlers


def _jupyter_labextension_paths():
    return [{"src": "labextension", "dest": "stagesense-jupyterlab"}]


def _jupyter_server_extension_points():
    return [{"module": "stagesense_jupyter"}]


def _load_jupyter_server_extension(server_app):
    config = StageSense(parent=server_app)
    backend = Backend(config, server_app.log)
    setup_handlers(server_app.web_app, backend)
    # A server we started is ours to stop; one the user started stays up.
    atexit.register(backend.launcher.stop)
    server_app.log.info("StageSense: proxying /stagesense/ to %s (token file %s)", backend.url, backend.token.path)


__all__ = ["__version__"]

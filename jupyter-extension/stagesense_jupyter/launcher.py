"""Starts the StageSense server on behalf of the user when none is running, and remembers why it could not."""

import os
import shutil
import subprocess
import tempfile
import time
from typing import List, Optional
from urllib.parse import urlparse

# After a failed start, wait this long before trying again, so a broken install is not relaunched on every poll.
RETRY_AFTER_S = 60.0


def resolve_command(command: List[str], jar: str) -> Optional[List[str]]:
    """The configured command, else `java -jar JAR serve`, else `stagesense serve` from $STAGESENSE_HOME or PATH."""
    if command:
        return list(command)
    if jar:
        # the heap cap of ./stagesense serve: models live off-heap, the JVM default would take a quarter of the RAM
        return ["java", "-Xmx256m", "-Xss4m", "-XX:+UseSerialGC", "-jar", os.path.expanduser(jar), "serve"]
    home = os.environ.get("STAGESENSE_HOME")
    if home:
        launcher = os.path.join(os.path.expanduser(home), "stagesense")
        if os.access(launcher, os.X_OK):
            return [launcher, "serve"]
    found = shutil.which("stagesense")
    return [found, "serve"] if found else None


def serve_arguments(url: str, token_file: str) -> List[str]:
    """--host/--port/--token-file so the started server listens where the proxy looks and shares its token file."""
    parsed = urlparse(url)
    args = ["--host", parsed.hostname or "127.0.0.1", "--port", str(parsed.port or 7878)]
    return args + ["--token-file", os.path.expanduser(token_file)]


class Launcher:
    def __init__(self, command: Optional[List[str]], url: str, token_file: str, log):
        self.command = command
        self.url = url
        self.token_file = token_file
        self.log = log
        self.process: Optional[subprocess.Popen] = None
        self.log_file: Optional[str] = None
        self.started_at: Optional[float] = None
        self.failure: Optional[str] = None
        self._failed_at: Optional[float] = None

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> bool:
        """Starts the server unless running, not configured, or recently failed; True if it is (now) running."""
        self._note_exit()
        if self.running:
            return True
        if self.command is None:
            self.failure = (
                "no StageSense server answers and no command is configured to start one: set STAGESENSE_HOME "
                "to the StageSense checkout, put `stagesense` on the PATH, or set c.StageSense.command"
            )
            return False
        if self._failed_at is not None and time.monotonic() - self._failed_at < RETRY_AFTER_S:
            return False
        argv = self.command + serve_arguments(self.url, self.token_file)
        handle, self.log_file = tempfile.mkstemp(prefix="stagesense-serve-", suffix=".log")
        try:
            # Its own session: Jupyter's Ctrl+C handling does not reach it; we stop it ourselves on exit.
            self.process = subprocess.Popen(
                argv, stdin=subprocess.DEVNULL, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
            )
        except OSError as error:
            self.failure = f"could not run {argv[0]}: {error.strerror or error}"
            self._failed_at = time.monotonic()
            self.log.warning("StageSense: %s", self.failure)
            return False
        finally:
            os.close(handle)
        self.started_at = time.monotonic()
        self.failure = None
        self.log.info("StageSense: started `%s` (pid %s), log in %s", " ".join(argv), self.process.pid, self.log_file)
        return True

    def timed_out(self, timeout_s: float) -> bool:
        return self.running and self.started_at is not None and time.monotonic() - self.started_at > timeout_s

    def stop(self) -> None:
        if self.running:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def _note_exit(self) -> None:
        """Turns an exited server into a failure message that names the exit code and the log's last line."""
        if self.process is None or self.process.poll() is None:
            return
        code = self.process.returncode
        self.process = None
        self._failed_at = time.monotonic()
        self.failure = f"the StageSense server exited with code {code}{self._last_log_line()} (log: {self.log_file})"
        self.log.warning("StageSense: %s", self.failure)

    def _last_log_line(self) -> str:
        try:
            with open(self.log_file, encoding="utf-8", errors="replace") as handle:
                lines = [line.strip() for line in handle.read()[-4000:].splitlines() if line.strip()]
        except (OSError, TypeError):
            return ""
        return f": {lines[-1]}" if lines else ""

    def poll(self) -> None:
        self._note_exit()

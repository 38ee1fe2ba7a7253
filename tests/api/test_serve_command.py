"""`dossier serve`: the command a person types to start the web app."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

DOSSIER = Path(sys.executable).parent / "dossier"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_until_interrupted(site):
    port = free_port()
    server = subprocess.Popen([str(DOSSIER), "serve", "--repo", str(site.root), "--port", str(port), "--public"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        body = _wait_for_json(f"http://127.0.0.1:{port}/api/documents", server)
        assert {d["sensitivity"] for d in body["items"]} == {"public"}
    finally:
        server.send_signal(signal.SIGINT)
        output, _ = server.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in output and "public mode" in output
    assert "Traceback" not in output


def test_serve_refuses_a_folder_that_is_not_a_repository(tmp_path):
    result = subprocess.run([str(DOSSIER), "serve", "--repo", str(tmp_path / "nothing")], capture_output=True,
                            text=True, timeout=60, env={**os.environ, "DOSSIER_USER": "tester"})
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "not a Dossier repository" in result.stderr
    assert "Traceback" not in result.stderr


def _wait_for_json(url: str, server: subprocess.Popen) -> dict:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"dossier serve exited early: {server.stdout.read()}")
        try:
            return httpx.get(url, timeout=2).json()
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within 60 s")

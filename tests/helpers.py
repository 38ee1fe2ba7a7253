"""What several test folders share: running the installed `dossier` command as a user would."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOSSIER = Path(sys.executable).parent / "dossier"


def shared_dir() -> Path | None:
    for candidate in (ROOT.parent / "shared", Path("/work/shared")):
        if (candidate / "corpus").is_dir():
            return candidate
    return None


def run_cli(*args: str, repo: Path | None = None, input: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    command = [str(DOSSIER), *args]
    if repo is not None:
        command += ["--repo", str(repo)]
    full_env = {**os.environ, "DOSSIER_USER": "tester", **(env or {})}
    return subprocess.run(command, capture_output=True, text=True, input=input, env=full_env, timeout=300)

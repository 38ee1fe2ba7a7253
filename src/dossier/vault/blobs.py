"""Content-addressed storage of original files.

Each original is stored once, under the hex SHA-256 of its bytes, in a two-level fan-out
(``ab/abcdef...``) and made read-only. Writes go to a temporary file that is fsynced
and renamed into place, so a crash never leaves a half-written blob under a real name;
at worst it leaves a complete blob that no source names yet, which a rerun adopts.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

HASH_ALGORITHM = "sha256"
_CHUNK = 1 << 20


class Cipher(Protocol):
    """What an encrypted repository plugs in: whole-blob authenticated encryption."""

    def encrypt(self, plaintext: bytes, associated: bytes) -> bytes: ...

    def decrypt(self, ciphertext: bytes, associated: bytes) -> bytes: ...


@dataclass(frozen=True)
class BlobProblem:
    sha256: str
    problem: str  # "missing", "altered", "unreadable"

    def __str__(self) -> str:
        return f"original {self.sha256}: {self.problem}"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore:
    def __init__(self, root: Path, cipher: Cipher | None = None) -> None:
        self.root = root
        self.cipher = cipher
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> tuple[str, bool]:
        """Store ``data``; return its SHA-256 and whether it was new."""
        digest = sha256_of(data)
        target = self.path(digest)
        if target.exists():
            return digest, False
        target.parent.mkdir(exist_ok=True)
        payload = self.cipher.encrypt(data, digest.encode()) if self.cipher else data
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(payload)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(tmp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest, True

    def get(self, sha256: str) -> bytes:
        data = self.path(sha256).read_bytes()
        return self.cipher.decrypt(data, sha256.encode()) if self.cipher else data

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).exists()

    def __iter__(self) -> Iterator[str]:
        for shard in sorted(self.root.iterdir()):
            if shard.is_dir() and len(shard.name) == 2:
                yield from (p.name for p in sorted(shard.iterdir()) if not p.name.startswith("."))

    def check(self, sha256: str) -> BlobProblem | None:
        """Re-hash one original; say what is wrong with it, if anything."""
        if not self.exists(sha256):
            return BlobProblem(sha256, "missing")
        try:
            data = self.get(sha256)
        except Exception as exc:  # a cipher's authentication failure is tampering too
            return BlobProblem(sha256, f"unreadable ({type(exc).__name__})")
        if sha256_of(data) != sha256:
            return BlobProblem(sha256, "altered (its bytes no longer hash to its name)")
        return None

    def sweep_incoming(self) -> int:
        """Remove temporary files a killed process left behind."""
        removed = 0
        for leftover in self.root.glob("*/.incoming-*"):
            leftover.unlink(missing_ok=True)
            removed += 1
        return removed

"""Finding, checking and remembering the repository key.

The key is 32 random bytes in a file kept outside the repository folder (given with
``--key-file`` or ``$DOSSIER_KEY_FILE``): a seized laptop whose key file sits on a
separate token reveals nothing. A key file inside the repository is refused, since it
would defeat the encryption. ``$DOSSIER_PASSPHRASE`` can stand in for a key file: the
key is then derived from it with scrypt and the salt in ``dossier.json``.

Code that only has a database connection (redaction, search indexing) finds the key
through the connection's engine: ``Repository.open`` attaches it with ``attach``.
"""

from __future__ import annotations

import os
import stat
import weakref
from pathlib import Path

from sqlalchemy import Connection, Engine

from dossier.access.crypto import KEY_BYTES, MasterKey
from dossier.errors import KeyMissing, UsageError

KEY_FILE_ENV = "DOSSIER_KEY_FILE"
PASSPHRASE_ENV = "DOSSIER_PASSPHRASE"

_attached: weakref.WeakKeyDictionary[Engine, MasterKey] = weakref.WeakKeyDictionary()


def read_key_file(path: Path, repo_root: Path | None = None) -> MasterKey:
    """Load a key file, refusing one inside the repository or of the wrong size."""
    path = Path(path)
    _refuse_inside(path, repo_root)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyMissing(f"{path}: cannot read the key file ({exc.strerror})") from None
    if len(data) != KEY_BYTES:
        raise KeyMissing(f"{path}: not a Dossier key file (must hold exactly {KEY_BYTES} bytes, holds {len(data)})")
    return MasterKey(data)


def create_key_file(path: Path, repo_root: Path | None = None) -> MasterKey:
    """Write a new random key, readable by its owner only; never overwrite a key."""
    path = Path(path)
    _refuse_inside(path, repo_root)
    key = os.urandom(KEY_BYTES)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, stat.S_IRUSR | stat.S_IWUSR)
    except FileExistsError:
        raise UsageError(f"{path}: a file already exists there; choose a new path for the key") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot create the key file ({exc.strerror})") from None
    with os.fdopen(fd, "wb") as out:
        out.write(key)
        out.flush()
        os.fsync(out.fileno())
    return MasterKey(key)


def from_environment(repo_root: Path | None = None, salt: bytes | None = None) -> MasterKey | None:
    """The key named by $DOSSIER_KEY_FILE (or derived from $DOSSIER_PASSPHRASE), if any."""
    named = os.environ.get(KEY_FILE_ENV)
    if named:
        return read_key_file(Path(named), repo_root)
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase and salt is not None:
        return MasterKey.from_passphrase(passphrase, salt)
    return None


def attach(engine: Engine, key: MasterKey) -> None:
    """Make ``key`` the key of every connection of ``engine`` (for redaction and witnesses)."""
    _attached[engine] = key


def key_for(conn: Connection) -> MasterKey | None:
    """The key attached to this connection's engine, else $DOSSIER_KEY_FILE, else None."""
    found = _attached.get(conn.engine)
    if found is None:
        found = from_environment()
        if found is not None:
            _attached[conn.engine] = found
    return found


def require_key(conn: Connection, why: str) -> MasterKey:
    key = key_for(conn)
    if key is None:
        raise KeyMissing(f"{why}: needs the repository key; give --key-file PATH or set ${KEY_FILE_ENV}")
    return key


def _refuse_inside(path: Path, repo_root: Path | None) -> None:
    if repo_root is None:
        return
    resolved, root = path.expanduser().resolve(), Path(repo_root).resolve()
    if resolved == root or root in resolved.parents:
        raise UsageError(f"{path}: the key file must be kept outside the repository folder {repo_root}")

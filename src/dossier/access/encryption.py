"""The key of a repository: chosen at ``init``, demanded at ``open``, changed by ``rotate``.

An encrypted repository (``dossier init --encrypt``) keeps its database in SQLCipher and
each original sealed with AES-256-GCM (associated data: the original's SHA-256), so the
folder alone reveals nothing. ``dossier.json`` records only that it is encrypted, the
key's public fingerprint (to say "wrong key" rather than "corrupt") and, for a
passphrase, the scrypt salt. A plain repository may still hold a key: it seals the
protected witness fields.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dossier.access import keys
from dossier.access.crypto import SALT_BYTES, FieldCipher, MasterKey
from dossier.errors import KeyMissing, UsageError


@dataclass(frozen=True)
class RepositoryKeys:
    """What opening a repository needs from its key (all None for a plain, keyless one)."""

    master: MasterKey | None
    database_key: bytes | None
    blob_cipher: FieldCipher | None


def for_init(root: Path, *, encrypt: bool, key_file: Path | None) -> tuple[RepositoryKeys, dict[str, Any]]:
    """Choose the new repository's key (creating the key file if absent) and its config entries."""
    config: dict[str, Any] = {}
    master = _init_master(root, key_file, config)
    if encrypt and master is None:
        raise UsageError(f"--encrypt: give --key-file PATH (outside {root}) or set ${keys.KEY_FILE_ENV} or ${keys.PASSPHRASE_ENV}")
    if encrypt:
        config.update({"encrypted": True, "key_fingerprint": master.fingerprint})
    return _repository_keys(master, encrypt), config


def for_open(root: Path, config: dict[str, Any], key_file: Path | None) -> RepositoryKeys:
    """The keys to open an existing repository; an encrypted one refuses to open without."""
    salt = bytes.fromhex(config["kdf_salt"]) if config.get("kdf_salt") else None
    master = keys.read_key_file(key_file, root) if key_file else keys.from_environment(root, salt)
    encrypted = bool(config.get("encrypted"))
    if encrypted and master is None:
        raise KeyMissing(f"{root}: the repository is encrypted; give --key-file PATH or set ${keys.KEY_FILE_ENV}")
    if encrypted and master.fingerprint != config.get("key_fingerprint"):
        raise KeyMissing(f"{root}: wrong key (this key's fingerprint is {master.fingerprint}, the repository's {config.get('key_fingerprint')})")
    return _repository_keys(master, encrypted)


def _init_master(root: Path, key_file: Path | None, config: dict[str, Any]) -> MasterKey | None:
    if key_file is not None:
        exists = Path(key_file).expanduser().exists()
        return keys.read_key_file(key_file, root) if exists else keys.create_key_file(key_file, root)
    if os.environ.get(keys.KEY_FILE_ENV):
        return keys.from_environment(root)
    passphrase = os.environ.get(keys.PASSPHRASE_ENV)
    if passphrase:
        salt = os.urandom(SALT_BYTES)
        config["kdf_salt"] = salt.hex()
        return MasterKey.from_passphrase(passphrase, salt)
    return None


def _repository_keys(master: MasterKey | None, encrypted: bool) -> RepositoryKeys:
    if master is None or not encrypted:
        return RepositoryKeys(master, None, None)
    return RepositoryKeys(master, master.subkey("database"), master.cipher("originals"))

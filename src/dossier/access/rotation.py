"""Changing the repository key: every sealed thing is opened with the old key and sealed
again with the new one.

The order makes an interruption recoverable. Originals are re-sealed into a staging
folder first (the live ones untouched); then the witness fields are re-sealed in one
transaction with the ledger entry; then the database is re-keyed and ``dossier.json``
gets the new key's fingerprint; last, the staging folder replaces the originals. If
the run stops after the fingerprint is written, running it again with the same two key
files finishes the swap. The short window between re-sealing and re-keying is the one
an interruption can leave needing both keys by hand (docs/SECURITY.md).
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from dossier.access import keys, users, witnesses
from dossier.access.crypto import MasterKey
from dossier.access.policy import require
from dossier.errors import KeyMissing
from dossier.repository import CONFIG_FILE, Repository
from dossier.store import ledger
from dossier.vault import BlobStore

STAGING = ".rotate-originals"


@dataclass
class RotationReport:
    witnesses: int = 0
    originals: int = 0
    database: bool = False


def rotate(root: Path, *, actor: str, old_key_file: Path, new_key_file: Path) -> RotationReport:
    """Re-seal the repository at ``root`` under the key in ``new_key_file`` (created if absent)."""
    root = Path(root)
    old = keys.read_key_file(old_key_file, root)
    new = keys.read_key_file(new_key_file, root) if Path(new_key_file).exists() else keys.create_key_file(new_key_file, root)
    if old.fingerprint == new.fingerprint:
        raise KeyMissing(f"{new_key_file}: the new key is the same as the old one")
    config = _config(root)
    if config.get("encrypted") and config.get("key_fingerprint") == new.fingerprint:
        return _finish_swap(root, RotationReport(database=True))
    report = RotationReport()
    repo = Repository.open(root, actor=actor, key_file=old_key_file)
    try:
        with repo.store.reading() as conn:
            require(users.acting(conn, actor), "key.rotate")
        if config.get("encrypted"):
            report.originals = _stage_originals(repo, new)
        with repo.store.transaction() as conn:
            report.witnesses = witnesses.reseal_all(conn, old, new)
            ledger.append(conn, actor, "key_rotate", "repository",
                          {"old_key": old.fingerprint, "new_key": new.fingerprint, "witnesses": report.witnesses})
        if config.get("encrypted"):
            _rekey_database(repo, new)
            report.database = True
    finally:
        repo.close()
    if config.get("encrypted"):
        _write_config(root, {**config, "key_fingerprint": new.fingerprint})
    return _finish_swap(root, report)


def _stage_originals(repo: Repository, new: MasterKey) -> int:
    staging = repo.root / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    target = BlobStore(staging, new.cipher("originals"))
    count = 0
    for digest in repo.blobs:
        target.put(repo.blobs.get(digest))  # get() authenticates under the old key
        count += 1
    return count


def _rekey_database(repo: Repository, new: MasterKey) -> None:
    repo.store.engine.dispose()  # no pooled connection may keep the old key
    raw = repo.store.engine.raw_connection()
    try:
        raw.execute(f"PRAGMA rekey = \"x'{new.subkey('database').hex()}'\"")
    finally:
        raw.close()
    repo.store.engine.dispose()
    repo.store = type(repo.store).open(str(repo.store.engine.url.set(drivername="sqlite", password=None)), key=new.subkey("database"))
    keys.attach(repo.store.engine, new)


def _finish_swap(root: Path, report: RotationReport) -> RotationReport:
    staging, live, old = root / STAGING, root / "originals", root / ".originals-before-rotation"
    if staging.exists():
        os.replace(live, old)
        os.replace(staging, live)
        shutil.rmtree(old, ignore_errors=True)
    return report


def _config(root: Path) -> dict:
    return json.loads((root / CONFIG_FILE).read_text(encoding="utf-8"))


def _write_config(root: Path, config: dict) -> None:
    tmp = root / f".{CONFIG_FILE}.tmp"
    tmp.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, root / CONFIG_FILE)

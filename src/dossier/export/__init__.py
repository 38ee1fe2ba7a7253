"""Exports: the repository's evidence in formats other tools read.

One module per format, each with the same small interface: ``NAME``, ``SUFFIX`` and
``write(bundle, stream) -> counts`` (a format that can also fill a folder adds
``write_folder(bundle, folder) -> counts``). Adding a format is one new module and one
line in ``FORMATS``.

``export`` is the one door: it gathers a ``Bundle`` through ``access`` (only what the
principal may see, protected names redacted), writes the file atomically (or streams it
to stdout), and appends an ``export`` entry to the ledger with the actor, the format,
the counts, the documents and the SHA-256 of what was written.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, BinaryIO

from dossier.access import Principal
from dossier.errors import UsageError
from dossier.export import casefile, csv, ftm, geojson, graphml
from dossier.export.bundle import INTACT, Bundle, Scope, collect
from dossier.repository import Repository
from dossier.store import ledger

FORMATS: dict[str, ModuleType] = {module.NAME: module for module in (ftm, csv, geojson, graphml, casefile)}
MANIFEST = "SHA256SUMS"
STDOUT = "-"


@dataclass
class ExportResult:
    format: str
    target: str  # the file or folder written, or "-" for stdout
    sha256: str  # of the file; of the SHA256SUMS manifest for a folder
    counts: dict[str, int]
    documents: list[int]
    originals_checked: int
    problems: list[str] = field(default_factory=list)  # originals that no longer match their hash

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class HashingWriter:
    """A binary stream that passes bytes on and hashes them on the way."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.stream.write(data)

    def flush(self) -> None:
        self.stream.flush()


def exporter(name: str) -> ModuleType:
    """The module writing format ``name``; UsageError listing the formats otherwise."""
    found = FORMATS.get(name.strip().lower())
    if found is None:
        raise UsageError(f"FORMAT: {name!r} is not a format; choose one of {', '.join(FORMATS)}")
    return found


def export(
    repo: Repository,
    principal: Principal,
    format_name: str,
    out: Path | str,
    scope: Scope | None = None,
    *,
    stdout: BinaryIO | None = None,
) -> ExportResult:
    """Write ``format_name`` for ``principal`` to ``out`` ("-": ``stdout``) and ledger it."""
    module = exporter(format_name)
    bundle = collect(repo, principal, scope)
    if str(out) == STDOUT:
        if stdout is None:
            raise UsageError("--out -: no output stream to write to")
        digest, counts = _to_stream(module, bundle, stdout)
    elif _is_folder(module, Path(out)):
        digest, counts = _to_folder(module, bundle, Path(out))
    else:
        digest, counts = _to_file(module, bundle, Path(out))
    result = _result(module.NAME, str(out), digest, {**bundle.counts(), **counts}, bundle)
    with repo.store.transaction() as conn:
        ledger.append(conn, principal.name, "export", module.NAME, {**result.to_dict(), "role": str(principal.role)})
    return result


def _is_folder(module: ModuleType, out: Path) -> bool:
    return hasattr(module, "write_folder") and (out.is_dir() or out.suffix.lower() != module.SUFFIX)


def _to_stream(module: ModuleType, bundle: Bundle, stream: BinaryIO) -> tuple[str, dict[str, int]]:
    writer = HashingWriter(stream)
    counts = module.write(bundle, writer)
    writer.flush()
    return writer.digest.hexdigest(), counts


def _to_file(module: ModuleType, bundle: Bundle, out: Path) -> tuple[str, dict[str, int]]:
    """Write beside the target and rename, so a failed export leaves no half file."""
    if out.is_dir():
        raise UsageError(f"--out {out}: is a folder; name a file (e.g. export{module.SUFFIX})")
    partial = out.with_name(f".{out.name}.partial")
    try:
        with partial.open("wb") as stream:
            found = _to_stream(module, bundle, stream)
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UsageError(f"--out {out}: cannot write ({exc.strerror})") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return found


def _to_folder(module: ModuleType, bundle: Bundle, out: Path) -> tuple[str, dict[str, int]]:
    """Fill a new folder and write SHA256SUMS (``sha256sum -c`` checks it); its hash is ledgered."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"--out {out}: not an empty folder; choose a new folder, or a {module.SUFFIX} file")
    try:
        counts = module.write_folder(bundle, out)
        lines = [f"{_sha256_file(path)}  {path.name}\n" for path in sorted(out.iterdir())
                 if path.is_file() and path.name != MANIFEST]
        manifest = "".join(lines).encode("utf-8")
        (out / MANIFEST).write_bytes(manifest)
    except OSError as exc:
        raise UsageError(f"--out {out}: cannot write ({exc.strerror})") from None
    return hashlib.sha256(manifest).hexdigest(), counts


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _result(name: str, target: str, digest: str, counts: dict[str, int], bundle: Bundle) -> ExportResult:
    problems = [problem for problem in bundle.originals.values() if problem != INTACT]
    if bundle.chain:
        problems.append(bundle.chain)
    return ExportResult(name, target, digest, counts, bundle.document_ids, len(bundle.originals), problems)


__all__ = ["FORMATS", "Bundle", "ExportResult", "Scope", "collect", "export", "exporter"]

"""The repository: one folder (or a database URL plus a blob folder) and the flow over it.

This is the library's front door. The CLI and the web app call it; it is the one place
that runs the pipeline vault → ingest → extract → resolve → store and appends to the
ledger, so both front ends behave the same.

Each file is ingested in one database transaction, after its blob is safely on disk:
a failure or a kill leaves either the whole file in, or nothing but a complete,
unreferenced blob that the next run adopts.
"""

from __future__ import annotations

import json
import mimetypes
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dossier import extract as extraction
from dossier.access import views
from dossier.access.policy import Principal
from dossier import ingest
from dossier.access import encryption, keys
from dossier.errors import DossierError, InputError, NotFound, RepositoryError, UsageError
from dossier.model import (
    Annotations,
    Document,
    Entity,
    ExtractedText,
    IngestResult,
    LedgerEntry,
    Note,
    ReviewStatus,
    Sensitivity,
    Source,
)
from dossier.resolve import alias_key
from dossier.linking import link_documents
from dossier.search import indexer
from dossier.store import Store, annotations, documents, entities, ledger, sources
from dossier.store.ledger import now
from dossier.vault import HASH_ALGORITHM, BlobStore, first_break, sha256_of

CONFIG_FILE = "dossier.json"
DEFAULT_MAX_BYTES = 200 * 1024 * 1024


@dataclass
class IngestOptions:
    origin: str = ""
    collector: str | None = None  # who acquired the material; defaults to the actor
    sensitivity: Sensitivity = Sensitivity.RESTRICTED
    language: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    extract: bool = True  # False: store now, run `reextract` later (bulk loads)


@dataclass
class VerifyReport:
    blobs_checked: int = 0
    ledger_entries: int = 0
    problems: list[str] = field(default_factory=list)
    unreferenced_blobs: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict:
        return {
            "ok": self.ok,
            "blobs_checked": self.blobs_checked,
            "ledger_entries": self.ledger_entries,
            "problems": self.problems,
            "first_problem": self.problems[0] if self.problems else None,
            "unreferenced_blobs": self.unreferenced_blobs,
        }


class Repository:
    def __init__(self, root: Path, store: Store, blobs: BlobStore, actor: str) -> None:
        self.root = root
        self.store = store
        self.blobs = blobs
        self.actor = actor
        # Who reads: front ends set it after admitting the user; reads then go through
        # `access.views` (visible levels only, protected names pseudonymised). None is
        # the library used directly, by code that already holds the repository's rights.
        self.principal: Principal | None = None

    # --- opening -------------------------------------------------------------------

    @classmethod
    def init(
        cls,
        root: Path,
        *,
        actor: str,
        database_url: str | None = None,
        encrypt: bool = False,
        key_file: Path | None = None,
    ) -> Repository:
        """Create a repository; ``encrypt`` seals the database and originals with the key."""
        root = Path(root)
        if (root / CONFIG_FILE).exists():
            raise RepositoryError(f"{root}: already a Dossier repository")
        if root.exists() and any(root.iterdir()):
            raise RepositoryError(f"{root}: folder is not empty; choose a new or empty folder")
        repo_keys, key_config = encryption.for_init(root, encrypt=encrypt, key_file=key_file)
        root.mkdir(parents=True, exist_ok=True)
        config = {"format": 1, "database_url": database_url, "hash_algorithm": HASH_ALGORITHM, **key_config}
        store = Store.open(database_url or _sqlite_url(root), create=True, key=repo_keys.database_key)
        (root / CONFIG_FILE).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        repo = cls(root, store, BlobStore(root / "originals", repo_keys.blob_cipher), actor)
        if repo_keys.master:
            keys.attach(store.engine, repo_keys.master)
        with store.transaction() as conn:
            ledger.append(conn, actor, "init", str(root.resolve()), {"database": store.dialect, "encrypted": encrypt})
        return repo

    @classmethod
    def open(cls, root: Path, *, actor: str, key_file: Path | None = None) -> Repository:
        """Open a repository; the key comes from ``key_file`` or $DOSSIER_KEY_FILE."""
        root = Path(root)
        config_path = root / CONFIG_FILE
        if not config_path.exists():
            raise RepositoryError(f"{root}: not a Dossier repository (no {CONFIG_FILE}); run `dossier init {root}`")
        config = json.loads(config_path.read_text(encoding="utf-8"))
        repo_keys = encryption.for_open(root, config, key_file)
        store = Store.open(config.get("database_url") or _sqlite_url(root), key=repo_keys.database_key)
        if repo_keys.master:
            keys.attach(store.engine, repo_keys.master)
        blobs = BlobStore(root / "originals", repo_keys.blob_cipher)
        blobs.sweep_incoming()
        return cls(root, store, blobs, actor)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- ingestion -----------------------------------------------------------------

    def ingest_paths(
        self,
        paths: Iterable[Path],
        options: IngestOptions,
        on_result: Callable[[IngestResult], None] | None = None,
    ) -> list[IngestResult]:
        """Ingest files and folders (recursively); each file on its own, in order."""
        results = []
        own = self.root.resolve()
        with indexer.deferred(self.store):
            for path in expand_paths(paths):
                if path.resolve().is_relative_to(own):
                    continue  # never ingest the repository's own database and originals
                result = self.ingest_file(path, options)
                results.append(result)
                if on_result:
                    on_result(result)
        return results

    def ingest_file(self, path: Path, options: IngestOptions) -> IngestResult:
        name = str(path)
        try:
            size = path.stat().st_size
            if size > options.max_bytes:
                raise InputError(name, f"too large ({size} bytes; the limit is {options.max_bytes})")
            data = path.read_bytes()
        except OSError as exc:
            return IngestResult(name, "failed", error=f"{name}: cannot read ({exc.strerror})")
        except InputError as exc:
            return IngestResult(name, "failed", error=str(exc))
        return self.ingest_bytes(data, path.name, options, display_name=name)

    def ingest_bytes(
        self,
        data: bytes,
        filename: str,
        options: IngestOptions,
        *,
        display_name: str | None = None,
        parent_id: int | None = None,
    ) -> IngestResult:
        """Ingest one file's bytes: a no-op if present, all-or-nothing otherwise."""
        name = display_name or filename
        digest = sha256_of(data)
        with self.store.reading() as conn:
            existing = sources.by_sha(conn, digest)
        if existing is not None:
            with self.store.reading() as conn:
                doc_ids = documents.ids_of_source(conn, existing.id)
            return IngestResult(name, "already_present", digest, doc_ids)
        try:
            extracted = ingest.read(data, filename, max_bytes=options.max_bytes)
            docs = ingest.documents_from(extracted, filename=filename, language=options.language)
            found = [_extract(doc, name) if options.extract else Annotations() for doc in docs]
        except DossierError as exc:
            return IngestResult(name, "failed", digest, error=str(exc))
        source = Source(
            sha256=digest,
            size=len(data),
            media_type=extracted.media_type or mimetypes.guess_type(filename)[0] or "application/octet-stream",
            filename=filename,
            acquired_at=now(),
            acquired_by=options.collector or self.actor,
            origin=options.origin,
            language=options.language or (docs[0].language if docs else None),
            sensitivity=options.sensitivity,
        )
        self.blobs.put(data)
        with self.store.transaction() as conn:
            source_id = sources.insert(conn, source, extracted, parent_id)
            doc_ids = [self._store_document(conn, source_id, seq, doc, found[seq], source) for seq, doc in enumerate(docs)]
            link_documents(conn, doc_ids)
            indexer.index_documents(conn, doc_ids)
            ledger.append(
                conn,
                self.actor,
                "ingest",
                digest,
                {"filename": filename, "size": len(data), "documents": doc_ids, "parent": parent_id,
                 "sensitivity": str(options.sensitivity), "origin": options.origin},
            )
        result = IngestResult(name, "ingested", digest, doc_ids)
        result.children = self._ingest_attachments(extracted, options, source_id, name)
        return result

    def _store_document(
        self, conn, source_id: int, seq: int, doc: Document, found: Annotations, source: Source  # type: ignore[no-untyped-def]
    ) -> int:
        doc.sensitivity = source.sensitivity
        doc.source_sha256 = source.sha256
        doc_id = documents.insert(conn, source_id, seq, doc)
        annotations.save(conn, doc_id, found)
        return doc_id

    def _ingest_attachments(
        self, extracted: ExtractedText, options: IngestOptions, parent_id: int, name: str
    ) -> list[IngestResult]:
        return [
            self.ingest_bytes(att.data, att.filename, options, display_name=f"{name}#{att.filename}", parent_id=parent_id)
            for att in extracted.attachments
        ]

    # --- re-extraction -------------------------------------------------------------

    def reextract(self, on_document: Callable[[int], None] | None = None) -> int:
        """Run the current extractors again over every document, keeping reviewed work."""
        with self.store.reading() as conn:
            doc_ids = documents.all_ids(conn)
        for doc_id in doc_ids:
            with self.store.transaction() as conn:
                doc = documents.get(conn, doc_id)
                assert doc is not None
                found = _extract(doc, f"document {doc_id}")
                annotations.clear_machine_output(conn, doc_id)
                entities.clear_document_aliases(conn, doc_id)
                annotations.save(conn, doc_id, found)
                link_documents(conn, [doc_id])
                indexer.index_documents(conn, [doc_id])
            if on_document:
                on_document(doc_id)
        with self.store.transaction() as conn:
            entities.drop_unreviewed_orphans(conn)
            ledger.append(conn, self.actor, "reextract", "repository", {"documents": len(doc_ids), "extractors": extraction.versions()})
        return len(doc_ids)

    # --- integrity -----------------------------------------------------------------

    def verify(self) -> VerifyReport:
        """Re-hash every original and walk the whole ledger chain."""
        report = VerifyReport()
        with self.store.reading() as conn:
            known = sources.hashes(conn)
            chain = list(ledger.entries(conn))
        for digest in known:
            report.blobs_checked += 1
            problem = self.blobs.check(digest)
            if problem:
                report.problems.append(str(problem))
        report.ledger_entries = len(chain)
        broken = first_break(chain)
        if broken:
            report.problems.append(broken)
        report.unreferenced_blobs = sorted(set(self.blobs) - set(known))
        return report

    def log(self, *, after: int = 0, limit: int | None = None) -> list[LedgerEntry]:
        with self.store.reading() as conn:
            return list(ledger.entries(conn, after=after, limit=limit))

    # --- reading -------------------------------------------------------------------

    def document(self, doc_id: int) -> Document:
        with self.store.reading() as conn:
            if self.principal is not None:
                return views.document_for(self.principal, conn, doc_id)
            doc = documents.get(conn, doc_id)
        if doc is None:
            raise NotFound(f"document {doc_id}: no such document")
        return doc

    def document_summaries(self, *, kind: str | None = None) -> list[dict]:
        """The list shape of `dossier documents --json`."""
        with self.store.reading() as conn:
            if self.principal is not None:
                docs = views.documents_visible(self.principal, conn, kind=kind)
            else:
                docs = documents.list_documents(conn, documents.DocumentFilter(kind=kind))
            counts = documents.note_counts(conn, [d.id for d in docs if d.id is not None])
        return [document_summary(d, counts.get(d.id or 0, 0)) for d in docs]

    def document_record(self, doc_id: int) -> dict:
        """The shape of `dossier show ID --json`: the summary plus text and notes."""
        doc = self.document(doc_id)
        return {**document_summary(doc, len(doc.notes)), "text": doc.text, "notes": [note_record(n) for n in doc.notes]}

    def entity_summaries(self, *, kind: str | None = None, limit: int | None = None) -> list[dict]:
        with self.store.reading() as conn:
            if self.principal is not None and not views.sees_all(self.principal):
                return views.entities_visible(self.principal, conn, kind=kind, limit=limit)
            found = entities.list_entities(conn, kind=kind, limit=limit)
            counts = entities.mention_counts(conn, [e.id for e in found if e.id is not None])
        return [
            {"id": e.id, "kind": e.kind, "name": e.name, "attributes": e.attributes, "mentions": counts.get(e.id or 0, 0)}
            for e in found
        ]

    def entity_record(self, entity_id: int) -> dict:
        """An entity with every alias, where it was seen and why it was merged."""
        with self.store.reading() as conn:
            if self.principal is not None and not views.sees_all(self.principal):
                return views.entity_for(self.principal, conn, entity_id)
            entity = entities.get(conn, entity_id)
        if entity is None:
            raise NotFound(f"entity {entity_id}: no such entity")
        return entity.to_dict()

    def merge_entities(self, keep_id: int, gone_id: int) -> None:
        if keep_id == gone_id:
            raise UsageError("merge: the two entity ids are the same")
        with self.store.transaction() as conn:
            for entity_id in (keep_id, gone_id):
                if entities.get(conn, entity_id) is None:
                    raise NotFound(f"entity {entity_id}: no such entity")
            entities.merge(conn, keep_id, gone_id, self.actor)
            ledger.append(conn, self.actor, "entity_merge", f"entity {keep_id}", {"merged": gone_id})

    def split_entity(self, entity_id: int, alias: str) -> int:
        with self.store.transaction() as conn:
            entity = entities.get(conn, entity_id)
            if entity is None:
                raise NotFound(f"entity {entity_id}: no such entity")
            key = alias_key(alias)
            if key not in {alias_key(a.name) for a in entity.aliases}:
                raise UsageError(f"split: {alias!r} is not an alias of entity {entity_id}")
            new_id = entities.split(conn, entity_id, key, Entity(kind=entity.kind, name=alias), self.actor)
            ledger.append(conn, self.actor, "entity_split", f"entity {entity_id}", {"alias": alias, "new_entity": new_id})
        return new_id

    def review_incident(self, incident_id: int, status: ReviewStatus) -> None:
        """Record a person's verdict on a machine incident; re-extraction keeps it."""
        with self.store.transaction() as conn:
            if annotations.get_incident(conn, incident_id) is None:
                raise NotFound(f"incident {incident_id}: no such incident")
            annotations.set_incident_status(conn, incident_id, status)
            ledger.append(conn, self.actor, "incident_review", f"incident {incident_id}", {"status": str(status)})

    def original(self, sha256: str) -> tuple[Source, bytes]:
        with self.store.reading() as conn:
            source = sources.by_sha(conn, sha256)
        if source is None:
            raise NotFound(f"original {sha256}: no such source")
        return source, self.blobs.get(sha256)


def document_summary(doc: Document, note_count: int) -> dict:
    return {
        "id": doc.id,
        "title": doc.title,
        "authors": [a.to_dict() for a in doc.authors],
        "date": doc.date.value if doc.date else None,
        "date_precision": str(doc.date.precision) if doc.date else None,
        "kind": str(doc.kind),
        "language": doc.language,
        "sensitivity": str(doc.sensitivity),
        "sha256": doc.source_sha256,
        "notes": note_count,
    }


def note_record(note: Note) -> dict:
    record = note.to_dict()
    record["cited_at"] = [c.to_dict() for c in note.cited_at]
    return record


def extraction_report(path: Path) -> dict:
    """Ingest and extract one file without storing anything: `dossier extract --json`."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror})") from None
    extracted = ingest.read(data, Path(path).name)
    docs = ingest.documents_from(extracted, filename=Path(path).name)
    return {"documents": [_document_facts(doc, _extract(doc, str(path))) for doc in docs]}


def _document_facts(doc: Document, found: Annotations) -> dict:
    return {
        "title": doc.title,
        "kind": str(doc.kind),
        "date": doc.date.value if doc.date else None,
        "authors": [a.to_dict() for a in doc.authors],
        "language": doc.language,
        "mentions": [
            {"text": m.text, "label": str(m.label), "start": m.start, "end": m.end, "entity": m.canonical}
            for m in found.mentions
        ],
        "dates": [d.to_dict() for d in found.dates],
        "quantities": [q.to_dict() for q in found.quantities],
        "notes": [note_record(n) for n in doc.notes],
        "incidents": [i.to_dict() for i in found.incidents],
        "claims": [c.to_dict() for c in found.claims],
        "recommendations": [r.to_dict() for r in found.recommendations],
        "extractors": found.extractors,
    }


def _extract(doc: Document, name: str) -> Annotations:
    try:
        return extraction.extract(doc)
    except Exception as exc:  # an extractor bug must not leave a half-ingested file
        raise InputError(name, f"extraction failed ({type(exc).__name__}: {exc})") from exc


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, folders walked recursively in a stable order, hidden files skipped."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for filename in sorted(filenames):
                    if not filename.startswith("."):
                        yield Path(dirpath) / filename
        elif path.exists():
            yield path
        else:
            raise UsageError(f"{path}: no such file or folder")


def _sqlite_url(root: Path) -> str:
    return f"sqlite:///{(Path(root) / 'dossier.db').resolve()}"

"""The tables of the system of record, written once for SQLite and PostgreSQL.

Lists and small structures (authors, URLs, attributes) are JSON columns: they are
read whole with their row and never queried inside, so normalising them would buy
nothing. Everything that is filtered or joined on has a column and an index.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

SCHEMA_VERSION = 1

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("hash_algorithm", String(16), nullable=False, default="sha256"),
    Column("size", Integer, nullable=False),
    Column("media_type", String(128), nullable=False),
    Column("filename", Text, nullable=False),
    Column("acquired_at", String(40), nullable=False),
    Column("acquired_by", String(200), nullable=False),
    Column("origin", Text, nullable=False, default=""),
    Column("language", String(16)),
    Column("sensitivity", String(16), nullable=False),
    Column("parent_id", Integer, ForeignKey("sources.id")),
    Column("text", Text, nullable=False, default=""),  # the reader's full text
    Column("pages", JSON, nullable=False, default=list),
    Column("metadata", JSON, nullable=False, default=dict),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),  # position within the source
    Column("title", Text, nullable=False),
    Column("kind", String(32), nullable=False, index=True),
    Column("authors", JSON, nullable=False, default=list),
    Column("date_text", Text),
    Column("date_value", String(10), index=True),
    Column("date_end", String(10)),
    Column("date_precision", String(16)),
    Column("language", String(16)),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("sensitivity", String(16), nullable=False, index=True),
    Column("text", Text, nullable=False),
    UniqueConstraint("source_id", "seq"),
)

works = Table(
    "works",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", Text, nullable=False, unique=True),
    Column("title", Text),
    Column("url", Text),
    Column("un_symbol", String(64)),
)

notes = Table(
    "notes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("marker", String(32), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("urls", JSON, nullable=False, default=list),
    Column("un_symbols", JSON, nullable=False, default=list),
    Column("authors", JSON, nullable=False, default=list),
    Column("title", Text),
    Column("date", String(40)),
    Column("pages", String(64)),
    Column("resolves_to", String(32)),
    Column("cited_at", JSON, nullable=False, default=list),
    Column("work_id", Integer, ForeignKey("works.id"), index=True),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("attributes", JSON, nullable=False, default=dict),
    Column("protected", Boolean, nullable=False, default=False),
    Column("reviewed", Boolean, nullable=False, default=False),  # a person merged or split it
)

aliases = Table(
    "aliases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("key", Text, nullable=False, index=True),  # normalised form for lookup
    Column("document_id", Integer, ForeignKey("documents.id"), index=True),
    Column("start", Integer),
    Column("end", Integer),
    Column("reason", Text, nullable=False, default=""),
)

overrides = Table(
    "entity_overrides",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name_key", Text, nullable=False, index=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("rule", String(16), nullable=False),  # "must" or "must_not"
    Column("actor", String(200), nullable=False),
    Column("time", String(40), nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("label", String(16), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("canonical", Text),
    Column("entity_id", Integer, ForeignKey("entities.id"), index=True),
    Column("extractor", String(64), nullable=False),
    Column("confidence", Float, nullable=False, default=1.0),
)

annotations = Table(
    # Dates and quantities: read with their document, never joined on.
    "annotations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("type", String(16), nullable=False),  # date, quantity
    Column("start", Integer),
    Column("end", Integer),
    Column("data", JSON, nullable=False),
    Column("extractor", String(64), nullable=False),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("type", String(64), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("asserted", Boolean, nullable=False),
    Column("modality", String(32), nullable=False),
    Column("place", Text),
    Column("place_entity_id", Integer, ForeignKey("entities.id"), index=True),
    Column("date", JSON),
    Column("date_value", String(10), index=True),
    Column("perpetrators", JSON, nullable=False, default=list),
    Column("victims", JSON, nullable=False, default=list),
    Column("legal", JSON, nullable=False, default=list),
    Column("extractor", String(64), nullable=False),
    Column("status", String(16), nullable=False, default="machine"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("subject", Text, nullable=False, index=True),
    Column("measure", Text),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("unit", Text),
    Column("as_of", String(10)),
    Column("notes", JSON, nullable=False, default=list),
    Column("extractor", String(64), nullable=False),
    Column("status", String(16), nullable=False, default="machine"),
)

recommendations = Table(
    "recommendations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("by", Text),
    Column("to", Text),
    Column("action", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("item", String(32)),
    Column("date", String(10)),
    Column("extractor", String(64), nullable=False),
    Column("status", String(16), nullable=False, default="open"),
)

ledger = Table(
    "ledger",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("time", String(40), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(64), nullable=False),
    Column("subject", Text, nullable=False),
    Column("details", JSON, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

Index("ix_mentions_label", mentions.c.label)
Index("ix_annotations_type", annotations.c.document_id, annotations.c.type)


# --- access: users, tokens, witnesses, redacted derivatives (owned by dossier.access) ---
# Protected witness fields are stored only as AES-256-GCM ciphertext (LargeBinary);
# the pseudonym and the risk flags are the only clear columns.

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", Text),  # argon2id; NULL: cannot log in with a password
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", String(40), nullable=False),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),  # sha256 of the token
    Column("created_at", String(40), nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
)

witnesses = Table(
    "witnesses",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("pseudonym", String(64), nullable=False, unique=True),
    Column("name_ct", LargeBinary, nullable=False),
    Column("aliases_ct", LargeBinary, nullable=False),
    Column("contact_ct", LargeBinary, nullable=False),
    Column("location_ct", LargeBinary, nullable=False),
    Column("consent_ct", LargeBinary, nullable=False),
    Column("relatives_at_risk", Boolean, nullable=False, default=False),
    Column("identification", String(16), nullable=False, default="pseudonym"),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
)

protection_keys = Table(
    # One row: proves a key is the repository's without storing anything from it.
    "protection_keys",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("check_ct", LargeBinary, nullable=False),
    Column("created_at", String(40), nullable=False),
)

derivatives = Table(
    "derivatives",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),  # "redacted"
    Column("sha256", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("basis", String(64), nullable=False),  # the witness-list revision it was made under
    Column("created_at", String(40), nullable=False),
)


# --- cases: a legal theory over chosen incidents and entities (owned by dossier.analyze) ---
# A case item points at an incident or an entity by id; no foreign key, because one
# column serves both kinds and a merged-away entity must not block the case.

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("theory", Text, nullable=False, default=""),
    Column("acts", JSON, nullable=False, default=list),
    Column("modes", JSON, nullable=False, default=list),
    Column("created_at", String(40), nullable=False),
    Column("created_by", String(200), nullable=False),
)

case_items = Table(
    "case_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False, index=True),
    Column("kind", String(16), nullable=False),  # incident, entity
    Column("ref_id", Integer, nullable=False),
    Column("added_at", String(40), nullable=False),
    Column("added_by", String(200), nullable=False),
    UniqueConstraint("case_id", "kind", "ref_id"),
)

"""Original bytes and the proof that they are untouched."""

from dossier.vault.blobs import HASH_ALGORITHM, BlobProblem, BlobStore, Cipher, sha256_of
from dossier.vault.ledger import GENESIS, entry_hash, first_break

__all__ = ["HASH_ALGORITHM", "GENESIS", "BlobProblem", "BlobStore", "Cipher", "entry_hash", "first_break", "sha256_of"]

"""Authenticated encryption of protected fields, originals and the database key.

One master key (32 random bytes from a key file, or derived from a passphrase with
scrypt and a stored salt) never touches data directly: HKDF derives one subkey per
purpose, so a leak of one use cannot be replayed against another. Values are sealed
with AES-256-GCM under a fresh random 96-bit nonce; the associated data binds each
ciphertext to its place (table, column, row), so a ciphertext copied to another row
or column fails to open instead of silently showing the wrong person.
"""

from __future__ import annotations

import hashlib
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from dossier.errors import KeyMissing

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
_SCRYPT_N = 2**15  # about 0.1 s and 32 MiB per derivation: slow enough to hurt guessing


class FieldCipher:
    """AES-256-GCM with a random nonce per value; also the vault's blob ``Cipher``."""

    def __init__(self, key: bytes, purpose: str) -> None:
        if len(key) != KEY_BYTES:
            raise KeyMissing(f"{purpose} key: must be {KEY_BYTES} bytes, got {len(key)}")
        self._aead = AESGCM(key)
        self.purpose = purpose

    def encrypt(self, plaintext: bytes, associated: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plaintext, associated)

    def decrypt(self, ciphertext: bytes, associated: bytes) -> bytes:
        """Open a sealed value; a wrong key or altered bytes raise KeyMissing, never garbage."""
        try:
            return self._aead.decrypt(ciphertext[:NONCE_BYTES], ciphertext[NONCE_BYTES:], associated)
        except (InvalidTag, ValueError):
            raise KeyMissing(f"{self.purpose}: wrong key, or the encrypted data was altered") from None


class MasterKey:
    """The repository key. Hands out per-purpose ciphers; never prints its bytes."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise KeyMissing(f"key: must be {KEY_BYTES} bytes, got {len(key)}")
        self._key = key

    def subkey(self, purpose: str) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=f"dossier {purpose}".encode()).derive(self._key)

    def cipher(self, purpose: str) -> FieldCipher:
        return FieldCipher(self.subkey(purpose), purpose)

    @property
    def fingerprint(self) -> str:
        """A short public id of the key (a hash of a subkey): tells keys apart in caches and logs."""
        return hashlib.sha256(self.subkey("fingerprint")).hexdigest()[:16]

    def __repr__(self) -> str:
        return f"MasterKey({self.fingerprint})"

    @classmethod
    def from_passphrase(cls, passphrase: str, salt: bytes) -> MasterKey:
        if not passphrase:
            raise KeyMissing("passphrase: must not be empty")
        kdf = Scrypt(salt=salt, length=KEY_BYTES, n=_SCRYPT_N, r=8, p=1)
        return cls(kdf.derive(passphrase.encode("utf-8")))


def field_associated_data(table: str, column: str, row_id: int | str) -> bytes:
    """What a protected value is bound to: moving it elsewhere makes it unreadable."""
    return f"{table}\x1f{column}\x1f{row_id}".encode()

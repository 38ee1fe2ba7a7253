"""Bytes to str for text formats: UTF-8 (with or without BOM) or UTF-16 with a BOM.

Nothing is guessed: a wrong guess would silently change the words of an original.
A file in another encoding is refused with the byte offset where UTF-8 broke, so the
sender can convert it knowingly.
"""

from __future__ import annotations

import codecs

from dossier.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_text(data: bytes, filename: str, *, declared: str | None = None) -> str:
    """The text of ``data`` with newlines made ``\\n``; ``declared`` is a charset the file names."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return normalize_newlines(_decode(data[len(bom):], codec, filename, len(bom)))
    if declared and _known_codec(declared) not in (None, "utf-8"):
        return normalize_newlines(_decode(data, _known_codec(declared) or "utf-8", filename, 0))
    return normalize_newlines(_decode(data, "utf-8", filename, 0))


def normalize_newlines(text: str) -> str:
    """One newline convention, so offsets mean the same whatever system wrote the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, codec: str, filename: str, offset: int) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        name = "UTF-8" if codec == "utf-8" else codec.upper()
        raise InputError(filename, f"not valid {name} at byte {offset + exc.start}") from None


def _known_codec(label: str) -> str | None:
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None

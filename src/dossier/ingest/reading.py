"""Bytes of any supported format to text: the one entry point of the readers."""

from __future__ import annotations

from pathlib import PurePath

from dossier.errors import InputError
from dossier.ingest.readers import failures_as_input_errors, reader_for
from dossier.ingest.sniffing import EMPTY, claimed_type, describe, family, sniff
from dossier.model import ExtractedText

DEFAULT_MAX_BYTES = 200 * 1024 * 1024


def read(data: bytes, filename: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ExtractedText:
    """The text of one file, with its page map, metadata and attachments.

    The type is decided from the bytes; a name whose extension claims another binary
    format is refused, since a mislabelled file is a question for the person who sent
    it. Every failure is an ``InputError`` naming ``filename`` and the reason.
    """
    if not data:
        raise InputError(filename, "empty file")
    if len(data) > max_bytes:
        raise InputError(filename, f"too large ({len(data)} bytes; the limit is {max_bytes})")
    media_type = sniff(data, filename)
    _refuse_mislabelled(media_type, filename)
    reader = reader_for(media_type)
    if reader is None:
        raise InputError(filename, f"unsupported type: {describe(media_type)} ({media_type})")
    # The readers convert the errors they expect; this catches what a library raises
    # on bytes nobody foresaw, so callers only ever see an InputError.
    with failures_as_input_errors(filename, describe(media_type)):
        return reader(data, filename)


def _refuse_mislabelled(media_type: str, filename: str) -> None:
    claimed = claimed_type(filename)
    if claimed is None or media_type == EMPTY or family(claimed) == family(media_type):
        return
    suffix = PurePath(filename).suffix.lower()
    raise InputError(filename, f"wrong type: named {suffix} but the bytes look like {describe(media_type)} ({media_type})")

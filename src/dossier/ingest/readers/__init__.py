"""One reader per format, found by media type.

A reader is a function ``(data, filename) -> ExtractedText`` that raises ``InputError``
for anything it cannot read. Each lives in its own module here and announces itself
with ``@register(media_type, ...)``; every module of this package is imported when
the registry is first used, so adding a format means adding one file.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from dossier.errors import InputError
from dossier.model import ExtractedText

Reader = Callable[[bytes, str], ExtractedText]

_READERS: dict[str, Reader] = {}
_loaded = False


def register(*media_types: str) -> Callable[[Reader], Reader]:
    """Make the decorated function the reader of ``media_types``."""

    def add(reader: Reader) -> Reader:
        for media_type in media_types:
            _READERS[media_type] = reader
        return reader

    return add


def reader_for(media_type: str) -> Reader | None:
    """The registered reader of ``media_type``, or None."""
    _load_all()
    return _READERS.get(media_type)


@contextmanager
def failures_as_input_errors(filename: str, what: str) -> Iterator[None]:
    """Turn whatever a parsing library raises on damaged bytes into one clear InputError.

    Third-party parsers signal broken input with many exception types (KeyError,
    ValueError, their own errors); the caller only needs to know the file is damaged.
    """
    try:
        yield
    except InputError:
        raise
    except RecursionError:
        raise InputError(filename, f"corrupt {what}: nested too deeply to read") from None
    except Exception as exc:
        detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise InputError(filename, f"corrupt or truncated {what} ({detail})") from None


def _load_all() -> None:
    global _loaded
    if _loaded:
        return
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    _loaded = True

"""Plain text and Markdown: decoded as they are, nothing dropped."""

from __future__ import annotations

from dossier.ingest.decoding import decode_text
from dossier.ingest.readers import register
from dossier.ingest.sniffing import MARKDOWN, PLAIN
from dossier.model import ExtractedText


@register(PLAIN)
def read_text(data: bytes, filename: str) -> ExtractedText:
    """The decoded text of a plain-text file."""
    return ExtractedText(text=decode_text(data, filename), media_type=PLAIN)


@register(MARKDOWN)
def read_markdown(data: bytes, filename: str) -> ExtractedText:
    """Markdown is kept as written (its markup is part of the original's words); the
    first ``#`` heading is its title."""
    text = decode_text(data, filename)
    extracted = ExtractedText(text=text, media_type=MARKDOWN)
    title = _first_heading(text)
    if title:
        extracted.metadata["title"] = title
    return extracted


def _first_heading(text: str) -> str | None:
    for line in text.splitlines():
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
            if heading:
                return heading
    return None

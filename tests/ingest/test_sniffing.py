"""sniff(): the media type from the bytes; the name only separates text formats."""

from __future__ import annotations

import pytest

from dossier.ingest import sniff


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (b"%PDF-1.4\n...", "scan.bin", "application/pdf"),
        (b"\x89PNG\r\n\x1a\n....", "photo.jpg", "image/png"),
        (b"\xff\xd8\xff\xe0....", "photo", "image/jpeg"),
        (b"II*\x00....", "scan.tif", "image/tiff"),
        (b"GIF89a....", "map.gif", "image/gif"),
        (b"  <!DOCTYPE html><html>...", "page.txt", "text/html"),
        (b"<p>fragment</p>", "page.htm", "text/html"),
        (b"# Title\n\nText", "report.md", "text/markdown"),
        (b"# Title\n\nText", "report.txt", "text/plain"),
        (b"From: a@example.org\nTo: b@example.org\nSubject: Hi\n\nBody", "message", "message/rfc822"),
        (b"From: a witness statement\nnot a header line\n\nBody", "statement.txt", "text/plain"),
        (b"", "empty.txt", "application/x-empty"),
    ],
)
def test_sniff_names_the_real_type(data: bytes, filename: str, expected: str) -> None:
    assert sniff(data, filename) == expected


def test_sniff_tells_a_word_document_from_a_zip(word_document: bytes) -> None:
    assert sniff(word_document, "memo.zip") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

"""read(): the type comes from the bytes, and every bad file is one clear InputError."""

from __future__ import annotations

import io
import zipfile

import pytest

from dossier.errors import InputError
from dossier.ingest import read

from . import samples


def _error(data: bytes, filename: str, **options) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as caught:
        read(data, filename, **options)
    assert str(caught.value).startswith(f"{filename}: ")
    return caught.value.reason


def test_an_empty_file_is_refused() -> None:
    assert _error(b"", "notes.txt") == "empty file"


def test_a_file_over_the_limit_is_refused_before_it_is_parsed() -> None:
    assert _error(b"x" * 101, "big.txt", max_bytes=100) == "too large (101 bytes; the limit is 100)"


def test_invalid_utf8_names_the_byte_offset() -> None:
    assert _error("Onsong, 2009 — ".encode() + b"\xff\xfe rest", "witness.txt") == "not valid UTF-8 at byte 17"


def test_utf8_and_utf16_with_a_byte_order_mark_are_read() -> None:
    text = "강제송환 in Onsong\r\nsecond line"
    for data in (b"\xef\xbb\xbf" + text.encode(), text.encode("utf-16")):
        assert read(data, "witness.txt").text == "강제송환 in Onsong\nsecond line"


def test_a_pdf_that_is_really_html_says_what_it_looks_like() -> None:
    reason = _error(samples.HTML_PAGE.encode(), "report.pdf")
    assert reason == "wrong type: named .pdf but the bytes look like HTML (text/html)"


def test_a_truncated_pdf_is_refused(text_pdf: bytes) -> None:
    assert "truncated PDF" in _error(text_pdf[: len(text_pdf) // 2], "report.pdf")


def test_a_pdf_with_garbage_inside_is_refused() -> None:
    assert _error(b"%PDF-1.7\n" + b"\x00garbage" * 50 + b"\n%%EOF\n", "report.pdf").startswith("corrupt PDF")


def test_an_encrypted_pdf_is_refused() -> None:
    assert _error(samples.encrypted_pdf(), "list.pdf") == "encrypted PDF (needs a password)"


def test_a_png_declaring_huge_dimensions_is_a_decompression_bomb() -> None:
    assert _error(samples.png_bomb(), "satellite.png").startswith("decompression bomb")


def test_a_truncated_png_is_refused() -> None:
    data = samples.image_bytes(samples.text_image("Camp 25"), "PNG")
    assert "PNG image" in _error(data[: len(data) // 2], "camp.png")


def test_a_docx_that_inflates_a_thousandfold_is_a_zip_bomb() -> None:
    assert _error(samples.docx_bomb(), "memo.docx").startswith("zip bomb: word/document.xml inflates")


def test_a_docx_declaring_xml_entities_is_refused() -> None:
    reason = _error(samples.docx_billion_laughs(), "memo.docx")
    assert reason == "XML entity declarations in word/document.xml (entity-expansion attack?)"


def test_a_truncated_docx_is_refused(word_document: bytes) -> None:
    assert "DOCX" in _error(word_document[:-200], "memo.docx")


def test_a_plain_zip_is_an_unsupported_type() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo-list.csv", "a,b\n")
    assert _error(buffer.getvalue(), "bundle.zip") == "unsupported type: a zip archive (application/zip)"


def test_unknown_binary_is_an_unsupported_type() -> None:
    assert _error(b"\x00\x01\x02\x03" * 64, "blob.bin").startswith("unsupported type: unrecognised binary data")

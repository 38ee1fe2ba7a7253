"""What a file really is, decided from its bytes.

A file's name is a claim made by whoever sent it; its first bytes are evidence. The
extension only decides between text formats that bytes cannot tell apart (plain text,
Markdown, HTML written without a doctype).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ZIP = "application/zip"
EML = "message/rfc822"
HTML = "text/html"
MARKDOWN = "text/markdown"
PLAIN = "text/plain"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
GIF = "image/gif"
EMPTY = "application/x-empty"
BINARY = "application/octet-stream"

# Leading bytes of formats we read or want to name in an error message.
_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),  # old .doc/.xls
    (b"{\\rtf", "application/rtf"),
    (b"%!PS", "application/postscript"),
    (b"\x1f\x8b", "application/gzip"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"Rar!", "application/vnd.rar"),
    (b"\x7fELF", "application/x-executable"),
]

_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

_EXTENSION_TEXT_TYPES = {".eml": EML, ".md": MARKDOWN, ".markdown": MARKDOWN, ".html": HTML, ".htm": HTML, ".xhtml": HTML}

_HTML_START = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:[ \t]")
_MAIL_HEADERS = {b"from", b"to", b"subject", b"date", b"received", b"message-id", b"mime-version",
                 b"return-path", b"cc", b"reply-to", b"delivered-to", b"content-type"}


def sniff(data: bytes, filename: str) -> str:
    """The media type of ``data``, from its bytes; ``filename`` only separates text formats."""
    if not data:
        return EMPTY
    head = data[:2048]
    if b"%PDF-" in data[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_type(data)
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    if not _looks_like_text(head):
        return BINARY
    return _text_type(data[:16384], filename)


def family(media_type: str) -> str:
    """The broad kind a media type belongs to, for comparing a name's claim with the bytes."""
    if media_type.startswith("image/"):
        return "image"
    if media_type.startswith("text/"):
        return "text"
    return media_type


def claimed_type(filename: str) -> str | None:
    """The media type a file's extension claims, for the binary formats we read."""
    return {
        ".pdf": PDF, ".docx": DOCX, ".eml": EML, ".png": PNG, ".jpg": JPEG, ".jpeg": JPEG,
        ".tif": TIFF, ".tiff": TIFF,
    }.get(PurePath(filename).suffix.lower())


def describe(media_type: str) -> str:
    """A short human name for a media type, for error messages."""
    names = {PDF: "a PDF", DOCX: "a Word document", HTML: "HTML", PLAIN: "plain text", MARKDOWN: "Markdown",
             EML: "an e-mail message", PNG: "a PNG image", JPEG: "a JPEG image", TIFF: "a TIFF image",
             GIF: "a GIF image", ZIP: "a zip archive", EMPTY: "an empty file", BINARY: "unrecognised binary data"}
    return names.get(media_type, media_type)


def _zip_type(data: bytes) -> str:
    """An OOXML document is a zip whose parts name it; any other zip is just a zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        # A damaged zip that starts like a Word file is still reported as one, so the
        # reader can say it is corrupt rather than "unsupported".
        return DOCX if b"word/" in data[:4096] else ZIP
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    if "ppt/presentation.xml" in names:
        return PPTX
    return ZIP


def _looks_like_text(head: bytes) -> bool:
    """Text has a BOM, or no NUL bytes and few control characters."""
    if head.startswith(_TEXT_BOMS):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return controls <= len(head) // 100


def _text_type(head: bytes, filename: str) -> str:
    sample = _as_ascii_sample(head)
    if _HTML_START.match(sample):
        return HTML
    if _is_mail(sample):
        return EML
    return _EXTENSION_TEXT_TYPES.get(PurePath(filename).suffix.lower(), PLAIN)


def _as_ascii_sample(head: bytes) -> bytes:
    """The head without a BOM, and UTF-16 folded to bytes, so patterns can match it."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
        return head[2:].decode(codec, errors="ignore").encode("utf-8", errors="ignore")
    return head.removeprefix(b"\xef\xbb\xbf")


def _is_mail(sample: bytes) -> bool:
    """A message starts with a block of ``Name: value`` lines, among them real mail headers."""
    block, blank, _ = sample.replace(b"\r\n", b"\n").partition(b"\n\n")
    lines = block.split(b"\n")
    if lines and lines[0].startswith(b"From "):
        lines = lines[1:]  # the envelope line of an mbox export
    if not blank:
        lines = lines[:-1]  # the sample may end inside a header
    names = set()
    for line in lines:
        if line[:1] in (b" ", b"\t"):
            continue  # a folded continuation of the previous header
        if not _HEADER_LINE.match(line):
            return False
        names.add(line.split(b":", 1)[0].lower())
    return len(names & _MAIL_HEADERS) >= 2 and bool(names & {b"from", b"received", b"message-id"})

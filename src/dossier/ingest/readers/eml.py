"""E-mail messages (.eml): a header block, the body, and the attachments as files.

The headers that identify a message (From, To, Cc, Date, Subject) open the text, so a
search or a quote can show who wrote to whom and when; the plain-text body is
preferred, an HTML-only body goes through the HTML reader. Attachments are returned
for ingestion as files of their own.
"""

from __future__ import annotations

from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import PurePosixPath

from dossier.errors import InputError
from dossier.ingest.decoding import normalize_newlines
from dossier.ingest.readers import failures_as_input_errors, register
from dossier.ingest.readers.html import html_to_text
from dossier.ingest.sniffing import EML
from dossier.model import Attachment, ExtractedText

HEADERS = ("From", "To", "Cc", "Date", "Subject")


@register(EML)
def read_eml(data: bytes, filename: str) -> ExtractedText:
    """Header block + body text; headers in the metadata; attachments as files."""
    with failures_as_input_errors(filename, "e-mail message"):
        message: EmailMessage = BytesParser(policy=policy.default).parsebytes(data)  # type: ignore[assignment]
        headers = {name.lower(): " ".join(str(value).split()) for name in HEADERS if (value := message.get(name))}
        if not headers:
            raise InputError(filename, "not an e-mail message (no From, To, Date or Subject header)")
        block = "\n".join(f"{name}: {headers[name.lower()]}" for name in HEADERS if name.lower() in headers)
        body = _body(message, filename)
        extracted = ExtractedText(text=f"{block}\n\n{body}".rstrip() + "\n", media_type=EML, metadata=headers)
        extracted.attachments = list(_attachments(message))
    return extracted


def _body(message: EmailMessage, filename: str) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except LookupError as exc:
        raise InputError(filename, f"e-mail body in an unknown charset ({exc})") from None
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        return html_to_text(content, filename).text
    return normalize_newlines(content).strip()


def _attachments(message: EmailMessage) -> Iterator[Attachment]:
    for number, part in enumerate(message.iter_attachments(), start=1):
        payload = part.get_payload(decode=True)
        if payload is None:  # an attached message/rfc822 is a tree, not bytes
            payload = part.get_payload(0).as_bytes() if part.is_multipart() else b""
        # A sender chooses the name: keep only its last component, never a path.
        name = PurePosixPath((part.get_filename() or "").replace("\\", "/")).name or f"attachment-{number}"
        yield Attachment(filename=name, data=payload, media_type=part.get_content_type())

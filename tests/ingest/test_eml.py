"""E-mail: a header block, the body, and attachments handed back as files."""

from __future__ import annotations

from dossier.ingest import documents_from, read

from . import samples


def test_headers_open_the_text_and_fill_the_metadata(message: bytes) -> None:
    extracted = read(message, "field.eml")
    assert extracted.text.startswith(
        "From: Jae-sung Lim <j.lim@fieldwork.example.org>\nTo: Min-ji Park <mj.park@documentation.example.org>\n"
        "Date: Thu, 11 Apr 2024 18:42:07 +0800\nSubject: Transcript from Yanji\n\nDear Min-ji,"
    )
    assert extracted.metadata["subject"] == "Transcript from Yanji"


def test_attachments_come_back_as_files_with_safe_names(message: bytes) -> None:
    [attachment] = read(message, "field.eml").attachments
    assert (attachment.filename, attachment.media_type) == ("transcript.txt", "text/plain")
    assert "무산" in read(attachment.data, attachment.filename).text


def test_the_message_is_one_document_titled_by_its_subject(message: bytes) -> None:
    [document] = documents_from(read(message, "field.eml"), filename="field.eml")
    assert document.title == "Transcript from Yanji"
    assert [author.name for author in document.authors] == ["Jae-sung Lim"]
    assert document.date is not None and document.date.value == "2024-04-11"


def test_an_html_only_body_goes_through_the_html_reader() -> None:
    text = read(samples.eml_html_only(), "summary.eml").text
    assert "forty women at the Tumen bridge" in text
    assert "SECRET" not in text

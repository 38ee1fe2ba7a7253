"""Word documents (.docx): paragraphs and tables in reading order, then footnotes and
endnotes as ``[n] text`` lines with ``[n]`` markers left where they are cited.

A .docx is a zip of XML parts, so two attacks are refused before any parsing: a zip
whose parts inflate to absurd sizes, and XML that declares entities (the
"billion laughs" expansion). Word never writes a DOCTYPE, so any is refused.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from dossier.errors import InputError
from dossier.ingest.readers import failures_as_input_errors, register
from dossier.ingest.sniffing import DOCX
from dossier.model import ExtractedText

MAX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_RATIO = 200  # deflate rarely beats 100:1 on real XML; bombs reach thousands
MAX_PARTS = 10_000
PARAGRAPH_BREAK = "\n\n"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NOTE_KINDS = {f"{_W}footnoteReference": "footnote", f"{_W}endnoteReference": "endnote"}
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@register(DOCX)
def read_docx(data: bytes, filename: str) -> ExtractedText:
    """The document's text; its core title and author go to the metadata."""
    _refuse_bombs(data, filename)
    with failures_as_input_errors(filename, "DOCX"):
        document = docx.Document(io.BytesIO(data))
        markers = _NoteMarkers()
        blocks = [text for text in _blocks(document.element.body, markers) if text.strip()]
        notes = list(_notes(document, markers))
        text = PARAGRAPH_BREAK.join(blocks)
        if notes:
            text += "\n\n\n" + "\n".join(notes)
        extracted = ExtractedText(text=text, media_type=DOCX)
        extracted.metadata.update(_core_properties(document))
    return extracted


def _refuse_bombs(data: bytes, filename: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            _check_sizes(members, filename)
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    _check_xml(archive.read(member), member.filename, filename)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise InputError(filename, f"corrupt or truncated DOCX ({exc})") from None


def _check_sizes(members: list[zipfile.ZipInfo], filename: str) -> None:
    if len(members) > MAX_PARTS:
        raise InputError(filename, f"DOCX with {len(members)} parts, over the limit of {MAX_PARTS} (zip bomb?)")
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED:
        raise InputError(filename, f"zip bomb: DOCX parts inflate to {total} bytes, over {MAX_UNCOMPRESSED}")
    for member in members:
        if member.file_size > 1024 * 1024 and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise InputError(filename, f"zip bomb: {member.filename} inflates {member.file_size // max(member.compress_size, 1)}-fold")


def _check_xml(xml: bytes, part: str, filename: str) -> None:
    for declaration in (b"<!DOCTYPE", b"<!ENTITY"):
        for encoded in (declaration, declaration.decode().encode("utf-16-le"), declaration.decode().encode("utf-16-be")):
            if encoded in xml or encoded.lower() in xml:
                raise InputError(filename, f"XML entity declarations in {part} (entity-expansion attack?)")


def _blocks(container: etree._Element, markers: _NoteMarkers) -> Iterator[str]:
    """Paragraphs and table rows in reading order; content controls are looked into."""
    for child in container.iterchildren():
        if child.tag == f"{_W}p":
            yield _paragraph_text(child, markers)
        elif child.tag == f"{_W}tbl":
            yield from _table_rows(child, markers)
        elif child.tag == f"{_W}sdt":
            for content in child.iterchildren(f"{_W}sdtContent"):
                yield from _blocks(content, markers)


def _table_rows(table: etree._Element, markers: _NoteMarkers) -> Iterator[str]:
    for row in table.iterchildren(f"{_W}tr"):
        cells = (" ".join(_paragraph_text(p, markers) for p in cell.iter(f"{_W}p")) for cell in row.iterchildren(f"{_W}tc"))
        yield " | ".join(cell.strip() for cell in cells)


def _paragraph_text(paragraph: etree._Element, markers: _NoteMarkers) -> str:
    pieces: list[str] = []
    for element in paragraph.iter():
        if element.tag == f"{_W}t":
            pieces.append(element.text or "")
        elif element.tag == f"{_W}tab":
            pieces.append("\t")
        elif element.tag in (f"{_W}br", f"{_W}cr"):
            pieces.append("\n")
        elif element.tag == f"{_W}noBreakHyphen":
            pieces.append("-")
        elif element.tag in _NOTE_KINDS:
            pieces.append(f"[{markers.number(_NOTE_KINDS[element.tag], element.get(f'{_W}id', ''))}]")
    return "".join(pieces)


class _NoteMarkers:
    """Footnotes and endnotes numbered in the order the text first cites them."""

    def __init__(self) -> None:
        self.order: dict[tuple[str, str], int] = {}

    def number(self, kind: str, note_id: str) -> int:
        return self.order.setdefault((kind, note_id), len(self.order) + 1)


def _notes(document: docx.document.Document, markers: _NoteMarkers) -> Iterator[str]:
    bodies = {**_note_bodies(document, RT.FOOTNOTES, "footnote", markers),
              **_note_bodies(document, RT.ENDNOTES, "endnote", markers)}
    for key, number in sorted(markers.order.items(), key=lambda item: item[1]):
        if key in bodies:
            yield f"[{number}] {bodies[key]}"


def _note_bodies(document: docx.document.Document, relationship: str, kind: str,
                 markers: _NoteMarkers) -> dict[tuple[str, str], str]:
    try:
        part = document.part.part_related_by(relationship)
    except KeyError:
        return {}
    root = etree.fromstring(part.blob, parser=_SAFE_XML)
    bodies = {}
    for note in root.iterchildren(f"{_W}{kind}"):
        text = " ".join(_paragraph_text(p, markers) for p in note.iter(f"{_W}p"))
        bodies[(kind, note.get(f"{_W}id", ""))] = " ".join(text.split())
    return bodies


def _core_properties(document: docx.document.Document) -> dict[str, str]:
    core = document.core_properties
    found = {"title": core.title or "", "author": core.author or ""}
    return {key: value.strip() for key, value in found.items() if value.strip()}

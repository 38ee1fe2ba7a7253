"""Real files of every format, made on the spot with the libraries that write them."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from email.message import EmailMessage
from pathlib import Path

import docx
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

LATIN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
HANGUL_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")

HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Forced repatriation at Tumen</title>
<meta property="article:published_time" content="2023-05-02">
<style>body { font-family: SECRET_STYLE; }</style>
<script>var tracker = "SECRET_SCRIPT";</script></head>
<body><nav><a href="/">Home</a> SECRET_NAV</nav><header>SECRET_HEADER banner</header>
<article><h1>Forced repatriation at Tumen</h1>
<p>Border guards handed over forty women at the Tumen bridge in March 2023. They were taken to the
holding centre in Onsong, where interrogations lasted three weeks, according to two witnesses who
later escaped to the Republic of Korea and spoke to researchers in Seoul.</p>
<p>Both witnesses described beatings during interrogation and a lack of food. One said that a pregnant
woman was taken away and did not return to the cell. Their accounts agree on the dates and the place.</p>
</article><aside>SECRET_ASIDE related links</aside><footer>SECRET_FOOTER copyright</footer>
<script>console.log("SECRET_SCRIPT_2")</script></body></html>"""


def pdf_with_text(pages: list[str]) -> bytes:
    """A PDF whose pages carry a text layer."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle("Camp report")
    pdf.setAuthor("Min-ji Park")
    for text in pages:
        pdf.setFont("Helvetica", 14)
        pdf.drawString(72, 760, text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_with_scanned_page(text: str, *, size: tuple[float, float] = A4) -> bytes:
    """A PDF of one page that is only a picture of ``text``: OCR must read it."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=size)
    picture = text_image(text, size=48)
    pdf.drawImage(ImageReader(picture), 36, size[1] - 36 - picture.height / 2, picture.width / 2, picture.height / 2)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt="user-password")
    pdf.drawString(72, 760, "Confidential witness list")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def text_image(text: str, *, size: int = 40, font: Path = LATIN_FONT) -> Image.Image:
    """Black ``text`` on white, large enough for Tesseract."""
    face = ImageFont.truetype(str(font), size)
    left, top, right, bottom = face.getbbox(text)
    image = Image.new("RGB", (right - left + 2 * size, bottom - top + 2 * size), "white")
    ImageDraw.Draw(image).text((size - left, size - top), text, font=face, fill="black")
    return image


def image_bytes(image: Image.Image, pil_format: str, **options) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    image.save(buffer, format=pil_format, **options)
    return buffer.getvalue()


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header declares an enormous picture."""
    data = bytearray(image_bytes(Image.new("L", (1, 1)), "PNG"))
    ihdr = data.index(b"IHDR")
    data[ihdr + 4:ihdr + 12] = struct.pack(">II", width, height)
    data[ihdr + 17:ihdr + 21] = struct.pack(">I", zlib.crc32(bytes(data[ihdr:ihdr + 17])))
    return bytes(data)


def docx_with_table_and_footnote() -> bytes:
    """A Word file with a heading, a byline, a paragraph citing a footnote, and a table."""
    document = docx.Document()
    document.core_properties.title = "Detention of returnees"
    document.core_properties.author = "Daniel Hargrove"
    document.add_heading("Detention of returnees", level=1)
    document.add_paragraph("By Daniel Hargrove")
    document.add_paragraph("Women returned from China are held in Onsong for weeks. The commission found this systematic.")
    table = document.add_table(rows=2, cols=2)
    for row, (place, count) in enumerate([("Onsong", "40"), ("Hoeryong", "1,000")]):
        table.cell(row, 0).text = place
        table.cell(row, 1).text = count
    return _with_footnote(_saved(document), "systematic.", "UN General Assembly, A/HRC/25/63, para. 42.")


def docx_bomb() -> bytes:
    """A .docx whose body inflates a thousandfold: a zip bomb in miniature."""
    return _replace_part(docx_with_table_and_footnote(), "word/document.xml", b" " * (20 * 1024 * 1024))


def docx_billion_laughs() -> bytes:
    entities = "".join(f'<!ENTITY l{n} "&l{n - 1};&l{n - 1};&l{n - 1};&l{n - 1};&l{n - 1};">' for n in range(1, 10))
    xml = (f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "ha">{entities}]>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>")
    return _replace_part(docx_with_table_and_footnote(), "word/document.xml", xml.encode())


def eml_with_attachment() -> bytes:
    message = EmailMessage()
    message["From"] = "Jae-sung Lim <j.lim@fieldwork.example.org>"
    message["To"] = "Min-ji Park <mj.park@documentation.example.org>"
    message["Subject"] = "Transcript from Yanji"
    message["Date"] = "Thu, 11 Apr 2024 18:42:07 +0800"
    message.set_content("Dear Min-ji,\n\nHere is the transcript of the interview in Yanji.\n\nJae-sung\n")
    message.add_attachment("Witness W-0131 was returned through 무산 in 2016.\n".encode(), maintype="text",
                           subtype="plain", filename="../../transcript.txt")
    return message.as_bytes()


def eml_html_only() -> bytes:
    message = EmailMessage()
    message["From"] = "desk@example.org"
    message["Subject"] = "Press summary"
    message.set_content(HTML_PAGE, subtype="html")
    return message.as_bytes()


def _saved(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_FOOTNOTES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def _with_footnote(data: bytes, after: str, note: str) -> bytes:
    """Word's own footnote parts, added by hand: python-docx cannot write footnotes."""
    parts = _parts(data)
    reference = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    parts["word/document.xml"] = re.sub(
        rf"({re.escape(after)}</w:t></w:r>)".encode(), lambda m: m.group(1) + reference.encode(), parts["word/document.xml"], count=1)
    parts["word/footnotes.xml"] = _FOOTNOTES.format(text=note).encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"'
        b' Target="footnotes.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument'
        b'.wordprocessingml.footnotes+xml"/></Types>')
    return _zipped(parts)


def _replace_part(data: bytes, name: str, content: bytes) -> bytes:
    parts = _parts(data)
    parts[name] = content
    return _zipped(parts)


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zipped(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()

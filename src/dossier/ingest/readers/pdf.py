"""PDF: the text layer page by page; pages without one are rendered and OCR'd."""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from dossier.errors import InputError
from dossier.ingest.decoding import normalize_newlines
from dossier.ingest.ocr import MAX_OCR_PAGES, ocr_image
from dossier.ingest.readers import failures_as_input_errors, register
from dossier.ingest.sniffing import PDF
from dossier.model import ExtractedText, PageSpan

PAGE_BREAK = "\n\n"
RENDER_DPI = 300
MAX_RENDER_PIXELS = 40_000_000  # an A4 page at 300 dpi is about 8.7 million


@register(PDF)
def read_pdf(data: bytes, filename: str) -> ExtractedText:
    """Every page's text with its span; ``ocr`` marks pages whose text came from OCR."""
    _refuse_truncated(data, filename)
    document = _open(data, filename)
    try:
        with failures_as_input_errors(filename, "PDF"):
            return _extract(document, filename)
    finally:
        document.close()


def _refuse_truncated(data: bytes, filename: str) -> None:
    # Readers look for the end marker in the last 1024 bytes; without it pdfium would
    # "repair" the file and silently return whatever part survived.
    if b"%%EOF" not in data[-1024:]:
        raise InputError(filename, "truncated PDF (no %%EOF end marker)")


def _open(data: bytes, filename: str) -> pdfium.PdfDocument:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise InputError(filename, "encrypted PDF (needs a password)") from None
        raise InputError(filename, f"corrupt PDF ({exc})") from None
    if len(document) == 0:
        document.close()
        raise InputError(filename, "corrupt PDF (no pages)")
    return document


def _extract(document: pdfium.PdfDocument, filename: str) -> ExtractedText:
    parts: list[str] = []
    pages: list[PageSpan] = []
    skipped: list[int] = []
    ocr_done = 0
    offset = 0
    for number, page in enumerate(document, start=1):
        text = _text_layer(page)
        ocr = not text.strip()
        if ocr and ocr_done < MAX_OCR_PAGES:
            text = ocr_image(_render(page, filename, number), filename, number)
            ocr_done += 1
        elif ocr:
            skipped.append(number)
        if parts:
            offset += len(PAGE_BREAK)
        pages.append(PageSpan(page=number, start=offset, end=offset + len(text), ocr=ocr))
        parts.append(text)
        offset += len(text)
        page.close()
    extracted = ExtractedText(text=PAGE_BREAK.join(parts), media_type=PDF, pages=pages)
    extracted.metadata.update(_metadata(document))
    if skipped:
        extracted.metadata["ocr_skipped_pages"] = ",".join(map(str, skipped))
    return extracted


def _text_layer(page: pdfium.PdfPage) -> str:
    textpage = page.get_textpage()
    try:
        return normalize_newlines(textpage.get_text_bounded()).replace("\x00", "").strip()
    finally:
        textpage.close()


def _render(page: pdfium.PdfPage, filename: str, number: int) -> Image.Image:
    width, height = page.get_size()
    if width <= 0 or height <= 0:
        raise InputError(filename, f"corrupt PDF (page {number} has no size)")
    scale = RENDER_DPI / 72
    pixels = width * scale * height * scale
    if pixels > MAX_RENDER_PIXELS:
        scale *= (MAX_RENDER_PIXELS / pixels) ** 0.5
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        return bitmap.to_pil().copy()  # the PIL image borrows the bitmap's memory
    finally:
        bitmap.close()


def _metadata(document: pdfium.PdfDocument) -> dict[str, str]:
    info = document.get_metadata_dict(skip_empty=True)
    return {key.lower(): value.strip() for key, value in info.items()
            if key in ("Title", "Author", "Subject", "CreationDate") and value.strip()}

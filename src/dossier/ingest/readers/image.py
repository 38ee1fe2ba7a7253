"""Images (PNG, JPEG, TIFF): OCR in English and Korean, one page per TIFF frame."""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageSequence

from dossier.errors import InputError
from dossier.ingest.ocr import MAX_OCR_PAGES, ocr_image
from dossier.ingest.readers import failures_as_input_errors, register
from dossier.ingest.sniffing import JPEG, PNG, TIFF
from dossier.model import ExtractedText, PageSpan

MAX_PIXELS = Image.MAX_IMAGE_PIXELS or 89_478_485  # Pillow's bomb limit, about a 600 dpi A3 scan
PAGE_BREAK = "\n\n"
_PIL_FORMATS = {PNG: "PNG", JPEG: "JPEG", TIFF: "TIFF"}


@register(PNG, JPEG, TIFF)
def read_image(data: bytes, filename: str) -> ExtractedText:
    """The OCR'd text of every frame, each frame a page marked ``ocr``."""
    media_type = _media_type(data)
    with warnings.catch_warnings():
        # Pillow only warns between its limit and twice its limit; a bomb is an error here.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with failures_as_input_errors(filename, f"{_PIL_FORMATS[media_type]} image"):
            try:
                with Image.open(io.BytesIO(data), formats=[_PIL_FORMATS[media_type]]) as image:
                    return _ocr_frames(image, media_type, filename)
            except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
                raise InputError(filename, f"decompression bomb ({exc})") from None


def _media_type(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return PNG
    return JPEG if data.startswith(b"\xff\xd8") else TIFF


def _ocr_frames(image: Image.Image, media_type: str, filename: str) -> ExtractedText:
    parts: list[str] = []
    pages: list[PageSpan] = []
    offset = 0
    for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
        if number > MAX_OCR_PAGES:
            raise InputError(filename, f"too many frames to OCR (more than {MAX_OCR_PAGES})")
        _refuse_bomb(frame, filename)
        frame.load()
        text = ocr_image(frame, filename, number)
        if parts:
            offset += len(PAGE_BREAK)
        pages.append(PageSpan(page=number, start=offset, end=offset + len(text), ocr=True))
        parts.append(text)
        offset += len(text)
    extracted = ExtractedText(text=PAGE_BREAK.join(parts), media_type=media_type, pages=pages)
    extracted.metadata.update({"width": str(image.width), "height": str(image.height)})
    return extracted


def _refuse_bomb(frame: Image.Image, filename: str) -> None:
    width, height = frame.size
    if width * height > MAX_PIXELS:
        raise InputError(filename, f"decompression bomb: the image declares {width}x{height} pixels, "
                                   f"over the limit of {MAX_PIXELS}")
    if width == 0 or height == 0:
        raise InputError(filename, "corrupt image (zero width or height)")

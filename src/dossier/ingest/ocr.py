"""Optical character recognition of page images, bounded in time.

Tesseract runs as a child process; each page gets a time limit so a hostile or
enormous image cannot hold ingestion forever.
"""

from __future__ import annotations

import re
from functools import cache

import pytesseract
from PIL import Image

from dossier.errors import InputError

OCR_LANGUAGES = ("eng", "kor")
PAGE_TIMEOUT_S = 60
# Tesseract's automatic layout finds nothing on a lone line of text; one uniform block does.
_LAYOUTS = ("--psm 3", "--psm 6")
_HANGUL = re.compile("[\uac00-\ud7a3]")
MAX_OCR_PAGES = 100  # pages beyond this are left without text and listed in the metadata


def ocr_image(image: Image.Image, filename: str, page: int) -> str:
    """The text Tesseract reads on ``image`` (page ``page`` of ``filename``).

    English leads, since it is fastest; where Hangul is found the page is read again
    with Korean leading, because with English first Tesseract splits Korean words into
    syllables ("강 제 송환").
    """
    prepared = _prepared(image)
    languages = _languages(filename)
    text = ""
    for layout in _LAYOUTS:
        text = _tesseract(prepared, languages, layout, filename, page)
        if text.strip():
            break
    if _HANGUL.search(text) and "+" in languages:
        text = _tesseract(prepared, "+".join(reversed(languages.split("+"))), layout, filename, page)
    return _tidy(text)


def _tesseract(image: Image.Image, languages: str, layout: str, filename: str, page: int) -> str:
    try:
        return pytesseract.image_to_string(image, lang=languages, config=layout, timeout=PAGE_TIMEOUT_S)
    except pytesseract.TesseractError as exc:
        raise InputError(filename, f"OCR of page {page} failed ({str(exc.message).strip()[:200]})") from None
    except RuntimeError as exc:  # pytesseract's way of saying the time limit struck
        if "timeout" in str(exc).lower():
            raise InputError(filename, f"OCR of page {page} took longer than {PAGE_TIMEOUT_S} s") from None
        raise


def _prepared(image: Image.Image) -> Image.Image:
    """Tesseract wants 8-bit grey or colour; palettes, alpha and 16-bit scans are converted."""
    if image.mode in ("L", "RGB"):
        return image
    if image.mode in ("RGBA", "LA", "P", "PA"):
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("L") if image.mode in ("1", "I", "I;16", "F") else image.convert("RGB")


@cache
def _installed_languages() -> frozenset[str]:
    return frozenset(pytesseract.get_languages(config=""))


def _languages(filename: str) -> str:
    try:
        installed = _installed_languages()
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError):
        raise InputError(filename, "needs OCR, but Tesseract is not installed (Debian: tesseract-ocr)") from None
    wanted = [lang for lang in OCR_LANGUAGES if lang in installed]
    if not wanted:
        raise InputError(filename, f"needs OCR, but none of the languages {'+'.join(OCR_LANGUAGES)} is installed")
    return "+".join(wanted)


def _tidy(text: str) -> str:
    """Tesseract ends pages with a form feed and pads lines; keep only the words' layout."""
    lines = [line.rstrip() for line in text.replace("\f", "").splitlines()]
    return "\n".join(lines).strip("\n")

"""Images: OCR in English and Korean; each TIFF frame is a page."""

from __future__ import annotations

import pytest

from dossier.ingest import read

from . import samples


@pytest.mark.parametrize(("pil_format", "filename"), [("PNG", "note.png"), ("JPEG", "note.jpg")])
def test_english_text_in_an_image_is_read(pil_format: str, filename: str) -> None:
    data = samples.image_bytes(samples.text_image("Prison camp No. 12"), pil_format)
    extracted = read(data, filename)
    assert "Prison camp No. 12" in extracted.text
    assert [page.ocr for page in extracted.pages] == [True]


def test_korean_text_in_an_image_is_read_without_split_syllables() -> None:
    data = samples.image_bytes(samples.text_image("강제송환 구금", font=samples.HANGUL_FONT), "PNG")
    assert "강제송환" in read(data, "korean.png").text


def test_each_frame_of_a_tiff_is_a_page() -> None:
    frames = [samples.text_image("Onsong"), samples.text_image("Hoeryong")]
    data = samples.image_bytes(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    extracted = read(data, "scan.tif")
    assert [extracted.text[page.start:page.end] for page in extracted.pages] == ["Onsong", "Hoeryong"]

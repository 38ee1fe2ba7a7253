"""PDF: the text layer page by page; a page that is only a picture is OCR'd."""

from __future__ import annotations

from dossier.ingest import read
from dossier.model import PageSpan


def test_each_page_of_the_text_layer_has_its_span(text_pdf: bytes) -> None:
    extracted = read(text_pdf, "report.pdf")
    first, second = extracted.pages
    assert extracted.text[first.start:first.end] == "Page one: forced repatriation from China."
    assert extracted.text[second.start:second.end] == "Page two: detention in Onsong."
    assert (first.ocr, second.ocr) == (False, False)
    assert (extracted.metadata["title"], extracted.metadata["author"]) == ("Camp report", "Min-ji Park")


def test_a_page_without_text_is_read_by_ocr(scanned_pdf: bytes) -> None:
    extracted = read(scanned_pdf, "scan.pdf")
    assert extracted.pages == [PageSpan(page=1, start=0, end=len(extracted.text), ocr=True)]
    assert "prison camp" in extracted.text.lower()

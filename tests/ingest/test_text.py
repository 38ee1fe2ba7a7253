"""Plain text and Markdown are kept as written."""

from __future__ import annotations

from dossier.ingest import read


def test_plain_text_keeps_every_word_and_hangul() -> None:
    extracted = read("Witness W-0117\n\n함흥에서 태어나\n".encode(), "w0117.txt")
    assert extracted.text == "Witness W-0117\n\n함흥에서 태어나\n"
    assert extracted.media_type == "text/plain"


def test_markdown_keeps_its_markup_and_takes_its_first_heading_as_title() -> None:
    extracted = read(b"Draft\n\n# Behind the Wire\n\n## Summary\n\nText.", "report.md")
    assert extracted.media_type == "text/markdown"
    assert extracted.text.startswith("Draft\n\n# Behind the Wire")
    assert extracted.metadata["title"] == "Behind the Wire"

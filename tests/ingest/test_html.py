"""HTML: the article only; scripts, styles, navigation, header, footer and asides never."""

from __future__ import annotations

from dossier.ingest import read

from . import samples


def test_html_keeps_the_article_and_drops_the_page_furniture() -> None:
    extracted = read(samples.HTML_PAGE.encode(), "tumen.html")
    assert "Border guards handed over forty women at the Tumen bridge" in extracted.text
    assert "did not return to the cell" in extracted.text
    assert "SECRET" not in extracted.text
    assert extracted.metadata["title"] == "Forced repatriation at Tumen"
    assert extracted.metadata["date"] == "2023-05-02"


def test_a_short_page_falls_back_to_visible_text_without_scripts_or_navigation() -> None:
    page = ("<html><head><style>p{color:red}</style></head><body><nav>Home About</nav>"
            "<p>Camp 16 at Hwasong.</p><script>var x = 'tracking';</script><footer>(c) 2022</footer></body></html>")
    assert read(page.encode(), "short.html").text == "Camp 16 at Hwasong."


def test_a_declared_legacy_charset_is_honoured() -> None:
    page = '<html><head><meta charset="euc-kr"></head><body><p>온성 보위부</p></body></html>'
    assert "온성 보위부" in read(page.encode("euc-kr"), "kr.html").text

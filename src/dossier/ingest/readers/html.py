"""HTML pages: the article's main text only, never scripts, styles or site furniture.

trafilatura finds the main content of real web pages; when it finds none (a short or
unusual page) a plain lxml pass keeps the visible text after removing the elements that
are never the article (scripts, styles, navigation, headers, footers, asides, forms).
"""

from __future__ import annotations

import copy
import re

import lxml.html
import trafilatura
from lxml import etree

from dossier.ingest.decoding import decode_text
from dossier.ingest.readers import failures_as_input_errors, register
from dossier.ingest.sniffing import HTML
from dossier.model import ExtractedText

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Page furniture; a header or footer inside the article (its title, its credits) stays.
_NEVER_CONTENT = (
    "//script | //style | //noscript | //template | //nav | //aside | //form | //iframe | //svg | //button"
    " | //select | //header[not(ancestor::article or ancestor::main)] | //footer[not(ancestor::article or ancestor::main)]"
)
_PUBLISHED = (
    "//meta[@property='article:published_time' or @property='og:published_time' or @itemprop='datePublished'"
    " or @name='date' or @name='dc.date' or @name='DC.date' or @name='dcterms.date' or @name='pubdate']/@content"
    " | //time[@datetime]/@datetime"
)
_ISO_DAY = re.compile(r"^(?:1[6-9]\d\d|20\d\d)-[01]\d-[0-3]\d")
_BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
           "table", "blockquote", "pre", "dd", "dt", "ul", "ol", "br", "hr", "figure", "figcaption"}


@register(HTML)
def read_html(data: bytes, filename: str) -> ExtractedText:
    """The main text of an HTML page, with its title and author when the page names them."""
    return html_to_text(decode_text(data, filename, declared=_declared_charset(data)), filename)


def html_to_text(markup: str, filename: str) -> ExtractedText:
    """The main text of already decoded HTML (also used for HTML e-mail bodies)."""
    with failures_as_input_errors(filename, "HTML"):
        extracted = ExtractedText(text=_main_text(markup), media_type=HTML)
        extracted.metadata.update(_metadata(markup))
    return extracted


def _main_text(markup: str) -> str:
    """The furniture is cut out first, so no extractor, however unsure, can return it."""
    root = _parse(markup)
    if root is None:
        return ""
    _prune(root)
    text = trafilatura.extract(copy.deepcopy(root), include_comments=False, include_tables=True) or ""
    return text if text.strip() else _visible_text(root)


def _prune(root: lxml.html.HtmlElement) -> None:
    for element in root.xpath(_NEVER_CONTENT):
        element.drop_tree()


def _declared_charset(data: bytes) -> str | None:
    found = _CHARSET.search(data[:4096])
    return found.group(1).decode("ascii") if found else None


def _metadata(markup: str) -> dict[str, str]:
    """Title and author as trafilatura finds them; the date only as the page declares it
    (trafilatura would otherwise guess one from any year in the text)."""
    found = trafilatura.extract_metadata(markup)
    metadata = {} if found is None else {
        key: value.strip() for key in ("title", "author") if isinstance(value := getattr(found, key, None), str) and value.strip()
    }
    published = _declared_date(markup)
    if published:
        metadata["date"] = published
    return metadata


def _declared_date(markup: str) -> str | None:
    root = _parse(markup)
    if root is None:
        return None
    for value in root.xpath(_PUBLISHED):
        if _ISO_DAY.match(value.strip()):
            return value.strip()[:10]
    return None


def _parse(markup: str) -> lxml.html.HtmlElement | None:
    if not markup.strip():
        return None
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True)
    try:
        return lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _visible_text(root: lxml.html.HtmlElement) -> str:
    """The text of a pruned page, one block a line, without the head."""
    for element in root.xpath("//head"):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)

"""The case dossier: one self-contained, printable HTML file with the integrity statement,
the incidents with their evidence and legal acts, and every document's facts."""

import hashlib
import re

from lxml import html as lxml_html

from dossier import law
from dossier.export import export
from dossier.export.bundle import INTACT
from dossier.model import Sensitivity
from dossier.repository import Repository
from export_helpers import ANALYST, INVESTIGATOR, PUBLIC_TESTIMONY, built, doc_ids, ingest, repo  # noqa: F401


def render(repo, principal, tmp_path, name="case.html"):
    result = export(repo, principal, "dossier", tmp_path / name)
    text = (tmp_path / name).read_text(encoding="utf-8")
    return result, text, lxml_html.fromstring(text)


def test_it_states_the_integrity_of_every_original(repo, tmp_path):
    result, _text, page = render(repo, INVESTIGATOR, tmp_path)
    rows = page.xpath("//h2[@id='integrity']/following::table[1]/tbody/tr")
    hashes = {row.xpath("./td[1]")[0].text_content().strip(): row.xpath("./td[5]")[0].text_content().strip() for row in rows}
    assert hashes[hashlib.sha256(PUBLIC_TESTIMONY.encode("utf-8")).hexdigest()] == INTACT
    assert len(hashes) == 3 and set(hashes.values()) == {INTACT}
    assert "Ledger chain intact" in page.text_content()
    assert result.problems == []


def test_incidents_carry_their_evidence_and_legal_acts(repo, tmp_path):
    _result, _text, page = render(repo, INVESTIGATOR, tmp_path)
    incidents = page.xpath("//section[@class='incident']")
    beating = next(s for s in incidents if "beat prisoners at Chongjin" in s.xpath(".//blockquote")[0].text_content())
    assert beating.xpath(".//h3")[0].text_content().endswith(law.violation_type("vt_torture").label)
    assert law.act("cah_torture").name in beating.text_content()
    matrix = page.xpath("//h2[@id='elements']/following::table[1]//tbody/tr")
    assert any(law.act("cah_torture").name in row.text_content() for row in matrix)


def test_documents_list_their_facts_and_original_hash(repo, doc_ids, tmp_path):
    _result, _text, page = render(repo, INVESTIGATOR, tmp_path)
    section = page.xpath(f"//section[@id='document-{doc_ids['restricted']}']")[0]
    content = section.text_content()
    assert "Field report on Hoeryong" in content and "About 300 prisoners" in content
    assert repo.document(doc_ids["restricted"]).source_sha256 in content


def test_it_is_self_contained_and_escapes_document_text(tmp_path):
    own = Repository.init(tmp_path / "repo", actor="tester")
    try:
        ingest(own, "Notes on <script>alert(1)</script>\n\nBy X\n\n<img src=x onerror=alert(2)> Guards beat prisoners "
               "at Chongjin.\n", "hostile.txt", Sensitivity.PUBLIC)
        _result, text, page = render(own, INVESTIGATOR, tmp_path)
    finally:
        own.close()
    assert not page.xpath("//script | //img | //link | //iframe")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_an_altered_original_is_reported(tmp_path):
    own = Repository.init(tmp_path / "repo", actor="tester")
    try:
        doc_id = ingest(own, "Report\n\nBy Y\n\nGuards beat prisoners at Chongjin in 2011.\n", "r.txt", Sensitivity.PUBLIC)
        digest = own.document(doc_id).source_sha256
        own.blobs.path(digest).chmod(0o600)
        own.blobs.path(digest).write_bytes(b"tampered")
        result, _text, page = render(own, ANALYST, tmp_path)
        assert result.problems and digest in result.problems[0] and "altered" in result.problems[0]
        assert "altered" in page.xpath("//td[@class='problem']")[0].text_content()
    finally:
        own.close()


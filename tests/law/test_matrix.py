from dossier import law
from dossier.extract import dates, incidents, quantities
from dossier.model import Annotations, Document, Incident


def incident(type_id: str, document_id: int, asserted: bool = True) -> Incident:
    return Incident(type=type_id, text="...", start=0, end=3, asserted=asserted, document_id=document_id,
                    legal=[a.id for a in law.acts_for(type_id)])


def test_matrix_counts_supporting_incidents_and_distinct_sources():
    matrix = law.element_matrix([incident("vt_torture", 1), incident("vt_torture", 2),
                                 incident("vt_torture", 2), incident("vt_torture", 3, asserted=False)])
    conduct = matrix.row("cah_torture", "cah_torture_e1")
    assert (len(conduct.incidents), conduct.sources, conduct.gap) == (3, 2, False)
    assert matrix.row("cah_torture", "cah_ctx_widespread_or_systematic").sources == 2


def test_mental_elements_stay_gaps_until_someone_links_evidence():
    matrix = law.element_matrix([incident("vt_forced_repatriation", 1)], modes=("mol_aiding_abetting",))
    gaps = {row.element.id for row in matrix.gaps()}
    assert "cah_deportation_or_forcible_transfer_e3" in gaps and "mol_aiding_abetting_e3" in gaps
    assert "refugee_conv_art33_e3" not in gaps
    assert matrix.acts[:2] == ["cah_deportation_or_forcible_transfer", "refugee_conv_art33_non_refoulement"]


def test_matrix_from_extracted_incidents_is_json_ready():
    document = Document(title="t", text="Chinese police forcibly repatriated 40 women. Guards tortured them.", id=5)
    found = Annotations()
    for extractor in (dates, quantities, incidents):
        extractor.EXTRACTOR.run(document, found)
    shape = law.element_matrix(found.incidents).to_dict()
    torture = next(r for r in shape["rows"] if r["element"] == "cah_torture_e1")
    assert torture["incidents"][0]["text"] == "Guards tortured them." and torture["sources"] == 1
    assert not any(r["gap"] for r in shape["rows"] if r["kind"] == "conduct")

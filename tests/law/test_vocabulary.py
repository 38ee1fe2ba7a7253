from pathlib import Path

import pytest
import yaml

from dossier import law
from dossier.errors import InputError, NotFound
from dossier.law.data import load


def test_vocabulary_lists_types_with_labels_and_legal_acts():
    types = {t.id: t for t in law.vocabulary()}
    assert "vt_forced_repatriation" in types and types["vt_forced_repatriation"].label_ko == "강제송환 (강제북송)"
    assert all(t.label and t.definition and t.cues for t in types.values())


def test_acts_for_forced_repatriation_include_the_crime_and_the_treaty_duties():
    acts = {a.id: a for a in law.acts_for("vt_forced_repatriation")}
    assert acts["cah_deportation_or_forcible_transfer"].family == "crime_against_humanity"
    assert acts["refugee_conv_art33_non_refoulement"].family == "treaty_duty"
    assert [m.id for m in law.modes_for("vt_forced_repatriation")] == ["mol_aiding_abetting"]


def test_elements_of_a_crime_against_humanity_start_with_the_chapeau():
    elements = law.elements("cah_torture")
    assert [e.kind for e in elements[:5]] == ["contextual"] * 4 + ["mental"]
    assert [e.id for e in elements[5:]] == ["cah_torture_e1", "cah_torture_e2", "cah_torture_e3"]
    assert [e.id for e in law.elements("mol_aiding_abetting")] == [
        "mol_aiding_abetting_e1", "mol_aiding_abetting_e2", "mol_aiding_abetting_e3"]


def test_unknown_ids_are_reported_by_name():
    with pytest.raises(NotFound, match="vt_unknown"):
        law.acts_for("vt_unknown")
    with pytest.raises(NotFound, match="cah_nothing"):
        law.elements("cah_nothing")


def test_a_type_naming_an_unknown_act_is_an_error_naming_the_file(tmp_path):
    broken = tmp_path / "violations.yaml"
    broken.write_text(yaml.safe_dump({"types": [{"id": "vt_x", "label": "X", "definition": "d", "acts": ["cah_nope"]}]}))
    with pytest.raises(InputError, match="violations.yaml: vt_x names unknown legal act 'cah_nope'"):
        load(broken)


# The reference groups art. 7(1)(g) under one id; the data names its sub-crimes.
SEXUAL_CRIMES = {"cah_rape_and_sexual_violence": {"cah_rape", "cah_other_sexual_violence"}}


def test_every_reference_vocabulary_type_is_encoded_with_its_acts():
    reference = next((p for p in (Path(__file__).resolve().parents[2].parent / "shared", Path("/work/shared"))
                      if (p / "reference" / "violation-vocabulary.yaml").exists()), None)
    if reference is None:
        pytest.skip("../shared is not present")
    terms = yaml.safe_load((reference / "reference" / "violation-vocabulary.yaml").read_text())["terms"]
    ours = {t.id: t for t in law.vocabulary()}
    for term in terms:
        expected = set().union(*(SEXUAL_CRIMES.get(a, {a}) for a in term["maps_to_cah"]))
        assert set(ours[term["id"]].acts) == expected, term["id"]

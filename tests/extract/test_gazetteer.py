"""The shipped gazetteer: every spelling of a known name finds the same entry."""

from pathlib import Path

import pytest
import yaml

from dossier.errors import InputError
from dossier.extract.gazetteer import DATA_DIR, Gazetteer, name_key, romanization_key


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    "spelling, canonical",
    [
        ("Kim Jong-un", "Kim Jong Un"),
        ("KIM JONG UN", "Kim Jong Un"),
        ("김정은", "Kim Jong Un"),
        ("Kim Il-sung", "Kim Il Sung"),
        ("Bo-wi-bu", "Ministry of State Security (DPRK)"),
        ("State Security Department", "Ministry of State Security (DPRK)"),
        ("국가보위성", "Ministry of State Security (DPRK)"),
        ("In-min-bo-an-seong", "Ministry of People's Security (DPRK)"),
        ("KOMID", "Korea Mining Development Trading Corporation (KOMID)"),
        ("Korean Workers’ Party", "Workers' Party of Korea"),
        ("KWP", "Workers' Party of Korea"),
        ("Ch'ŏngjin", "Chongjin"),
        ("Cheongjin", "Chongjin"),
        ("Hamheung", "Hamhung"),
        ("Jagang Province", "Chagang Province"),
        ("Kanggye City", "Kanggye"),
        ("Mangyeongdae", "Mangyongdae"),
        ("Jongo-ri", "Chongo-ri"),
        ("Kyo-hwa-so Number 12", "Kyohwaso No. 12 (Chongo-ri)"),
        ("Camp 14", "Political Prison Camp No. 14 (Kaechon)"),
        ("CWC", "Chemical Weapons Convention"),
        ("the Korea Times", "The Korea Times"),
        ("DPRK", "North Korea (DPRK)"),
        ("U.S.", "United States"),
    ],
)
def test_every_spelling_finds_the_canonical_entry(gazetteer, spelling, canonical):
    entry = gazetteer.lookup(spelling)
    assert entry is not None and entry.name == canonical


def test_near_spellings_of_different_places_stay_apart(gazetteer):
    assert gazetteer.lookup("Chongjin").id != gazetteer.lookup("Chongju").id
    assert gazetteer.lookup("Hamgyong") is None  # not Hamhung
    assert gazetteer.lookup("Kim Jong-il").id != gazetteer.lookup("Kim Jong-un").id


def test_kind_chooses_between_entries_sharing_an_acronym(gazetteer):
    assert gazetteer.lookup("CAT", "org").name == "Committee against Torture (CAT)"
    assert gazetteer.lookup("CAT", "law").name.startswith("Convention against Torture")
    assert gazetteer.lookup("Kim Jong Un", "place") is None


def test_places_carry_coordinates_and_their_province(gazetteer):
    kanggye = gazetteer.lookup("Kanggye")
    assert kanggye.kind == "place" and kanggye.attributes["admin_parent"] == "Chagang Province"
    assert 40.5 < kanggye.attributes["lat"] < 41.5 and 126 < kanggye.attributes["lon"] < 127
    assert "강계시" in kanggye.hangul
    provinces = [e for e in gazetteer.entries("place") if e.attributes.get("iso_3166_2")]
    assert len(provinces) == 13


def test_entries_filters_by_kind(gazetteer):
    people = gazetteer.entries("person")
    assert people and all(entry.kind == "person" for entry in people)
    assert len(gazetteer.entries()) > len(people)


def test_keys_ignore_case_diacritics_and_punctuation():
    assert name_key("Ch’ŏngjin") == name_key("CHONGJIN") == "chongjin"
    assert name_key("강계시") == "강계시"
    assert romanization_key("Hamheung") == romanization_key("Hamhung")


def test_data_files_parse_as_strings():
    """YAML reads an unquoted "No" as false and "a, b" in a list as two names."""
    for path in DATA_DIR.glob("*.yaml"):
        for row in yaml.safe_load(path.read_text(encoding="utf-8")):
            for name in [row["name"], *(row.get("aliases") or []), *(row.get("hangul") or [])]:
                assert isinstance(name, str) and name.strip() == name and name, (path.name, row["id"], name)


def test_a_broken_file_is_named_in_the_error(tmp_path: Path):
    (tmp_path / "people.yaml").write_text("- id: x\n  kind: dragon\n  name: Smaug\n", encoding="utf-8")
    with pytest.raises(InputError, match="people.yaml entry 1"):
        Gazetteer.load(tmp_path)


def test_a_curated_entry_extends_the_generated_one(tmp_path: Path):
    (tmp_path / "1.yaml").write_text("- {id: p, kind: place, name: Kanggye-si, aliases: [Kang-ge]}\n", encoding="utf-8")
    (tmp_path / "2.yaml").write_text("- {id: p, kind: place, name: Kanggye, hangul: [강계]}\n", encoding="utf-8")
    entry = Gazetteer.load(tmp_path).lookup("강계")
    assert entry.name == "Kanggye" and {"Kang-ge", "Kanggye-si"} <= set(entry.aliases)



@pytest.mark.parametrize(
    "spelling, canonical",
    [
        ("외무성", "Ministry of Foreign Affairs (DPRK)"),
        ("조선로동당중앙위원회", "Central Committee of the Workers' Party of Korea"),
        ("외교부", "Ministry of Foreign Affairs (Republic of Korea)"),
        ("KBS", "Korean Broadcasting System (KBS)"),
    ],
)
def test_state_organs_and_broadcasters(gazetteer, spelling, canonical):
    assert gazetteer.lookup(spelling).name == canonical

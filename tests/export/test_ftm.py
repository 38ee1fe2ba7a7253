"""FollowTheMoney JSON lines: every line a valid entity of the FtM model, ids stable."""

import hashlib
import io
import json

from followthemoney import model

from dossier.export import export
from export_helpers import ANALYST, INVESTIGATOR, PUBLIC_TESTIMONY, built, doc_ids, repo  # noqa: F401


def entities_of(repo, principal, tmp_path, name="x.ftm.json"):
    out = tmp_path / name
    export(repo, principal, "ftm", out)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_every_line_is_a_valid_ftm_entity(repo, tmp_path):
    found = entities_of(repo, INVESTIGATOR, tmp_path)
    for data in found:
        schema = model.get(data["schema"])
        assert schema is not None and not schema.abstract
        schema.validate(data)  # raises InvalidData on a bad value
        assert all(name in data["properties"] for name in schema.required), data
        assert model.get_proxy(data).id == data["id"]
    schemas = {data["schema"] for data in found}
    assert {"PlainText", "Person", "Organization", "Address", "Mention", "UnknownLink", "Event", "Note"} <= schemas


def test_documents_carry_the_hashes_of_their_original(repo, doc_ids, tmp_path):
    by_id = {d["id"]: d for d in entities_of(repo, INVESTIGATOR, tmp_path)}
    document = by_id[f"dossier-document-{doc_ids['public']}"]
    original = PUBLIC_TESTIMONY.encode("utf-8")
    assert document["properties"]["contentHash"] == [hashlib.sha1(original).hexdigest()]
    assert f"SHA-256 of the original: {hashlib.sha256(original).hexdigest()}" in document["properties"]["notes"]
    assert "tortured Pak Sun-hui during interrogation" in document["properties"]["bodyText"][0]


def test_links_point_at_entities_in_the_same_export(repo, doc_ids, tmp_path):
    found = entities_of(repo, INVESTIGATOR, tmp_path)
    ids = {d["id"] for d in found}
    for data in found:
        props = data["properties"]
        for name in ("document", "resolved", "subject", "object", "proof", "entity", "addressEntity", "involved"):
            assert set(props.get(name, [])) <= ids, (data["id"], name)
    events = [d for d in found if d["schema"] == "Event"]
    chongjin = next(d["id"] for d in found if d["schema"] == "Address" and d["properties"]["name"] == ["Chongjin"])
    beating = next(e for e in events if "beat prisoners at Chongjin" in e["properties"]["summary"][0])
    assert beating["properties"]["proof"] == [f"dossier-document-{doc_ids['public']}"]
    assert beating["properties"]["addressEntity"] == [chongjin]
    assert "cah_torture" in beating["properties"]["keywords"]


def test_ids_are_stable_across_exports(repo, tmp_path):
    first = [d["id"] for d in entities_of(repo, ANALYST, tmp_path, "a.ftm.json")]
    second = [d["id"] for d in entities_of(repo, ANALYST, tmp_path, "b.ftm.json")]
    assert first == second
    assert len(set(first)) == len(first)


def test_places_keep_their_coordinates(repo, tmp_path):
    places = {d["properties"]["name"][0]: d for d in entities_of(repo, ANALYST, tmp_path) if d["schema"] == "Address"}
    yanji = places["Yanji"]["properties"]
    assert abs(float(yanji["latitude"][0]) - 42.89) < 0.01 and abs(float(yanji["longitude"][0]) - 129.5) < 0.01
    assert yanji["country"] == ["cn"]


def test_streaming_to_a_binary_stream_gives_the_same_entities(repo, tmp_path):
    stream = io.BytesIO()
    export(repo, ANALYST, "ftm", "-", stdout=stream)
    streamed = [json.loads(line)["id"] for line in stream.getvalue().decode("utf-8").splitlines()]
    assert streamed == [d["id"] for d in entities_of(repo, ANALYST, tmp_path)]

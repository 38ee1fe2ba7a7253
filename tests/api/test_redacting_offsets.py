"""Redaction moves every span with the text, or drops the spans when it cannot."""

from dossier.api.redacting import redact_document


def redact(text: str) -> str:
    return text.replace("Kim Chol-su", "W-7")


def document(text, mentions, cited=()):
    return {"title": "t", "text": text, "anchors": [],
            "mentions": [{"start": s, "end": e, "text": text[s:e], "canonical": None} for s, e in mentions],
            "notes": [{"marker": "1", "text": "n", "title": None, "authors": [], "start": 0, "end": 0,
                       "cited_at": [{"start": s, "end": e, "sentence": text} for s, e in cited]}]}


def test_offsets_follow_the_shorter_pseudonym():
    text = "Kim Chol-su was held in Onsong.1"
    out = redact_document(document(text, [(0, 11), (24, 30)], cited=[(31, 32)]), redact)
    assert out["text"] == "W-7 was held in Onsong.1"
    assert [out["text"][m["start"]:m["end"]] for m in out["mentions"]] == ["W-7", "Onsong"]
    cite = out["notes"][0]["cited_at"][0]
    assert out["text"][cite["start"]:cite["end"]] == "1" and "Kim" not in cite["sentence"]


def test_a_name_cut_by_a_span_boundary_drops_the_spans_not_the_redaction():
    text = "Kim Chol-su was held."
    out = redact_document(document(text, [(4, 20)]), redact)
    assert out["text"] == "W-7 was held." and out["mentions"] == []

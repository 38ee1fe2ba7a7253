"""The reader's pieces: every character printed once, marks never nested."""

from dossier.api.reading import pieces

TEXT = "Guards in Onsong beat him.[1] Later in Yodok."


def view(mentions=(), cited=(), anchors=()):
    notes = [{"marker": "[1]", "cited_at": [{"start": s, "end": e, "sentence": ""} for s, e in cited]}]
    return {"text": TEXT, "notes": notes, "anchors": [{"start": s, "name": n} for s, n in anchors],
            "mentions": [{"start": s, "end": e, "entity": 7, "label": "LOCATION"} for s, e in mentions]}


def test_pieces_rebuild_the_text_exactly():
    found = pieces(view(mentions=[(10, 16), (39, 44)], cited=[(26, 29)], anchors=[(0, "incident-1")]))
    assert "".join(p.text for p in found) == TEXT
    assert [(p.kind, p.text) for p in found if p.kind != "text"] == [
        ("anchor", ""), ("mention", "Onsong"), ("note", "[1]"), ("mention", "Yodok")]


def test_overlapping_marks_keep_the_first_and_longest():
    found = pieces(view(mentions=[(10, 16), (13, 20)]))
    assert [p.text for p in found if p.kind == "mention"] == ["Onsong"]
    assert "".join(p.text for p in found) == TEXT


def test_an_anchor_inside_a_mention_lands_right_after_it():
    found = pieces(view(mentions=[(10, 16)], anchors=[(12, "at-12")]))
    kinds = [p.kind for p in found]
    assert kinds.index("anchor") == kinds.index("mention") + 1

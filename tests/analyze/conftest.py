"""A small repository of reports about political prison camps, made once per session.

The texts disagree on purpose: two cite the same UN report for the same figure (agree,
but one source), a third gives another figure (a contradiction), a fourth shares an
author with the third, and a confidential fifth gives yet another figure that readers
without clearance must never see counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from dossier.model import Sensitivity
from dossier.repository import IngestOptions, Repository
from dossier.store import annotations, documents
from dossier.store.annotations import RecordFilter

LEE = """The Camps of Hamgyong
By Jane Lee
March 2015

North Korea holds between 80,000 and 120,000 political prisoners in its camps.[1] In 1998, guards of the Ministry of State Security tortured prisoners at Yodok.[2]

Notes
[1] Commission of Inquiry on Human Rights in the DPRK, Report of the detailed findings, A/HRC/25/63, 7 February 2014, para. 61.
[2] Interview with a former prisoner, Seoul, 2012.
"""

KIM = """Hidden Gulag Revisited
By Peter Kim
June 2016

An estimated 120,000 political prisoners are held in the camps.[1] Guards at Yodok tortured prisoners throughout the 1990s. Some 200,000 political prisoners died in the camps since 1970.

Notes
[1] Report of the commission of inquiry on human rights in the Democratic People's Republic of Korea, A/HRC/25/63, 2014.
"""

PARK = """Voices from Yodok
By Sun Park
2017

Some 50,000 political prisoners are held in the camps. Guards tortured prisoners at Yodok in 1997. Around 200,000 political prisoners died in the camps since 1970.
"""

PARK_AGAIN = """Yodok Remembered
By Sun Park
2018

About 200,000 political prisoners died in the camps since 1970.
"""

SECRET = """Internal Field Notes
By Min Choi
2016

Some 300,000 political prisoners are held in the camps. Guards tortured prisoners at Yodok in 1996.
"""


@dataclass
class Corpus:
    repo: Repository
    ids: dict[str, int]  # document ids by the name of the text
    public: list[int]  # what a reader without clearance for confidential documents sees

    @property
    def root(self) -> Path:
        return self.repo.root

    def incident(self, doc: str, type_: str = "vt_torture") -> int:
        """The document's incident of this type (a sentence about torture at Yodok is also one of detention in a camp)."""
        with self.repo.store.reading() as conn:
            return annotations.list_incidents(conn, RecordFilter(document_id=self.ids[doc], type=type_))[0].id or 0

    def entity(self, doc: str, text: str) -> int:
        with self.repo.store.reading() as conn:
            found = [m.entity for m in annotations.mentions_of(conn, self.ids[doc]) if text in m.text]
        assert found and found[0] is not None, f"{text!r} was not resolved in {doc}"
        return found[0]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Corpus:
    repo = Repository.init(tmp_path_factory.mktemp("analyze") / "repo", actor="tester")
    texts = {"lee": LEE, "kim": KIM, "park": PARK, "park_again": PARK_AGAIN, "secret": SECRET}
    ids = {}
    for name, text in texts.items():
        sensitivity = Sensitivity.CONFIDENTIAL if name == "secret" else Sensitivity.PUBLIC
        result = repo.ingest_bytes(text.encode(), f"{name}.txt", IngestOptions(sensitivity=sensitivity))
        assert result.status == "ingested", result.error
        ids[name] = result.documents[0]
    with repo.store.reading() as conn:
        public = documents.visible_ids(conn, Sensitivity.RESTRICTED)
    yield Corpus(repo, ids, public)
    repo.close()

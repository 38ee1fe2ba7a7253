"""A small repository for the export tests: three documents of three sensitivities, a
protected witness whose true name is the canary, and readers of each role.

A module rather than a conftest.py: a second module named conftest would shadow the
top-level one that other tests import helpers from.
"""

from pathlib import Path

import pytest

from dossier.access import keys
from dossier.access.policy import Principal
from dossier.access.witnesses import Witness, add
from dossier.model import Role, Sensitivity
from dossier.repository import IngestOptions, Repository

ADMIN = Principal("ada", Role.ADMIN)
INVESTIGATOR = Principal("ivan", Role.INVESTIGATOR)
ANALYST = Principal("ana", Role.ANALYST)
VIEWER = Principal("vic", Role.VIEWER)

CANARY = "Pak Sun-hui"  # the protected witness's true name
CANARY_SPELLINGS = ("pak sun-hui", "pak sun hui", "sun-hui", "박순희")
PSEUDONYM = "W-0042"

PUBLIC_TESTIMONY = (
    "Testimony of Pak Sun-hui on forced repatriation\n\n"
    "By Pak Sun-hui\n\n"
    "March 2012\n\n"
    "In March 2009 Pak Sun-hui (박순희) was arrested by Chinese police in Yanji and handed over to the "
    "Ministry of State Security in Onsong. Guards at Yodok tortured Pak Sun-hui during interrogation. "
    "Officers of the Ministry of State Security beat prisoners at Chongjin. "
    "The United Nations should refer the situation to the International Criminal Court. "
    "We urge China to stop the forced repatriation of Pak Sun-hui's relatives.\n"
)
RESTRICTED_REPORT = (
    "Field report on Hoeryong\n\n"
    "By Investigator Team B\n\n"
    "June 2015\n\n"
    "Guards of the Ministry of People's Security beat detainees at Hoeryong in 2014. "
    "About 300 prisoners were held at Hoeryong according to the witness.\n"
)
CONFIDENTIAL_STATEMENT = (
    "Confidential statement on Hamhung\n\n"
    "By Source K\n\n"
    "2016\n\n"
    "Officers of the Ministry of State Security tortured detainees at Hamhung in 2016.\n"
)


def ingest(repo: Repository, text: str, filename: str, sensitivity: Sensitivity) -> int:
    result = repo.ingest_bytes(text.encode("utf-8"), filename, IngestOptions(sensitivity=sensitivity))
    assert result.status == "ingested", result.error
    return result.documents[0]


def build(root: Path) -> tuple[Repository, dict[str, int]]:
    """The three documents ingested and the canary witness recorded, key attached."""
    key_path = root / "keys" / "dossier.key"
    key_path.parent.mkdir(parents=True)
    repo = Repository.init(root / "repo", actor="tester")
    keys.attach(repo.store.engine, keys.create_key_file(key_path, repo.root))
    ids = {
        "public": ingest(repo, PUBLIC_TESTIMONY, "pak-sun-hui-testimony.txt", Sensitivity.PUBLIC),
        "restricted": ingest(repo, RESTRICTED_REPORT, "report-hoeryong.txt", Sensitivity.RESTRICTED),
        "confidential": ingest(repo, CONFIDENTIAL_STATEMENT, "statement-hamhung.txt", Sensitivity.CONFIDENTIAL),
    }
    with repo.store.transaction() as conn:
        add(conn, INVESTIGATOR, Witness(pseudonym=PSEUDONYM, name=CANARY, aliases=["박순희"]))
    return repo, ids


_BUILT: list[tuple[Repository, dict[str, int]]] = []


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> tuple[Repository, dict[str, int]]:
    """Built once per test run (Korean analysis of the canary's Hangul costs seconds) and
    shared by every module that imports it; the tests only add export ledger entries."""
    if not _BUILT:
        _BUILT.append(build(tmp_path_factory.mktemp("export")))
    return _BUILT[0]


@pytest.fixture
def repo(built) -> Repository:
    return built[0]


@pytest.fixture
def doc_ids(built) -> dict[str, int]:
    return built[1]


def leaks(text: str) -> list[str]:
    """The canary's spellings found in ``text``, ignoring case."""
    lowered = text.lower()
    return [spelling for spelling in CANARY_SPELLINGS if spelling in lowered]

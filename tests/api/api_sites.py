"""Repositories for the API and browser tests: files written here, ingested through the
repository, users and API tokens made with the access package."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi.testclient import TestClient

from dossier.access import Principal, users
from dossier.model import Role, Sensitivity
from dossier.repository import IngestOptions, Repository

PASSWORD = "correct horse battery staple"

TESTIMONY = """Testimony of a former detainee

By W-0101*

In March 2009 I was arrested by Chinese police in Yanji and handed over to the State Security Department in Onsong. Guards beat me during interrogation at Camp 15 in Yodok.[1] In 1997 my brother was sent to Political Prison Camp No. 14 (Kaechon) and disappeared.[2]

*Pseudonym used for the safety of the witness.

Notes
[1] UN Commission of Inquiry on human rights in the DPRK, Report of the detailed findings, A/HRC/25/CRP.1, 7 February 2014, para. 804. https://www.ohchr.org/coi
[2] Ibid., para. 806.
"""

KOREAN = """탈북자 증언

함경북도 온성에서 2011년 보위부에 체포되었다. 요덕 수용소에서 강제노동을 했다.
In 2011 the witness was detained by the State Security Department in Onsong.
"""

RESTRICTED = """Interview notes, restricted

Interviewer: When were you repatriated?
In 2015 Chinese police arrested me in Tumen and sent me back to Musan, where guards beat me.
"""

HOSTILE = """<script>window.__xss = 1; alert('xss')</script> Statement on detention

<img src=x onerror="window.__xss = 2; alert('img')"> Prisoners in Chongjin were beaten in 2012.
<a href="javascript:alert('link')">click me</a>
[1] See javascript:alert('note') and <b onmouseover=alert(1)>bold</b>.
"""


@dataclass
class Site:
    root: Path
    tokens: dict[str, str]
    docs: dict[str, list[int]]
    sha: dict[str, str]


FILES = [
    ("testimony.txt", TESTIMONY, Sensitivity.PUBLIC),
    ("korean.txt", KOREAN, Sensitivity.PUBLIC),
    ("restricted.txt", RESTRICTED, Sensitivity.RESTRICTED),
    ("hostile.txt", HOSTILE, Sensitivity.PUBLIC),
]


def build_site(root: Path, files_dir: Path, files: list = FILES) -> Site:
    """Ingest ``files`` and make one user (with an API token) per role; only admin has a password."""
    files_dir.mkdir(parents=True, exist_ok=True)
    repo = Repository.init(root, actor="tester")
    docs, sha = {}, {}
    with repo:
        for name, text, sensitivity in files:
            path = files_dir / name
            path.write_text(text, encoding="utf-8")
            result = repo.ingest_file(path, IngestOptions(sensitivity=sensitivity, origin="test fixture"))
            assert result.status == "ingested", result.error
            docs[name], sha[name] = result.documents, result.sha256
        tokens = {}
        with repo.store.transaction() as conn:
            boot = users.bootstrap_principal("tester")
            for role in Role:
                users.add(conn, boot, role.value, role.value, PASSWORD if role == Role.ADMIN else None)
            for role in Role:
                tokens[role.value] = users.new_token(conn, Principal("admin", Role.ADMIN), role.value)
    return Site(root, tokens, docs, sha)


def client_for(app, token: str | None = None) -> TestClient:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return TestClient(app, raise_server_exceptions=False, headers=headers)

"""Real documents for the search tests, written as a user would hand them to `dossier ingest`.

A module rather than a conftest.py, so it cannot shadow the top-level conftest.
"""

from pathlib import Path

from dossier.model import Sensitivity
from dossier.repository import IngestOptions, Repository

TESTIMONY = """Testimony on Forced Repatriation and Torture in Hamhŭng

By Roberta Cohen

12 March 2015

In 2013 the border guards returned forty women to Hamheung, where the Ministry of State Security held them for weeks. Several women were tortured during interrogation and two pregnant detainees suffered forced abortions. Repatriated women described beatings with sticks and being forced to kneel for hours.

The detention centre in Hamhung lacked food and medicine. Guards told the detainees that those who had met South Koreans in China would be sent to a political prison camp. One survivor said <script>alert(1)</script> was the only English text she remembered from a smuggled phone.
"""

KOREAN_REPORT = """탈북 여성 강제송환 보고서

2018년 6월

북한에서 탈출한 여성들은 중국에서 체포되어 북한으로 강제송환되었다. 함흥의 구류장에서 여성들은 구타를 당했다고 증언했다. 북한의 보위부는 송환된 여성들을 조사하면서 임신한 여성에게 강제 낙태를 시켰다.

인권 단체들은 국제사회가 북한 정권에 책임을 물어야 한다고 주장했다. 이 보고서는 증언자 열두 명의 진술을 바탕으로 작성되었다.
"""

NEWS = """Satellite Images Show Expansion of Camp 25

Daniel Hargrove

2022-11-03

New satellite imagery of Political Prison Camp No. 25 near Chongjin shows two new guard towers and an expanded perimeter fence. Analysts say the camp continues to hold political prisoners, including people repatriated from China.
"""

SECRET = """Field note on a safe house

2021-05-02

The safe house near Yanji sheltered eleven women before their onward journey. The courier network crossed the Tumen at night.
"""

FILES = {"testimony-en.txt": TESTIMONY, "report-ko.txt": KOREAN_REPORT, "news-en.txt": NEWS}


def build_repository(root: Path, database_url: str | None = None) -> Repository:
    """A repository holding the three restricted files and one confidential note."""
    repo = Repository.init(root, actor="tester", database_url=database_url)
    for name, text in FILES.items():
        result = repo.ingest_bytes(text.encode("utf-8"), name, IngestOptions())
        assert result.status == "ingested", result.error
    secret = repo.ingest_bytes(SECRET.encode("utf-8"), "safe-house.txt", IngestOptions(sensitivity=Sensitivity.CONFIDENTIAL))
    assert secret.status == "ingested", secret.error
    return repo


def document_id(repo: Repository, title_start: str) -> int:
    return next(d["id"] for d in repo.document_summaries() if d["title"].startswith(title_start))

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.access import keys
from dossier.access.redaction import contains_protected, redact_for, redact_protected
from dossier.access.witnesses import summaries
from dossier.errors import KeyMissing
from access_helpers import ADMIN, ANALYST, INVESTIGATOR, VIEWER, add_witness, key_file, keyed_repo  # noqa: F401


def test_names_and_aliases_become_the_pseudonym_in_every_spelling(keyed_repo):
    add_witness(keyed_repo, "W-0017", "Kim Chŏl-su", "김철수", "Ch'oe Yong-ho")
    with keyed_repo.store.reading() as conn:
        assert redact_protected(conn, "KIM CHOL SU crossed the Tumen.") == "W-0017 crossed the Tumen."
        assert redact_protected(conn, "testimony of kim chol-su's sister") == "testimony of W-0017's sister"
        assert redact_protected(conn, "Kimcholsu, later Choe Yong ho") == "W-0017, later W-0017"
        assert redact_protected(conn, "김철수가 말했다") == "W-0017가 말했다"


def test_latin_names_are_word_bounded_and_other_text_is_untouched(keyed_repo):
    add_witness(keyed_repo, "W-0002", "Pak Il")
    with keyed_repo.store.reading() as conn:
        text = "Pak Ilsung and Spak Il are other people; Pak Il is not."
        assert redact_protected(conn, text) == "Pak Ilsung and Spak Il are other people; W-0002 is not."


def test_the_longest_name_wins_over_a_shorter_alias(keyed_repo):
    add_witness(keyed_repo, "W-0001", "Ri Sun-hui", "Ri")
    with keyed_repo.store.reading() as conn:
        assert redact_protected(conn, "Ri Sun-hui met Ri.") == "W-0001 met W-0001."


def test_no_witnesses_means_no_change_and_no_key_needed(repo):
    with repo.store.reading() as conn:
        assert redact_protected(conn, "Kim Chol-su") == "Kim Chol-su"


def test_a_new_witness_is_redacted_at_once(keyed_repo):
    with keyed_repo.store.reading() as conn:
        assert redact_protected(conn, "Han Song-i spoke") == "Han Song-i spoke"
    add_witness(keyed_repo, "W-0031", "Han Song-i")
    with keyed_repo.store.reading() as conn:
        assert redact_protected(conn, "Han Song-i spoke") == "W-0031 spoke"
        assert contains_protected(conn, "han song i")


def test_without_the_key_redaction_refuses_rather_than_leaks(keyed_repo, tmp_path, monkeypatch):
    add_witness(keyed_repo, "W-0017", "Kim Chol-su")
    monkeypatch.delenv(keys.KEY_FILE_ENV, raising=False)
    from dossier.repository import Repository

    reopened = Repository.open(keyed_repo.root, actor="tester")
    try:
        with reopened.store.reading() as conn, pytest.raises(KeyMissing, match="DOSSIER_KEY_FILE"):
            redact_protected(conn, "Kim Chol-su")
    finally:
        reopened.close()


def test_readers_with_the_right_see_the_text_as_written(keyed_repo):
    add_witness(keyed_repo, "W-0017", "Kim Chol-su")
    text = "Kim Chol-su was held at Camp 15."
    with keyed_repo.store.reading() as conn:
        assert redact_for(ADMIN, conn, text) == text
        assert redact_for(INVESTIGATOR, conn, text) == text
        assert redact_for(ANALYST, conn, text) == "W-0017 was held at Camp 15."
        assert redact_for(VIEWER, conn, text) == "W-0017 was held at Camp 15."


def test_names_with_regex_and_sql_characters_are_matched_literally(keyed_repo):
    add_witness(keyed_repo, "W-0040", "O'Brien (.*) Robert'); DROP TABLE witnesses;--")
    with keyed_repo.store.reading() as conn:
        assert redact_protected(conn, "anything at all") == "anything at all"
        redacted = redact_protected(conn, "o'brien (.*) robert'); drop table witnesses;-- said")
        assert redacted.startswith("W-0040") and "brien" not in redacted and redacted.endswith("said")


def test_every_spelling_in_the_real_corpus_is_redacted_and_nothing_else(keyed_repo, shared):
    text = (shared / "corpus" / "hrnk-2018-compilation.txt").read_text(encoding="utf-8")
    add_witness(keyed_repo, "W-0900", "Kim Jong-un")
    add_witness(keyed_repo, "W-0901", "Kim Il Sung")
    with keyed_repo.store.reading() as conn:
        redacted = redact_protected(conn, text)
    assert re.search(r"kim\s*(jong[- ]?un|il[- ]?sung)", redacted, re.IGNORECASE) is None
    assert (redacted.count("W-0900"), redacted.count("W-0901")) == (3, 9)
    assert len(redacted) == len(text) - 3 * len("Kim Jong-un") - 9 * len("Kim Il-sung") + 12 * len("W-0900")


SPELLINGS = st.sampled_from(["Kim Chol-su", "KIM CHOL SU", "kim  chol-su", "Kimcholsu", "Kim Ch'ŏl-su", "Kim Chŏl Su", "김철수"])
AROUND = st.text(alphabet=st.sampled_from(list("0123456789 .,;:!?()[]\"\n\t-—/가나다라마바사") + ["\u200b", "\U0001f600"]), max_size=40)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.tuples(AROUND, SPELLINGS), min_size=1, max_size=5), tail=AROUND)
def test_no_spelling_survives_whatever_surrounds_it(keyed_repo, parts, tail):
    if not contains_registered(keyed_repo):
        add_witness(keyed_repo, "W-0017", "Kim Chŏl-su", "김철수")
    text = "".join(f"{before} {name} " for before, name in parts) + tail
    with keyed_repo.store.reading() as conn:
        redacted = redact_protected(conn, text)
    assert redacted.count("W-0017") == len(parts)
    assert "철수" not in redacted and "chol" not in redacted.lower().replace("'", "").replace("ŏ", "o")


def contains_registered(repo) -> bool:
    with repo.store.reading() as conn:
        return bool(summaries(conn))

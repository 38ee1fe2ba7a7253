from dataclasses import replace

from dossier.model import LedgerEntry
from dossier.vault import GENESIS, entry_hash, first_break


def chain(n: int) -> list[LedgerEntry]:
    entries, prev = [], GENESIS
    for seq in range(1, n + 1):
        details = {"n": seq}
        digest = entry_hash(seq, f"t{seq}", "ana", "ingest", f"s{seq}", details, prev)
        entries.append(LedgerEntry(seq, f"t{seq}", "ana", "ingest", f"s{seq}", details, prev, digest))
        prev = digest
    return entries


def test_an_untouched_chain_is_intact():
    assert first_break(chain(5)) is None


def test_an_altered_entry_is_named():
    entries = chain(5)
    entries[2] = replace(entries[2], actor="mallory")
    assert first_break(entries) == "ledger entry 3: altered (its contents no longer match its hash)"


def test_a_removed_entry_is_named():
    entries = chain(5)
    del entries[1]
    assert first_break(entries) == "ledger entry 2: missing (next entry is 3)"


def test_a_rewritten_entry_breaks_the_next_link():
    entries = chain(4)
    forged = replace(entries[1], subject="other")
    forged = replace(forged, hash=entry_hash(2, forged.time, forged.actor, forged.action, forged.subject, forged.details, forged.prev_hash))
    entries[1] = forged
    assert first_break(entries) == "ledger entry 3: does not follow entry 2 (previous hash differs)"

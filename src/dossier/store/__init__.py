"""Every read and write of records. Only this package speaks SQL.

``Store`` opens a database (SQLite by default, PostgreSQL for a team server) and hands
out transactions; the modules beside it (``sources``, ``documents``, ``annotations``,
``entities``, ``ledger``) are the reads and writes, each a function of a connection,
so several can share one transaction.
"""

from dossier.store.engine import Store

__all__ = ["Store"]

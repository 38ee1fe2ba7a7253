"""Search over the repository: a query language, ranking, facets and highlighted snippets.

``search(store, SearchQuery(...)) -> SearchResults`` is the whole interface for readers;
``indexer.index_documents`` and ``indexer.rebuild`` keep the index (derived data: tantivy in
``<repository>/search-index/`` for a plain SQLite repository, ``dossier.store.search_index``'s
tables on PostgreSQL or an encrypted SQLite) in step with the records.
"""

from dossier.search.results import Hit, SearchQuery, SearchResults
from dossier.search.searcher import search

__all__ = ["Hit", "SearchQuery", "SearchResults", "search"]

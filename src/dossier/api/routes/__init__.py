"""The JSON API under /api/, one module per resource; ``ROUTERS`` lists them for the app."""

from dossier.api.routes import documents, entities, ledger, records, search, sources, uploads

ROUTERS = [sources.router, documents.router, entities.router, records.router, search.router, uploads.router, ledger.router]

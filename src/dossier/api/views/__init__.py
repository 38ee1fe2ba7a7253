"""The server-rendered pages, one module per page; ``ROUTERS`` lists them for the app."""

from dossier.api.views import dashboard, documents, entities, incidents, ledger, login, search, upload

ROUTERS = [dashboard.router, search.router, documents.router, entities.router, incidents.router,
           upload.router, ledger.router, login.router]

"""The web application: the JSON API under /api/ and the server-rendered pages.

``create_app(repo_dir)`` builds it; ``serve(repo_dir, host, port)`` runs it. Routes read
through ``reads`` (which uses ``store`` and ``repository``) and decide who may see
what through ``access`` only.
"""

from dossier.api.app import create_app
from dossier.api.server import serve

__all__ = ["create_app", "serve"]

"""Users, roles, sensitivity, field encryption, redaction and the read audit.

Front ends (CLI, API, pages, search, exports) ask this package who may see what:
``policy`` decides, ``redaction`` pseudonymises protected names, ``views`` gives the
records a principal may see, ``witnesses`` seals identities, ``audit`` logs looks.
"""

from dossier.access.policy import Principal, can, max_sensitivity, require, sees_protected, visible_sensitivities
from dossier.access.redaction import redact_for, redact_protected

__all__ = [
    "Principal",
    "can",
    "max_sensitivity",
    "redact_for",
    "redact_protected",
    "require",
    "sees_protected",
    "visible_sensitivities",
]

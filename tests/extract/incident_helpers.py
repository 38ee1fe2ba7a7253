"""What the incident tests share: extracting a sentence as ingest would, with the dates and
quantities that incidents read. Named apart from the top-level ``helpers`` module."""

from dossier.extract import dates, incidents, quantities
from dossier.model import Annotations, Document, Incident


def extract(text: str) -> list[Incident]:
    annotations = Annotations()
    for extractor in (dates, quantities, incidents):
        extractor.EXTRACTOR.run(Document(title="t", text=text), annotations)
    return annotations.incidents


def asserted(text: str) -> set[str]:
    return {incident.type for incident in extract(text) if incident.asserted}

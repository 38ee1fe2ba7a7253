"""Files sent through the web app, ingested one at a time in the background.

An upload answers at once with a job id; the browser polls the job's status. Jobs run
on a single worker thread because ingest is one write transaction per file and SQLite
has one writer: queueing here is cheaper than contending for the database lock.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from dossier.model import IngestResult

log = logging.getLogger(__name__)

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
KEPT_JOBS = 1000  # finished jobs remembered for polling; the oldest are forgotten first


@dataclass
class UploadJob:
    id: str
    filename: str
    size: int
    media_type: str
    owner: str
    status: str = QUEUED
    result: IngestResult | None = None
    error: str | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "filename": self.filename,
            "size": self.size,
            "media_type": self.media_type,
            "status": self.status,
            "result": self.result.to_dict() if self.result else None,
            "error": self.error,
        }


class UploadQueue:
    def __init__(self) -> None:
        self._jobs: dict[str, UploadJob] = {}
        self._lock = threading.Lock()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dossier-upload")

    def submit(self, job: UploadJob, ingest: Callable[[], IngestResult]) -> UploadJob:
        """Queue ``ingest`` (which stores the file) and return the job to poll."""
        with self._lock:
            self._forget_oldest()
            self._jobs[job.id] = job
        self._worker.submit(self._run, job, ingest)
        return job

    def get(self, job_id: str) -> UploadJob | None:
        with self._lock:
            return self._jobs.get(job_id)

    def close(self) -> None:
        self._worker.shutdown(wait=True, cancel_futures=True)

    def _run(self, job: UploadJob, ingest: Callable[[], IngestResult]) -> None:
        job.status = RUNNING
        try:
            result = ingest()
        except Exception:  # a bug in a reader must not kill the worker or leak a traceback
            log.exception("upload %s (%s) crashed", job.id, job.filename)
            job.error = f"{job.filename}: ingest failed unexpectedly; see the server log"
            job.status = FAILED
            return
        job.result = result
        job.error = result.error
        job.status = FAILED if result.status == "failed" else DONE

    def _forget_oldest(self) -> None:
        finished = [j for j in self._jobs.values() if j.status in (DONE, FAILED)]
        for job in finished[: max(0, len(self._jobs) - KEPT_JOBS + 1)]:
            del self._jobs[job.id]


def new_job_id() -> str:
    return uuid.uuid4().hex

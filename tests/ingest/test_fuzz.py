"""Every reader, fed random and damaged bytes, either reads them or raises InputError.

Nothing else may escape (no KeyError from a zip, no struct.error from an image), and
no call may take long: hostile files must not stall ingestion.
"""

from __future__ import annotations

import time
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.errors import InputError
from dossier.ingest import read

from . import samples

EXAMPLES = 25  # per format; each run prints how many inputs it tried
OCR_EXAMPLES = 10  # images that survive damage are OCR'd, about half a second each
SECONDS_PER_CALL = 15


@cache
def _valid(filename: str) -> bytes:
    small = samples.text_image("Ab 12", size=20)
    return {
        "note.txt": "Camp 25, 함흥, 2009\n".encode(),
        "page.html": samples.HTML_PAGE.encode(),
        "report.pdf": samples.pdf_with_text(["Onsong, 2009"]),
        "memo.docx": samples.docx_with_table_and_footnote(),
        "field.eml": samples.eml_with_attachment(),
        "scan.png": samples.image_bytes(small, "PNG"),
        "scan.jpg": samples.image_bytes(small, "JPEG"),
        "scan.tif": samples.image_bytes(small, "TIFF"),
    }[filename]


@st.composite
def _damaged(draw: st.DrawFn, valid: bytes) -> bytes:
    """The valid file with bytes overwritten, cut short or spliced, or noise behind its magic."""
    data = bytearray(valid)
    how = draw(st.sampled_from(["overwrite", "truncate", "splice", "noise"]))
    if how == "overwrite":
        for _ in range(draw(st.integers(1, 16))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    elif how == "truncate":
        del data[draw(st.integers(1, len(data) - 1)):]
    elif how == "splice":
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(min_size=1, max_size=64))
    else:
        data = data[:8] + bytearray(draw(st.binary(max_size=512)))
    return bytes(data)


@pytest.mark.parametrize("filename", ["note.txt", "page.html", "report.pdf", "memo.docx", "field.eml",
                                      "scan.png", "scan.jpg", "scan.tif"])
def test_damaged_files_only_ever_raise_input_error(filename: str) -> None:
    tried = []
    examples = OCR_EXAMPLES if filename.startswith("scan.") else EXAMPLES

    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_damaged(_valid(filename)))  # built here: the libraries making them use `random`
    def attempt(data: bytes) -> None:
        tried.append(len(data))
        started = time.monotonic()
        try:
            read(data, filename)
        except InputError as error:
            assert str(error).startswith(f"{filename}: ") and error.reason
        assert time.monotonic() - started < SECONDS_PER_CALL

    attempt()
    print(f"fuzzed {len(tried)} damaged {filename} files")
    assert len(tried) >= examples // 2

"""Ingestion throughput next to the floor measured in the same run on the same files.

Floors:
- text: the least any ingester must do per file: read it, SHA-256 it, insert its text
  into SQLite (one row, one transaction per file, as ingest commits per file);
- PDF: the PDF library's own text extraction (pypdfium2), nothing else.

Dossier is measured twice: ingestion proper (`--no-extract`: vault, reader, segmentation,
notes, store, ledger) and the full pipeline with extraction. The issue's targets apply
to ingestion proper: within 3x of the floor for text and 1.5x for PDF.

    .venv/bin/python bench/ingest.py [--files 200] [--pdfs 40]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import sqlite3
import tempfile
import time
from pathlib import Path

import pypdfium2
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from dossier.repository import IngestOptions, Repository
from dossier.sample import sample_files

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "hrnk-2018-compilation.txt"


def corpus_paragraphs() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sample_files() if p.suffix in (".txt", ".md")]
    if SHARED.exists():
        texts.append(SHARED.read_text(encoding="utf-8"))
    return [para.strip() for t in texts for para in t.split("\n\n") if len(para.strip()) > 80]


def make_texts(folder: Path, n: int, paragraphs: list[str]) -> list[Path]:
    folder.mkdir(parents=True)
    paths = []
    for i in range(n):
        body = "\n\n".join(paragraphs[(i * 7 + k) % len(paragraphs)] for k in range(12))
        path = folder / f"report-{i:05d}.txt"
        path.write_text(f"Field report {i}\n\nBy Analyst {i % 17}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def make_htmls(folder: Path, n: int, paragraphs: list[str]) -> list[Path]:
    folder.mkdir(parents=True)
    paths = []
    for i in range(n):
        body = "".join(f"<p>{paragraphs[(i * 5 + k) % len(paragraphs)]}</p>" for k in range(10))
        html = (
            f"<html><head><title>Article {i}</title><style>p{{margin:0}}</style><script>var x={i};</script></head>"
            f"<body><nav><a href='/'>Home</a></nav><article><h1>Article {i}</h1>{body}</article>"
            "<footer>© NGO</footer></body></html>"
        )
        path = folder / f"article-{i:05d}.html"
        path.write_text(html, encoding="utf-8")
        paths.append(path)
    return paths


def make_pdfs(folder: Path, n: int, paragraphs: list[str]) -> list[Path]:
    folder.mkdir(parents=True)
    paths = []
    for i in range(n):
        path = folder / f"statement-{i:05d}.pdf"
        pdf = canvas.Canvas(str(path), pagesize=A4)
        for page in range(4):
            y = 800
            pdf.drawString(50, y, f"Statement {i} page {page + 1}")
            for k in range(40):
                y -= 18
                line = paragraphs[(i * 3 + page * 40 + k) % len(paragraphs)][:95]
                pdf.drawString(50, y, line.encode("latin-1", "replace").decode("latin-1"))
            pdf.showPage()
        pdf.save()
        paths.append(path)
    return paths


def floor_text(paths: list[Path], db: Path) -> float:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (sha TEXT PRIMARY KEY, text TEXT)")
    start = time.perf_counter()
    for path in paths:
        data = path.read_bytes()
        with conn:
            conn.execute("INSERT INTO t VALUES (?, ?)", (hashlib.sha256(data).hexdigest(), data.decode("utf-8")))
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def floor_pdf(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        pdf = pypdfium2.PdfDocument(path)
        for page in pdf:
            page.get_textpage().get_text_range()
        pdf.close()
    return time.perf_counter() - start


def dossier_ingest(paths: list[Path], root: Path, extract: bool) -> tuple[float, int]:
    repo = Repository.init(root, actor="bench")
    start = time.perf_counter()
    results = repo.ingest_paths(paths, IngestOptions(extract=extract))
    elapsed = time.perf_counter() - start
    repo.close()
    failed = [r.error for r in results if r.status == "failed"]
    if failed:
        raise SystemExit(f"bench: ingest failed: {failed[0]}")
    return elapsed, sum(len(r.documents) for r in results)


def row(label: str, seconds: float, size: int, docs: int, floor: float | None) -> str:
    ratio = f"{seconds / floor:6.2f}x" if floor else "      -"
    return f"{label:<34} {size / seconds / 1e6:9.2f} MB/s {docs / seconds:10.1f} docs/s {ratio}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--pdfs", type=int, default=40)
    args = parser.parse_args()
    paragraphs = corpus_paragraphs()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        texts = make_texts(work / "txt", args.files, paragraphs)
        htmls = make_htmls(work / "html", args.files, paragraphs)
        pdfs = make_pdfs(work / "pdf", args.pdfs, paragraphs)
        sizes = {k: sum(p.stat().st_size for p in v) for k, v in (("txt", texts), ("html", htmls), ("pdf", pdfs))}
        print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"files: {len(texts)} text ({sizes['txt'] / 1e6:.1f} MB), {len(htmls)} HTML ({sizes['html'] / 1e6:.1f} MB), {len(pdfs)} PDF ({sizes['pdf'] / 1e6:.1f} MB)")

        t_floor = floor_text(texts, work / "floor.db")
        print(row("text floor (read+sha256+insert)", t_floor, sizes["txt"], len(texts), None))
        t, docs = dossier_ingest(texts, work / "r1", extract=False)
        print(row("text ingest (--no-extract)", t, sizes["txt"], docs, t_floor))
        t, docs = dossier_ingest(texts, work / "r2", extract=True)
        print(row("text ingest + extraction", t, sizes["txt"], docs, t_floor))

        h_floor = floor_text(htmls, work / "floor-html.db")
        print(row("HTML floor (read+sha256+insert)", h_floor, sizes["html"], len(htmls), None))
        t, docs = dossier_ingest(htmls, work / "r3", extract=False)
        print(row("HTML ingest (--no-extract)", t, sizes["html"], docs, h_floor))

        p_floor = floor_pdf(pdfs)
        print(row("PDF floor (pypdfium2 text)", p_floor, sizes["pdf"], len(pdfs), None))
        t, docs = dossier_ingest(pdfs, work / "r4", extract=False)
        print(row("PDF ingest (--no-extract)", t, sizes["pdf"], docs, p_floor))


if __name__ == "__main__":
    main()

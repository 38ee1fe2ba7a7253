.PHONY: setup demo test bench

setup:
	./scripts/setup.sh

demo: setup
	.venv/bin/dossier demo

test: setup
	.venv/bin/pytest -q

bench:
	DOSSIER_BENCH=1 ./scripts/setup.sh
	.venv/bin/python bench/ingest.py
	.venv/bin/python bench/extract.py
	.venv/bin/python bench/search.py --passages 100000

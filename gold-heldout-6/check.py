#!/usr/bin/env python3
"""Check the gold annotations of gold-heldout-6 (adapted from corpus/gold/check.py).

Standard library only.  Run from anywhere:  python3 check.py [--verbose]

Each document is N-slug.txt next to N-slug.json: the first line of the .txt is the
title (stored in document.title, not annotated) and the body is everything after it.
For each gold file it checks
  * the schema (keys, label sets, value shapes);
  * that every text field occurs verbatim in the body of its own publication
    (the .txt file after its first line):
    document.title (as a whole line), authors[].name, entities[].text, dates[],
    quantities[].text, citations[].marker/.text, notes[].marker/.text/.urls/.un_symbols,
    violations[].evidence_text, recommendations[].by/.to/.action_text/.item;
  * that each citation claim ends right before its marker (stacked markers allowed),
    that each note's urls and UN symbols occur in that note's text, and that
    resolves_to names an existing note;
  * that violation types are ids of the shared violation-vocabulary.yaml;
  * that entity texts, dates and quantity texts are listed once per file.
It prints the counts per file and exits 1 if anything is wrong.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VOCAB_CANDIDATES = [Path(p) for p in (
    HERE.parents[1] / 'shared' / 'reference' / 'violation-vocabulary.yaml',
    HERE.parents[2] / 'shared' / 'reference' / 'violation-vocabulary.yaml',
    Path('/work/shared/reference/violation-vocabulary.yaml'),
)]
VOCAB = next((p for p in VOCAB_CANDIDATES if p.exists()), VOCAB_CANDIDATES[-1])
FILES = sorted(p.name for p in HERE.glob('[0-9]*-*.json'))
ENTITY_TYPES = {'PERSON', 'ORG', 'LOCATION', 'FACILITY', 'LAW_OR_DOCUMENT'}
KINDS = {'article', 'account', 'interview', 'testimony', 'statement', 'report'}
DATE_RE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
TOP_KEYS = ['document', 'entities', 'dates', 'quantities', 'citations', 'notes',
            'violations', 'recommendations']

errors = []


def err(fname, msg):
    errors.append(f'{fname}: {msg}')


def vocabulary_ids():
    text = VOCAB.read_text(encoding='utf-8')
    return set(re.findall(r'^\s*-\s*id:\s*(vt_\w+)\s*$', text, re.M))


def document_bodies(golds):
    """Map file name -> body: the text of N-slug.txt after its first (title) line."""
    bodies = {}
    for fname, g in golds.items():
        txt = HERE / (fname[:-len('.json')] + '.txt')
        try:
            text = txt.read_text(encoding='utf-8')
        except OSError as exc:
            err(fname, f'cannot read {txt.name}: {exc}')
            continue
        first, _, body = text.partition('\n')
        title = g['document']['title']
        if first.rstrip(' \u00a0\r') != title:
            err(fname, f'title is not the first line of {txt.name}: {title!r}')
        bodies[fname] = body
    return bodies


def need_in(fname, body, value, what):
    if not isinstance(value, str) or not value:
        err(fname, f'{what} is not a non-empty string: {value!r}')
    elif value not in body:
        err(fname, f'{what} not found verbatim in the body: {value!r}')


def unique(fname, values, what):
    seen = set()
    for v in values:
        if v in seen:
            err(fname, f'{what} listed twice: {v!r}')
        seen.add(v)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_document(fname, g, body):
    d = g['document']
    for key in ('title', 'authors', 'date', 'kind'):
        if key not in d:
            err(fname, f'document.{key} missing')
    if d.get('date') is not None and not DATE_RE.match(str(d.get('date'))):
        err(fname, f'document.date malformed: {d.get("date")!r}')
    if d.get('kind') not in KINDS:
        err(fname, f'document.kind not allowed: {d.get("kind")!r}')
    for a in d.get('authors', []):
        if set(a) != {'name', 'role', 'pseudonym'} or not isinstance(a.get('pseudonym'), bool):
            err(fname, f'author malformed: {a!r}')
        need_in(fname, body, a.get('name'), 'author name')


def check_entities(fname, g, body):
    for e in g['entities']:
        if set(e) != {'text', 'type', 'canonical'}:
            err(fname, f'entity keys: {e!r}')
        if e.get('type') not in ENTITY_TYPES:
            err(fname, f'entity type not allowed: {e!r}')
        if not e.get('canonical'):
            err(fname, f'entity without canonical: {e!r}')
        need_in(fname, body, e.get('text'), 'entity text')
    unique(fname, [e.get('text') for e in g['entities']], 'entity text')


def check_dates_quantities(fname, g, body):
    for d in g['dates']:
        need_in(fname, body, d, 'date')
    unique(fname, g['dates'], 'date')
    for q in g['quantities']:
        if set(q) != {'text', 'value', 'unit'} or not q.get('unit'):
            err(fname, f'quantity keys: {q!r}')
        v = q.get('value')
        ok = is_num(v) or (isinstance(v, list) and len(v) == 2 and all(map(is_num, v)) and v[0] <= v[1])
        if not ok:
            err(fname, f'quantity value must be a number or [low, high]: {q!r}')
        need_in(fname, body, q.get('text'), 'quantity text')
    unique(fname, [q.get('text') for q in g['quantities']], 'quantity text')


def check_citations_notes(fname, g, body):
    notes = g['notes']
    note_markers = [n.get('marker') for n in notes]
    unique(fname, note_markers, 'note marker')
    first_note = None
    if notes:
        m = re.search(r'(?m)^' + re.escape(notes[0]['marker']), body)
        first_note = m.start() if m else None
        if first_note is None:
            err(fname, 'first note marker does not start a line')
    text_part = body[:first_note] if first_note is not None else body
    for c in g['citations']:
        if set(c) != {'marker', 'text'}:
            err(fname, f'citation keys: {c!r}')
        need_in(fname, text_part, c.get('marker'), 'citation marker (text part)')
        need_in(fname, text_part, c.get('text'), 'citation text (text part)')
        pat = re.escape(c.get('text', '')) + r'[\s\u00a0]*(?:\[\d+\][\s\u00a0]*)*' + re.escape(c.get('marker', ''))
        if not re.search(pat, text_part):
            err(fname, f'citation text does not end right before {c.get("marker")}')
        if c.get('marker') not in note_markers and notes:
            err(fname, f'citation {c.get("marker")} has no note')
    for n in notes:
        if set(n) != {'marker', 'text', 'urls', 'un_symbols', 'resolves_to'}:
            err(fname, f'note keys: {n!r}')
        need_in(fname, body, n.get('marker'), 'note marker')
        need_in(fname, body, n.get('text'), 'note text')
        for u in n.get('urls', []):
            need_in(fname, n.get('text', ''), u, f'url of note {n.get("marker")}')
        for s in n.get('un_symbols', []):
            need_in(fname, n.get('text', ''), s, f'UN symbol of note {n.get("marker")}')
        r = n.get('resolves_to')
        if r is not None and (r not in note_markers or r == n.get('marker')):
            err(fname, f'note {n.get("marker")} resolves_to unknown note {r!r}')


def check_violations(fname, g, body, vocab):
    for v in g['violations']:
        if set(v) != {'type', 'evidence_text', 'asserted'}:
            err(fname, f'violation keys: {v!r}')
        if v.get('type') not in vocab:
            err(fname, f'violation type not in vocabulary: {v.get("type")!r}')
        if not isinstance(v.get('asserted'), bool):
            err(fname, f'asserted must be true/false: {v!r}')
        need_in(fname, body, v.get('evidence_text'), 'violation evidence')
    keys = [(v.get('type'), v.get('evidence_text'), v.get('asserted')) for v in g['violations']]
    unique(fname, keys, 'violation (type, evidence, asserted)')


def check_recommendations(fname, g, body):
    for r in g['recommendations']:
        if not {'by', 'to', 'action_text'} <= set(r) or not set(r) <= {'by', 'to', 'action_text', 'item'}:
            err(fname, f'recommendation keys: {r!r}')
        for key in ('by', 'action_text', 'item'):
            if key in r:
                need_in(fname, body, r[key], f'recommendation {key}')
        if r.get('to') is not None:
            need_in(fname, body, r['to'], 'recommendation to')


def main():
    verbose = '--verbose' in sys.argv
    vocab = vocabulary_ids()
    if not vocab:
        err('vocabulary', f'no vt_ ids read from {VOCAB}')
    golds = {}
    for fname in FILES:
        try:
            golds[fname] = json.loads((HERE / fname).read_text(encoding='utf-8'))
        except (OSError, ValueError) as exc:
            err(fname, f'cannot read: {exc}')
    txts = sorted(p.name[:-4] for p in HERE.glob('[0-9]*-*.txt'))
    if txts != [f[:-5] for f in FILES]:
        err('folder', f'.txt and .json files do not pair up: {txts} vs {FILES}')
    for fname, g in golds.items():
        if list(g) != TOP_KEYS:
            err(fname, f'top-level keys {list(g)} != {TOP_KEYS}')
    bodies = document_bodies(golds)
    totals = {}
    print(f'{"file":40} ents dates qty cits notes viol (asserted) recs')
    for fname, g in golds.items():
        body = bodies.get(fname)
        if body is None:
            continue
        check_document(fname, g, body)
        check_entities(fname, g, body)
        check_dates_quantities(fname, g, body)
        check_citations_notes(fname, g, body)
        check_violations(fname, g, body, vocab)
        check_recommendations(fname, g, body)
        counts = [len(g['entities']), len(g['dates']), len(g['quantities']), len(g['citations']),
                  len(g['notes']), len(g['violations']), sum(v.get('asserted') is True for v in g['violations']),
                  len(g['recommendations'])]
        for i, c in enumerate(counts):
            totals[i] = totals.get(i, 0) + c
        print(f'{fname:40} {counts[0]:4} {counts[1]:5} {counts[2]:3} {counts[3]:4} {counts[4]:5} '
              f'{counts[5]:4} ({counts[6]:3})     {counts[7]:4}')
        if verbose:
            by_type = {}
            for e in g['entities']:
                by_type[e['type']] = by_type.get(e['type'], 0) + 1
            vt = {}
            for v in g['violations']:
                vt[v['type']] = vt.get(v['type'], 0) + 1
            print('   entity types:', dict(sorted(by_type.items())))
            print('   violation types:', dict(sorted(vt.items())))
    t = [totals.get(i, 0) for i in range(8)]
    print(f'{"total":40} {t[0]:4} {t[1]:5} {t[2]:3} {t[3]:4} {t[4]:5} {t[5]:4} ({t[6]:3})     {t[7]:4}')
    if errors:
        print(f'\n{len(errors)} problem(s):')
        for e in errors:
            print('  ' + e)
        return 1
    print('\nOK: every text field occurs verbatim in its document body; schema and vocabulary checks pass.')
    return 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""List what an extractor missed and added against a development set.

score.py gives counts; reading misses by cause needs the items. This
imports the scorer from ../shared/eval so that matching (names, aliases,
quotes) is exactly the scorer's, and prints per document: missed and false
facts, missed and false entities, missed quotes and quotes with the wrong
speaker. Never run it on a blind set.

    python3 bench/missed.py --cmd '/tmp/newsgraph extract {}' extract/testdata/wikinews
"""
import argparse
import glob
import importlib.util
import json
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, '..', '..', 'shared', 'eval', 'score.py')


def load_scorer(path):
    spec = importlib.util.spec_from_file_location('score', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def text_path(gold_file, d):
    if d.get('text'):
        return os.path.normpath(os.path.join(os.path.dirname(gold_file), d['text']))
    return gold_file[:-len('.gold.json')] + '.txt'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--cmd', required=True, help='extractor command, {} = article path')
    ap.add_argument('--scorer', default=SCORER)
    ap.add_argument('--only', default='facts,entities,quotes', help='comma list of sections to print')
    ap.add_argument('dirs', nargs='+')
    a = ap.parse_args()
    for d in a.dirs:
        if 'blind' in os.path.basename(os.path.normpath(d)):
            sys.exit(f'missed.py: {d}: a blind set is scored, never read for errors')
    sc = load_scorer(a.scorer)
    only = set(a.only.split(','))
    for d in a.dirs:
        for gf in sorted(glob.glob(os.path.join(d, '*.gold.json'))):
            with open(gf, encoding='utf-8') as f:
                gd = json.load(f)
            gold = sc.Gold(gd)
            art = text_path(gf, gd)
            cmd = a.cmd.replace('{}', shlex.quote(art))
            out = subprocess.run(cmd, shell=True, capture_output=True, text=True)
            if out.returncode != 0:
                print(f'{gf}: extractor failed: {out.stderr.strip()}', file=sys.stderr)
                continue
            quads, _ = sc.parse_nquads(out.stdout)
            g = sc.Graph(quads)
            print(f'== {gold.doc}')
            if 'facts' in only:
                pred = set()
                for s, p, o in g.edges:
                    if p not in sc.SCORED:
                        continue
                    rs = gold.resolve(g, s) or {'?' + next(iter(g.names.get(s, {s})))}
                    ro = gold.resolve(g, o) or {'?' + next(iter(g.names.get(o, {o})))}
                    hit = None
                    for x in rs:
                        for y in ro:
                            if (x, p, y) in gold.facts:
                                hit = (x, p, y)
                            elif p in sc.SYMMETRIC and (y, p, x) in gold.facts:
                                hit = (y, p, x)
                    pred.add(hit or (min(rs), p, min(ro)))
                for f in sorted(gold.facts - pred):
                    print('  MISSED fact  ', *f)
                for f in sorted(pred - gold.facts):
                    print('  FALSE fact   ', *f)
            if 'entities' in only:
                seen = set()
                for node in g.entities:
                    r = gold.resolve(g, node)
                    if not r:
                        names = sorted(g.names.get(node, {node}))
                        types = ','.join(sorted(g.types.get(node, ())))
                        print('  FALSE entity ', ' | '.join(names), f'({types})')
                    seen |= r
                for e in gold.entities:
                    if e['name'] not in seen:
                        print('  MISSED entity', e['name'], f"({e['type']})")
            if 'quotes' in only:
                said = []
                for s, p, o in g.edges:
                    if p != 'said':
                        continue
                    lit = sc.literal(o)
                    texts = [lit] if lit is not None else g.texts.get(o, [])
                    for t in texts:
                        if len(sc.norm(t).split()) >= 5:
                            said.append((s, sc.norm(t)))
                for q in gold.quotes:
                    start = sc.norm(q['starts'])
                    who = [sorted(g.names.get(s, {s}))[0] for s, t in said if start in t]
                    ok = any(q['speaker'] in gold.resolve(g, s) for s, t in said if start in t)
                    if not who:
                        print('  MISSED quote ', q['speaker'], '<-', q['starts'][:70])
                    elif not ok:
                        print('  WRONG speaker', q['speaker'], 'got', who, '<-', q['starts'][:60])


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""Fits the weights of the readings of a document's year (parse/docperiod.go,
yearWeights) on calls whose file names give their period (TICKER_qN_YYYY.txt:
fiscal quarter N of fiscal YYYY), such as ../shared/eval/dev/calls-more.

usage: scripts/fit-period.py [FOLDER] [--cv]

It reads each call's evidence through `go test ./parse -run TestPeriodFeatures`
(every call read under a neutral name), keeps the calls whose quarter Facet
reads right, and fits one weight per kind of reading: a softmax over each
call's candidate years by gradient ascent, then a coordinate search for the
most calls right. It prints the weights, how many calls each set reads right,
and with --cv the share right of calls held out (fitted on one half, read on
the other), which says whether the weights generalise.
"""
import os
import random
import re
import subprocess
import sys
from collections import Counter

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
args = [a for a in sys.argv[1:] if not a.startswith('--')]
folder = os.path.abspath(args[0] if args else os.path.join(root, '..', 'shared', 'eval', 'dev', 'calls-more'))
DISCOUNT, BOUND = 0.25, 2  # parse: boundDiscount, and the weight that makes a bound

src = open(os.path.join(root, 'parse', 'docperiod.go')).read()
names = re.findall(r'"(\w+)"', src[src.index('var readingNames'):src.index('}', src.index('var readingNames'))])
table = src[src.index('var yearWeights'):]
table = table[:table.index('\n}')]
current = np.array([float(re.search(r'\b' + n + r':\s*([\d.]+)', table).group(1)) for n in names])
K = len(names)

out = subprocess.run(['go', 'test', './parse', '-count=1', '-v', '-run', '^TestPeriodFeatures$', '-period-features', folder],
                     cwd=root, capture_output=True, text=True, check=True).stdout
docs = []
for line in out.splitlines():
    cols = line.split('\t')
    g = re.match(r'\w+_q(\d)_(\d{4})\.txt$', cols[0])
    if len(cols) != 3 or not g or int(cols[1]) != int(g.group(1)):
        continue  # not a call, or its quarter misread: no year to fit
    rs = []
    for item in filter(None, cols[2].split(';')):
        k, y, w, b = item.split()
        rs.append((names.index(k), int(y), float(w), b == 'true'))
    docs.append((cols[0], int(g.group(2)), rs))


def features(rs):
    bound = Counter()
    for k, y, w, b in rs:
        if b:
            bound[y] += w
    low = max([y for y, w in bound.items() if w >= BOUND], default=0)
    ys = sorted({y for _, y, _, _ in rs})
    f = np.zeros((len(ys), K))
    for k, y, w, b in rs:
        f[ys.index(y), k] += w * (DISCOUNT if y < low else 1)
    return ys, f


def right(theta, ds):
    n = 0
    for _, gold, rs in ds:
        ys, f = features(rs)
        if ys:
            s = f @ theta
            n += ys[max(range(len(ys)), key=lambda i: (s[i], ys[i]))] == gold
    return n


def fit(ds, start):
    data = []
    for _, gold, rs in ds:
        ys, f = features(rs)
        if gold in ys and len(ys) > 1:
            data.append((f, ys.index(gold)))
    theta = start.copy()
    for _ in range(1500):
        g = np.zeros(K)
        for f, t in data:
            s = f @ theta
            p = np.exp(s - s.max())
            p /= p.sum()
            g += f[t] - p @ f
        theta = np.maximum(theta + 0.05 * (g / len(data) - 0.01 * theta), 0)
    best = right(theta, ds)
    for _ in range(3):
        for k in range(K):
            for m in (0, 0.5, 0.75, 1.25, 1.5, 2):
                t = theta.copy()
                t[k] *= m
                if (n := right(t, ds)) > best:
                    best, theta = n, t
    return theta


print(f'{len(docs)} calls with their quarter read right; the year read right of:')
print(f'  the weights in parse/docperiod.go: {right(current, docs)}')
theta = fit(docs, current)
print(f'  the weights fitted:               {right(theta, docs)}')
for n, c, t in zip(names, current, theta):
    print(f'    {n:18} {c:6.2f} -> {t:6.2f}')
if '--cv' in sys.argv:
    random.seed(1)
    ds = docs[:]
    random.shuffle(ds)
    half = len(ds) // 2
    for a, b in ((ds[:half], ds[half:]), (ds[half:], ds[:half])):
        t = fit(a, current)
        print(f'  fitted on {len(a)}: {right(t, a) / len(a):.3f} of them right, {right(t, b) / len(b):.3f} of the other {len(b)}')

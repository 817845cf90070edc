#!/usr/bin/python3
"""python3-jieba: load time and MiB/s of jieba.lcut(text) (HMM on), best of N runs, in wall-clock and in CPU time.
Prints one JSON object.

Usage: /usr/bin/python3 bench-segmenter-python.py FILE [RUNS]
"""
import json
import logging
import sys
import time

file = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
text = open(file, encoding='utf-8', newline='').read()
mib = len(text.encode('utf-8')) / (1024 * 1024)

started = time.perf_counter()
import jieba  # noqa: E402  (the import is part of the load time)
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
load_seconds = time.perf_counter() - started

tokens = len(jieba.lcut(text))
best = best_cpu = float('inf')
for _ in range(runs):
    started, started_cpu = time.perf_counter(), time.process_time()
    jieba.lcut(text)
    best = min(best, time.perf_counter() - started)
    best_cpu = min(best_cpu, time.process_time() - started_cpu)
print(json.dumps({'implementation': 'python3-jieba 0.42.1', 'load_seconds': load_seconds, 'mib_per_second': mib / best,
                  'mib_per_cpu_second': mib / best_cpu, 'tokens': tokens}))
